"""Procurement acronyms spelled out before embedding.

Acronym-only requests ("建设IAM平台，支持SSO和MFA") defeat both embedding models measured here
(see docs/bundling.md): the models never learnt what the letters stand for in an IT procurement
office. Each acronym is kept and followed by its Chinese and English names, so a Chinese request,
an English request and an acronym-only request about the same thing share words.
"""
from __future__ import annotations

import re

# acronym -> (Chinese name, English name)
GLOSSARY: dict[str, tuple[str, str]] = {
    "IAM": ("统一身份认证与访问管理", "identity and access management"),
    "SSO": ("单点登录", "single sign-on"),
    "MFA": ("多因素认证", "multi-factor authentication"),
    "2FA": ("双因素认证", "two-factor authentication"),
    "LDAP": ("目录服务", "directory service"),
    "AD": ("域控目录服务", "active directory"),
    "PAM": ("特权账号管理", "privileged access management"),
    "UPS": ("不间断电源", "uninterruptible power supply"),
    "PDU": ("机柜电源分配单元", "power distribution unit"),
    "VM": ("虚拟机", "virtual machine"),
    "VDI": ("桌面云虚拟桌面", "virtual desktop infrastructure"),
    "HCI": ("超融合一体机", "hyper-converged infrastructure"),
    "MDM": ("移动设备管理", "mobile device management"),
    "EDR": ("终端检测与响应杀毒", "endpoint detection and response"),
    "NGFW": ("下一代防火墙", "next-generation firewall"),
    "FW": ("防火墙", "firewall"),
    "WAF": ("网页应用防火墙", "web application firewall"),
    "IPS": ("入侵防御系统", "intrusion prevention system"),
    "IDS": ("入侵检测系统", "intrusion detection system"),
    "SIEM": ("安全信息与事件管理日志分析", "security information and event management"),
    "SOC": ("安全运营中心", "security operations center"),
    "DLP": ("数据防泄漏", "data loss prevention"),
    "VPN": ("虚拟专用网远程接入", "virtual private network"),
    "SD-WAN": ("软件定义广域网", "software-defined wide area network"),
    "WAN": ("广域网", "wide area network"),
    "LAN": ("局域网", "local area network"),
    "WLAN": ("无线局域网", "wireless local area network"),
    "AP": ("无线接入点", "wireless access point"),
    "SAN": ("存储区域网络", "storage area network"),
    "NAS": ("网络附加存储", "network attached storage"),
    "SSD": ("固态硬盘", "solid state drive"),
    "HDD": ("机械硬盘", "hard disk drive"),
    "GPU": ("图形处理器算力卡", "graphics processing unit"),
    "CPU": ("中央处理器", "central processing unit"),
    "DB": ("数据库", "database"),
    "RDBMS": ("关系型数据库", "relational database"),
    "ERP": ("企业资源计划系统", "enterprise resource planning"),
    "CRM": ("客户关系管理系统", "customer relationship management"),
    "OA": ("办公自动化系统", "office automation"),
    "HR": ("人力资源", "human resources"),
    "ITSM": ("IT服务管理工单", "IT service management"),
    "CMDB": ("配置管理数据库", "configuration management database"),
    "APM": ("应用性能监控", "application performance monitoring"),
    "CDN": ("内容分发网络", "content delivery network"),
    "DNS": ("域名解析", "domain name system"),
    "IDC": ("数据中心机房托管", "data center"),
    "DR": ("灾难备份恢复", "disaster recovery"),
    "CA": ("数字证书认证", "certificate authority"),
    "PKI": ("公钥基础设施数字证书", "public key infrastructure"),
    "KVM": ("键盘视频鼠标切换器", "keyboard video mouse switch"),
    "NVR": ("网络硬盘录像机", "network video recorder"),
    "IPC": ("网络摄像机", "IP camera"),
    "BI": ("商业智能报表分析", "business intelligence"),
    "RPA": ("机器人流程自动化", "robotic process automation"),
    "OCR": ("文字识别", "optical character recognition"),
    "LLM": ("大语言模型", "large language model"),
    "AI": ("人工智能", "artificial intelligence"),
    "API": ("应用程序接口", "application programming interface"),
    "SaaS": ("软件即服务", "software as a service"),
    "IaaS": ("基础设施即服务云主机", "infrastructure as a service"),
    "PaaS": ("平台即服务", "platform as a service"),
    "K8S": ("容器云平台", "kubernetes container platform"),
    "PC": ("台式计算机", "personal computer"),
    "MLPS": ("等级保护测评", "multi-level protection scheme"),
    "PoE": ("以太网供电交换机", "power over ethernet"),
}


# An acronym is a whole run of ASCII letters, digits and hyphens: SD-WAN is not WAN, "PC" inside
# "IPC" or an English word does not match, while Chinese characters next to an acronym are fine.
# Looking each run up (rather than one alternation of every acronym) costs one pass per text.
_RUN = re.compile(r"[A-Za-z0-9\-]+")
_LOOKUP = {k.upper(): v for k, v in GLOSSARY.items()}


def expand_acronyms(text: str, inline: bool = True) -> str:
    """'建设IAM平台' -> '建设IAM（统一身份认证与访问管理 identity and access management）平台'.

    Lower-case words of up to three letters are left alone, so "ad", "ap" or "ai" in English
    prose stay words. With `inline=False` the text is kept as written and the expansions are
    appended, so term matching still sees "GPU服务器" as written.
    """
    appended: list[str] = []

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        found = _LOOKUP.get(word.upper())
        if found is None or (word.islower() and len(word) <= 3):
            return word
        zh, en = found
        appended.append(f"{word}（{zh} {en}）")
        return appended[-1] if inline else word

    out = _RUN.sub(repl, text)
    return out if inline else " ".join([out, *appended])
