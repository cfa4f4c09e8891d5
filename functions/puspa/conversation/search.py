"""Free-text search over service cards (pure).

Text is normalised (case, accents, punctuation, stretched letters like "halooo"), staff-edited
synonyms map variants to one word (multi-word phrases too: "ktp anak" -> "kia"), ignored words are
dropped, and each service is scored by the IDF-weighted words its keywords and title share with
the query, allowing one typo in longer words that are not ordinary Indonesian words ("makan" is
never read as "makam").

A card is offered only when the question *names* it: a topic word the card uses (a word that is some
card's keyword on its own: "ktp", "pbb", "nikah"), or every word of one of its longer keywords
("pajak tanah"), or a question close to one of its example questions. Words found only inside longer
keywords ("hilang", "bayar", "daftar", "baru") say what is asked, not about what: "sim hilang" and
"bayar pajak motor" name no card, while "ktp ilang pas naek motor" names the KTP card whatever else
it says. A question named by nothing but made only of card words ("bikin akte", "hilang") gets the
cards to choose from, never one card. The index is built once per published content version and
memoised on the Content object.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping

from msgspec import Struct

from puspa.domain.content import Content, Service
from puspa.domain.spelling import edit_distance_at_most

MAX_PHRASE_WORDS = 3
MIN_SCORE = 2.0  # below this nothing matched: one word found in at most ~3 of 21 services
CANDIDATE_RATIO = 0.6  # candidates score at least this share of the best
CLEAR_RATIO = 1.5  # the best is a clear match when it beats the runner-up by this factor
MAX_CANDIDATES = 5
FUZZY_WEIGHT = 0.8
PHRASE_BONUS = 0.5
EXAMPLE_WEIGHT = 2.0  # per query word, times the overlap with the closest example question
MIN_COVERAGE = 0.15  # a card that knows almost none of the question's words is a guess
EXAMPLE_MIN_WORDS = 3
STRONG_EXAMPLE = 0.5  # overlap with an example question that counts as a match whatever else
MAX_CHITCHAT_WORDS = 6  # longer than this (ignored words aside), a message says something: staff may help

_NON_WORD = re.compile(r"[^a-z0-9]+")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_LAUGHTER = re.compile(r"[wk]{4,}|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:xi){2,}|(?:awok){2,}|lol|lmao")
_REDUPLICATED = re.compile(r"\b([a-z]{2,})2\b")  # "anak2", "kanak2": the word twice


def normalize(text: str) -> list[str]:
    """Lower-case words without accents or punctuation; "halooo" -> "halo"; "assalamu'alaikum" -> one word;
    a plural written with a 2 is spelt out ("kanak2" -> "kanak kanak")."""
    plain = text.lower()
    if not plain.isascii():  # accents ("é" -> "e"); most text is plain ASCII and skips this
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch))
    plain = plain.replace("'", "").replace("\u2019", "").replace("`", "")
    plain = _STRETCHED.sub(r"\1", plain)
    if "2" in plain:
        plain = _REDUPLICATED.sub(r"\1 \1", plain)
    return [word for word in _NON_WORD.split(plain) if word]


def apply_synonyms(words: list[str], synonyms: Mapping[str, str]) -> list[str]:
    """Replace the longest matching variant phrase (up to three words) by its canonical word(s)."""
    result: list[str] = []
    index = 0
    while index < len(words):
        for size in range(min(MAX_PHRASE_WORDS, len(words) - index), 0, -1):
            phrase = " ".join(words[index : index + size])
            if phrase in synonyms:
                result.extend(synonyms[phrase].split())
                index += size
                break
        else:
            result.append(words[index])
            index += 1
    return result


def typo_limit(word: str) -> int:
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


class SearchIndex(Struct, frozen=True):
    phrases: Mapping[str, tuple[tuple[str, ...], ...]]  # service id -> keyword phrases as words
    vocab: Mapping[str, frozenset[str]]  # service id -> words
    names: Mapping[str, frozenset[str]]  # service id -> the topic words among its words (see build_index)
    idf: Mapping[str, float]
    synonyms: Mapping[str, str]
    stopwords: frozenset[str]
    greetings: frozenset[str]
    known_words: frozenset[str]  # service words and synonyms: never read as a misspelt greeting
    closings: frozenset[str]  # words of thanks
    examples: Mapping[str, tuple[tuple[str, ...], ...]]  # service id -> its example questions as words
    acknowledgements: frozenset[str]  # "ok", "siap"
    ordinary: frozenset[str]  # this content's words (cards', synonyms, kata.yaml's lists): never misspellings
    small_talk: tuple[tuple[str, ...], ...]  # chit-chat words and phrases ("makan", "lagi apa")


class SearchResult(Struct, frozen=True):
    """`services` ordered best first; `clear` when the first one is the answer."""

    services: tuple[Service, ...]
    clear: bool

    @property
    def found(self) -> bool:
        return bool(self.services)


def strip_clitic(word: str) -> str:
    """Drop the possessive/definite "-nya" ("aktanya" -> "akta", "ngurusnya" -> "ngurus")."""
    return word[:-3] if word.endswith("nya") and len(word) > 5 else word


def prepare(text: str, synonyms: Mapping[str, str], stopwords: Iterable[str]) -> list[str]:
    stop = stopwords if isinstance(stopwords, frozenset | set) else set(stopwords)
    words = [strip_clitic(w) for w in normalize(text)]
    return [w for w in apply_synonyms(words, synonyms) if w not in stop]


def build_index(content: Content) -> SearchIndex:
    words = content.words
    synonyms = {" ".join(normalize(k)): v for k, v in words.synonyms.items()}
    stopwords = frozenset(w for s in words.stopwords for w in normalize(s))
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    vocab: dict[str, frozenset[str]] = {}
    examples: dict[str, tuple[tuple[str, ...], ...]] = {}
    for service in content.services:
        prepared = [tuple(prepare(k, synonyms, stopwords)) for k in (*service.keywords, service.title)]
        phrases[service.id] = tuple(p for p in prepared if p)
        vocab[service.id] = frozenset(w for p in prepared for w in p)
        examples[service.id] = tuple(p for p in (tuple(prepare(e, synonyms, stopwords)) for e in service.examples) if p)
    document_frequency: dict[str, int] = {}
    for service_words in vocab.values():
        for word in service_words:
            document_frequency[word] = document_frequency.get(word, 0) + 1
    total = max(len(vocab), 1)
    idf = {w: math.log(1 + total / df) for w, df in document_frequency.items()}
    greetings = frozenset(w for g in words.greetings for w in normalize(g))
    known = {w for service_words in vocab.values() for w in service_words}
    known |= {w for phrase in (*synonyms, *synonyms.values()) for w in phrase.split()}
    closings = frozenset(w for c in words.closings for w in normalize(c))
    acknowledgements = frozenset(w for a in words.acknowledgements for w in normalize(a))
    # A topic word is some card's one-word keyword ("ktp", "pbb", "nikah"); it names every card that uses it
    # ("ktp" names the KTP-ready card too). Words found only inside longer keywords ("hilang", "bayar") do not.
    topics = frozenset(p[0] for service_phrases in phrases.values() for p in service_phrases if len(p) == 1)
    names = {sid: service_words & topics for sid, service_words in vocab.items()}
    small_talk = tuple(phrase for phrase in (tuple(normalize(t)) for t in words.small_talk) if phrase)
    ordinary = (
        frozenset(known) | stopwords | greetings | closings | acknowledgements | {w for t in small_talk for w in t}
    )
    return SearchIndex(
        phrases, vocab, names, idf, synonyms, stopwords, greetings, frozenset(known - greetings), closings,
        examples, acknowledgements, ordinary, small_talk,
    )  # fmt: skip


def _misspellable(query: list[str], index: SearchIndex) -> frozenset[str]:
    """The query's words that may be a misspelt card word: long enough, no card's word, and no ordinary
    word of their own ("makan", "rekan", "harga", kata.yaml's lists)."""
    from puspa.conversation.root_words import is_root_word  # 220 kB: read on the first such word, not at start-up

    return frozenset(w for w in query if typo_limit(w) and w not in index.ordinary and not is_root_word(w))


def index_for(content: Content) -> SearchIndex:
    """The search index of this content version, built on first use."""
    index = content.derived.get("search_index")
    if not isinstance(index, SearchIndex):
        index = build_index(content)
        content.derived["search_index"] = index
    return index


def _word_match(
    query_word: str, service_words: frozenset[str], misspellable: frozenset[str]
) -> tuple[str, float] | None:
    if query_word in service_words:
        return query_word, 1.0
    if query_word in misspellable:  # a word of its own is no typo: "makan" is not "makam"
        limit = typo_limit(query_word)
        for word in service_words:
            if len(word) >= 4 and edit_distance_at_most(query_word, word, limit):
                return word, FUZZY_WEIGHT
    return None


class Score(Struct, frozen=True):
    value: float
    coverage: float  # share of the query's words this service knows
    example: float  # the best overlap with one of its example questions (0–1)
    named: bool  # the query names the card: one of its topic words, or all words of one of its keywords

    @property
    def eligible(self) -> bool:
        """Named, or close to one of its example questions: otherwise only words it shares with other topics."""
        return self.named or self.example >= STRONG_EXAMPLE


def _score(query: list[str], service_id: str, index: SearchIndex, misspellable: frozenset[str]) -> Score:
    service_words = index.vocab[service_id]
    matched: dict[str, float] = {}
    hits = 0
    for query_word in query:
        hit = _word_match(query_word, service_words, misspellable)
        if hit is not None:
            word, weight = hit
            matched[word] = max(matched.get(word, 0.0), weight)
            hits += 1
    score = sum(index.idf[w] * weight for w, weight in matched.items())
    named = not index.names[service_id].isdisjoint(matched)
    for phrase in index.phrases[service_id]:
        if len(phrase) > 1 and all(w in matched for w in phrase):
            score += PHRASE_BONUS * sum(index.idf[w] for w in phrase)
            named = True
    asked = set(query)
    example = max((len(asked & set(e)) / len(asked | set(e)) for e in index.examples[service_id]), default=0.0)
    if len(asked) >= EXAMPLE_MIN_WORDS:  # a word or two says too little to be like a whole question
        score += EXAMPLE_WEIGHT * example * len(query)
    else:
        example = 0.0
    return Score(score, hits / len(query), example, named)


def _is_greeting_word(word: str, index: SearchIndex) -> bool:
    if word in index.greetings:
        return True
    if word in index.known_words:  # "makam" is a service word, not a misspelt "malam"
        return False
    limit = typo_limit(word)
    return bool(limit) and any(edit_distance_at_most(word, g, limit) for g in index.greetings)


def is_greeting(text: str, content: Content) -> bool:
    """True when the text has a greeting and nothing but greetings and ignored words
    ("selamat pagi min", "punten", "assalamu'alaikum")."""
    index = index_for(content)
    words = normalize(text)
    greeting_words = [w for w in words if _is_greeting_word(w, index)]
    return bool(greeting_words) and all(w in index.stopwords or _is_greeting_word(w, index) for w in words)


def is_closing(text: str, content: Content) -> bool:
    """Thanks ("makasih min", "ok makasih", "👍"): nothing to search for."""
    index = index_for(content)
    words = normalize(text)
    if not words:
        return bool(text.strip())  # an emoji or punctuation only
    return any(w in index.closings for w in words) and all(w in index.closings or w in index.stopwords for w in words)


def _mentions(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(
        tuple(words[i : i + len(phrase)]) == phrase for phrase in phrases for i in range(len(words) - len(phrase) + 1)
    )


def is_chitchat(text: str, content: Content) -> bool:
    """Small talk ("min udh makan belom?", "wkwk", "kamu robot ya?"): a short message with laughter or one
    of kata.yaml's `obrolan` words. Asked only of text that found no card, so a question naming a
    service ("lagi sibuk ga? mau bikin ktp") is never taken for it."""
    index = index_for(content)
    words = normalize(text)
    if not words or sum(w not in index.stopwords for w in words) > MAX_CHITCHAT_WORDS:
        return False
    return any(_LAUGHTER.fullmatch(w) for w in words) or _mentions(words, index.small_talk)


def reply_in_kind(text: str, groups: tuple[tuple[tuple[str, ...], str], ...]) -> str:
    """The reply of the first group one of whose words the text contains ("punten" -> "Mangga."), or ""."""
    words = set(normalize(text))
    return next((reply for group, reply in groups if words & {w for g in group for w in normalize(g)}), "")


def is_acknowledgement(text: str, content: Content) -> bool:
    """ "ok", "siap min": an acknowledgement, which is not thanks and asks for nothing."""
    index = index_for(content)
    words = normalize(text)
    return any(w in index.acknowledgements for w in words) and all(
        w in index.acknowledgements or w in index.stopwords for w in words
    )


def search(text: str, content: Content) -> SearchResult:
    """Find the services a resident's free text is about: only cards the text names (or whose example
    questions it is close to), and nothing for a weak match (the card's words cover too little of the
    question)."""
    index = index_for(content)
    query = prepare(text, index.synonyms, index.stopwords)
    if not query:
        return SearchResult((), clear=False)
    misspellable = _misspellable(query, index)
    every = [(_score(query, s.id, index, misspellable), position, s) for position, s in enumerate(content.services)]
    scored = sorted((item for item in every if item[0].eligible), key=lambda item: (-item[0].value, item[1]))
    # Named by nothing, but made only of card words ("bikin akte", "izin"): a guess to choose from, never a card.
    guess = not scored and all(w in index.known_words for w in query)
    if guess:
        scored = sorted(every, key=lambda item: (-item[0].value, item[1]))
    if not scored:
        return SearchResult((), clear=False)
    top = scored[0][0]
    best = top.value
    if best < MIN_SCORE or (top.coverage < MIN_COVERAGE and top.example < STRONG_EXAMPLE):
        return SearchResult((), clear=False)
    candidates = [s for score, _, s in scored if score.value >= CANDIDATE_RATIO * best][:MAX_CANDIDATES]
    runner_up = scored[1][0].value if len(scored) > 1 else 0.0
    clear = not guess and (len(candidates) == 1 or best >= CLEAR_RATIO * runner_up)
    return SearchResult(tuple(candidates[:1] if clear else candidates), clear=clear)


def closest_service(text: str, content: Content) -> Service | None:
    """The card whose words come closest to `text`, however weakly (a hint for staff), or None."""
    index = index_for(content)
    query = prepare(text, index.synonyms, index.stopwords)
    if not query:
        return None
    misspellable = _misspellable(query, index)
    scored = ((_score(query, s.id, index, misspellable).value, s) for s in content.services)
    score, service = max(scored, key=lambda x: x[0])
    return service if score > 0 else None
