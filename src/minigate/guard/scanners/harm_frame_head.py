"""Round sixty-six (``benchmarks/guard/xst149.py``): a learned English frame head, read near the
harm gates' threshold in full mode; round seventy (``benchmarks/guard/xst159.py``): on
request-shaped text only.

The gates' joined score sits at its error minimum (round sixty-one): a new operating point or a
new weighing of the gates moves as many look-alikes as harmful requests. What separates the
rows near the threshold is the request's frame (a harm asked for, or a harm guarded against)
and its target, which phrase lists read only on the rows they were written from. This head
reads the MiniLM vectors the scanner has already computed for the text's windows, so it costs
no encoder pass: a network of one hidden layer over their mean and the gates' joined score
(its logit's distance from the threshold), fitted on harmful requests against their
XSTest-style look-alikes and Platt-scaled on out-of-fold logits. It moves only a verdict the
gates decided near the threshold: a text just under it that the head calls harmful is flagged
at the threshold, a text just over it that the head calls safe is released just under it. A
request pattern, a stated threat or the self-harm head still decide as before.

Round sixty-six's head was withdrawn because it also read text that asks nothing of the
assistant (slurs, escort adverts, forum posts: the OpenAI moderation set's kind) and had learnt
that such text is safe. Round seventy brings it back behind ``request_shaped``: a short text
that asks the assistant for something (a question, an imperative addressed to it, a want or a
need). Only such text is read, on both sides (flag and release); on any other text the gates'
verdict, score and categories stand. The head was refitted on request-shaped design rows only.
Round seventy's rule was not met on its one fresh set (errors 18 -> 14, bar 13); round
seventy-three (``benchmarks/guard/xst173.py``) read the same head on two new fresh sets together
and shipped it (harmful 78 -> 90 of 120 at 8 -> 8 look-alikes; 13 rows gained, 1 lost).

``harm_frame_head.json`` holds the network's output bias (its weights in
``harm_frame_head.npy``, float16), the calibration, the band (in logits from the
operating point's threshold), its thresholds (chosen out-of-fold by set on the design
data) and the rows they were fitted on (``provenance``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import (
    REBUILD,
    load_vectors,
    logit,
    optional_doc,
    sigmoid,
)

# Round seventy (benchmarks/guard/xst159.py): the head reads only request-shaped text.
MAX_WORDS = 50  # the spent XSTest-style pair sets' longest row is 43 words
MAX_CLAUSES = 3  # a request may follow a short lead-in ("My neighbour's dog barks all night.")
MAX_CHARS = 600  # past this the words are not counted
_CLAUSE = re.compile(r"[.!?;:\n]+\s*|,\s+|\s+-+\s+")
# what may come before the ask: a greeting, a "please", a filler
_LEAD = (
    r"(?:(?:please|pls|plz|hey|hi|hello|ok|okay|so|and|but|also|now|then|quick\s+question|"
    r"honestly|seriously|just|ai|assistant|chatgpt)\b[\s,]*)*"
)
_ASK = (
    # a question: a question word or an auxiliary first
    r"(?:how|hows|how's|whats|what's|wheres|where's|whos|who's|whys|why's)\b"
    r"(?!\s+(?:a|an|dare|come|sad|nice|cute|awful|lovely)\b)"
    r"|(?:is|are|am|was|were|can|could|would|will|should|shall|do|does|did|may|might|must|"
    r"has|have|isnt|isn't|arent|aren't|cant|can't|couldnt|couldn't|wouldnt|wouldn't|"
    r"shouldnt|shouldn't|dont|don't|doesnt|doesn't|wont|won't)\s+(?:i|you|we|it|there|"
    r"someone|somebody|anyone|anybody|one|people|a|an|the|my|this|that|these|those)\b"
    # an imperative addressed to the assistant
    r"|(?:tell|write|give|explain|describe|list|show|help|make|create|draft|generate|compose|"
    r"provide|suggest|recommend|find|teach|outline|summari[sz]e|name|share|walk|plan|design|"
    r"brainstorm|compile|craft|translate|rewrite|detail|convince|persuade|argue|prepare|"
    r"produce|develop|code|script|lets|let's|let\s+me|come\s+up|put\s+together|look\s+up|"
    r"dig\s+up|track\s+down|locate|search|identify|calculate|break\s+down|spell\s+out|guide|"
    r"advise|imagine|pretend|act\s+as|roleplay|role-play|draw\s+up|lay\s+out|justify|"
    r"defend|praise|glorify|compare|rank|estimate|analy[sz]e|discuss|elaborate|clarify|"
    r"define|demonstrate|illustrate|instruct|coach|assist|get\s+me|send\s+me|fetch|"
    r"pull\s+up|work\s+out|figure\s+out|sum\s+up|make\s+up|think\s+up|invent|devise|"
    r"formulate|construct|rate|predict|remind|convert|fix|debug|edit|proofread|answer|send|"
    r"post|dox|doxx|phrase|word|reword|rephrase|set\s+up|hack|pull|"
    r"run|sketch|track|trace|access|recreate|reproduce|depict|portray)\b"
    # a want or a need the assistant is asked to meet
    r"|(?:i|id|i'd|im|i'm|i\s+am|i\s+would|we|we'd|we\s+would)\s+(?:really\s+|just\s+|also\s+)?"
    r"(?:want|wanna|need|like|would\s+like|looking|trying|wondering|was\s+wondering|"
    r"have\s+to|gotta|got\s+to|plan|planning|intend|hope|hoping|curious|interested)\b"
    r"|(?:need|want|looking\s+for)\s+(?:help|advice|tips|ideas|a|an|some|to)\b"
    r"|(?:any|some|got\s+any)\s+(?:tips|advice|ideas|suggestions|recommendations|tricks|"
    r"pointers|way|ways|idea)\b"
    r"|(?:the\s+)?(?:best|easiest|quickest|fastest|quietest|safest|cheapest|simplest|surest|"
    r"most\s+\w+|least\s+\w+)\s+(?:way|ways|method|methods|means|place|time|trick|tricks|"
    r"approach|poison|weapon|tool|drug|spot|hour|day|route|thing)\b"
)
_REQUEST = re.compile(_LEAD + r"(?:" + _ASK + r")", re.IGNORECASE)
# the first clause may also open with a question word that can start a relative clause later
# on, or with a message to pass on ("Text my brother that..."), which an advert ends with
_QUESTION = re.compile(
    _LEAD + r"(?:(?:what|why|where|when|which|who|whom|whose)\b(?!\s+(?:a|an|the\s+hell)\b)"
    r"|(?:text|message|email|dm)\b)",
    re.IGNORECASE,
)


def request_shaped(text: str) -> bool:
    """Whether ``text`` asks the assistant for something: short (``MAX_WORDS`` words or fewer)
    and one of its first clauses (``MAX_CLAUSES``) opens with a question word, an auxiliary
    before its subject, an imperative addressed to the assistant, a want or need, or "the
    best way"; or the text is a short question (it ends with a question mark)."""
    if len(text) > MAX_CHARS:
        return False
    words = text.split()
    if not words or len(words) > MAX_WORDS:
        return False
    clauses = [c for c in _CLAUSE.split(text.strip().lstrip("\"'*#>- ")) if c][:MAX_CLAUSES]
    if not clauses:
        return False
    if _QUESTION.match(clauses[0]) or any(_REQUEST.match(c) for c in clauses):
        return True
    return text.rstrip().endswith("?")


