"""Human-readable terminal views (rich) of split and labelled threads."""
