"""Named heuristic rules of the plain-text splitter, registered in ordered cascades.

Every rule is a small pure function that looks at one line (or a line and its
neighbours) and either says what it is or returns None. Rules are registered in
ordered lists; the order is part of the behaviour, the first match wins and every
cascade has an explicit fallback. The id a rule carries ends up on the decision it
made (`BoilerplateItem.rule`, `Reply.rule`), so reports can count which rules fire.
Changing what a rule does means publishing it under a new `.vN` id.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from stance.split.config import SplitConfig
from stance.split.literals import any_of

F = TypeVar("F", bound=Callable)


def rule(rule_id: str) -> Callable[[F], F]:
    """Attach a dotted, versioned id to a rule function."""

    def mark(fn: F) -> F:
        fn.rule_id = rule_id  # type: ignore[attr-defined]
        return fn

    return mark


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Line:
    """One non-blank line of a pasted page and the facts rules look at.

    `gap` is the number of blank lines before it (0: same block as the line before);
    `block` numbers the blank-line-separated blocks.
    """

    index: int
    text: str
    lower: str
    words: int
    gap: int
    block: int


# Roles a line can play. Boilerplate is chrome; a header opens a reply and may name
# its author; an attribution is a "name wrote:" line; a footer is chrome that closes
# a reply; a marker is chrome that announces the replies ("12 Comments").
ROLE_TEXT = "text"
ROLE_BOILERPLATE = "boilerplate"
ROLE_MARKER = "marker"
ROLE_FOOTER = "footer"
ROLE_HEADER = "header"
ROLE_ATTRIBUTION = "attribution"
ROLE_QUOTE = "quote"
ROLE_MENTION = "mention"
ROLE_REPLY_TO = "reply-to"
# A rule line ('----------'): chrome that closes the current reply but, unlike a
# footer, never starts the reply region (articles use '* * *' as section breaks).
ROLE_SEPARATOR = "separator"


@dataclass(frozen=True)
class LineMatch:
    """What a rule decided about a line.

    For headers, `author` is the poster's name and `chrome` the rest of the line
    (a timestamp, a post number) that goes to boilerplate with `chrome_kind`.
    """

    rule: str
    role: str
    kind: str = ""
    author: str | None = None
    chrome: str = ""
    chrome_kind: str = ""
    # Message text on the header's own line (chat logs: '[10:15] alice: text').
    inline: str = ""


# --------------------------------------------------------------------------- keyword lists


def frozenset_of(words: str) -> frozenset[str]:
    """A keyword set written as one whitespace-separated string (easier to read and edit)."""
    return frozenset(words.split())


IMAGE_EXTENSIONS = ("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif")
CREDIT_WORDS = (
    "picture",
    "pictures",
    "photo",
    "photos",
    "photograph",
    "image",
    "images",
    "pic",
    "credit",
    "illustration",
    "graphic",
    "video",
)
PHOTO_AGENCIES = ("ap", "afp", "reuters", "getty", "getty images", "epa", "pa", "shutterstock")
RELATED_PREFIXES = (
    "also read",
    "read also",
    "read more",
    "more to read",
    "related",
    "related articles",
    "related article",
    "related stories",
    "related coverage",
    "related news",
    "related content",
    "related links",
    "see also",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "more on this story",
    "more on this",
    "trending",
    "trending now",
    "most read",
    "most popular",
    "editor's picks",
    "further reading",
    "watch",
    "listen",
)
DISCLAIMER_PREFIXES = (
    "disclaimer",
    # BLOX (TownNews) papers print their commenting rules over and under the comments,
    # each rule opening with the same words on every paper (v5).
    "welcome to the discussion.",
    "keep it clean. please avoid",
    "please turn off your caps lock",
    "don't threaten. threats of harming",
    "be truthful. don't knowingly lie",
    "be nice. no racism",
    "be proactive. use the 'report' link",
    "share with us. we'd love to hear",
    "get an email notification whenever",
    "please read our community guidelines",  # Reach's papers, over the comment box
    "notifications from this discussion will be",
    "the views and opinions expressed",
    "the views expressed",
    "views expressed",
    "copyright",
    "©",
    "all rights reserved",
    "this article may not be",
    "this material may not be",
    "terms of use",
    "terms of service",
    "privacy policy",
    "cookie policy",
    # Comment-section disclaimers: 'Comments do not represent the views of ...'.
    "comments do not represent",
    "comments are moderated",
    # v6: the same notice in Basque and Afrikaans ('Iruzkinak moderatuta daude.', Goiena;
    # 'Lees ons gemeenskapsreëls voordat jy kommentaar lewer.', Netwerk24).
    "iruzkinak moderatuta daude",
    "lees ons gemeenskapsreëls",
    "les commentaires sont modérés",
    "os comentários não representam",
    "los comentarios no representan",
    "les commentaires ne reflètent",
    "i commenti non rappresentano",
    "die kommentare geben nicht",
    "komentāri ir lasītāju viedoklis",
    # v4: Arabic papers' comment policy ('يرجى الالتزام بأدب الحوار …', 'please keep to the
    # manners of dialogue', Ammon News).
    "يرجى الالتزام بأدب الحوار",
    # v4: and Science X's editorial note over a story (Phys.org, Medical Xpress).
    "this article has been reviewed according to",
    # vBulletin's notice to guests over every thread ('If this is your first visit, be
    # sure to check out the FAQ ...'), in its English, German, French, Spanish, Italian
    # and Dutch language packs.
    "if this is your first visit",
    "wenn dies dein erster besuch hier ist",
    "wenn dies ihr erster besuch hier ist",
    "si c'est votre première visite",
    "si esta es tu primera visita",
    "se questa è la tua prima visita",
    "als dit je eerste bezoek is",
)
CTA_PREFIXES = (
    "join the conversation",
    # Social sign-in buttons under a comment form.
    "continue with facebook",
    "continue with google",
    "continue with apple",
    # Invision's guest box under the last post, in English, Portuguese and Spanish.
    "create an account or sign in to comment",
    "you need to be a member in order to leave a comment",
    "crie uma conta ou entre para comentar",
    "você precisa ser um membro para fazer um comentário",
    "crie uma nova conta",
    "crea una cuenta o inicia sesión para comentar",
    "join us (it's free) to",
    "join us to comment",
    "join now to comment",
    "join the discussion",
    "you can't post in the forums",  # Lichess, to a guest under the last post
    "join the debate",
    "sign up",
    "subscribe",
    "log in to",
    "login to",
    "sign in to",
    "register to",
    "create an account",
    "create a free account",
    "click here",
    "follow us",
    "like us on",
    # The same social box in other languages ('Dołącz do nas na Facebooku!', 'Polub nas').
    "dołącz do nas",
    "polub nas",
    "obserwuj nas",
    "folge uns",
    "folgen sie uns",
    "suivez-nous",
    "síguenos",
    "seguici",
    "volg ons",
    "följ oss",
    "sledujte nás",
    "download the app",
    "download our app",
    "get the app",
    "share this article",
    "share this story",
    "share this post",
    "leave a comment",
    "leave a reply",
    "déjà abonné",  # 'Déjà abonné ? Se connecter': French papers' log-in prompt
    # WordPress's own comment form, under the last comment of most blogs.
    "your email address will not be published",
    "required fields are marked",
    "save my name, email, and website",
    "notify me of follow-up comments",
    "notify me of new posts",
    "this site uses akismet",
    # The Newspaper theme's form prompts ('You have entered an incorrect email address!').
    "please enter your comment",
    "please enter your name",
    "please enter your email",
    "you have entered an incorrect email",
    # Log-in prompts of French Canadian papers ('Connectez-vous pour commenter.').
    "connectez-vous pour commenter",
    "connectez-vous pour réagir",
    "add a comment",
    "post a comment",
    "comments are closed",
    "commenting is closed",
    "commenting has been disabled",
    "you must be logged in",
    "you must log in or register",
    # v5: the same box to a guest in XenForo 2's English and in the languages of its
    # translations (Grillsportverein, CoinTalk, Fórum Outer Space, Recordere.dk), and
    # phpBB's under the last post (Knitting Paradise).
    "you must log in or sign up to reply",
    "du musst dich einloggen oder registrieren",
    "sie müssen sich anmelden oder registrieren",
    "du skal være logget ind",
    "du må være logget inn",
    "du måste logga in",
    "você precisa entrar ou cadastrar-se",
    "debes iniciar sesión o registrarte",
    "debes identificarte o registrarte",
    "vous devez vous connecter ou vous inscrire",
    "devi effettuare l'accesso o registrarti",
    "je moet inloggen of registreren",
    "musisz się zalogować lub zarejestrować",
    "if you would like to post a reply, then please login",
    # Invision's guest box in Norwegian and Swedish (Kvinneguiden, Diskusjon.no).
    "opprett en konto eller logg inn",
    "du må være medlem for å kunne",
    "bli med i samtalen",
    "du kan publisere nå og registrere deg senere",
    "svar på dette emnet",
    "skapa ett konto eller logga in",
    # Vanilla's and Drupal's line under the last comment ('Sign In or Register to
    # comment.', Gardeners' World, PinoyExchange; 'Log in or register to post comments').
    "sign in or register to comment",
    "log in or register to post comments",
    # XenForo's box to a guest in Turkish (Technopat Sosyal).
    "cevap yazmak için giriş",
    "forumumuzda yeni bir hesap oluşturun",
    # And in Finnish (MuroBBS), and a Hungarian board's ('Hozzászólás írásához be kell
    # jelentkezni', SG.hu).
    "sinun täytyy kirjautua sisään",
    "hozzászólás írásához",
    "zaten bir hesabınız var mı",
    "you must be signed in",
    "commenting is available to",
    "subscribers can comment",
    "new to commenting",
    # Invision Community's box under every thread (Linus Tech Tips, Nexus Mods forums).
    "create an account or sign in",
    "you need to be a member in order to",
    "sign up for a new account",
    "register a new account",
    "already have an account? sign in",
    # Its reply box to a guest ('You can post now and register later. If you have an
    # account, sign in now to post with your account.' over 'Reply to this topic...').
    "you can post now and register later",
    "reply to this topic",
    "sign in now",
    # v6: the box to a guest in Icelandic, Afrikaans, Lithuanian, Slovenian and
    # Bulgarian ('Þú verður að vera innskráð/ur til að svara.', Bland.is; 'Slegs
    # intekenare kan kommentaar lewer.', Netwerk24), and XenForo 1's log-in form under the
    # last post ('Your name or email address:' / 'Do you already have an account?').
    # Session 28: XenForo's and GitLab's box to a guest in Spanish and French (InfoJardín,
    # Framagit); WordPress's comment form in Dutch and Swahili ('Stuur mij nieuwe
    # reacties via e-mail.', 'Hifadhi jina langu, barua pepe na tovuti …'); Blogger's
    # feed link in Norwegian ('Abonner på: Legg inn kommentarer (Atom)').
    "tienes que iniciar sesión o registrarte",
    "veuillez vous inscrire ou vous connecter",
    "stuur mij nieuwe reacties",
    "stuur mij nieuwe berichten",
    "hifadhi jina langu",
    "abonner på:",
    "þú verður að vera innskráð",
    "slegs intekenare kan",
    "norėdami atsakyti, prisijunkite",
    "za odgovor v tej temi morate biti prijavljeni",
    "regístrate o inicia sesión para comentar",
    "pro přidání příspěvku se musíte přihlásit",
    # Invision's guest box under the last post in seven more languages, and WoltLab's
    # ('Możesz dodać zawartość już teraz a zarejestrować się później.', Astropolis;
    # 'Neu hier? Registriere dich für ein Benutzerkonto…', Hobbyschneiderin24).
    "utwórz konto lub zaloguj się",
    "odpowiedz w tym temacie",
    "możesz dodać zawartość już teraz",
    "masz już konto",
    "δημιουργήστε λογαριασμό ή συνδεθείτε",
    "έχετε ήδη λογαριασμό",
    "erstelle ein benutzerkonto oder melde dich an",
    "du kannst jetzt schreiben und dich später registrieren",
    "créer un compte ou se connecter",
    "vous pouvez publier maintenant et vous inscrire plus tard",
    "crea un account o accedi",
    "maak een account aan of log in",
    "neu hier? registriere dich",
    "du hast bereits ein benutzerkonto",
    "създайте акаунт или влезте",
    "your name or email address",
    "do you already have an account",
    # Subscriber-only comments (UOL: 'Ainda não é assinante? Assine já.'), and Korean
    # boards' 'log in to write a comment' ('로그인 후 댓글을 작성할 수 있습니다.', Ruliweb).
    "ainda não é assinante",
    "se você já é assinante",  # v3: UOL's second line ('…, faça seu login.')
    "กรุณาเข้าสู่ระบบ",  # v3: Pantip's 'please log in before commenting'
    # v3: the form for mailing the story to a friend, under the comments (Phys.org).
    "e-mail the story",
    "email the story",
    "email this story",
    "e-mail this story",
    "email this article",
    "would love your thoughts, please comment",  # v3: wpDiscuz's prompt (Universe Today)
    "로그인 후",
    "no registered users viewing",
    # v3: Invision's guest box and reader count in Italian, XenForo's prompt in Portuguese.
    "registrati per un nuovo account",
    "nessun utente registrato",
    "você precisa entrar ou se registrar",
    "favorite this discussion",
    "or sign up with",
    "kirjaudu sisään",
    "become a member",
    "become a subscriber",
    "support our journalism",
    "support independent journalism",
    "get our newsletter",
)
AGENCY_PHRASES = (
    "news agency",
    "press agency",
    "news service",
    "associated press",
    "press association",
    "agence france-presse",
    "agence france presse",
    "reuters",
    "afp",
    "bernama",
    "xinhua",
    "anadolu",
    "tass",
    "interfax",
)
BYLINE_VERBS = (
    "by",
    "written by",
    "reporting by",
    "reported by",
    "words by",
    "story by",
    "posted by",
    "edited by",
    "compiled by",
)
# Words after "By" that start a sentence, not a name ("By contrast, ...").
NOT_BYLINE_WORDS = (
    "the",
    "a",
    "an",
    "this",
    "that",
    "then",
    "now",
    "contrast",
    "comparison",
    "early",
    "late",
    "far",
    "mid",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
SECTION_WORDS = frozenset_of(
    """news politics world opinion opinions business sport sports tech technology science
    health entertainment culture lifestyle middle east europe us uk asia africa americas
    local national international analysis editorial editorials video videos breaking latest
    featured top stories commentary features blog blogs environment religion travel arts
    economy markets law crime security defence defense military society media education
    weather faith foreign affairs global current events terrorism conflict syria iraq
    war and the"""
)
SECTION_CONNECTORS = frozenset({"&", "|", "/", "›", "»", ">", "·", "•", "-", "–", "—", ","})
# Accessibility skip links, in the layout sets' languages ('Aller au contenu principal').
SKIP_LINK_PREFIXES = (
    "skip to",
    "jump to content",
    "jump to main content",
    "aller au contenu",
    "passer au contenu",
    "ir para o conteúdo",
    "ir al contenido",
    "saltar al contenido",
    "vai al contenuto",
    "salta al contenuto",
    "zum inhalt",
    "direkt zum inhalt",
    "naar hoofdinhoud",
    "naar de inhoud",
    "hoppa till",
    "gå til hovedindhold",
    "przejdź do treści",
    "перейти к содержимому",
    "本文へ",
)
NAVIGATION_LINES = (
    "skip navigation",
    "menu",
    "main menu",
    "search",
    "home",
    "back to top",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "previous story",
    "next story",
    "older posts",
    "newer posts",
    "toggle navigation",
    # SMF's topic links ('« previous topic next topic »') and its board menu label.
    "previous topic next topic",
    "jump to",
    # Invision Community under a topic.
    "go to topic listing",
    "recently browsing",
    "open menu",
    "close menu",
    # v5: thread tools over and under a forum thread (UBB.threads, vBulletin, phpBB).
    "previous thread",
    "next thread",
    "previous thread next thread",
    "previous topic",
    "next topic",
    "print thread",
    "print view",
    "hop to",
    "subscribe to this thread",
    "link copied to clipboard",
    "who's online now",
    "forum statistics",
)
CLOSED_WORDS = (
    "closed",
    "locked",
    "pinned",
    "unpinned",
    "archived",
    "listed",
    "unlisted",
    "solved",
    "merged",
    "moved",
)
XENFORO_REACTIONS_LABEL = "reactions:"
# The same label in the other languages XenForo ships in (Finnish 'Reaktiot:').
XENFORO_REACTIONS_LABELS = frozenset(
    {
        XENFORO_REACTIONS_LABEL,
        "reaktiot:",
        "reaktionen:",
        "réactions:",
        "reacciones:",
        "reações:",
        "reazioni:",
        "reacties:",
        "reaktioner:",
        "reakcje:",
        "tepkiler:",
        "реакции:",
    }
)
# Singular "Reply"/"Comment" are left out: alone on a line they are footer buttons.
COMMENT_HEADER_WORDS = (
    "comments",
    "replies",
    "responses",
    "reactions",
    "answers",
    "discussion",
    "conversation",
    "user reviews",
    "customer reviews",
    "community reviews",
    "recommended reviews",
)
# Words of a share bar that belongs to the page ("Share  Tweet  Email").
SHARE_WORDS = frozenset_of(
    """share shares shared tweet retweet email e-mail print facebook twitter whatsapp linkedin
    reddit pinterest telegram copy link embed save saved follow more options
    x bluesky threads mastodon flipboard"""
)
# Words of a per-reply footer ("Reply  Share  Report", "Like · Reply"): a line made of
# these closes a reply.
REPLY_MARKERS = frozenset_of(
    """reply replies report like likes unlike dislike flag permalink quote upvote downvote
    comment useful
    vote votes award edit delete hide mute block respond recommend recommended helpful
    thanks thank agree disagree respect complain ▲ ▼ ↑ ↓ ♥ ❤"""
)
# The same footer buttons on German, French, Spanish, Italian, Dutch and Portuguese pages
# ('Antworten  Melden', 'Répondre · Signaler', 'Responder', 'Rispondi'): footers are
# the most reliable reply boundary and their words are a short, closed list per language.
REPLY_MARKERS_INTL = frozenset_of(
    """antworten antwort beantworten melden gefällt répondre réponse réponses signaler
    j'aime j’aime aime responder respuesta respuestas denunciar reportar rispondi risposta
    risposte segnala reageer reageren beantwoorden rapporteren curtir denunciar
    zitieren citer citar citeren citazione"""
)
SHARE_WORDS_INTL = frozenset_of("""teilen partager compartir condividi delen compartilhar""")
# Session 6: the reply, report, like and share buttons of sixteen more languages
# (Russian, Ukrainian, Polish, Czech, Turkish, Greek, the Nordic languages, Romanian,
# Hungarian, Indonesian, Korean, Japanese, Chinese, Hebrew, Arabic).
REPLY_MARKERS_MORE = frozenset_of(
    """ответить пожаловаться нравится комментировать відповісти поскаржитися подобається
    odpowiedz zgłoś odpowiedź odpovědět nahlásit yanıtla cevapla beğen şikayet απάντηση
    αναφορά svara anmäl gilla svar anmeld rapporter lik vastaa ilmoita tykkää răspunde
    raportează válasz jelentés balas laporkan suka 답글 신고 返信 通報 回复 回覆 举报 檢舉 回应
    赞 הגב השב דווח رد إبلاغ پاسخ citera gillar lainaa citér siter"""
)
# Session 14: the same buttons in Lithuanian, Latvian, Bulgarian, Croatian, Serbian,
# Slovenian, Slovak, Estonian, Catalan and Afrikaans ('Atsakyti', 'Отговор', 'Odgovori').
REPLY_MARKERS_EAST = frozenset_of(
    """atsakyti patinka nepatinka pranešti atbildēt ziņot patīk nepatīk отговор отговори
    одобрявам неодобрявам сигнализирай харесвам odgovori odgovor prijavi одговори пријави
    všeč odpovedať nahlásiť vasta teata meeldib respon respondre denuncia antwoord
    rapporteer"""
)
# Session 17: Pantip's buttons and reactions in Thai ('ตอบกลับ' reply, 'ถูกใจ 14' like,
# 'หลงรัก 3' love, and the other four faces), each a word of its own.
REPLY_MARKERS_THAI = frozenset_of("""ตอบกลับ ถูกใจ ขำกลิ้ง หลงรัก ซึ้ง สยอง ทึ่ง""")
SHARE_WORDS_MORE = frozenset_of(
    """поделиться поширити udostępnij sdílet paylaş κοινοποίηση dela jaa distribuie
    megosztás bagikan 공유 共有 分享 转发 收藏 שתף مشاركة แชร์"""
)
SHARE_WORDS_EAST = frozenset_of(
    """dalintis dalinties dalīties сподели podijeli podeli подели deli zdieľať
    jaga comparteix deel"""
)
# 'Edited' beside a footer's buttons ('Like · Reply · 5h · Edited', Facebook).
EDITED_MARKS = frozenset_of(
    """edited bearbeitet modifié editado modificato bewerkt uređeno uredjeno уређено
    redaguota rediģēts редактирано urejeno upravené upraveno muokattu redigerad redigeret
    redigert edytowany edytowane düzenlendi szerkesztve editat επεξεργασμένο"""
)
FOOTER_PHRASES_INTL = (
    "gefällt mir",
    "me gusta",
    "mi piace",
    "vind ik leuk",
    "trả lời",
    "şikayet et",
    "beğenme",
    "thích",
    "lubię to",
    "líbí se mi",
    "zgłoś do usunięcia",
    "zgłoś naruszenie treści",
    # Session 14: Croatian, Serbian, Slovenian, Slovak and Afrikaans 'Like' buttons.
    "sviđa mi se",
    "ne sviđa mi se",
    "свиђа ми се",
    "všeč mi je",
    "páči sa mi",
    "hou van",
)
MONTHS = frozenset_of(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april
    june july august september october november december"""
)
WEEKDAYS = frozenset_of(
    """mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
    saturday sunday"""
)
TIME_UNITS = frozenset_of(
    """s sec secs second seconds m min mins minute minutes h hr hrs hour hours d day days w
    wk wks week weeks mo mos month months y yr yrs year years"""
)
TIME_FILLER = frozenset_of(
    """posted updated published edited last modified on at ago about around gmt utc bst est
    edt pst pdt cst cdt cet cest ist aest am pm a.m. p.m. a an just now moments yesterday today
    aedt acst acdt awst nzst nzdt eet eest wet msk jst kst hkt sgt pht wib sast pkt hst akst
    akdt mst mdt adt brt clt | // · • - – — , @"""
)
# Verbs Q&A sites and forums put before a post's time ('answered Jan 5 at 3:14'); a
# time word of timestamp.v2 and card_header.v2 only, so v1 behaviour stays as it was.
TIME_VERBS = frozenset_of("""answered asked commented replied modified viewed""")
RELATIVE_TIME_WORDS = frozenset({"ago", "yesterday", "today", "now"})
# Time words of German, French, Spanish, Italian, Dutch and Portuguese pages ('vor 2
# Stunden', 'il y a 3 heures', 'hace 5 minutos', '3 ore fa', '14 avril 2023 à 18h12'),
# read by every rule that reads times since timestamp.v3 (card_header.v3,
# numbered_post.v3, header_shape.v2, share_bar.v3 share the reader).
RELATIVE_TIME_WORDS_INTL = frozenset_of(
    """vor hace fa geleden há gestern heute vorgestern hier aujourd'hui aujourd’hui ayer
    hoy anteayer ieri oggi gisteren vandaag ontem hoje"""
)
TIME_UNITS_INTL = frozenset_of(
    """sekunde sekunden minute minuten stunde stunden std tag tage tagen woche wochen monat
    monate monaten jahr jahre jahren seconde secondes heure heures jour jours semaine
    semaines mois an ans année années segundo segundos minuto minutos hora horas día días
    dia dias semana semanas mes meses año años secondo secondi minuti ora ore giorno giorni
    settimana settimane mese mesi anno anni seconden minuut uur dag dagen weken maand
    maanden jaar jaren mês ano anos"""
)
# Session 5: relative times of sixteen more languages ('3 saat önce', 'πριν από 4
# ώρες', 'för 2 timmar sedan', '2 godz. temu', 'acum 3 ore', 'N giờ trước', '3 órája').
RELATIVE_TIME_WORDS_MORE = frozenset_of(
    """önce πριν sedan siden sitten temu acum trước назад тому lalu órája perce napja
    hete hónapja éve منذ לפני"""
)
# Session 14: relative times of the Baltic and South Slavic languages and Afrikaans
# ('prieš 3 val.', 'pirms 2 stundām', 'преди 5 минути', 'prije 3 sata', 'пре 2 дана',
# 'pred 4 urami', '3 tundi tagasi', '2 uur gelede'). Units that are also first names
# ('dana', 'uri') are left out: a time word opening a card line eats the poster's name.
RELATIVE_TIME_WORDS_BALTIC_SLAVIC = frozenset_of(
    """prieš pirms преди prije пре pred tagasi gelede"""
)
TIME_UNITS_BALTIC_SLAVIC = frozenset_of(
    """val valanda valandas valandų min minutę minutes minučių sek sekundes sekundžių
    diena dienas dienų savaitę savaites savaičių mėnesį mėnesius mėnesių metus metų
    stundas stundām stundu minūtes minūtēm dienām nedēļām mēnešiem gadiem минути минута
    часа дни ден седмица седмици месеца години sat sata sati minuta minute tjedan
    tjedna mjesec mjeseca mjeseci godinu godine godina сат сата сати минута дана недеље
    месеца година urami uro dnevi dnevom tedni meseci minútami minútou hodinami
    dňami dňom týždňami mesiacmi rokmi tund tundi minutit päev päeva nädalat kuud aastat
    dae weke maande jare"""
)
# Session 28: relative times of South Asian news sites ('2 घंटे पहले', '3 ঘণ্টা আগে',
# '45 நிமிடங்களுக்கு முன்'), Arabic's dual ('منذ ساعتين') and Slovenian's dual and
# singular ('pred 2 urama', 'pred 1 uro').
RELATIVE_TIME_WORDS_SOUTH = frozenset_of("""पहले আগে پہلے முன்""")
TIME_UNITS_SOUTH = frozenset_of(
    """सेकंड मिनट घंटा घंटे दिन हफ्ता हफ्ते हफ़्ते महीना महीने साल সেকেন্ড মিনিট ঘণ্টা দিন
    সপ্তাহ মাস বছর سیکنڈ منٹ گھنٹہ گھنٹے دن ہفتہ ہفتے مہینہ مہینے سال நொடிகளுக்கு
    நிமிடங்களுக்கு நிமிடத்திற்கு மணிநேரத்திற்கு மணி நேரத்திற்கு நாட்களுக்கு நாளுக்கு
    ساعتين ساعتان دقيقتين يومين أسبوع أسبوعين أسابيع شهر شهرين أشهر سنة urama uro
    minutama minuto dnevoma dnem tednom tednoma mesecem mesecema letom letoma"""
)
# 'Yesterday' and 'today' alone are also a sidebar's tabs ('Сейчас / Вчера / Неделя'):
# in these languages they count only beside a number.
DAY_WORDS_MORE = frozenset_of(
    """dün bugün χθες σήμερα eilen tänään wczoraj dzisiaj včera dnes вчера сегодня вчора
    сьогодні kemarin tegnap אתמול igår idag"""
)
TIME_UNITS_MORE = frozenset_of(
    """saniye dakika saat gün hafta ay yıl δευτερόλεπτα λεπτό λεπτά ώρα ώρες ημέρα ημέρες
    μέρα μέρες εβδομάδα εβδομάδες μήνα μήνες χρόνο χρόνια sekund sekunder minut minuter
    timme timmar dagar vecka veckor månad månader minutter timer dage dager uge uger uke
    uker måned måneder sekuntia minuuttia tuntia päivää viikkoa kuukautta vuotta sekundy
    minuty godz godzin godziny godzinę dzień dni tydzień tygodnie tygodni miesiąc miesięcy
    miesiące rok lata lat sekundami minutou minutami hodinou hodinami dnem dny týdnem
    týdny měsícem měsíci rokem lety secunde minute oră zi zile săptămână săptămâni lună
    luni ani giây phút giờ ngày tuần tháng năm секунд секунды минут минуты минуту час
    часа часов день дня дней неделю недели месяц месяца месяцев год года лет хвилин
    хвилину годин години днів тижнів місяців років detik menit jam hari minggu bulan
    tahun ساعة ساعات دقيقة دقائق يوم أيام שעה שעות דקות דקה ימים יום"""
)
TIME_FILLER_MORE = frozenset_of("""από för før före kl klo před o în v во в о""")
MONTHS_INTL = frozenset_of(
    """januar jänner februar märz mai juni juli oktober dezember janvier février mars avril
    juin juillet août septembre octobre novembre décembre janv févr avr juil déc enero
    febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    januari februari maart mei augustus oktober"""
)
# Session 9: month names of Portuguese, Polish (the genitive of dates: '11 marca 2025'),
# Czech, the Scandinavian languages, Romanian and Turkish, for dated comment headers;
# session 17: Greek, in the genitive of dates ('11 Μαρτίου').
MONTHS_MORE = frozenset_of(
    """janeiro fevereiro março maio junho julho setembro outubro dezembro stycznia lutego
    marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
    ledna února března dubna května června července srpna září října listopadu prosince
    augusti desember ianuarie februarie martie aprilie iunie iulie septembrie octombrie
    noiembrie decembrie ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım
    aralık ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου
    σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου"""
)
# Session 27: the months of the Baltic, South and East Slavic, Finno-Ugric and Icelandic
# forums and news sites, as their dates write them (the genitive where a day precedes:
# '11. ožujka 2025', '2025 m. kovo 11 d.', '11 марта 2025'), and phpBB's Croatian and
# Czech abbreviations ('27. velj 2025.', '19 úno 2025 22:31') that are no common word.
# Ukrainian's are left out: with them a phpBB card's 'Зареєстрований: Ср 04 лютого 2009
# 11:05' read as its poster's time and cost Aquaforum its split (its weekdays unknown).
# So is Latvian 'marts': it is Danish too, and an article's 'Af X' / '11. marts 2025 kl.
# 13.22' byline would read as a post's header (180grader).
MONTHS_EAST = frozenset_of(
    """siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada
    studenoga prosinca siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan
    listopad studeni prosinac januara februara marta aprila maja juna jula avgusta
    septembra oktobra novembra decembra sausio vasario kovo balandžio gegužės birželio
    liepos rugpjūčio rugsėjo spalio lapkričio gruodžio janvāra februāra aprīļa jūnija
    jūlija oktobra decembra janvāris februāris aprīlis maijs jūnijs jūlijs augusts
    septembris oktobris novembris decembris január február március április május június
    július augusztus szeptember október december januára februára apríla mája júna júla
    októbra января февраля марта апреля мая июня июля августа сентября октября ноября
    декабря януари февруари април юни юли септември октомври ноември декември
    tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta
    syyskuuta lokakuuta marraskuuta joulukuuta jaanuar veebruar märts aprill juuni juuli
    oktoober detsember janúar febrúar apríl maí júní júlí ágúst október nóvember desember
    velj ožu sij ruj úno bře kvě čer čec zář říj"""
)
# Every month word, for the tests that ask 'is this a month?' of a line's first word.
ALL_MONTHS = MONTHS | MONTHS_INTL | MONTHS_MORE | MONTHS_EAST
WEEKDAYS_INTL = frozenset_of(
    """montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì
    martedì mercoledì giovedì venerdì sabato domenica"""
)
# The last line (timestamp.v6) is Norwegian, Danish and Swedish; 'publisert' stays out:
# an article's dateline ('Publisert: 4. mars 2025 kl. 12.14') read as a card's time cost
# Framtida a reply.
TIME_FILLER_INTL = frozenset_of(
    """um uhr am seit le à il y a las de del alle publié modifié mis jour
    veröffentlicht aktualisiert publicado actualizado pubblicato aggiornato às em
    inviato postado geplaatst verfasst opublikowano lähetetty odesláno objavljeno δημοσ.
    skrevet skrivet postat endret redigert redigeret redigerad"""
)
# What stands between a poster's name and the name of the poster they answer on a
# comment header ('Ann ▸ Bob', 'Ann replied to Bob', 'Ann antwortete Bob').
_REPLY_TO_MARKERS = tuple(
    tuple(m.split())
    for m in (
        "▸", "►", "▶", "→", "➜", "replied to", "in reply to", "replying to", "reply to",
        "antwortete", "antwort an", "a répondu à", "répond à", "en réponse à",
        "respondió a", "responde a", "ha risposto a", "risponde a",
    )
)  # fmt: skip
_REPLY_TO_FIRST = frozenset(m[0] for m in _REPLY_TO_MARKERS)
# The markers by their first word, in the order above.
_REPLY_TO_BY_FIRST = {
    first: tuple(m for m in _REPLY_TO_MARKERS if m[0] == first) for first in _REPLY_TO_FIRST
}
# Leading single-spaced words, then a run of two or more spaces or a tab.
_WIDE_NAME_GAP_RE = re.compile(r"^\s*(\S+(?: \S+)*)(?: {2,}|\t)")
# Words after which a header line's time part starts ("alice said 3h ago").
HEADER_SEPARATORS = frozenset(
    {"·", "•", "|", "-", "–", "—", "said", "commented", "replied", "posted", "on", "at"}
)
# Words that open sentences, never user names: keeps "He said on May 3" out of headers.
NOT_NAME_WORDS = frozenset_of(
    """the a an he she it they we i you this that these those there here his her their our
    my your its on in at of for to from by with and or but if so as when while after before
    posted updated published edited reply share report level comments replies
    wrote replied commented answered responded"""
)
# Words that also open short replies ('Me too', 'Not really', 'lol no'): a card line
# starting with one is a reply, not a poster's name (card rules only).
NOT_CARD_WORDS = frozenset_of(
    """me not no yes yeah yep nope lol ok okay thanks thank agreed exactly true false so
    same wow well what why how who where when is are was were do does did can could would
    should will just also but and or this that it"""
)
# What a comment card shows for a commenter without an account: over the name they typed
# ('Gość' / 'Ślązok z Rozbarku', Polska Press), or alone in its place ('Guest', Disqus).
GUEST_NAMES = frozenset({"guest", "gość", "gast", "invité", "invitado", "ospite"})
# Lines a forum prints under a poster's name: rank, badge or post icon. Alone on a line
# they are chrome ('Senior Member' on vBulletin, 'Top fan' on Facebook, 'Default').
RANK_LINES = frozenset(
    {
        "member",
        "members",  # Invision's default member group (The Fountain Pen Network)
        "new member",
        "forero",  # Spanish vBulletin's rank for a member (ForoCoches)
        "junior member",
        "senior member",
        "full member",
        "hero member",
        "legendary",  # SMF's rank above Hero Member (Bitcointalk)
        "online",
        "offline",
        "logged in",
        "sr. member",
        "jr. member",
        "active member",
        "well-known member",
        "registered user",
        "registered",
        "newbie",
        "banned",
        "moderator",
        "super moderator",
        "global moderator",
        "administrator",
        "admin",
        "staff",
        # v5: Invision's groups and its 'Author' badge in Italian, and 'Member' in four
        # more languages.
        "utente",
        "nuovo utente",
        "utente esperto",
        "moderatore",
        "amministratore",
        "autore",
        "membro pleno",
        "membro júnior",
        "membros",
        "mitglied",
        "membre",
        "miembro",
        "membro",
        # XenForo's ranks in Portuguese (Fórum Adrenaline), Invision's 'Member', its group
        # and the 'messages' under the count in Greek (Insomnia), and XenForo 1's rank on
        # the Steve Hoffman forums.
        "participante",
        "moderador",
        "ex-moderador",
        "μέλος",
        "μέλη",
        "μηνύματα",
        "forum resident",
        "contributor",
        # EEVblog's SMF ranks.
        "regular contributor",
        "frequent contributor",
        "super contributor",
        "top fan",
        "discussion starter",
        "thread starter",
        "top commenter",
        "top contributor",
        "rising star",
        "verified",
        "author",
        "op",
        "default",
        "supporter",
        "subscriber",
        "premium member",
        "vip member",
        # Subscriber and reviewer badges (Ars Technica, Amazon, news sites).
        "subscriptor",
        "subscriptor++",
        "subscriber+",
        "verified purchase",
        "verified buyer",
        "verified purchaser",
        "verified reader",
        "verified owner",
        "vine voice",
        "early reviewer",
        "top reviewer",
        "top 500 reviewer",
        "top 1000 reviewer",
        "insider",
        "patron",
        "pro",
        "premium",
        "plus",
        "member since",
        # Session 9: a comment the desk singled out ('Opinia wyróżniona', Trójmiasto).
        "featured comment",
        "editor's pick",
        "editors' pick",
        "opinia wyróżniona",
        *GUEST_NAMES,
    }
)
# Profile fields under a forum poster's name ('Join Date: Mar 2012', 'Posts: 4,512').
PROFILE_FIELDS = (
    "join date",
    "joined",
    "member since",
    "posts",
    "messages",
    "location",
    "karma",
    "reputation",
    "rep power",
    "likes received",
    "reaction score",
    "trophy points",
    "points",
    "gender",
    "age",
    "thanks",
    "country",
    "occupation",
    "status",
    "rank",  # 'Rank' over 'l33t' (Vogons)
    # vBulletin 4 and The Student Room's post cards.
    "mentioned",
    "tagged",
    "quoted",
    "likes",
    "badges",
    "rep",
    # The same post-card fields in Italian, German, Spanish, French, Dutch and Polish.
    "città",
    "messaggi",
    "iscritto dal",
    "località",
    "beiträge",
    "registriert seit",
    "registriert",
    "wohnort",
    "mensajes",
    "registrado",
    "fecha de ingreso",
    "ubicación",
    "inscrit le",
    "localisation",
    "berichten",
    "lid sinds",
    "woonplaats",
    "posty",
    "dołączył",
    "skąd",
    # Turkish (XenForo: 'Katılım' / '3 Şubat 2023', 'Tepkime puanı' / '38').
    "katılım",
    "mesajlar",
    "tepkime puanı",
    "çözümler",
    "yer",
    "yaş",
    "konum",
    # v7: the same fields in the Nordic languages, Finnish, Czech, Russian and Greek
    # ('Inlägg: 8 441', 'Medlem siden: 2017', 'Viestejä: 1 204', 'Μηνύματα: 3.120').
    "inlägg",
    "medlem sedan",
    "ort",
    "innlegg",
    "medlem siden",
    "bosted",
    "indlæg",
    "bopæl",
    "viestejä",
    "viestit",
    "liittynyt",
    "paikkakunta",
    "příspěvky",
    "registrován",
    "bydliště",
    "сообщения",
    "сообщений",
    "регистрация",
    "откуда",
    "μηνύματα",
    "εγγραφή",
    "περιοχή",
    # Italian vBulletin and Arabic ('Registrato dal: Jun 2012', 'المشاركات: 3,186').
    "registrato dal",
    "المشاركات",
    "تاريخ التسجيل",
)
# Mail headers of an archive or digest; 'From:' names the poster, the others are chrome.
# v3: 'List:' (Apache's Pony Mail names the list a message went to).
MAIL_FIELDS = (
    "date",
    "sent",
    "to",
    "cc",
    "subject",
    "message-id",
    "in-reply-to",
    "reply-to",
    "list",
)
# Footer phrases with words that are not footer words alone ('Reply With Quote',
# 'Improve this answer', 'Click to rate'): removed before share_bar.v2 checks the rest.
FOOTER_PHRASES = (
    # Invision Community's row under each post in Italian and Portuguese (v7; the
    # English row is left to the learned trimming: as footers they cost two pages a
    # stray name reply).
    "link al commento",
    "condividi su altri siti",
    "link para o comentário",
    "compartilhar em outros sites",
    "σύνδεσμος στο σχόλιο",
    "κοινοποίηση σε άλλες σελίδες",
    "mais opções de compartilhamento",
    "reply with quote",
    # Newsquest's comment buttons (Oxford Mail: 'Report this comment', 'Rate up').
    "report this comment",
    "rate up",
    "rate down",
    # BLOX's buttons under each comment (Union-Bulletin, v8), and Rotter's ('reply with
    # quote', 'quick reply', 'report to the forum's moderator').
    "תגובה עם ציטוט",
    "תגובה מהירה",
    "דווח על הודעה לאחראי הפורום",
    "add reply",
    "vote up",
    "vote down",
    "multi-quote this message",
    "multi-quote",
    "quick reply",
    "improve this answer",
    "improve this question",
    "click to rate",
    "give award",
    "report abuse",
    "report objectionable content",  # Embarcadero's Town Square, under every comment
    # phpBB 2's links under every post ('View user's profile Send private message').
    "view user's profile",
    "send private message",
    "visit poster's website",
    "report to moderator",  # SMF, under every post
    # vBulletin 3 and 4's menu under the poster's name (Giant in the Playground).
    "view profile",
    "view forum posts",
    "private message",
    "view blog entries",
    "view articles",
    "beitrag melden",  # Golem.de's forum
    "report post",
    "report comment",
    "see in context",
    "view in context",
    "full comments",
    "add a comment",
    "was this helpful",
    "thumbs up",
    "thumbs down",
    "new replies",
    "view replies",
    "hide replies",
)
# Footer words a paste glues together ('permalinksavereportgive awardreply', old Reddit);
# share_bar.v2 splits a token into these greedily, longest first.
GLUED_FOOTER_WORDS = (
    "permalink",
    "embed",
    "save",
    "parent",
    "report",
    "give",
    "award",
    "reply",
    "share",
    "edit",
    "delete",
    "like",
    "flag",
)
# Lines under which a forum prints the poster's signature with no rule line of its own:
# SMF's 'Logged' (EEVblog), and the button that unfolds it ('Visa signatur', SweClockers).
SIGNATURE_OPENERS = frozenset({"logged", "visa signatur", "show signature", "view signature"})
# Chrome that closes a forum post on its own line (SMF prints 'Logged' under each).
POST_END_LINES = frozenset({"top", "back to top", "quote", "reply"}) | SIGNATURE_OPENERS
# Sort and filter controls above a comment list.
SORT_LINES = frozenset(
    {
        # Session 6: a comment list's sort options in other languages, one to a line.
        *"""najnowsze najstarsze najpopularniejsze neueste älteste beliebteste nieuwste
        oudste nejnovější nejstarší nyaste äldsta nyeste ældste eldste uusimmat vanhimmat
        uusimad vanimad populaarseimad najnovejši najstarejši
        legújabb legrégebbi terbaru terlama 최신순 인기순 新しい順 古い順 最新 最热
        الأحدث""".split(),
        # Session 14: Baltic, South Slavic, Slovak, Ukrainian and Afrikaans options.
        *"""naujausi seniausi populiariausi jaunākie vecākie populārākie най-нови
        най-стари най-харесвани най-коментирани najnoviji najstariji najpopularniji
        најновији најстарији najnovšie najstaršie найновіші найстаріші nuutste oudste
        gewildste najnovije najstarije najpopularnije""".split(),
        "najbolje ocenjeni",
        "najbolje ocijenjeni",
        "najbolje ocenjene",
        "najbolj ocenjeni",
        "najlepiej oceniane",
        "najwyżej oceniane",
        "más recientes",
        "más antiguos",
        "más votados",
        "mais recentes",
        "mais antigos",
        "mais votados",
        "plus récents",
        "plus anciens",
        "les plus récents",
        "les plus anciens",
        "meistempfohlen",
        "meist empfohlen",
        "più recenti",
        "meno recenti",
        "en yeni",
        "en eski",
        "сначала новые",
        "сначала старые",
        "сначала интересные",
        "cele mai noi",
        "החדשות ביותר",
        # Hebrew talkback controls (Haaretz, Mako): 'sorted by:', 'newest', 'oldest', 'show
        # all comments', 'open all', 'close all'.
        "ממוין לפי:",
        "הכי חדשות",
        "הכי ותיקות",
        "הצג את כל התגובות",
        "פתח הכל",
        "סגור הכל",
        "הצג עוד תגובות",
        "most relevant",
        "all comments",
        # phpBB's topic options under the last post ('Display posts from previous:' /
        # 'All posts' / 'Sort by' / 'Post time' / 'Ascending' / 'Post Reply'; 'Go' alone
        # is left to the learned trimming, as a reply may say just that).
        "display posts from previous",
        "display posts from previous:",
        "all posts",
        "post time",
        "ascending",
        "descending",
        "post reply",
        # vBulletin's thread tools menu under the last post (RC Groups).
        "thread tools",
        "show printable version",
        "email this page",
        "email this page…",
        "email this page...",
        "rate thread",
        "display modes",
        "search this thread",
        "newest",
        "oldest",
        "best rated",
        "worst rated",
        "highest score (default)",
        "highest score",
        "date modified (newest first)",
        "date created (oldest first)",
        "trending (recent votes count more)",
        "reset to default",
        "threads collapsed",
        "threads expanded",
        "order by newest",
        "order by oldest",
        "order by recommendations",
        "unthreaded",
        "top comments",
        "sort by best",
        "sort by newest",
        "sort by oldest",
        "sort by top",
        "view all",
        "most respected",
        "most liked",
        "most replied",
        "most recent",
        "top rated",
        "highest rated",
        "view all comments",
        "view all comments >",
        "share what you think",
        "write a comment",
        "what do you think?",
        "see new posts",
        "conversation",
        "post",
        "show replies",
        # 'Write a comment' and 'Load more comments' in Italian, Spanish, French, German.
        "scrivi un commento",
        "carica altri commenti",
        "escribe un comentario",
        "cargar más comentarios",
        "ver más comentarios",
        "écrire un commentaire",
        "afficher plus de commentaires",
        "voir plus de commentaires",
        "kommentar schreiben",
        "mehr kommentare laden",
        "weitere kommentare laden",
        "add topic",
        "new topic",
        "see more comments",
        "load more comments",
        # Hungarian boards' order ('Legrégebbi elöl' / 'Legújabb elöl': oldest, newest first).
        "legrégebbi elöl",
        "legújabb elöl",
        "legrégebbi elől",
        "legújabb elől",
    }
)
# Thread links that trail a header's time ('3 hours ago | parent | next [–]', Hacker News).
THREAD_NAV_WORDS = frozenset_of(
    """parent next prev root context flag favorite link on: | [–] [-] [+] – - [reply]"""
)
ATTRIBUTION_VERBS = (
    "wrote",
    "writes",
    "said",
    "says",
    "posted",
    "replied",
    # German, French, Spanish, Italian, Dutch, Portuguese, Swedish/Norwegian/Danish.
    "schrieb",
    "a écrit",
    "escribió",
    "dijo",
    "ha scritto",
    "schreef",
    "escreveu",
    "disse",
    "skrev",
    # Romanian, Polish, Czech, Finnish, Hungarian, Turkish, Greek, Russian/Ukrainian.
    "a scris",
    "napisał",
    "napisała",
    "napsal",
    "napsala",
    "kirjoitti",
    "sanoi",  # Finnish XenForo ('Vesa-Pekka sanoi:')
    "dedi",  # Turkish XenForo ('Sarp_T dedi:')
    "írta",
    "yazdı",
    "έγραψε",
    "είπε",  # Invision in Greek ('Πριν από 2 ώρες, kostas_thess είπε:')
    "написал",
    "написала",
    "написав",
    # Latvian ('Māris (04.03.2025 21:58) rakstīja:', TVNET).
    "rakstīja",
    # Catalan, Galician, Estonian, Icelandic, Croatian/Serbian/Bosnian, Slovenian,
    # Bulgarian, Lithuanian and Slovak ('Ferran_de_Valls ha escrit:', Racó Català).
    "ha escrit",
    "escribiu",
    "kirjutas",
    "skrifaði",
    "napisao",
    "napisala",
    "je napisal",
    "je napisala",
    "написа",
    "rašė",
    "napísal",
    "napísala",
    # Swahili Blogger ('Mama Neema alisema...', Michuzi).
    "alisema",
)
QUOTE_PREFIXES = (
    "originally posted by",
    "ציטוט מתוך הודעה של",  # Rotter ('quote from the message of')
    "quote from",
    "quoting",
    "in reply to",
    "originariamente inviato da",
    "ursprünglich geschrieben von",
    "originalmente publicado por",
    "publié à l'origine par",
    "oorspronkelijk geplaatst door",
    # 'Written by' in Swedish (SweClockers), Norwegian and Danish.
    "skrivet av",
    "skrevet av",
    "skrevet af",
    # v10: vBulletin's 'Originally Posted by' in eight more languages ('Izvorno napisao').
    "izvorno napisao",
    "izvorno napisala",
    "prvobitno napisao",
    "oryginalnie napisane przez",
    "původně napsal",
    "pôvodne napísal",
    "eredetileg írta",
    "orijinal mesajı gönderen",
    "alkuperäinen kirjoittaja",
    "oprindeligt skrevet af",
)
# vBulletin's link to the quoted post, pasted after the name ('… by x View Post').
VIEW_POST_SUFFIXES = (" view post", " guarda i messaggi", " beitrag anzeigen", " ver mensaje")
# The line under a folded quote, which ends it (XenForo, Invision).
EXPAND_MARKERS = frozenset(
    {
        "click to expand...",
        "click to expand",
        "expand...",
        "show quote",
        # XenForo in German, French, Spanish and Portuguese.
        "zum vergrößern anklicken....",
        "zum vergrößern anklicken...",
        "cliquez pour agrandir...",
        "haz clic para expandir...",
        "clique para expandir...",
        "genişletmek için tıkla...",
        "klikkaa laajentaaksesi...",
        "expandir",  # Invision in Portuguese and Spanish
        # XenForo in Swedish, Norwegian, Danish, Italian, Dutch, Polish, Czech, Russian.
        "klicka för att expandera...",
        "klikk for å utvide...",
        "klik for at udvide...",
        "clicca per espandere...",
        "klik om uit te vouwen...",
        "klik om te vergroten...",
        "kliknij, aby rozwinąć...",
        "klikněte pro rozbalení...",
        "нажмите для раскрытия...",
    }
)
CHROME_LINES = frozenset(
    {
        "avatar",
        # The 'Comment' button over a comment list, in eleven languages.
        "kommentieren",
        "commenter",
        "comentar",
        "commenta",
        "reageren",
        "skomentuj",
        "komentovat",
        "kommentera",
        "kommentoi",
        "bình luận",
        "yorum yap",
        "แสดงความคิดเห็น",  # v8: Thai (Pantip)
        # v8: Discourse's topic map over the first reply ('created' / 'Mar 3' / 'last reply'
        # / 'Mar 4' / '7' / 'replies' / '412' / 'views' / '5' / 'users' / '14' / 'likes').
        "created",
        "last reply",
        "users",
        "links",
        # and its accepted-answer badge over a post's card ('Solution' / name / date), also
        # Invision's in Portuguese and Spanish.
        "solution",
        "solução",
        "solución",
        # The Path of Exile forum's buttons under its card ('Posted by' / name / 'on DATE').
        "quote this post",
        "report forum post",
        "attachment(s)",
        "attachments",
        # Khoros (Lithium) support forums' post menu, and Flarum's composer.
        "report inappropriate content",
        "subscribe to rss feed",
        "mark as new",
        "mark as read",
        "write a reply",
        "write a reply...",
        "write a reply…",
        "quote:",
        "quote",
        # v8: vBulletin's 'Quote:' over a quote box in other languages ('Citiraj:').
        "citiraj:",
        "zitat:",
        "cytat:",
        "citace:",
        "idézet:",
        "citat:",
        "alıntı:",
        "lainaus:",
        "citação:",
        "cita:",
        "citazione:",
        "load more",
        "load more comments",
        # Session 28: Blogger's 'Load more...' in Italian and Norwegian, and a Brazilian
        # site's (Il Forno di Nonna Lia, Fjellkjøkkenet, TabNews).
        "carica altro",
        "last inn mer",
        "carregar mais comentários",
        # Buttons under a post: Quote (Czech, Polish), vBulletin's 'Reply With Quote' in
        # Russian, Report in Vietnamese, WordPress's Like in Polish, Naver's Share.
        "citovat",
        "cytuj",
        "ответить с цитированием",
        "báo cáo",
        "polubienie",
        "공유하기",
        "add comment",  # Blogger's threaded comments, over 'Load more...'
        "post navigation",
        "load more replies",
        "show more",
        "show less",
        "show more replies",
        "show more comments",
        "hide replies",
        # The line that ends a folded quote (quote_until_expand) is chrome too.
        *EXPAND_MARKERS,
        # XenForo's post card, between the date and '#3'.
        "add bookmark",
        # WordPress: the comment form's spam-trap field ('Δ') and the categories widget.
        "δ",
        "select category",
        # XenForo's label over the names that reacted to a post.
        *XENFORO_REACTIONS_LABELS,
        "expand",
        "collapse",
        "edited",
        "[deleted]",
        "[removed]",
        "deleted",
        "·",
        "•",
        "see more",
        "see translation",
        "updated review",
        "collapse all",
        "expand all",
        "comments sorted by",
        "sorted by",
        "previous review",
        "original review",
        "translate",
        "show translation",
        "show original",
        "see original",
        "view more replies",
        "view more comments",
        "sort by",
        "newest",
        "oldest",
        "top",
        "best",
        "newest first",
        "oldest first",
    }
)

# A site footer is never longer than this many lines; the backward scan stops there.
PAGE_FOOTER_MAX_LINES = 200
# Words of the sentences a site footer holds ('Subscribe to get the best deals.').
FOOTER_SENTENCE_WORDS = (
    "subscribe",
    "newsletter",
    "registered office",
    "registered in",
    "company number",
    "your email",
    "sign up",
    # The publisher's line ('Tom's Hardware is part of Future plc, an international
    # media group ...', 'Overclock.net is a VerticalScope forum.').
    "is part of",
    "a division of",
    "a subsidiary of",
    # The blog platform's credit ('Simple theme. Powered by Blogger.').
    "powered by",
    # Discourse's line under its suggested topics ('Want to read more? Browse other
    # topics in Processing or view latest topics.').
    "browse other topics",
)
# A login wall under the comments ('Log in or sign up for Threads', 'Continue with ...').
SIGN_IN_PREFIXES = ("log in", "login", "sign in", "sign up", "continue with", "create an account")
_CRUMB_GATE = re.compile(r" [>›»] ")
# A site header's account links.
SIGN_IN_LINES = frozenset(
    {
        "login",
        "log in",
        "sign in",
        "sign up",
        "register",
        "sign in / sign up",
        "login / register",
        "create account",
        "create an account",
        "already have an account?",
        "already a subscriber?",
        "zaloguj się",  # Polish
        "logi sisse",  # Estonian
        "prijava",  # Slovenian
    }
)
# Alt text of icon buttons that a paste keeps as words (Lemmy's 'arrow-up', kbin, Tildes).
ICON_LABELS = frozenset(
    {
        "arrow-up",
        "arrow-down",
        "arrow up",
        "arrow down",
        "thumbs-up",
        "thumbs-down",
        "thumb-up",
        "thumb-down",
        "chevron-up",
        "chevron-down",
        "caret-up",
        "caret-down",
        "more_vert",
        "more_horiz",
        "expand_more",
        "expand_less",
    }
)
# Words of sort tabs above a comment list ('Newest | Oldest | Most recommended').
SORT_OPTION_WORDS = frozenset_of(
    """newest oldest latest earliest top best hot new old popular trending controversial
    recommended recommendations most least liked replied rated reader readers picks pick
    editor's editors' editors featured all comments first threaded flat relevant discussed
    voted up down upvoted downvoted liked"""
)
# Goodreads prints a reviewer's star rating as words on its own line.
RATING_PHRASES = frozenset(
    {"did not like it", "it was ok", "it was okay", "liked it", "really liked it", "it was amazing"}
)
# Mail clients' automatic sign-offs: not part of what the person wrote.
DEVICE_SIGNOFF_PREFIXES = ("sent from my ", "sent from mail for ", "get outlook for ", "sent via ")
# Chat-log events that are not messages ('* Sable_ has quit (Ping timeout)').
CHAT_EVENT_VERBS = (
    "has joined",
    "has quit",
    "has left",
    "joined",
    "quit",
    "left",
    "is now known as",
    "sets mode",
    "changed the topic",
    "was kicked",
)

# --------------------------------------------------------------------------- patterns

_WORD_RE = re.compile(r"\S+")
# Session 18: the danda of Bengali and Hindi ('।'), the Urdu full stop ('۔'), the Arabic
# question mark and the Armenian full stop end sentences too.
_TERMINAL = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":", "。", "！", "？", "।", "۔", "؟", "։")
# A sentence's last character: `_TERMINAL` without closing quotes, ')' ('Rhiannon (mod)' is a name)
# and ':'.
_STOPS = tuple(c for c in _TERMINAL if c not in ('"', "”", "’", "'", ")", ":"))
# 'ringing_470u.png (45.12 kB. 800x480 - viewed 212 times.)' (SMF): an attachment's
# file name with its size; 'Attachments:' over it.
_IMAGE_RE = re.compile(
    r"^\S.{0,200}\.(?:" + "|".join(IMAGE_EXTENSIONS) + r")(?:\?\S*)?"
    r"(?:\s+\([\d.,]+\s*[kmg]i?b\b[^()]{0,60}\)(?:\s+(?=[^()\d]{0,30}\d)[^()]{1,40})?)?$"
    r"|^(?:attachments?|anhänge|anhang|pièces jointes|allegati|adjuntos|anexos):$",
    re.IGNORECASE,
)
_CREDIT_TAIL_RE = re.compile(
    r"(?:^|[\s.(\[|–—-])(?:"
    + "|".join(CREDIT_WORDS)
    + r")\s*(?:credit)?\s*:\s*[^.!?:]{1,60}[)\]]?$",
    re.IGNORECASE,
)
_PAREN_TAIL_RE = re.compile(r"\(([^()]{2,160})\)\s*$")
_PAREN_CREDIT_RE = re.compile(
    r"\bvia\s+\w+|\b(?:photo|picture|image|photograph|file photo|pool photo)\b|getty images"
    r"|/\s*(?:" + "|".join(PHOTO_AGENCIES) + r")\b",
    re.IGNORECASE,
)
_RELATED_RE = re.compile(
    r"^" + any_of(RELATED_PREFIXES) + r"\s*(?:[:\-–—|»>]|$)",
    re.IGNORECASE,
)
_STARRED_RE = re.compile(r"^\*(?![\s*])[^*]{3,300}$")
_DISCLAIMER_RE = re.compile(
    r"^(?:" + any_of(DISCLAIMER_PREFIXES) + r"|\(c\)\s*\d{4}"
    # v4: a comment window ('Comments are open for 72 hours after publication.').
    r"|comments are open for \d+\s+(?:hours?|days?)\b)",
    re.IGNORECASE,
)
# v5: the prompt may stand in brackets ('(You must log in or sign up to reply here.)').
_CTA_RE = re.compile(r"^\(?" + any_of(CTA_PREFIXES) + r"\b", re.IGNORECASE)
_ABBR_SIGNOFF_RE = re.compile(r"^[\w’'.\- ]{3,60}\(\s*[A-Z]{2,6}\s*\)$")
_BYLINE_RE = re.compile(
    r"^(?:" + "|".join(BYLINE_VERBS) + r")\s+(?!(?:" + "|".join(NOT_BYLINE_WORDS) + r")\b)"
    r"[A-Z@]",
    re.IGNORECASE,
)
_READ_TIME_RE = re.compile(r"\b\d+\s*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
_BREADCRUMB_RE = re.compile(r"^home\s*[›»>/|]", re.IGNORECASE)
_PAGER_RE = re.compile(
    r"^(?:page \d+ of \d+|(?:\d+\s+){1,10}(?:next|›|»)?|[<‹«]\s*(?:\d+\s*){1,10}[>›»]"
    r"|(?:per page|por página|pro seite|par page|per pagina):?"
    # SMF's 'Pages: [1] 2 3 ... 12   print' over and under a topic.
    r"|pages?:\s*(?:\[?\d+\]?\s*|\.\.\.\s*)+(?:print)?)$",
    re.IGNORECASE,
)
# '6 posts • Page 1 of 1' (phpBB), 'Page 2 of 5 · Next': a pager with the thread's counts.
_PAGE_OF_RE = re.compile(r"(?:^|[\s·•|])page \d+ of \d+(?:$|[\s·•|])", re.IGNORECASE)
_CLOSED_RE = re.compile(
    r"^(?:" + "|".join(CLOSED_WORDS) + r")(?:\s+on\s+[^#]{1,40})?\s*#?\d{0,6}$"
    r"|^(?:this )?(?:topic|thread) (?:was |has been |is )?(?:automatically )?(?:closed|locked)"
    r"|^(?:commenting|comments) (?:is |are |has been |have been )?(?:now )?(?:closed|disabled)"
    r"(?: (?:for|on) this (?:story|article|post))?\.?$",
    re.IGNORECASE,
)
_COMMENT_HEADER_RE = re.compile(
    r"^(?:all\s+)?(?:\d[\d,.]*k?\s+)?(?:reader\s+|readers'?\s+|user\s+|top\s+|all\s+|latest\s+)?"
    r"(?:" + "|".join(COMMENT_HEADER_WORDS) + r")(?:\s*\(\s*\d[\d,.]*k?\s*\)|\s+\d[\d,.]*k?)?"
    r"(?:\s+on\s+[^.!?]{1,120})?\s*:?$"
    # 'Posts' alone is a navigation tab (Reddit's 'Posts  Wiki  Rules'); with a count it
    # heads a thread ('41 posts', 'Posts (12)').
    r"|^(?:\d[\d,.]*k?\s+posts|posts\s*\(\s*\d[\d,.]*k?\s*\)|posts\s+\d[\d,.]*k?)\s*:?$"
    r"|^(?:view|show|see|read)\s+(?:all\s+)?(?:\d[\d,.]*\s+)?(?:comments?)$"
    r"|^(?:view|show|see|read)\s+(?:the\s+)?(?:entire|full|whole)\s+(?:discussion|thread)"
    r"(?:\s*\(\s*\d[\d,.]*k?\s+comments?\s*\))?$"
    r"|^(?:what (?:our )?readers (?:say|think)|have your say|your comments?)\s*:?$"
    r"|^\d[\d,.]*\s+(?:thoughts|responses|replies|comments) (?:on|to)\s+"
    r"[\"“'‘].{1,200}[\"”'’]\s*:?$"
    r"|^-{2,}\s*(?:replies|comments|responses)\s*-{2,}$"
    r"|^(?:\d[\d,.]*\s+)?(?:comentarios|commentaires|kommentare|commenti|reacties|comentários"
    r"|réactions|reacciones|leserkommentare|opiniones"
    # Session 5: the header in sixteen more languages ('Yorumlar (56)', 'Σχόλια (31)').
    r"|yorumlar|yorum|σχόλια|hozzászólások|hozzászólás|kommentarer|kommentit|kommenttia"
    r"|komentarze|komentarzy|komentáře|komentářů|diskuse|comentarii|komentar|ý kiến|bình luận"
    r"|diskusia|komentáre|komentárov"  # Slovak ('Diskusia (58)', SME)
    r"|kommentaarid|komentarji|komentari"  # Estonian, Slovenian, Serbian and Croatian
    # v4: Lithuanian, Latvian, Bulgarian and Serbian Cyrillic, Catalan, Afrikaans, Basque,
    # Icelandic, Albanian and Filipino ('Коментари (37)', 'Komentarai (84)').
    r"|komentarai|komentāri|коментари|comentaris|kommentaar|iruzkinak|athugasemdir"
    r"|komente|mga komento"
    r"|комментарии|комментариев|коментарі|коментарів|תגובות|التعليقات|댓글|コメント"
    r"|评论|評論|ความคิดเห็น"
    # v7: Bengali, Hindi, Marathi, Urdu and Persian ('মন্তব্য (৮)', 'प्रतिसाद').
    r"|মন্তব্য|টিপ্পনী|टिप्पणियाँ|टिप्पणी|प्रतिसाद|تبصرے|نظرات)"
    r"(?:\s*[(\[]\s*\d[\d,.]*\s*[)\]]|\s+\d[\d,.]*)?\s*:?$"
    r"|^latest comment:.{0,40}?\d[\d,]*\s*comments?.{0,60}$"
    r"|^(?:showing|displaying|viewing)\s+\d[\d,]*\s*[-–]\s*\d[\d,]*\s+of\s+\d[\d,]*\s+"
    r"(?:comments|replies|reviews|posts|answers|responses)$"
    r"|^(?:top|most (?:helpful|recent|relevant)|all)\s+reviews(?:\s+from\s+[^.!?]{1,60})?$"
    # comment_header.v6: Haaretz's 'show all comments (31)'.
    r"|^הצג את כל התגובות(?:\s*\(\d[\d,.]*\))?$",
    re.IGNORECASE,
)
_VOTE_RE = re.compile(
    r"^(?:[▲▼↑↓+\-]?\s*\d[\d,.]*k?(?:\s*(?:points?|votes?|likes?|upvotes?|downvotes?|"
    r"retweets?|reposts?|quotes?|views?|shares?|reactions?|boosts?|favou?rites?|reblogs?"
    r"|claps?|stars?|hearts?|kudos|upvoted|helpful votes?))?"
    r"|[+\-−]?\d[\d,]*\s*\(\+?\d[\d,]*\s*/\s*[\-−]?\d[\d,]*\)"
    # v6: the up and down counts side by side ('+64 / -5', Trójmiasto).
    r"|\+\d[\d,]*\s*/\s*[\-−]\d[\d,]*"
    r"|(?:one|\d[\d,]*) (?:people|person|users?|customers?) found this (?:review )?helpful"
    r"|(?:up|down|likes?|dislikes?|upvotes?|downvotes?|votes?|thanks?)\s*\(\s*\d[\d,]*\s*\)"
    r"|level \d+|score:?\s*-?\d+|\d+ (?:more )?repl(?:y|ies)(?: hidden| collapsed)?"
    r"|view \d+ (?:more )?repl(?:y|ies)|show \d+ (?:more(?: replies| comments)?|repl(?:y|ies))"
    r"|load \d+ more (?:comments|replies)|共\s*\d+\s*条回复(?:[，,]\s*点击查看)?"
    # The same reply expanders in the layout sets' other languages ('Ver 2 respuestas').
    r"|(?:ver|mostrar) \d+ (?:respuestas?|respostas?)|mostra \d+ rispost[ae]"
    r"|(?:voir|afficher) (?:les )?\d+ réponses?|\d+ antworten anzeigen|zeige \d+ antworten"
    r"|toon \d+ reacties?|pokaż \d+ odpowiedzi|näytä \d+ vastausta?|visa \d+ svar"
    r"|xem thêm \d+ trả lời"
    # Disqus's vote arrows pasted as text ('^ | v').
    r"|\^(?:\s*\|?\s*v)?"
    r"|replying to\s+@[\w.]+(?:(?:\s*,\s*|\s+and\s+|\s+)@[\w.]+)*"
    r"(?:\s*,?\s+and\s+\d+\s+others?)?)$",
    re.IGNORECASE,
)
_NUMERIC_TIME_RE = re.compile(
    r"^'?\d{1,4}(?:[:/.\-]\d{1,4}){0,2}"
    r"(?:st|nd|rd|th|am|pm|a\.m\.|p\.m\.|s|m|h|d|w|y|mo|min|mins|hr|hrs|yr|yrs|wk|wks)?[.,]?$",
    re.IGNORECASE,
)
_QUOTE_RE = re.compile(r"^>+\s?")
_HAS_WORD_RE = re.compile(r"\w")
_RULE_LINE_RE = re.compile(r"^[-–—_=*~#+.·•\s\u2500-\u257f]{3,}$")
_WROTE_RE = re.compile(
    # v8: or a relative time before the name ('8 minutes ago, Jud said:', Invision).
    r"^(?:on\s+[^,]{3,60},\s*|\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago,\s*)?"
    r"(?P<author>[^\s>].{0,80}?)\s+(?:"
    + "|".join(ATTRIBUTION_VERBS)
    + r")(?:\s+(?:am|on|le|el|il|op|em|den|at)\s+[\d./\-, :apm]{3,40}?"
    # v5: '(På 14.2.2025 den 11.42)', 'op dinsdag 11 maart 2025 @ 12:24'
    + r"|\s*\([^()]{3,50}\d[^()]{0,20}\)|\s+(?:op|on|am|le|el|il|em|på)\s+.{0,40}?\d.{0,25}?"
    # v8: the bare date and time ('bullen78 skrev 2025-03-05 09:10:', Familjeliv).
    + r"|\s+\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}(?:,?\s+\d{1,2}[:.]\d{2})?"
    + r")?\s*(?::|\.{3}|…)\s*$",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"<[^<>@\s]+@[^<>\s]+>|\([^()@\s]+@[^()\s]+\)")
_QUOTED_BY_RE = re.compile(
    r"^(?:quote:?\s*)?(?:" + "|".join(QUOTE_PREFIXES) + r")\s*:?\s+(?P<author>.{1,60}?)\s*:?$",
    re.IGNORECASE,
)
# 'Reply 2 of 6, by dosbox_refugee' (Vogons): a reply's number counts the thread's.
_NUMBERED_RE = re.compile(
    r"^(?:#\s?|(?:post|comment|reply)\s*#\s*|(?:post|comment)\s+|reply\s+(?=\d+\s+of\s+\d)"
    # Pantip's 'ความคิดเห็นที่ 1-2' ('comment no. 1-2': the second answer to comment 1).
    r"|(?P<thai>ความคิดเห็นที่\s*))"
    r"(?P<num>\d{1,6}(?(thai)(?:-\d{1,4})?))\b(?:\s+of\s+\d{1,6})?"
    r"\s*(?:[:.,·•|–—-]\s*)?(?:by\s+)?(?P<rest>.*)$",
    re.IGNORECASE,
)
_MENTION_RE = re.compile(r"^@\w{1,40}")
_SEPARATOR_CHARS_RE = re.compile(r"\s*([·•|])\s*")
_RELATIVE_UNIT_RE = re.compile(r"^\d+(?:s|m|h|d|w|y|mo|min|mins|hr|hrs)\.?$")
_DIGIT_RE = re.compile(r"\d")
_SHAPE_DIGITS_RE = re.compile(r"\d+")
_TIME_WORD_HINT_RE = re.compile(
    r"\b"
    + any_of(RELATIVE_TIME_WORDS | (RELATIVE_TIME_WORDS_INTL - {"vor", "hace", "fa"}))
    + r"\b",
    re.IGNORECASE,
)


_POST_NUMBER_RE = re.compile(r"(?:^|\s)#\s?(\d{1,6})$")


def post_number(text: str) -> int | None:
    """The number a post header ends with ('#1', '03-04-2025, 05:48 PM #1'), or None."""
    m = _POST_NUMBER_RE.search(text.strip())
    return int(m.group(1)) if m else None


def has_digit(text: str) -> bool:
    """Any digit in the text: the first question of several rules that compare lines."""
    return _DIGIT_RE.search(text) is not None


def digits_masked(text: str) -> str:
    """The text with every number written 0: 'Thumb up 12' and 'Thumb up 3' compare equal."""
    return _SHAPE_DIGITS_RE.sub("0", text)


def _may_hold_time(text: str) -> bool:
    """A digit or a relative time word ('ago', 'gestern'): every time line has one. The
    digit is looked for alone first, which is several times faster than one pattern
    for both."""
    return has_digit(text) or _TIME_WORD_HINT_RE.search(text) is not None


# '18h12' (French clock times) and '3.' (German day numbers) beside _NUMERIC_TIME_RE.
_CLOCK_H_RE = re.compile(r"^\d{1,2}h\d{2}$")
_TIME_WORDS: dict[str, int] = {
    **{w: 1 for w in TIME_FILLER | TIME_FILLER_INTL},
    **{w: 1 for w in TIME_UNITS | MONTHS | WEEKDAYS | TIME_VERBS},
    **{w: 1 for w in TIME_UNITS_INTL | MONTHS_INTL | WEEKDAYS_INTL | MONTHS_MORE},
    **{w: 1 for w in MONTHS_EAST},
    **{w: 2 for w in RELATIVE_TIME_WORDS | RELATIVE_TIME_WORDS_INTL},
    **{w: 1 for w in TIME_UNITS_MORE | TIME_FILLER_MORE | DAY_WORDS_MORE},
    **{w: 2 for w in RELATIVE_TIME_WORDS_MORE},
    **{w: 1 for w in TIME_UNITS_BALTIC_SLAVIC},
    **{w: 2 for w in RELATIVE_TIME_WORDS_BALTIC_SLAVIC},
    **{w: 1 for w in TIME_UNITS_SOUTH},
    **{w: 2 for w in RELATIVE_TIME_WORDS_SOUTH},
}
# '3시간 전', '3時間前', '2小时前': a count glued to its unit, and 'ago' glued too.
_GLUED_TIME_RE = re.compile(
    r"^\d{1,3}\s?(?:초|분|시간|일|주|개월|년|秒|分|分钟|時間|小时|小時|日|天|週間|周|か月|ヶ月"
    r"|个月|個月|年)(?:前|전)?$|^(?:전|前)$"
)
# Tokens repeat across a thread ('ago', 'hours', '·'): their kind is computed once.
_TIME_KIND_CACHE: dict[str, int] = {}
_TIME_KIND_CACHE_MAX = 200_000
_NAME_TOKEN_RE = re.compile(r"^(?:/?u/)?[\w@][\w@.'’\-]*$")  # 'u/name': Reddit


def _is_name_token(tok: str) -> bool:
    """A token a name can hold. The combining marks that `\\w` leaves out (the vowel
    signs of the Indic and South-East Asian scripts: the 'ि' of Marathi 'अस्मिता', the
    'ী' of Bengali; Hebrew and Arabic points) are part of a name; a script's punctuation
    (the danda '।') is not."""
    if _NAME_TOKEN_RE.match(tok):
        return True
    if tok.isascii() or not _COMBINING_MARK_RE.search(tok):
        return False
    bare = _COMBINING_MARK_RE.sub("", tok)
    return bool(bare) and _NAME_TOKEN_RE.match(bare) is not None


def _combining_mark_class() -> str:
    """A regex character class of every combining mark (Unicode category M) in the
    Basic Multilingual Plane, built once: names are tested on every short line."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]"


_COMBINING_MARK_RE = re.compile(_combining_mark_class())


_PROFILE_RE = re.compile(
    r"^(?:" + "|".join(PROFILE_FIELDS) + r")\s*:\s*(?:\S|$)"
    r"|^liked\s+[\d,]+\s+times?\s+in\s+[\d,]+\s+posts?$"
    r"|^\d[\d,.]*k?\s*(?:reputation|rep)?\s*(?:\d+\s*(?:(?:gold|silver|bronze)\s*)?badges?\s*)+$"
    r"|^\d[\d,]*(?:\s*(?:gold|silver|bronze)\s*badges?\d*)+$"
    r"|^(?:author\s+)?topic:\s.{1,120}\(read [\d,]+ times\)$"
    # Bitcointalk's SMF card: 'Activity: 2870', 'Merit: 7348', and the rank's stars ('*').
    r"|^(?:activity|merit)\s*:\s*[\d,]+$|^\*{1,6}$|^merited by\s.{1,160}$"
    # 'Joined 2019' on its own line (VerticalScope's XenForo card), also after the rank
    # ('Medlem ● Registrerad feb 2012', SweClockers).
    r"|^(?:[^\W\d_][^●·•|\d]{0,30}[●·•|]\s*)?(?:joined|registrerad|registrert|registreret)"
    r"\s+(?:[^\W\d_]{3,9}\.?\s+)?\d{4}$"
    # 'user #412288 212 posts' (Whirlpool): a member number before the counts.
    r"|^(?:user\s*#\d+\s+)?\d[\d,.]*k?\s+"
    r"(?:reviews?|contributions?|ratings?|photos?|helpful votes?|followers?"
    r"|friends?|posts?|comments?|karma|points?)(?:\s*[·•|,]\s*\d[\d,.]*k?\s+(?:reviews?|"
    r"contributions?|ratings?|photos?|helpful votes?|followers?|friends?|posts?|karma))*"
    # '143 posts · Joined 2021' (VerticalScope's XenForo): the year the poster joined.
    r"(?:\s*[·•|,]\s*joined\s+(?:[^\W\d_]{3,9}\.?\s+)?\d{4})?$"
    # v5: the post count in other languages ('2.318 messaggi', Invision in Italian).
    r"|^\d[\d,.]*k?\s+(?:messaggi|messages|beiträge|mensajes|mensagens|berichten|inlägg"
    r"|innlegg|indlæg|viestiä|postów|příspěvků|hozzászólás|mesaj|сообщений|повідомлень"
    r"|postova|objava)$",
    re.IGNORECASE,
)
_MAIL_FIELD_RE = re.compile(r"^(?:" + "|".join(MAIL_FIELDS) + r")\s*:\s*\S", re.IGNORECASE)
_MAIL_FROM_RE = re.compile(
    r"^from:\s*\"?(?P<author>[^<>\"@()]{1,60}?)\"?\s*(?:<[^<>\s]+@[^<>\s]+>|\([^()\s]+@[^()\s]+\))?$"
    r"|^from:\s*(?P<addr>[^<>\s]+)@[^<>\s]+$",
    re.IGNORECASE,
)
_SUBJECT_RE = re.compile(r"^(?:re|aw|fwd?)\s*:\s*\S", re.IGNORECASE)
# '-- ' (mail, RFC 3676) and vBulletin's '__________________' over a poster's signature;
# a row of block characters ('▄▄███████████▄▄') opens Bitcointalk's signature banners.
_SIG_DASH_RE = re.compile(r"^(?:--|_{10,}|[\u2580-\u259f]{4,})\s*$")
# KakaoTalk's PC export: '[소연] [오후 2:08] 넵 확인했습니다!', the name first, then the time.
_NAMED_CHAT_RE = re.compile(
    r"^\[(?P<name>[^\[\]]{1,40})\]\s*\[(?:오전|오후|am|pm|午前|午後)?\s*\d{1,2}:\d{2}"
    r"(?:\s*[ap]\.?m\.?)?\]\s*(?P<text>\S.*)$",
    re.IGNORECASE,
)
_CHAT_RE = re.compile(
    r"^(?:[\[(](?P<t1>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)[\])]\s*"
    r"|(?P<t2>\d{1,2}:\d{2}(?::\d{2})?)\s+)?"
    r"(?:<(?P<n1>[@+%~&]?[\w.\-|^`\[\]{}]{1,30})>|(?P<n2>[\w.\-]{1,30}):)\s+(?P<text>\S.*)$",
    re.IGNORECASE,
)
# Pieces of a forum post header that are neither a name nor a time: 'Post by', 'by',
# '»', '#12', '(#123)', '(Score:2)', '[–]', '312 points', '« Reply #3 on:', 'Old';
# phpBB styles that number posts ('#3: Post by') and badge the poster ('Supporter ♡',
# '(original poster)'), prosilver's 'Unread post by' on posts the reader has not seen,
# and 'Posted on DATE | By NAME'.
_HEADER_CHROME_RE = re.compile(
    r"^\s*#\d{1,7}:?\s+(?:post(?:ed)?\s+)?by\b|\((?:original poster|op|topic starter)\)"
    r"|\b(?:supporter|sponsor|donor|moderator|admin)\s*[♡♥❤★☆]"
    r"|\(\s*#?\d+\s*\)|\(score:\s*-?\d+[^)]{0,30}\)|\[\s*[–\-+]\s*\]"
    r"|-?\d[\d,.]*k?\s+points?\b|\b(?:reply|post|comment)\s*#\s*\d+\b|#\d{1,9}\b"
    r"|[«»]|^\s*old\b|^\s*(?:unread\s+)?(?:post(?:ed)?\s+)?by\b|\bon:"
    # 'Posted on 12-03-2025 15:02 | By Bayboy' (SunLive): the name last, after a bar.
    r"|^\s*posted\s+on\b|[|·•]\s*by\b",
    re.IGNORECASE,
)
_HEADER_MARKS = ("by", "#", "»", "«", "[", "point", "old", "on:", "score")
_NUMBER_ITEM_RE = re.compile(r"^(?P<num>\d{1,4})[.)]\s+(?P<text>\S.*)$")


def without_list_number(text: str) -> str:
    """'3. Dan T.' -> 'Dan T.': a numbered list's item without its number."""
    m = _NUMBER_ITEM_RE.match(text.strip())
    return m.group("text") if m else text


_SIGNED_COUNT_RE = re.compile(r"^[(\[]?[+\-−]?\d[\d,.]*k?[)\]]?$", re.IGNORECASE)


# --------------------------------------------------------------------------- helpers


# Runs of kana and Han characters: Japanese and Chinese write words without spaces.
_UNSPACED_SCRIPT_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# About how many such characters make a word ('登山' 'climbing', '日帰り' 'day trip').
UNSPACED_CHARS_PER_WORD = 2


def count_words(text: str) -> int:
    """Words of a line: its whitespace-separated tokens, or, when it holds more kana and
    Han characters than that, one word for every two of them. A Japanese paragraph has
    no spaces, and read as one word it would pass every 'short line' test a headline, a
    name or a button passes. Every rule and both learned scorers read this count; the
    scorers' weights were fitted with the old one and were kept (no page lost)."""
    tokens = len(text.split())
    if text.isascii():
        return tokens
    # What the substitution removes is the line's kana and Han (one pass, in C).
    unspaced = len(text) - len(_UNSPACED_SCRIPT_RE.sub("", text))
    if not unspaced:
        return tokens
    return max(tokens, -(-unspaced // UNSPACED_CHARS_PER_WORD))


def make_line(index: int, text: str, gap: int, block: int) -> Line:
    """Build a `Line` with its derived facts computed once (rules run on every line)."""
    # Most lines are ASCII: their words are their tokens, without a call (1 MB: 24k lines).
    words = len(text.split()) if text.isascii() else count_words(text)
    return Line(index, text, text.lower(), words, gap, block)


def strip_quote_marks(text: str) -> str:
    """A quoted line without its leading '>' marks."""
    return _QUOTE_RE.sub("", text).strip()


def ends_sentence(text: str) -> bool:
    """True when a line ends the way a sentence or paragraph ends."""
    return text.rstrip().endswith(_TERMINAL)


def ends_with_stop(text: str) -> bool:
    """True when a line ends with a sentence's own stop: a bracket, a closing quote
    mark or a colon closes labels and names too ('(In reply to X from comment #1)')."""
    return text.rstrip().endswith(_STOPS)


def _tokens(text: str) -> list[str]:
    """Split on whitespace with header separators (· • |) as tokens of their own."""
    if "·" not in text and "•" not in text and "|" not in text:
        return text.split()
    return _SEPARATOR_CHARS_RE.sub(r" \1 ", text).split()


def _time_token(raw: str) -> int:
    """0: not a time token; 1: time filler ('on', 'May', 'hours', 'Stunden'); 2: an
    anchor that makes a line a time (a number, '3h', 'ago', 'gestern'). Cached: the
    same few tokens recur on every header of a long thread."""
    kind = _TIME_KIND_CACHE.get(raw)
    if kind is None:
        kind = _time_token_kind(raw)
        if len(_TIME_KIND_CACHE) < _TIME_KIND_CACHE_MAX:
            _TIME_KIND_CACHE[raw] = kind
    return kind


def _ends_untimed(text: str) -> bool:
    """True when the line's last word is neither a time token nor a thread link, so no
    header reading can succeed (checked before tokenising; separators glued to the
    word, as in '3h·', leave the question to the full reading)."""
    parts = text.rsplit(None, 1)
    last = parts[-1] if parts else ""
    if not last or "·" in last or "•" in last or "|" in last:
        return False
    return not _time_token(last) and last.lower() not in THREAD_NAV_WORDS


def _starts_untimed(text: str) -> bool:
    """True when the first word cannot begin a time line (see `_ends_untimed`)."""
    parts = text.split(None, 1)
    first = parts[0] if parts else ""
    if not first or "·" in first or "•" in first or "|" in first:
        return False
    return not (_time_token(first) or _DOTTED_DATE_RE.match(first))


def _time_token_kind(raw: str) -> int:
    if len(raw) == 1 and raw.isupper() and raw.lower() in TIME_UNITS:
        # A capital alone is a name's initial ('Stephen W', 'Helen M'); a time's unit
        # letter is lower case ('3 h').
        return 0
    tok = raw.lower().strip("(),[]*")
    if not tok:
        return 1
    if tok.startswith("@") and tok[1:2].isdigit():
        # Slashdot writes '@10:15AM'.
        tok = tok[1:]
    bare = tok.rstrip(".,:")  # "Last updated on: May 3": a label's colon
    if _NUMERIC_TIME_RE.match(tok) or _CLOCK_H_RE.match(bare) or _GLUED_TIME_RE.match(tok):
        return 2
    return _TIME_WORDS.get(bare) or _TIME_WORDS.get(tok, 0)


# '12.mar.2024' (Folha) and 'May.14.2025' (Reason): a day, month and year run together.
# '2025-Mar-11,' (Whirlpool): the year first, dashes.
_DOTTED_DATE_RE = re.compile(
    r"^(\d{1,2})\.([^\W\d_]{3,5})\.(\d{2,4}),?$|^([^\W\d_]{3,5})\.(\d{1,2})\.(\d{4}),?$"
    r"|^(\d{4})-([^\W\d_]{3,5})-(\d{1,2}),?$"
)


def is_timestamp_tokens(tokens: Sequence[str]) -> bool:
    """True when every token is a date, a time or time filler, with a digit or 'ago'.
    A dotted date ('12.mar.2024', Folha) counts as its day, month and year."""
    anchored = False
    expanded: list[str] = []
    for raw in tokens:
        dotted = _DOTTED_DATE_RE.match(raw)
        expanded.extend([g for g in dotted.groups() if g] if dotted else [raw])
    for raw in expanded:
        kind = _time_token(raw)
        if kind == 0:
            return False
        anchored = anchored or kind == 2
    return anchored


_DECORATION_RE = re.compile(r"^[^\w\s.,;:!?\"'()\[\]<>@#]+$")


_INITIALS_RE = re.compile(r"^(?:[^\W\d_]\.){2,4}$")


def _is_initials(tok: str) -> bool:
    """'J.R.' is a name's initials; 'e.g.' and 'a.m.' are no name."""
    return tok[:1].isupper() and _INITIALS_RE.match(tok) is not None


_GLUED_INITIAL_RE = re.compile(r"[a-z][A-Z]\.$")


_BRACKETED_NAME_PART_RE = re.compile(r"^\([^\W\d_][\w.\-']*\)$")


def is_name(tokens: Sequence[str], config: SplitConfig) -> bool:
    """True when tokens look like a user or display name, not the start of a sentence.

    Emoji that decorate a display name ('Gemma 🌸', '✨ Priya ✨') are part of the name."""
    tokens = list(tokens)
    while tokens and _DECORATION_RE.match(tokens[-1]):
        tokens.pop()
    while tokens and _DECORATION_RE.match(tokens[0]):
        tokens.pop(0)
    if not 1 <= len(tokens) <= config.author_max_words:
        return False
    if sum(len(t) for t in tokens) + len(tokens) - 1 > config.author_max_chars:
        return False
    if tokens[0].lower().rstrip(":") in NOT_NAME_WORDS:
        return False
    for k, tok in enumerate(tokens):
        if k and tok[:1] == "(" and _BRACKETED_NAME_PART_RE.match(tok):
            continue  # 'Martha (Jones)', 'Rhiannon (mod)': a name's bracketed last part
        if not _is_name_token(tok):
            return False
        if tok.endswith(("!", "?", ":", ";")):
            return False
        # "J.", "Jr." and "K.W." are initials, as is one glued to a name ("MikeG.",
        # UKworkshop); any other token ending in "." ends a sentence.
        if (
            tok.endswith(".")
            and len(tok.rstrip(".")) > 2
            and not _is_initials(tok)
            and not _GLUED_INITIAL_RE.search(tok)
        ):
            return False
        if tok.isdigit():
            return False
    return True


# A poster's IP address shown masked ('IP: 197.221.***.***', 'IP: 78.58.xx.xx'; the
# paste cleaner may have eaten the stars): news sites with anonymous comments print it
# on the comment's card (Bulawayo24, Delfi), never in what the reader wrote.
_MASKED_IP = r"IP\s*:?\s*\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3}|)){1,3}"
_MASKED_IP_RE = re.compile(rf"^{_MASKED_IP}$", re.IGNORECASE)
_MASKED_IP_TAIL_RE = re.compile(rf"\s+[|·•]\s*{_MASKED_IP}$", re.IGNORECASE)


def split_author_time(text: str, config: SplitConfig) -> tuple[str, str] | None:
    """Split 'name · 3h ago' into ('name', '3h ago'), or None when it is not such a line.
    The poster's masked IP after the time ('Sis Thandi - 12 Mar 2025 at 07:40hrs | IP:
    77.246.***.***', Bulawayo24) is chrome of the header, with the time."""
    ip = _MASKED_IP_TAIL_RE.search(text) if "IP" in text else None
    if ip:
        split = split_author_time(text[: ip.start()], config)
        return (split[0], f"{split[1]}{ip.group()}") if split else None
    # Cheap pre-checks first: this runs on every short line of a 1 MB thread. A header
    # ends in its time or in thread links; most text lines end in a plain word.
    if _ends_untimed(text) or not _may_hold_time(text) or _ends_in_bare_number(text):
        return None
    tokens = _tokens(text)
    if len(tokens) < 2 or len(tokens) > config.chrome_max_words + config.author_max_words:
        return None
    # Thread links after the time are chrome of the header, not part of the name.
    end = len(tokens)
    while end > 1 and tokens[end - 1].lower() in THREAD_NAV_WORDS:
        end -= 1
    nav, tokens = tokens[end:], tokens[:end]
    # The time part is the longest run of time tokens at the end of the line; one
    # backwards pass instead of trying every split point.
    j = len(tokens)
    while j > 0 and _time_token(tokens[j - 1]):
        j -= 1
    if j == 0 or j == len(tokens):
        return None
    rest = tokens[j:]
    k = j
    while k > 0 and tokens[k - 1].lower() in HEADER_SEPARATORS:
        k -= 1
    # "Peter, 03/05/2016 10:15": a comma closing the name separates it like '·' does.
    separated = k < j or (k > 0 and tokens[k - 1].endswith(","))
    while rest and rest[0].lower() in HEADER_SEPARATORS:
        separated = True
        rest = rest[1:]
    if not separated and _lone_number(rest) and not any(m in text for m in (",", "\t", "  ")):
        # '... attack ISIS. (post 3)': a number is no relative time, and with no
        # separator, comma or wide space below to mark a header, it is a line's last word.
        return None
    author = [t.rstrip(",") for t in tokens[:k]]
    if not rest or not author or not is_timestamp_tokens(rest) or _duration_now(rest):
        return None
    place: list[str] = []
    if len(author) > 1 and any(t.endswith(",") for t in tokens[: k - 1]):
        # 'Pete, Leeds, United Kingdom, 2 hours ago' (Daily Mail): the name is the part
        # before the first comma, the place names after it are chrome of the header.
        cut = next(n for n, t in enumerate(tokens[:k]) if t.endswith(",")) + 1
        place = tokens[cut:k]
        author = [t.rstrip(",") for t in tokens[:cut]]
        if not all(p.rstrip(",")[:1].isupper() for p in place):
            return None
        separated = True
    target: list[str] = []
    # No gate before it: its own first test (a marker's first word among the tokens, or
    # a wide space) is cheaper than any search of the text.
    if len(author) > 1:
        author, target = _split_reply_to(author, text, config)
    # One word closed by a full stop is a name when a separator stands after it ('भरत. |
    # 11 March, 2025 - 19:20', Maayboli): a sentence does not end at '|' or '·'.
    dotted = (
        len(author) == 1
        and author[0].endswith(".")
        and tokens[k : k + 1] in ([sep] for sep in _SYMBOL_SEPARATORS)
    )
    if not is_name(author, config) and not (dotted and is_name([author[0][:-1]], config)):
        return None
    relative = (
        any(_time_token(t) == 2 and not t[:1].isdigit() for t in rest)
        or any(_RELATIVE_UNIT_RE.match(t.lower()) for t in rest)
        or " il y a " in f" {' '.join(rest).lower()} "
    )
    # Without a separator, only a relative time ("3 hours ago") marks a header:
    # "Sky News 3 May 2016" inside an article must not open a reply.
    if separated or relative or _has_wide_space(text, author):
        # Symbol separators go; word separators ('said', 'on') stay with the time so
        # that no word of the line is lost.
        chrome = target + place + tokens[k:] + nav
        while chrome and chrome[0] in SECTION_CONNECTORS:
            chrome = chrome[1:]
        return " ".join(author), " ".join(chrome)
    return None


def _duration_now(rest: Sequence[str]) -> bool:
    """'a year now' ('Been quiet for over a year now.', TacomaWorld): a time unit then
    'now' is how long something has lasted, said in a sentence; a card's time says
    'now' alone or 'just now'."""
    words = [t.lower().rstrip(".!,") for t in rest[-2:]]
    return len(words) == 2 and words[1] == "now" and words[0] in TIME_UNITS


# The separators that are no words: a full stop before one closes a name, not a sentence.
_SYMBOL_SEPARATORS = ("|", "·", "•")
# A header separator, a comma or a wide space: any of them lets a number be a time.
_BARE_NUMBER_BLOCKER_RE = re.compile(r"[·•|,\t]|  ")


def _ends_in_bare_number(text: str) -> bool:
    """True for '... attack ISIS. (post 3)': a plain number after an ordinary word, with
    no separator, comma or wide space anywhere. `split_author_time` would tokenise the
    line and then refuse it for its lone number; this asks the same questions of the
    last two words only, as prose lines ending in a number are common."""
    if _BARE_NUMBER_BLOCKER_RE.search(text):
        return False
    parts = text.rsplit(None, 2)
    if len(parts) < 2 or not _lone_number(parts[-1:]):
        return False
    before = parts[-2]
    return (
        not _time_token(before)
        and before.lower() not in HEADER_SEPARATORS
        and parts[-1].lower() not in HEADER_SEPARATORS
    )


def _lone_number(tokens: Sequence[str]) -> bool:
    """One token, a plain number ('3)', '2015'), as the time part of a would-be header."""
    return len(tokens) == 1 and tokens[0][:1].isdigit() and tokens[0].strip("()[],.:").isdigit()


def _split_reply_to(
    author: list[str], text: str, config: SplitConfig
) -> tuple[list[str], list[str]]:
    """Split a header's name part into the poster and the poster they answer: 'Gary
    Pulaski ▸ RiversideMom', 'Ann replied to Bob', or two names a wide space apart
    ('D. Ortiz fan  Gary Pulaski', Disqus). Returns (poster, rest); rest is empty when
    the name part names one person. Both sides must be names."""
    if len(author) < 2:
        return author, []
    lowered = [t.lower() for t in author]
    if not _REPLY_TO_FIRST.isdisjoint(lowered[1:]):
        for n in range(1, len(author)):
            for marker in _REPLY_TO_BY_FIRST.get(lowered[n], ()):
                if tuple(lowered[n : n + len(marker)]) == marker:
                    target = author[n + len(marker) :]
                    if is_name(author[:n], config) and is_name(target, config):
                        return author[:n], author[n:]
    m = _WIDE_NAME_GAP_RE.match(text) if ("  " in text or "\t" in text) else None
    if m:
        head = m.group(1).split()
        n = len(head)
        if (
            0 < n < len(author)
            and author[:n] == head
            and is_name(head, config)
            and is_name(author[n:], config)
        ):
            return head, author[n:]
    return author, []


def _has_wide_space(text: str, author: Sequence[str]) -> bool:
    """True when the author is followed by two or more spaces or a tab in the raw line."""
    head = " ".join(author)
    pos = text.find(author[-1]) + len(author[-1]) if author else -1
    if pos <= 0 or not text.startswith(author[0]) or len(head) > len(text):
        return False
    return text[pos : pos + 2] == "  " or text[pos : pos + 1] == "\t"


# A button and its count with no space between ('赞(86)', Douban).
_GLUED_COUNT_RE = re.compile(r"^(?P<word>[^\W\d_]+)\((?P<count>\d[\d,.]*k?)\)$")


def _chrome_tokens(line: Line) -> list[str]:
    """Lower-cased tokens of a line with separators and punctuation removed; a count
    glued to its button is a token of its own."""
    out = []
    for tok in _tokens(line.lower):
        glued = _GLUED_COUNT_RE.match(tok) if tok.endswith(")") else None
        if glued:
            out.extend(glued.group("word", "count"))
            continue
        tok = tok.strip("()[]{},.:;!?\"'›»<>*")
        if tok and tok not in SECTION_CONNECTORS:
            out.append(tok)
    return out


# --------------------------------------------------------------------------- line rules

LineRule = Callable[[Line, SplitConfig], "LineMatch | None"]


# 'Quoting Willows Resident: "Take away a lane …"' (Embarcadero): the quote on the
# attribution's own line, in quotation marks.
_INLINE_QUOTING_RE = re.compile(
    r"^(?:quoting|quote from|zitat von|citando|citation de)\s+[^:\"“„«]{1,60}:\s*[\"“„«].+[\"”“»]$",
    re.IGNORECASE,
)


@rule("quote.angle.v2")
def quote_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """'> text' lines quote an earlier post (mail and forum style); checked first so a
    quoted line is never mistaken for chrome. v2: 'Quoting X: "…"', the attribution and
    the quote in one line."""
    if _QUOTE_RE.match(line.text):
        return LineMatch(quote_line.rule_id, ROLE_QUOTE)
    if line.text[:1] in "QqZzCc" and _INLINE_QUOTING_RE.match(line.text):
        return LineMatch(quote_line.rule_id, ROLE_QUOTE)
    return None


@rule("boilerplate.image_file.v3")
def image_file(line: Line, config: SplitConfig) -> LineMatch | None:
    """A bare image file name ('Secrets-of-ISIS-revealed (1).png', example 000) is what a
    page paste leaves where a picture stood. v2: a forum's attachment, its size after the
    name ('ringing_470u.png (45.12 kB. 800x480 - viewed 212 times.)', SMF), and the
    'Attachments:' label over it. v3: a count after the size, in any words ('tip_test.jpg
    (201.7 KiB) Viewed 612 times', phpBB)."""
    if line.words <= 12 and _IMAGE_RE.match(line.text):
        return LineMatch(image_file.rule_id, ROLE_BOILERPLATE, "image")
    return None


def _pattern_rule(
    rule_id: str,
    pattern: re.Pattern[str],
    kind: str,
    doc: str,
    limit: str | None = None,
    search: bool = False,
    needs: str = "",
) -> LineRule:
    """Build a boilerplate rule that is one pattern test on a line of at most
    `config.<limit>` words: the shape several rules share (captions, related links,
    disclaimers, calls to action, forum state), written once. `needs` is a character the
    pattern cannot match without, tested first because these rules see every line."""
    test = pattern.search if search else pattern.match

    def pattern_rule(line: Line, config: SplitConfig) -> LineMatch | None:
        if limit is not None and line.words > getattr(config, limit):
            return None
        if needs and needs not in line.text:
            return None
        if test(line.text):
            return LineMatch(rule_id, ROLE_BOILERPLATE, kind)
        return None

    pattern_rule.__doc__ = doc
    pattern_rule.__name__ = pattern_rule.__qualname__ = rule_id.split(".")[1]
    return rule(rule_id)(pattern_rule)


caption_credit = _pattern_rule(
    "boilerplate.caption_credit.v1",
    _CREDIT_TAIL_RE,
    "caption",
    """A line ending in a photo credit ('... for years. Picture: AFP', example 002) is a
    caption, not article text.""",
    limit="caption_max_words",
    search=True,
    needs=":",
)


@rule("boilerplate.caption_paren.v1")
def caption_paren(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line ending in a parenthesised credit ('(Denis Balibouse/pool photo via AP)',
    example 004) is a caption."""
    if line.words > config.caption_max_words:
        return None
    m = _PAREN_TAIL_RE.search(line.text)
    if m and _PAREN_CREDIT_RE.search(m.group(1)):
        return LineMatch(caption_paren.rule_id, ROLE_BOILERPLATE, "caption")
    return None


related_link = _pattern_rule(
    "boilerplate.related_link.v1",
    _RELATED_RE,
    "related-link",
    """'Also Read: ...', 'RELATED:' (examples 001, 002) point at other stories.""",
    limit="related_max_words",
)


@rule("boilerplate.starred_headline.v1")
def starred_headline(line: Line, config: SplitConfig) -> LineMatch | None:
    """'*Headline' (no space after the star, example 002) is a related-story link; a
    '* item' bullet or a '*note.*' is not."""
    if (
        line.words <= config.related_max_words
        and _STARRED_RE.match(line.text)
        and not line.text.endswith(".")
    ):
        return LineMatch(starred_headline.rule_id, ROLE_BOILERPLATE, "related-link")
    return None


disclaimer = _pattern_rule(
    "boilerplate.disclaimer.v6",
    _DISCLAIMER_RE,
    "disclaimer",
    """'DISCLAIMER: The views ...' (example 003), copyright and policy lines. v2: and
    vBulletin's notice to first-time visitors over the thread. v3: a Latvian paper's
    ('Komentāri ir lasītāju viedoklis, un redakcija …'). v4: an Arabic paper's, Science
    X's editorial note ('This article has been reviewed according to …') and a comment
    window ('Comments are open for 72 hours after publication.'). v5: the commenting rules
    of BLOX papers ('Keep it Clean. Please avoid obscene, …', 'Be Proactive. …'). v6:
    comment moderation notices in Basque and Afrikaans.""",
)
call_to_action = _pattern_rule(
    "boilerplate.call_to_action.v7",
    _CTA_RE,
    "call-to-action",
    """'Join the conversation as a VIP Member' (example 004), 'Subscribe', 'Leave a
    reply': the page asking the reader to act. v2: Invision's reply box to a guest, UOL's
    subscriber prompt and Korean boards' log-in prompt. v3: UOL's prompt to subscribers,
    Pantip's log-in prompt, 'E-mail the story' (Phys.org), Invision's guest box and
    reader count in Italian, XenForo's reply prompt in Portuguese, and wpDiscuz's 'Would
    love your thoughts, please comment.' v4: XenForo's box to a guest in Turkish ('Cevap
    yazmak için giriş yapmalı veya kayıt olmalısınız.'). v5: that box in XenForo 2's
    English and ten more languages, Invision's in Norwegian and Swedish, phpBB's reply
    prompt ('You must log in or sign up to reply here.', 'Du skal være logget ind for
    at kunne svare', 'Bli med i samtalen'). v6: the box in Icelandic, Afrikaans,
    Lithuanian, Slovenian, Bulgarian, Spanish and Czech, XenForo 1's log-in form ('Your
    name or email address:'), and Invision's and WoltLab's guest boxes in seven more
    languages. v7: XenForo's and GitLab's guest prompts in Spanish and French ('Tienes que
    iniciar sesión o registrarte …'), WordPress's comment form in Dutch and Swahili, and
    Blogger's feed link in Norwegian ('Abonner på: Legg inn kommentarer (Atom)').""",
    limit="cta_max_words",
)


# The send button of a comment form, alone on its line under the form's fields: the
# same few words on every site of a language ('Post Comment', 'Skelbti', 'Absenden').
COMMENT_FORM_BUTTONS = frozenset(
    {
        "submit",
        "submit comment",
        "post comment",
        "send comment",
        "publish comment",
        "absenden",
        "kommentar absenden",
        "envoyer",
        "publier",
        "publier le commentaire",
        "enviar",
        "enviar comentario",
        "enviar comentário",
        "publicar",
        "publicar comentario",
        "publicar comentário",
        "invia",
        "pubblica",
        "pubblica commento",
        "plaatsen",
        "plaats reactie",
        "verstuur",
        "skicka",
        "publicera",
        "send",
        "publiser",
        "lähetä",
        "julkaise",
        "wyślij",
        "opublikuj",
        "dodaj komentarz",
        "odeslat",
        "publikovat",
        "odoslať",
        "gönder",
        "yorum gönder",
        "trimite",
        "publică",
        "küldés",
        "kirim",
        "skelbti",
        "siųsti",
        "publicēt",
        "nosūtīt",
        "публикувай",
        "изпрати",
        "објави",
        "пошаљи",
        "objavi",
        "pošalji",
        "pošlji",
        "отправить",
        "опубликовать",
        "надіслати",
        "שלח",
        "פרסם",
    }
)


# WordPress's reply form opens with its heading and the link that folds the form back
# under the comment being answered, pasted on one line: 'Leave a Reply Cancel reply'.
# The link's words are the theme's translation of 'Cancel reply'.
RESPOND_FORM_CANCEL_LINKS = (
    "cancel reply",
    "annuler la réponse",
    "antwort abbrechen",
    "cancelar respuesta",
    "cancelar resposta",
    "annulla risposta",
    "reactie annuleren",
    "avbryt svar",
    "annuller svar",
    "peruuta vastaus",
    "anuluj pisanie odpowiedzi",
    "zrušit odpověď",
)
RESPOND_FORM_MAX_WORDS = 8


def _is_respond_form_heading(line: Line) -> bool:
    """'Leave a comment Cancel reply': the heading of WordPress's reply form."""
    return line.words <= RESPOND_FORM_MAX_WORDS and line.lower.rstrip(" .").endswith(
        RESPOND_FORM_CANCEL_LINKS
    )


@rule("boilerplate.comment_form_button.v1")
def comment_form_button(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Post Comment', 'Skelbti' (Delfi), 'Absenden': a comment form's send button pasted
    as a line of its own. The fields above it go by the learned scorer; the button, a
    verb alone, would otherwise open a reply of one word at the top of the comments."""
    if line.words > 3 or line.lower.strip(" .:›»") not in COMMENT_FORM_BUTTONS:
        return None
    return LineMatch(comment_form_button.rule_id, ROLE_BOILERPLATE, "call-to-action")


# What an empty comment box says until the reader types ('Add a comment...', Facebook's
# plugin in every language it ships in; a site's own 'Your comment...'), pasted as a line.
COMMENT_BOX_PROMPTS = frozenset(
    {
        "add a comment",
        "write a comment",
        "write a reply",
        "your comment",
        "bæta við athugasemd",
        "skrifa athugasemd",
        "viết bình luận",
        "bình luận của bạn",
        "escriu un comentari",
        "afegeix un comentari",
        "adicione um comentário",
        "escreva um comentário",
        "añade un comentario",
        "agrega un comentario",
        "ajouter un commentaire",
        "kommentar hinzufügen",
        "aggiungi un commento",
        "voeg een reactie toe",
        "schrijf een reactie",
        "skriv en kommentar",
        "kirjoita kommentti",
        "lisää kommentti",
        "dodaj komentarz",
        "napsat komentář",
        "pridať komentár",
        "napíšte komentár",
        "dodaj komentar",
        "napiši komentar",
        "adaugă un comentariu",
        "hozzászólás írása",
        "yorum yaz",
        "bir yorum ekle",
        "tulis komentar",
        "γράψτε ένα σχόλιο",
        "добавить комментарий",
        "напишите комментарий",
    }
)


@rule("boilerplate.comment_box.v1")
def comment_box(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Bæta við athugasemd...' (DV on Facebook's plugin), 'Bình luận của bạn...' (Dân
    trí): an empty comment box's prompt, over the first comment, where it would stand as
    a reply of its own. Only with the dots a box prints: without them a prompt may be a
    reader's words. Rules earlier in the cascade take some first ('Add a comment...' is a
    call to action, 'Dodaj komentarz...' the form's button, `comment_form_button`)."""
    text = line.lower.strip()
    if line.words > 6 or not text.endswith(("...", "…")):
        return None
    if text.rstrip(".… ") not in COMMENT_BOX_PROMPTS:
        return None
    return LineMatch(comment_box.rule_id, ROLE_BOILERPLATE, "call-to-action")


_PAGER_OPENERS = ("«", "‹", "←")
_PAGER_CLOSERS = ("»", "›", "→")


def _is_post_pager(text: str) -> bool:
    """'« Older post title' or 'Newer post title »': a short link led or closed by one
    arrow. A French quotation opens with '«' and closes with '»', so a line holding both
    kinds of arrow is no pager, nor is one whose link text ends a sentence or holds a
    separator ('7 △ ▽ • Reply•Share ›' is a comment's footer)."""
    text = text.strip()
    if text.startswith(_PAGER_OPENERS):
        inner, other = text[1:], _PAGER_CLOSERS
    elif text.endswith(_PAGER_CLOSERS):
        inner, other = text[:-1], _PAGER_OPENERS
    else:
        return False
    inner = inner.strip()
    words = len(inner.split())
    return (
        2 <= words <= 8
        and not any(mark in inner for mark in other)
        and not any(mark in inner for mark in "•·|")
        and not ends_sentence(inner)
    )


# Blogger's links under a post's comments, as pasted ('Newer Post Older Post Home').
BLOG_PAGER_LINES = frozenset(
    {
        "newer post older post home",
        "newer post home",
        "older post home",
        "newer posts older posts home",
    }
)
# The toggles of a blog's archive widget ('► 2025 (58)', '▼ March (9)').
_ARCHIVE_TOGGLE_RE = re.compile(r"^[►▼▶▸▾]\s*[^\W\d_]*\s*\d{0,4}\s*\(\d[\d,]*\)$")


@rule("boilerplate.post_pager.v2")
def post_pager(line: Line, config: SplitConfig) -> LineMatch | None:
    """A blog's links to the previous and next post ('« Links 3/11/2025',
    '2:00PM Water Cooler 3/11/2025 »', Naked Capitalism): after the comments, a pager
    line holding a time was read as a new comment's header. It runs after the share bar
    so that a comment footer such as Disqus' 'Share ›' stays a footer. A lone word
    ('« anterior', Menéame) is left to the thread's pager rules, which read it with the
    page numbers around it. v2: Blogger's 'Newer Post Older Post Home'."""
    if line.words > config.chrome_max_words:
        return None
    if _is_post_pager(line.text) or line.lower.strip() in BLOG_PAGER_LINES:
        return LineMatch(post_pager.rule_id, ROLE_BOILERPLATE, "navigation")
    return None


@rule("boilerplate.archive_toggle.v1")
def archive_toggle(line: Line, config: SplitConfig) -> LineMatch | None:
    """'▼ March (9)' in a blog's archive widget: a month and its post count read as a
    comment footer's time and count, and as that footer it closed the blog's sidebar
    into a last 'reply'. Before the share bar for that reason."""
    if line.text[:1] in "►▼▶▸▾" and _ARCHIVE_TOGGLE_RE.match(line.text.strip()):
        return LineMatch(archive_toggle.rule_id, ROLE_BOILERPLATE, "navigation")
    return None


@rule("boilerplate.navigation.v6")
def navigation(line: Line, config: SplitConfig) -> LineMatch | None:
    """Menus, breadcrumbs ('Home > World'), pagers ('Page 2 of 5') and skip links
    ('Skip to footer') of a pasted page. v2: breadcrumbs that do not start at 'Home'
    ('Ashen Frontier > General Discussions > Topic Details'): three or more short pieces
    joined by '>', '›' or '»', and the sign-in links of a site header ('Login',
    'Sign up'). v3: a pager among the thread's counts ('6 posts • Page 1 of 1', phpBB),
    between arrows ('< 1 >') and its page-size label ('Por página:', Steam). v4: a
    trail ending at the thread's title, SMF's pager ('Pages: [1]   print') and topic
    links, phpBB's 'Return to “Board”', and a menu pasted with tabs between its items. v5:
    a forum's thread tools ('Print Thread', 'Next Thread', 'Who's Online Now'). v6: a
    row of a table pasted with tabs, with a count or a date among its cells (the similar
    threads under a post: 'Pastiera senza canditi: si può?' / poster / board / '17' /
    '28-02-2025 11:46', in any language)."""
    if "\t" in line.text and _is_table_row(line.text):
        return LineMatch(navigation.rule_id, ROLE_BOILERPLATE, "navigation")
    if line.words > config.chrome_max_words:
        return _titled_breadcrumb(line, config)
    bare = line.lower.strip(" .:»›«‹")
    if bare in NAVIGATION_LINES or _BREADCRUMB_RE.match(line.text) or _PAGER_RE.match(bare):
        return LineMatch(navigation.rule_id, ROLE_BOILERPLATE, "navigation")
    if line.words <= 10 and "page" in line.lower and _PAGE_OF_RE.search(line.text):
        return LineMatch(navigation.rule_id, ROLE_BOILERPLATE, "navigation")
    if bare.startswith(SKIP_LINK_PREFIXES) and line.words <= 6:
        # Accessibility skip links ('Skip to footer', 'Skip to first unread message')
        # open most pages; 51 of the labelled layouts have one, in 13 wordings.
        return LineMatch(navigation.rule_id, ROLE_BOILERPLATE, "navigation")
    if bare in SIGN_IN_LINES or _is_tab_menu(line.text) or _RETURN_TO_BOARD_RE.match(bare):
        return LineMatch(navigation.rule_id, ROLE_BOILERPLATE, "navigation")
    return _titled_breadcrumb(line, config)


# phpBB's link back to the board under a topic: 'Return to “Computer Setup”'.
_RETURN_TO_BOARD_RE = re.compile(
    r"^(?:return to|zurück zu|retourner à|torna a)\s+[“\"«„].{1,80}[”\"»“]$", re.I
)


def _is_tab_menu(text: str) -> bool:
    """'Home	Help	Search	Login	Register' (SMF, vBulletin): a menu's cells, pasted
    with a tab between them; four or more short items, none a sentence."""
    cells = _tab_cells(text)
    return len(cells) >= 4 and all(_is_crumb(c) for c in cells)


def _tab_cells(text: str) -> list[str]:
    """The non-empty cells of a line pasted from a table or a menu with tabs between its
    cells; none unless it has four cells at least (three tabs)."""
    if text.count("\t") < 3:
        return []
    return [c.strip() for c in text.split("\t") if c.strip()]


# A table row's cell is a title, a name, a board, a count or a date: a few words at most.
TABLE_CELL_MAX_WORDS = 10


def _is_table_row(text: str) -> bool:
    """Four or more tab-separated cells, one of them a number or a date, none a
    sentence: a row of a thread list or of a table of counts."""
    cells = _tab_cells(text)
    if len(cells) < 4 or not any(has_digit(c) for c in cells):
        return False
    return all(len(c.split()) <= TABLE_CELL_MAX_WORDS and not c.endswith(".") for c in cells)


_CRUMB_SPLIT_RE = re.compile(r"\s[>›»]\s")


def _breadcrumbs(text: str, split_re: re.Pattern[str] = _CRUMB_SPLIT_RE) -> list[str]:
    return [c.strip() for c in split_re.split(text.strip().strip(">›» "))]


def _crumb_trail(text: str, split_re: re.Pattern[str] = _CRUMB_SPLIT_RE) -> list[str] | None:
    """The crumbs of a trail of three or more whose leading crumbs are short section
    names; the last one is the caller's to judge (a section, or the thread's title)."""
    crumbs = _breadcrumbs(text, split_re)
    if len(crumbs) < 3 or not all(_is_crumb(c) for c in crumbs[:-1]):
        return None
    return crumbs


def _is_crumb(crumb: str) -> bool:
    return bool(crumb) and len(crumb.split()) <= 4 and not ends_sentence(crumb)


def _titled_breadcrumb(line: Line, config: SplitConfig) -> LineMatch | None:
    """Breadcrumbs for navigation.v3 and v4. v4: a forum's trail that ends at the
    thread's own title ('Bitcoin Forum > Bitcoin > Technical Support > Transaction
    stuck for 3 days, can I still bump it?', SMF): three short crumbs before it make it
    a trail, however long the title is."""
    if line.words > config.chrome_max_words + config.title_max_words or not _CRUMB_GATE.search(
        line.text
    ):
        return None
    crumbs = _crumb_trail(line.text)
    if crumbs is None:
        return None
    titled = len(crumbs) >= 4 and 0 < len(crumbs[-1].split()) <= config.title_max_words
    if _is_crumb(crumbs[-1]) or titled:
        return LineMatch(navigation.rule_id, ROLE_BOILERPLATE, "navigation")
    return None


closed_marker = _pattern_rule(
    "boilerplate.closed_marker.v1",
    _CLOSED_RE,
    "forum-chrome",
    """'closed #7' (example 003) and 'This topic was automatically closed': forum state.
    The notice may run on ('... 7 days after the last reply. New replies are no longer
    allowed.', Discourse), so it is held to a call to action's length.""",
    limit="cta_max_words",
)


@rule("boilerplate.rule_line.v1")
def rule_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line of only dashes, stars or underscores ('----------') separates posts."""
    if (
        len(line.text) >= 3
        and not _HAS_WORD_RE.search(line.text)
        and _RULE_LINE_RE.match(line.text)
    ):
        return LineMatch(rule_line.rule_id, ROLE_SEPARATOR, "forum-chrome")
    return None


@rule("marker.comment_header.v7")
def comment_header(line: Line, config: SplitConfig) -> LineMatch | None:
    """'12 Comments', 'Replies', 'Comments (3)': the header between article and replies;
    chrome itself, and the strongest sign of where the replies start. v2: 'Comments 84',
    'all 214 comments', '6 thoughts on “Title”' (WordPress), '--- Replies ---'. v3: the
    reviews of shop and review sites ('Customer reviews', 'Top reviews from the UK'),
    'Showing 1-7 of 7 comments', Wikipedia's 'Latest comment: 3 days ago7 comments',
    and the header in Spanish, French, German, Italian, Dutch and Portuguese. v4: in ten
    more languages ('Коментари (37)', 'Komentarai (84)'). v5: not XenForo's 'Reactions:',
    the label of the names that reacted to a post (`vote_count` takes it as chrome);
    read as the comment header, it put the opening post's first reply in the article.
    v6: Haaretz's 'הצג את כל התגובות (31)' ('show all comments'). v7: in Bengali, Hindi,
    Marathi, Urdu and Persian ('মন্তব্য (৮)')."""
    if line.lower.strip() in XENFORO_REACTIONS_LABELS:
        return None
    if line.words <= config.chrome_max_words and _COMMENT_HEADER_RE.match(line.text.strip()):
        return LineMatch(comment_header.rule_id, ROLE_MARKER, "forum-chrome")
    return None


@rule("boilerplate.vote_count.v12")
def vote_count(line: Line, config: SplitConfig) -> LineMatch | None:
    """Counters and thread controls on their own line ('12 points', 'level 2',
    'Replying to @x', 'Load more'), left by Reddit, Twitter and Disqus pastes. v2: signed
    and bracketed counts ('(-41)', '11 △ ▽'), 'Rating 212', 'Sorted by:' and the sort
    options under it ('Most relevant', 'Highest score (default)'). v3: Twitter's reply
    chrome naming several people ('Replying to @a and @b', 'Replying to @a, @b and 3
    others'), which is chrome like the one-name form. v4: icon alt text left as words
    ('arrow-up', 'thumbs-down', Lemmy). v5: 'Load 10 more comments' (Facebook's plugin),
    Khoros's post menu ('Report Inappropriate Content'), 'Write a Reply...', the
    'Comment' button in eleven languages ('Kommentieren') and '共86条回复，点击查看'. v6: up
    and down counts side by side ('+64 / -5'). v7: a widget's 'Loading...' placeholder,
    and XenForo's 'Reactions:' label. v8: the Thai 'Comment' button, vBulletin's 'Quote:'
    label in eleven more languages ('Citiraj:'), and Discourse's topic map ('created',
    'last reply', 'users', 'links') and 'Solution' badge, and the Path of Exile forum's
    buttons ('Quote this Post'). v9: XenForo's 'Click to expand...' in Turkish and
    Finnish ('Genişletmek için tıkla...'), its 'Reactions:' label in ten languages, and a
    placeholder naming what it loads ('Loading Notifications...'). v10: 'Click to
    expand...' in eight more languages ('Klicka för att expandera...'). v11: a button
    trailing off ('Load more...'), and Facebook's folded thread ('X replied · 6 replies').
    v12: 'Load more' in Italian, Norwegian and Portuguese ('Carica altro...'), and a post's
    Quote, Report, Like and Share buttons in six more languages ('Citovat', 'Báo cáo')."""
    if line.words > config.chrome_max_words:
        return None
    bare = line.lower.strip()
    if bare.startswith(("rating", "score", "votes", "sorted by", "sort by", "order by")):
        rest = (
            bare.split(maxsplit=1)[1:] if not bare.startswith(("sorted", "sort", "order")) else []
        )
        if not rest or _SIGNED_COUNT_RE.match(rest[0].strip()):
            return LineMatch(vote_count.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    stripped = bare.replace("△", " ").replace("▽", " ").strip()
    if stripped != bare and (not stripped or _SIGNED_COUNT_RE.match(stripped)):
        return LineMatch(vote_count.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if _SIGNED_COUNT_RE.match(bare) or bare in SORT_LINES:
        return LineMatch(vote_count.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if _VOTE_RE.match(bare) or bare in CHROME_LINES or bare in ICON_LABELS:
        return LineMatch(vote_count.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    # v11: Facebook's folded thread ('Tina Blackwelder replied · 6 replies').
    if "replied" in bare and _FOLDED_THREAD_RE.match(bare):
        return LineMatch(vote_count.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    # v11: a button trailing off ('Load more...', Blogger's threaded comments).
    if bare.endswith(("...", "…")) and bare.rstrip(".… ") in CHROME_LINES:
        return LineMatch(vote_count.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if bare.startswith("loading") and _LOADING_RE.match(bare):
        return LineMatch(vote_count.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


# Facebook's comment plugin folding a thread: 'Tina Blackwelder replied · 6 replies'.
_FOLDED_THREAD_RE = re.compile(r"^.{1,60}? replied\s*·\s*\d[\d,]*\s+repl(?:y|ies)$")
# A widget's placeholder naming what it loads ('Loading Notifications...', UKClimbing).
_LOADING_RE = re.compile(r"^loading(?:\s+[^\W\d_]+){0,2}\s*(?:\.\.\.|…)$")


_SORT_GATE = re.compile(r"[|·•/\t]|  ")
_SORT_SPLIT_RE = re.compile(r"\s*[|·•/]\s*|\s{2,}|\t")


_LETTER_RE = re.compile(r"[^\W\d_]")
_REACTION_RE = re.compile(r"^(?:[^\w\s]{1,8}\s*(?:\d[\d,.]*k?)?\s*){1,8}$")


@rule("boilerplate.reaction_line.v1")
def reaction_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """'👀', '👍 14  🎉 2', '❤️ 3': emoji reactions under a message (Slack, GitHub,
    Teams) — symbols with optional counts and no word; not the poster's text."""
    text = line.text.strip()
    if not text or line.words > 16 or _LETTER_RE.search(text):
        return None
    if _HAS_WORD_RE.search(re.sub(r"\d[\d,.]*k?", "", text)):
        return None
    if not _REACTION_RE.match(text) or not re.search(r"[^\x00-\x7f]", text):
        return None
    if any(tok in REPLY_MARKERS for tok in text.split()):
        return None  # '▲' / '♥' are vote and like buttons: share_bar's footers
    return LineMatch(reaction_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")


# 'mirko_v liked this.', 'haruto_dev, tjh_dev, and 2 others liked this.' (Flarum),
# 'Anna and 3 others like this': who reacted, written out under a post.
_REACTION_NOTICE_RE = re.compile(
    r"^(?P<names>.{1,160}?)\s+(?:liked|likes|like|loved|love|reacted to|replied to|upvoted"
    r"|thanked)\s+(?:this|that)(?:\s+(?:post|comment|reply|message))?\s*[.!]?$",
    re.IGNORECASE,
)
# v5: XenForo in Turkish ('emre_kaan34 ve Sarp_T bunu beğendi.').
_TURKISH_REACTION_RE = re.compile(r"^(?P<names>.{1,160}?)\s+bunu\s+beğendi\s*\.?$", re.IGNORECASE)
# v7: '2 members found this post helpful.' (vBulletin 4) and the Greek thanks line
# ('Το μέλος Nikos_FTTH ευχαρίστησε τον Giorgos_Patras για αυτό το χρήσιμο μήνυμα:').
_HELPFUL_NOTICE_RE = re.compile(
    r"^\d[\d,]*\s+(?:members?|users?|people)\s+found\s+this\s+(?:post|answer|reply)\s+helpful\.?$"
    r"|^(?:το μέλος|τα μέλη)\s.{1,120}\sευχαρίστησ(?:ε|αν)\s.{1,80}χρήσιμο μήνυμα\s*:?$",
    re.IGNORECASE,
)
# '1 member likes this: mapleburl' (UBB.threads): the count first, the names after.
_COUNTED_LIKERS_RE = re.compile(
    r"^\d[\d,]*\s+members?\s+likes?\s+this\s*:\s*(?P<names>\S.*)$", re.IGNORECASE
)
# vBulletin's thanks plugin: 'The Following 2 Users Say Thank You to Chippy For This
# Useful Post:' over 'Derek C (7th March 2025), GumnutJoe (7th March 2025)' (v6).
# v7: the thanks line in eight more languages ('Următorii 2 utilizatori au mulțumit lui
# mecanicu_ionut pentru acest mesaj:', 4tuning), the names on the line under it.
VB_THANKS_INTL_OPENERS = (
    "următorii", "folgende", "de volgende", "los siguientes", "i seguenti", "os seguintes",
    "aşağıdaki", "aşagıdaki", "następując", "следующие",
)  # fmt: skip
_VB_THANKS_INTL_RE = re.compile(
    r"^(?:"
    + "|".join(VB_THANKS_INTL_OPENERS)
    + r")\w*\s+(?:\d+\s+)?(?:utilizatori|benutzer|gebruikers"
    r"|usuarios|utenti|usuários|üye\w*|użytkownic\w*|пользовател\w*)\s.{0,60}?(?:mulțumit"
    r"|mulţumit|danke|bedankt|agradec\w*|ringrazi\w*|teşekkür|podziękowa\w*|спасибо)\b"
    r".{0,120}:?$",
    re.IGNORECASE,
)
# v7: any word for the members ('The following 3 BHPians Thank kaushikr for this useful
# post:', Team-BHP), with the list of who thanked after a tab on the same line.
_VB_THANKS_RE = re.compile(
    r"^the following (?:\d[\d,]* )?(?:users? says? thank you to|[^\W\d_]+ thanks? )"
    r"\s*(?P<names>.{1,60}?) for this useful post\s*:?(?:\t.{0,400})?$",
    re.IGNORECASE,
)
_DATED_NAME = (
    r"[^,()]{1,40}?\s*\((?:\d{1,2}(?:st|nd|rd|th)?[ .\-/]\w{1,12}[ .\-/]\d{2,4}"
    r"|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4})\)"
)
_DATE_IN_BRACKETS_RE = re.compile(r"\s*\([^()]*\)")
_DATED_NAMES_RE = re.compile(rf"^{_DATED_NAME}(?:\s*,\s*{_DATED_NAME})*$", re.IGNORECASE)
# 'Jeff S., Brian_in_WI, Rusty Knuckles and 11 others' (XenForo): the same list with
# no verb, under the post's buttons; the counted others make it a list of reactions.
_REACTION_NAMES_RE = re.compile(
    r"^(?P<names>.{1,160}?,?\s+and\s+\d[\d,.]*k?\s+others?)$", re.IGNORECASE
)
# 'Reactions: RustyFretwire, bluesdaddy and joe_tele' (XenForo 2).
_REACTIONS_LABEL_RE = re.compile(
    r"^(?:"
    + "|".join(re.escape(label[:-1]) for label in sorted(XENFORO_REACTIONS_LABELS))
    + r")\s*:\s*(?P<names>\S.*)$",
    re.IGNORECASE,
)
_QUANTIFIERS = frozenset_of(
    """everyone everybody nobody noone someone somebody anyone anybody people many most few
    all some both none"""
)
# The 'and' and 'N others' of Portuguese, Spanish, French, German and Italian XenForo too
# ('rafa_tdb, Gustavo M. e 6 outras pessoas'; reaction_notice.v4, reaction_names.v1).
_NAME_LIST_SPLIT_RE = re.compile(
    r",\s*(?:and\s+)?|\s+(?:and|e|y|et|und|ve|ja|och|og)\s+", re.IGNORECASE
)
_OTHERS_RE = re.compile(
    r"^(?:\d[\d,.]*k?|one|two|three)\s+(?:others?|muuta|andra|andre|outros|otros"
    r"|outras pessoas|otras personas|autres"
    r"(?: personnes)?|weitere|altri|altre persone)$|^others$|^you$",
    re.IGNORECASE,
)


# The longest list of who reacted read as one ('Jeff S., Brian_in_WI, … and 11 others').
REACTION_LIST_MAX_WORDS = 24


def _reaction_names(text: str, config: SplitConfig) -> list[str] | None:
    """The names of a list of who reacted ('a, b and 2 others'), or None when a part of
    it reads as no name."""
    names = [p.strip() for p in _NAME_LIST_SPLIT_RE.split(text) if p.strip()]
    if not names or not all(_OTHERS_RE.match(n) or is_name(n.split(), config) for n in names):
        return None
    return names


@rule("boilerplate.reaction_notice.v7")
def reaction_notice(line: Line, config: SplitConfig) -> LineMatch | None:
    """'mirko_v liked this.', 'haruto_dev, tjh_dev, and 2 others liked this.', 'mirko_v
    replied to this.' (Flarum), 'You and 3 others like this': the forum writing out who
    reacted to a post. Every name in the list must read as a name, and a name alone must
    be a handle or capitalised, so 'Most people liked this.' stays a sentence. v2:
    XenForo's list without a verb, closed by a count ('Brian_in_WI, Mikey_T and 4
    others'). v3: the list under XenForo 2's label ('Reactions: RustyFretwire, bluesdaddy
    and joe_tele', The Gear Page). v4: its 'and' and 'N others' in Portuguese, Spanish,
    French, German and Italian ('Reações: rafa_tdb e 6 outras pessoas'), and UBB.threads'
    counted form ('1 member likes this: mapleburl'). v5: XenForo in Turkish ('emre_kaan34
    ve Sarp_T bunu beğendi.'). v6: vBulletin's thanks plugin ('The Following 2 Users Say
    Thank You to Chippy For This Useful Post:') and its list, each name with the date
    it thanked ('Derek C (7th March 2025), GumnutJoe (7th March 2025)'). v7: '2 members
    found this post helpful.' and the Greek thanks line (`_HELPFUL_NOTICE_RE`); the
    thanks plugin's line with another word for its users and the names after a tab ('The
    following 3 BHPians Thank kaushikr for this useful post:', Team-BHP), and in eight
    more languages (`_VB_THANKS_INTL_RE`: 'Următorii 2 utilizatori au mulțumit lui X …')."""
    lower = line.lower
    text = line.text.strip()
    if ("helpful" in lower or "χρήσιμο" in lower) and _HELPFUL_NOTICE_RE.match(text):
        return LineMatch(reaction_notice.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if lower.startswith(VB_THANKS_INTL_OPENERS) and _VB_THANKS_INTL_RE.match(text):
        return LineMatch(reaction_notice.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    # The thanks line may carry its whole list of names after a tab, of any length.
    thanks = _VB_THANKS_RE.match(text) if lower.startswith("the following ") else None
    if thanks is None and line.words > REACTION_LIST_MAX_WORDS:
        return None
    if (
        text.endswith(")")
        and _DATED_NAMES_RE.match(text)
        and _reaction_names(_DATE_IN_BRACKETS_RE.sub("", text), config)
    ):
        return LineMatch(reaction_notice.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    m = thanks or _REACTIONS_LABEL_RE.match(text) or _COUNTED_LIKERS_RE.match(text)
    if m is None:
        if " this" in lower or " that" in lower or " other" in lower:
            m = _REACTION_NOTICE_RE.match(text) or _REACTION_NAMES_RE.match(text)
        elif " bunu" in lower:
            m = _TURKISH_REACTION_RE.match(text)
        else:
            return None
    if not m:
        return None
    names = _reaction_names(m.group("names"), config)
    if names is None:
        return None
    # One name alone must look like one: a handle, or capitalised words ('Most people
    # liked this.' and 'Everyone liked this.' are sentences).
    alone = names[0].split()
    if len(names) == 1 and (
        alone[0].lower() in NOT_NAME_WORDS | _QUANTIFIERS
        or (len(alone) > 1 and not all(t[:1].isupper() or not t.isalpha() for t in alone))
    ):
        return None
    return LineMatch(reaction_notice.rule_id, ROLE_BOILERPLATE, "forum-chrome")


# A like button alone over the list of who liked (XenForo in Portuguese: 'Curtir' /
# 'rafa_tdb, Gustavo M. e 6 outras pessoas').
LIKE_BUTTONS = frozenset(
    {"like", "curtir", "me gusta", "j'aime", "j’aime", "gefällt mir", "mi piace"}
)


@rule("boilerplate.reaction_names.v1")
def reaction_names(ctx: Context, i: int) -> LineMatch | None:
    """'Reactions:' / 'fencepost_farmer, Mike in TN and Ray_W' (XenForo 2, TractorByNet):
    who reacted, on the line under the bare label. Every part must read as a name. Left
    as text, the list reads as the next poster's name over the card below it. A paste may
    break the list at its 'and' ('gradius_vii' / 'and' / 'tomasz_k', PC Gamer): the
    lines go on while the one above leaves the list open. So is a list under a bare like
    button, in five more languages ('Curtir' / 'rafa_tdb, Gustavo M. e 6 outras pessoas',
    XenForo in Portuguese; `_likers_under_button`)."""
    if i == 0 or ctx.labels[i - 1].role not in (ROLE_BOILERPLATE, ROLE_FOOTER):
        return None  # the label, a like button and a list's line are all chrome
    if ctx.lines[i].gap or ctx.lines[i].words > REACTION_LIST_MAX_WORDS:
        return None
    above = ctx.lines[i - 1].lower.strip()
    if above not in XENFORO_REACTIONS_LABELS and above not in LIKE_BUTTONS:
        if ctx.labels[i - 1].rule != reaction_names.rule_id:
            return None
        if ctx.lines[i].lower.strip() == "and":
            return LineMatch(reaction_names.rule_id, ROLE_BOILERPLATE, "forum-chrome")
        if not (above == "and" or above.endswith((",", " and"))):
            return None
    names = _reaction_names(ctx.lines[i].text, ctx.config)
    if names is None:
        return None
    if above in LIKE_BUTTONS and not _likers_under_button(ctx, i, names):
        return None
    return LineMatch(reaction_names.rule_id, ROLE_BOILERPLATE, "forum-chrome")


def _likers_under_button(ctx: Context, i: int, names: list[str]) -> bool:
    """Whether the names on line `i`, under a bare like button, are who liked the post:
    a list with a comma, a count of others or a handle ('rafa_tdb, Gustavo M. e 6 outras
    pessoas', 'Gustavo M. e ReiDoFPS'; 'Yes and no' is a reply), or one handle alone
    ('rafa_tdb': an underscore, a digit or an inner capital) ending the post. One name
    over a time line is the next poster's card ('Like' / 'JS9' / '10:02 am 05 Mar 25',
    RiotACT)."""
    if len(names) > 1:
        listed = "," in ctx.lines[i].text or any(_OTHERS_RE.match(n) for n in names)
        return listed or any(_HANDLE_RE.match(n) for n in names)
    ends_post = i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap > 0
    return ends_post and _HANDLE_RE.match(names[0]) is not None


# A handle, not a word: one token with an underscore, a digit or a capital inside.
_HANDLE_RE = re.compile(r"^(?=\S*(?:[_\d]|[a-z][A-Z]))\S+$")


# 'Flaps_Fifteen is offline' (vBulletin), 'bob ist offline', 'anna è online'.
_PRESENCE_RE = re.compile(
    r"^(?P<name>.{1,40}?)\s+(?:is|ist|è|est|está)\s+(?:offline|online|hors ligne|en ligne"
    r"|desconectado|conectado)$",
    re.IGNORECASE,
)


# 'Brian is a registered user.' under a Town Square comment's time (Embarcadero).
_REGISTERED_RE = re.compile(r"^(?P<name>.{1,40}?)\s+is a registered user\.?$", re.IGNORECASE)
_BROWSING_COUNT_RE = re.compile(
    r"^\d[\d,]*\s+(?:members?|guests?|anonymous users?)(?:[,·]?\s*\d[\d,]*\s+"
    r"(?:members?|guests?|anonymous users?))*$",
    re.IGNORECASE,
)
# vBulletin's 'There are currently 1 users browsing this thread. (0 members and 1 guests)'.
_BROWSING_THREAD_RE = re.compile(
    r"^there (?:are|is) currently \d[\d,]* (?:users?|members?|guests?) browsing this"
    r" (?:thread|topic|forum)\b"
    # v5: a board's tally of who is online, under the thread: UBB.threads' '3 members
    # (Crossbow Carl, SageHen, 1 invisible), 412 guests, and 5 robots.', phpBB's 'In
    # total there are 23 users online' and 'Users browsing this forum: …'.
    r"|^\d[\d,]*\s+(?:members?|users?)(?:\s*\([^)]{0,300}\))?\s*(?:,\s*(?:and\s+)?|and\s+)"
    r"\d[\d,]*\s+guests?\b"
    r"|^in total there (?:is|are) \d[\d,]* users? online\b"
    # And the board's record under it ('Most Online 21,766 Jan 28th, 2024').
    r"|^most (?:users )?(?:ever )?online\b(?: was)?\s*\d"
    # and its statistics, label and count glued by the paste ('Topics1,214,309'), and
    # the legend of its staff colours ('Key: Admin, Global Mod, Mod').
    r"|^(?:forums|topics|threads|posts|members)\s*\d[\d,.]*$|^key:\s*admin,\s*global mod\b"
    # and its moderators ('Moderated by  Campfire Mods'): a few names, no sentence.
    r"|^moderated by:?\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,4}$"
    r"|^users browsing this (?:forum|topic|thread)\s*:"
    # v6: the same tally in Greek vBulletin and Bulgarian Invision ('Αυτή τη στιγμή
    # υπάρχουν 7 χρήστες που διαβάζουν αυτό το θέμα.', 'Няма регистрирани потребители,
    # разглеждащи тази страница.').
    r"|^αυτή τη στιγμή υπάρχουν \d[\d.,]* χρήστες\b|^няма регистрирани потребители\b"
    # and Invision's 'No registered users viewing this page.' in nine more languages.
    r"|^(?:brak zarejestrowanych użytkowników|κανένας εγγεγραμμένος χρήστης"
    r"|keine registrierten benutzer|aucun utilisateur enregistré|no hay usuarios registrados"
    r"|nessun utente registrato|nenhum usuário registrado|geen geregistreerde gebruikers"
    r"|нет зарегистрированных пользователей)\b"
    # and its heading over that count ('Recently Browsing 0 members').
    r"|^(?:recently browsing|ostatnio przeglądający)(?:\s+\d[\d,.]*(?:\s+\w+)?)?$",
    re.IGNORECASE,
)


@rule("boilerplate.presence_line.v6")
def presence_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Twin Otter Tom is offline' under a vBulletin post: the poster's online status,
    the post card's last line, whatever the length of the name, with the post's buttons
    a tab away or not. v2: and the count of who is reading the topic ('0 members', '2
    members, 5 guests', under Invision's 'Recently Browsing'), as chrome. v3: 'Brian is
    a registered user.' in the card, as chrome too. v4: vBulletin's 'There are currently
    1 users browsing this thread.' v5: a board's tally of who is online ('3 members (…),
    412 guests, and 5 robots.', 'In total there are 23 users online', 'Most Online
    21,766 Jan 28th, 2024', 'Topics1,214,309', 'Key: Admin, Global Mod, Mod', 'Moderated
    by Campfire Mods'). v6: the tally in Greek and Bulgarian, and Invision's 'No registered
    users viewing this page.' in nine more languages."""
    if _BROWSING_THREAD_RE.match(line.text):
        return LineMatch(presence_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if line.words > config.author_max_words + 7:
        return None
    if _BROWSING_COUNT_RE.match(line.text.strip()):
        return LineMatch(presence_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    m = _REGISTERED_RE.match(line.text.strip())
    if m and is_name(m.group("name").split(), config):
        return LineMatch(presence_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if "line" not in line.lower:
        return None
    # vBulletin puts the post's buttons a tab away: 'Fabio_TO è offline \t Rispondi citando'.
    status, _, buttons = line.text.strip().partition("\t")
    if len(buttons.split()) > 4:
        return None
    m = _PRESENCE_RE.match(status.strip())
    if not m or not is_name(m.group("name").split(), config):
        return None
    return LineMatch(presence_line.rule_id, ROLE_FOOTER, "forum-chrome")


_AVATAR_RE = re.compile(
    r"^(?:(?:user\s+|profile\s+)?(?:photo|picture|image|avatar)\s+(?:of|for)|avatar)\s+"
    r"(?P<name>\S.{0,40})$",
    re.IGNORECASE,
)
# v2: the name before the word ("dr_bob's Avatar", vBulletin).
# v3: "PhaseAngle's user avatar" (Stack Exchange).
_POSSESSIVE_AVATAR_RE = re.compile(
    r"^(?P<name>\S.{0,40}?)['’]s?\s+(?:user\s+)?avatar$", re.IGNORECASE
)


_LABELLED_COUNTS_RE = re.compile(
    r"^(?:[^\W\d_][\w'’]*(?:\s[^\W\d_][\w'’]*)?\s*\(?\d[\d,.]*k?\)?\s*[·•|]?\s*){2,6}$"
)


@rule("boilerplate.labelled_counts.v1")
def labelled_counts(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Helpful 3 Thanks 0 Love this 4 Oh no 0' (Yelp), 'Up 12 Down 3': reaction
    buttons each with its count, two or more on one line."""
    last = line.text.rstrip()[-1:]
    if line.words > 16 or not (last.isdigit() or last in ")kK"):
        return None
    # 'Reply 3 of 6, by Jo22' is a post's header whose poster's name ends in a number.
    if _LABELLED_COUNTS_RE.match(line.text.strip()) and not _NUMBERED_RE.match(line.text):
        return LineMatch(labelled_counts.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


_AVATAR_WORDS = ("photo", "picture", "image", "avatar", "user", "profile")


@rule("boilerplate.avatar_alt.v3")
def avatar_alt(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Photo of Dana K.' (Yelp), 'Picture of Marcus Lee' (Moodle), 'Profile photo for
    Ana' (Quora): an avatar's alt text pasted as a line; the name follows on its own.
    v2: "dr_bob's Avatar" (vBulletin), the name first. v3: "PhaseAngle's user avatar"
    (Stack Exchange)."""
    if line.words > 10:
        return None
    if line.lower.endswith("avatar"):
        m = _POSSESSIVE_AVATAR_RE.match(line.text.strip())
    elif line.lower.lstrip().startswith(_AVATAR_WORDS):
        m = _AVATAR_RE.match(line.text.strip())
    else:
        return None
    if m and is_name(m.group("name").split(), config):
        return LineMatch(avatar_alt.rule_id, ROLE_BOILERPLATE, "image")
    return None


# 'Sort by:' in the layout sets' other languages; with its colon the label alone says
# the line is a sort control, whatever the options are called.
_SORT_LABEL_RE = re.compile(
    r"^(?:ordina(?:re)?(?:\s+per)?|trier(?:\s+par)?|ordenar(?:\s+por)?|sortieren(?:\s+nach)?"
    r"|sorteer(?:\s+op)?|classificar(?:\s+por)?|sortera(?:\s+efter)?|sortuj(?:\s+według)?"
    r"|sortér|sorter(?:\s+etter)?|ordonează|sırala|rendezés|järjestä|ταξινόμηση|seřadit|zoradiť"
    r"|סדר לפי|сортировать(?:\s+по)?|sắp xếp(?:\s+theo)?|urutkan|排序"
    # v4: Lithuanian, Latvian, Bulgarian, Croatian, Serbian, Slovenian, Estonian, Ukrainian.
    r"|rikiuoti|kārtot|подреди(?:\s+по)?|poredaj(?:\s+po)?|sortiraj(?:\s+po)?|сортирај"
    r"|razvrsti(?:\s+po)?|sorteeri|сортувати(?:\s+за)?)"
    # v3: what is sorted may be named before the colon ('Sortuj opinie:', 'Ordenar
    # comentarios:'), in two words at most.
    r"(?:\s+[^\W\d_]+){0,2}\s*:"
    # The label alone on its line, without a colon ('Sortieren nach' over the options).
    r"|^(?:sort by|sortieren nach|sortuj według|ordenar por|trier par|ordina per|sorteer op"
    r"|סדר לפי|сортировать по|sắp xếp theo)$"
)


@rule("boilerplate.sort_bar.v4")
def sort_bar(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Newest | Oldest | Most recommended', 'Top · New · Controversial': the sort tabs
    of a comment list, two or more options made only of sort words. A sentence has verbs
    and function words, so 'Most readers liked the oldest' is not cut into options. A
    'Sort by:' label may lead ('SortBy: Newest | Oldest | Discussed', Times of India).
    v2: the label without its preposition ('Sortera:'), in Hebrew, Russian, Vietnamese,
    Indonesian and Chinese, and alone on its line without a colon ('Sortieren nach'). v3:
    the label may name what it sorts ('Sortuj opinie:', 'Ordenar comentarios:'). v4: the
    label in eight more languages ('Rikiuoti:', 'Подреди по:', 'Poredaj po:')."""
    if line.words > config.chrome_max_words or line.text.rstrip().endswith((".", "!", "?", ",")):
        return None
    if _SORT_LABEL_RE.match(line.lower):
        return LineMatch(sort_bar.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if not _SORT_GATE.search(line.text) and not line.lower.startswith(("sort", "order")):
        return None
    bare = re.sub(r"^(?:sort\s*by|sorted\s*by|sort|order\s*by)\s*:?\s*", "", line.lower.strip())
    pieces = [p for p in _SORT_SPLIT_RE.split(bare) if p]
    labelled = bare != line.lower.strip()  # 'Sort: Oldest' names one option
    if len(pieces) < (1 if labelled else 2):
        return None
    if all(all(w in SORT_OPTION_WORDS for w in p.split()) for p in pieces):
        return LineMatch(sort_bar.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


_RATING_RE = re.compile(
    r"^(?:rated\s+)?(?:[0-5](?:[.,]\d)?\s*(?:out of|/|of)\s*(?:5|five|10)(?:\s*stars?)?"
    r"|[0-5](?:[.,]\d)?\s*stars?|[★☆✩✭⭐]{1,5}(?:\s*[0-5](?:[.,]\d)?)?)"
    r"(?P<rest>\s+\S.*)?$",
    re.IGNORECASE,
)


@rule("boilerplate.rating_line.v1")
def rating_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """'5.0 out of 5 stars Replaced my oven', '★★★★☆', 'Rated 4 out of 5', 'liked it':
    the star rating that opens a review on shop and review sites is chrome. Words after
    the stars are the review's headline (Amazon), written by the reviewer: they stay
    text, the stars go to boilerplate."""
    text = line.text.strip()
    first = text[:1]
    if not (
        first.isdigit()
        or first in "★☆✩✭⭐"
        or line.lower.startswith(("rated", "did", "it", "liked", "really"))
    ):
        return None
    if line.lower.strip() in RATING_PHRASES:
        return LineMatch(rating_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    m = _RATING_RE.match(text)
    if not m or line.words > config.chrome_max_words + 12:
        return None
    rest = (m.group("rest") or "").strip()
    if not rest:
        return LineMatch(rating_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    # The words after the stars are the review's headline: the reviewer's own words.
    # Without the word 'stars' or a star glyph, '5 out of 10 people ...' is a sentence.
    head = text[: len(text) - len(rest)].strip()
    if "star" not in head.lower() and not re.search("[★☆✩✭⭐]", head):
        return None
    return LineMatch(
        rating_line.rule_id, ROLE_TEXT, chrome=head, chrome_kind="forum-chrome", inline=rest
    )


DATED_ACTION_PREFIXES = (
    "reviewed",
    "posted",
    "written",
    "commented",
    "updated",
    "published",
    "date of experience",
    "submitted",
)
_DATE_IN_LINE_RE = re.compile(
    r"\b(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}"
    r"|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)"
    r"\s+ago)\b",
    re.IGNORECASE,
)


_TRAILING_CLOCK_RE = re.compile(
    r"^\s*(?:,|at|um|à|a las)?\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?\s*$",
    re.IGNORECASE,
)


@rule("boilerplate.dated_action.v1")
def dated_action(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Reviewed in the United Kingdom on 3 January 2024', 'Posted on 12/03/2024',
    'Date of experience: May 2, 2024': a verb of posting and a date, the time line of a
    review or comment card, with at most a place between them."""
    if line.words > 12 or not line.lower.lstrip().startswith(DATED_ACTION_PREFIXES):
        return None
    found = list(_DATE_IN_LINE_RE.finditer(line.text))
    m = found[-1] if found else None
    if m and " by " in f" {line.lower[: m.start()]} ":  # 'Posted by Mark on ...' names a poster
        return None
    if not m or _TRAILING_CLOCK_RE.sub("", line.text[m.end() :]).strip(" .,)"):
        return None
    tokens = [t for t in line.text[: m.start()].split() if t.lower() in MONTHS]
    if (
        not tokens
        and m.group(0)[:1].isalpha()
        and m.group(0).split()[0].lower().rstrip(".") not in MONTHS
    ):
        return None
    return LineMatch(dated_action.rule_id, ROLE_BOILERPLATE, "timestamp")


_EDIT_NOTE_RE = re.compile(
    # v8: an editor's name of two or three words before the ';' ('Last edited by Tod
    # Brennan; 03-02-2025 at 06:51 PM.', vBulletin).
    r"^(?:last\s+)?(?:edited|modified|updated)\s+(?:by\s+[\w.\-]+(?:\s+[\w.\-]+){0,2}(?=\s*;)"
    r"|by\s+[\w.\-]+|\d+\s+times?)"
    r"\s*(?:(?:[;,:]|\s+on\b)\s*(?P<when>.+?))?"
    # v4: phpBB's count after the time ('… on Wed Mar 12, 2025 7:55 am, edited 1 time in
    # total.').
    r"(?:,\s*edited\s+\d+\s+times?\s+in\s+total\.?)?"
    # v6: vBulletin's reason after the time ('… at 11:52 AM. Reason: forgot shutter speed').
    r"(?:\.?\s+reason:\s*.{1,80})?$"
    # v2: the time before the editor ('Edited March 10 by spring_bar', Invision).
    r"|^(?:last\s+)?edited\s+(?P<before>.{1,40}?)\s+by\s+[\w.\-]+(?:\s+[\w.\-]+){0,2}$"
    # v4: the same note in Invision's Portuguese, Spanish and Italian ('Editado 11 de
    # março por Tassi.Hard', 'Modificato 11 marzo da X').
    r"|^(?:editado|modificato)\s+(?P<intl>.{1,40}?)\s+(?:por|da)\s+[\w.\-]+(?:\s+[\w.\-]+){0,2}$",
    re.IGNORECASE,
)


# v7: the note in twelve more languages, its editor optional, then its time ('Senast
# redigerad 3 mars 2025 kl 13:26', 'Zuletzt bearbeitet von X: 11.03.2025 um 09:14').
EDIT_NOTE_INTL_PREFIXES = (
    "senast redigerad", "sist redigert", "senest redigeret", "zuletzt bearbeitet",
    "zuletzt geändert", "dernière modification", "dernière édition", "ultima modifica",
    "última edición", "última modificación", "última edição", "laatst bewerkt",
    "laatst gewijzigd", "ostatnio edytowany", "muokattu viimeksi", "viimeksi muokattu",
    "naposledy upraveno", "naposledy upravil", "последнее редактирование", "отредактировано",
    "редактировалось",
)  # fmt: skip
_EDIT_NOTE_INTL_RE = re.compile(
    r"^(?:" + "|".join(EDIT_NOTE_INTL_PREFIXES) + r")"
    r"(?:\s+(?:av|af|von|par|da|por|door|przez|пользователем)\s+[\w.\-]+(?:\s+[\w.\-]+)?)?"
    r"\s*[:,;.]?\s*(?P<when>.*)$",
    re.IGNORECASE,
)


# phpBB's is the longest ('Last edited by oldcanoeist on Wed Mar 12, 2025 7:55 am, edited
# 1 time in total.': 16 words), with room for a longer name.
EDIT_NOTE_MAX_WORDS = 20


# v9: Discuz!'s note over an edited post, in simplified and traditional Chinese ('本帖最后由
# 双擎技术控 于 2025-1-17 09:25 编辑').
_DISCUZ_EDIT_RE = re.compile(
    r"^本帖最[后後]由\s*\S.{0,40}?\s*[于於]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[编編][辑輯]$"
)


@rule("boilerplate.edit_note.v9")
def edit_note(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Last edited by Kestrel; Mar 4 @ 2:18pm', 'Edited 2 times': a forum's note under
    a post that it was changed, with no words of the poster's own after it. v2: the time
    before the editor's name ('Edited March 10 by spring_bar', Invision Community). v3:
    an edit mark alone in brackets ('(Edited)' over the text, Coral; '(bearbeitet)'). v4:
    Invision's note in Portuguese, Spanish and Italian ('Editado 11 de março por X'), and
    phpBB's ('Last edited by X on DATE, edited 1 time in total.'); 'Last edited by' is
    the post's footer. v5: an editor's name of two or three words ('Edited Yesterday at
    22:49 by Dave Franks', RMweb). v6: vBulletin's with the editor's reason after the time
    ('Last edited by X; 03-03-2025 at 11:52 AM. Reason: forgot shutter speed'). v7: the
    note in twelve more languages (`_EDIT_NOTE_INTL_RE`: 'Senast redigerad 3 mars 2025 kl
    13:26', 'Zuletzt bearbeitet von X: 11.03.2025 um 09:14'). v8: vBulletin's with an
    editor's name of two or three words ('Last edited by Tod Brennan; 03-02-2025 at 06:51
    PM.'). v9: Discuz!'s ('本帖最后由 X 于 2025-1-17 09:25 编辑')."""
    bare = line.lower.strip()
    if bare[:1] in "([" and bare[-1:] in ")]" and bare[1:-1].strip() in EDITED_MARKS:
        return LineMatch(edit_note.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if bare.startswith("本帖最") and _DISCUZ_EDIT_RE.match(bare):
        return LineMatch(edit_note.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    intl = (
        _EDIT_NOTE_INTL_RE.match(line.text.strip())
        # The prefixes first, as a plain test: every line of the page comes here.
        if line.words <= EDIT_NOTE_MAX_WORDS and bare.startswith(EDIT_NOTE_INTL_PREFIXES)
        else None
    )
    if intl and (not intl.group("when") or is_timestamp_tokens(_tokens(intl.group("when")))):
        return LineMatch(edit_note.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if line.words > EDIT_NOTE_MAX_WORDS or not line.lower.lstrip().startswith(
        ("last ", "edited", "modified", "updated", "editado", "modificato")
    ):
        return None
    m = _EDIT_NOTE_RE.match(line.text.strip())
    when = m and (m.group("when") or m.group("before") or m.group("intl"))
    if m and (when is None or is_timestamp_tokens(_tokens(when))):
        # 'Last edited by X …' closes the post it stands under: a card that follows it
        # with no blank line opens the next post (Path of Exile: 'Posted by' / name).
        role = ROLE_FOOTER if bare.startswith("last edited by") else ROLE_BOILERPLATE
        return LineMatch(edit_note.rule_id, role, "forum-chrome")
    return None


# What a removed post leaves behind: a noun for a post and a verb for its removal, in
# the languages the layout sets use. Anchored at the line's start (optionally 'This' or
# 'The'), so a poster writing 'My comment was removed' keeps the words.
_REMOVED_POST_RE = re.compile(
    # 'This comment was deleted' and its kind in most languages is `_REMOVED_NOUN_VERB`
    # (v6); these are the placeholders worded otherwise.
    r"^(?:(?:this|the)\s+)?(?:comment|post|reply)(?:\s+score)?\s+(?:is\s+)?below\s+"
    r"(?:the\s+|your\s+)?(?:vote\s+|score\s+)?threshold\b"
    # v4: Korean placeholders ('삭제 되었습니다.', Clien).
    r"|^(?:삭제\s*되었습니다|삭제된\s*(?:글|게시물)입니다)"
    # v3: a moderation note counting the posts taken out of the thread ('Ketjusta on
    # poistettu 1 sääntöjenvastaista viestiä.', Suomi24; '2 posts have been removed').
    r"|^ketjusta\s+on\s+poistettu\b"
    r"|^\d+\s+(?:comments?|posts?|messages?|replies)\s+(?:has|have)\s+been\s+(?:deleted|removed)\b"
    r"|^삭제된\s*댓글|^클린봇이.*댓글입니다|^このコメントは削除されました"
    # v5: NodeBB's deleted topic ('This topic has been deleted. Only users with topic
    # management privileges can see it.') and Blogger's note in Swahili ('Maoni haya
    # yameondolewa na msimamizi wa blogu.').
    r"|^this\s+topic\s+has\s+been\s+deleted\b|^maoni\s+haya\s+yameondolewa\b"
    # v6: the placeholder said otherwise ('This comment is no longer available.', 'This
    # comment violated our policy.', '(comment removed)'), in Chinese and Korean
    # ('该帖已被管理员删除', '관리자에 의해 삭제된 글입니다.') and Arabic ('تم حذف هذا
    # التعليق'), and any of `_REMOVED_NOUNS` then one of `_REMOVED_VERBS` a few words on
    # (`_REMOVED_NOUN_VERB`).
    r"|^(?:(?:this|the)\s+)?(?:comment|post|message|reply|review)\s+"
    r"(?:is\s+no\s+longer\s+available|violated\s+our\b)"
    r"|^[(\[](?:deleted|removed)\s+(?:comment|post|message|reply)[)\]]"
    r"|^[(\[](?:comment|post|message|reply)\s+(?:deleted|removed)[)\]]"
    r"|^(?:(?:deleted|removed|hidden)\s+by|(?:moderatör|yönetici)\s+tarafından)\s+"
    r"(?:the\s+|a\s+)?(?:moderator|admin|administrator|author|silindi)\b"
    r"|^(?:该|此)?(?:评论|点评|帖子|帖|回复)[^。]{0,30}?已(?:被)?(?:管理员)?(?:删除|隐藏|屏蔽)"
    r"|^관리자에\s*의해\s*삭제된"
    r"|^提示:\s*作者被禁止或[删刪]除"
    r"|^تم\s+(?:حذف|إخفاء)\s+(?:هذا\s+)?التعليق",
    re.IGNORECASE,
)


# v6: a removed post's placeholder as most languages word it: this (optional), the word
# for a post, then within five words the verb of its removal ('Dieses Posting wurde von
# der Redaktion entfernt', 'Tämä viesti on poistettu.', 'Bình luận đã bị xóa bởi quản trị
# viên', 'Denne kommentaren har blitt fjernet av forfatteren.'), with only the passive's
# words between (`_REMOVED_BETWEEN`). A reader's own 'My comment was removed' opens with
# 'My', and 'This post is great and I deleted …' has more than a passive between, so
# both stay theirs.
_REMOVED_THIS = any_of(
    frozenset_of(
        """this the dieser dieses diese ce cet cette este esta questo questa deze dit ten
        tento tato bu tämä ovaj ovo ta to это этот эта denne dette detta aquest aquesta
        ez az ini"""
    )
)
_REMOVED_NOUNS = any_of(
    frozenset_of(
        """comment post message reply review content kommentar kommentaren beitrag posting
        commentaire comentario comentário conteúdo contenido commento contenuto
        reactie bericht komentarz wpis komentář příspěvek yorum mesaj kommentti viesti
        komentar komen сообщение комментарий inlägg indlæg innlegg innlegget comentari
        hozzászólás inlägget"""
    )
    | {"bình luận", "nội dung"}
)
_REMOVED_VERBS = any_of(
    frozenset_of(
        """deleted removed hidden withdrawn gelöscht entfernt ausgeblendet supprimé supprimée
        masqué eliminado borrado removido removida excluído ocultado oculto rimosso eliminato
        cancellato nascosto verwijderd verborgen usunięty ukryty smazán odstraněn skryt
        kaldırıldı silindi poistettu piilotettu uklonjen obrisan izbrisan odstranjen tagits
        dihapus dipadam удален удалено удалён скрыт fjernet slettet raderad raderat
        borttagen borttaget ocult eliminat esborrat törölve törölte"""
    )
    | {"xóa", "bị ẩn"}
)
# What may stand between: the passive's auxiliaries and its agent ('has been', 'wurde
# von der Redaktion', 'har blitt', 'kullanıcı tarafından', 'telah', 'đã bị').
_REMOVED_BETWEEN = any_of(
    frozenset_of(
        """has have had been was were is are be wurde wurden ist sind vom von der den
        redaktion verfasser autor moderator moderation a été est ha han sido fue foi
        è stato stata é está esta estat heeft werd zostal został została zostało byl
        byla bylo bil je bio bila bilo on oli было был была har blitt er ble blev
        blivit telah sudah đã bị kullanıcı tarafından yazar moderatör yönetici by the
        admin ini"""
    )
)
_REMOVED_NOUN_VERB = re.compile(
    rf"^(?:{_REMOVED_THIS}\s+)?{_REMOVED_NOUNS}(?:\s+{_REMOVED_BETWEEN}){{0,5}}\s+"
    rf"{_REMOVED_VERBS}(?!\w)",
    re.IGNORECASE,
)


@rule("boilerplate.removed_post.v6")
def removed_post(line: Line, config: SplitConfig) -> LineMatch | None:
    """'This comment has been deleted', 'Message withdrawn at poster's request', '삭제된
    댓글입니다.': the placeholder a site shows for a removed post. It has no author's
    words, so it is chrome, not a reply. v2: the placeholder of a post voted out of
    sight ('This comment is below the vote threshold.', OzBargain; 'comment score
    below threshold', old Reddit). v3: a note counting posts removed from the thread.
    v4: Spanish with 'fue', and Italian, Dutch, Polish, Czech, Turkish and Korean ('삭제
    되었습니다.', Clien). v5: NodeBB's deleted topic and Blogger's note in Swahili. v6:
    'no longer available', 'violated our policy', '(comment removed)', and the word for a
    post then its removal's verb in most languages, who removed it named between
    ('Dieses Posting wurde von der Redaktion entfernt', `_REMOVED_NOUN_VERB`).
    (Up to 16 words: NodeBB's note runs on to who may still see the topic.)"""
    if line.words > 16 or len(line.text) > 120:
        return None
    text = line.text.strip()
    # A question is a reader's ('The post was deleted? Why?'), never the placeholder.
    if _REMOVED_POST_RE.match(text) or ("?" not in text and _REMOVED_NOUN_VERB.match(text)):
        return LineMatch(removed_post.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


# An advertising slot's label, alone on its line, in the layout sets' languages.
AD_MARKER_LINES = frozenset(
    {
        "advertisement",
        "advertisements",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "promoted",
        "paid content",
        "story continues below advertisement",
        "article continues below advertisement",
        "continue reading below",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "pubblicità",
        "advertentie",
        "publicidade",
        "реклама",
        "광고",
        "广告",
        "広告",
    }
)


@rule("boilerplate.ad_marker.v1")
def ad_marker(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Advertisement', 'Anzeige', '広告': the label an ad slot leaves in pasted text,
    between paragraphs or between comments (Mumsnet). Alone on its line it is never a
    reply ('Ad' inside a sentence is)."""
    if line.words > 5 or line.lower.strip(" -–—.:|[]()") not in AD_MARKER_LINES:
        return None
    return LineMatch(ad_marker.rule_id, ROLE_BOILERPLATE, "advertisement")


@rule("boilerplate.topic_tags.v1")
def topic_tags(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Cauvery river / water sharing / Karnataka / Tamil Nadu': a site's topic tags,
    three or more short items split by ' / ', none ending a sentence."""
    if line.text.count(" / ") < 2 or line.words > 16:
        return None
    items = [item.strip() for item in line.text.split(" / ")]
    if all(item and len(item.split()) <= 4 and not ends_sentence(item) for item in items):
        return LineMatch(topic_tags.rule_id, ROLE_BOILERPLATE, "section-label")
    return None


@rule("boilerplate.device_signoff.v1")
def device_signoff(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Sent from my iPhone', 'Get Outlook for Android': a mail client's automatic line
    under a message, short and on its own line."""
    if line.words > 8:
        return None
    if line.lower.strip().startswith(DEVICE_SIGNOFF_PREFIXES):
        return LineMatch(device_signoff.rule_id, ROLE_BOILERPLATE, "signature")
    return None


_CHAT_EVENT_RE = re.compile(
    r"^(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?(?:\*{1,3}|-->|<--|-!-)\s*"
    r"[@+%~&]?[\w.\-|^`\[\]{}]{1,30}\s+(?:" + "|".join(CHAT_EVENT_VERBS) + r")\b",
    re.IGNORECASE,
)


_REPLY_TO_LINE_RE = re.compile(
    # v4: the answered comment's number, then its poster in quotes ('До коментар [#1] от
    # "Кирил Ангелов":', Dnevnik; 'Reply to comment #4 by "ann":'); tried first, as the
    # plain form would take 'comment #4 by ...' for a name.
    r"^(?:до коментар|reply to comment|in reply to comment|odgovor na komentar)\s*"
    r"\[?#\d{1,6}\]?\s+(?:от|by|od)\s+[\"„“«]?(?P<numbered>[^\"“”»:]{1,40}?)[\"”“»]?\s*:?$"
    r"|^\[?(?:in reply to|in response to|reply to|antwort auf|en réponse à|en respuesta a"
    r"|in risposta a|odpowiedź do|odgovor uporabniku|odgovor na komentar|antwoord op"
    # v5: Persian, Arabic and the Scandinavian languages ('در پاسخ به رضا', 'Svar til X').
    r"|در پاسخ به|ردا على|رداً على|svar til|svar till|בתגובה ל"
    # v7: Hungarian, Russian, Belarusian, Portuguese, Spanish, Italian, German, Slovak,
    # Czech, Greek and Arabic ('válasz erre: X', 'ответ для X', 'у адказ на каментар X').
    # Not French 'Réponse à X' alone: Sud Ouest prints it under 'Signaler un abus', which
    # the card rules then took for the poster's name.
    r"|válasz erre|ответ для|ответ на комментарий|у адказ на каментар|em resposta a"
    r"|resposta a|respuesta a|risposta a|antwort an|odpoveď na komentár"
    r"|reakce na|απάντηση στον χρήστη|απάντηση σε|رد على"
    r"|replying to)\s*:?\s+@?(?P<name>[^\]\s][^\]]{0,39}?)\s*\]?$"
    # v6: UBB.threads' '[Re: koan58]' over the post: brackets, or it is a subject line.
    r"|^\[re:\s*(?P<bracketed>[^\]\s][^\]]{0,39}?)\s*\]$"
    # v8: Index and HVG's forums, the answered post's poster and number ('Előzmény:
    # Kovácsné_Debrecen (#1)').
    r"|^előzmény\s*:\s*(?P<hu>[^\s(][^(]{0,39}?)\s*\(#\d{1,6}\)$",
    re.IGNORECASE,
)


_REPLY_TO_LINE_GATE = re.compile(
    "reply|replying|response|antwort|réponse|respuesta|risposta|odpowiedź|odgovor|antwoord"
    "|до коментар|پاسخ|ردا|svar|בתגובה|^\\[re:"
    "|válasz|ответ|адказ|resposta|odpoveď|reakce|απάντηση|رد على|előzmény"
)


@rule("reply.reply_to_line.v8")
def reply_to_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """'[In reply to Andriy Kovalenko]' (Telegram), 'In response to bob': a line under a
    reply's header that names the post it answers; it is chrome, and the name finds the
    parent. A sentence ('In reply to critics, the minister said') is longer than a name.
    v2: Polish ('Odpowiedź do: Mieszkaniec Redy', Trójmiasto), and a colon after the cue.
    v3: Slovenian, Serbian and Flemish ('Odgovor uporabniku X', RTV Slovenija; 'Odgovor na
    komentar: X', Blic; 'Antwoord op X', GVA) and 'Replying to X' (Times of Malta). v4: the
    answered comment's number before its poster ('До коментар [#1] от "Кирил Ангелов":',
    Dnevnik). v5: Persian, Arabic, Hebrew, Danish, Norwegian and Swedish ('در پاسخ به
    رضا', 'בתגובה ל: מתכננת ערים'). v6: UBB.threads' '[Re: koan58]' over the post it
    heads, which would otherwise stand alone as a reply; a full stop after the name ('In
    reply to Bill Hutchison.', Shetland News). v7: eleven more languages ('válasz erre:
    mérnök_úr', Mandiner; 'ответ для Евгений К.', E1). v8: Hungarian forums' 'Előzmény:
    X (#1)', the answered poster and their post's number."""
    if line.words > 10 or not _REPLY_TO_LINE_GATE.search(line.lower):
        return None
    m = _REPLY_TO_LINE_RE.match(line.text.strip())
    name = m and (m.group("numbered") or m.group("name") or m.group("bracketed") or m.group("hu"))
    if name and name.endswith(".") and not is_name(name.split(), config):
        name = name[:-1]  # the cue's full stop, not an initial's ('Mercedes G.' keeps it)
    if not name or not is_name(name.split(), config):
        return None
    return LineMatch(reply_to_line.rule_id, ROLE_REPLY_TO, "forum-chrome", author=name)


# Chat apps' join and leave lines where the name is glued to the verb ('박서연님이
# 들어왔습니다.', KakaoTalk; 'Yukiが参加しました', LINE).
_GLUED_CHAT_EVENT_RE = re.compile(
    r"^\S.{0,30}?(?:님이\s*(?:들어왔습니다|나갔습니다|퇴장했습니다)|が(?:参加|退出)しました)\.?$"
)


@rule("boilerplate.chat_event.v2")
def chat_event(line: Line, config: SplitConfig) -> LineMatch | None:
    """'[14:04] * Sable_ has quit (Ping timeout)', '--> bob has joined #chan': a chat
    log's join/quit/rename events, marked with '*' or an arrow; they are no one's words.
    v2: the Korean and Japanese apps' join and leave lines ('박서연님이 들어왔습니다.')."""
    if ("*" in line.text or "--" in line.text or "-!-" in line.text) and _CHAT_EVENT_RE.match(
        line.text.strip()
    ):
        return LineMatch(chat_event.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if line.words <= 6 and _GLUED_CHAT_EVENT_RE.match(line.text.strip()):
        return LineMatch(chat_event.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


_GLUED_WORD_RE = re.compile("|".join(GLUED_FOOTER_WORDS))
_GLUED_RE = re.compile("(?:" + "|".join(GLUED_FOOTER_WORDS) + ")+")
# No phrase begins another, so the longest-first tree matches what the listed order did.
_FOOTER_PHRASE_RE = re.compile(any_of((*FOOTER_PHRASES, *FOOTER_PHRASES_INTL)))
_REPLY_WORDS = (
    REPLY_MARKERS
    | REPLY_MARKERS_INTL
    | REPLY_MARKERS_MORE
    | REPLY_MARKERS_EAST
    | REPLY_MARKERS_THAI
)
_SHARE_WORDS_ALL = SHARE_WORDS | SHARE_WORDS_INTL | SHARE_WORDS_MORE | SHARE_WORDS_EAST
# Every footer holds one of these as a substring (a word, a glued word, a phrase, a
# post-end line): lines without any skip the token work, most text lines of a thread.
_FOOTER_HINT_RE = re.compile(
    any_of(
        _REPLY_WORDS
        | _SHARE_WORDS_ALL
        | set(GLUED_FOOTER_WORDS)
        | POST_END_LINES
        | set(FOOTER_PHRASES)
        | set(FOOTER_PHRASES_INTL)
    )
)


def _unglue(token: str) -> list[str] | None:
    """Split a token glued from footer words ('permalinksavereport') into those words,
    or None when it is not made of them."""
    if not _GLUED_RE.fullmatch(token):
        return None
    return _GLUED_WORD_RE.findall(token)


_FOOTER_LINK_WORDS = frozenset({"permalink", "parent", "award", "give"})


def _may_be_footer_token(tok: str) -> bool:
    """Whether a footer line (`share_bar`) can hold this token: a footer word, a count,
    an edit mark, time words, or footer words glued together by a paste."""
    return (
        tok in _REPLY_WORDS
        or tok in _SHARE_WORDS_ALL
        or tok in _FOOTER_LINK_WORDS
        or tok in EDITED_MARKS
        or tok.isdigit()
        or _time_token(tok) > 0
        or _SIGNED_COUNT_RE.match(tok) is not None
        or _unglue(tok) is not None
    )


@rule("boilerplate.likes_for.v1")
def likes_for(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Likes For Campy_Carl:' (vBulletin's like row, Bike Forums) under each post, with
    the likers' names after it when there are any: the post's footer, not its last line."""
    if line.words > config.author_max_words + 2 or not line.lower.startswith("likes for "):
        return None
    if not line.text.rstrip().endswith(":"):
        return None
    return LineMatch(likes_for.rule_id, ROLE_FOOTER, "forum-chrome")


_ACTION_ROW_SPLIT_RE = re.compile(r"\s*[·•]\s*")
_BARE_COUNT_RE = re.compile(r"(?!(?:19|20)\d\d$)\d[\d.,]*[kKmM]?")
# The most words a button or a time in an action row has ('Líkar þetta', '20 klst.').
ACTION_ROW_MAX_SEGMENT_WORDS = 3


@rule("boilerplate.action_row.v1")
def action_row(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Líkar þetta · Svara · 38 · 1 d.': the buttons, like count and age under a comment
    (Facebook's plugin), in any language: three pieces or more between middle dots,
    none over three words, one a bare count and one without digits (a button). A
    sentence has longer stretches between its dots. It closes the comment above it."""
    if "·" not in line.text and "•" not in line.text:
        return None
    pieces = [piece for piece in _ACTION_ROW_SPLIT_RE.split(line.text.strip()) if piece]
    if len(pieces) < 3 or any(len(p.split()) > ACTION_ROW_MAX_SEGMENT_WORDS for p in pieces):
        return None
    if not any(_BARE_COUNT_RE.fullmatch(p) for p in pieces):
        return None
    if not any(_LETTER_RE.search(p) and not has_digit(p) for p in pieces):
        return None
    return LineMatch(action_row.rule_id, ROLE_FOOTER, "forum-chrome")


# 'IP Logged' in any language: 'IP: Записан' (UBB), 'IP ierakstīts' (Latvian SMF).
_IP_LOGGED_RE = re.compile(r"^IP:?\s+[^\W\d_]+$")


@rule("boilerplate.ip_logged.v1")
def ip_logged(line: Line, config: SplitConfig) -> LineMatch | None:
    """SMF and UBB close each post with 'IP Logged' (the poster's address was recorded),
    in the forum's language ('IP: Записан', 'IP ierakstīts'): 'IP' and one word, no
    digits ('IP: 78.58.xx.xx', a masked address, is the poster's card's). Like SMF's
    'Logged', it ends the post."""
    if line.words > 3 or not line.text.startswith("IP"):
        return None
    if _IP_LOGGED_RE.match(line.text.strip()):
        return LineMatch(ip_logged.rule_id, ROLE_FOOTER, "forum-chrome")
    return None


@rule("boilerplate.share_bar.v10")
def share_bar(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line of only share/reply words ('Reply  Share  Report', 'Like · Reply · 3h',
    '• Reply•Share ›', 'Like (12)'). With a reply word it is a reply's footer and closes
    that reply. v2: footer phrases ('Reply With Quote', 'Click to rate'), words glued
    together by a paste ('permalinksavereportgive awardreply'), signed counts, 'Logged'.
    v3: the footer words of other languages ('Antworten  Melden  Gefällt mir (12)',
    'Répondre · Signaler', 'Responder') and time filler among the words ('Like · Reply ·
    5h · Edited', 'Répondre · il y a 3 heures'), since a footer often carries its time.
    v5: the buttons of ten more languages ('Atsakyti', 'Отговор', '· Odgovori · 33 · 4 h ·
    Uređeno'). v6: more sites' phrases ('Report Objectionable Content', phpBB 2's 'View
    user's profile Send private message'). v7: Pantip's Thai buttons and reactions,
    DPReview's 'Complain', Invision's row in Italian and Portuguese ('Citazione' /
    'Link al commento' / 'Condividi su altri siti'), Douban's ('回应', '赞', '转发'), the
    Persian 'Reply' ('پاسخ'), a count glued to its button in any language ('赞(86)',
    'Like(12)'), Invision's row in Greek, and Newsquest's ('Report this comment',
    'Rate up'). v8: BLOX's 'Add Reply' / 'Vote up' / 'Vote down', Finnish XenForo's
    'Lainaa' (quote), and Rotter's buttons in Hebrew ('תגובה עם ציטוט'). v9: 'Quote' in
    Danish and Norwegian ('Citér', 'Siter'), and the newer networks' share buttons ('X
    (Twitter)', 'Bluesky', 'Threads'). v10: vBulletin 3 and 4's menu under the poster's
    name ('View Profile', 'View Forum Posts', 'Private Message')."""
    if line.words > config.chrome_max_words or not _FOOTER_HINT_RE.search(line.lower):
        return None
    lowered, phrases = _FOOTER_PHRASE_RE.subn(" reply ", line.lower)
    phrase = phrases > 0
    if lowered.strip(" .·•") in POST_END_LINES:
        return LineMatch(share_bar.rule_id, ROLE_FOOTER, "forum-chrome")
    raw = _chrome_tokens(make_line(line.index, lowered, line.gap, line.block) if phrase else line)
    tokens: list[str] = []
    for tok in raw:
        if tok in _REPLY_WORDS or tok in _SHARE_WORDS_ALL:
            tokens.append(tok)
        elif _may_be_footer_token(tok):
            tokens.extend(_unglue(tok) or [tok])
        else:
            # Most lines that reach here are prose holding a footer word ('I like this
            # reply'): the first word no footer holds settles it.
            return None
    if not tokens:
        return LineMatch(share_bar.rule_id, ROLE_FOOTER, "forum-chrome") if phrase else None
    words = 0
    reply_word = phrase
    # Time filler ('a', 'on', 'il y a') only counts beside a real time ('5h', '3'):
    # 'A reply?' is a reply, 'Répondre · il y a 3 heures' a footer.
    timed = any(_time_token(tok) == 2 for tok in tokens)
    for tok in tokens:
        if _SIGNED_COUNT_RE.match(tok) or tok in EDITED_MARKS:
            continue
        if tok in _REPLY_WORDS or tok in _FOOTER_LINK_WORDS:
            reply_word = True
            words += 1
        elif tok in _SHARE_WORDS_ALL:
            words += 1
        elif not (_time_token(tok) == 2 or (timed and _time_token(tok)) or tok.isdigit()):
            return None
    if words == 0:
        return None
    if not reply_word:
        # v4: a time with link words and no reply button ('13 hours ago | link',
        # Lobsters) is a card's time line, so the name above it is the poster.
        return LineMatch(
            share_bar.rule_id, ROLE_BOILERPLATE, "timestamp" if timed else "forum-chrome"
        )
    return LineMatch(share_bar.rule_id, ROLE_FOOTER, "forum-chrome")


# A Chinese province or city after a comment's time (Douban), two or three Han characters.
_HAN_PLACE_RE = re.compile("^[\u4e00-\u9fff]{2,3}$")
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
# A comment's star rating out of five and its vote count before its date (Phys.org).
_RATED_FIRST = frozenset("012345nN")
_RATED_TIME_RE = re.compile(
    r"^(?:not rated yet|[0-5](?:[.,]\d)?\s*/\s*5\s*\(\d[\d,]*\))\s+(?P<time>\S.*)$", re.IGNORECASE
)


@rule("boilerplate.timestamp.v6")
def timestamp(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line that is only a date or time ('3 hours ago', 'May 3, 2016 at 10:15 am').
    v2: a Q&A verb may lead it ('answered Jan 5, 2019 at 8:40') and '@10:15AM' is a time.
    v3: times in German, French, Spanish, Italian, Dutch and Portuguese ('vor 2 Stunden',
    'Il y a 3 heures', 'hace 5 minutos', 'le 14 avril 2023 à 18h12'). v4: time zones of
    Australia, Asia and Africa ('7:58 pm AEDT') and year-first dates with a month name
    ('posted 2025-Mar-11, 7:58 pm'); every rule that reads times reads these too. v5: the
    comment's rating before its date ('1 / 5 (2) Mar 12, 2025', 'not rated yet Mar 12,
    2025', Phys.org), forums' 'Posted' in nine more languages ('Inviato 11 Marzo',
    'Δημοσ. 11 Μαρτίου'), Greek month names, and the poster's province after the time
    ('2025-03-11 14:12:45 上海', Douban). v6: Scandinavian forums' 'Posted' and
    'edited' ('Skrevet 3. mars (endret)', Invision in Norwegian; 'Skrivet', 'Postat')
    for every rule that reads times."""
    if line.words > config.chrome_max_words:
        return None
    # A rating opens with its digit or 'not rated' (most lines fail this cheap test).
    rated = _RATED_TIME_RE.match(line.text.strip()) if line.text[:1] in _RATED_FIRST else None
    text = rated.group("time") if rated else line.text
    if _starts_untimed(text):
        return None
    tokens = _tokens(text)
    if (
        len(tokens) > 2
        and not tokens[-1].isascii()
        and _HAN_PLACE_RE.match(tokens[-1])
        and _ISO_DATE_RE.match(tokens[0])
    ):
        tokens = tokens[:-1]  # '2025-03-11 14:12:45 上海': the poster's province
    if is_timestamp_tokens(tokens):
        return LineMatch(timestamp.rule_id, ROLE_BOILERPLATE, "timestamp")
    return None


@rule("boilerplate.byline.v1")
def byline(line: Line, config: SplitConfig) -> LineMatch | None:
    """'By Jane Doe, Reuters' and '4 min read' lines name the writer, not the story."""
    if line.words > config.byline_max_words:
        return None
    if _READ_TIME_RE.search(line.text):
        return LineMatch(byline.rule_id, ROLE_BOILERPLATE, "byline")
    if _BYLINE_RE.match(line.text) and not line.text.endswith((".", "!", "?")):
        return LineMatch(byline.rule_id, ROLE_BOILERPLATE, "byline")
    return None


# XenForo's line pair under a thread's title, in the layout sets' languages.
_THREAD_STARTER_RE = re.compile(
    r"^(?:thread starter|autor do tópico|iniciador del tema|auteur de la discussion"
    r"|ersteller|autore della discussione|tópico iniciado por|konu sahibi|aloittaja)\s+",
    re.IGNORECASE,
)
_START_DATE_LABELS = (
    r"(start date|data de início|fecha de inicio|date de début|erstellt am|data di inizio"
    r"|başlangıç tarihi|aloituspäivämäärä)"
)
_START_DATE_RE = re.compile(rf"^{_START_DATE_LABELS}\s+(?P<time>\S.*)$", re.IGNORECASE)
# The same label inside a line, after the starter's name; its group keeps split's shape.
_START_DATE_LABEL_RE = re.compile(rf"\s+{_START_DATE_LABELS}\s+", re.IGNORECASE)


# phpBB's clock over the board ('It is currently Wed Mar 12, 2025 10:41 pm').
_BOARD_CLOCK_RE = re.compile(r"^it is currently\s+(?P<time>\S.*)$", re.IGNORECASE)


@rule("boilerplate.thread_meta.v2")
def thread_meta(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Thread starter tomasz_k' / 'Start date Mar 4, 2025' (XenForo, under the title;
    'Autor do tópico' / 'Data de início' in Portuguese): the thread's own byline and
    date. As text they run into the opening post and make the article look long. And
    phpBB's 'It is currently Wed Mar 12, 2025 10:41 pm', the board's clock. v2: Turkish
    ('Konu sahibi emre_kaan34' / 'Başlangıç tarihi 10 Mart 2025')."""
    if line.words > config.byline_max_words:
        return None
    starter = _THREAD_STARTER_RE.match(line.text)
    if starter:
        # The name, and the date when the paste put both on one line ('Thread starter
        # RustyFretwire Start date Mar 12, 2025', The Gear Page).
        parts = _START_DATE_LABEL_RE.split(line.text[starter.end() :], maxsplit=1)
        name, date = parts[0], (parts[2] if len(parts) == 3 else "")
        if is_name(name.split(), config) and (not date or is_timestamp_tokens(_tokens(date))):
            return LineMatch(thread_meta.rule_id, ROLE_BOILERPLATE, "byline")
    m = _START_DATE_RE.match(line.text) or _BOARD_CLOCK_RE.match(line.text)
    if m and is_timestamp_tokens(_tokens(m.group("time"))):
        return LineMatch(thread_meta.rule_id, ROLE_BOILERPLATE, "byline")
    return None


@rule("boilerplate.agency_signoff.v1")
def agency_signoff(line: Line, config: SplitConfig) -> LineMatch | None:
    """A short closing line naming a news agency ('Mi’raj Islamic News Agency (MINA)',
    example 001) signs the story off."""
    if line.words > config.signoff_max_words or ":" in line.text:
        return None
    if line.text.endswith((".", "!", "?")):
        return None
    if _without_nonword_tail(line.lower).endswith(AGENCY_PHRASES) or (
        line.text.endswith(")") and _ABBR_SIGNOFF_RE.match(line.text)
    ):
        return LineMatch(agency_signoff.rule_id, ROLE_BOILERPLATE, "byline")
    return None


def _without_nonword_tail(text: str) -> str:
    """`text` without the punctuation and spaces after its last word character: an
    ending is then one `endswith`, where a pattern anchored at `$` is tried at every
    position of the line."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    return text[:end]


@rule("boilerplate.section_label.v1")
def section_label(line: Line, config: SplitConfig) -> LineMatch | None:
    """'News & Politics' (example 004): a line made only of section names."""
    if line.words > 3 * config.section_max_words:
        return None
    first = line.lower.split(None, 1)[0].strip(":")
    if first not in SECTION_WORDS and first not in SECTION_CONNECTORS and first.isalpha():
        return None  # cheap exit: a label's first word is a section name or a connector
    # Connectors ('&', '|', '›') do not count as words of the label.
    tokens = [t for t in _tokens(line.lower) if t not in SECTION_CONNECTORS]
    if 0 < len(tokens) <= config.section_max_words and all(
        t.strip(":") in SECTION_WORDS for t in tokens
    ):
        if all(t in ("and", "the") for t in tokens):
            return None
        return LineMatch(section_label.rule_id, ROLE_BOILERPLATE, "section-label")
    return None


def _strip_time_tail(tokens: list[str]) -> list[str]:
    """Tokens without a trailing time ('northern_lad on May 03, 2016, 10:15:22 AM' ->
    'northern_lad'); unchanged when no anchored time closes them."""
    j = len(tokens)
    while j > 0 and _time_token(tokens[j - 1]):
        j -= 1
    if 0 < j < len(tokens) and is_timestamp_tokens(tokens[j:]):
        return [*tokens[: j - 1], tokens[j - 1].rstrip(",")]
    return tokens


# 'On' before a quote header's date, and Invision's word for it in other languages.
_DATE_FIRST_OPENERS = ("on ", "il ", "am ", "le ", "el ", "em ", "op ", "den ", "πριν ")


@rule("reply.wrote_header.v14")
def wrote_header(line: Line, config: SplitConfig) -> LineMatch | None:
    """'alice wrote:', 'Originally Posted by bob': names whose words follow, as a quote
    (when '>' lines come next) or as the post itself. v2: Blogger's 'Name said...'.
    v3: a time after the name ('Quote from: x on May 03, 2016, 10:15:22 AM' on SMF,
    'Originally Posted by x on 05-03-2016') is chrome of the attribution, not its name.
    v4: the verb in six more languages ('Ticketkäufer schrieb am 05.03.2024 10:31:',
    'Marie a écrit :'), with a date between the verb and the colon. v5: nine more
    languages ('DanaV a scris:', 'kirjoitti', 'napisał') and dates in words or brackets
    ('Knut_B skrev (På 14.2.2025 den 11.42):', 'X schreef op dinsdag 11 maart 2025 @ 12:24:').
    v6: 'Originally Posted by' in five more languages ('Originariamente inviato da x'), and
    the link to the quoted post after the name ('Guarda i messaggi', 'View Post'). v7:
    the arrow that links to the quoted post after the colon, alone or before the post's
    time ('dusty_coyote said: ↑', XenForo 1; 'Fender19 wrote: ↑Tue Mar 04, 2025 9:40 pm',
    phpBB 3). v8: a bare date and time between the verb and the colon ('bullen78 skrev
    2025-03-05 09:10:'), and a relative time before the name ('8 minutes ago, X said:').
    v9: Latvian ('Māris (04.03.2025 21:58) rakstīja:'). v10: Invision's date-first header
    in other languages ('Il 11/3/2025 at 21:04, Stefano Rigel ha scritto:', 'Πριν από 2
    ώρες, X είπε:'), and 'Originally Posted by' in eight more ('Izvorno napisao X'). v11:
    'X said:' in Finnish and Turkish ('Vesa-Pekka sanoi:', 'Sarp_T dedi:'), and Rotter's
    'ציטוט מתוך הודעה של X:' ('quote from the message of X'). v12: 'X wrote:' in nine
    more languages ('Ferran_de_Valls ha escrit:', 'Mari kirjutas:', 'Ivan je napisal:').
    v13: Blogger's 'X alisema...' in Swahili. v14: Gmail's 'On DATE at TIME NAME <mail>
    wrote:', no comma before the name (`_strip_time_head`), and room in the name part
    for the date and the address before them."""
    if line.words > config.author_max_words + 12:
        return None
    text = _strip_jump_link(line.text)
    quoted_by = _QUOTED_BY_RE.match(text)
    ends_like_attribution = text.rstrip().endswith((":", "...", "…"))
    m = quoted_by or (_WROTE_RE.match(text) if ends_like_attribution else None)
    if not m:
        return None
    author = _EMAIL_RE.sub("", m.group("author")).strip(" ,\"'")
    for suffix in VIEW_POST_SUFFIXES:
        if author.lower().endswith(suffix):
            author = author[: -len(suffix)].strip()
    # Mail clients write "On Tue, May 3, 2016 at 10:15 AM, Bob Stone wrote:": the
    # name is what follows the last comma of the date. Invision does the same in its
    # other languages ('Il 11/3/2025 at 21:04, Stefano Rigel ha scritto:'). A date has a
    # digit; 'El Guapo, Jr. wrote:' and 'Den Haag, NL wrote:' are names.
    if line.lower.startswith(_DATE_FIRST_OPENERS) and "," in author:
        date, _, name = author.rpartition(",")
        if has_digit(date):
            author = " ".join(_strip_time_head(name.split())).strip(" \"'")
    if not is_name(author.split(), config):
        author = " ".join(_strip_time_tail(author.split()))
        if not is_name(author.split(), config):
            return None
    # "Originally Posted by X" always introduces a quote; "X wrote:" may head a post.
    kind = "quote-attribution" if quoted_by else ""
    return LineMatch(
        wrote_header.rule_id, ROLE_ATTRIBUTION, "byline", author=author, chrome_kind=kind
    )


def _strip_time_head(tokens: list[str]) -> list[str]:
    """v14: Gmail puts no comma between the time and the name ('On Tue, Mar 4, 2025 at
    1:40 PM Gareth Oyelaran <g@x.org> wrote:'): after the date's last comma, the year
    and the time run on into the name, and are the date's."""
    k = 0
    while k < len(tokens) - 1 and _time_token(tokens[k]):
        k += 1
    return tokens[k:]


def _strip_jump_link(text: str) -> str:
    """'X wrote: ↑Tue Mar 04, 2025 9:40 pm' -> 'X wrote:': the arrow linking to the quoted
    post, and the time after it, follow the attribution's colon."""
    head, arrow, tail = text.partition("↑")
    if not arrow or not head.rstrip().endswith(":"):
        return text
    if tail.strip() and not is_timestamp_tokens(_tokens(tail)):
        return text
    return head.rstrip()


_PERMALINK_LABELS = frozenset({"(permalink)", "permalink", "[permalink]"})


@rule("reply.numbered_post.v6")
def numbered_post(line: Line, config: SplitConfig) -> LineMatch | None:
    """'#3 alice', 'Post #12 by bob · 2h ago': a numbered forum post header. v2: the
    time words of timestamp.v2 after the name. v3: those of timestamp.v3, and the name
    split of card_header.v3 ('#3 ann ▸ bob · 2h'). v4: a permalink label after the number
    ('#5 (permalink)', vBulletin) is the number's, and the header has no name. v5: a
    reply counted among the thread's ('Reply 2 of 6, by name', Vogons). v6: Pantip's
    Thai 'comment no.' with a nested answer's number ('ความคิดเห็นที่ 1-2')."""
    if line.words > config.chrome_max_words:
        return None
    m = _NUMBERED_RE.match(line.text)
    if not m:
        return None
    rest = m.group("rest").strip()
    number = line.text[: m.start("rest")].strip()
    if rest.lower() in _PERMALINK_LABELS:
        number, rest = line.text.strip(), ""
    if not rest:
        return LineMatch(
            numbered_post.rule_id, ROLE_HEADER, chrome=number, chrome_kind="forum-chrome"
        )
    split = split_author_time(rest, config)
    if split:
        return LineMatch(
            numbered_post.rule_id,
            ROLE_HEADER,
            author=split[0],
            chrome=f"{number} {split[1]}",
            chrome_kind="forum-chrome",
        )
    if is_name(rest.split(), config):
        return LineMatch(
            numbered_post.rule_id,
            ROLE_HEADER,
            author=rest,
            chrome=number,
            chrome_kind="forum-chrome",
        )
    return None


@rule("reply.card_header.v6")
def card_header(line: Line, config: SplitConfig) -> LineMatch | None:
    """'alice · 3h ago', 'Jane Doe @jdoe · 5h': a comment card's author-and-time line.
    v2: a place after the name ('Pete, Leeds, United Kingdom, 2 hours ago', Daily Mail)
    and the time words of timestamp.v2. v3: the name of the poster answered after the
    poster's own ('Gary Pulaski ▸ RiversideMom', 'D. Ortiz fan  Gary Pulaski', Disqus)
    goes to chrome, and the time words of timestamp.v3. v4: the poster's masked IP after
    the time ('Realist - 12 Mar 2025 at 10:27hrs | IP: 196.4.***.***', Bulawayo24). v5:
    a unit then 'now' is no time ('Been quiet for over a year now.', `_duration_now`),
    and a capital alone is a name's initial, not a unit ('Helen M · 3h', `_time_token`).
    v6: the post's buttons after the time, each in a cell of its own, in any language
    ('pm_nr | 12.03.2025 10:02 | reagovať | citovať', `_header_with_buttons`)."""
    if line.words > config.chrome_max_words + config.author_max_words:
        return None
    split = split_author_time(line.text, config) or _header_with_buttons(line.text, config)
    if not split:
        return None
    return LineMatch(
        card_header.rule_id, ROLE_HEADER, author=split[0], chrome=split[1], chrome_kind="timestamp"
    )


_CELL_SPLIT_RE = re.compile(r"\s+[|·•]\s+")
# The buttons after a one-line header's name and time: a few words each, at most four.
HEADER_BUTTONS_MAX = 4


def _header_with_buttons(text: str, config: SplitConfig) -> tuple[str, str] | None:
    """v6: 'pm_nr | 12.03.2025 10:02 | reagovať | citovať' (DSL.sk): the name and the
    time, then the post's buttons in cells of their own, in any language: one or two
    words of letters each, no sentence, no number."""
    if "|" not in text and "·" not in text and "•" not in text:
        return None
    cells = _CELL_SPLIT_RE.split(text.strip())
    if not 3 <= len(cells) <= 2 + HEADER_BUTTONS_MAX:
        return None
    buttons = cells[2:]
    if not all(
        len(b.split()) <= 2 and not has_digit(b) and _LETTER_RE.search(b) and not ends_sentence(b)
        for b in buttons
    ):
        return None
    split = split_author_time(f"{cells[0]} | {cells[1]}", config)
    if not split:
        return None
    return split[0], f"{split[1]} | {' | '.join(buttons)}"


_ARROWS = frozenset({"▸", "►", "▶", "→", "➜"})


@rule("reply.arrow_header.v1")
def arrow_header(line: Line, config: SplitConfig) -> LineMatch | None:
    """'kvoss → R_Stockton' alone on its line: a poster answering another, with no time
    beside them (NPR's comments put the time under the post). The first name is the
    author; the arrow and the answered name are chrome."""
    if line.words > 8 or not any(a in line.text for a in _ARROWS):
        return None
    tokens = line.text.split()
    arrow = next((k for k, tok in enumerate(tokens) if tok in _ARROWS), None)
    if arrow is None or arrow == 0 or arrow == len(tokens) - 1:
        return None
    if not (is_name(tokens[:arrow], config) and is_name(tokens[arrow + 1 :], config)):
        return None
    return LineMatch(
        arrow_header.rule_id,
        ROLE_HEADER,
        author=" ".join(tokens[:arrow]),
        chrome=" ".join(tokens[arrow:]),
        chrome_kind="byline",
    )


_LONE_MENTION_RE = re.compile(r"^@[\w.\-]{1,40}[:,]?$")


def is_lone_mention(text: str) -> bool:
    """'@gumboot' alone on a line: a reader addressing a poster before writing to them."""
    return _LONE_MENTION_RE.match(text.strip()) is not None


@rule("reply.mention_start.v1")
def mention_start(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line opening with '@name' addresses another poster: Twitter-style replies."""
    if _MENTION_RE.match(line.text):
        return LineMatch(mention_start.rule_id, ROLE_MENTION)
    return None


_CHAT_STAMP = (
    r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
)
# Chat-app exports: '[04/03/2024, 19:14:40] Dave Pearce: text' (WhatsApp on iOS) and
# '04/03/2024, 19:14 - Dave Pearce: text' (Android): a date, a time, a display name.
_DATED_CHAT_RE = re.compile(
    r"^\u200e?(?:\[(?P<s1>" + _CHAT_STAMP + r")\]|(?P<s2>" + _CHAT_STAMP + r")\s+-)\s*"
    r"\u200e?(?:(?P<name>[^:\[\]<>]{1,40}?):\s+(?P<text>\S.*)|(?P<event>\S.*))$",
    re.IGNORECASE,
)
# What a chat app writes in a person's name: not their words.
CHAT_SYSTEM_TEXTS = (
    "this message was deleted",
    "you deleted this message",
    "<attached:",
    "<media omitted>",
    "messages and calls are end-to-end encrypted",
    "missed voice call",
    "missed video call",
    "image omitted",
    "video omitted",
    "sticker omitted",
)


# A push (推文) under a PTT post: its tag (推 up, 噓 down, → neutral), the poster's ID, a
# colon, the words, and the month/day and time, sometimes after the poster's IP.
_BBS_PUSH_RE = re.compile(
    r"^(?P<tag>[推噓→])\s+(?P<name>[A-Za-z0-9][\w.\-]{0,20})\s*:(?P<text>.*?)\s*"
    r"(?P<stamp>(?:\d{1,3}(?:\.\d{1,3}){3}\s+)?\d{2}/\d{2}(?:\s+\d{2}:\d{2})?)\s*$"
)


@rule("reply.bbs_push.v1")
def bbs_push(line: Line, config: SplitConfig) -> LineMatch | None:
    """'推 sunnyday88: 早該修了 03/11 19:05': a PTT push is a whole reply on one line: the
    tag, ID and time are its header, the words between them its text. A push with no
    words left is chrome."""
    if line.text[:1] not in "推噓→":
        return None
    m = _BBS_PUSH_RE.match(line.text.strip())
    if not m:
        return None
    text = m.group("text").strip()
    if not text:
        return LineMatch(bbs_push.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return LineMatch(
        bbs_push.rule_id,
        ROLE_HEADER,
        author=m.group("name"),
        chrome=f"{m.group('tag')} {m.group('name')}: {m.group('stamp')}",
        chrome_kind="timestamp",
        inline=text,
    )


# The lines PTT's server writes into a post: where it was sent from, its address, who
# edited it and when, where it was forwarded ('※ 發信站: 批踢踢實業坊(ptt.cc), 來自: …').
BBS_SYSTEM_LABELS = ("發信站", "文章網址", "編輯", "轉錄者", "轉錄至看板")
_BBS_SYSTEM_RE = re.compile(r"^※\s*(?:" + "|".join(BBS_SYSTEM_LABELS) + r")[\s:：]")


@rule("boilerplate.bbs_system_line.v1")
def bbs_system_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """'※ 編輯: lazycat0521 (114.36.218.77 臺灣), 03/11/2025 19:33:05': the BBS's own
    note between the pushes, not the end of the push above it. A '※' note in an
    article ('※価格は税込') has none of these labels."""
    if not line.text.startswith("※") or not _BBS_SYSTEM_RE.match(line.text):
        return None
    return LineMatch(bbs_system_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")


@rule("reply.chat_line.v3")
def chat_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """'[10:15] alice: text', '<bob> text': a chat log line is a whole message, its
    header (time and nick) and its text on one line. v2: chat-app exports with a date
    and a display name ('[04/03/2024, 19:14:40] Dave Pearce: text'); their system lines
    ('Dave created group', '<attached: …>', 'This message was deleted.') are chrome.
    v3: the name before the time ('[소연] [오후 2:08] text', KakaoTalk)."""
    head = line.text.lstrip("\u200e \t")[:1]
    dated = _DATED_CHAT_RE.match(line.text.strip()) if head == "[" or head.isdigit() else None
    if dated:
        stamp = dated.group("s1") or dated.group("s2")
        text = (dated.group("text") or "").lstrip("\u200e")
        name = dated.group("name")
        if (
            not name
            or not is_name(name.split(), config)
            or text.lower().startswith(CHAT_SYSTEM_TEXTS)
        ):
            return LineMatch(chat_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
        head = line.text[: line.text.index(text)].strip() if text in line.text else stamp
        return LineMatch(
            chat_line.rule_id,
            ROLE_HEADER,
            author=name.strip().lstrip("\u200e"),
            chrome=head,
            chrome_kind="timestamp",
            inline=text,
        )
    named = _NAMED_CHAT_RE.match(line.text.strip()) if head == "[" else None
    if named:
        return LineMatch(
            chat_line.rule_id,
            ROLE_HEADER,
            author=named.group("name").strip(),
            chrome=line.text.strip()[: named.start("text")].strip(),
            chrome_kind="timestamp",
            inline=named.group("text"),
        )
    m = _CHAT_RE.match(line.text)
    if not m:
        return None
    nick = m.group("n1") or m.group("n2")
    stamp = m.group("t1") or m.group("t2")
    # 'Note: ...' or 'Update: ...' in an article is not a message: a bare 'name:' needs
    # a time before it; '<name>' is unambiguous on its own.
    if m.group("n2") and not stamp:
        return None
    if nick.lower() in NOT_NAME_WORDS:
        return None
    head = line.text[: m.start("text")].strip()
    return LineMatch(
        chat_line.rule_id,
        ROLE_HEADER,
        author=nick,
        chrome=head,
        chrome_kind="timestamp",
        inline=m.group("text"),
    )


@rule("boilerplate.subject_line.v1")
def subject_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Re: Palmyra deal claims', 'Re:Forgeries (Score:2)': a forum or mail post's
    subject repeats the thread title; chrome above the post."""
    if line.words <= config.byline_max_words + 4 and _SUBJECT_RE.match(line.text):
        return LineMatch(subject_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


@rule("reply.mail_from.v3")
def mail_from(line: Line, config: SplitConfig) -> LineMatch | None:
    """'From: Anna Kowalski <anna@example.org>' opens a message of a mail archive; the
    other header fields ('Date:', 'Subject:') are chrome under it. v2: 'From: Graz', one
    word and no address, is a forum card's place field: chrome. v3: a field of any
    length, and Pony Mail's 'List:'."""
    # The prefix test first, in C: every line of the page comes here.
    if line.lower.startswith(MAIL_FIELDS) and _MAIL_FIELD_RE.match(line.text):
        # v3: a long subject ('Subject: Re: [DISCUSS] Commons Compress 2.0: drop …') is
        # a field all the same; a subject line holds one line of words.
        return LineMatch(mail_from.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if line.words > config.byline_max_words:
        return None
    m = _MAIL_FROM_RE.match(line.text)
    if m:
        author = (m.group("author") or m.group("addr") or "").strip()
        # v2: one bare word with no address is a forum card's place ('From: Graz',
        # FluxBB's card between 'Member' and 'Registered:'), not a mail's sender.
        no_address = m.group("author") is not None and "<" not in line.text and "(" not in line.text
        if no_address and len(author.split()) == 1:
            return LineMatch(mail_from.rule_id, ROLE_BOILERPLATE, "forum-chrome")
        if author and is_name(author.split(), config):
            head, _, rest = line.text.partition(author)
            return LineMatch(
                mail_from.rule_id,
                ROLE_HEADER,
                author=author,
                chrome=f"{head.strip()} {rest.strip()}".strip(),
                chrome_kind="forum-chrome",
            )
    return None


@rule("boilerplate.signature_dash.v3")
def signature_dash(line: Line, config: SplitConfig) -> LineMatch | None:
    """'-- ' alone on a line starts a mail signature (RFC 3676); the lines of the
    signature block after it go with it (see `signature_block`). v2: vBulletin's row of
    underscores ('__________________', Bike Forums) over a poster's signature. v3: a
    row of block characters ('▄▄███████████▄▄'), the top of a signature banner drawn in
    text (SMF, Bitcointalk); the banner's words under it join the signature."""
    if _SIG_DASH_RE.match(line.text):
        return LineMatch(signature_dash.rule_id, ROLE_FOOTER, "byline")
    return None


def opens_signature(line: Line, label: LineMatch) -> bool:
    """Whether the lines right under this footer line are the poster's signature: the
    signature rules of `signature_dash`, and the `SIGNATURE_OPENERS` ('Logged', 'Visa
    signatur'), under which a forum prints the signature with no rule of its own."""
    return label.rule == signature_dash.rule_id or line.lower.strip() in SIGNATURE_OPENERS


# A company's abbreviation closing a Facebook comment's work line.
_COMPANY_SUFFIX_RE = re.compile(r",?\s+(?:inc|ltd|co|corp|llc|plc|bros|gmbh|pty)\.$", re.IGNORECASE)
# Facebook's comment plugin puts the commenter's work, school or town under the name.
PROFILE_PLACE_PREFIXES = (
    "works at ",
    "worked at ",
    "studied at ",
    "studies at ",
    "went to ",
    "lives in ",
    "attended ",
    # Bilibili and Weibo show the poster's province: 'IP属地：河南'.
    "ip属地",
    "ip屬地",
)


@rule("boilerplate.profile_line.v7")
def profile_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """A forum poster's rank, badge or profile field ('Senior Member', 'Top fan',
    'Join Date: Mar 2012', 'Posts: 4,512', '8,330 2 gold badges'): chrome of a post
    card, never reply text. v2: a badge among 'Key: value' fields ('Colour: Black |
    Verified Purchase', Amazon). v3: the work, school or town line of Facebook's comment
    plugin ('Works at Manila Electric Company (Meralco)', 'Studied at UP Diliman'), the
    province line of Chinese sites ('IP属地：河南'), and a
    member number before the post count ('user #412288 212 posts', Whirlpool); the
    post-card fields in six more languages ('Città: Bologna', 'Messaggi: 11258'). v4:
    the poster's masked IP ('IP: 78.58.xx.xx', Delfi's anonymous comments). v5: the post
    count in eighteen more languages ('2.318 messaggi'), Invision's groups in Italian and
    Portuguese ('Utente Esperto', 'Membro Pleno'), 'Member' in German, French, Spanish
    and Portuguese, XenForo's ranks in Portuguese, Invision's card words in Greek
    ('Μέλος', 'μηνύματα') and 'Forum Resident'. v6: XenForo's card fields in Turkish
    ('Mesajlar: 142', 'Yaş: 22'). v7: the fields in the Nordic languages, Finnish,
    Czech, Russian, Greek, Italian and Arabic ('Inlägg: 8 441', 'Medlem siden: 2017',
    'Registrato dal: Jun 2012'), a Stack Exchange badge count with no colour
    ('41.2k77 gold badges104104 silver badges228228 badges'), and Facebook's comment
    plugin's work line closed by a company's abbreviation ('Works at Lowe's Companies,
    Inc.') and its badge before a place ('Top commenter · Mooresville, North Carolina')."""
    if line.words > config.section_max_words + 3:
        return None
    if line.lower.strip(" .:") in RANK_LINES or _PROFILE_RE.match(line.text):
        return LineMatch(profile_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    if _MASKED_IP_RE.match(line.text):
        return LineMatch(profile_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    # A company's abbreviation is no sentence's end ('Works at Lowe's Companies, Inc.').
    if line.lower.startswith(PROFILE_PLACE_PREFIXES) and not _COMPANY_SUFFIX_RE.sub(
        "", line.text.rstrip()
    ).endswith(_STOPS):
        return LineMatch(profile_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    badge, dot, place = line.lower.partition(" · ")
    if dot and badge.strip() in RANK_LINES and not place.rstrip().endswith(_STOPS):
        return LineMatch(profile_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    pieces = [p.strip() for p in line.lower.split("|")]
    if len(pieces) > 1 and any(p.strip(" .:") in RANK_LINES for p in pieces):
        fields = [p for p in pieces if p.strip(" .:") not in RANK_LINES]
        if all(re.match(r"^[\w ]{1,20}:\s*\S", p) for p in fields):
            return LineMatch(profile_line.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


def split_header_shape(text: str, config: SplitConfig) -> tuple[str | None, str] | None:
    """Read a forum post header made of header chrome, an optional name and a time:
    'Post by alice » Tue May 03, 2016 10:15 am', 'by bob on Tuesday May 03, 2016
    @10:15AM (#124)', 'Old 05-03-2016, 10:15 AM  #2', '« Reply #3 on: May 03, 2016 »',
    '[–]user 312 points 6 hours ago'. Returns (name or None, chrome) or None."""
    if not _may_hold_time(text):
        return None
    stripped, n = _HEADER_CHROME_RE.subn(" ", text)
    if n == 0:
        return None
    tokens = _tokens(stripped)
    if not tokens or len(tokens) > config.chrome_max_words + config.author_max_words:
        return None
    kinds = [_time_token(t) for t in tokens]
    if not any(k == 2 for k in kinds):
        return None
    # The name is the one run of non-time tokens; header separators may sit around it.
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if kinds[k] == 0:
            start = k
            while k < len(tokens) and kinds[k] == 0:
                k += 1
            runs.append((start, k))
        else:
            k += 1
    time_tokens = [t for t, kind in zip(tokens, kinds, strict=True) if kind]
    if not is_timestamp_tokens(time_tokens):
        return None
    if not runs:
        return None, text.strip()
    if len(runs) > 1:
        return None
    start, end = runs[0]
    name = [t.rstrip(",:") for t in tokens[start:end]]
    if not is_name(name, config):
        return None
    author = " ".join(name)
    pos = text.find(tokens[start])
    chrome = f"{text[:pos].strip()} {text[pos + len(author) :].strip()}".strip()
    if text[pos : pos + len(author)] != author:
        chrome = " ".join(t for t in _tokens(text) if t not in name)
    return author, chrome


# phpBB 2's post header ('PostPosted: Tue Mar 11, 2025 11:05 am    Post subject: \tReply
# with quote'; the first 'Post' is the post icon's alt text glued to 'Posted').
_POSTED_SUBJECT_RE = re.compile(
    r"^(?:post)?posted:\s*(?P<time>.+?)\s+post subject:[^\t]*"
    r"(?:\t\s*(?:reply with quote|quote))?\s*$",
    re.IGNORECASE,
)
# v2: the same line in any language: a label of one or two words and a colon, the
# time, and a second such label, the subject and the buttons after it ('Postitatud:
# 08.03.2025 21:02:17    Teema:', 'Wysłany: Pon Mar 10, 2025 22:04    Temat postu:').
_LABEL = r"[^\W\d_]{2,}(?: [^\W\d_]{2,})?"
_LABELLED_TIME_SUBJECT_RE = re.compile(
    rf"^(?:post)?{_LABEL}:[ \t]*(?P<time>[^:\t]*?\d[^\t]*?)[ \t]{{2,}}{_LABEL}:(?:[ \t].*)?$"
)


# (`_CLOCK_RE`, a clock time, is the card rules' own, defined with them below.)
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


def _clock_stamp(text: str) -> bool:
    """A post's full time in any language: a clock time and a year, the rest time words
    or at most two short words the time words do not know (the weekday and month of a
    language they lack: 'Pon Mar 10, 2025 22:04'). A labelled date without a clock
    ('Update: March 3, 2025') is an article's note, not a post header."""
    if not _CLOCK_RE.search(text) or not _YEAR_RE.search(text):
        return False
    unknown = [tok for tok in _tokens(text) if _time_token(tok) == 0]
    return len(unknown) <= 2 and all(len(tok) <= 4 and tok.isalpha() for tok in unknown)


@rule("reply.posted_subject_header.v2")
def posted_subject_header(line: Line, config: SplitConfig) -> LineMatch | None:
    """phpBB 2 prints the post's time and subject, then its quote button, on one line
    between the poster's card (name, rank, 'Joined:', 'Posts:') and the text: the post's
    header, naming no one, so the card rules take the name above it (`author_then_time`).
    v2: in any language, read by its shape (`_LABELLED_TIME_SUBJECT_RE`): the two labels
    around a time, the second past a wide gap."""
    if line.words > config.chrome_max_words + 12 or ":" not in line.text:
        return None
    text = line.text.strip()
    m = _POSTED_SUBJECT_RE.match(text) if "subject" in line.lower else None
    if m:
        if not is_timestamp_tokens(_tokens(m["time"])):
            return None
    elif not (m := _LABELLED_TIME_SUBJECT_RE.match(text)) or not _clock_stamp(m["time"]):
        return None
    return LineMatch(
        posted_subject_header.rule_id,
        ROLE_HEADER,
        chrome=line.text.strip(),
        chrome_kind="timestamp",
    )


@rule("reply.header_shape.v5")
def header_shape(line: Line, config: SplitConfig) -> LineMatch | None:
    """A short line of forum header chrome ('Post by', '»', '#2', '(#123)', 'points',
    '« Reply #3 on:'), a time and at most a name is a post header, named or not. Runs
    before the byline rule, which would take 'by alice on May 3' for the article's.
    v2: the time words of timestamp.v3 ('#2 vor 3 Stunden'). v3: '#3: Post by NAME
    (original poster) » date' and a badge before the name ('Supporter ♡ NAME'). v4:
    'Unread post by NAME » date' (phpBB's prosilver), 'Posted on 12-03-2025 15:02 | By
    Bayboy' (SunLive), and post ids of up to nine digits ('#19840230 03/02/25 07:05 PM',
    UBB.threads). v5: a capital alone is a name's initial, not a unit ('Post by Stephen
    W » Sat Mar 08', ngrm; `_time_token`)."""
    if line.words > config.chrome_max_words + config.author_max_words:
        return None
    # Cheap test before the regex work: every header shape holds one of these marks.
    if not any(mark in line.lower for mark in _HEADER_MARKS):
        return None
    found = split_header_shape(line.text, config)
    if found is None:
        return None
    author, chrome = found
    return LineMatch(
        header_shape.rule_id, ROLE_HEADER, author=author, chrome=chrome, chrome_kind="timestamp"
    )


# Order is behaviour: quotes first (quoted chrome is still quoted content), specific
# boilerplate before generic chrome, chrome before headers (so 'closed #7' is not post 7
# and 'Posted 3h ago' is not a user called Posted), mentions last.
# Wikipedia-style talk-page signatures close a post on its own last line: 'Jbhunley
# (talk) 12:03, 7 March 2024 (UTC)Reply', '—Tamsin Reyes (talk · contribs) 13:10, ...',
# '— Preceding unsigned comment added by 86.12.4.201 (talk) 09:15, 10 March 2024 (UTC)'.
_TALK_SIGNATURE = (
    r"(?:[—–-]+\s*)?(?:preceding unsigned comment added by\s+)?"
    # v3: a word closed by a full stop is the post's last word, not the name's
    # ('Patrouillé. Ours-brun-7 (discuter) …'); an initial may be ('J. Smith').
    r"(?P<name>(?:[\w'’\-]+\s|\w\.\s){0,2}[\w'’\-.]+)\s*"
    r"(?:\((?:talk|contribs|talk\s*[·•|]\s*contrib(?:s|utions))\)\s*"
    r"\d{1,2}:\d{2},\s*\d{1,2}\s+\w+\s+\d{4}\s*\(UTC\)\s*(?:reply)?"
    # v3: any wiki's language ('Lucas.cm2 (discuter) 4 mars 2025 à 17:42 (CET)',
    # 'Benutzer (Diskussion) 12:03, 7. Mär. 2025 (CET)'): the talk link's word or two in
    # brackets, a date with a clock time and a year, then the time zone in capitals.
    r"|\([^()\d:]{2,30}\)\s*(?=[^()]*\d{4})[^()]{0,30}?\d{1,2}:\d{2}[^()]{0,30}?"
    r"\s*\((?-i:[A-Z]{2,5}(?:[+-]\d{1,2})?)\))\s*$"
)
_TALK_SIGNATURE_LINE_RE = re.compile(r"^" + _TALK_SIGNATURE, re.IGNORECASE)
_TALK_SIGNATURE_TAIL_RE = re.compile(
    r"(?:(?<=[.!?\"”)…:])\s+|\s*(?=[—–]))" + _TALK_SIGNATURE, re.IGNORECASE
)


def _may_end_in_signature(text: str) -> bool:
    """A talk signature ends in its time zone's bracket or in the 'Reply' link after it."""
    tail = text.rstrip()[-8:].lower()
    return (tail.endswith(")") or tail.endswith("reply")) and ":" in text


@rule("reply.talk_signature_split.v3")
def talk_signature_split(text: str) -> tuple[str, str] | None:
    """A talk-page post ends with its signature on the same line as its last sentence;
    the line is split in two so the signature can close the post (talk_signature.v3).
    v3: in any wiki's language (`_TALK_SIGNATURE`)."""
    if not _may_end_in_signature(text):  # cheap test first: 1 MB in < 1 s
        return None
    m = _TALK_SIGNATURE_TAIL_RE.search(text)
    if not m or m.start() == 0:
        return None
    return text[: m.start()].rstrip(), text[m.start() :].strip()


# Stack Exchange prints a comment on one line: its words, a dash, its poster and when
# ('Did you reload nginx? – dmitri_k Jan 14, 2024 at 6:11'; 'Worth adding that /FFT
# helps. – Kamil Maciorowski 2 days ago'). The time in the site's own forms anchors it,
# so a dash in a sentence ('– Bob said so yesterday') is no signature: no clock time.
_COMMENT_TIME = (
    r"(?:(?:[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?|yesterday|today) at \d{1,2}:\d{2}"
    r"|\d{1,2} (?:secs?|mins?|hours?|days?) ago)"
)
_COMMENT_SIGNATURE_RE = re.compile(
    r"^[–—]\s*(?P<name>[^\s–—][^–—]{0,39}?)\s+(?:Commented\s+)?" + _COMMENT_TIME + r"\s*$"
)


@rule("reply.comment_signature_split.v1")
def comment_signature_split(text: str) -> tuple[str, str] | None:
    """A Stack Exchange comment and its signature share a line; the line is split in two
    so the signature can close the comment and name its poster (comment_signature.v1).
    Only a line ending as the time does (a digit, 'ago') and its last dash are tried,
    so a long page costs next to nothing."""
    if not (text[-1:].isdigit() or text.endswith("ago")):
        return None
    at = max(text.rfind(" – "), text.rfind(" — "))
    if at <= 0:
        return None
    tail = text[at + 1 :]
    if _COMMENT_SIGNATURE_RE.match(tail) is None:
        return None
    return text[:at].rstrip(), tail.strip()


@rule("reply.comment_signature.v1")
def comment_signature(line: Line, config: SplitConfig) -> LineMatch | None:
    """'– dmitri_k Jan 14, 2024 at 6:11' on its own line (after the split above, or as
    pasted): the poster and time under a Stack Exchange comment. It closes the comment,
    as a talk-page signature does, and names its author."""
    if not line.text.startswith(("–", "—")):
        return None
    m = _COMMENT_SIGNATURE_RE.match(line.text.strip())
    if m is None or not is_name(m.group("name").split(), config):
        return None
    return _signature_match(comment_signature.rule_id, line, m.group("name"))


def _signature_match(rule_id: str, line: Line, name: str) -> LineMatch:
    """A signature under a post: a footer that closes it, naming its poster; the whole
    line is chrome once the name has gone to the reply."""
    return LineMatch(
        rule_id,
        ROLE_FOOTER,
        "byline",
        author=name.strip(),
        chrome=line.text.strip(),
        chrome_kind="byline",
    )


# A comment form's field, its label and the star of a required field, in any language
# ('Name *', 'Izena *', 'Posta elektronikoa * (ez da argitaratuko)'), and the form's
# note that ends on that star ('Required fields are marked *').
_FORM_FIELD_RE = re.compile(r"^[^\W\d_][^*\d]{0,120}?\s\*(?:\s*\([^()*]{1,60}\))?$")
FORM_FIELD_MAX_WORDS = 16


@rule("boilerplate.form_field.v1")
def form_field(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Comment *' / 'Name *' / 'Email *': a comment form's fields, the star marking
    those it requires. The star is the same in every language, so the form is found on
    pages whose words no rule knows ('Izena *', 'Iruzkina *', Goiena)."""
    if "*" not in line.text or line.words > FORM_FIELD_MAX_WORDS:
        return None
    if not line.text.rstrip().endswith(("*", ")")):
        return None
    if _FORM_FIELD_RE.match(line.text.strip()):
        return LineMatch(form_field.rule_id, ROLE_BOILERPLATE, "call-to-action")
    return None


# A comment form's heading is a few words ('Deixa o teu comentario', 'Leave a Reply').
FORM_HEADING_MAX_WORDS = 6


@rule("boilerplate.form_heading.v1")
def form_heading(ctx: Context, i: int) -> LineMatch | None:
    """'Deixa o teu comentario' over 'Nome *' / 'Correo electrónico *' (Galicia
    Confidencial): a short line right over two required fields of a comment form is the
    form's heading, in any language; left as text it closed the last comment."""
    lines, labels = ctx.lines, ctx.labels
    if i + 2 >= len(lines) or lines[i].words > FORM_HEADING_MAX_WORDS:
        return None
    if lines[i + 1].gap or labels[i + 1].rule != form_field.rule_id:
        return None
    if labels[i + 2].rule != form_field.rule_id or ends_sentence(lines[i].text):
        return None
    return LineMatch(form_heading.rule_id, ROLE_BOILERPLATE, "call-to-action")


@rule("reply.signed_comment_text.v1")
def signed_comment_text(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """'Related: Why do some aircraft have fuel pumps? – Jonas Vik Mar 9 at 16:40'
    (Stack Exchange): the words a comment's signature was split from are the comment's,
    though alone they read as a related link or a call to action."""
    if i == 0 or ctx.labels[i].rule != comment_signature.rule_id:
        return None
    if ctx.lines[i - 1].index != ctx.lines[i].index or ctx.labels[i - 1].role == ROLE_TEXT:
        return None
    return {i - 1: LineMatch(signed_comment_text.rule_id, ROLE_TEXT)}


@rule("reply.talk_signature.v3")
def talk_signature(line: Line, config: SplitConfig) -> LineMatch | None:
    """A signature line ('Jbhunley (talk) 12:03, 7 March 2024 (UTC)Reply') closes the
    post above it and names its author, like a 'Posted by' trailer. v3: in any wiki's
    language ('Aragonite (discuter) 4 mars 2025 à 18:20 (CET)')."""
    if not _may_end_in_signature(line.text):
        return None
    m = _TALK_SIGNATURE_LINE_RE.match(line.text.strip())
    if not m:
        return None
    return _signature_match(talk_signature.rule_id, line, m.group("name"))


LINE_RULES: list[LineRule] = [
    talk_signature,
    comment_signature,
    form_field,
    quote_line,
    reply_to_line,
    chat_event,
    bbs_push,
    bbs_system_line,
    chat_line,
    image_file,
    caption_credit,
    caption_paren,
    related_link,
    starred_headline,
    disclaimer,
    call_to_action,
    comment_form_button,
    comment_box,
    navigation,
    closed_marker,
    rule_line,
    signature_dash,
    comment_header,
    subject_line,
    mail_from,
    profile_line,
    vote_count,
    labelled_counts,
    avatar_alt,
    reaction_line,
    reaction_notice,
    presence_line,
    sort_bar,
    rating_line,
    dated_action,
    edit_note,
    removed_post,
    ad_marker,
    topic_tags,
    device_signoff,
    likes_for,
    archive_toggle,
    ip_logged,
    share_bar,
    action_row,
    post_pager,
    posted_subject_header,
    timestamp,
    header_shape,
    byline,
    thread_meta,
    agency_signoff,
    section_label,
    wrote_header,
    numbered_post,
    card_header,
    arrow_header,
    mention_start,
]
TEXT_FALLBACK = "text.fallback.v1"
# One shared verdict for plain text (LineMatch is frozen): most lines get it.
_PLAIN_TEXT = LineMatch(TEXT_FALLBACK, ROLE_TEXT)


def classify_line(line: Line, config: SplitConfig) -> LineMatch:
    """Run the line cascade: the first rule that matches decides; plain text otherwise."""
    for fn in LINE_RULES:
        match = fn(line, config)
        if match is not None:
            return match
    return _PLAIN_TEXT


def classify_lines(lines: Sequence[Line], config: SplitConfig) -> list[LineMatch]:
    """`[classify_line(x, config) for x in lines]`, run rule by rule instead of line by
    line: each rule sees every line still undecided, then the next rule the ones it
    left. The first rule that matches a line still decides it, so the verdicts are the
    same; a third less time on a 1 MB thread (BENCHMARKS.md, session 13), because one
    rule's code and patterns stay in the processor's caches while it runs over the page
    instead of 47 rules taking turns on every line."""
    verdicts = [_PLAIN_TEXT] * len(lines)
    # Two parallel lists, not (index, line) pairs: a pair per line per rule is a million
    # tuples on a long page, and the garbage collector runs after every 700 of them.
    positions: list[int] = list(range(len(lines)))
    pending: list[Line] = list(lines)
    for fn in LINE_RULES:
        kept_positions: list[int] = []
        kept: list[Line] = []
        for k, line in zip(positions, pending, strict=True):
            match = fn(line, config)
            if match is None:
                kept_positions.append(k)
                kept.append(line)
            else:
                verdicts[k] = match
        positions, pending = kept_positions, kept
    return verdicts


# --------------------------------------------------------------------------- tail rules

_DESK_CODE_RE = re.compile(r"\s*([”\"]?\s*\([A-Z][A-Z0-9]{0,5}(?:/[A-Z0-9]{1,6}){1,5}\))\s*$")


@rule("boilerplate.desk_code.v1")
def desk_code(text: str) -> tuple[str, str, str] | None:
    """An agency desk code closing a paragraph ('... losses.” (T/R07/R01)', example 001)
    is an editor's sign-off; it is cut off with the closing quote it follows, so the
    paragraph ends at its last sentence."""
    if not text.rstrip().endswith(")"):  # what the pattern ends in; most lines do not
        return None
    # The code's '(' is the line's last one and a '/' follows it: a prose line ending
    # in '(post 3)' is cleared here without searching it from every position.
    if "/" not in text[text.rfind("(") :]:
        return None
    m = _DESK_CODE_RE.search(text)
    if not m or m.start() == 0:
        return None
    return text[: m.start()].rstrip(), m.group(1).strip(), "byline"


# The edit marks an app glues in brackets to the end of a message.
_GLUED_EDIT_MARKS = ("edited", "bearbeitet", "modifié", "editado", "επεξεργασμένο")
_EDITED_SUFFIX_RE = re.compile(
    r"\s*(?:\u200e?<this message was edited>|\((?:" + "|".join(_GLUED_EDIT_MARKS) + r")\))\s*$",
    re.IGNORECASE,
)
_EDITED_ENDINGS = ("edited>", *(f"{mark})" for mark in _GLUED_EDIT_MARKS))


@rule("boilerplate.edited_suffix.v2")
def edited_suffix(text: str) -> tuple[str, str, str] | None:
    """'... three years <This message was edited>' (WhatsApp export), '... one? (edited)'
    (Slack): the app's edit mark glued to the end of a message is not the writer's. v2:
    the Greek mark ('Δημοσ. 11 Μαρτίου (επεξεργασμένο)', Invision)."""
    if not text.lower().endswith(_EDITED_ENDINGS):
        return None
    m = _EDITED_SUFFIX_RE.search(text)
    if not m or m.start() == 0:
        return None
    return text[: m.start()].rstrip(), m.group(0).strip(), "forum-chrome"


TailRule = Callable[[str], "tuple[str, str, str] | None"]
# Rules that cut chrome off the end of a content line: (kept text, chrome, kind).
TAIL_RULES: list[TailRule] = [desk_code, edited_suffix]


# --------------------------------------------------------------------------- context rules


_WORD_RUN_RE = re.compile(r"\w+")


@lru_cache(maxsize=1 << 15)
def normalise(text: str) -> str:
    """Case-, quote- and whitespace-insensitive form used to compare lines. Cached: the
    stages that compare replies (quotes, repeats, parents) each normalise the same texts,
    which took a tenth of a 1 MB thread's split."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(_WORD_RUN_RE.findall(text.casefold()))


@dataclass
class Context:
    """The page as the context rules see it: lines, their current labels, the title."""

    lines: list[Line]
    labels: list[LineMatch]
    config: SplitConfig
    title_index: int | None = None
    title_norm: str = ""
    # Texts of the lines right under a reply header, counted once per page (flair_line).
    under_header: dict[str, int] | None = None
    # How many 'X says:' headers the line cascade read, by verb (header_like_page).
    header_verbs: Counter | None = None
    # Names per verb of the 'NAME VERB:' lines that open a block (verb_header_page).
    verb_names: dict[str, set[str]] | None = None
    # Lower-cased short lines above the title: the site's masthead and menus.
    masthead: frozenset[str] = frozenset()
    # The first masthead lines in page order, as pasted: the site's name is among them
    # ('Pinside', 'Mtbr.com'), beside a skip link or a menu's first item.
    site_names: tuple[str, ...] = ()
    # Where the first comment header (a marker) stands, found on first use.
    first_marker: int | None = None


def first_marker(ctx: Context) -> int:
    """The index of the page's first marker line (the comment header), or the page's
    length when it has none; looked up once per page, as card rules ask it per card."""
    if ctx.first_marker is None:
        ctx.first_marker = next(
            (j for j, label in enumerate(ctx.labels) if label.role == ROLE_MARKER), len(ctx.labels)
        )
    return ctx.first_marker


ContextRule = Callable[[Context, int], "LineMatch | None"]


@rule("boilerplate.title_repeat.v2")
def title_repeat(ctx: Context, i: int) -> LineMatch | None:
    """The headline pasted again (h1 after <title>, '**Headline' in example 003). v2: as
    a post's subject, 'Re: ' and the headline, however long (vBulletin, Team-BHP: a
    19-word title that `subject_line` leaves as text)."""
    if ctx.title_index is None or i == ctx.title_index or not ctx.title_norm:
        return None
    text, words = ctx.lines[i].text, ctx.lines[i].words
    subject = _SUBJECT_RE.match(text) if text[:1] in "RrAaFf" else None
    if subject:
        text = text[subject.end() - 1 :]
        words = len(text.split())
    # Word counts can differ only by markup tokens ('**', '#'); skip normalising the rest.
    if abs(words - ctx.lines[ctx.title_index].words) > 2:
        return None
    if normalise(text) == ctx.title_norm:
        return LineMatch(title_repeat.rule_id, ROLE_BOILERPLATE, "title-repeat")
    return None


@rule("boilerplate.masthead.v2")
def masthead_line(ctx: Context, i: int) -> LineMatch | None:
    """Text above the headline is the site's masthead and menus ('Toronto Star', 'GTA',
    'Subscribe'), and the same short line again further down ('VICE' over the comment
    widget) is that masthead repeated, not a reader's word. v2: only the lines above a
    post header above the headline are repeated as masthead further down (under the
    header is the opening poster's card, the headline its subject)."""
    if ctx.title_index is None:
        return None
    if i < ctx.title_index:
        return LineMatch(masthead_line.rule_id, ROLE_BOILERPLATE, "navigation")
    line = ctx.lines[i]
    if line.words <= ctx.config.chrome_max_words and line.lower in ctx.masthead:
        return LineMatch(masthead_line.rule_id, ROLE_BOILERPLATE, "navigation")
    return None


@rule("boilerplate.doubled_line.v1")
def doubled_line(ctx: Context, i: int) -> LineMatch | None:
    """A line repeated on the next line (alt text then caption, examples 001 and 002)."""
    if ctx.lines[i].words < ctx.config.doubled_min_words:
        return None
    if _repeats_line_above(ctx, i + 1) or _repeats_line_above(ctx, i):
        return LineMatch(doubled_line.rule_id, ROLE_BOILERPLATE, "caption")
    return None


# The label over a forum's code box ('Code:' in FluxBB and vBulletin, 'Code: Select all'
# in phpBB), in the layout sets' languages.
CODE_BOX_LABELS = frozenset(
    {"code:", "code: select all", "code: alles auswählen", "kod:", "código:", "codice:"}
)


CODE_BOX_LABEL_MAX_WORDS = max(len(label.split()) for label in CODE_BOX_LABELS)


def code_box_lines(lines: Sequence[Line]) -> list[int]:
    """Indices of the lines of each code box: those under a code label, down to the next
    blank line, and the code blocks pasted without one (`code_run_lines`). A poster's
    commands and logs, however much they look like chrome."""
    out = []
    for k, line in enumerate(lines):
        if line.words > CODE_BOX_LABEL_MAX_WORDS or line.lower.strip() not in CODE_BOX_LABELS:
            continue
        j = k + 1
        while (
            j < len(lines) and lines[j].gap == 0 and lines[j].lower.strip() not in CODE_BOX_LABELS
        ):
            out.append(j)
            j += 1
    return out + code_run_lines(lines)


# A line of program code is closed by ';', '{' or '}', or opened by a closing bracket
# ('} else {', '}));'). Prose ends in a full stop, and rarely thrice in a row like this.
_CODE_ENDS = frozenset(";{},")
_CODE_OPENERS = frozenset("}])")
# The fewest code lines in a row that make a pasted code block.
CODE_RUN_MIN_LINES = 3


def code_run_lines(lines: Sequence[Line]) -> list[int]:
    """Indices of the lines of a code block pasted without a label (Discourse's fenced
    code): `CODE_RUN_MIN_LINES` code-shaped lines or more (ending in ';', a brace or a
    comma, or opening with a closing bracket), no blank line between them
    and at most one other line between two of them, all ASCII or one of them closed by
    a brace (Greek questions end in ';'), from its first code line to its last. Every
    line of every page is looked at, so the test is two string lookups."""
    shaped = [
        text[-1:] in _CODE_ENDS or text[:1] in _CODE_OPENERS
        for text in (line.text.strip() for line in lines)
    ]
    out: list[int] = []
    k, n = 0, len(lines)
    while k < n:
        if not shaped[k]:
            k += 1
            continue
        j, last, coded = k + 1, k, 1
        while j < n and lines[j].gap == 0 and j - last <= 2:
            if shaped[j]:
                last, coded = j, coded + 1
            j += 1
        # Greek writes its question mark as ';': three questions in a row are no code.
        # Code is ASCII, or holds a brace ('} else {' round a string in Greek).
        block = range(k, last + 1)
        coded_ok = all(lines[i].text.isascii() for i in block) or any(
            lines[i].text.strip()[-1:] in "{}" for i in block
        )
        if coded >= CODE_RUN_MIN_LINES and coded_ok:
            out.extend(range(k, last + 1))
        k = last + 1
    return out


# A subject cut short by the site ('Stopping at 50% rise is…').
_CUT_MARKS = ("…", "...")
# A comment subject's length: at most a short line; at least three words, as a name
# over a sentence about that person is two ('Dana Whitcomb' / 'Dana Whitcomb is …').
SUBJECT_MAX_WORDS = 12
SUBJECT_MIN_WORDS = 3


@rule("boilerplate.subject_echo.v1")
def subject_echo(ctx: Context, i: int) -> LineMatch | None:
    """'Fresh milled flour is thirstier' / 'Fresh milled flour is thirstier than bagged
    …' (Drupal's comment subject, which defaults to the comment's first words): a short
    line that the next line opens with is the comment's subject, cut short or not. Left
    as text, it doubles the reply's first words."""
    line = ctx.lines[i]
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap or line.words > SUBJECT_MAX_WORDS:
        return None
    below = ctx.lines[i + 1]
    if below.lower[:1] != line.lower[:1] or below.words <= line.words:
        return None
    if ctx.labels[i + 1].role != ROLE_TEXT:
        return None
    head = line.lower.strip()
    for mark in _CUT_MARKS:
        head = head.removesuffix(mark)
    head = head.rstrip()
    # Three words at least or a whole sentence ('Great result!'), ending where a word of
    # the line below ends: a name over its own sentence ('Dana Whitcomb' / 'Dana Whitcomb
    # is a reporter …') is no subject.
    if count_words(head) < SUBJECT_MIN_WORDS and not ends_sentence(head):
        return None
    if not below.lower.startswith(head):
        return None
    if below.lower[len(head) : len(head) + 1].isalnum():
        return None
    return LineMatch(subject_echo.rule_id, ROLE_BOILERPLATE, "forum-chrome")


@rule("boilerplate.doubled_rank.v2")
def doubled_rank(ctx: Context, i: int) -> LineMatch | None:
    """'Engineer' / 'Engineer' over 'Posts: 41' (phpBB's prosilver: the rank's image alt
    text, then the rank): a short line said twice right above a post card's profile
    fields, under the poster's name, is the poster's rank. Too short for `doubled_line`,
    it would be a reply. v2: the two lines are compared as `_repeats_line_above` compares
    them (normalised: case and punctuation aside)."""
    line = ctx.lines[i]
    if line.words > 4 or ends_sentence(line.text):
        return None
    if _repeats_line_above(ctx, i):
        first = i - 1
    elif _repeats_line_above(ctx, i + 1):
        first = i
    else:
        return None
    below = first + 2
    if below >= len(ctx.lines) or ctx.lines[below].gap:
        return None
    # The poster's name stands right above the rank; a pair with no name over it is the
    # name itself, doubled by its avatar's alt text ('old_sawdust' twice, XenForo).
    above = first - 1
    if above < 0 or ctx.lines[first].gap or ctx.labels[above].role != ROLE_TEXT:
        return None
    if not looks_like_name_line(ctx.lines[above].text, ctx.config):
        return None
    if ctx.labels[below].rule != profile_line.rule_id and not _profile_field(ctx, below):
        return None
    return LineMatch(doubled_rank.rule_id, ROLE_BOILERPLATE, "forum-chrome")


# How far apart the two copies of a doubled poster card stand (UBB.threads: the fields,
# then the avatar, name and rank twice, then the fields again: 8 lines).
DOUBLED_CARD_REACH = 12


# A place is a few words ('Cumberland Plateau, TN').
CARD_PLACE_MAX_WORDS = 4


@rule("boilerplate.card_place.v1")
def card_place(ctx: Context, i: int) -> LineMatch | None:
    """'Likes: 40' / 'Wyoming' (UBB.threads, 24hourcampfire): a short line right under a
    card's profile field is the poster's place when the card prints the same field and
    the same line again a few lines away; it is the card's twice, never a reply's first
    words or the post above's last. So is the value under a field's name left alone with
    its colon ('Location:' / 'Melbourne, Australia'), and a place over the poster's name
    and a status or rank line ('Western PA' / 'Old_Gouge' / 'Offline')."""
    line = ctx.lines[i]
    if i == 0 or line.gap or line.words > CARD_PLACE_MAX_WORDS or ends_sentence(line.text):
        return None
    if ctx.labels[i - 1].rule != profile_line.rule_id:
        return None
    field = ctx.lines[i - 1].text
    # The place over the poster's name and status ('Likes: 211' / 'Western PA' /
    # 'Old_Gouge' / 'Offline', UBB.threads printing its card once).
    over_name = (
        i + 2 < len(ctx.lines)
        and ctx.labels[i + 2].rule == profile_line.rule_id
        and not ctx.lines[i + 1].gap
        and looks_like_name_line(ctx.lines[i + 1].text, ctx.config)
    )
    # A field's name alone, its value on the next line ('Location:' / 'Melbourne,
    # Australia', XenForo 1).
    under_name = field.rstrip().endswith(":") and field.lower().strip(" :") in _PROFILE_FIELD_SET
    # The same field and place printed again nearby (the card twice).
    nearby = range(max(1, i - DOUBLED_CARD_REACH), min(len(ctx.lines), i + DOUBLED_CARD_REACH + 1))
    doubled = any(
        j != i and ctx.lines[j].text == line.text and ctx.lines[j - 1].text == field for j in nearby
    )
    if over_name or under_name or doubled:
        return LineMatch(card_place.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


def _is_card_line(line: Line, label: LineMatch, config: SplitConfig) -> bool:
    """A short line that can sit on a comment card above or below its time: a name, an
    @handle, a place, a job title ('Senior Analyst at Example Corp'), never a sentence;
    longer when it names the poster and the poster answered ('Ann B replied to Dr R Fenwick')."""
    if label.role not in (ROLE_TEXT, ROLE_MENTION):
        return False
    if line.text.endswith(("?", "!", ":", ";", ",")):
        return False
    if line.words > config.card_line_max_words:
        # 'Sheila Barnes replied to Dr R Fenwick': two names, each within a name's length.
        tokens = line.text.split()
        poster, rest = _split_reply_to(tokens, line.text, config)
        if not rest or line.words > 2 * config.author_max_words + 3:
            return False
    if line.text.endswith(".") and not re.search(r"(?:^|\s)\w{1,2}\.$", line.text):
        return False
    return line.text.split()[0].lower().strip(".,!?") not in NOT_CARD_WORDS


def _is_time_label(label: LineMatch) -> bool:
    """A bare timestamp's label."""
    return label.role == ROLE_BOILERPLATE and label.kind == "timestamp"


def _is_anchor(label: LineMatch) -> bool:
    """A card's time line: a bare timestamp, or a post header that names no one."""
    # `_is_time_label` written out: this runs on every label of a long thread.
    if label.role == ROLE_BOILERPLATE and label.kind == "timestamp":
        return True
    return label.role == ROLE_HEADER and label.author is None and not label.inline


def _next_role(ctx: Context, i: int, skip: tuple[str, ...] = ()) -> str | None:
    """Role of the first line after i that is not plain chrome nor in `skip` (None at
    the end)."""
    for k in range(i + 1, len(ctx.lines)):
        role = ctx.labels[k].role
        if role not in (ROLE_BOILERPLATE, ROLE_MARKER) and role not in skip:
            return role
    return None


CardRule = Callable[[Context, int], "dict[int, LineMatch] | None"]

# What a whole post can be that a line rule reads as chrome: a '+1', or emoji alone.
_STUB_POST_TEXTS = frozenset({"+1", "-1", "+1!"})


@rule("reply.stub_post.v1")
def stub_post(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """'dbl_k' / 'Mar 12' / '+1' / 'Like' (Flarum), 'Pesche' / '05.03.2025 10:40' / '👍' /
    vote counts (watson.ch): a '+1' or emoji with no count in the text's place under a
    name and a time, with only chrome after it, is the whole post. Read as a vote count
    or a reaction it left a card with no text, and the name line fell to the post
    above. Reactions under a post follow its text, so none stands in this place."""
    if i + 2 >= len(ctx.lines) or ctx.labels[i].role != ROLE_TEXT or ctx.lines[i + 1].gap:
        return None
    if ctx.labels[i + 1].kind != "timestamp" or ctx.lines[i + 2].gap:
        return None
    stub, label = ctx.lines[i + 2].text.strip(), ctx.labels[i + 2]
    if label.rule == reaction_line.rule_id:
        if has_digit(stub):
            return None
    elif label.role != ROLE_BOILERPLATE or stub not in _STUB_POST_TEXTS:
        return None
    if _next_role(ctx, i + 2) in (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE):
        return None
    if not looks_like_name_line(ctx.lines[i].text, ctx.config):
        return None
    return {i + 2: LineMatch(stub_post.rule_id, ROLE_TEXT)}


def _closes_post_above(ctx: Context, k: int) -> bool:
    """A like count under a post's text ('… text' / '2', or '4' / '1 Reply'): one or two
    count lines with a line of prose (five words or more) right above them. A run of
    counts under no prose is a rating histogram ('5' / '4' / '3' / '2' / '1'). Or the
    comment list's sort control ('Sort by' / 'Newest'), over the first card."""
    if ctx.labels[k].rule in (sort_bar.rule_id, comment_box.rule_id):
        return True
    if ctx.lines[k].lower.strip() in SORT_LINES:
        return True
    top = k
    while top > k - 2 and ctx.labels[top].rule == vote_count.rule_id:
        if not has_digit(ctx.lines[top].text):
            return False
        top -= 1
    return (
        top < k
        and top >= 0
        and ctx.labels[top].role in (ROLE_TEXT, ROLE_MENTION)
        and ctx.lines[top].words >= 5
    )


@rule("reply.author_then_time.v12")
def author_then_time(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """Name lines above a time line make a comment card ('alice' / '3 hours ago' on
    YouTube; 'Jane Doe' / 'Senior Analyst at X' / '3h' on LinkedIn; 'Jane D.' /
    'Chicago' / '3h ago' on NYT; name / rank / 'Posts: 212' / subject / 'Reply #1 on:'
    on SMF). v2: up to `card_max_text_lines` short lines and any chrome between the
    name and the time; across blank lines only when chrome (a footer, a counter, the
    comment header) closes the card from above. v3: or when the card holds profile
    fields (`profile_field_pair`), which only a post card has. v4: a reply-to line
    ('Odpowiedź do: Mieszkaniec Redy', 'Antwort auf X') stands in the card like chrome,
    above the name, instead of ending the card unclosed. v5: or under the time, over the
    post's text ('kierowca_BB' / '13 marca 2025, 12:58' / 'odpowiedź do: X', Polska Press).
    v6: a guest badge ('Guest') is the name of a card that has no other. v7: a like count
    under prose, or the sort control, right above the name closes the card like a blank
    line (Discourse); a name said twice (avatar alt text, then name; Invision) opens it.
    v8: one 'Key: value' profile line makes a post card as a field pair does (v3). v9: a
    'Posted by NAME, …' line over the time names the poster (`_posted_by_card`). v10: the
    poster's post count in the card is the card's (`_is_card_post_count`). v11: a name
    said right above and right below the time (`_name_around_time`). v12: buttons run on
    under the post above's footer, over a blank line, are that post's
    (`_below_footer_run`)."""
    cfg = ctx.config
    if not _is_anchor(ctx.labels[i]):
        return None
    following = _next_role(ctx, i, skip=(ROLE_REPLY_TO,))
    if following not in (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE, ROLE_ATTRIBUTION):
        return None  # a time after the text (Blogger) is the post's footer, not its card
    if _name_around_time(ctx, i) and not _time_under_name(ctx, i):
        # v11: 'Tigger' / 'Posted March 2' / 'Tigger' / 'Moderator' (Invision): the name
        # said on both sides of the time is the post's header, whatever stands above it.
        # The name again and the card under it are `poster_card_name`'s to read.
        return {
            i - 1: LineMatch(author_then_time.rule_id, ROLE_HEADER, author=ctx.lines[i - 1].text),
            i: LineMatch(author_then_time.rule_id, ROLE_BOILERPLATE, "timestamp"),
        }
    card: list[int] = []
    texts = 0
    closed_by_chrome = False
    k = i - 1
    floor = -1 if ctx.title_index is None else ctx.title_index
    counts: list[int] = []
    while k > floor:
        line, label = ctx.lines[k], ctx.labels[k]
        if _is_card_post_count(ctx, k):
            # v10: the poster's post count inside the card ('148 posts', Invision).
            counts.append(k)
            card.append(k)
            k -= 1
            continue
        if label.role in (ROLE_FOOTER, ROLE_MARKER, ROLE_SEPARATOR, ROLE_HEADER):
            closed_by_chrome = True
            break
        if label.role in (ROLE_BOILERPLATE, ROLE_REPLY_TO):
            card.append(k)
        elif texts < cfg.card_max_text_lines and _is_card_line(line, label, cfg):
            card.append(k)
            texts += 1
        else:
            break
        k -= 1
    if counts and k > floor and ctx.labels[k].role == ROLE_HEADER:
        return None  # the card over the count has its header (`avatar_over_name`)
    buttons: list[int] = []
    if closed_by_chrome and card and ctx.labels[k].role == ROLE_FOOTER:
        card, buttons = _below_footer_run(ctx, card)
    if k <= floor:
        closed_by_chrome = True
    if not closed_by_chrome and any(_is_profile_field_line(ctx, k) for k in card):
        # v3: profile fields ('Joined' / date / 'Messages' / count) make a post card
        # whatever stands above it: pasted forums run posts on without blank lines.
        closed_by_chrome = True
    doubled = None if closed_by_chrome else _doubled_name(ctx, card)
    if doubled is not None:
        # v7: an avatar's alt text over the same name ('Roger the Dodger' twice, then the
        # rank, the reputation and 'Posted March 10'; Invision) starts the card.
        card = [k for k in card if k >= doubled]
        closed_by_chrome = True

    if not closed_by_chrome:
        # Content above: only the time line's own block is its card, and only when the
        # card starts that block (a name under a sentence of the same block is text).
        # v7: or when a count closes the post above it ('… text' / '2' / 'Rollo' /
        # 'Mar 10', Discourse pasted with no blank lines): the count is the last post's
        # likes, so the card starts under it.
        own: list[int] = []
        if ctx.lines[i].gap == 0:
            for k in card:
                if own and _closes_post_above(ctx, k):
                    break
                own.append(k)
                if ctx.lines[k].gap > 0:
                    break
            else:
                own = []
        card = own
    names = [k for k in card if ctx.labels[k].role in (ROLE_TEXT, ROLE_MENTION)]
    if doubled is not None:
        names = [doubled + 1, *(k for k in names if k > doubled + 1)]
    if not names:
        # v6: a guest's card has its badge where the name goes ('Avatar' / 'Guest' / '45
        # minutes ago').
        names = [k for k in card if ctx.lines[k].lower.strip() in GUEST_NAMES][:1]
    posted_by = None if names else _posted_by_card(ctx, card, i)
    if posted_by is not None:
        names = [posted_by[0]]
    if not names:
        return None
    top = min(names)
    author = ctx.lines[top].text if posted_by is None else posted_by[1]
    out = {top: LineMatch(author_then_time.rule_id, ROLE_HEADER, author=author)}
    for k in names:
        if k != top:
            out[k] = LineMatch(author_then_time.rule_id, ROLE_BOILERPLATE, "byline")
    if ctx.labels[i].role == ROLE_HEADER:
        out[i] = LineMatch(author_then_time.rule_id, ROLE_BOILERPLATE, "timestamp")
    if doubled is not None:
        out[doubled] = LineMatch(author_then_time.rule_id, ROLE_BOILERPLATE, "image")
    for k in counts:
        if k > top:
            out[k] = LineMatch(author_then_time.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    for k in buttons:
        out[k] = LineMatch(author_then_time.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return out


def _below_footer_run(ctx: Context, card: list[int]) -> tuple[list[int], list[int]]:
    """v12: lines run on, with no blank line, from the post's footer above the card
    ('Vasta' / 'Teavita': Reply, then a Report button no rule knows) and a blank line
    under them, right over the line above the time: they are the post above's last
    buttons, and the card is that one line ('Realist' / '11.03.2025 15:18',
    Lõunaeestlane). Returns the card and the buttons; `card` runs upwards from the time."""
    top, name = card[-1], card[0]
    if ctx.lines[top].gap or len(card) < 2 or not ctx.lines[name].gap:
        return card, []
    if ctx.labels[name].role not in (ROLE_TEXT, ROLE_MENTION):
        return card, []  # the blog owner's name, read as the masthead's (LiveJournal)
    return card[:1], card[1:]


_POST_COUNT_RE = re.compile(r"^\d[\d,.]*k?\s+posts?$", re.IGNORECASE)


# Lines of a poster's card under the name: rank, reputation, post count, place, 'Share'.
_CARD_UNDER_NAME_MAX = 10


def _time_under_name(ctx: Context, i: int) -> bool:
    """The poster's card under a name said around time line `i` holds a time line of
    its own ('Posted Tuesday at 02:18 AM' again over the text, AtariAge): that line's
    card is the one the rule reads, as before."""
    texts = 0
    for k in range(i + 2, min(len(ctx.lines), i + 2 + _CARD_UNDER_NAME_MAX)):
        line, label = ctx.lines[k], ctx.labels[k]
        if line.gap:
            return False
        if _is_anchor(label):
            return True
        if label.role in (ROLE_BOILERPLATE, ROLE_MARKER):
            continue
        if texts >= ctx.config.card_max_text_lines or not _is_card_line(line, label, ctx.config):
            return False
        texts += 1
    return False


def _name_around_time(ctx: Context, i: int) -> bool:
    """The same name right above and right below time line `i`, no blank lines between
    (the header's name link, the time, then the poster's card under it): a post card
    that cannot be anything else, as text does not repeat a name around a time."""
    if not 0 < i < len(ctx.lines) - 1 or ctx.lines[i].gap or ctx.lines[i + 1].gap:
        return False
    above, below = ctx.lines[i - 1], ctx.lines[i + 1]
    if ctx.labels[i - 1].role not in (ROLE_TEXT, ROLE_MENTION):
        return False
    if above.words > ctx.config.author_max_words:
        return False
    if not is_name(above.text.split(), ctx.config):
        return False
    return normalise(above.text) == normalise(below.text)


def _is_card_post_count(ctx: Context, k: int) -> bool:
    """'148 posts' between a poster's reputation and 'Location:' (Invision): a count in
    the card's run of lines, with card chrome right above and below it, is the poster's,
    not the comment header `comment_header` reads alone ('41 posts' over a thread)."""
    if not 0 < k < len(ctx.lines) - 1 or ctx.labels[k].rule != comment_header.rule_id:
        return False
    if ctx.lines[k].gap:
        return False
    if ctx.lines[k + 1].gap or not _POST_COUNT_RE.match(ctx.lines[k].text.strip()):
        return False
    return ctx.labels[k - 1].role == ROLE_BOILERPLATE and ctx.labels[k + 1].role == ROLE_BOILERPLATE


_POSTED_BY_RE = re.compile(r"^posted by\s+(?P<name>[^,]{1,60}?)\s*(?:,|$)", re.IGNORECASE)


def _posted_by_card(ctx: Context, card: list[int], i: int) -> tuple[int, str] | None:
    """v9: the card's 'Posted by Sam K., a resident of Menlo Park: Belle Haven' line over
    the time (Embarcadero's Town Square) and the name it gives. Only under the comment
    header: above it, 'Posted by' over a date is the article's byline."""
    for k in card:
        if ctx.labels[k].rule != byline.rule_id:
            continue
        m = _POSTED_BY_RE.match(ctx.lines[k].text)
        if m and is_name(m["name"].split(), ctx.config):
            # Checked last, and once per page: a scan of the labels above each card made a
            # long page of such cards quadratic (bench_split --layout bylines).
            if first_marker(ctx) < i:
                return k, m["name"]
            return None
    return None


# What closes the post above a card: chrome, its footer, the comment header, a rule.
_CHROME_ROLES = (ROLE_BOILERPLATE, ROLE_FOOTER, ROLE_MARKER, ROLE_SEPARATOR)


def _keyed_profile_line(ctx: Context, k: int) -> bool:
    """A 'Key: value' profile line ('Posts: 5120', 'Joined: Sun Feb 22, 2009')."""
    return ctx.labels[k].rule == profile_line.rule_id and ":" in ctx.lines[k].text


def _is_profile_field_line(ctx: Context, k: int) -> bool:
    """A post card's profile field: a pair of lines (`_PROFILE_CARD_RULES`) or, v8, one
    'Key: value' line ('Posts: 5120', 'Joined: Sun Feb 22, 2009'; phpBB 3 with the name
    and fields above the post's subject and time, Airliners.net)."""
    return ctx.labels[k].rule in _PROFILE_CARD_RULES or _keyed_profile_line(ctx, k)


def _doubled_name(ctx: Context, card: list[int]) -> int | None:
    """The upper line of a short line said twice inside a card (an avatar's alt text,
    then the name), or None."""
    inside = set(card)
    for k in card:
        if (
            k - 1 in inside
            and ctx.lines[k].words <= ctx.config.author_max_words
            and _repeats_line_above(ctx, k)
        ):
            return k - 1
    return None


def _repeats_line_above(ctx: Context, k: int) -> bool:
    """Line `k` says what the line right above it says, no blank line between, in the
    form lines are compared by (`normalise`: an avatar's '@tomaszk-dev' over the name
    'tomaszk-dev'): an image's alt text pasted over a rank or a name."""
    # Only lines of equal word count can be repeats; normalising is the costly part.
    return (
        0 < k < len(ctx.lines)
        and not ctx.lines[k].gap
        and ctx.lines[k].words == ctx.lines[k - 1].words
        and normalise(ctx.lines[k].text) == normalise(ctx.lines[k - 1].text)
    )


@rule("reply.author_below_header.v3")
def author_below_header(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """A post header that names no one ('Old 05-03-2016, 10:15 AM  #2', vBulletin) has
    the poster's name on the next line of its block, when the post's text follows. v2:
    also a name `flair_line` took for a badge, as it stood under another header too (a
    poster's second post, 'nanoreefer23'). v3: vBulletin 4 prints the poster's status
    right under the name ('Old Man Tolovana' / 'Old Man Tolovana is offline'): there it
    is the card's chrome, not the footer that closes a post."""
    label = ctx.labels[i]
    if label.role != ROLE_HEADER or label.author is not None or label.inline:
        return None
    k = i + 1
    if k >= len(ctx.lines) or ctx.lines[k].gap > 0:
        return None
    name_label = ctx.labels[k]
    if name_label.rule == flair_line.rule_id:
        name_label = _PLAIN_TEXT
    if not _is_card_line(ctx.lines[k], name_label, ctx.config):
        return None
    if not is_name(ctx.lines[k].text.split(), ctx.config):
        return None
    status = _presence_under_name(ctx, k)
    if _next_role(ctx, status or k) not in (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE, ROLE_ATTRIBUTION):
        return None
    header = LineMatch(
        label.rule,
        ROLE_HEADER,
        author=ctx.lines[k].text,
        chrome=ctx.lines[i].text,
        chrome_kind=label.chrome_kind or "timestamp",
    )
    relabel = {i: header, k: LineMatch(author_below_header.rule_id, ROLE_BOILERPLATE, "byline")}
    if status is not None:
        relabel[status] = LineMatch(author_below_header.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return relabel


def _presence_under_name(ctx: Context, k: int) -> int | None:
    """The index of the line under name line k that gives that name's online status
    ('Old Man Tolovana is offline'), or None."""
    j = k + 1
    if j >= len(ctx.lines) or ctx.lines[j].gap or ctx.labels[j].rule != presence_line.rule_id:
        return None
    m = _PRESENCE_RE.match(ctx.lines[j].text.partition("\t")[0].strip())
    return j if m and m.group("name") == ctx.lines[k].text.strip() else None


_LONE_HANDLE_RE = re.compile(r"^@[\w.\-]{1,40}(?:@[\w.\-]{2,60})?$")


# 'Autor: Pfälzer_Admin' over 'Datum: 14.03.25 - 12:05' (Golem.de's forum): a post's
# header written as labelled fields, in the languages of the labelled pages.
# v2: 'Written by: X' over 'Date: …' in the Nordic languages and six more ('Skrevet af:
# jens_aarhus' / 'Dato: 09-03-2025 kl. 20:14', Hifi4all).
_AUTHOR_FIELD_RE = re.compile(
    r"^(?:autor|author|verfasser|auteur|autore|posted by|geschrieben von|written by"
    r"|skrevet af|skrevet av|skrivet av|kirjoittaja|escrito por|enviado por|scritto da"
    r"|inviato da|geplaatst door|napisane przez|napsal|автор)\s*:\s*"
    r"(?P<name>\S.{0,40})$",
    re.IGNORECASE,
)
_DATE_FIELD_RE = re.compile(
    r"^(?:datum|date|data|fecha|posted|zeit|time|dato|päivämäärä|lähetetty|skrevet"
    r"|skrivet|postet|dodano|дата)\s*:\s*\S*\d",
    re.IGNORECASE,
)


@rule("reply.author_date_fields.v2")
def author_date_fields(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """'Autor: Pfälzer_Admin' then 'Datum: 14.03.25 - 12:05' heads a post (Golem.de):
    the name field is the header, the date field its time, and the short line right above
    them, opening its block, is the post's subject ('Typisch Telekom'; the replies' 'Re:'
    subjects are chrome already). A name field alone stays text: articles print 'Autor:'
    bylines, and only a post pairs it with a date field. v2: the fields in the Nordic
    languages and six more ('Skrevet af: X' / 'Dato: …'), where 'Skrevet af' would
    otherwise read as the quote cue 'Skrivet av X:'."""
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap > 0 or ctx.lines[i].words > 6:
        return None
    m = _AUTHOR_FIELD_RE.match(ctx.lines[i].text.strip())
    if not m or not _DATE_FIELD_RE.match(ctx.lines[i + 1].text.strip()):
        return None
    name = m.group("name").strip()
    if not is_name(name.split(), ctx.config):
        return None
    relabel = {
        i: LineMatch(author_date_fields.rule_id, ROLE_HEADER, author=name),
        i + 1: LineMatch(author_date_fields.rule_id, ROLE_BOILERPLATE, "timestamp"),
    }
    above = i - 1
    if (
        above >= 0
        and ctx.lines[i].gap == 0
        and ctx.labels[above].role == ROLE_TEXT
        and (
            ctx.lines[above].gap > 0 or (above > 0 and ctx.labels[above - 1].role in _CHROME_ROLES)
        )
        and ctx.lines[above].words <= ctx.config.chrome_max_words
    ):
        relabel[above] = LineMatch(author_date_fields.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return relabel


@rule("reply.name_over_handle.v1")
def name_over_handle(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """'Mike Brennan' over '@mikeb@mastodon.social' (Mastodon, Bluesky, Threads, X): a
    display name opening a block, then the poster's own handle alone on the next line,
    is a post header, even when the post's text itself opens with @mentions."""
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap > 0:
        return None
    if (
        i > 0
        and ctx.lines[i].gap == 0
        and ctx.labels[i - 1].role
        not in (
            ROLE_FOOTER,
            ROLE_BOILERPLATE,
            ROLE_MARKER,
        )
    ):
        return None
    name, handle = ctx.lines[i], ctx.lines[i + 1]
    if not _LONE_HANDLE_RE.match(handle.text.strip()) or ends_sentence(name.text):
        return None
    if ctx.labels[i].role not in (ROLE_TEXT, ROLE_HEADER) or not is_name(
        name.text.split(), ctx.config
    ):
        return None
    header = LineMatch(name_over_handle.rule_id, ROLE_HEADER, author=name.text.strip())
    return {i: header, i + 1: LineMatch(name_over_handle.rule_id, ROLE_BOILERPLATE, "byline")}


# An avatar's alt text that names no one ('User avatar' over each poster's name, phpBB's
# prosilver): where the avatar stood, whoever's it is. ('Avatar' alone is a chrome line.)
AVATAR_ALT_TEXTS = frozenset({"user avatar", "profile picture", "profile photo"})


@rule("reply.avatar_over_name.v4")
def avatar_over_name(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """'J' over 'jdh_cinema' (XenForo, Kinja), 'JC' over 'José Carlos Moura' (g1,
    Viafoura, Kathimerini), 'tomasz_k' over 'tomasz_k' (an avatar's alt text, then the
    name; 'User avatar' over any name, phpBB): a letter avatar, the poster's initials, or
    an avatar's alt text pasted as a line right above the poster's name. The pair is a
    post header; the name alone would read as a short reply or close the post above it,
    and the initials as the author. v2: a name with an initial glued on and a full stop
    ('MikeG.' / 'MikeG.', UKworkshop), which `is_name` took for a sentence's end. v3: the
    letter 'X' over a name starting with it, though alone 'X' is a share button. v4: the
    letter over a guest's 'Guest' (Vuukle, mid-day), a rank when alone under a name."""
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap > 0:
        return None
    avatar, name = ctx.lines[i].text.strip(), ctx.lines[i + 1].text.strip()
    # v3: 'X' over 'Xenon_Rider' is the poster's letter, though 'X' alone is a share button.
    letter = ctx.labels[i].rule == share_bar.rule_id and len(avatar) == 1
    if ctx.labels[i].role == ROLE_BOILERPLATE and not letter:
        return None
    if ctx.labels[i + 1].role == ROLE_BOILERPLATE and name.lower() not in GUEST_NAMES:
        return None
    words = name.split()
    # The avatar first: a cheap test that nearly every pair of lines fails.
    if not (is_avatar_of(avatar, words) or avatar.lower() in AVATAR_ALT_TEXTS):
        return None
    # (is_name takes 'S.' as an initial, and no other word ending a sentence.)
    if len(name) < 3 or not is_name(words, ctx.config):
        return None
    header = LineMatch(avatar_over_name.rule_id, ROLE_HEADER, author=name)
    return {i: LineMatch(avatar_over_name.rule_id, ROLE_BOILERPLATE, "image"), i + 1: header}


def is_avatar_of(avatar: str, words: list[str]) -> bool:
    """Whether `avatar` is what a page shows for the poster named `words`: their initials
    ('J' for 'jdh_cinema', 'JC' for 'José Carlos Moura', 'ΓΠ' for 'Γιώργος Π.') or the
    avatar's alt text, the one-word name again ('tomasz_k' / 'tomasz_k'). A word said
    twice ('Zorble' / 'Zorble') is no alt text: the doubled name must look like a handle."""
    if len(words) == 1 and avatar == words[0] and not avatar.isalpha():
        return True
    return _initials_of(avatar, words)


def _initials_of(avatar: str, words: list[str]) -> bool:
    """One letter, or two or three capitals, that open the name's words in order."""
    if not words or not avatar.isalpha() or not 1 <= len(avatar) <= 3:
        return False
    if len(avatar) > 1 and (not avatar.isupper() or len(words) < len(avatar)):
        return False
    if len(avatar) == 1:
        return words[0][0].casefold() == avatar.casefold()
    return all(w[0].casefold() == a.casefold() for w, a in zip(words, avatar, strict=False))


# 'X says:' in the languages where WordPress themes break the verb onto its own line
# under the name ('Ricardo Pinto' / 'diz:', Pplware): the present tense, which
# `ATTRIBUTION_VERBS` (the past of quote cues, mostly) lacks.
PRESENT_ATTRIBUTION_VERBS = frozenset(
    {"diz", "dice", "dit", "sagt", "zegt", "skriver", "siger", "sier", "sanoo", "mówi", "říká"}
)
_LONE_VERB_RE = re.compile(r"^(?P<verb>[^\W\d_]+(?: [^\W\d_]+)?)\s*:$")


@rule("reply.verb_under_name.v1")
def verb_under_name(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """'Ricardo Pinto' / 'diz:' / '12 de Março de 2025 às 09:41' (a WordPress theme in
    Portuguese): 'X says:' broken after the name, the verb alone on the next line. The
    name opening its block is the post's header, the verb its chrome; left alone the
    name closed the post above and 'diz:' opened a reply."""
    text = ctx.lines[i].text
    if i == 0 or ctx.lines[i].gap or not text.rstrip().endswith(":"):
        return None
    m = _LONE_VERB_RE.match(text.strip())
    if not m:
        return None
    verb = m.group("verb").lower()
    if verb not in PRESENT_ATTRIBUTION_VERBS and verb not in ATTRIBUTION_VERBS:
        return None
    k = i - 1
    name = ctx.lines[k]
    if ctx.labels[k].role != ROLE_TEXT or not looks_like_name_line(name.text, ctx.config):
        return None
    if not (name.gap or k == 0 or ctx.labels[k - 1].role in _CHROME_ROLES):
        return None  # a name inside a block of text is the text's
    return {
        k: LineMatch(verb_under_name.rule_id, ROLE_HEADER, author=name.text.strip()),
        i: LineMatch(verb_under_name.rule_id, ROLE_BOILERPLATE, "byline"),
    }


@rule("reply.name_time_over_number.v2")
def name_time_over_number(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """'Vesna' / 'Mar 4 @ 2:51pm' / '#2' (Steam discussions): a post number whose name
    and time sit on the two lines above it, with no blank line between the posts. The
    name would otherwise close the previous post's text. v2: the card's profile fields
    may stand between the name and the time ('Location' / 'Ilkley'), and a line under a
    name said twice is the poster's title (`_poster_over_title`, XenForo 2)."""
    label = ctx.labels[i]
    if label.role not in (ROLE_HEADER, ROLE_FOOTER) or label.author is not None or i < 2:
        return None
    if not _NUMBERED_RE.match(ctx.lines[i].text.strip()):
        return None
    time_line = ctx.lines[i - 1]
    if ctx.labels[i - 1].kind != "timestamp" or time_line.gap or ctx.lines[i].gap:
        return None
    # v2: the card's profile fields may stand between the name and the time.
    k = i - 2
    while k > 0 and ctx.labels[k].rule == profile_field_pair.rule_id and not ctx.lines[k + 1].gap:
        k -= 1
    name_line = ctx.lines[k]
    # A name said twice reads as a doubled caption; over a post number it is the card's.
    doubled = (
        k > 0
        and ctx.labels[k].rule == doubled_line.rule_id
        and ctx.lines[k - 1].text == name_line.text
    )
    if ctx.labels[k].role != ROLE_TEXT and not doubled:
        return None
    if not looks_like_name_line(name_line.text, ctx.config):
        return None
    rule_id = name_time_over_number.rule_id
    relabel = {
        i - 1: LineMatch(rule_id, ROLE_BOILERPLATE, "timestamp"),
        i: LineMatch(rule_id, ROLE_BOILERPLATE, "forum-chrome"),
    }
    poster = _poster_over_title(ctx, k)
    if poster is not None:
        # v2: the line is the poster's title, under the name ('Pale Rider' / 'Pale
        # Rider' / 'Legendary Member', XenForo 2: the avatar's alt text, then the name).
        relabel[k] = LineMatch(rule_id, ROLE_BOILERPLATE, "forum-chrome")
        k, name_line = poster, ctx.lines[poster]
    if k > 0 and not name_line.gap and ctx.lines[k - 1].text == name_line.text:
        relabel[k - 1] = LineMatch(rule_id, ROLE_BOILERPLATE, "image")  # the avatar's alt text
    relabel[k] = LineMatch(
        rule_id,
        ROLE_HEADER,
        author=name_line.text.strip(),
        chrome=ctx.lines[i].text.strip(),
        chrome_kind="forum-chrome",
    )
    return relabel


def _poster_over_title(ctx: Context, k: int) -> int | None:
    """The poster's name right over line `k` when `k` is their title: a name said twice
    (an avatar's alt text, then the name), or one a card rule already read under its
    avatar ('G' / 'grldtnr', `avatar_over_name`)."""
    j = k - 1
    if j < 1 or ctx.lines[k].gap:
        return None
    if ctx.labels[j].rule == avatar_over_name.rule_id and ctx.labels[j].author:
        return j
    name = ctx.lines[j].text
    if ctx.lines[j].gap or ctx.lines[j - 1].text != name:
        return None
    return j if looks_like_name_line(name, ctx.config) else None


@rule("reply.trailer_header.v3")
def trailer_header(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """A header line closing a block of text ('... text' / 'Posted by Mark on May 3,
    2016'): the post's signature, so it is the reply's footer and names its author.
    v2: not over a quote header ('#3: Post by orsonw » …' / 'Jake_G wrote:'), which
    opens the post that header heads. v3: nor over the post's subject ('#19840230
    03/02/25 07:05 PM' / 'Re: Best wood stove … [Re: MuleyMike]', UBB.threads)."""
    label = ctx.labels[i]
    if label.role != ROLE_HEADER or label.inline or ctx.lines[i].gap > 0 or i == 0:
        return None
    if ctx.labels[i - 1].role not in (ROLE_TEXT, ROLE_MENTION):
        return None
    below = i + 1 < len(ctx.lines) and ctx.lines[i + 1].gap == 0
    opens = (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE, ROLE_ATTRIBUTION)
    if below and ctx.labels[i + 1].role in opens:
        return None
    if below and ctx.labels[i + 1].rule == subject_line.rule_id:
        return None
    return {
        i: LineMatch(
            trailer_header.rule_id,
            ROLE_FOOTER,
            "byline",
            author=label.author,
            chrome=label.chrome,
            chrome_kind=label.chrome_kind,
        )
    }


_DASH_NAME_RE = re.compile(r"^[–—-]\s*(?P<name>\w.*)$")
# The verbs by which Stack Exchange dates a post in the card under it.
_POSTED_VERBS = ("answered ", "asked ", "edited ")
_CONTENT_ROLES = (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE)


@rule("reply.author_footer.v3")
def author_footer(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """A poster's card under the post: a name right under the post's time line, with
    chrome or the block's end below it ('answered Jan 5 at 8:40' / 'Lars H.' / '8,330 2
    gold badges', Stack Exchange), or a dashed name over a time or footer ('– curious_reader'
    / 'Jan 8 at 10:01'). It closes the post above and names its author; left as text it
    would open the next reply. v2: an '@name' line under the time is not a name card but
    the next post's address ('hutt_ratepayer says:' / time / '@gumboot', WordPress).
    v3: a card under 'answered …' closes the post above it across the blank line
    between the post and its buttons, and the avatar may stand between the time and the
    name (Stack Exchange)."""
    line, label = ctx.lines[i], ctx.labels[i]
    if label.role not in (ROLE_TEXT, ROLE_MENTION) or line.gap > 0 or i == 0:
        return None
    if line.words > ctx.config.card_line_max_words:
        return None
    dashed = _DASH_NAME_RE.match(line.text)
    if label.role == ROLE_MENTION and not dashed:
        return None  # '@gumboot' under the time addresses a poster: the reply's first words
    below = ctx.labels[i + 1] if i + 1 < len(ctx.lines) and ctx.lines[i + 1].gap == 0 else None
    # The neighbours first, then the name: a cheap test that nearly every line fails.
    if dashed:
        if ctx.labels[i - 1].role not in _CONTENT_ROLES or below is None:
            return None
        if below.kind != "timestamp" and below.role != ROLE_FOOTER:
            return None
    else:
        # v3: the poster's avatar may stand between ("PhaseAngle's user avatar").
        time = i - 2 if i >= 2 and ctx.labels[i - 1].rule == avatar_alt.rule_id else i - 1
        if ctx.labels[time].kind != "timestamp" or ctx.labels[time].role != ROLE_BOILERPLATE:
            return None
        if below is not None and below.role not in (ROLE_BOILERPLATE, ROLE_FOOTER):
            return None
    name = dashed.group("name") if dashed else line.text
    if not is_name(name.split(), ctx.config):
        return None
    if not dashed:
        # The post's text sits above the time line's chrome in the same block; a card
        # that opens its block is a header card (author_then_time's business).
        # v3: unless the time says it is the post's ('answered Mar 11 at 14:22', Stack
        # Exchange, where a blank line parts the answer from its buttons and card).
        past = ctx.lines[time].lower.startswith(_POSTED_VERBS)
        k = time
        while ctx.labels[k].role in (ROLE_BOILERPLATE, ROLE_FOOTER):
            if (ctx.lines[k].gap > 0 and not past) or k == 0:
                return None
            k -= 1
        if ctx.labels[k].role not in _CONTENT_ROLES:
            return None
    footer = LineMatch(
        author_footer.rule_id,
        ROLE_FOOTER,
        "byline",
        author=name,
        chrome=line.text,
        chrome_kind="byline",
    )
    return {i: footer}


@lru_cache(maxsize=65536)
def line_shape(text: str) -> str:
    """A line's shape: digits become 0 and capitalised or handle-like tokens N, so that
    'Helpful (3) · Flag' and 'Helpful (12) · Flag' share one shape. Cached: the shape
    rules and the learned scorer both ask for it."""
    out = []
    for tok in digits_masked(text).split():
        out.append("N" if tok[:1].isupper() or tok[:1] == "@" or "_" in tok else tok.lower())
    return " ".join(out)


def opening_shape(text: str) -> str:
    """The shape of a line's first two words: the lines a thread stamps on every post
    open alike ('Posted by: N | …', '0. N 0 0:0') where the rest differs."""
    return " ".join(line_shape(text).split()[:2])


def repeated_shapes(ctx: Context, start: int) -> dict[int, LineMatch]:
    """reply.repeated_shape.v1: a short line whose shape recurs after the article is
    the thread's own chrome, whatever its words. Recurring at the end of text blocks
    it is a footer ('Helpful? Yes (3)'); recurring at the start of blocks, with a digit
    and text under it, a header ('Comment 0 from N'). Catches layouts no keyword knows."""
    cfg = ctx.config
    groups: dict[str, list[int]] = {}
    for i in range(start, len(ctx.lines)):
        line = ctx.lines[i]
        if ctx.labels[i].role != ROLE_TEXT or line.words > cfg.chrome_max_words:
            continue
        if line.text.endswith((".", "!", "…")):
            continue
        groups.setdefault(line_shape(line.text), []).append(i)
    out: dict[int, LineMatch] = {}
    for members in groups.values():
        if len(members) < cfg.repeat_min_count:
            continue
        ends = all(
            (k + 1 == len(ctx.lines) or ctx.lines[k + 1].gap > 0)
            and ctx.lines[k].gap == 0
            and ctx.labels[k - 1].role in (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE)
            for k in members
        )
        if ends:
            for k in members:
                out[k] = LineMatch("reply.repeated_shape.v1", ROLE_FOOTER, "forum-chrome")
            continue
        heads = all(
            (k == start or ctx.lines[k].gap > 0)
            and any(c.isdigit() for c in ctx.lines[k].text)
            and k + 1 < len(ctx.lines)
            and ctx.lines[k + 1].gap == 0
            and ctx.labels[k + 1].role in (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE)
            for k in members
        )
        if heads:
            for k in members:
                out[k] = LineMatch(
                    "reply.repeated_shape.v1",
                    ROLE_HEADER,
                    chrome=ctx.lines[k].text,
                    chrome_kind="forum-chrome",
                )
    return out


repeated_shapes.rule_id = "reply.repeated_shape.v1"  # type: ignore[attr-defined]


_CLOCK_RE = re.compile(r"\d:\d\d")
# Lines at most this long (in characters) can be card chrome or a poster's name; word
# counts alone miss scripts written without spaces (a Japanese sentence is one 'word').
_CARD_MAX_CHARS = 40


def _card_short(line: Line, cfg: SplitConfig) -> bool:
    return line.words <= cfg.card_line_max_words and len(line.text) <= _CARD_MAX_CHARS


@lru_cache(maxsize=4096)
def _time_family(shape: str) -> str:
    """A card line's shape with its varying words wildcarded: '0 hours ago' and '0
    minutes ago' ('৩ ঘণ্টা আগে' and '৪৫ মিনিট আগে') are one line of the card, whatever
    unit the age is counted in. Lines without a digit or of two words stay as they are
    ('Reply', 'Likes 0')."""
    if "0" not in shape:  # `digits_masked` wrote every digit as '0'
        return shape
    tokens = shape.split()
    if len(tokens) < 3:
        return shape
    # Words without a digit between the first and the last (a unit, a poster's name
    # inside the card line: '回答者： NAME 回答日時：…'), and the word after a count at the
    # end ('0:0 pm' / '0:0 am'); marks count as letters (Bengali's vowel signs).
    out = [tokens[0]]
    for k in range(1, len(tokens)):
        last = k == len(tokens) - 1
        after_count = "0" in tokens[k - 1]
        out.append("*" if "0" not in tokens[k] and (not last or after_count) else tokens[k])
    return " ".join(out)


def card_template(ctx: Context, start: int) -> dict[int, LineMatch]:
    """reply.card_template.v2: comment cards read from the page's own repetition, in
    any language. Short lines whose shape recurs at least `card_template_min_cards`
    times ('3時間前', '返信12', 'Antworten') are card chrome; short lines directly above
    chrome of one shape are posters' names when at least that many of them, not all
    alike, each head a card with text under its chrome (name / time / 'Hide · Report' /
    text / 'Reply 12' / 'Like 845' on Yahoo! JAPAN). A name may itself recur.
    The chrome between a name and its text is the card's, the chrome after the text the
    post's footer; short lines after the last card's footer are the page's. Runs only
    where no other rule found reply headers, so it never overrides a known layout.
    v2: an age counted in other units is the same card line (`_time_family`)."""
    cfg = ctx.config
    lines, labels = ctx.lines, ctx.labels
    n = len(lines)
    if any(labels[i].role in (ROLE_HEADER, ROLE_ATTRIBUTION) for i in range(start, n)):
        return {}
    # Digits masked, words kept: 'Melden' recurs, distinct names do not ('N' for both
    # in `line_shape`).
    shapes = {
        i: _time_family(digits_masked(lines[i].text).casefold())
        for i in range(start, n)
        if _card_short(lines[i], cfg)
    }
    counts = Counter(shapes.values())
    least = cfg.card_template_min_cards

    def chrome(i: int) -> bool:
        if labels[i].role in _CHROME_ROLES:
            return True
        return labels[i].role == ROLE_TEXT and counts.get(shapes.get(i, ""), 0) >= least

    is_chrome = [i >= start and chrome(i) for i in range(n)]
    # A name may recur (one poster, several posts), so any short line over chrome is a
    # candidate, unless it holds a clock time. Groups are tried most varied first: names
    # differ from card to card, chrome over chrome ('Dislike' over its count) repeats.
    by_first: dict[str, list[int]] = {}
    for i in range(start, n - 1):
        if not is_chrome[i + 1] or i not in shapes or _CLOCK_RE.search(lines[i].text):
            continue
        if labels[i].role not in (ROLE_TEXT, ROLE_MENTION) or lines[i].text.endswith(_STOPS):
            continue
        by_first.setdefault(shapes.get(i + 1, lines[i + 1].text), []).append(i)
    variety = {key: len({shapes[i] for i in g}) for key, g in by_first.items()}
    groups = [
        g
        for key, g in sorted(by_first.items(), key=lambda kv: (-variety[kv[0]], -len(kv[1])))
        if len(g) >= least and variety[key] > 1
    ]
    for names in groups:
        out = _read_cards(ctx, names, is_chrome)
        if out:
            return out
    return {}


def _read_cards(ctx: Context, names: list[int], is_chrome: list[bool]) -> dict[int, LineMatch]:
    """Labels for cards opening at `names`, or {} when a card has no text under its chrome."""
    lines, labels, cfg = ctx.lines, ctx.labels, ctx.config
    n = len(lines)
    opening = set(names)
    chrome = [c and i not in opening for i, c in enumerate(is_chrome)]
    out: dict[int, LineMatch] = {}
    rule_id = card_template.rule_id  # type: ignore[attr-defined]
    k = n
    for name, end in zip(names, [*names[1:], n], strict=True):
        k = name + 1
        while k < end and chrome[k]:
            k += 1
        if k == end:
            return {}
        out[name] = LineMatch(rule_id, ROLE_HEADER, author=lines[name].text)
        for c in range(name + 1, k):
            out[c] = LineMatch(rule_id, ROLE_BOILERPLATE, labels[c].kind or "forum-chrome")
        while k < end and not chrome[k]:
            k += 1
        while k < end and chrome[k]:
            out[k] = LineMatch(rule_id, ROLE_FOOTER, labels[k].kind or "forum-chrome")
            k += 1
    # After the last card's footer: short lines are the site's ('More', 'About comments').
    if k < n and all(_card_short(lines[j], cfg) for j in range(k, n)):
        for j in range(k, n):
            out[j] = LineMatch(rule_id, ROLE_BOILERPLATE, "navigation")
    return out


card_template.rule_id = "reply.card_template.v2"  # type: ignore[attr-defined]


_PROFILE_FIELD_SET = frozenset(PROFILE_FIELDS)


@rule("boilerplate.profile_field_pair.v4")
def profile_field_pair(ctx: Context, i: int) -> LineMatch | None:
    """'Joined' / 'Nov 14, 2019' / 'Messages' / '211' / 'Location' / 'Eau Claire, WI'
    (XenForo's post card): field names alone on their lines, each over its value. Two
    fields two lines apart make the card, so a lone 'Thanks' or 'Location' stays text;
    the field's name and its value are both chrome, and so is the poster's title between
    the name header and the fields ('Recognized Contributor', XDA). A field of the
    site's own name ('Oddometer:') counts between two known ones (`_site_field`). v2: and
    as the card's last field, over the post's time ('Tractor' / 'Kubota L4760 HST'). v3:
    the fields in Turkish ('Katılım', 'Mesajlar', 'Tepkime puanı', 'Yer'). v4: and in the
    Nordic languages, Finnish, Czech, Russian and Greek ('Indlæg', 'Medlem siden'); and a
    known field alone, its value over the post's time (`_field_over_time`)."""
    if ctx.lines[i].gap > 0:
        return None
    field = _profile_field_in_card(ctx, i) or _profile_field_in_card(ctx, i - 1)
    # The card rules have not made the name a header yet: the name is known by the
    # avatar over it, the name again or its initial ('A' / 'AndyTheModder').
    title = (
        i > 1
        and ctx.lines[i].words <= 4
        and _profile_field_in_card(ctx, i + 1)
        and _avatar_over(ctx.lines[i - 2].text, ctx.lines[i - 1].text)
    )
    if field or title:
        return LineMatch(profile_field_pair.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


# A field's name: one or two words of letters ('Bikes', 'Oddometer', 'Member since').
_FIELD_NAME = r"[^\W\d_][^\W\d]*(?: [^\W\d_][^\W\d]*)?"
# 'Bikes: Too many according to my wife': a field's name, a colon and its value.
_INLINE_FIELD_RE = re.compile(rf"^{_FIELD_NAME}: \S")


@rule("boilerplate.inline_site_field.v1")
def inline_site_field(ctx: Context, i: int) -> LineMatch | None:
    """'Bikes: 2019 Trek Domane SL6' between 'Posts: 2,311' and 'Mentioned: 12 Post(s)'
    (Bike Forums' vBulletin card): a field of the site's own, name and value on one
    line, between two known fields of the card with no blank line around it. Left as
    text it would open the post above the fields."""
    if i == 0 or i + 1 >= len(ctx.lines) or ctx.lines[i].gap or ctx.lines[i + 1].gap:
        return None
    if ctx.labels[i - 1].rule != profile_line.rule_id:
        return None
    if ctx.labels[i + 1].rule != profile_line.rule_id:
        return None
    line = ctx.lines[i]
    if line.words > ctx.config.chrome_max_words or ends_sentence(line.text):
        return None
    if not _INLINE_FIELD_RE.match(line.text.strip()):
        return None
    return LineMatch(inline_site_field.rule_id, ROLE_BOILERPLATE, "forum-chrome")


@rule("boilerplate.profile_field_button.v1")
def profile_field_buttons(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """'Likes' / '389' among a post card's fields (Head-Fi) is a field, not the like
    button `share_bar` read it as: the field and its value are relabelled chrome before
    the card rules below it read the card (a footer there would close it)."""
    if ctx.labels[i].role != ROLE_FOOTER or not _profile_field_in_card(ctx, i):
        return None
    chrome = LineMatch(profile_field_buttons.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return {i: chrome, i + 1: chrome} if i + 1 < len(ctx.lines) else {i: chrome}


def _avatar_over(avatar: str, name: str) -> bool:
    """The line over a poster's name is their avatar: the name again or its initial."""
    return avatar == name or (0 < len(avatar) <= 2 and name.upper().startswith(avatar.upper()))


def _profile_field(ctx: Context, k: int) -> bool:
    """A profile field's name alone on its line, its value right under it."""
    return (
        0 <= k < len(ctx.lines)
        and ctx.lines[k].words <= 3
        and ctx.lines[k].lower.strip(" :") in _PROFILE_FIELD_SET
        and (k + 1 >= len(ctx.lines) or ctx.lines[k + 1].gap == 0)
    )


_FIELD_LABEL_RE = re.compile(rf"^{_FIELD_NAME}:$")


_BARE_FIELD_NAME_RE = re.compile(rf"^{_FIELD_NAME}$")


def _site_field(ctx: Context, k: int) -> bool:
    """A field name of the site's own ('Oddometer:', ADVrider's post count) between two
    known fields of the card, each two lines away, and shaped like a field's name: one
    or two words and a colon. v2: or the card's last field, a capitalised name with no
    colon under a known field and over the post's time ('Location' / 'NW Ohio' /
    'Tractor' / 'Kubota M5-111, L3560' / 'Mar 2, 2025', TractorByNet's XenForo)."""
    if not (
        0 < k < len(ctx.lines) - 2
        and ctx.lines[k].gap == 0
        and ctx.lines[k - 1].gap == 0
        and ctx.lines[k + 2].gap == 0
        and _profile_field(ctx, k - 2)
    ):
        return False
    name = ctx.lines[k].text.strip()
    if _FIELD_LABEL_RE.match(name):
        return _profile_field(ctx, k + 2)
    return (
        name[:1].isupper()
        and _BARE_FIELD_NAME_RE.match(name) is not None
        and ctx.lines[k + 1].gap == 0
        and _field_over_time(ctx, k)
    )


def _profile_field_in_card(ctx: Context, k: int) -> bool:
    """A profile field with another two lines above or below it: a post card's fields.
    ('Likes' in one is no like button, though `share_bar` read it as one.)"""
    if _site_field(ctx, k):
        return True
    if not _profile_field(ctx, k):
        return False
    lines = ctx.lines
    above = (
        (_profile_field(ctx, k - 2) or _site_field(ctx, k - 2))
        and lines[k].gap == 0
        and lines[k - 1].gap == 0
    )
    below = (_profile_field(ctx, k + 2) or _site_field(ctx, k + 2)) and lines[k + 2].gap == 0
    return above or below or _field_over_time(ctx, k)


def _field_over_time(ctx: Context, k: int) -> bool:
    """A known field alone as the card's last, its short value right over the post's time
    ('Location' / 'West Leeds' / '10 Mar 2025', XenForo): the only field some cards show."""
    if k + 2 >= len(ctx.lines) or ctx.lines[k + 2].gap:
        return False
    value = ctx.lines[k + 1]
    return (
        value.words <= ctx.config.chrome_max_words
        and not ends_sentence(value.text)
        and _is_time_label(ctx.labels[k + 2])
    )


# How far above a poster's card its post's header may stand (a long post's lines).
_CARD_HEADER_REACH = 60


def _profile_fields_below(ctx: Context, i: int) -> int | None:
    """Where a poster card's profile fields start under the name on line `i`: right under
    it, or under up to three short lines of rank and counts when the field is a 'Key:
    value' line. None when no field follows so."""
    for j in range(i + 1, min(i + 5, len(ctx.lines))):
        line = ctx.lines[j]
        if line.gap:
            return None
        right_under = j == i + 1 and ctx.labels[j].rule == profile_line.rule_id
        if right_under or _keyed_profile_line(ctx, j):
            return j
        if line.words > 4 or ends_sentence(line.text):
            return None
    return None


# How many chrome lines may stand between a card's fields and the header under them.
_CARD_TO_HEADER_LINES = 6


@rule("boilerplate.poster_card_name.v3")
def poster_card_name(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """phpBB's prosilver pasted as text puts the poster's profile under each post: their
    name, then 'Posts: 4312' / 'Joined: ...' ('Marcus Hale' / 'Posts: 4312', Antique
    Radio Forums). A line naming the author of the post's own header right over a
    profile field is that card's name, not the post's last line. The short lines right
    above it that end no sentence ('Thanks,' / 'Rick', 'Don - W9TB' / 'Antique Wireless
    Association member') are the poster's signature; at least one line of the post stays
    its text. v2: the rank and counts may stand between the name and a 'Key: value' field
    ('tandyguy84' / 'Space Invader' / '24' / '118 posts' / 'Location:Tulsa, OK', Invision
    4 under 'Posted Tuesday at 03:40 AM'); they are the card's too. v3: a card over the
    post's header ('reefless_ryan' / 'Posts: 38' / 'Location: Leeds, UK' / 'Re: …' /
    'Unread post by reefless_ryan » …', another prosilver style): its name is the card's
    when that header names the same poster. And a card whose fields run into a time
    line ('renan_sjc' / 'Membro Júnior' / '27' / 'Postado 12 de março', Invision) heads
    the post below: left to `author_then_time`, whoever posted above."""
    if ctx.labels[i].role != ROLE_TEXT or ctx.lines[i].words > ctx.config.author_max_words:
        return None
    fields = _profile_fields_below(ctx, i)
    if fields is None:
        return None
    header = next(
        (
            k
            for k in range(i - 1, max(-1, i - _CARD_HEADER_REACH), -1)
            if ctx.labels[k].role == ROLE_HEADER
        ),
        None,
    )
    if _card_over_time(ctx, fields):
        # The card's fields run down into a time line: the card heads the post below
        # ('renan_sjc' / 'Membro Júnior' / '27' / 'Postado 12 de março', Invision), the
        # time's card for `author_then_time`, whoever posted above.
        return None
    name = normalise(ctx.lines[i].text)
    if header is None or normalise(ctx.labels[header].author or "") != name:
        if _header_under_card(ctx, fields) == name:
            return {i: LineMatch(poster_card_name.rule_id, ROLE_BOILERPLATE, "byline")}
        return None
    out = {i: LineMatch(poster_card_name.rule_id, ROLE_BOILERPLATE, "byline")}
    for j in range(i + 1, fields):
        if ctx.labels[j].role in (ROLE_TEXT, ROLE_MARKER):
            out[j] = LineMatch(poster_card_name.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    k = i
    while (
        len(out) <= 3
        and ctx.lines[k].gap == 0
        and k - 2 > header
        and ctx.labels[k - 1].role == ROLE_TEXT
        and ctx.lines[k - 1].words <= 5
        and not ends_sentence(ctx.lines[k - 1].text)
    ):
        k -= 1
        out[k] = LineMatch(poster_card_name.rule_id, ROLE_BOILERPLATE, "signature")
    return out


def _under_card(ctx: Context, fields: int) -> list[int]:
    """The lines from a card's fields down, with no blank line between: its chrome, then
    the first line that is not chrome, if it comes within `_CARD_TO_HEADER_LINES`."""
    run = []
    for k in range(fields, min(len(ctx.lines), fields + _CARD_TO_HEADER_LINES)):
        if ctx.lines[k].gap:
            break
        run.append(k)
        if ctx.labels[k].role not in _CHROME_ROLES:
            break
    return run


def _card_over_time(ctx: Context, fields: int) -> bool:
    """Whether a card's fields, and the chrome right under them, hold a bare time line."""
    return any(_is_time_label(ctx.labels[k]) for k in _under_card(ctx, fields))


def _header_under_card(ctx: Context, fields: int) -> str | None:
    """The normalised author of the post header under a card's profile fields, past the
    fields and other chrome ('Posts: 38' / 'Location: Leeds' / 'Re: subject' / 'Unread
    post by NAME » date'); None when text comes first or the header names no one."""
    run = _under_card(ctx, fields)
    last = ctx.labels[run[-1]] if run else None
    if last is None or last.role != ROLE_HEADER or not last.author:
        return None
    return normalise(last.author)


# 'N.' or 'N. Title' opening an Israeli paper's talkback (Haaretz, Mako).
_TALKBACK_NUMBER_RE = re.compile(r"^(?P<number>\d{1,4})\.(?:\s+(?P<title>\S.*))?$")


@rule("reply.numbered_talkback.v1")
def numbered_talkback(ctx: Context, i: int) -> dict[int, LineMatch] | None:
    """'3. מהנדס ימי כאן' / 'אבי ש.' / '11/03/25 19:10' / text (Mako), '1.' / title /
    name / time / text (Haaretz): a numbered talkback whose reader wrote a title above
    their name and time. The title is the talkback's first words, so the line holding
    it heads the post and carries it as text (the number on it, or the number line over
    it, is chrome), and the name and time under the title are its card. Left to
    `author_then_time`, the title would end the talkback above."""
    m = _TALKBACK_NUMBER_RE.match(ctx.lines[i].text)
    if m is None or ctx.labels[i].role not in (ROLE_TEXT, ROLE_BOILERPLATE, ROLE_HEADER):
        return None
    title = m.group("title")
    name_at = i + 1 if title else i + 2
    if name_at + 1 >= len(ctx.lines) or any(ctx.lines[k].gap for k in range(i + 1, name_at + 2)):
        return None
    if not title and ctx.labels[i + 1].role != ROLE_TEXT:
        return None
    name = ctx.lines[name_at].text.strip()
    # The name may carry the reader's town after a comma ('דני, חיפה').
    named = looks_like_name_line(name.split(",")[0], ctx.config) and name.count(",") <= 1
    if ctx.labels[name_at].role != ROLE_TEXT or not named:
        return None
    if not _is_time_label(ctx.labels[name_at + 1]):
        return None
    chrome = LineMatch(numbered_talkback.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    # The header carries the title as its own text: the reader's words, which the
    # learned trimming never judges (a short title with no full stop looks like chrome).
    if title:
        header = LineMatch(
            numbered_talkback.rule_id,
            ROLE_HEADER,
            author=name,
            chrome=f"{m.group('number')}.",
            chrome_kind="forum-chrome",
            inline=title,
        )
        return {i: header, name_at: chrome, name_at + 1: chrome}
    header = LineMatch(
        numbered_talkback.rule_id, ROLE_HEADER, author=name, inline=ctx.lines[i + 1].text.strip()
    )
    return {i: chrome, i + 1: header, name_at: chrome, name_at + 1: chrome}


def numbered_talkbacks(ctx: Context) -> dict[int, LineMatch]:
    """`numbered_talkback` over the page, before the card rules read the cards: a pass
    that only looks at lines opening with a digit (a rule in the card cascade would be
    called on every line of a long thread)."""
    relabel: dict[int, LineMatch] = {}
    for i, line in enumerate(ctx.lines):
        if line.text[:1].isdigit() and (found := numbered_talkback(ctx, i)):
            relabel.update(found)
    return relabel


_PROFILE_CARD_RULES = (profile_field_pair.rule_id, profile_field_buttons.rule_id)
# Order: the whole-post and labelled-field cards first, and a card's profile fields
# before the rules that read the card around them; then a named header's trailer test
# (it changes what is an anchor), the card above an anchor, a name below an unnamed
# header, and a name under a post.
CARD_RULES: list[CardRule] = [
    stub_post,
    signed_comment_text,
    verb_under_name,
    author_date_fields,
    profile_field_buttons,
    poster_card_name,
    avatar_over_name,
    name_time_over_number,
    name_over_handle,
    trailer_header,
    author_then_time,
    author_below_header,
    author_footer,
]


@rule("boilerplate.quote_frame.v1")
def quote_frames(ctx: Context) -> dict[int, LineMatch]:
    """A rule line framing a quote ('Pfälzer_Admin schrieb:' / '-----' / '> …' / '-----',
    Golem.de, old web forums) belongs to the quote: as a separator it ended the post
    before its own text began. Chrome inside the post instead."""
    relabel = {}
    lines, labels = ctx.lines, ctx.labels
    for i, label in enumerate(labels):
        if label.rule != rule_line.rule_id or lines[i].gap > 0:
            continue
        after_quote = i > 0 and labels[i - 1].role in (ROLE_ATTRIBUTION, ROLE_QUOTE)
        before_quote = (
            i + 1 < len(lines) and lines[i + 1].gap == 0 and labels[i + 1].role == ROLE_QUOTE
        )
        if after_quote or before_quote:
            relabel[i] = LineMatch(quote_frames.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return relabel


@rule("quote.after_quoted_by.v1")
def quote_after_quoted_by(ctx: Context, i: int) -> LineMatch | None:
    """vBulletin drops the '>' marks: the line right under 'Originally Posted by X' is
    the quote when the post's own text follows it in the same block."""
    if i == 0 or ctx.lines[i].gap > 0:
        return None
    above = ctx.labels[i - 1]
    if above.role != ROLE_ATTRIBUTION or above.chrome_kind != "quote-attribution":
        return None
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap > 0:
        return None
    return LineMatch(quote_after_quoted_by.rule_id, ROLE_QUOTE)


@rule("boilerplate.heading_over_marker.v1")
def heading_over_marker(ctx: Context, i: int) -> LineMatch | None:
    """A short line right above a comment header ('Death toll' over 'Latest comment: 3
    days ago7 comments', a talk page's sections) is the section's heading, not the end
    of the post above it."""
    if i + 1 >= len(ctx.lines) or ctx.labels[i + 1].role != ROLE_MARKER or ctx.lines[i + 1].gap:
        return None
    line = ctx.lines[i]
    if line.words > 8 or ends_sentence(line.text) or i == ctx.title_index:
        return None
    return LineMatch(heading_over_marker.rule_id, ROLE_BOILERPLATE, "section-label")


@rule("boilerplate.flair_line.v1")
def flair_line(ctx: Context, i: int) -> LineMatch | None:
    """A poster's flair or badge on its own line under their header, above their text
    ('u/name · 4 hr. ago' / 'Netherlands' / text, new Reddit; 'Top fan'): short, not a
    sentence, and the same words under another header on the page. Once is a reply's
    opening word ('Agreed' / text)."""
    line = ctx.lines[i]
    if i == 0 or line.gap or line.words > 3 or ends_sentence(line.text):
        return None
    if ctx.labels[i - 1].role != ROLE_HEADER or i + 1 >= len(ctx.lines):
        return None
    if ctx.lines[i + 1].gap or ctx.labels[i + 1].role not in (ROLE_TEXT, ROLE_MENTION):
        return None
    if ctx.under_header is None:
        ctx.under_header = Counter(
            ctx.lines[k].text
            for k in range(1, len(ctx.lines))
            if ctx.labels[k - 1].role == ROLE_HEADER and not ctx.lines[k].gap
        )
    if ctx.under_header.get(line.text, 0) < 2:
        return None
    return LineMatch(flair_line.rule_id, ROLE_BOILERPLATE, "byline")


@rule("boilerplate.rank_over_profile.v1")
def rank_over_profile(ctx: Context, i: int) -> LineMatch | None:
    """vBulletin 3's post card: the header ('Old 03/12/2025, 06:52 AM'), the name, the
    poster's rank in the forum's own words ('RC Sponsor', 'Registered Member'), then the
    profile fields ('Join Date: Aug 2002'). A short line between a name under a header and
    the fields is the rank, whatever it says; left as text it would be a reply of its
    own. Rank lists (`RANK_LINES`) cannot know every forum's titles."""
    line = ctx.lines[i]
    if i < 2 or i + 1 >= len(ctx.lines) or line.gap or line.words > 4:
        return None
    # The fields are 'Key: value' lines; a rank under the line is another card's shape.
    if ends_sentence(line.text) or not _keyed_profile_line(ctx, i + 1):
        return None
    if ctx.lines[i + 1].gap > 1 or ctx.lines[i - 1].gap:
        return None
    name = ctx.labels[i - 1]
    if not (name.role == ROLE_TEXT or (name.role == ROLE_BOILERPLATE and name.kind == "byline")):
        return None
    if (
        ctx.lines[i - 1].words > ctx.config.author_max_words
        or ctx.labels[i - 2].role != ROLE_HEADER
    ):
        return None
    return LineMatch(rank_over_profile.rule_id, ROLE_BOILERPLATE, "forum-chrome")


@rule("boilerplate.edit_reason.v1")
def edit_reason(ctx: Context, i: int) -> LineMatch | None:
    """Invision Community prints the editor's reason under its edit note ('Edited March
    10 by spring_bar' / 'typo'), then the post's reactions: a short line between the
    note and the post's chrome is that reason, not the poster's last words."""
    line = ctx.lines[i]
    if i == 0 or line.gap or line.words > 6 or ctx.labels[i - 1].rule != edit_note.rule_id:
        return None
    below = i + 1
    if (
        below < len(ctx.lines)
        and not ctx.lines[below].gap
        and ctx.labels[below].role in (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE)
    ):
        return None
    return LineMatch(edit_reason.rule_id, ROLE_BOILERPLATE, "forum-chrome")


_LABEL_COUNT_RE = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)?(?:\s[^\W\d_]+)?\s+\(?\d[\d,.]*k?\)?$")


@rule("boilerplate.label_count_run.v1")
def label_count_run(ctx: Context, i: int) -> LineMatch | None:
    """'Useful 3' / 'Funny 0' / 'Love this 4' / 'Oh no 0' on lines of their own (Yelp):
    a run of two or more short 'label count' lines is a reaction bar; one such line
    alone ('Chapter 4') is left as text."""

    def is_pair(k: int) -> bool:
        return (
            0 <= k < len(ctx.lines)
            and ctx.lines[k].words <= 4
            and (
                ctx.labels[k].role in (ROLE_TEXT, ROLE_FOOTER)
                or ctx.labels[k].rule == label_count_run.rule_id
            )
            and bool(_LABEL_COUNT_RE.match(ctx.lines[k].text.strip()))
            and ctx.lines[k].lower.split()[0] not in ALL_MONTHS
        )

    if not is_pair(i):
        return None
    if (is_pair(i - 1) and ctx.lines[i].gap == 0) or (is_pair(i + 1) and ctx.lines[i + 1].gap == 0):
        return LineMatch(label_count_run.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


# Phrases of the house rules printed between a comment header and the first comment.
COMMENT_POLICY_PHRASES = (
    "to encourage thoughtful",
    "by submitting a comment",
    "we welcome comments",
    "we welcome your comments",
    "welcome to the comments",
    "welcome to the globe",
    "our community guidelines",
    "community guidelines",
    "comment policy",
    "commenting policy",
    "please keep comments",
    "please be respectful",
    "comments are moderated",
    "comments are pre-moderated",
    "keep the conversation",
    "real names",
    "logged in via",
    "house rules",
    "commenting platform",
    "to post comments",
    "log in to comment",
    "login to comment",
    "sign in to comment",
    "keep your community civil",
    "keep it civil",
    "currently signed out",
    "sign in to join",
    "log in with",
    "sign up with disqus",
    "be part of the conversation",
    "discuss this article",
    "discussion is now closed",
    "closed for comments",
    "vous devez être connecté",
    "pour réagir",
    "per commentare",
    "è necessario essere",
    "para comentar",
    "um zu kommentieren",
    "mitdiskutieren",
    "nutzungsbedingungen",
    "réservés aux abonnés",
    "aby dodać komentarz",
    "regulamin komentowania",
    "för att kommentera",
    "granskar kommentarer",
    "riservati agli abbonati",
    "alleen mogelijk voor abonnees",
    "opinions of our readers",
    # Session 5: log in to comment, and whose comments they are, in eight more languages.
    "de responsabilidade exclusiva",
    "yorum yapabilmek için",
    "για να σχολιάσετε",
    "hozzászólások nem tükrözik",
    "hozzászóláshoz",
    "kommentieren zu können",
    "đăng nhập để",
    "for å kommentere",
    "for at kommentere",
    "pentru a comenta",
    "kommentoidaksesi",
    "pro přidání komentáře",
    "los comentarios son responsabilidad",
    # 'Your opinion will be edited before it is posted' (Thanh Niên).
    "được biên tập trước khi đăng",
    # Log in to comment, and the comment rules, in Estonian and Slovenian.
    "kommenteerimiseks",
    "za komentiranje",
    "pravila komentiranja",
    # Moderation in the policy's own words ('Comments are reviewed and must be approved
    # by a moderator', The Daily Illini).
    "approved by a moderator",
    "approved by our moderators",
    "comments are reviewed",
    "comments are expected to",
)


_COMMENT_POLICY_RE = re.compile(any_of(COMMENT_POLICY_PHRASES))


@rule("boilerplate.comment_policy.v2")
def comment_policy(ctx: Context, i: int) -> LineMatch | None:
    """'To encourage thoughtful and respectful conversations, first and last names will
    appear with each submission ...' (CBC): the site's comment rules, within a few lines
    under the comment header and before anyone has posted, are a disclaimer. v2: the
    moderation a policy describes ('must be approved by a moderator')."""
    if not _COMMENT_POLICY_RE.search(ctx.lines[i].lower):
        return None
    for k in range(i - 1, max(i - 6, -1), -1):
        role = ctx.labels[k].role
        if role == ROLE_MARKER:
            return LineMatch(comment_policy.rule_id, ROLE_BOILERPLATE, "disclaimer")
        if role in (ROLE_HEADER, ROLE_FOOTER, ROLE_ATTRIBUTION):
            return None
    return None


_VERB_COLON_RE = re.compile(r"^(?P<author>\S.{0,60}?)\s+(?P<verb>\w+)\s*:$")
# Fewer than this many 'X says:' headers the rules read on the page, and a line of the
# same shape whose name they could not read stays text.
HEADER_LIKE_PAGE_MIN = 2


@rule("reply.header_like_page.v3")
def header_like_page(ctx: Context, i: int) -> LineMatch | None:
    """'Ah here, lads! says:' among 'Cormac says:' and 'Dubloony says:' (WordPress): a
    commenter may type anything as a name, and the page's other headers with the same
    verb show the line for what it is. It must open its block, as they do. v2: the
    verbs `wrote_header.v12` reads in nine more languages. v3: and in Swahili (v13)."""
    m = _verb_colon_opening(ctx, i, ctx.config.author_max_words + 6)
    if not m or m.group("verb").lower() not in ATTRIBUTION_VERBS:
        return None
    if ctx.header_verbs is None:
        ctx.header_verbs = Counter(
            ctx.lines[k].text.rstrip(": ").rsplit(None, 1)[-1].lower()
            for k, label in enumerate(ctx.labels)
            if label.rule == wrote_header.rule_id and ctx.lines[k].text.endswith(":")
        )
    if ctx.header_verbs[m.group("verb").lower()] < HEADER_LIKE_PAGE_MIN:
        return None
    return LineMatch(
        header_like_page.rule_id,
        ROLE_ATTRIBUTION,
        "byline",
        author=m.group("author").strip(" ,\"'"),
    )


# How many different posters must head a block with one verb before it is the page's
# header, in a language the rules do not know ('Marites Santos sinabi:').
VERB_HEADER_MIN_NAMES = 3


def _verb_colon_opening(ctx: Context, i: int, max_words: int) -> re.Match[str] | None:
    """'NAME VERB:' of at most `max_words` words, opening its block or right under
    chrome, as a post's header does (header_like_page, verb_header_page)."""
    line = ctx.lines[i]
    if line.words > max_words or not line.text.endswith(":"):
        return None
    if line.gap == 0 and i > 0 and ctx.labels[i - 1].role not in (ROLE_FOOTER, ROLE_BOILERPLATE):
        return None
    return _VERB_COLON_RE.match(line.text)


def _verb_header_shape(ctx: Context, i: int) -> re.Match[str] | None:
    """A name's length and an unknown verb: one word more than a user name."""
    return _verb_colon_opening(ctx, i, ctx.config.author_max_words + 1)


@rule("reply.verb_header_page.v1")
def verb_header_page(ctx: Context, i: int) -> LineMatch | None:
    """'Marites Santos sinabi:', 'jun_batangas sinabi:', 'Carlo R. sinabi:' (Abante,
    WordPress in Filipino): a comment header in a language whose verb the rules do not
    know. The page shows it in any language: three or more different posters open a
    block with 'NAME VERB:' and the same verb. Read as `wrote_header`'s lines are, so a
    quote under one still joins the post it is quoted in."""
    if ctx.labels[i].role != ROLE_TEXT:
        return None
    m = _verb_header_shape(ctx, i)
    if m is None:
        return None
    if ctx.verb_names is None:
        ctx.verb_names = {}
        for k, label in enumerate(ctx.labels):
            if label.role != ROLE_TEXT or not ctx.lines[k].text.endswith(":"):
                continue
            found = _verb_header_shape(ctx, k)
            if found is not None:
                names = ctx.verb_names.setdefault(found.group("verb").lower(), set())
                names.add(found.group("author").strip().lower())
    if len(ctx.verb_names.get(m.group("verb").lower(), ())) < VERB_HEADER_MIN_NAMES:
        return None
    return LineMatch(
        verb_header_page.rule_id, ROLE_ATTRIBUTION, "byline", author=m.group("author").strip()
    )


# A consent banner names cookies (in any of these spellings) and asks for consent.
COOKIE_WORDS = (
    "cookie", "עוגיות", "쿠키", "クッキー", "ciasteczk",
    # Session 18: Turkish, Finnish, Croatian and Serbian, Slovenian, Hungarian,
    # Lithuanian, Latvian, Estonian, Swedish, Icelandic and Catalan words for cookies.
    "çerez", "evästei", "kolačić", "колачић", "piškot", "sütik", "slapuk", "sīkdatn",
    "küpsis", "kakor", "vafrakök", "galetes",
)  # fmt: skip
CONSENT_WORDS = (
    "we use", "uses", "use of", "utiliz", "usamos", "verwende", "gebruik", "agree", "accept",
    "consent", "continu", "partners", "navega", "souhlas", "zgod", "akzept", "personali",
    "experience", "expérience", "experiência", "experiencia", "erlebnis", "esperienza",
    "privacy", "privacidad", "datenschutz", "analy",
    # v2: Danish, Norwegian, Swedish, Dutch, Hungarian, Croatian and Turkish ('Ingeniøren bruger
    # cookies til at forbedre din oplevelse', Ing.dk).
    "bruger", "bruker", "använder", "samtykke", "samtycke", "oplevelse", "opplevelse",
    "upplevelse", "toestemming", "használ", "koristi", "kullan",
    # v3: Icelandic, Catalan, Slovak and Czech, Finnish, Lithuanian, Latvian and Estonian
    # ('Við notum vafrakökur …', 'Utilitzem galetes …', 'používame súbory cookie').
    "notum", "samþykk", "utilitz", "používa", "súhlas", "käyttää", "hyväksy",
    "naudoja", "izmanto", "kasutame",
)  # fmt: skip
# Banners sit at the very top or the very bottom of a pasted page.
COOKIE_NOTICE_EDGE_LINES = 40
COOKIE_NOTICE_TAIL_LINES = 15


@rule("boilerplate.cookie_notice.v3")
def cookie_notice(ctx: Context, i: int) -> LineMatch | None:
    """'We use cookies to ensure you get the best experience on our website. By
    continuing, you are agreeing to our use of cookies.': the consent banner, pasted with
    the page at its top or bottom. A reader talking about cookies writes further in, or
    does not ask for consent. v2: the asking words of seven more languages. v3: the word
    for cookies in twelve more ('Bu site çerezler kullanır.'), and the asking words of
    Icelandic, Catalan, Slovak, Finnish and the Baltic languages."""
    if not _is_cookie_notice(ctx.lines, i):
        return None
    return LineMatch(cookie_notice.rule_id, ROLE_BOILERPLATE, "disclaimer")


def _is_cookie_notice(lines: list[Line], i: int) -> bool:
    line = lines[i]
    near_edge = i < COOKIE_NOTICE_EDGE_LINES or i >= len(lines) - COOKIE_NOTICE_TAIL_LINES
    if not near_edge or line.words > 90 or not any(w in line.lower for w in COOKIE_WORDS):
        return False
    return any(w in line.lower for w in CONSENT_WORDS)


# How often one 'name' must head the page's cards before its counts say what it is.
COUNTER_BUTTON_MIN_REPEATS = 3


@rule("boilerplate.counter_button.v1")
def counter_buttons(ctx: Context) -> dict[int, LineMatch]:
    """'Leuk (14)', 'Synes godt om (9)', 'Empfehlen (41)', 'Podrži (27)': a reaction
    button with its count reads as a poster's name with a post count, and opened a
    would-be post under every comment. The page tells them apart in any language: a
    poster's count is the same on each of the poster's cards, while a button's count
    differs from card to card. So a header 'name' seen on three or more lines whose
    counts are bare numbers, not all equal, is a button. Read before the card rules,
    which then see the page's real name and time lines."""
    seen: dict[str, list[int]] = {}
    for i, label in enumerate(ctx.labels):
        if label.role != ROLE_HEADER or not label.author or not label.chrome:
            continue
        # A button's count beside its label ('(14)', '27', '+3', '1.2k'): a signed count.
        if _SIGNED_COUNT_RE.match(label.chrome.strip()):
            seen.setdefault(label.author, []).append(i)
    relabel: dict[int, LineMatch] = {}
    for found in seen.values():
        counts = {ctx.labels[i].chrome.strip() for i in found}
        if len(found) >= COUNTER_BUTTON_MIN_REPEATS and len(counts) >= 2:
            for i in found:
                relabel[i] = LineMatch(counter_buttons.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return relabel


# A count with a short unit word: '3 klst.', '2h', '41 Photos', '1楼'.
_UNIT_COUNT_RE = re.compile(r"^(?P<num>\d{1,3})\s?(?P<unit>[^\W\d_]{1,6})\.?$")
# How many of the page's lines must carry one unit before the unit is the cards'.
UNIT_COUNT_MIN_REPEATS = 3


@rule("boilerplate.unit_count.v1")
def unit_counts(ctx: Context) -> dict[int, LineMatch]:
    """'3 klst.' (Icelandic hours, Vísir's Facebook plugin): a number and one short word
    on its own line, in a language the rules do not know, was read as a reply's text.
    The same shape is Newegg's '5 Egg' rating, Tieba's '1楼' floor and a recipe card's
    '29g' (all three relabelled; their pages fail on other counts, so their replies did
    not change). The page shows what it is in any language: three or more such lines
    share the word while their numbers differ, each
    on its own card (no two adjacent, which an ingredient list would be). Lines the
    cascade already read as chrome are left as they are."""
    seen: dict[str, list[tuple[int, str]]] = {}
    for i, line in enumerate(ctx.lines):
        # A digit first, before the pattern: an unspaced CJK line is one 'word'.
        if line.words > 2 or not line.text.lstrip()[:1].isdigit():
            continue
        if ctx.labels[i].role != ROLE_TEXT:
            continue
        m = _UNIT_COUNT_RE.match(line.text.strip())
        if m:
            seen.setdefault(m.group("unit").lower(), []).append((i, m.group("num")))
    relabel: dict[int, LineMatch] = {}
    for found in seen.values():
        positions = [i for i, _ in found]
        if (
            len(found) >= UNIT_COUNT_MIN_REPEATS
            and len({num for _, num in found}) >= 2
            and all(b - a > 1 for a, b in zip(positions, positions[1:], strict=False))
        ):
            for i in positions:
                relabel[i] = LineMatch(unit_counts.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return relabel


# How many cards must show a field name of the site's own before it is the cards'.
FIELD_RUN_MIN_REPEATS = 3


def _field_key(line: Line) -> str | None:
    """The field name a line opens with, casefolded: 'Vehicle:' alone, or
    'Chapter/Region: MAIC'. One or two words before the colon with no sentence stop in
    them, and a value, if any, that ends no sentence ('Note: it works.' is a reader's)."""
    if ":" not in line.text:
        return None
    key, _, value = line.text.strip().partition(":")
    # A letter first: times ('12:30', '2025年1月1日 0:00') are most lines with a colon.
    if not key[:1].isalpha() or not 1 <= len(key.split()) <= 2:
        return None
    if any(c in key for c in '.!?,;"'):
        return None
    return key.casefold() if not value or not ends_sentence(value) else None


# A post's subject is a few words ('eKasa 2.0', 'Súkromie', ':)'); and most of the
# page's headers carry one for the lines over them to be subjects.
SUBJECT_OVER_HEADER_MAX_WORDS = 8
SUBJECT_OVER_HEADER_MIN_SHARE = 0.6


@rule("boilerplate.subject_over_header.v1")
def subject_over_header(ctx: Context) -> dict[int, LineMatch]:
    """'eKasa 2.0' / 'pm_nr | 12.03.2025 10:02 | reagovať | citovať' (DSL.sk): where most
    post headers of a page (three at least) have a short line right over them, after a
    blank line, that line is each post's subject, whatever its words (':)' too); read as
    text it ended the post above. A line that ends a statement is a reader's. Only
    headers that print the poster's name beside their time count: over a bare name
    stands the name's card."""
    lines, labels = ctx.lines, ctx.labels
    # Headers that name their poster beside other things (the time, the buttons): a
    # line over a bare name is the name's card (its avatar, the poster's title).
    heads = [
        i
        for i in range(1, len(lines))
        if labels[i].role == ROLE_HEADER
        and not lines[i].gap
        and not labels[i].inline
        and labels[i].author
        and lines[i].text.strip() != labels[i].author.strip()
    ]
    if len(heads) < 3:
        return {}
    subjects = []
    for i in heads:
        above, label = lines[i - 1], labels[i - 1]
        if not above.gap:
            continue
        if label.rule in (subject_line.rule_id, title_repeat.rule_id):
            subjects.append(None)  # 'Re: …', chrome already
        elif (
            label.role == ROLE_TEXT
            and above.words <= SUBJECT_OVER_HEADER_MAX_WORDS
            and not above.text.rstrip().endswith((".", "!", "?"))
        ):
            subjects.append(i - 1)
    if len(subjects) < SUBJECT_OVER_HEADER_MIN_SHARE * len(heads):
        return {}
    match = LineMatch(subject_over_header.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return {k: match for k in subjects if k is not None}


@rule("reply.card_like_others.v1")
def cards_like_others(ctx: Context) -> dict[int, LineMatch]:
    """'Maureen' / 'Seattle' / '2 years ago' under 'Share your thoughts …' (NYT
    Cooking): a card under a sentence of its own block is no card to `author_then_time`,
    which takes no name right under a sentence for a poster. Where two cards or
    more on the page have that very shape (a name, the same number of card lines, the
    time, text), a name-like line over card lines and a time in that shape is a card
    too: the page's own cards vouch for it."""
    lines, labels, cfg = ctx.lines, ctx.labels, ctx.config
    shapes: Counter[int] = Counter()
    for i, label in enumerate(labels):
        if label.rule != author_then_time.rule_id or label.role != ROLE_HEADER:
            continue
        if label.author != lines[i].text.strip():
            continue
        t = next(
            (k for k in range(i + 1, min(i + 4, len(lines))) if _is_time_label(labels[k])), None
        )
        if t is not None and all(labels[k].role == ROLE_BOILERPLATE for k in range(i + 1, t)):
            shapes[t - i - 1] += 1
    found: dict[int, LineMatch] = {}
    for between, count in shapes.items():
        if count < 2:
            continue
        for j in range(1, len(lines) - between - 2):
            t = j + between + 1
            if not _is_time_label(labels[t]) or labels[t + 1].role != ROLE_TEXT:
                continue
            if not between and not _reads_as_post(lines[t + 1]):
                continue
            card = range(j, t)
            if any(labels[k].role != ROLE_TEXT or lines[k].gap for k in card):
                continue
            if not all(_is_card_line(lines[k], labels[k], cfg) for k in card):
                continue
            if not is_name(lines[j].text.split(), cfg):
                continue
            found[j] = LineMatch(
                cards_like_others.rule_id, ROLE_HEADER, author=lines[j].text.strip()
            )
            for k in card[1:]:
                found[k] = LineMatch(cards_like_others.rule_id, ROLE_BOILERPLATE, "byline")
    return found


# 'Posted by: Ed Holloway | …', 'posted by Blogger Joe : 11:02 AM': the name after 'by',
# up to the separator before the time.
_TRAILER_NAME_RE = re.compile(r"\bby:?\s+(?P<name>[^|:,(]+?)\s*(?:[|:,(]|\s(?:on|at)\s|$)")
_TRAILER_KINDS = ("timestamp", "byline")
_HEAD_ROLES = (ROLE_HEADER, ROLE_ATTRIBUTION)


def _clock_and_year(text: str) -> bool:
    """A clock time and a year on one line that ends no sentence: a post's time line
    (the clock and year tests of `_clock_stamp`, without its limit on unknown words)."""
    return (
        ":" in text
        and not ends_with_stop(text)
        and _CLOCK_RE.search(text) is not None
        and _YEAR_RE.search(text) is not None
    )


@rule("reply.dated_trailer.v2")
def dated_trailers(ctx: Context) -> dict[int, LineMatch]:
    """'Posted by: Ed Holloway | March 11, 2025 at 10:12 AM' under each comment, a blank
    line on either side (Typepad, classic Blogger): the time line closes the post above
    it, as `trailer_header` reads a header right under its text. The page tells trailers
    from headers: under the comment header the first comment's text comes before the
    first such line, and none of them runs straight into text below it (Royal Gazette's
    'Posted by: …' over its text heads the post). Lines of one opening shape, a date or
    time in each, at least `repeat_min_count` of them, each under a line of text, on a
    page whose posts have no header (Blogger's 'X said...' over the post keeps its time
    line under the post as the card's time). v2: a line no rule read counts when it
    holds a clock time and a year and ends no sentence ('Posted by: Owen | Mar 4, 2025
    10:40:55 AM', PrawfsBlawg)."""
    lines, labels, cfg = ctx.lines, ctx.labels, ctx.config
    marker = next((k for k, label in enumerate(labels) if label.role == ROLE_MARKER), None)
    if marker is None:
        return {}
    groups: dict[str, list[int]] = {}
    for i in range(marker + 1, len(lines)):
        label, line = labels[i], lines[i]
        if not line.gap or line.words > cfg.chrome_max_words:
            continue
        if label.role == ROLE_BOILERPLATE and label.kind in _TRAILER_KINDS:
            if not any(c.isdigit() for c in line.text):
                continue
        elif label.role != ROLE_TEXT or not _clock_and_year(line.text):
            continue  # v2: a time line no rule knew ('… | Mar 4, 2025 11:31:08 AM')
        if i + 1 < len(lines) and not lines[i + 1].gap and labels[i + 1].role in _CONTENT_ROLES:
            return {}  # a time line over its text: a header layout
        groups.setdefault(opening_shape(line.text), []).append(i)
    found: dict[int, LineMatch] = {}
    for members in groups.values():
        if len(members) < cfg.repeat_min_count:
            continue
        # Each under a comment's text, the first one too, and no header heads a post:
        # the time line is the only mark between posts.
        if any(labels[k - 1].role not in _CONTENT_ROLES for k in members):
            continue
        if any(labels[k].role in _HEAD_ROLES for k in range(marker + 1, members[-1])):
            continue
        for k in members:
            m = _TRAILER_NAME_RE.search(lines[k].text)
            name = m.group("name").strip() if m else None
            found[k] = LineMatch(
                dated_trailers.rule_id,
                ROLE_FOOTER,
                "byline",
                author=name or None,
                chrome=lines[k].text,
                chrome_kind="byline",
            )
    return found


_HEADER_OPENS = (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE, ROLE_ATTRIBUTION, ROLE_REPLY_TO)


def _over_text(ctx: Context, i: int) -> bool:
    """Line `i` stands over a post's opening (its text, a quote, an attribution or a
    reply-to line), at most one blank line between them, as a post's time line does."""
    return (
        i + 1 < len(ctx.lines)
        and ctx.lines[i + 1].gap <= 1
        and ctx.labels[i + 1].role in _HEADER_OPENS
    )


_NAME_SEPARATORS = frozenset({"|", "-", "–", "—", "·", "•", "»", "/"})
# Where a header line's time begins: the first token that opens with a digit ('Joost_85'
# is a name).
_DIGIT_TOKEN_RE = re.compile(r"[(\[#]?\d")


@rule("boilerplate.recurring_time.v1")
def recurring_times(ctx: Context, start: int) -> dict[int, LineMatch]:
    """'2025. március 11. 14:05', '04.03.2025. u 10:47', '10 maart 2025 om 20:14' over
    each comment, or 'Comment 4 Tobias Lindqvist 2025-03-03 09:02:47 UTC': a line no
    rule read that holds a clock time and a year, ends no sentence and stands over
    text is the thread's time line when at least three such lines after the headline
    open alike (their first two words, digits masked). A thread stamps each post the
    same way in any language; an article's dateline stands once. Found before the card
    rules, so that a name over such a time makes a card (`author_then_time`), and only
    on pages where the rules read fewer than three posts' headers: where they read more,
    those headers already say where posts start, and a second reading of the cards
    around them did more harm than good (the labelled pages' measure)."""
    lines, labels, cfg = ctx.lines, ctx.labels, ctx.config
    # Where the rules already read the posts' headers, those headers say where posts start.
    headers = sum(1 for k in range(start, len(lines)) if labels[k].role == ROLE_HEADER)
    if headers >= cfg.card_template_min_cards:
        return {}
    groups: dict[str, list[int]] = {}
    for i in range(start, len(lines) - 1):
        label, line = labels[i], lines[i]
        if label.role != ROLE_TEXT or line.words > cfg.chrome_max_words:
            continue
        if not _clock_and_year(line.text):
            continue
        if not _over_text(ctx, i):
            continue
        groups.setdefault(opening_shape(line.text), []).append(i)
    found: dict[int, LineMatch] = {}
    for members in groups.values():
        if len(members) >= cfg.card_template_min_cards:
            for k in members:
                found[k] = LineMatch(recurring_times.rule_id, ROLE_BOILERPLATE, "timestamp")
    return found


_HEADING_COUNT_RE = re.compile(r"[(\[]?\d+[)\]]?")


@rule("boilerplate.counted_heading.v1")
def counted_headings(ctx: Context) -> dict[int, LineMatch]:
    """The comment section's heading with its count ('Comentarios - 11', 'ΣΧΟΛΙΑ (17)',
    '댓글 | 8') reads as a card's name and time, the count standing for the time. When
    it is the page's first post header and no other header's time is a bare number,
    it names no poster: it is the count of the comments under it."""
    labels = ctx.labels
    heads = [k for k, label in enumerate(labels) if label.role == ROLE_HEADER]
    counted = [k for k in heads if _HEADING_COUNT_RE.fullmatch(labels[k].chrome or "")]
    if len(counted) != 1 or counted[0] != heads[0]:
        return {}
    # A paragraph under it is a post's: the heading stands over the first answer's
    # card that no rule read ('Attorney answers (4)' / 'Daniel R. Oyelaran' / …, Avvo).
    lines, first = ctx.lines, counted[0]
    end = heads[1] if len(heads) > 1 else len(lines)
    if any(lines[k].words >= ctx.config.counted_heading_max_words for k in range(first, end)):
        return {}
    return {first: LineMatch(counted_headings.rule_id, ROLE_BOILERPLATE, "comment-count")}


# Discuz!'s floor over each post: the second to fourth floors by name (sofa, bench,
# floor, basement), then the number and '#' or '楼'.
_DISCUZ_FLOOR_RE = re.compile(r"^(?:沙[发發]|板凳|地板|地下室|\d{1,5}\s?(?:#|楼|樓))$")


@rule("boilerplate.discuz_floor.v1")
def discuz_floors(ctx: Context) -> dict[int, LineMatch]:
    """Discuz! (most Chinese forums: Xcar, Ck101) labels each post by its floor in the
    poster's card: '沙发' (sofa, the first reply), '板凳' (bench), '地板' (floor), then
    '5#' or '5楼'. Alone on its line under the card's chrome ('发表于 … | 只看该作者',
    '發消息') it is the card's, not the reply's first word. Under a line left as text it
    stays: there it follows the poster's name, and the card rules read the two together
    ('DJI Thor' / '3#' / 'Administrator', DJI's forum). A page rule, run after the card
    rules, so the chrome above is known."""
    out: dict[int, LineMatch] = {}
    for i in range(1, len(ctx.lines)):
        line = ctx.lines[i]
        if ctx.labels[i].role != ROLE_TEXT or line.words > 2 or len(line.text) > 12:
            continue
        if _DISCUZ_FLOOR_RE.match(line.text.strip()) and ctx.labels[i - 1].role != ROLE_TEXT:
            out[i] = LineMatch(discuz_floors.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return out


@rule("reply.dated_header.v1")
def dated_headers(ctx: Context) -> dict[int, LineMatch]:
    """A thread's time line (`recurring_times`) that names its poster between its label
    and its time ('Comment 4 Tobias Lindqvist 2025-03-03 09:02:47 UTC', Bugzilla;
    'Auteur: Baye Fall - En Mars, 2025 (10:52 AM)') and still stands right over text, no
    card rule having taken it, is that post's header."""
    lines, labels, cfg = ctx.lines, ctx.labels, ctx.config
    found: dict[int, LineMatch] = {}
    for i in range(len(lines) - 1):
        if labels[i].rule != recurring_times.rule_id or not _over_text(ctx, i):
            continue
        name = _name_before_time(lines[i].text, cfg)
        if name is not None:
            found[i] = LineMatch(
                dated_headers.rule_id,
                ROLE_HEADER,
                author=name,
                chrome=lines[i].text,
                chrome_kind="forum-chrome",
            )
    return found


def _is_date_word(token: str) -> bool:
    word = token.lower().strip(".,")
    return word in ALL_MONTHS or word in WEEKDAYS


def _name_before_time(text: str, cfg: SplitConfig) -> str | None:
    """'Comment 4 Tobias Lindqvist 2025-03-03 …' → 'Tobias Lindqvist': the words after
    the opening's label (numbered, or closed by a colon) and before the time or a
    separator, when they read as a name and hold no month or weekday ('Tuesday March
    4, 2025 10:41' names no one)."""
    tokens = text.split()
    if not tokens:
        return None
    # A label before the name: a numbered one ('Comment 4') or one with a colon ('Auteur:').
    start = 0
    if len(tokens) > 1 and any(c.isdigit() for c in tokens[1]):
        start = 2
    elif tokens[0].endswith(":"):
        start = 1
    end = next(
        (k for k in range(start, len(tokens)) if _DIGIT_TOKEN_RE.match(tokens[k])), len(tokens)
    )
    # The name ends at the first separator ('Pere M. | Vic | 11/03/2025 10:12').
    end = next((k for k in range(start, end) if tokens[k] in _NAME_SEPARATORS), end)
    name = tokens[start:end]
    if not name or any(_is_date_word(tok) for tok in name):
        return None
    return " ".join(name) if is_name(name, cfg) else None


def _reads_as_post(line: Line) -> bool:
    """A post's first line ends a sentence or runs long; a related post's title does not."""
    return ends_with_stop(line.text) or line.words >= 12


@rule("boilerplate.field_run.v2")
def field_runs(ctx: Context) -> dict[int, LineMatch]:
    """'First Name:' / 'Jess' / 'Colorado' / 'Vehicle:' / '2021 TRD Pro' between a
    poster's known fields and the post's time (TacomaWorld's XenForo): field names the
    rules do not know, and their values, were read as the post's first lines, so each
    card opened a reply of its own. The page shows what they are in any language: a
    field name (one or two words and a colon, alone on its line) repeated on three
    cards or more, inside a run of short lines that end no sentence, with chrome right
    above the run and under it. The whole run is the card's. v2: a field with its value
    on its line ('Chapter/Region: MAIC', NASIOC's vBulletin) counts as the name does,
    and a blank line may stand between the run and the chrome under it."""
    lines, labels = ctx.lines, ctx.labels
    limit = ctx.config.chrome_max_words
    keys: dict[int, str] = {}
    for k, (line, match) in enumerate(zip(lines, labels, strict=True)):
        # The colon first: a cheap test that nearly every line fails.
        if ":" in line.text and match.role == ROLE_TEXT and line.words <= limit:
            key = _field_key(line)
            if key is not None:
                keys[k] = key
    counts = Counter(keys.values())
    names = {name for name, n in counts.items() if n >= FIELD_RUN_MIN_REPEATS}
    if not names:
        return {}

    def value_like(k: int) -> bool:
        line = lines[k]
        return (
            labels[k].role == ROLE_TEXT
            and line.words <= limit
            and (k in keys or not ends_sentence(line.text))
        )

    relabel: dict[int, LineMatch] = {}
    for i in keys:
        if i in relabel or keys[i] not in names:
            continue
        start = i
        while start > 0 and lines[start].gap == 0 and value_like(start - 1):
            start -= 1
        end = i
        while end + 1 < len(lines) and lines[end + 1].gap == 0 and value_like(end + 1):
            end += 1
        closed = (
            start > 0
            and lines[start].gap == 0
            and end + 1 < len(lines)
            and labels[start - 1].role != ROLE_TEXT
            and labels[end + 1].role != ROLE_TEXT
        )
        if closed:
            for k in range(start, end + 1):
                relabel[k] = LineMatch(field_runs.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return relabel


@rule("boilerplate.consent_dialog.v3")
def consent_dialogs(ctx: Context) -> dict[int, LineMatch]:
    """A consent dialog near the top of the page: its cookie notice, the heading right
    over it ('We value your privacy', 'Dbamy o Twoją prywatność') and the buttons right
    under it ('AGREE', 'MORE OPTIONS', 'Odmítnout vše'). Read before the title is chosen:
    the notice is the page's first long text, where the headline search looked for the
    article's body, and the heading was taken for the headline on four of twenty blind
    pages (heldout22). v2: the notices of cookie_notice.v2 ('Vi bruger cookies', Ing.dk).
    v3: and of cookie_notice.v3 (a dozen more languages)."""
    relabel: dict[int, LineMatch] = {}
    lines, labels = ctx.lines, ctx.labels
    for i in range(min(len(lines), COOKIE_NOTICE_EDGE_LINES)):
        if labels[i].role != ROLE_TEXT or not _is_cookie_notice(lines, i):
            continue
        relabel[i] = LineMatch(cookie_notice.rule_id, ROLE_BOILERPLATE, "disclaimer")
        above = i - 1
        if (
            above >= 0
            and lines[i].gap == 0
            and labels[above].role == ROLE_TEXT
            and lines[above].words <= 8
            and not ends_sentence(lines[above].text)
        ):
            relabel[above] = LineMatch(consent_dialogs.rule_id, ROLE_BOILERPLATE, "disclaimer")
        below = i + 1
        while (
            below < len(lines)
            and below - i <= 4
            and lines[below].gap == 0
            and labels[below].role in (ROLE_TEXT, ROLE_FOOTER, ROLE_BOILERPLATE)
            and lines[below].words <= 4
            and not ends_sentence(lines[below].text)
        ):
            relabel[below] = LineMatch(consent_dialogs.rule_id, ROLE_BOILERPLATE, "call-to-action")
            below += 1
    return relabel


@rule("quote.until_expand.v3")
def quote_until_expand(ctx: Context, i: int) -> LineMatch | None:
    """XenForo (Ars Technica and most forums since 2010) prints a quote as 'bob said:',
    the quoted lines without '>' marks, then 'Click to expand...': the lines between
    the attribution and the marker are the quote, not the poster's words. v2: the
    marker in Turkish ('Genişletmek için tıkla...'). v3: in eight more languages
    ('Klicka för att expandera...', Byggahus)."""
    lines, labels = ctx.lines, ctx.labels
    if lines[i].gap > 0 or labels[i].role != ROLE_TEXT:
        return None
    up = i - 1
    inside = (ROLE_TEXT, ROLE_QUOTE)
    while up >= 0 and labels[up].role in inside and lines[up + 1].gap == 0 and i - up < 12:
        up -= 1
    if up < 0 or labels[up].role != ROLE_ATTRIBUTION or lines[up + 1].gap > 0:
        return None
    down = i + 1
    while down < len(lines) and lines[down].gap == 0 and down - i < 12:
        if lines[down].lower.strip() in EXPAND_MARKERS:
            return LineMatch(quote_until_expand.rule_id, ROLE_QUOTE)
        if labels[down].role != ROLE_TEXT:
            return None
        down += 1
    return None


# Headings over a forum's list of other topics (Invision, XenForo, vBulletin).
SIMILAR_TOPICS_HEADINGS = frozenset(
    {"similar content", "similar threads", "similar topics", "related threads", "related topics"}
)


@rule("boilerplate.similar_topics.v1")
def similar_topics(ctx: Context, i: int) -> LineMatch | None:
    """'Similar Content' over 'Pilot Custom 74 vs Custom Heritage 92' / 'By penman99'
    (Invision): under the heading, in the same block, other topics' titles and their
    starters, not a reply. Only lines with no blank line between them and the heading:
    the heading alone, as a related-link prefix, let the lines after it join the last
    reply on Tom's Hardware (session 10)."""
    lines, labels = ctx.lines, ctx.labels
    if lines[i].words > ctx.config.related_max_words:
        return None
    if lines[i].lower.strip(" :") in SIMILAR_TOPICS_HEADINGS:
        if i + 1 < len(lines) and lines[i + 1].gap == 0:
            return LineMatch(similar_topics.rule_id, ROLE_BOILERPLATE, "related")
        return None
    up = i
    while up > 0 and lines[up].gap == 0 and i - up < 12:
        up -= 1
        if lines[up].lower.strip(" :") in SIMILAR_TOPICS_HEADINGS:
            return LineMatch(similar_topics.rule_id, ROLE_BOILERPLATE, "related")
        if labels[up].role not in (ROLE_TEXT, ROLE_BOILERPLATE):
            return None
    return None


# Order: the title repeat is the most specific; the doubled-line test would also catch
# a headline pasted twice, but its kind is title-repeat.
CONTEXT_RULES: list[ContextRule] = [
    title_repeat,
    form_heading,
    masthead_line,
    doubled_line,
    subject_echo,
    doubled_rank,
    card_place,
    quote_after_quoted_by,
    quote_until_expand,
    reaction_names,
    heading_over_marker,
    label_count_run,
    profile_field_pair,
    rank_over_profile,
    edit_reason,
    inline_site_field,
    comment_policy,
    cookie_notice,
    header_like_page,
    verb_header_page,
    flair_line,
    similar_topics,
]


# The site footer under the last comment: links, copyright, 'more stories' lists.
PAGE_FOOTER_LINKS = frozenset(
    {
        "terms",
        "privacy",
        "privacy policy",
        "terms of use",
        "terms of service",
        "terms & conditions",
        "terms and conditions",
        "help",
        "help center",
        "about",
        "about us",
        "contact",
        "contact us",
        "careers",
        "jobs",
        "cookies",
        "cookie policy",
        "cookie settings",
        "feedback",
        "accessibility",
        "sitemap",
        "site map",
        "advertise",
        "press",
        "legal",
        "imprint",
        "impressum",
        "privacy dashboard",
        "about our ads",
        "your privacy choices",
        "do not sell my personal information",
        "docs",
        "status",
        "contatti",
        "aviso legal",
        "mentions légales",
        "datenschutz",
        "nutzungsbedingungen",
        # Session 5: the same links in the layout sets' other languages.
        "kontakt",
        "agb",
        "datenschutzerklärung",
        "confidentialité",
        "politique de confidentialité",
        "nous contacter",
        "contacto",
        "privacidad",
        "política de privacidad",
        "términos y condiciones",
        "quiénes somos",
        "normas de la comunidad",
        # Korean portals' footer ('회사소개', '이용약관', '개인정보처리방침', Ruliweb).
        "회사소개",
        "광고안내",
        "이용약관",
        "개인정보처리방침",
        "청소년보호정책",
        "고객센터",
        "contato",
        "fale conosco",
        "privacidade",
        "política de privacidade",
        "termos de uso",
        "note legali",
        "privacy policy e cookie",
        "privacyverklaring",
        "adverteren",
        "kontakta oss",
        "integritetspolicy",
        "personvern",
        "personvernerklæring",
        "annoncér",
        "tietosuoja",
        "tietosuojaseloste",
        "yhteystiedot",
        "polityka prywatności",
        "regulamin",
        "reklama",
        "kariera",
        "mapa serwisu",
        "kontakty",
        "ochrana soukromí",
        "gizlilik politikası",
        "iletişim",
        "künye",
        "όροι χρήσης",
        "επικοινωνία",
        "πολιτική απορρήτου",
        "impresszum",
        "adatvédelem",
        "kapcsolat",
        "confidențialitate",
        "termeni și condiții",
        # v8: the 'about us', 'contact', 'privacy' and 'terms' links of more languages.
        "over ons",
        "colofon",
        "om os",
        "om oss",
        "chi siamo",
        "sobre nós",
        "quem somos",
        "sobre nosotros",
        "apie mus",
        "kontaktai",
        "kontakti",
        "uvjeti korištenja",
        "ochrana osobných údajov",
        "o nás",
        "hakkımızda",
        "kullanım koşulları",
        "про нас",
        "контакти",
        "контакты",
        "о нас",
        "за нас",
        "liên hệ",
        "giới thiệu",
        "chính sách bảo mật",
        "tentang kami",
        "kebijakan privasi",
        "pedoman media siber",
        "من نحن",
        "اتصل بنا",
        "سياسة الخصوصية",
        "درباره ما",
        "تماس با ما",
        "צור קשר",
        "מדיניות פרטיות",
        "תנאי שימוש",
        "利用規約",
        "プライバシーポリシー",
        "お問い合わせ",
        "会社概要",
        "关于我们",
        "联系我们",
        "隐私政策",
        "เกี่ยวกับเรา",
        "ติดต่อเรา",
        "นโยบายความเป็นส่วนตัว",
        "นโยบายเกี่ยวกับข้อมูลส่วนบุคคล",
        "เงื่อนไขการใช้งาน",
    }
)
PAGE_FOOTER_HEADINGS = (
    "more from",
    "more like this",
    # A forum's list of other topics under the thread (`similar_topics` reads the list).
    *sorted(SIMILAR_TOPICS_HEADINGS),
    "suggested topics",
    "powered by",
    "most read",
    "most popular",
    "most viewed",
    "trending",
    "recommended",
    "similar apps",
    "similar products",
    "related stories",
    "related articles",
    "latest articles",
    "latest news",
    "latest stories",
    "top stories",
    "you may also like",
    "read next",
    "more stories",
    "popular now",
    "top searched",
    "i più letti",
    "più letti",
    "más leídos",
    "mais lidas",
    "mais lidos",
    "lo más leído",
    "lo más visto",
    "les plus lus",
    "meistgelesen",
    "meist gelesen",
    # v8: a blog's sidebar widgets under the comments (Blogger).
    "blog archive",
    "popular posts",
    "total pageviews",
    # v8: 'most read' and 'most viewed' in Arabic and Persian.
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "پربیننده ترین",
    "پربیننده‌ترین",
    "پربازدیدترین",
)
_COPYRIGHT_RE = re.compile(
    r"[©ⓒ]|\bcopyright\b|all rights reserved|tutti i diritti|alle rechte vorbehalten"
    r"|tous droits réservés|todos los derechos|todos os direitos|alle rettigheder"
    r"|alle rettigheter|alla rättigheter|wszelkie prawa|všechna práva|tüm hakları"
    r"|με επιφύλαξη παντός δικαιώματος|minden jog fenntartva|toate drepturile"
    r"|creative commons|^this page was last edited"
    # v8: 'all rights reserved' in Arabic and Persian ('کلیه حقوق این سایت متعلق به …').
    r"|جميع الحقوق محفوظة|کلیه حقوق|تمامی حقوق"
    r"|licensed under",
    re.IGNORECASE,
)


def _is_page_footer_anchor(line: Line) -> bool:
    bare = line.lower.strip().rstrip(".:").strip()
    if _COPYRIGHT_RE.search(line.text) or bare in PAGE_FOOTER_LINKS:
        return True
    if line.words <= 8 and bare.startswith(PAGE_FOOTER_HEADINGS + SIGN_IN_PREFIXES):
        return True
    links = [p.strip() for p in re.split(r"[·|•]", bare) if p.strip()]
    return len(links) >= 3 and sum(p in PAGE_FOOTER_LINKS for p in links) >= 2


_COPYRIGHT_WORDS_RE = re.compile(
    r"©|\(c\)|\bcopyright\b|\ball rights reserved\b|\b(?:19|20)\d\d\b|[-–—.,|]", re.IGNORECASE
)


def copyright_holder(text: str) -> str | None:
    """The name a copyright notice gives ('© 2025 The Tyee' -> 'the tyee', 'OzBargain ©
    2006-2025 All rights reserved.' -> 'ozbargain'), lower-cased; None when the line is
    no such notice or names more than a short name."""
    if "©" not in text and "copyright" not in text.lower():
        return None
    words = _COPYRIGHT_WORDS_RE.sub(" ", text).split()
    return " ".join(words).lower() if 1 <= len(words) <= 5 else None


# The longest self-description a footer holds ('The Standard Group Plc is a multi-media
# organization with investments in ...', two sentences of 47 words).
SITE_BLURB_MAX_WORDS = 60


def _site_blurb(line: Line, holder: str | None, above: LineMatch) -> bool:
    """'The Tyee is supported by readers like you.': a sentence in the footer that opens
    with the name the copyright notice gives is the site describing itself. Only among
    the footer's lines: under a reply's header or footer it may be a reader's words."""
    return (
        holder is not None
        and line.words <= SITE_BLURB_MAX_WORDS
        and line.lower.startswith(holder + " ")
        and above.role not in (ROLE_HEADER, ROLE_FOOTER)
    )


@rule("boilerplate.page_footer_tail.v9")
def page_footer_tail(ctx: Context) -> int | None:
    """Where the site's footer under the last comment begins ('Terms', 'Privacy', '©
    2024 Patch Media', 'Most Popular', 'Recommended Stories' and the headlines under it).

    Read back from the end: the trailing run of short lines that are no sentence, with
    footer links or a copyright notice among them; the footer starts at the run's first
    footer line, so a short last reply above it keeps its words. v2: a cookie banner in
    the run, however long, is part of it ('We use cookies ...' / 'OK' under '©'). v3: so
    is the site's sentence about itself, which opens with the copyright's name ('The
    Express Tribune is the first internationally affiliated newspaper of Pakistan'). v4:
    and the tagline under the site's name repeated from the masthead ('Woodworking Talk -
    Woodworkers Forum' / 'A forum community dedicated to woodworking professionals ...').
    v5: and a social box, its call to action with the sentence under it ('Dołącz do nas
    na Facebooku!' / 'Publikujemy najciekawsze artykuły ...' / 'Polub nas'). v6: the
    site's sentences about itself up to `SITE_BLURB_MAX_WORDS` (was 40). v7: more footer
    links (Spanish, Korean), 'Lo más visto', and 'ⓒ RULIWEB' as a copyright. v8: the
    'about us', 'contact', 'privacy' and 'terms' links of twenty more languages, and the
    copyright line and 'most read' heading in Arabic and Persian, Blogger's sidebar
    ('Blog Archive', 'Popular Posts'), and Discourse's suggested topics down to its
    'Browse other topics …' line. v9: 'Latest Articles' and the like over the site's
    headlines under the thread (UKClimbing)."""
    lines = ctx.lines
    anchors: dict[int, bool] = {}
    tail = range(max(0, len(lines) - PAGE_FOOTER_MAX_LINES), len(lines))
    holder = next((h for j in reversed(tail) if (h := copyright_holder(lines[j].text))), None)

    def anchor(j: int) -> bool:
        if j not in anchors:
            anchors[j] = _is_page_footer_anchor(lines[j])
        return anchors[j]

    k = len(lines)
    floor = max(0, len(lines) - PAGE_FOOTER_MAX_LINES)
    while k > floor:
        line = lines[k - 1]
        # Only '.' and '!' end a sentence here: 'Follow us on:' is a footer label, and a
        # 'more stories' list holds questions ('Best budget mechanical keyboard?').
        # A headline cut short by the list ('10 meter vertical from a fishing pole …')
        # ends in dots and no sentence.
        short = (
            line.words <= 18
            and len(line.text) <= 160
            and (
                not re.search(r"[.!。！][\"”’')」』]*$", line.text.rstrip())
                or line.text.rstrip().endswith(_CUT_MARKS)
            )
        )
        # A short sentence next to footer lines is the footer's ('See what people are
        # talking about.' under 'Log in or sign up for Threads', 'Registered office: …').
        inside = line.words <= 20 and (
            (k >= 2 and anchor(k - 2)) or any(word in line.lower for word in FOOTER_SENTENCE_WORDS)
        )
        banner = ctx.labels[k - 1].rule == cookie_notice.rule_id or (
            k >= 2
            and (
                _site_blurb(line, holder, ctx.labels[k - 2])
                or (ctx.labels[k - 2].rule == masthead_line.rule_id and line.words <= 30)
            )
        )
        promo = ctx.labels[k - 1].rule == call_to_action.rule_id or (
            k >= 2 and ctx.labels[k - 2].rule == call_to_action.rule_id and line.words <= 20
        )
        if not (short or inside or banner or promo or anchor(k - 1)):
            break
        k -= 1
    if not any(lines[j].text for j in range(k) if j != ctx.title_index):
        return None  # no article above it: a page of short lines is not all footer
    first_anchor = next((i for i in range(k, len(lines)) if anchor(i)), None)
    if first_anchor is None or (ctx.title_index is not None and first_anchor <= ctx.title_index):
        return None
    # Lines between the last reply's own footer and the site footer ('Load more',
    # 'Write a comment…') belong to the site footer too; with no reply footer or header
    # in the run, so does a run that opens with chrome.
    for back in range(first_anchor - 1, k - 1, -1):
        if ctx.labels[back].role == ROLE_FOOTER:
            return back + 1
        if ctx.labels[back].role == ROLE_HEADER:
            return first_anchor  # a reply opens inside the run and nothing closes it
    # A post's time line opens the run when its name line ended a sentence ('Σοφία Μ.'):
    # the time is chrome, the text under it the last reply.
    first = next(
        (
            j
            for j in range(k, first_anchor + 1)
            if _HAS_WORD_RE.search(lines[j].text) and ctx.labels[j].kind != "timestamp"
        ),
        first_anchor,
    )
    return k if ctx.labels[first].role != ROLE_TEXT else first_anchor


@rule("boilerplate.after_comment_form.v4")
def after_comment_form(ctx: Context) -> int | None:
    """Where the page's sidebar and footer begin under a comment form that follows the
    comments (WordPress: 'Leave a Reply' / the fields / 'Post Comment', then 'Search
    for:', 'Welcome! We're Nina & Paul ...', 'Recent Posts'): the line after the form's
    send button, when replies with headers stand above the form and no post header,
    attribution or post footer below it. A form over the comments has them below.
    Blogger's pager under the comments ('Newer Post Older Post Home') ends them too.
    v2: a form pasted without its button (WordPress.com: 'Leave a comment Cancel reply',
    'Δ'), wpDiscuz's name over its comment bubble, and Blogger's 'Popular posts from
    this blog' under the comments, end the comments at their line;
    only headers and attributions below count then, since WordPress.com's action bar
    under the sidebar has a 'Comment' button and wpDiscuz's bubble a '| Reply'. v3: Stack
    Exchange's answer box under the last answer ('Your Answer', 'You must log in to
    answer this question.', 'Thanks for contributing an answer to Ask Ubuntu!'), from the
    topmost of its lines. v4: or the last of a form's required fields ('Izena *' /
    'Iruzkina *', `form_field`), in a language whose button no rule knows."""
    labels, lines = ctx.labels, ctx.lines
    n = len(labels)
    strict = (ROLE_HEADER, ROLE_ATTRIBUTION, ROLE_FOOTER)
    loose = (ROLE_HEADER, ROLE_ATTRIBUTION)
    button = next((i for i in range(n - 1, -1, -1) if _ends_comments(ctx, i)), None)
    # Only the sidebar and the footer stand under such a line: looked for near the end.
    widget = next(
        (
            i
            for i in range(n - 1, max(-1, n - 1 - WIDGET_END_SEARCH_LINES), -1)
            if lines[i].words <= RESPOND_FORM_MAX_WORDS and _closes_comments(lines[i])
        ),
        None,
    )
    # v3: Stack Exchange's answer box ('Your Answer', 'You must log in to answer this
    # question.') is under every answer, from its topmost line, whatever headlines
    # below it read like posts ('Featured on Meta' and its entries); the answers above
    # it may be signed under their text rather than headed.
    box = next(
        (i for i in range(max(0, n - WIDGET_END_SEARCH_LINES), n) if _is_answer_box(lines[i])),
        None,
    )
    ends = (
        (button, strict, loose, 1),
        (widget, loose, loose, 0) if box is None else (box, (), strict, 0),
    )
    for end, posts_below, posts_above, after in ends:
        if end is None or end + 1 >= n:
            continue
        if any(label.role in posts_below for label in labels[end + 1 :]):
            continue
        if any(label.role in posts_above for label in labels[:end]):
            return end + after
    return None


# Lines under which no comment follows: the name a comment plugin prints under the last
# comment, over its floating bubble ('wpDiscuz' / '0' / 'Would love your thoughts, please
# comment.x'), and the heading of the sidebar Blogger's themes print under the comments.
COMMENTS_END_LINES = frozenset({"wpdiscuz", "popular posts from this blog"})
# Stack Exchange's answer box and the prompts around it under the last answer (v3).
ANSWER_BOX_PREFIXES = (
    "your answer",
    "you must log in to answer this question",
    "thanks for contributing an answer to ",
    "not the answer you're looking for? browse other questions",
    "start asking to get answers",
)
# How far from the page's end a form heading or a plugin's name is looked for: the
# longest sidebar and footer of the layout sets are under 100 lines.
WIDGET_END_SEARCH_LINES = 300


def _closes_comments(line: Line) -> bool:
    """A reply form's heading pasted without its button, or a line of
    `COMMENTS_END_LINES`: the comments are over."""
    return _is_respond_form_heading(line) or line.lower.strip() in COMMENTS_END_LINES


def _is_answer_box(line: Line) -> bool:
    """A line of Stack Exchange's answer box or the prompts around it."""
    bare = line.lower.strip()
    return bare.startswith(ANSWER_BOX_PREFIXES) and (bare != "your answer" or line.words == 2)


def _ends_comments(ctx: Context, i: int) -> bool:
    """Line i is a comment form's send button, Blogger's pager under the comments, or
    (v4) the last of two or more required fields of a comment form ('Izena *' /
    'Posta elektronikoa * (ez da argitaratuko)' / 'Iruzkina *'), in any language."""
    rule_id = ctx.labels[i].rule
    if rule_id == form_field.rule_id:
        labels = ctx.labels
        return (
            i > 0
            and labels[i - 1].rule == form_field.rule_id
            and (i + 1 >= len(labels) or labels[i + 1].rule != form_field.rule_id)
        )
    return rule_id == comment_form_button.rule_id or (
        rule_id == post_pager.rule_id and ctx.lines[i].lower.strip() in BLOG_PAGER_LINES
    )


@rule("title.first_line.v1")
def title_first_line(ctx: Context) -> int | None:
    """The first line that is not chrome, if it is headline length, is the title."""
    for i, label in enumerate(ctx.labels[: ctx.config.title_search_lines]):
        if label.role == ROLE_BOILERPLATE:
            continue
        if label.role != ROLE_TEXT:
            return None
        if ctx.lines[i].words <= ctx.config.title_max_words and len(ctx.lines) > 1:
            return i
        return None
    return None


# A trail naming the title may be written with slashes too ('FOK!forum / Nieuws / Title').
_TITLED_TRAIL_GATE = re.compile(r" [>›»/] ")
_TITLED_TRAIL_SPLIT_RE = re.compile(r"\s[>›»/]\s")


# How far from a trail of one section and the title ('News / Title') the title stands.
SECTION_CRUMB_REACH = 3
# ... and how long that title is: 'Home › Games and Technology' names a board.
SECTION_CRUMB_TITLE_MIN_WORDS = 5
# A headline has two words at least (as `title_model.title_candidates` asks).
TITLE_MIN_WORDS = 2
# How many times `title_search_lines` down the page a titled breadcrumb trail is looked for.
TITLED_TRAIL_REACH = 2


@rule("title.over_thread_meta.v1")
def title_over_thread_meta(ctx: Context) -> int | None:
    """XenForo prints the thread's title right over 'Thread starter NAME' / 'Start date
    …' (`thread_meta`): the text line above the first such line is the title, whatever
    tagline or menus open the page ('Fórum Adrenaline - Um dos maiores e mais ativos
    fóruns do Brasil' would pass for a headline by its length). phpBB's clock, the same
    rule's other line, stands under menus, not under the title."""
    limit = min(len(ctx.lines), ctx.config.title_body_search_lines)
    meta = next(
        (
            k
            for k in range(limit)
            if ctx.labels[k].rule == thread_meta.rule_id
            and not _BOARD_CLOCK_RE.match(ctx.lines[k].text)
        ),
        None,
    )
    if not meta:
        return None
    above = meta - 1
    if ctx.labels[above].role != ROLE_TEXT or ctx.lines[above].words < TITLE_MIN_WORDS:
        return None
    return above


@rule("title.breadcrumb_tail.v3")
def title_breadcrumb_tail(ctx: Context) -> int | None:
    """A forum's breadcrumb trail that ends at the thread's title ('Hardware Upgrade
    Forum > … > Dissipatore per Ryzen 7 9700X: tower singola o doppia?', vBulletin,
    SMF) names the headline: the first other line that says its last crumb is the title.
    Surer than a learned guess, which the menus around such a trail mislead. v2: looked
    for twice as far down the page. v3: not under the comment section's heading: a
    trail that ends at the board ('Home › Lifestyle › Cars, Motorcycles & Bikes',
    Vanilla) names the board, and the board list in the page's footer repeats it; and a
    trail of one section ('News / Council hears …') when the title stands right by it."""
    # v2: a trail may stand under a forum's log-in and topic links (FluxBB's 'Index »
    # Kernel & Hardware » [SOLVED] …', line 17).
    reach = TITLED_TRAIL_REACH * ctx.config.title_search_lines
    markers = [k for k, label in enumerate(ctx.labels) if label.role == ROLE_MARKER]
    for i, line in enumerate(ctx.lines[:reach]):
        if not _TITLED_TRAIL_GATE.search(line.text):
            continue
        crumbs = _crumb_trail(line.text, _TITLED_TRAIL_SPLIT_RE)
        # v3: one section before the title ('News / Council hears …', Shetland News)
        # names it only when the title stands right by the trail.
        near = None
        if crumbs is None:
            pair = _breadcrumbs(line.text, _TITLED_TRAIL_SPLIT_RE)
            if len(pair) == 2 and _is_crumb(pair[0]):
                crumbs, near = pair, SECTION_CRUMB_REACH
        size = count_words(crumbs[-1]) if crumbs else 0
        if size < (3 if near is None else SECTION_CRUMB_TITLE_MIN_WORDS):
            continue
        tail = normalise(crumbs[-1])
        # The comment section's heading under the trail (a menu's 'Diskuse' may stand
        # over it).
        comments = next((k for k in markers if k > i), len(ctx.lines))
        for j, other in enumerate(ctx.lines[:comments]):
            if near is not None and abs(j - i) > near:
                continue
            if j != i and other.words == size and normalise(other.text) == tail:
                return j
    return None


TITLE_RULES: list[Callable[[Context], int | None]] = [title_first_line]
TITLE_FALLBACK = "title.none.v1"


# --------------------------------------------------------------------------- region rules


@dataclass
class RegionContext:
    """What region rules need: labelled lines and where the article's text begins."""

    lines: list[Line]
    labels: list[LineMatch]
    config: SplitConfig
    article_start: int


def _is_content(label: LineMatch) -> bool:
    return label.role in (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE)


# A byline read as a reply header stands this close under a 'Comments' link at the top
# of an article ('Comments' / 'NewsBy' / 'Priya Mistry', Reach's papers) ...
BYLINE_UNDER_MARKER_LINES = 2
# ... and the article's paragraphs under it, this many at least, tell it from a reply.
BYLINE_ARTICLE_MIN_PARAGRAPHS = 4


def _article_paragraphs_before_next_marker(rc: RegionContext, start: int) -> tuple[int, bool]:
    """Long prose paragraphs after `start` before any reply header or marker, and
    whether another marker follows them (a lone 'Reply' button may sit between). A
    header right under `start` may be the article's byline: the paragraphs are counted
    on past it, and count only when they are an article's many."""
    long_paragraphs = 0
    byline = False
    for k in range(start + 1, len(rc.lines)):
        role = rc.labels[k].role
        if role == ROLE_MARKER:
            if byline and long_paragraphs < BYLINE_ARTICLE_MIN_PARAGRAPHS:
                return 0, False
            return long_paragraphs, True
        if role in (ROLE_HEADER, ROLE_ATTRIBUTION):
            if not byline and k - start <= BYLINE_UNDER_MARKER_LINES and not long_paragraphs:
                byline = True
                continue
            return long_paragraphs, False
        if role == ROLE_FOOTER and rc.labels[k].author:  # a signed post: replies began
            return long_paragraphs, False
        if role == ROLE_TEXT and rc.lines[k].words >= 20:
            long_paragraphs += 1
    return long_paragraphs, False


def _sentence_follows(rc: RegionContext, start: int) -> bool:
    """Whether any text line after `start` ends a sentence, as a reply's text does."""
    return any(
        rc.labels[k].role == ROLE_TEXT and ends_sentence(rc.lines[k].text)
        for k in range(start + 1, len(rc.lines))
    )


@rule("region.comment_header.v6")
def region_comment_header(rc: RegionContext) -> int | None:
    """Replies start after the first '12 Comments' / 'Replies' header below the article.
    v2: a comment count in the byline ('Comments (27)' next to the date, Kinja) is
    followed by the article's own paragraphs and then the real header; it is skipped.
    v3: so is a header with no sentence after it, such as the 'Replies' column of a
    related-topics table under a Discourse thread. v4: and a 'Comments' link over the
    byline, when the article's paragraphs and then the real header follow (Reach's
    papers: 'Comments' / 'NewsBy' / 'Priya Mistry' / the date). v5: and a header with
    three or more post headers above it and fewer below: the posts have begun, and the
    'Replies' is a similar-threads table's column under them (XenForo). An article's
    own header-like lines (a live blog's entries, an ad slot) are fewer than the
    comments' headers under the real one. v6: comments signed under their text above
    the header open the replies (`_first_signed_comment`, Stack Exchange)."""
    headers_above = 0
    headers_below = sum(
        1 for k in range(rc.article_start + 1, len(rc.lines)) if rc.labels[k].role == ROLE_HEADER
    )
    for i in range(rc.article_start + 1, len(rc.lines)):
        if rc.labels[i].role == ROLE_HEADER:
            headers_above += 1
            headers_below -= 1
        if rc.labels[i].role == ROLE_MARKER:
            if headers_above >= 3 and headers_below < headers_above:
                continue
            prose, marker_follows = _article_paragraphs_before_next_marker(rc, i)
            if prose >= 2 and marker_follows:
                continue
            if not _sentence_follows(rc, i):
                continue
            return _first_signed_comment(rc, i) or i
    return None


def _first_signed_comment(rc: RegionContext, marker: int) -> int | None:
    """Where the first comment signed under its text ('Did you reload nginx?' / '–
    dmitri_k Jan 14, 2024 at 6:11') above the comment header begins, or None. Stack
    Exchange prints the question's comments above its 'N Answers' header; they are
    replies like the answers below it. The comment is the run of text over the
    signature, which chrome (the asker's card) closes from above."""
    for j in range(rc.article_start + 1, marker):
        label = rc.labels[j]
        if label.role != ROLE_FOOTER:
            continue
        # Read from the line: the page's card template may have relabelled it.
        text = rc.lines[j].text.strip()
        signed = (
            _COMMENT_SIGNATURE_RE.match(text)
            or _TALK_SIGNATURE_LINE_RE.match(text)
            or (label.rule == author_footer.rule_id and _DASH_NAME_RE.match(text))
        )
        if not signed:
            continue
        k = j
        while k - 1 > rc.article_start and rc.labels[k - 1].role in _CONTENT_ROLES:
            k -= 1
        return k if k < j and rc.labels[k - 1].role != ROLE_TEXT else None
    return None


@rule("region.reply_header.v1")
def region_reply_header(rc: RegionContext) -> int | None:
    """Replies start at the first reply header ('alice · 3h ago', '#3 bob', 'x wrote:')."""
    for i in range(rc.article_start + 1, len(rc.lines)):
        if rc.labels[i].role in (ROLE_HEADER, ROLE_ATTRIBUTION):
            return i
    return None


@rule("region.mention_run.v1")
def region_mention_run(rc: RegionContext) -> int | None:
    """Replies start at the first block opening with '@name' when most blocks from
    there on do too (a Twitter thread under its tweet or article)."""
    starts: list[tuple[int, bool]] = []
    for i in range(rc.article_start + 1, len(rc.lines)):
        line, label = rc.lines[i], rc.labels[i]
        if line.gap > 0 and _is_content(label):
            starts.append((i, label.role == ROLE_MENTION))
    total = len(starts)
    mentions_after = sum(1 for _, m in starts if m)
    for k, (i, is_mention) in enumerate(starts):
        if is_mention and mentions_after / (total - k) >= rc.config.mention_min_share:
            return i
        if is_mention:
            mentions_after -= 1
    return None


@rule("region.footer_block.v1")
def region_footer_block(rc: RegionContext) -> int | None:
    """Replies start at the block holding the first reply footer ('Like · Reply')."""
    for i in range(rc.article_start + 1, len(rc.lines)):
        if rc.labels[i].role == ROLE_FOOTER:
            j = i
            while j > rc.article_start + 1 and rc.lines[j].gap == 0:
                j -= 1
            return j
    return None


@rule("region.wide_gap.v1")
def region_wide_gap(rc: RegionContext) -> int | None:
    """Replies start after the first blank gap wider than the article's own (two blank
    lines where paragraphs have one, example 003), once the article has begun in
    earnest and when text, not chrome, follows the gap (example 004)."""
    cfg = rc.config
    words = 0
    narrowest: int | None = None
    for i in range(rc.article_start, len(rc.lines)):
        line, label = rc.lines[i], rc.labels[i]
        if i > rc.article_start and line.gap > 0:
            wide = line.gap >= cfg.wide_gap_lines and (narrowest is None or line.gap > narrowest)
            if wide and words >= cfg.min_article_words and _is_content(label):
                return i
            narrowest = line.gap if narrowest is None else min(narrowest, line.gap)
        if _is_content(label):
            words += line.words
    return None


REGION_RULES: list[Callable[[RegionContext], int | None]] = [
    region_comment_header,
    region_reply_header,
    region_mention_run,
    region_footer_block,
    region_wide_gap,
]
REGION_FALLBACK = "region.none.v1"


# --------------------------------------------------------------------------- reply boundaries

# Ids of the decisions that open a reply inside the reply region; the pipeline records
# them on `Reply.rule`. Headers carry their own line rule's id.
REPLY_AFTER_FOOTER = "reply.after_footer.v1"
REPLY_QUOTE_START = "reply.quote_start.v1"
REPLY_BLOCK = "reply.block.v1"
# The poster's rank left as text between a post's header and the quote it opens with.
CARD_BEFORE_QUOTE = "reply.card_before_quote.v1"
# A folded quote box inside a post its header opened (`pipeline._quote_inside_post`).
REPLY_INNER_QUOTE = "reply.inner_quote.v1"
REPLY_NAME_LINE = "reply.name_line.v2"
REPLY_PRE_HEADER_CHROME = "reply.pre_header_chrome.v1"
REPLY_WIDE_GAP_BLOCK = "reply.wide_gap_block.v1"
REPLY_FOOTER_DELIMITED = "reply.footer_delimited.v1"
REPLY_REPEATED_STUB = "reply.repeated_stub.v5"
MARKUP_DEBRIS = "reply.markup_debris.v1"
NAME_ONLY = "reply.name_only.v1"
REPLY_LEARNED_CHROME = "reply.learned_chrome.v5"
REPLY_LEARNED_BOUNDARY = "reply.learned_boundary.v5"
REPLY_TRAILING_UNHEADED = "reply.trailing_unheaded.v3"
REPLY_SHORT_UNHEADED = "reply.short_unheaded.v1"
REPLY_UNCLOSED_TAIL = "reply.unclosed_tail.v2"
REPLY_UNCLOSED_HEAD = "reply.unclosed_head.v2"
REPLY_LEARNED_BLOCK = "reply.learned_block.v1"
REPLY_REPEATED_EDGE_LINE = "reply.repeated_edge_line.v2"
REPLY_TO_AUTHOR = "reply.reply_to_author.v4"
AUTHOR_REPEAT = "reply.author_repeat.v1"
PROFILE_BETWEEN_HEADERS = "reply.profile_between_headers.v1"
MARKED_QUOTE_ATTRIBUTION = "reply.marked_quote_attribution.v1"
TRAILING_QUOTE = "reply.trailing_quote.v1"
SITE_BLURB = "reply.site_blurb.v1"
# The rules that read a line as a quote's attribution ('X wrote:'), which opens a draft.
ATTRIBUTION_RULE_IDS = frozenset({wrote_header.rule_id, verb_header_page.rule_id})
REPLY_FOOTER_RUN_STUB = "reply.footer_run_stub.v1"
COMMENT_SECTION_NOTICE = "reply.comment_section_notice.v4"
COMMENT_HEADING_STUB = "reply.comment_heading_stub.v2"
SUBJECT_LINE = "reply.subject_line.v1"
REPLY_UNMARKED_QUOTE = "reply.unmarked_quote.v7"
PAGE_LINE_TAIL = "reply.page_line_tail.v1"
REPLY_REPEATED_BLOCK = "reply.repeated_block.v1"
OPENING_POST = "article.opening_post.v3"
# The title the learned headline choice made (stance/split/title_model.py).
TITLE_LEARNED = "title.learned_headline.v1"
SIGNATURE_BLOCK = "boilerplate.signature_block.v2"
PIPE_SIGNATURE = "boilerplate.pipe_signature.v1"
POSTER_SIGN_OFF = "boilerplate.poster_sign_off.v1"


@rule("reply.numbered_item.v3")
def number_replies(
    lines: list[Line], labels: list[LineMatch], start: int, config: SplitConfig
) -> int:
    """Anonymous comments numbered '1.', '2.', '3.' (tuned/anon_numbered_dot): in the
    reply region, a run of blocks opening with consecutive numbers are replies; the
    number is chrome. Relabels those lines in place and returns how many it took.
    Only in the region: an article's own numbered list stays article text."""
    firsts = [
        i
        for i in range(start, len(lines))
        if (lines[i].gap > 0 or i == start) and labels[i].role == ROLE_TEXT
    ]
    run: list[tuple[int, re.Match[str]]] = []
    best: list[tuple[int, re.Match[str]]] = []
    for i in firsts:
        m = _NUMBER_ITEM_RE.match(lines[i].text)
        if m and (not run or int(m.group("num")) == int(run[-1][1].group("num")) + 1):
            run.append((i, m))
        elif m:
            run = [(i, m)]
        else:
            run = []
        if len(run) > len(best):
            best = list(run)
    if len(best) < config.numbered_min_run:
        return 0
    # v2: where posts carry headers, numbers under them are a post's list ('Pro here. Few
    # things:' / '1. At -20F ...' / '2. ...', XenForo): anonymous comments have none.
    # v3: so do posts signed under their text (Stack Exchange's '– Oli_M Mar 11 at 6:40',
    # an answer's card): a numbered list in an answer is the answer's.
    headers = sum(
        1
        for i in range(start, len(lines))
        if labels[i].role == ROLE_HEADER or (labels[i].role == ROLE_FOOTER and labels[i].author)
    )
    if headers >= config.numbered_min_run:
        return 0
    for i, m in best:
        labels[i] = LineMatch(
            number_replies.rule_id,
            ROLE_HEADER,
            chrome=lines[i].text[: m.start("text")].strip(),
            chrome_kind="forum-chrome",
            inline=m.group("text"),
        )
    return len(best)


def looks_like_name_line(text: str, config: SplitConfig) -> bool:
    """True when a reply's first line could be its poster's name ('JohnSmith'), or a name
    and the poster's town as regional news sites print it ('Gordon P., Sheffield'). A
    closing initial ('Sarah W.') does not end a sentence. Session 18: four capitalised
    names are a name too (Vietnamese 'Phạm Thị Thu Hà')."""
    if ends_sentence(text) and not re.search(r"(?:^|\s)\w{1,2}\.$", text.strip()):
        return False
    words = text.split()
    # Four names only when each is capitalised and one has a letter beyond ASCII ('Phạm
    # Thị Thu Hà'): a heading has a small word ('Ý kiến bạn đọc') or is English Title
    # Case ('Read More Latest News').
    size_ok = len(words) <= 3 or (
        len(words) == 4 and not text.isascii() and all(word[:1].isupper() for word in words)
    )
    if size_ok and is_name(words, config):
        return True
    name, comma, place = text.rpartition(",")
    parts = [name.split(), place.split()]
    return bool(comma) and all(
        1 <= len(words) <= 3 and words[0][:1].isupper() and is_name(words, config)
        for words in parts
    )


# --------------------------------------------------------------------------- parent rules


@dataclass
class ParentQuery:
    """A reply looking for its parent among the replies before it."""

    index: int
    quoted: str | None
    quoted_author: str | None
    text: str


@rule("parent.quote_match.v1")
def parent_quote_match(
    query: ParentQuery, earlier: Sequence[tuple[int, str, str | None]], config: SplitConfig
) -> int | None:
    """A quote whose words occur in an earlier reply makes that reply the parent."""
    if not query.quoted:
        return None
    q = normalise(query.quoted)
    if len(q) < config.quote_min_chars:
        return None
    head, tail = q[: config.quote_match_chars], q[-config.quote_match_chars :]
    for index, norm_text, _author in reversed(earlier[-config.parent_search_window :]):
        if head in norm_text or tail in norm_text:
            return index
    return None


@rule("parent.quoted_author.v1")
def parent_quoted_author(
    query: ParentQuery, earlier: Sequence[tuple[int, str, str | None]], config: SplitConfig
) -> int | None:
    """'alice wrote:' above a quote points at alice's latest earlier reply."""
    if not query.quoted_author:
        return None
    want = query.quoted_author.casefold()
    for index, _norm, author in reversed(earlier[-config.parent_search_window :]):
        if author and author.casefold() == want:
            return index
    return None


_LEADING_MENTION_RE = re.compile(r"^@(\w{1,40})")


@rule("parent.mention_author.v1")
def parent_mention_author(
    query: ParentQuery, earlier: Sequence[tuple[int, str, str | None]], config: SplitConfig
) -> int | None:
    """A reply opening with '@alice' answers alice's latest earlier reply."""
    m = _LEADING_MENTION_RE.match(query.text)
    if not m:
        return None
    want = m.group(1).casefold()
    for index, _norm, author in reversed(earlier[-config.parent_search_window :]):
        if author and author.casefold().lstrip("@") == want:
            return index
        if author and any(t.lstrip("@").casefold() == want for t in author.split()):
            return index
    return None


PARENT_RULES = [parent_quote_match, parent_quoted_author, parent_mention_author]
PARENT_FALLBACK = "parent.none.v1"


def all_rule_ids() -> list[str]:
    """Every registered rule id, cascades in order, fallbacks included."""
    ids = [fn.rule_id for fn in LINE_RULES] + [TEXT_FALLBACK]
    ids += [fn.rule_id for fn in TAIL_RULES] + [talk_signature_split.rule_id]
    ids += [comment_signature_split.rule_id]
    ids += [fn.rule_id for fn in CONTEXT_RULES]
    ids += [numbered_talkback.rule_id]
    ids += [fn.rule_id for fn in CARD_RULES] + [repeated_shapes.rule_id, card_template.rule_id]
    ids += [field_runs.rule_id, subject_over_header.rule_id, cards_like_others.rule_id]
    ids += [dated_trailers.rule_id, recurring_times.rule_id, dated_headers.rule_id]
    ids += [counted_headings.rule_id, discuz_floors.rule_id]
    ids += [quote_frames.rule_id, title_breadcrumb_tail.rule_id, title_over_thread_meta.rule_id]
    ids += [counter_buttons.rule_id, unit_counts.rule_id, consent_dialogs.rule_id]
    ids += [page_footer_tail.rule_id, after_comment_form.rule_id]
    ids += [fn.rule_id for fn in TITLE_RULES] + [TITLE_FALLBACK]
    ids += [fn.rule_id for fn in REGION_RULES] + [REGION_FALLBACK]
    ids += [REPLY_AFTER_FOOTER, REPLY_QUOTE_START, REPLY_BLOCK, REPLY_NAME_LINE]
    ids += [number_replies.rule_id, REPLY_PRE_HEADER_CHROME, REPLY_WIDE_GAP_BLOCK]
    ids += [REPLY_FOOTER_DELIMITED, SIGNATURE_BLOCK, REPLY_REPEATED_STUB, MARKUP_DEBRIS, NAME_ONLY]
    ids += [OPENING_POST, REPLY_LEARNED_BOUNDARY, REPLY_LEARNED_CHROME, TITLE_LEARNED]
    ids += [REPLY_TRAILING_UNHEADED, REPLY_LEARNED_BLOCK, REPLY_REPEATED_EDGE_LINE]
    ids += [REPLY_SHORT_UNHEADED]
    ids += [REPLY_FOOTER_RUN_STUB, REPLY_UNCLOSED_TAIL, REPLY_UNCLOSED_HEAD]
    ids += [REPLY_TO_AUTHOR, REPLY_UNMARKED_QUOTE, REPLY_REPEATED_BLOCK, COMMENT_SECTION_NOTICE]
    ids += [COMMENT_HEADING_STUB, SUBJECT_LINE, PAGE_LINE_TAIL]
    ids += [
        PIPE_SIGNATURE,
        AUTHOR_REPEAT,
        PROFILE_BETWEEN_HEADERS,
        MARKED_QUOTE_ATTRIBUTION,
        TRAILING_QUOTE,
        SITE_BLURB,
        POSTER_SIGN_OFF,
        CARD_BEFORE_QUOTE,
        REPLY_INNER_QUOTE,
    ]
    ids += [fn.rule_id for fn in PARENT_RULES] + [PARENT_FALLBACK]
    return ids
