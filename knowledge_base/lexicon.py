"""A bilingual procurement lexicon that lets BM25 match across languages.

BM25 cannot see that "warranty" and 质保 are one word, so an English query finds nothing lexical
in a Chinese case base (and the dense model alone is weakest exactly there: docs/cases.md). The
query's terms found here are translated and added to the BM25 query; the cases are not touched.
General IT-procurement vocabulary, not phrases from any evaluation query.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# English term (lower case; any inflection matches) -> Chinese terms
EN_ZH: dict[str, tuple[str, ...]] = {
    "acceptance": ("验收",), "acceptance test": ("验收测试", "验收"), "advance payment": ("预付款",),
    "approval": ("审批",), "audit": ("审计",), "availability": ("可用性",), "backup": ("备份",),
    "bank": ("银行",), "bankrupt": ("破产",), "bankruptcy": ("破产",), "benchmark": ("基准测试", "性能"),
    "bid": ("投标", "中标"), "bidder": ("投标人",), "blacklist": ("失信", "黑名单"), "budget": ("预算",),
    "bundle": ("打包", "合并"), "bundling": ("打包", "合并", "集中采购"), "cap": ("上限",),
    "centralised procurement": ("集中采购", "集采"), "centralized procurement": ("集中采购", "集采"),
    "change request": ("变更",), "cloud": ("云",), "compatibility": ("兼容性", "兼容"), "compliance": ("合规",),
    "confidentiality": ("保密",), "consolidate": ("统一", "合并"), "consolidation": ("统一", "合并"),
    "contract": ("合同",), "contractor": ("承建方", "供应商", "集成商"), "cost": ("成本", "费用"),
    "customer data": ("客户信息", "客户数据"), "data center": ("数据中心", "机房"), "data centre": ("数据中心", "机房"),
    "data export": ("数据导出",), "data leak": ("数据泄露", "泄露"), "data security": ("数据安全",),
    "database": ("数据库",), "deadline": ("工期",), "delay": ("延期", "延误", "推迟"), "delivery": ("交货", "交付"),
    "department": ("部门",), "disaster recovery": ("灾备", "容灾"), "discount": ("降价", "优惠"),
    "dispute": ("争议", "纠纷"), "due diligence": ("尽调", "审查"), "egress": ("出口流量", "流量"),
    "elastic": ("弹性",), "energy": ("能耗", "电费"), "erp": ("erp",), "exit": ("退出", "解约"),
    "expire": ("到期", "期满"), "expired": ("到期", "期满"), "extra cost": ("额外支出", "多付"),
    "fee": ("费用", "费"), "final payment": ("尾款",), "financial": ("财务",), "firewall": ("防火墙",),
    "framework agreement": ("框架协议",), "government": ("政府", "政务"), "hospital": ("医院",),
    "incentive": ("激励", "奖励"), "intellectual property": ("知识产权",), "integrator": ("集成商",),
    "interface": ("接口",), "interoperability": ("互联互通", "兼容"), "invoice": ("发票",),
    "laptop": ("笔记本电脑", "电脑"), "leak": ("泄露",), "licence": ("许可", "授权"), "license": ("许可", "授权"),
    "liquidated damage": ("违约金",), "lock-in": ("锁定",), "lowest price": ("最低价", "低价"),
    "maintenance": ("维保", "运维", "维护"), "migration": ("迁移",), "milestone": ("里程碑",),
    "monitoring": ("监控",), "multi-cloud": ("多云",), "network": ("网络",), "open source": ("开源",),
    "outage": ("故障", "中断"), "outsourcing": ("外包",), "outsourced": ("外包",), "overrun": ("超支",),
    "over budget": ("超支", "超预算"), "payment": ("付款", "支付"), "penalty": ("违约", "扣款", "罚则"),
    "performance": ("性能",), "price": ("价格", "单价"), "price increase": ("涨价",), "printer": ("打印机",),
    "procurement": ("采购",), "purchase": ("采购",), "quality": ("质量",), "ransomware": ("勒索",),
    "relocation": ("搬迁",), "renewal": ("续约", "续费"), "reserved instance": ("预留实例",),
    "reward": ("奖励", "激励"), "rework": ("返工",), "saas": ("saas", "订阅"), "saving": ("节约", "节省"),
    "school": ("学校",), "scope creep": ("范围蔓延", "需求变更"), "security": ("安全",), "server": ("服务器",),
    "service fee": ("服务费",), "sla": ("sla", "服务水平"), "software": ("软件",), "source code": ("源代码",),
    "spending": ("支出",), "storage": ("存储",), "subcontract": ("分包", "转包"), "subscription": ("订阅",),
    "supplier": ("供应商",), "switch": ("交换机",), "tender": ("招标",), "testing": ("测试",),
    "total cost of ownership": ("全生命周期成本", "总成本"), "tco": ("tco", "全生命周期成本"),
    "training": ("培训",), "university": ("大学", "学校"), "upgrade": ("升级",), "vendor": ("供应商", "厂商"),
    "video conference": ("视频会议",), "virtualisation": ("虚拟化",), "virtualization": ("虚拟化",),
    "warranty": ("质保", "保修"), "waste": ("浪费", "闲置"), "working group": ("工作组",),
}


@lru_cache(maxsize=1)
def _en_zh_stemmed() -> dict[str, tuple[str, ...]]:
    """Lexicon keyed by stemmed phrase (" subcontract "), so any inflection of a term matches."""
    from .text import stem

    out: dict[str, list[str]] = {}
    for en, zhs in EN_ZH.items():
        out.setdefault(" " + " ".join(stem(w) for w in _EN_WORDS.findall(en)) + " ", []).extend(zhs)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _zh_en() -> dict[str, tuple[str, ...]]:
    inverse: dict[str, list[str]] = {}
    for en, zhs in EN_ZH.items():
        for zh in zhs:
            if not zh.isascii():
                inverse.setdefault(zh, []).append(en)
    return {zh: tuple(ens) for zh, ens in inverse.items()}


_EN_WORDS = re.compile(r"[a-z]+")  # post-warranty is post + warranty; lock-in is matched as "lock in"


@lru_cache(maxsize=1)
def english_terms() -> frozenset[str]:
    """Every English word of the lexicon but stopwords: a query word the cases lack may still be one of these."""
    from .text import english_words

    return frozenset(english_words(" ".join(EN_ZH)))


def translate_terms(text: str) -> list[str]:
    """The other language's terms for the lexicon entries found in `text`."""
    from .text import stem

    text = unicodedata.normalize("NFKC", text)  # full-width ＳＬＡ is SLA
    words = [stem(w) for w in _EN_WORDS.findall(text.lower())]
    found: list[str] = []
    if words:
        joined = " " + " ".join(words) + " "
        for phrase, zhs in _en_zh_stemmed().items():
            if phrase in joined:
                found.extend(zhs)
    for zh, ens in _zh_en().items():
        if zh in text:
            found.extend(ens)
    return found
