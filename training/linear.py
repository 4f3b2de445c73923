"""Logistic regression over binary named features, exported as a weight per name: the
form both of the splitter's small learned scorers ship in (plain JSON, read without
scikit-learn at run time)."""

from __future__ import annotations


def fit_logistic(
    rows: list[list[str]], ys: list[int], c: float, balanced: bool = False
) -> tuple[dict[str, float], float]:
    """(weight per feature name, bias) of an L2 logistic regression with inverse
    strength `c`; weights under 1e-4 are dropped, the rest rounded to 5 places."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(row, 1.0) for row in rows])
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced" if balanced else None)
    model.fit(x, ys)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    return weights, float(model.intercept_[0])
