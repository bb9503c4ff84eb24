"""Clause typing: a bilingual lexicon first, embedding similarity to labelled prototype clauses second.

The lexicon decides most clauses in microseconds. A clause it leaves undecided (a weak hint or
no hint under a real heading) is embedded with the bundled e5 and compared with the prototype
clauses in knowledge_base/prototypes/, which catch wordings the lexicon has no entry for
(售后服务响应标准 for an SLA, 扣减服务费 for damages, title to work product for IP). Embedding is
the slow part (tens of ms a clause on 2 cores), so at most `EMBED_BUDGET` clauses a document are
embedded; matcher's encoder caches vectors by text on disk.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from contracts.caseless import Caseless, caseless, fold
from contracts.segment import Clause

TYPES = ("sla", "ip_ownership", "data_security", "data_ownership", "confidentiality", "liquidated_damages",
         "liability_cap", "payment", "acceptance", "warranty", "post_warranty_service", "renewal", "termination",
         "subcontracting", "governing_law", "dispute_resolution", "force_majeure", "other")

PROTOTYPES_DIR = Path(__file__).resolve().parents[1] / "knowledge_base" / "prototypes"
EMBED_BUDGET = 4          # clauses embedded per document at most
EMBED_CHARS = 160         # heading + start of the body is what the prototypes are compared with
THRESHOLD = 2.0           # lexicon score that assigns a type
SIM_THRESHOLD = 0.89      # e5 cosine to the nearest prototype, and the margin over any other type:
SIM_MARGIN = 0.02         # calibrated by bench/calibrate_prototypes.py (0 disagreements with the lexicon)

# (pattern, weight). A heading hit counts double. Patterns are case-insensitive.
LEXICON: dict[str, list[tuple[str, float]]] = {
    "sla": [
        (r"服务水平|服务级别|SLA\b|服务等级协议|可用率|可用性(?:指标|承诺|不低于|达到)|系统可用|在线率", 2.5),
        (r"响应时间|响应时限|到场时间|恢复时间|修复时间|故障响应|售后服务响应|响应标准|(?:一|二|三)级故障|P[1-4]\b|紧急故障|严重故障", 1.5),
        (r"service levels?|uptime|availability|response times?|resolution times?|severity (?:1|one)|priority 1", 2.0),
        (r"服务质量|服务承诺|service credits?", 1.0),
    ],
    "ip_ownership": [  # who owns: a mere mention of IP (a licence, a warranty of non-infringement) is not enough
        (r"(?:知识产权|著作权|专利|版权|成果|源代码|文档|交付物|手册|预案|方案|脚本).{0,30}(?:归|属于|由.{0,12}(?:享有|所有)|共有|共同所有)|成果归属|权利归属|所有权归属|"
         r"(?:定制|开发|编制|编写|形成)[^，。；]{0,30}(?:归|属于)\s*(?:甲方|乙方|采购人|供应商|委托方|受托方|买方|卖方)", 2.5),
        # assignment, or new work (developed / prepared / improvements …) vesting in a party; a party merely
        # retaining its own IP counts only for customisations
        (r"assign(?:s|ed|ment)?\b(?:(?!this Agreement|hereunder|obligations|jointly)[^.;]){0,120}?"
         r"(?:right,? title,? (?:and|or) interest|intellectual property|copyright|patent|invention|work product|ownership|trademark|"
         r"(?:together|along) with [^.;]{0,20}goodwill|registrations?|all (?:of )?(?:its |their |such |\w+'s )?rights(?! (?:and|or) obligations| under| hereunder| to this| in this))|"
         r"transfer(?:s|red)?\b(?:(?!this Agreement|hereunder|obligations|jointly)[^.;]){0,120}?"
         r"(?:right,? title,? (?:and|or) interest|intellectual property|copyright|patent|invention|work product)|"
         r"(?:trademarks?|registrations?|inventions?|work product|copyrights?|patents?|goodwill)[^.;]{0,60}"
         r"(?:to be|are hereby|is hereby|shall be)(?: granted and)? (?:assigned|transferred)|"
         r"right,? title,? (?:and|or) interest[^.;]{0,80}(?:shall|will) (?:automatically )?(?:transfer|pass|vest) (?:to|in)|"
         r"(?:developed|created|made|prepared|produced|generated|conceived|invented|authored|arising|resulting|work product|deliverables?|"
         r"improvements?|modifications?|derivative works?|results|customi[sz]ations?)"
         r"[^.;]{0,150}"
         r"(?:(?:shall|will|to) (?:exclusively |solely )?(?:vest|be owned|belong|(?:be|become) the (?:sole )?(?:and )?(?:exclusive )?(?:property|owner))|"
         r"shall (?:solely )?own|will become (?:our|its|their|the \w+'s) (?:exclusive )?property)|"
         r"works? (?:made )?for hire|"
         r"(?:retain|retains|reserve|reserves) all (?:right, title,? and interest|ownership|intellectual property)[^.;]{0,80}"
         r"(?:customi[sz]ations?|modifications?|improvements?|deliverables?|work product|developed)|"
         r"(?:shall|will) (?:solely |exclusively )?own (?:and retain )?all right, title,? and interest in and to[^.;]{0,80}"
         r"(?:generated|developed|created|made|improvements?|data|inventions?)|"
         r"owns? the (?:sole and exclusive|sole|exclusive) (?:right|ownership)[^.;]{0,150}(?:improvements?|created|developed|derived)|"
         r"ownership of (?:all )?(?:the )?(?:inventions?|work product|improvements?|deliverables?|developments?|results)", 2.5),
        (r"知识产权|著作权|intellectual property|proprietary rights|ownership|work product", 0.9),  # a heading alone is not enough
    ],
    "data_security": [
        (r"数据安全|信息安全|网络安全|数据泄露|泄露事件|安全事件|个人信息保护|等级保护|等保|安全漏洞|数据加密|数据备份", 2.5),
        (r"data security|information security(?! officer)|security (?:breach|incident)|data breach|personal (?:data|information) protection|"
         r"data protection|encrypt|(?:no undertaking|responsib\w*|liab\w*) (?:as to|for) the security of", 2.5),  # a CISO named as addressee is no topic
    ],
    "data_ownership": [
        (r"数据(?:的)?(?:所有权|归属|权属)|(?:业务|客户|甲方|用户)数据.{0,12}(?:归|所有|权利)|数据.{0,6}归甲方|脱敏|匿名化|汇总数据|使用甲方数据", 2.5),
        (r"customer data|client data|buyer data|ownership of (?:the )?data|aggregated data|de-?identified|anonymi[sz]ed data", 2.5),
    ],
    "confidentiality": [
        (r"保密|商业秘密|保密信息|机密信息", 2.5),
        (r"confidential|non-disclosure|trade secret", 2.5),
    ],
    "liquidated_damages": [
        (r"违约金|逾期(?:交付|交货|完成|履行|付款)?.{0,20}(?:支付|承担|按)|迟延|延期交付|罚则|罚款|扣减(?:服务费|费用|款)|扣除.{0,6}费", 2.0),
        (r"违约责任", 1.5),
        (r"liquidated damages|termination fee|cancellation fee|break-?up fee|early termination (?:fee|charge|payment)|delay (?:damages|penalt)|for each (?:day|week) of delay|per day of delay", 2.5),
        (r"penalt(?:y|ies)|late delivery", 1.0),
    ],
    "liability_cap": [
        (r"赔偿(?:责任)?(?:总额|上限|限额)|责任(?:上限|限额|限制)|累计赔偿|最高赔偿|赔偿.{0,20}不超过|责任.{0,10}以.{0,20}为限", 2.5),
        (r"(?<!\()limitation of liability(?!\))|limit(?:ation)? on liability|liability cap|aggregate liability|total liability|maximum liability|"
         r"cumulative liability|entire liability|in no event shall [^.;]{0,80}liab|"
         r"liab\w*[^.;]{0,120}?(?:(?:not|never|no event)\b[^.;]{0,20}exceed|(?<!not )limited to|in excess of|greater than)|"
         r"(?:indemnif|damages|claims?|recover)\w*[^.;]{0,80}(?:shall|will) not exceed|not be (?:required|obliged|obligated) to (?:contribute|pay)[^.;]{0,40}in excess of|"
         r"sole (?:and exclusive )?(?:remedy|obligation)[^.;]{0,120}(?:is|shall be) limited to", 2.5),
        (r"间接损失|利润损失|(?:indirect|consequential|incidental|special|punitive|exemplary)\b[^.;]{0,60}?\b(?:damages|loss(?:es)?)\b|"
         r"no liability whatsoever|damages other than direct damages", 2.5),
    ],
    "payment": [
        (r"付款|支付方式|结算方式|预付款|首付款|尾款|发票|服务费(?:用)?(?:按|于|每)", 2.0),
        (r"合同价款|合同总价|价款|支付|费用|fees|price|payable", 1.0),
        (r"payment|invoice|instal(?:l)?ments? of|fees? (?:are|shall be) payable|purchase price|advance payment|contract price", 2.0),  # "payable in three equal instalments of CNY 800,000"
        (r"\b(?:are|is|shall be|becomes?) due (?:together |in full )?(?:within|on|upon|before|at)\b", 2.0),  # "The Integration Fee and the Subscription Fee … are due together within 10 days after signature"
    ],
    "acceptance": [
        (r"验收|初验|终验|测试合格|试运行", 2.5),
        (r"acceptance|acceptance tests?|accepted by", 2.0),
    ],
    "warranty": [
        (r"质保|保修|质量保证期|免费维保期|免费维护期|缺陷责任期|质量保证", 2.5),
        (r"warrant(?:y|ies)|guarantee period|defects liability", 2.0),
    ],
    "post_warranty_service": [
        (r"(?:质保|保修|免费维保|免费服务)期(?:满|届满|结束|之?后)|维保费|维护费|年度(?:维保|维护|服务|技术支持)|技术支持费|运维费|续保|原厂服务", 2.5),
        (r"annual maintenance|maintenance (?:and support )?fees?|maintenance at an annual|support fees?|after the warranty|post-warranty|"
         r"upon expiry of the warranty|extended support", 2.5),
    ],
    "renewal": [
        (r"续期|续约|续签|自动延续|自动续|顺延", 2.5),
        (r"renew(?:al|ed|s)?\b|auto-?renew|evergreen", 2.5),
    ],
    "termination": [
        (r"解除(?:本)?合同|终止(?:本)?合同|合同(?:的)?解除|合同(?:的)?终止|单方解除|有权解除", 2.5),
        (r"terminat(?:e|ion)", 2.0),
    ],
    "subcontracting": [
        (r"分包|转包|转让.{0,10}(?:义务|权利)|第三方(?:代为)?履行", 2.5),
        (r"subcontract|sub-contract|delegate .{0,30}obligations|assign(?:ment)? .{0,40}(?:consent|without)", 2.5),
    ],
    "governing_law": [
        (r"适用(?:的)?法律|法律适用|准据法|受.{0,12}法律管辖|适用.{0,12}法律", 2.5),
        (r"governing law|governed by (?:and construed in accordance with )?the laws?|laws of the state|construed in accordance", 2.5),
    ],
    "dispute_resolution": [
        (r"争议解决|争议的解决|仲裁|诉讼|人民法院|协商解决|管辖", 2.5),
        (r"dispute|arbitrat|jurisdiction|courts? of|venue", 2.0),
    ],
    "force_majeure": [
        (r"不可抗力", 3.0),
        (r"force majeure|act of god", 3.0),
    ],
}
# A body hit does not count when its sentence says the opposite: nothing is transferred, each party keeps what
# it makes itself, "limited liability company" … (English only; checked sentence by sentence inside long clauses)
SENTENCE_NEGATIVES: dict[str, str] = {
    "ip_ownership": r"\bnot\b[^.;]{0,30}(?:transfer|assign|convey|vest)|\bnot\W{1,3}works? (?:made )?for hire|\bno (?:\w+ ){0,3}(?:transfer|assignment)|"
                    r"\b(?:nothing|neither)\b[^.;]{0,200}(?:transfer|assign|convey|vest)|(?:assign|transfer)\w*[^.;]{0,60}(?:in and to|under) this Agreement|"
                    # joint ownership is not an assignment (CUAD: "Joint IP Ownership"), unless each party assigns a share
                    r"(?s:^(?!.*\bhereby (?:assigns?|transfers?)\b).*(?:\bjoint(?:ly)?\b|co-own))|"
                    r"(?:gains|liabilit\w+|taxes|expenses|costs|fees|amounts|damages|settlements|proceeds|revenues?|profits)[^.;]{0,40}"
                    r"(?:arising|resulting|recovered|(?:shall|will) (?:be owned|belong|vest))|"
                    r"(?:made|created|developed|provided|conceived|generated|invented)(?: solely| exclusively| independently)? by "
                    r"(?:employees of |or on behalf of )?(?:the )?((?!the\b|an?\b)\w[\w@.-]*(?: (?-i:[A-Z])[\w@.-]*)?)[^.;]{0,100}"
                    r"(?:belongs? (?:solely |exclusively )?to|owned (?:solely |exclusively )?by|property of|vest in) (?:the )?\1\b",
    "liability_cap": r"limited liability (?:company|partnership)|without (?:the )?(?:need for |necessity of )?(?:proof|showing) of|"
                     r"\bdirect and indirect\b|(?:insurance|umbrella|coverage)[^.;]{0,80}limits? of|limits? of (?:not less than|at least)",
}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern. Searched one by one they find the same hits as the whole
    alternation, and faster: each alternative gets the regex engine's literal-prefix scan."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]" or pattern[i + 1:i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]]


_COMPILED = {t: [([caseless(a) for a in _alternatives(p)], w) for p, w in pats] for t, pats in LEXICON.items()}
_NEGATIVES = {t: caseless(p) for t, p in SENTENCE_NEGATIVES.items()}
_SENTENCE_END = re.compile(r"[.;。；\n](?:\s|$)")


def _sentence_at(text: str, start: int, end: int) -> slice:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    right = _SENTENCE_END.search(text, end)
    return slice(left, right.start() if right and right.start() - end < 400 else end + 400)


def _body_hit(t: str, alternatives: list[Caseless], body: str, folded: str | None) -> bool:
    negative = _NEGATIVES.get(t)
    if negative is None:
        return any(a.search(body, folded) for a in alternatives)
    for a in alternatives:
        for start, end in a.spans(body, folded):
            sentence = _sentence_at(body, start, end)
            if not negative.search(body[sentence], folded and folded[sentence]):
                return True
    return False


def lexicon_scores(heading: str, body: str) -> dict[str, float]:
    scores: dict[str, float] = {}
    folded_heading, folded_body = fold(heading), fold(body)
    for t, pats in _COMPILED.items():
        s = 0.0
        for alternatives, weight in pats:
            if heading and any(a.search(heading, folded_heading) for a in alternatives):
                s += 2 * weight
            elif _body_hit(t, alternatives, body, folded_body):
                s += weight
        if s:
            scores[t] = s
    return scores


# ---- prototypes --------------------------------------------------------------------------------

def load_prototypes() -> list[tuple[str, str]]:
    """(type, text) pairs from knowledge_base/prototypes/*.jsonl."""
    out = []
    for path in sorted(PROTOTYPES_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["type"], row["text"]))
    return out


class PrototypeIndex:
    """The prototype vectors, and the nearest prototype type for new clause texts. Vectors come
    from matcher's TextEncoder, whose on-disk cache keeps repeated texts (and the prototypes) free."""

    def __init__(self, encoder):
        self.encoder = encoder
        protos = load_prototypes()
        self.types = [t for t, _ in protos]
        self.vectors = encoder.encode([txt[:EMBED_CHARS] for _, txt in protos])

    def nearest(self, texts: list[str]) -> list[list[tuple[str, float]]]:
        """For each text, every type with its best prototype cosine, best first."""
        out = []
        for vec in self.encoder.encode(texts):
            best: dict[str, float] = {}
            for typ, sim in zip(self.types, self.vectors @ vec):
                best[typ] = max(best.get(typ, -1.0), float(sim))
            out.append(sorted(best.items(), key=lambda kv: -kv[1]))
        return out


@lru_cache(maxsize=1)
def default_index() -> PrototypeIndex:
    from matcher.encoder import load_encoder

    return PrototypeIndex(load_encoder(None))


def _embed_text(clause: Clause) -> str:
    return (clause.heading + " " + re.sub(r"\s+", " ", clause.body).strip())[:EMBED_CHARS]


def classify(clauses: list[Clause], use_embeddings: bool = True, index: PrototypeIndex | None = None) -> list[Clause]:
    """Sets `types` (several when a clause covers several topics) and `type` (the strongest) in place."""
    undecided: list[tuple[Clause, dict[str, float]]] = []
    for clause in clauses:
        scores = lexicon_scores(clause.heading, clause.text)
        kept = {t: s for t, s in scores.items() if s >= THRESHOLD}
        clause.types = tuple(sorted(kept, key=lambda t: -kept[t])) or ("other",)
        clause.type = clause.types[0]
        if not kept and clause.heading and len(clause.text) > 20:
            undecided.append((clause, scores))
    if use_embeddings and undecided:
        undecided.sort(key=lambda cs: -max(cs[1].values(), default=0.0))  # weak hints first
        chosen = undecided[:EMBED_BUDGET]
        idx = index or default_index()
        for (clause, _), ranked in zip(chosen, idx.nearest([_embed_text(c) for c, _ in chosen])):
            (best_type, best), (_, second) = ranked[0], ranked[1] if len(ranked) > 1 else ("", -1.0)
            if best_type != "other" and best >= SIM_THRESHOLD and best - second >= SIM_MARGIN:
                clause.types, clause.type = (best_type,), best_type
    return clauses