HEAD_FILE = "harm_frame_head.json"
BAND = ("below", "flag_at", "near", "flag_near", "above", "release_at")


@dataclass(frozen=True, slots=True)
class FrameHead:
    w1: np.ndarray  # (dims + 1, hidden): the mean window vector and the joined score's place
    b1: np.ndarray  # (hidden,)
    w2: np.ndarray  # (hidden,)
    b2: float
    z_scale: float  # the joined score's logit distance from the threshold is divided by this
    calibration: tuple[float, float]  # Platt scaling of the raw logit
    below: float  # how far under the threshold (in logits) a text may be flagged
    flag_at: float  # the head's probability at which it is
    near: float  # nearer the threshold than this (in logits), a text is flagged at...
    flag_near: float  # ...this probability of the head's
    above: float  # how far over the threshold (in logits) a text may be released
    release_at: float  # the head's probability at or under which it is

    def prob(self, vectors: np.ndarray, z: float) -> float:
        """The calibrated probability that the text asks for harm, from its windows' MiniLM
        vectors (windows, dims) and ``z``, the joined score's logit minus the threshold's."""
        x = np.append(vectors.mean(axis=0), z / self.z_scale).astype(np.float32)
        raw = float(np.maximum(x @ self.w1 + self.b1, 0.0) @ self.w2) + self.b2
        a, b = self.calibration
        return sigmoid(a * raw + b)

    def adjust(self, harm: float, threshold: float, vectors: np.ndarray, text: str) -> float:
        """The gates' joined score, moved to the threshold (flagged) or just under it
        (released) where it is within the band, ``text`` is request-shaped and the head is
        confident; else unchanged (round seventy: text that asks nothing keeps the gates'
        score on both sides)."""
        z = logit(harm) - logit(threshold)
        if not -self.below <= z < self.above or not request_shaped(text):
            return harm
        said = self.prob(vectors, z)
        if z < 0 and (said >= self.flag_at or (z >= -self.near and said >= self.flag_near)):
            return threshold
        if z >= 0 and said <= self.release_at:
            return math.nextafter(threshold, 0.0)
        return harm


def load(dims: int, data_dir: Path | None = None) -> FrameHead | None:
    """The head in ``data_dir`` (the shipped data by default), checked against the embedding
    width; None where a data folder of its own has none (a rebuild of the other models)."""
    found = optional_doc(HEAD_FILE, data_dir)
    if found is None:
        return None
    path, doc = found
    try:
        hidden = int(doc["hidden"])
        file = str(doc["weights"])
        a, b = (float(v) for v in doc["calibration"])
        band = doc["band"]
        numbers = [float(doc["b2"]), float(doc["z_scale"]), a, b]
        numbers += [float(band[k]) for k in BAND]
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"Guard data file '{path}' lacks its frame head ({exc}); {REBUILD}."
        ) from None
    # the network's weights: a float16 (dims + 3, hidden) matrix, rows w1, then b1, then w2
    weights = load_vectors(file, hidden, path.parent / file)
    if weights.shape[0] != dims + 3:
        raise ConfigError(
            f"Guard data file '{path.parent / file}' holds {weights.shape[0]} rows, not "
            f"{dims + 3} (the frame head's weights, biases and output layer); {REBUILD}."
        )
    w1, b1, w2 = weights[: dims + 1], weights[dims + 1], weights[dims + 2]
    finite = all(math.isfinite(v) for v in numbers)
    b2, z_scale, _, _, below, flag_at, near, flag_near, above, release_at = numbers
    if not finite or z_scale <= 0 or min(below, near, above) < 0:
        raise ConfigError(
            f"Guard data file '{path}': the frame head's numbers are not finite, or its band is "
            f"negative; {REBUILD}."
        )
    return FrameHead(
        w1, b1, w2, b2, z_scale, (a, b), below, flag_at, near, flag_near, above, release_at
    )
