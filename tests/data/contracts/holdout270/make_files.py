"""holdout270: writes the ten draft contracts (.md/.txt directly, .docx/.pdf via ../word_pdf.py), asserts the price and
payment sums, re-applies the policy rules to the labels, writes the .json labels and scans every read-back file for
threshold values. Run: /work/main/.venv/bin/python make_files.py"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ---------- rules (policy §3/§4, re-applied to the labels) ----------
def rules(t, x):
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x.get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    return r


def tco_share(value, base, fee_pct, warranty_months, horizon=5):
    post_years = max(0.0, horizon - warranty_months / 12)
    fees = post_years * base * fee_pct / 100
    return fees, value + fees, fees / (value + fees) * 100


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rs):
    if rs & HIGH:
        return "high"
    return "medium" if rs - LOW else "low"


# ---------- threshold scan ----------
NB = r"(?<![\d.,])"
THRESHOLDS = [
    NB + r"99\.9(?!\d)\s*%", NB + r"4\s*(小时|个小时|h\b|hours?\b|-hour)", r"(?<![一二三四五六七八九十百千两])四个?小时",
    r"\bfour[- ]hours?\b", NB + r"240\s*(分钟|minutes)", NB + r"0?\.05(?!\d)\s*%", r"万分之五(?!十)", r"千分之零点五",
    NB + r"100(\.0+)?\s*%", r"百分之(一)?百", r"one hundred per ?cent", NB + r"30(\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])",
    r"\bthirty per ?cent", r"三成", NB + r"15(\.0+)?\s*%", r"百分之十五(?![一二三四五六七八九])", r"\bfifteen per ?cent",
    NB + r"40(\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])", r"\bforty per ?cent", NB + r"12\s*(个月|months?\b|-month)",
    r"(?<![一二三四五六七八九十])十二个月", r"\btwelve[- ]months?\b", r"(?<![一二三四五六七八九十])一年", NB + r"1\s*年(?!\d)",
    r"\bone[- ]year\b", NB + r"5\s*(年|years?\b|-year)", r"(?<![一二三四五六七八九十])五年", r"\bfive[- ]years?\b",
    NB + r"60\s*(个月|months?\b)", r"(?<![一二三四五六七八九十])六十个月", r"\bsixty months\b", r"\b(12|twelve) calendar months\b",
]
THR = [re.compile(p, re.I) for p in THRESHOLDS]


def scan(text):
    return [m.group(0) for p in THR for m in p.finditer(text)]


def selftest():
    bad = ["99.9%", "4小时", "四小时", "4 hours", "four hours", "0.05%", "万分之五", "100%", "百分之百", "30%",
           "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "百分之四十", "12个月", "十二个月", "12 months",
           "twelve months", "一年", "1年", "one year", "5年", "五年", "five years", "5 years", "60 months", "240分钟"]
    good = ["99.95%", "24小时", "24 hours", "0.15%", "115%", "130%", "2.30%", "十四小时", "万分之五十", "百分之三十五",
            "24个月", "二十四个月", "18 months", "十一年", "2025年", "15年", "14 hours", "0.055%", "140%", "112 months"]
    for s in bad:
        assert scan(s), s
    for s in good:
        assert not scan(s), (s, scan(s))


selftest()

H270Z01 = """T:某省生态环境厅 大气环境质量监测预报预警平台建设项目 合同书
P:合同编号：SHJ-ZFCG-2025-0417　　采购方式：公开招标　　项目编号：ZC2025-GK-0213
P:采购人（甲方）：某省生态环境厅
P:供应商（乙方）：青岚环境信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就某省大气环境质量监测预报预警平台（以下简称"平台"）的软件许可、定制开发、数据对接及实施服务签订本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同正文为准。
H:第一章 项目内容
P:1.1 乙方向甲方提供空气质量数值预报软件、源解析模块及GIS展示组件的永久使用许可，并按甲方需求定制开发预报会商、污染过程研判、重污染天气预警发布、考核排名四个业务子系统。
P:1.2 乙方负责将全省国控、省控空气自动监测站（共计三百六十八个站点）、气象部门格点数据、污染源在线监测数据接入平台，完成数据清洗、质控规则配置及历史数据（自2018年起）的迁移入库。
P:1.3 平台部署于甲方政务云，乙方负责安装部署、联调测试、试运行保障、操作培训及技术文档编制。
H:第二章 合同价款
P:2.1 本合同总价为人民币贰佰叁拾捌万陆仟元整（¥2,386,000），为固定总价，包含软件许可、开发、对接、实施、培训、差旅及税费，甲方不再支付其他任何费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|数值预报软件及源解析模块、GIS组件永久许可|1套|1,128,000
TB:2|四个业务子系统定制开发|1项|846,000
TB:3|监测站点、气象、污染源数据对接及历史数据迁移|1项|254,000
TB:4|安装部署、试运行保障及培训|1项|158,000
TB:合计|—|—|2,386,000
P:2.2 上表第1项为软件许可小计，第2至4项为开发及服务费用。
H:第三章 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥477,200。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,073,700。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥835,100。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方因财政资金拨付程序延迟付款的，不视为甲方违约，但甲方应及时告知乙方。
H:第四章 工期与交付
P:4.1 乙方应于合同签订后一百五十日内完成全部开发、对接与部署并提交初步验收申请。
P:4.2 乙方交付的文档包括需求规格说明书、概要及详细设计、数据字典、接口说明、测试报告、部署手册、用户手册和运维手册，均以中文纸质版和电子版各一份提交。
P:4.3 乙方应指定具有高级职称的项目经理一名，并配备预报模型、开发、数据及测试人员不少于八名，项目经理未经甲方同意不得更换。乙方每周向甲方提交项目周报，每月参加甲方组织的项目例会。
P:4.4 乙方应为甲方业务人员、技术人员及各市级生态环境局用户分批开展培训，培训不少于六场，培训教材由乙方免费提供。
H:第五章 验收
P:5.1 初步验收：由甲方组织，依据招标文件技术要求逐项测试，包括：（一）全部站点数据接入率不低于99%，数据延迟不超过10分钟；（二）未来七日逐日空气质量预报于每日8时前自动生成；（三）重污染预警从研判到发布的全流程可在平台内完成；（四）三百个并发用户下页面响应时间不超过3秒；（五）第三方机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收：平台连续试运行九十日，期间未发生一级故障，且数值预报AQI等级准确率达到投标文件承诺值，甲方组织专家评审并出具最终验收报告。
P:5.3 任何一项验收标准未达到的，乙方应在十日内整改并重新申请验收。平台安装上线、试运行或甲方付款，均不视为验收合格。
H:第六章 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，维护须提前三日书面告知甲方）。
P:6.2 故障分级与响应：一级故障（平台整体不可用或预报、预警无法生成）乙方须在30分钟内响应，2小时内到场，6小时内恢复；二级故障（单一子系统异常）1小时内响应，12小时内恢复；三级故障（一般性问题）在下一个工作日内处理。
P:6.3 乙方未按6.2约定时限响应或恢复的，每超时一小时按¥2,000向甲方支付违约金；月度可用率每低于承诺值0.01个百分点，扣减当期维保费或质量保证金¥3,000。
H:第七章 质保及后续维护
P:7.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、模型参数调优及7×24小时技术支持，每季度现场巡检一次。
P:7.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可小计的9%，即每年不超过¥101,520，且质保期满后三个年度内不得上调。维护合同另行签订，不自动续期。
H:第八章 知识产权
P:8.1 乙方为本项目定制开发的四个业务子系统、接口程序、数据质控规则及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。甲方可自行或委托第三方修改、使用和再开发。
P:8.2 第2.1条第1项软件的知识产权仍归乙方或原权利人，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九章 数据安全
P:9.1 平台内全部监测数据、预报结果、污染源数据及衍生数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《网络安全法》及网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机操作，全程留痕；乙方人员不得将数据导出至政务云以外的介质。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十章 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、未公开的环境数据及内部管理信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一章 违约责任
P:11.1 乙方逾期完成交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合合同约定的，应免费整改；整改后仍不符合的，甲方有权退货并要求乙方返还已付款项及赔偿损失。
H:第十二章 分包与转包
P:12.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三章 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四章 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五章 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某省生态环境厅　　　　　　乙方（盖章）：青岚环境信息技术股份有限公司
P:法定代表人或授权代表：__________　　　法定代表人或授权代表：__________
P:签订日期：2025年　月　日　　　　　　　　签订日期：2025年　月　日
"""

H270Z02 = """T:发酵罐自动控制系统采购及安装合同
P:合同编号：HQPJ-SB-2025-086
P:买方（甲方）：山城红泉啤酒有限公司
P:卖方（乙方）：华测流程自动化工程有限公司
P:鉴于甲方拟对其二号酿造车间四十八台锥形发酵罐实施温度、压力、液位自动控制改造，乙方具备相应的设计、供货及安装能力，双方根据《中华人民共和国民法典》，就控制系统的供货、安装调试、验收及质保期满后的维保服务达成如下协议。
H:一、供货范围及价格
P:（一）乙方提供的设备、软件及服务明细如下，合同总价为人民币贰佰伍拾万元整（¥2,500,000），含税、含运输及保险。
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜及远程I/O站（含冗余CPU）|6套|1,364,000
TB:2|温度、压力、液位仪表及电动阀门执行器|1批|586,000
TB:3|发酵工艺控制软件及上位机监控软件许可|1套|298,000
TB:软硬件小计|—|—|2,248,000
TB:4|安装、接线、调试及工艺参数整定|1项|212,000
TB:5|操作及维护培训|1项|40,000
TB:合同总价|—|—|2,500,000
P:（二）上述价格为固定价格，合同履行期间不因原材料或汇率变化而调整。
P:（三）控制系统须与甲方现有的糖化车间控制系统、制冷站控制系统及MES系统实现数据通讯，接口协议由乙方负责调试，相关接口开发费用已包含在第4项内。乙方提供的仪表须为食品级不锈钢材质并附出厂检验报告及计量检定证书。
H:二、交货与安装
P:（一）乙方应于合同生效后七十五日内将全部设备运抵甲方厂区指定地点，到货时双方共同开箱清点，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:（二）乙方应于到货后四十五日内完成安装和调试。安装期间乙方应遵守甲方食品生产车间的卫生、防爆及动火管理规定，不得影响未改造发酵罐的正常生产。
P:（三）乙方派驻现场的项目经理和电气工程师须持有有效的电工作业证及高处作业证，进入车间前接受甲方安全和卫生培训。乙方施工造成甲方设备、管道或酒液损失的，由乙方照价赔偿。
P:（四）乙方应提交电气原理图、I/O清单、控制逻辑说明、组态程序备份、操作手册及备件清单。
H:三、付款
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即¥250,000。
P:（二）设备全部到货并签署到货签收单后，甲方支付合同总价的50%，即¥1,250,000。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即¥875,000。
P:（四）剩余5%即¥125,000作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:四、验收
P:（一）验收标准：1.发酵罐温度控制精度±0.2℃，压力控制精度±0.01MPa；2.每台罐的降温曲线按工艺设定自动执行，偏差报警准确；3.上位机画面刷新时间不超过2秒，历史数据保存不少于三年；4.系统连续运行三十日，覆盖至少两个完整发酵周期，无一级故障；5.甲方品控部门确认发酵质量指标符合工艺标准。
P:（二）达到上述标准后，甲方在七个工作日内签署最终验收报告。任一项未达标的，乙方应免费整改后重新验收。设备安装完成、投入试生产或甲方付款，均不视为验收合格。
H:五、质保
P:（一）质保期为最终验收合格之日起十八个月。质保期内乙方免费维修或更换有缺陷的设备、部件，免费升级软件并提供远程和现场技术支持。
P:（二）故障响应：一级故障（控制系统失效导致发酵罐温度或压力失控）乙方应在1小时内响应，3小时内到达现场；二级故障（单台罐或单个回路异常）2小时内响应，次日内修复；三级故障在三个工作日内处理。
P:（三）乙方未按上述时限响应或到场的，每超时一小时向甲方支付违约金¥1,500；因乙方原因导致整罐酒液报废的，乙方按甲方实际损失赔偿。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年度向甲方提供维保服务，包括每季度一次现场巡检、仪表年度校准、软件升级、备件优先供应及7×24小时故障响应，响应时限与第五条（二）相同。
P:（二）维保年费按软硬件小计的27%计收，即每年¥606,960，在每个维保年度开始后三十日内支付。维保费在甲方使用本系统期间保持不变。
P:（三）维保期间乙方未按时响应的，违约责任按第五条（三）执行。
P:（四）乙方应在本地储备常用备件，包括CPU模块、I/O模块、温度变送器和电动阀执行器各不少于两件，备件库存清单每季度报甲方备案。
P:（五）维保服务按年度签署服务确认单，甲方可在每个维保年度结束前六十日书面通知乙方不再续订。
H:七、数据与网络安全
P:（一）控制系统中的发酵工艺参数、配方曲线、生产批次记录及报警记录均属甲方商业数据，归甲方所有。乙方仅可为安装、调试及维保目的访问，不得复制、外传或用于其他客户。乙方在维保工作中使用的笔记本电脑和移动存储介质须事先经甲方信息部门查毒登记，工作结束后由甲方检查确认未留存甲方数据。
P:（二）乙方远程维护须经甲方生产部书面批准，通过甲方提供的专用VPN接入，每次维护结束后断开；控制网与办公网之间由乙方配置工业防火墙隔离。
P:（三）因乙方原因造成数据泄露、篡改或病毒侵入导致生产损失的，乙方应在2小时内通知甲方、配合处置并承担赔偿责任。
H:八、保密
P:（一）乙方对在履行合同中获悉的甲方酿造工艺、配方、产量及经营信息承担保密义务，未经甲方书面同意不得向第三方披露或使用。保密义务在合同终止后三年内继续有效。
H:九、知识产权
P:（一）乙方为本项目编制的控制程序、组态画面、工艺配方模块及技术文档，知识产权归甲方所有，乙方应在验收时交付源程序，甲方有权自行修改和使用。
P:（二）控制软件产品本身的著作权仍归原权利人，乙方保证甲方可永久使用。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）乙方交付的设备不符合约定规格的，甲方有权要求更换，由此产生的费用由乙方承担；因更换导致工期延误的，按本条（一）计算逾期违约金。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:十一、分包
P:（一）仪表管路焊接、桥架敷设等辅助工程如需分包，乙方须事先取得甲方书面同意，并对分包方的工作质量和安全承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，提交青岛仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:十四、其他
P:（一）乙方应在调试完成后为甲方酿造、设备和信息部门人员提供不少于三次的现场培训，使甲方人员能独立完成日常操作、参数修改和一般故障处理。
P:（二）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备技术规格书、I/O点表、验收测试方案。
P:甲方（盖章）：山城红泉啤酒有限公司　　　　乙方（盖章）：华测流程自动化工程有限公司
P:授权代表：__________　　　　　　　　　　授权代表：__________
P:日期：2025年　月　日　　　　　　　　　　　日期：2025年　月　日
"""

H270Z03 = """T:洗车门店会员及预约管理SaaS服务合同
P:合同编号：XC-SAAS-2025-031
P:甲方（客户）：蓝湾汽车美容连锁管理有限公司
P:乙方（服务商）：云驿数科（成都）网络科技有限公司
P:甲方经营连锁洗车门店共七十五家，拟统一使用乙方的"驿车宝"会员及预约管理SaaS平台，替换各门店现有的收银和会员软件。乙方负责平台开通、数据迁移、门店实施及服务期内的平台运营保障。双方经平等协商，就服务范围、费用、服务水平、数据保护及双方责任等事项订立本合同，以资共同遵守。
H:第1条 服务内容
P:1.1 乙方在服务期内向甲方全部七十五家门店提供平台的会员管理、储值卡及次卡、线上预约排队、工位调度、收银对账、营销券、小程序及数据报表功能，账号数量不设上限。
P:1.2 实施服务包括：甲方品牌小程序的配置与上线；各门店原有会员、储值余额及次卡余额的迁移核对；与甲方财务系统的对账接口开发；门店店长及收银员培训；门店上线首周的现场或远程驻点支持。
P:1.3 服务期为三年，自平台在全部门店上线验收合格之日起计算。
P:1.4 服务期内甲方新开门店的，按每店每年¥6,800的单价按月折算增加服务费；门店关闭的，自关闭次月起相应减少服务费，均以双方确认的门店变更单为准。
P:1.5 乙方提供7×24小时客服热线和在线工单系统，门店人员可随时报障；乙方为甲方指定专属客户成功经理一名，负责需求对接、版本更新说明和季度业务回顾。
H:第2条 费用
TB:项目|单价|数量|金额（元）
TB:平台年服务费|每店每年¥6,800|75店×3年|1,530,000
TB:实施费（含迁移、接口、培训）|—|1项|186,000
TB:合同总额|—|—|1,716,000
P:2.1 短信费用按甲方实际发送量另行结算，不计入合同总额。上述价格均为含税价格，税率为6%。
H:第3条 付款
P:3.1 实施费在平台于全部门店上线验收合格后十五个工作日内一次性支付。
P:3.2 平台年服务费自服务期起算日按季度后付，每季度末乙方开具发票后十五个工作日内支付¥127,500，共十二期。
P:3.3 甲方无须在平台上线前支付任何款项。
H:第4条 上线与验收
P:4.1 乙方应在合同签订后六十日内完成全部门店上线。首批五家试点门店上线后运行十四日，双方确认功能符合要求后，其余门店分三批上线。
P:4.2 验收标准：（1）会员、储值余额、次卡余额迁移后与原系统逐条核对一致；（2）小程序预约、支付、核销全流程在每家门店实测通过；（3）收银日结数据与财务系统对账接口自动核对无差异；（4）高峰时段单店并发五十笔收银时响应时间不超过2秒。
P:4.3 全部标准达到后，甲方签署上线验收单。门店开始试用或甲方支付任何费用，均不视为验收合格。
P:4.4 因乙方原因未按4.1约定时间完成上线的，每逾期一日，乙方向甲方支付违约金¥1,200。
H:第5条 服务水平
P:5.1 乙方保证平台每月可用率不低于99.5%。可用率=（当月总分钟数-不可用分钟数）÷当月总分钟数，经甲方同意的计划维护时间不计入不可用时间，计划维护应安排在夜间零点至六点之间。
P:5.2 故障等级：一级故障指超过十家门店无法收银或预约，乙方须在30分钟内响应，3小时内恢复；二级故障指个别门店或单项功能异常，2小时内响应，24小时内恢复；三级为一般咨询，下一个工作日内答复。
P:5.3 服务抵扣：当月可用率低于承诺值的，按当月服务费的5%抵扣；低于99%的，按当月服务费的10%抵扣；一级故障恢复每超时一小时，另抵扣¥500。抵扣在下一期服务费中扣除。
P:5.4 乙方应于每月前五个工作日内向甲方提交上月服务报告，列明可用率、故障清单、处理时长、工单统计及改进措施。甲方对报告有异议的，双方以平台监控日志为准核对。
P:5.5 乙方每次版本升级应提前七日告知甲方更新内容，涉及收银、储值或对账逻辑变更的，应先在甲方测试门店验证通过后再全量发布。
H:第6条 会员数据
P:6.1 甲方会员的个人信息、车辆信息、消费及储值记录等全部业务数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于向会员推送乙方或第三方的广告，不得出售、共享或用于其他目的。
P:6.2 乙方应按《个人信息保护法》《数据安全法》的要求，对会员个人信息加密存储，实行最小权限访问和操作日志审计，平台须通过网络安全等级保护二级以上测评并在服务期内保持有效。
P:6.3 发生个人信息泄露或其他数据安全事件的，乙方应在2小时内通知甲方，配合甲方向监管部门报告和通知会员，并承担因其原因造成的全部损失。
P:6.4 服务期满或合同终止后三十日内，乙方应将全部数据以甲方指定格式导出交付，并在甲方确认后删除平台内的甲方数据，出具删除证明。
P:6.5 乙方平台服务器及数据备份须存放于中国境内，每日增量备份、每周全量备份，备份数据保留不少于三十日，数据恢复时间不超过2小时。
H:第7条 保密
P:7.1 双方对在合作中获知的对方商业信息，包括门店经营数据、价格策略、会员规模及技术资料，负有保密义务，不得向第三方披露。本条在合同终止后三年内持续有效。
H:第8条 知识产权
P:8.1 平台软件的知识产权归乙方所有。乙方为甲方定制的品牌小程序页面、对账接口程序及报表模板归甲方所有，甲方可自由使用、修改或交由其他服务商维护。
P:8.2 乙方保证平台及其交付物不侵犯任何第三方的著作权、专利权或商标权；因侵权引起第三方索赔的，由乙方负责处理并赔偿甲方因此遭受的全部损失。
H:第9条 第三方服务与分包
P:9.1 为提供本服务，乙方可将短信通道、聚合支付通道、云主机托管及部分门店现场实施工作委托给第三方服务商完成，但应在开始合作前通过邮件告知甲方，并对第三方的行为承担责任。
H:第10条 续约与调价
P:10.1 服务期届满前三十日内任何一方未书面提出终止的，本合同自动续期两年，续期次数不限。
P:10.2 续期时乙方有权根据市场情况调整平台年服务费，调整幅度不超过上一期单价的10%，乙方应在续期前通过平台公告通知甲方。
H:第11条 责任限制
P:11.1 任何一方在本合同项下的累计赔偿责任不超过合同总额的150%，但因数据安全事件、侵犯知识产权或故意违约造成的损失不受此限。
H:第12条 合同解除
P:12.1 一方严重违约，经另一方书面通知后十五日内未纠正的，守约方有权解除本合同。乙方平台连续两个月可用率低于99%的，甲方有权解除合同而不承担责任。
P:12.2 甲方因经营调整需提前终止全部服务的，应提前九十日书面通知乙方，并按实际使用月数结算，无需支付其他赔偿。
P:12.3 合同解除的，甲方按实际使用月数结算服务费，乙方应退还多收款项并按第6.4条交付数据。
H:第13条 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。双方因本合同发生争议的，提交成都仲裁委员会仲裁。
H:第14条 附则
P:14.1 本合同附件包括：门店清单、功能清单、数据迁移方案、验收测试用例。附件与正文具有同等效力。本合同一式两份，双方各执一份，自签字盖章之日起生效。
P:甲方：蓝湾汽车美容连锁管理有限公司（盖章）　　　　乙方：云驿数科（成都）网络科技有限公司（盖章）
P:代表签字：__________　　　　　　　　　　　　　　代表签字：__________
P:日期：2025年　月　日
"""

H270Z04 = """T:市公共资源交易中心电子招投标交易平台运维服务合同
P:项目名称：电子招投标交易平台年度运维服务（采购方式：竞争性磋商）
P:合同编号：GGZY-YW-2025-07
P:采购人（甲方）：某市公共资源交易中心
P:成交供应商（乙方）：信衡软件运维服务有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就甲方电子招投标交易平台（含交易系统、CA互认、电子开标评标、专家抽取、档案及监督子系统）的运维服务，订立本合同。
H:一、服务期限与范围
P:（一）服务期自2025年7月1日起至2026年6月30日止。
P:（二）服务范围：1.平台应用系统日常运行监控、巡检和故障处理；2.操作系统、数据库、中间件的维护与性能调优；3.开标日的现场保障；4.安全加固、漏洞修复和应急演练；5.配合网络安全等级保护测评及整改；6.交易主体和甲方工作人员的技术咨询。7.平台与省级公共资源交易平台、财政支付系统、CA机构之间数据接口的运行监测与异常处理；8.平台运行数据统计和月度分析。
P:（三）乙方派驻甲方现场运维工程师二名，工作日8:30至17:30驻场；开标日提前一小时到岗，直至当日最后一个项目开标结束。
P:（四）乙方每日对平台服务器、数据库、存储、网络设备及应用服务进行两次巡检，记录CPU、内存、磁盘、连接数、证书有效期和备份情况；每月开展一次数据库备份恢复验证；每半年组织一次开评标系统故障应急演练，演练方案须经甲方确认。
P:（五）乙方负责跟踪平台所用操作系统、数据库和中间件的安全公告，高危漏洞应在甲方批准的维护窗口内完成修复，中危漏洞在十日内完成修复；每次修复前应在测试环境验证并准备回退方案。
P:（六）服务开始前，乙方应与上一服务商完成交接，接收系统账号、配置文档、历史故障记录和未闭环问题清单，交接情况形成书面记录报甲方。
H:二、服务费用
TB:序号|服务内容|金额（元）
TB:1|驻场运维（二人）|528,000
TB:2|系统运维与巡检|196,000
TB:3|安全加固与应急保障|148,000
TB:4|等保测评配合及整改|96,000
TB:合计|—|968,000
P:合同总价人民币玖拾陆万捌仟元整（¥968,000），包含人员、工具、差旅、税费等全部费用。
H:三、付款方式
P:（一）服务费按季度支付，每季度考核结束后十五个工作日内，甲方根据考核结果支付当季服务费¥242,000，共四期。
P:（二）考核扣款从当季服务费中直接扣除。本合同不设预付款。
P:（三）乙方应在每次付款前开具合法有效的增值税发票。甲方因财政资金拨付审批延迟付款的，不承担逾期付款责任，但应及时告知乙方。
H:四、服务水平要求
P:（一）平台在服务期内的可用率不低于99.95%，开标时段不得因运维原因中断。
P:（二）故障分级：一级故障指交易系统或开标评标系统整体不可用，或影响正在进行的开标；二级故障指单个子系统异常但不影响开标；三级故障指一般性功能问题。
P:（三）响应时限：一级故障乙方应在6小时内响应并开始处置；二级故障12小时内响应；三级故障两个工作日内响应。驻场时段内发生的故障由驻场人员即时处理。非驻场时段乙方应安排值班工程师电话值守，值班表每月报甲方备案。
P:（四）乙方未按上述时限响应的，每发生一次扣减当季服务费¥1,000；因运维原因导致开标延误的，每次扣减¥5,000。
H:五、考核与验收
P:（一）甲方每季度按附件《运维服务考核细则》对乙方进行考核，考核内容包括巡检记录完整性、故障响应及时率、安全漏洞修复率、用户满意度，满分一百分，八十分以上为合格。
P:（二）考核结果低于八十分的，当季服务费按考核得分比例支付，并由乙方提交整改计划；连续两个季度不合格的，甲方可将有关情况记入供应商履约评价。
P:（三）乙方应于每月五日前提交上月运维报告，每季度末提交季度总结。报告不完整或与监控日志不一致的，考核相应扣分。
P:（四）服务期满，乙方提交全部运维文档、配置清单、账号清单和应急预案，甲方组织终验，终验合格后本合同履行完毕。
P:（五）乙方未按约定派驻人员或未按期提交月度报告的，每延误一日按¥800向甲方支付违约金。
H:六、数据安全
P:（一）平台内的招标文件、投标文件、评标数据、专家信息及交易主体信息属甲方所有，乙方仅可为运维目的接触，不得复制、下载、留存或向任何单位和个人提供。
P:（二）乙方运维操作须通过甲方堡垒机进行，所有操作全程录像并留存日志；涉及生产数据库的变更须提前提交变更申请，经甲方批准后实施。
P:（三）开标前投标文件处于加密状态，乙方人员不得尝试解密或以任何方式获取投标内容。
P:（四）发生数据泄露、篡改或安全事件的，乙方应在30分钟内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
P:（五）服务期满或乙方更换人员时，乙方应注销相关人员的全部系统账号，交回门禁卡和堡垒机令牌，并书面确认未留存任何平台数据。
P:（六）乙方应配合甲方及网信、公安等主管部门的安全检查，对检查发现的问题按要求期限整改。
H:七、保密
P:乙方及其驻场人员应对工作中获知的交易信息、评标专家名单、尚未公开的招标信息及甲方内部资料严格保密，签署个人保密承诺书。保密义务不因合同终止而解除。
H:八、知识产权
P:乙方在服务过程中编写的运维脚本、巡检工具配置、应急预案和技术文档归甲方所有，甲方可自行使用或交由后续服务商使用。
H:九、人员管理与分包
P:（一）乙方驻场人员须具备相关技术资格并经甲方审核，未经甲方同意不得更换。
P:（二）本合同项下服务不得分包或转包。
P:（三）乙方应为驻场人员缴纳社会保险，并对其人身安全、劳动纠纷承担全部责任；驻场人员应遵守甲方的考勤、出入及交易场所管理制度，不得与交易主体私下接触。
H:十、合同的履行与解除
P:（一）本合同为政府采购服务合同，服务期内除不可抗力导致合同目的无法实现外，双方均不得单方解除合同。
P:（二）乙方违反本合同约定的，甲方可要求乙方限期整改、扣减服务费或支付违约金，但不得以此为由解除合同；乙方应继续履行合同直至服务期满。
P:（三）服务期满前九十日，甲方将依法启动下一期运维服务采购，乙方应配合提供服务量统计资料，并在新服务商确定后完成不少于十日的交接。
H:十一、违约责任
P:（一）乙方违约造成甲方损失的，应赔偿甲方实际损失。
P:（二）乙方驻场人员违反保密或数据安全要求的，甲方有权要求乙方立即更换该人员，乙方并应按本合同第六条承担责任。
P:（三）甲方无正当理由逾期支付服务费的，应按逾期金额每日万分之二向乙方支付违约金。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十三、其他
P:（一）磋商文件、响应文件、成交通知书、考核细则为本合同附件。
P:（二）本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效，并按规定在政府采购网公告。
P:甲方（盖章）：某市公共资源交易中心　　　乙方（盖章）：信衡软件运维服务有限公司
P:负责人：__________　　　　　　　　　　　法定代表人：__________
P:日期：2025年　月　日
"""

H270Z05 = """T:智造通ERP软件许可及实施服务合同（标准文本 V5.0）
P:合同编号：ZZT-XS-2025-1193
P:甲方（用户）：湘味坊食品股份有限公司
P:乙方（软件提供方）：智造通软件科技（长沙）有限公司
P:说明：本合同为乙方标准合同文本。甲方拟采购乙方"智造通ERP"食品行业版软件，用于其辣椒酱生产基地的采购、库存、生产、质量追溯、销售及财务业务管理，并委托乙方进行定制开发和实施。甲方已阅读并理解本合同全部条款，乙方已就责任限制、知识产权及数据使用等条款向甲方作出提示和说明。双方经协商，同意按以下条款签订本合同。
H:第一条 产品与服务
P:1.1 乙方向甲方提供智造通ERP食品行业版软件使用许可，包含采购、仓储、生产计划、车间管理、质量追溯、销售分销、财务总账及应收应付共八个模块，并发用户数为一百二十个。
P:1.2 乙方根据甲方需求进行定制开发，包括：辣椒原料收购称重及等级定价功能、发酵批次追溯、经销商返利计算、与甲方电商平台订单的接口。
P:1.3 乙方负责系统安装、基础数据导入、期初数据迁移、用户培训及上线支持。
P:1.4 系统运行所需的服务器、操作系统、数据库软件、网络及安全设备由甲方自行采购并负责维护，乙方可提供配置建议。乙方软件仅保证在其公布的标准运行环境下正常运行。
P:1.5 本合同所称上线，是指乙方完成系统安装和数据导入，甲方业务人员开始在系统中录入或处理业务单据。
H:第二条 合同金额
TB:项目|金额（元）
TB:ERP软件许可（一百二十并发用户）|560,000
TB:定制开发|420,000
TB:实施服务|150,000
TB:培训|30,000
TB:合计|1,160,000
P:2.1 合同总金额为人民币壹佰壹拾陆万元整（¥1,160,000）。
H:第三条 付款方式
P:3.1 本合同签订后五个工作日内，甲方支付合同总金额的55%，即¥638,000，乙方收到款项后启动项目。
P:3.2 系统上线后十个工作日内，甲方支付合同总金额的45%，即¥522,000。
P:3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至款项付清。
H:第四条 实施与上线
P:4.1 乙方在收到首付款后一百二十日内完成定制开发和实施，具备上线条件后通知甲方上线。
P:4.2 甲方应配合提供业务资料、基础数据和实施场地，并指定项目负责人。因甲方资料提供延迟或需求变更导致的延期，工期相应顺延，乙方不承担责任。
P:4.3 需求变更须以书面形式提出，乙方有权就变更工作量另行报价。
P:4.4 乙方按项目实施方法论分为调研、蓝图设计、开发配置、数据准备、培训、上线六个阶段推进。甲方应在乙方提交蓝图设计方案后五个工作日内确认，逾期未确认的，视为确认。
P:4.5 乙方为甲方关键用户提供集中培训不超过五天，为最终用户提供现场操作培训不超过三天；超出部分按乙方人天单价¥2,800另行收费。
H:第五条 验收
P:5.1 系统上线运行即视为甲方验收合格。甲方在上线后使用系统处理业务的，视为对系统功能的确认，甲方不得以功能不符为由拒绝支付款项。
P:5.2 甲方认为系统存在缺陷的，应在上线后十日内以书面方式列明问题清单提交乙方，乙方在免费维护期内予以修正；甲方逾期未提出的，视为系统符合要求。
H:第六条 免费维护
P:6.1 乙方自系统上线之日起提供六个月免费维护服务，内容包括缺陷修复、远程技术支持和操作咨询。
P:6.2 维护期内，一级故障（系统无法登录或核心业务无法处理）乙方在24小时内响应；其他问题在三个工作日内响应。乙方将尽力恢复系统，但不对修复时间作出承诺，亦不因响应或修复延迟承担扣款或赔偿责任。
P:6.3 因甲方操作不当、擅自修改数据库、服务器环境或病毒造成的故障，不属于免费维护范围，乙方按实际工时收费。
P:6.4 免费维护不包括新增功能开发、报表新增及业务流程调整。维护服务原则上以电话、邮件和远程桌面方式提供；确需现场服务的，甲方应承担乙方人员的差旅费用。
H:第七条 后续服务
P:7.1 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度服务协议，服务费按乙方届时公布的收费标准执行。
P:7.2 甲方未续签年度服务协议的，乙方不再提供版本升级和技术支持。
P:7.3 年度服务协议不自动续期，由甲方在每个服务年度届满前书面续订。甲方中断服务后重新购买服务的，应补交中断期间的服务费。
P:7.4 甲方增加并发用户数或模块的，按乙方当时的产品价格另行购买许可。
H:第八条 知识产权
P:8.1 智造通ERP软件及其文档的著作权归乙方所有。
P:8.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关源代码的知识产权均归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。
H:第九条 数据
P:9.1 甲方在系统中录入和产生的业务数据归甲方所有。
P:9.2 乙方应采取权限控制、数据库定期备份、传输加密等安全措施保护甲方数据；发生数据泄露或丢失的，乙方应在知悉后48小时内通知甲方，因乙方原因造成的，乙方承担相应的赔偿责任。
P:9.3 甲方同意乙方可将甲方业务数据经脱敏处理后，用于乙方产品改进、食品行业成本及价格分析报告的编制，并可与乙方合作伙伴共享该等分析结果。
P:9.4 合同终止后，甲方可在三十日内自行导出其业务数据；逾期未导出的，乙方不承担保存义务。
H:第十条 保密
P:10.1 双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。
P:10.2 甲方应对乙方软件的价格、技术文档、实施方法和源代码（如有）予以保密，不得向乙方的竞争对手披露。
H:第十一条 合作方
P:11.1 乙方可根据项目需要，自行选择合作伙伴承担部分定制开发、数据迁移或现场实施工作，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。
P:11.2 乙方有权根据业务需要调整项目实施人员，调整后及时告知甲方。
H:第十二条 违约责任
P:12.1 因乙方原因导致系统未按第4.1条约定时间具备上线条件的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。
P:12.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总金额的20%。
P:12.3 任何一方均不对对方的间接损失、利润损失或数据损失承担责任。
P:12.4 乙方对因第三方软件、硬件或网络原因造成的系统故障不承担责任。
H:第十三条 合同解除
P:13.1 一方严重违约，经守约方书面通知后三十日内未纠正的，守约方有权解除合同。
P:13.2 因甲方原因解除合同的，已支付的款项不予退还。
P:13.3 甲方在上线后要求解除合同的，乙方已交付的软件许可及已完成的开发工作费用不予退还。
H:第十四条 争议解决
P:14.1 因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可另行签订补充协议。本合同一式二份，双方各执一份，自双方盖章之日起生效。
P:甲方（盖章）：湘味坊食品股份有限公司　　　　乙方（盖章）：智造通软件科技（长沙）有限公司
P:签约代表：__________　　　　　　　　　　　签约代表：__________
P:日期：　年　月　日
"""

# ---------- labels ----------
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
# key: (file, format, language, category, terms, extra, planned rules, planned risk, figures that must appear)
PLAN = {
    "h270z01": ("h270z01_eco_dept_air_quality_forecast_platform.docx", "docx", "zh", "software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2386000),
                [], "low", ["99.95%", "30分钟", "千分之一", "20%", "二十四个月", "9%", "2,386,000"]),
    "h270z02": ("h270z02_brewery_fermentation_tank_control_system.pdf", "pdf", "zh", "hardware",
                T(None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 27, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2500000),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high",
                ["1小时内响应", "万分之三", "10%", "十八个月", "27%", "2,500,000"]),
    "h270z03": ("h270z03_carwash_chain_membership_booking_saas.md", "md", "zh", "cloud",
                T(99.5, 0.5, True, "buyer", True, True, True, 1200 / 1716000 * 100, 150, None, True, None, None, None,
                  True, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1716000),
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium",
                ["99.5%", "30分钟", "¥1,200", "150%", "10%", "1,716,000"]),
    "h270z04": ("h270z04_trading_centre_ebidding_platform_om.txt", "txt", "zh", "services",
                T(99.95, 6, True, "buyer", True, True, True, 800 / 968000 * 100, None, None, True, None, None, None,
                  False, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=968000),
                ["CR-SLA-RESPONSE", "CR-TERMINATION"], "medium",
                ["99.95%", "6小时内响应", "¥800", "968,000"]),
    "h270z05": ("h270z05_chilli_sauce_erp_supplier_template.md", "md", "zh", "software",
                T(None, 24, False, "supplier", True, False, True, 0.02, 20, 55, False, False, 6, None, False, True,
                  True, None, G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=1160000),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-WARRANTY"], "high",
                ["24小时内响应", "万分之二", "20%", "55%", "六个月", "届时公布的收费标准", "1,160,000"]),
}

# TCO inputs for goods_or_licence labels with a capped fee: (fee base, expected to fire)
TCO = {"h270z01": (1128000, False), "h270z02": (2248000, True)}


def sums():
    assert 1128000 + 846000 + 254000 + 158000 == 2386000
    assert 477200 + 1073700 + 835100 == 2386000 and 2386000 * 20 // 100 == 477200
    assert 2386000 * 45 // 100 == 1073700 and 1128000 * 9 // 100 == 101520
    assert 1364000 + 586000 + 298000 == 2248000 and 2248000 + 212000 + 40000 == 2500000
    assert 250000 + 1250000 + 875000 + 125000 == 2500000 and 2248000 * 27 // 100 == 606960
    assert 6800 * 75 * 3 == 1530000 and 1530000 + 186000 == 1716000 and 127500 * 12 == 1530000
    assert 528000 + 196000 + 148000 + 96000 == 968000 and 242000 * 4 == 968000
    assert 560000 + 420000 + 150000 + 30000 == 1160000 and 638000 + 522000 == 1160000
    assert 1160000 * 55 // 100 == 638000

SOURCES = {"h270z01": H270Z01, "h270z02": H270Z02, "h270z03": H270Z03, "h270z04": H270Z04, "h270z05": H270Z05}


def to_md(src):
    out, prev = [], None
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            cells = text.split("|")
            out.append("| " + " | ".join(cells) + " |")
            if prev != "TB":
                out.append("|" + "---|" * len(cells))
        else:
            if prev == "TB":
                out.append("")
            out.append({"T": "# ", "H": "## "}.get(tag, "") + text)
            out.append("")
        prev = tag
    return "\n".join(out).strip() + "\n"


def to_txt(src):
    out = []
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        out.append(" | ".join(text.split("|")) if tag == "TB" else text)
        if tag in ("T", "H"):
            out.append("")
    return "\n".join(out).strip() + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in SOURCES.items() if PLAN[k][1] in ("docx", "pdf")}
    write(built, {k: (PLAN[k][0], PLAN[k][1]) for k in built}, OUT, wrap_words=True)
    for k, src in SOURCES.items():
        name, fmt = PLAN[k][0], PLAN[k][1]
        if fmt == "md":
            (OUT / name).write_text(to_md(src), encoding="utf-8")
        elif fmt == "txt":
            (OUT / name).write_text(to_txt(src), encoding="utf-8")
    for k in SOURCES:
        name, fmt, lang, cat, terms, extra, planned, prisk, figs = PLAN[k]
        got = rules(terms, extra)
        if k in TCO:
            base, fires = TCO[k]
            fees, tco, share = tco_share(extra["contract_value"], base, terms["post_warranty_fee_pct"],
                                         terms["warranty_months"])
            assert (share > 40) == fires and abs(share - 40) > 0.5, (k, share)
            if share > 40:
                got.add("CR-TCO-SERVICE-SHARE")
            print(k, "TCO", round(tco, 2), "share %.2f%%" % share)
        assert got == set(planned), (k, sorted(got), planned)
        assert risk(got) == prisk, (k, risk(got), prisk)
        text = read_back(OUT / name)
        flat = re.sub(r"\s", "", text)
        for f in figs:
            assert re.sub(r"\s", "", f) in flat, (k, f)
        hits = scan(text) + scan(flat)
        assert not hits, (k, hits)
        n = len(flat) if lang == "zh" else len(text.split())
        print(k, name, "chars(no ws)" if lang == "zh" else "words", n, "rules", sorted(got), risk(got))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": sorted(got)}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")


# ---------- English drafts (added by the second writer) ----------
H270E01 = """T:Software Licence and Implementation Agreement — Kiln Firing Control Software
P:Agreement No. DH-BY-2025-KL07, made on the date of the last signature below.
P:Between: Dehua Baiyu White Porcelain Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dehua County, Quanzhou, Fujian Province (the "Customer"); and
P:Fournaise Logiciels SAS, a French simplified joint-stock company with its registered seat on the Île Noire, France, acting through its Xiamen representative office (the "Licensor").
H:Recitals
P:(A) The Customer fires white porcelain (blanc de Chine) figurines, tea ware and tableware in six gas shuttle kilns at its Longxun factory and wishes to replace manual firing logs with computer-controlled firing curves, reduction-atmosphere control and batch records.
P:(B) The Licensor publishes the KilnMaster firing control software and its glaze curve library, and has offered to license, adapt, install and support them under the terms below.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the KilnMaster Firing Control software for six kilns and the Glaze Curve Library module listed in Article 3, in object code, with their documentation and updates issued during the Warranty Period.
P:1.2 "Custom Deliverables" means everything the Licensor creates specifically for the Customer under this Agreement, including the kiln profiles for the six shuttle kilns, the interface to the Customer's burner management PLCs and oxygen probes, the batch-record templates, report layouts and the related source code and documents.
P:1.3 "Customer Data" means firing curves, temperature and atmosphere readings, batch records, recipes, yield statistics and any other data created, entered or collected in the Customer's systems.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.3.
H:Article 2 Scope
P:2.1 The Licensor shall grant the licences in Article 4, design and deliver the Custom Deliverables, install the Licensed Software on the Customer's servers and kiln-side industrial panels, connect the six kilns, train the Customer's kiln masters and IT staff, and provide warranty and support services.
P:2.2 The Licensor shall appoint a project manager who speaks Mandarin and shall keep at least one commissioning engineer on site at Longxun from installation until Final Acceptance.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,188,000 (one million one hundred and eighty-eight thousand yuan), inclusive of VAT, travel, customs duties and all other costs. It is fixed and will not be adjusted for exchange-rate movements. It is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|KilnMaster Firing Control perpetual licence, per kiln|6|118,000|708,000
TB:2|Glaze Curve Library module, perpetual site licence|1|146,000|146,000
TB:—|Licence subtotal (items 1–2)|—|—|854,000
TB:3|Custom Deliverables: kiln profiles, PLC and oxygen-probe interface, batch-record templates|1 lot|238,000|238,000
TB:4|Installation, data migration, commissioning and training|1 lot|96,000|96,000
TB:—|Total Agreement price|—|—|1,188,000
P:3.2 Items 1 and 2 form the licence subtotal of CNY 854,000, which is the base for the support fee in Article 9.
H:Article 4 Licence
P:4.1 The Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software for the six kilns at Longxun and for any kiln that replaces one of them, on as many workstations as the Customer needs, including a test and a backup installation.
H:Article 5 Payment
P:5.1 20% of the total price (CNY 237,600) as an advance payment, within fifteen business days after signature and after the Licensor has delivered a bank advance-payment guarantee of the same amount issued by a bank in mainland China.
P:5.2 45% of the total price (CNY 534,600) within fifteen business days after all six kilns have been connected and the Licensor's installation report has been signed; the signature of that report is not acceptance.
P:5.3 35% of the total price (CNY 415,800) within fifteen business days after Final Acceptance.
P:5.4 Each payment is due against a valid Chinese VAT invoice. Payments are made by bank transfer in CNY to the Licensor's account in Xiamen.
H:Article 6 Delivery and Acceptance
P:6.1 The Licensor shall complete installation and connection of all six kilns within 120 days after signature, following the plan agreed at the kick-off meeting.
P:6.2 Acceptance tests are run by the Customer with the Licensor's support and shall show at least that: (a) each kiln follows its programmed curve within ±5 °C throughout a complete firing; (b) the reduction phase holds the oxygen level set for the glaze; (c) every firing produces a complete, exportable batch record; and (d) an alarm reaches the kiln master's panel and mobile phone within ten seconds of a deviation.
P:6.3 After successful tests the Customer operates the system for sixty days of normal production. If no critical fault occurs during that period and the criteria in 6.2 continue to be met, the Customer issues the Final Acceptance certificate within ten business days. Installation, production use or any payment does not in itself mean acceptance.
H:Article 7 Service Levels
P:7.1 Faults are classified as Critical (a kiln cannot be controlled or a firing in progress is at risk), Major (one function is unavailable but firing continues) and Minor (all other issues).
P:7.2 The Licensor shall respond to a Critical fault within 2 hours, by telephone or remote session, at any time of day, and shall restore control or provide a workaround within 8 hours; an engineer shall be on site within 24 hours where remote work cannot solve the fault. Major faults: response within 8 hours and resolution within three business days. Minor faults: resolution in the next maintenance release.
P:7.3 For each hour by which the Licensor exceeds the response or restoration time for a Critical fault, the Licensor shall pay a service credit of CNY 1,500, deducted from the next payment or support invoice.
H:Article 8 Warranty
P:8.1 The Licensor warrants that the Licensed Software and the Custom Deliverables will conform to the documentation and to the criteria of Article 6.2 for 24 months from Final Acceptance (the "Warranty Period").
P:8.2 During the Warranty Period the Licensor shall, free of charge, correct defects, provide all updates and new versions, keep the interfaces working after updates, and visit the factory twice a year to review the kiln profiles with the kiln masters.
H:Article 9 Support after the Warranty Period
P:9.1 After the Warranty Period the Customer may order annual support. The annual support fee shall not exceed 11% of the licence subtotal, that is CNY 93,940 per year, and shall not be increased during the three years following the end of the Warranty Period.
P:9.2 Support covers the service levels of Article 7, updates and remote assistance. Each support year is ordered in writing by the Customer; support does not renew automatically.
H:Article 10 Intellectual Property
P:10.1 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Licensor shall deliver their source code and documents at Final Acceptance. The Customer may use, modify, copy and license the Custom Deliverables freely, including through third parties.
P:10.2 The Licensed Software remains the property of the Licensor.
H:Article 11 Customer Data and Data Security
P:11.1 Customer Data belongs to the Customer. The Licensor may access it only to perform this Agreement, and shall not copy it outside the Customer's systems, keep it after the work is done, or use or disclose it for any other purpose.
P:11.2 Remote access by the Licensor takes place only through the Customer's VPN, with an individual account for each engineer, and is logged. The Licensor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Customer Data out of mainland China.
P:11.3 The Licensor shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, cooperate in its investigation and remediation, and be liable for all losses caused by an incident for which it is responsible.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's glaze recipes, firing curves, production volumes and prices, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends; glaze recipes and firing curves remain confidential without time limit.
H:Article 13 Delay Damages and Liability
P:13.1 If the Licensor fails to complete installation by the date in Article 6.1, or Final Acceptance is delayed for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price. Payment does not release the Licensor from its obligations.
P:13.2 Each party's total liability under this Agreement is limited to 200% of the total price, except for liability for breach of Articles 11 and 12, infringement of intellectual property, personal injury, fraud or wilful misconduct, which is not limited.
H:Article 14 Subcontracting
P:14.1 The Licensor shall not subcontract any part of the work without the Customer's prior written consent. The Licensor remains fully responsible for any subcontractor that the Customer approves.
H:Article 15 Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach and does not cure it within twenty days after notice, or if delay damages reach their maximum. The Licensor shall then refund the payments received for undelivered work and compensate the Customer's losses.
H:Article 16 Governing Law and Arbitration
P:16.1 This Agreement is governed by the laws of France.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the International Chamber of Commerce by three arbitrators. The seat of arbitration is Paris and the language is English.
H:Article 17 Miscellaneous
P:17.1 Notices must be in writing and sent to the addresses above. It is signed in two originals, one for each party.
P:Signed for the Customer: Dehua Baiyu White Porcelain Co., Ltd. — Name: __________ Title: __________ Date: __________
P:Signed for the Licensor: Fournaise Logiciels SAS — Name: __________ Title: __________ Date: __________
"""

H270E02 = """T:ORDER FORM No. AD-CN-0932 — LiBook Cruise Booking Platform
P:This Order Form is entered into between Approdo Digitale S.r.l., with its registered seat on the Isola Piana di Bonifacio, Italy ("Approdo"), and Guilin Jade Ribbon Li River Cruises Co., Ltd., Guilin, Guangxi, People's Republic of China ("Customer"). It incorporates the Approdo General Terms for Subscription Services printed below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails.
H:Part A — Order details
P:A1. Customer business. Customer operates eleven four-star cruise vessels between Guilin and Yangshuo and sells tickets through its own website, a WeChat mini-program, travel agencies, hotel desks and the major online travel platforms.
P:A2. Subscribed Services. The LiBook platform for cruise inventory, seat and cabin allocation, dynamic pricing, agency allotments, online payment collection, boarding-gate QR check-in and sales reporting, plus the OTA Channel Connector for Ctrip, Fliggy and Meituan.
P:A3. Subscription Term. 36 months from the Go-Live Date stated in the Go-Live Certificate.
P:A4. Fees. All amounts are in Chinese yuan (CNY) and include VAT, as requested by Customer.
TB:Line|Item|Basis|Fee (CNY)|Term total (CNY)
TB:1|LiBook platform subscription, up to 11 vessels and 60 agency accounts|per month|29,500|1,062,000
TB:2|OTA Channel Connector (Ctrip, Fliggy, Meituan)|per month|6,000|216,000
TB:3|Implementation: configuration, mini-program booking widget, data migration, training|one-off|148,000|148,000
TB:—|Total contract value|—|—|1,426,000
P:A5. Invoicing. Subscription fees (lines 1 and 2, together CNY 35,500 per month) are invoiced quarterly in arrears at CNY 106,500 per quarter, twelve quarters in total. The implementation fee is invoiced after the Go-Live Certificate is signed. Customer pays within thirty days of a valid VAT invoice. Nothing is payable before the Go-Live Date.
P:A6. Implementation timetable. Approdo shall reach the Go-Live Date within 75 days after this Order Form is signed, so that the platform is live before the spring boating season.
P:A7. Hosting. The platform is hosted for Customer on Alibaba Cloud in the Hangzhou region of mainland China. Customer approves Alibaba Cloud as Approdo's hosting provider by signing this Order Form.
P:A8. Customer contacts: Ms Tang Yue, Head of Sales and Distribution; Mr Qin Hao, IT Manager. Approdo contacts: Mr Luca Ferri, Account Director; Ms Chen Xiaoli, Implementation Lead (Shenzhen).
H:Part B — General Terms for Subscription Services
H:1. Definitions
P:1.1 "Customer Data" means all data entered into or generated by the Services for Customer, including passenger names, identity document numbers, phone numbers, bookings, payments, prices and agency sales.
P:1.2 "Customer Configurations" means fare rules, vessel layouts, agency contracts, report designs and the booking widget built for Customer's mini-program and website.
P:1.3 "Incident Priority 1" means the booking engine, online payment or boarding check-in is unavailable for all or most users.
H:2. Implementation and acceptance
P:2.1 Approdo shall configure the Services, build the booking widget, migrate Customer's future bookings and agency balances from its current system, and train Customer's sales, finance and pier staff in Guilin.
P:2.2 Before go-live Customer runs user acceptance tests based on the test plan agreed in the first two weeks. The tests must show at least: correct fares and seat allocation for all vessel types; payment collection through WeChat Pay and Alipay reconciled to the cent; QR boarding at each pier gate in under three seconds; OTA bookings appearing in inventory within one minute; and complete, correct migration of future bookings.
P:2.3 When the tests pass, Customer signs the Go-Live Certificate. Failed tests are repeated after correction at Approdo's cost. Use of the Services in live operation before signature is not acceptance.
P:2.4 If the Go-Live Date is delayed for reasons attributable to Approdo beyond the date in A6, Approdo shall pay Customer CNY 1,000 for each day of delay, up to a total of CNY 60,000, which Customer may deduct from any invoice.
H:3. Service levels
P:3.1 Approdo shall make the booking engine, payment collection and check-in functions available at least 99.95% of each calendar month, measured by Approdo's monitoring and excluding maintenance windows announced three days in advance and held between 00:30 and 05:30 Beijing time.
P:3.2 Approdo shall respond to an Incident Priority 1 within 30 minutes at any hour, work on it continuously, and restore the service or provide a workaround within three hours. Priority 2 incidents (a single function impaired): response within two hours, resolution within one business day. Priority 3: next release.
P:3.3 If monthly availability falls below the commitment in 3.1, Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point (or part of it) of shortfall, up to 25% of the monthly fee. If a Priority 1 response is late, Customer receives a credit of CNY 2,000 for each hour of delay. Credits are set off against the next invoice.
P:3.4 Approdo shall run a Chinese-speaking support desk by telephone, WeChat work group and ticket portal, available at all hours during the boating season (March to November) and from 07:00 to 22:00 Beijing time in the other months. Each month Approdo shall send Customer a service report with availability, incidents, response times and credits.
P:3.5 Approdo shall give Customer at least fourteen days' notice of any release that changes the booking screens, the check-in process or the OTA interfaces, and shall test each release against Customer's fare rules in a staging environment before it goes live.
H:4. Customer Data
P:4.1 As between the parties, Customer owns Customer Data. Customer grants Approdo the right to process Customer Data to provide the Services.
P:4.2 Approdo may also compile aggregated and de-identified statistics from Customer Data, such as booking lead times, price sensitivity and occupancy by season, and use them, during and after the Subscription Term, to improve its products and to publish tourism-demand benchmarks for its customers and partners, provided that no individual passenger or Customer is named.
P:4.3 Customer Data is stored in mainland China and is not transferred abroad. At the end of the Subscription Term Approdo shall return Customer Data in CSV format within fifteen days and then delete it.
H:5. Data security
P:5.1 Approdo shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor log-in for administrators, daily backups held in a second Alibaba Cloud zone, and annual penetration tests, and shall comply with the Cybersecurity Law, Data Security Law and Personal Information Protection Law of the PRC.
P:5.2 Approdo shall notify Customer of any security incident affecting Customer Data within 24 hours, give Customer the information it needs for its own notices to passengers and regulators, and bear the costs and losses caused by an incident for which Approdo is responsible.
H:6. Confidentiality
P:6.1 Each party shall keep confidential the non-public information of the other, including prices, agency terms, passenger information and product roadmaps, and shall use it only to perform this Agreement. The obligation survives for three years after the Subscription Term; it lasts indefinitely for personal information.
H:7. Intellectual property
P:7.1 Approdo retains all rights in the LiBook platform and the OTA Channel Connector.
P:7.2 Customer Configurations, including the booking widget source code, belong to Customer. Customer may use, modify and license them freely, also after the Subscription Term and with another provider.
H:8. Subcontracting
P:8.1 Apart from the hosting provider approved in A7, Approdo shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.
H:9. Term, renewal and termination
P:9.1 This Agreement runs for the Subscription Term. Any further term requires a new Order Form signed by both parties; there is no automatic renewal.
P:9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.
P:9.3 On termination Approdo shall provide reasonable exit assistance for up to sixty days at the fees then current, and Article 4.3 applies.
P:9.4 The fees in Part A are fixed for the whole Subscription Term. Additional vessels or agency accounts may be added at the unit prices of this Order Form, pro rata to the remaining months.
P:9.5 Customer shall use the Services only for its own ticketing business, keep its passwords safe, and make sure that its agencies comply with the acceptable-use rules in the user manual. Approdo may suspend a single agency account that is misused, after telling Customer, but shall not suspend the Services as a whole without the notice in 9.2.
H:10. Liability
P:10.1 Neither party is liable for indirect or consequential loss, including loss of profit.
P:10.2 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer in the nine months preceding the event giving rise to the claim. This limit does not apply to fraud, wilful misconduct, or personal injury.
H:11. Governing law and jurisdiction
P:11.1 This Agreement is governed by the laws of Italy.
P:11.2 The courts of Milan, Italy, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:12. General
P:12.1 Notices must be given in writing to the contacts in A8. Neither party may assign this Agreement without the other's written consent. This Order Form may be signed electronically.
P:Signed for Approdo Digitale S.r.l.: ____________________ Name / title: ____________________ Date: __________
P:Signed for Guilin Jade Ribbon Li River Cruises Co., Ltd.: ____________________ Name / title: ____________________ Date: __________
"""

H270E03 = """T:PURCHASE CONTRACT FOR DRYER TEMPERATURE MONITORING EQUIPMENT
P:Buyer's Contract No. NXHG-CG-2025-0611 (Buyer's standard form for equipment with installation)
P:BUYER: Ningxia Zhongning Hongguo Goji Processing Co., Ltd., Zhongning Industrial Park, Zhongwei, Ningxia Hui Autonomous Region, PRC (the "Buyer").
P:SUPPLIER: Sensórica Lobos S.L., with its registered seat on the Isla Lobos de Tierra, acting through its project office in Yinchuan (the "Supplier").
P:WHEREAS the Buyer dries fresh wolfberries (goji) in eight hot-air tunnel dryers and two heat-pump drying rooms, and the colour, moisture and food-safety grade of the dried fruit depend on keeping each drying zone within narrow temperature and humidity bands;
P:WHEREAS the Buyer invited quotations for a wireless temperature and humidity monitoring system and selected the Supplier's offer of 18 June 2025;
P:NOW THEREFORE the parties agree as follows. Prices are in Chinese yuan (CNY) at the Buyer's request.
H:1. SUBJECT OF THE CONTRACT
P:1.1 The Supplier shall supply, install, calibrate and commission a monitoring system consisting of temperature and humidity probe assemblies for every drying zone, wireless gateways, a server with monitoring software, and the interfaces to the dryers' PLCs, so that each zone's readings are recorded every ten seconds and alarms are raised when a zone leaves its band.
P:1.2 The system shall also give the Buyer's quality department a batch view linking each lot of fresh fruit to the drying curve it received, for export to the Buyer's traceability system.
P:1.3 Delivery place: the Buyer's plant in Zhongning, DDP, unloaded at the Buyer's warehouse. The Supplier bears freight, insurance, import duties and clearance.
H:2. PRICE
P:2.1 The Contract Price is CNY 892,000 including 13% VAT, fixed for the whole performance of the Contract:
TB:No.|Item|Qty|Unit price|Amount (CNY)
TB:1|PT100 temperature and capacitive humidity probe assembly, food-grade stainless housing|96|4,850|465,600
TB:2|Wireless gateway with 4G backup|16|12,400|198,400
TB:3|Monitoring software, perpetual site licence with server|1|126,000|126,000
TB:|Goods subtotal (items 1–3)|||790,000
TB:4|Installation, calibration and PLC interfaces|1 lot|84,000|84,000
TB:5|Training and documents|1 lot|18,000|18,000
TB:|Contract Price|||892,000
P:2.2 Items 1 to 3 are the goods subtotal of CNY 790,000, used as the base of the service fee in Clause 9.
H:3. PAYMENT
P:3.1 Advance payment: 10% of the Contract Price, CNY 89,200, within twenty days after signature and receipt of the Supplier's bank guarantee for the same amount.
P:3.2 Delivery payment: 55% of the Contract Price, CNY 490,600, within twenty days after all goods have arrived, been installed and been checked for quantity and visible damage. This check is not acceptance of quality.
P:3.3 Final payment: 35% of the Contract Price, CNY 312,200, within twenty days after the Final Acceptance Certificate is signed.
P:3.4 Each payment requires a valid special VAT invoice. The Buyer pays by bank transfer to the Supplier's account in Yinchuan.
H:4. DELIVERY AND INSTALLATION
P:4.1 The goods shall be delivered within 45 days after signature and installed within a further 20 days, before the main harvest and drying season starts in July.
P:4.2 The Supplier shall install the probes so that they do not obstruct the drying trays or the air flow, and shall use food-grade materials in every part that is inside a drying tunnel. Hot work and work at height follow the Buyer's site safety rules.
P:4.3 The Supplier shall provide drawings showing the position and tag number of every probe, the gateway layout, and a spare-parts list with prices that stay valid for three years after Final Acceptance.
H:5. ACCEPTANCE
P:5.1 Site acceptance test: every probe is checked against a reference thermometer and hygrometer certified by the Ningxia metrology institute. Temperature readings shall be within ±0.3 °C between 40 °C and 80 °C and humidity readings within ±2 % RH; every reading shall reach the server within thirty seconds; and each zone alarm shall reach the shift supervisor's phone within one minute.
P:5.2 Trial operation: the system then runs for thirty days of production drying. Final acceptance requires that during this period no data gap longer than ten minutes occurs in any zone, every batch view is complete, and the PLC interfaces work in both directions.
P:5.3 If these criteria are met, the Buyer signs the Final Acceptance Certificate within seven working days. If they are not met, the Supplier corrects the defects at its cost and the affected tests are repeated. Installation, use in production or any payment does not mean acceptance.
H:6. SERVICE LEVELS
P:6.1 During the warranty period, the data-collection service (probes, gateways and server together) shall be available at least 99.95% of each month, excluding planned maintenance agreed with the Buyer outside the drying season.
P:6.2 A Priority 1 fault is one that stops the readings or alarms of a drying tunnel in operation. The Supplier shall respond to a Priority 1 fault within 1 hour by telephone or remote access, and have an engineer on site within 24 hours if the fault cannot be solved remotely. Other faults: response within one working day, repair within five working days.
P:6.3 For each hour by which the Supplier misses the Priority 1 response time, and for each full day by which it misses the on-site time, the Supplier pays the Buyer CNY 800. For each 0.1 percentage point by which monthly availability is below the commitment in 6.1, the Supplier pays CNY 2,500. The Buyer may deduct these amounts from any payment or from the performance bond.
H:7. WARRANTY
P:7.1 The Supplier warrants that the goods are new, free from defects in design, material and workmanship, and fit for continuous operation in drying tunnels up to 85 °C, for 36 months from the date of the Final Acceptance Certificate.
P:7.2 During the warranty period the Supplier repairs or replaces defective goods free of charge, including parts, labour and travel, recalibrates all probes once before each drying season, and provides software updates.
P:7.3 A replaced part carries a new warranty for the remaining warranty period or six months, whichever is longer.
H:8. DATA AND SECURITY
P:8.1 All readings, alarms, batch records and other data produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, keep or disclose them or use them for any other purpose, including in de-identified form.
P:8.2 The server is installed in the Buyer's plant. The Supplier's remote access is allowed only through the Buyer's VPN, on request and for a defined task, and is logged. The 4G backup links carry encrypted data only. The Supplier shall keep its software free of hidden remote-control functions.
P:8.3 If a security incident affects the system or its data, the Supplier shall inform the Buyer within 24 hours, help to contain it and restore the data, and compensate the Buyer for losses where the incident results from the Supplier's fault.
H:9. SERVICE AFTER THE WARRANTY
P:9.1 After the warranty period the Buyer may order an annual service package covering the recalibration before each season, repairs, updates and the service levels of Clause 6.
P:9.2 The annual fee shall not exceed 8% of the goods subtotal, that is CNY 63,200 per year, and stays unchanged for the three years after the end of the warranty. Each year is ordered separately by the Buyer; nothing renews automatically.
H:10. INTELLECTUAL PROPERTY
P:10.1 The Buyer receives a perpetual licence to the monitoring software for its Zhongning plant. The PLC interface programs, the batch-view reports and the dashboards developed for the Buyer belong to the Buyer, which may use, modify and license them freely; the Supplier delivers their source code at final acceptance.
H:11. CONFIDENTIALITY
P:11.1 The Supplier shall keep confidential the Buyer's drying recipes, production volumes, customer names and prices, and any other non-public information it learns under this Contract, and shall not disclose them to any third party without the Buyer's written consent. This obligation continues for three years after the Contract ends.
H:12. LIQUIDATED DAMAGES
P:12.1 If the Supplier delays delivery, installation or final acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds forty days, the Buyer may also terminate the Contract.
P:12.2 Payment of liquidated damages does not relieve the Supplier of its obligation to complete the work or of its liability for other losses.
H:13. SUBCONTRACTING
P:13.1 The Supplier may not subcontract installation or any other part of the work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:14. TERMINATION
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and fails to remedy the breach within fifteen days after receiving written notice. The Supplier then refunds the amounts paid for goods or work that the Buyer returns or rejects, and compensates the Buyer's losses.
H:15. GOVERNING LAW AND DISPUTES
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan, whose award is final.
H:16. FINAL PROVISIONS
P:16.1 This Contract is made in English and Chinese, both equally valid, in four originals, two for each party, and takes effect on signature and seal by both parties.
P:Buyer (seal): Ningxia Zhongning Hongguo Goji Processing Co., Ltd.   Authorised representative: __________   Date: __________
P:Supplier (seal): Sensórica Lobos S.L.   Authorised representative: __________   Date: __________
"""

H270E04 = """T:Managed Print and Device Services Agreement
P:Reference MPS-ZS-25-114
P:This Agreement is made between Druckwerk Töpferwerder GmbH, with its registered seat on the Insel Töpferwerder, Germany, represented by its Guangzhou branch ("Provider"), and Zhongshan Guzhen Brightway Lighting Co., Ltd., Guzhen Town, Zhongshan, Guangdong, PRC ("Customer").
P:Preamble: Customer makes LED lamps, luminaires and lighting controls in three factory buildings and an office and showroom building in Guzhen. It currently runs about 140 printers, copiers, label printers and scanners of mixed brands and ages, bought and serviced separately. Customer wants one provider to supply, run and maintain a standard fleet for a fixed monthly charge. Provider has surveyed the sites and proposed the fleet in Schedule 1. All charges are in Chinese yuan (CNY), as Customer asked.
H:§ 1 Services
P:(1) Provider shall supply, install and operate the fleet of Schedule 1: 58 multifunction A4/A3 devices for offices and workshops, 36 industrial thermal label printers for the packing lines, 22 desktop printers, and 6 production scanners for the quality and document centre.
P:(2) The Services include delivery and installation, removal and environmentally correct disposal of the old devices, the print-management software with secure release by employee badge, all toner, ink, ribbons, drums and spare parts (but not paper or label stock), preventive maintenance, repair, a helpdesk, and monthly usage reports by department.
P:(3) Provider shall place one resident technician at Customer's Guzhen site during Customer's working hours from Monday to Saturday, and keep a stock of consumables and common spare parts on site.
P:(4) Provider shall connect the label printers to Customer's ERP and warehouse system, so that carton, pallet and product labels print directly from production orders.
H:§ 2 Term
P:(1) The Agreement starts on signature. The service term is 24 months from the Service Commencement Date in § 4(3).
P:(2) Any extension requires a written agreement signed by both parties. The charges in § 3 then continue to apply unless both parties agree otherwise in writing.
H:§ 3 Charges
P:(1) Customer pays the following fixed charges:
TB:Item|Description|Basis|Charge (CNY)|Total over term (CNY)
TB:A|Fleet, software, maintenance, consumables and resident technician, including the included volumes|per month × 24|38,600|926,400
TB:B|Onboarding: survey, installation, ERP label integration, disposal of old devices, training|one-off|46,000|46,000
TB:|Total fixed charges||—|972,400
P:(2) The monthly charge includes 210,000 mono pages, 38,000 colour pages and 160,000 labels per month across the fleet. Volumes above that are charged at CNY 0.035 per mono page, CNY 0.28 per colour page and CNY 0.012 per label, calculated each quarter. Unused volume may be carried forward to the next quarter.
P:(3) The monthly charge is invoiced monthly in arrears from the Service Commencement Date. The onboarding charge is invoiced after Customer has signed the Service Commencement Certificate. Customer pays within thirty days after receipt of a valid VAT invoice. Nothing is invoiced before Service Commencement.
P:(4) The charges are fixed for the service term and include VAT.
H:§ 4 Onboarding and acceptance
P:(1) Provider shall complete onboarding within 50 days after signature, in phases agreed with Customer so that no packing line stops for more than one hour during the change of devices.
P:(2) Before Service Commencement Customer checks, together with Provider, that: every device of Schedule 1 is installed at its agreed location and registered in the print-management software; secure badge release works for all users; every label printer prints correct carton, pallet and product labels from live ERP orders at the rated line speed; usage reports show correct department allocation; and all old devices have been removed with disposal certificates.
P:(3) If all checks pass, Customer signs the Service Commencement Certificate; the date of signature is the Service Commencement Date. Failed checks are corrected at Provider's cost and repeated.
P:(4) If Provider fails to complete onboarding by the date in (1) for reasons within its control, Provider pays Customer CNY 900 for each day of delay, up to CNY 45,000, which Customer may deduct from the invoices.
H:§ 5 Service levels
P:(1) Calls are logged by telephone, WeChat or the web portal and receive a ticket number at once.
P:(2) Priority 1 means a label printer on a running packing line is down, or a whole building cannot print. Provider shall respond to a Priority 1 call within 1 hour, and restore printing, if necessary with a swap device from the on-site stock, within three hours of the call.
P:(3) Priority 2 means a single multifunction device or desktop printer is down: response within two hours, repair or replacement within one working day. Priority 3 covers consumables, moves and questions: next working day.
P:(4) Provider reports each month the number of calls by priority, response and restoration times, device uptime and consumable deliveries.
P:(5) For each Priority 1 call in which the response or restoration time is missed, Customer receives a credit of 8% of the monthly charge, and for each Priority 2 call missed a credit of 2%, in each case up to 25% of the monthly charge for that month. Credits are deducted from the next invoice.
H:§ 6 Customer documents
P:(1) Documents, scanned images, address books, print logs and usage statistics created on or passing through the devices and the print-management software are Customer's property. Provider may use them only to provide the Services and to prepare the reports for Customer.
H:§ 7 Work products
P:(1) The ERP label integration, label templates, report designs and device configurations made for Customer belong to Customer. Customer may use, modify and pass them to any later provider. Provider delivers the scripts and templates in editable form at the end of the term.
P:(2) The print-management software remains the property of its publisher and is licensed to Customer for the service term.
H:§ 8 Personnel and subcontractors
P:(1) The resident technician and the field engineers are employed by Provider, trained on the devices of Schedule 1, and follow Customer's site, safety and electrostatic-discharge rules in the production areas.
P:(2) Provider shall not use subcontractors for any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors as for its own staff.
H:§ 9 Ownership of devices and insurance
P:(1) The devices remain Provider's property. Customer shall take reasonable care of them and use them only at the agreed locations. Provider insures them against fire, theft and damage.
P:(2) Provider may replace a device with an equivalent or better model after telling Customer, at no extra cost.
P:(3) Customer may ask for up to ten additional devices of the types in Schedule 1 during the term. Each additional device costs the monthly rate listed for its type in Schedule 1, pro rata for part months, and its volumes are added to the included volumes. Customer may also return up to ten devices without penalty if a workshop closes, and the monthly charge is reduced by the rate of each device returned.
H:§ 10 Liability
P:(1) Provider is liable for damage to Customer's property and for injury caused by Provider's staff or devices.
P:(2) Provider's total liability under this Agreement is limited to 120% of the total fixed charges in § 3(1). This limit does not apply to personal injury, wilful misconduct or gross negligence.
H:§ 11 Termination
P:(1) Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after a written warning. A material breach by Provider includes missing the Priority 1 times in more than three calls in any calendar month.
P:(2) On expiry or termination Provider removes its devices within thirty days after agreeing the dates with Customer, returns any Customer documents it holds, and supports the changeover to a new provider for up to forty-five days at no extra cost.
H:§ 12 Reviews
P:(1) Each quarter the parties hold a service review at Customer's site. Provider presents the service levels achieved, volumes by department, devices with repeated faults and proposals to reduce printing and cost. Customer's IT and purchasing managers attend.
P:(2) A device with more than three Priority 1 or Priority 2 faults in any two consecutive months is replaced by Provider with a new device of the same or a better model, at no cost to Customer.
H:§ 13 Environmental matters
P:(1) Provider takes back empty cartridges, drums and waste toner and recycles them, and gives Customer an annual certificate of the quantities recycled for its environmental report.
P:(2) New devices shall carry the China Environmental Labelling or an equivalent energy label.
H:§ 14 Governing law and disputes
P:(1) This Agreement is governed by the laws of the People's Republic of China.
P:(2) Disputes shall first be discussed between the parties' managers. If not resolved within thirty days, either party may bring the dispute before the competent people's court at Customer's domicile in Zhongshan.
H:§ 15 Final provisions
P:(1) Schedule 1 (fleet and locations) forms part of this Agreement. Changes must be in writing. The Agreement is signed in English in two originals.
P:For Druckwerk Töpferwerder GmbH, Guangzhou Branch: __________________ (name, title, date)
P:For Zhongshan Guzhen Brightway Lighting Co., Ltd.: __________________ (name, title, date)
"""

H270E05 = """T:DATA SERVICES SUBSCRIPTION AGREEMENT — TAXCODE API
P:Agreement number: CFF-API-2025-0388
P:Parties
P:(1) Codici Fiscali Folaca S.p.A., an Italian company with its registered seat on the Isola Folaca, Venice lagoon, Italy, and a wholly owned subsidiary in Hangzhou that issues its Chinese invoices (together, the "Vendor"); and
P:(2) Hangzhou Piaoyun Information Technology Co., Ltd., a company registered in the Binjiang District of Hangzhou, Zhejiang, PRC (the "Customer").
P:Background
P:A. The Customer is a start-up that provides e-invoicing (全电发票) software to small and medium-sized businesses. When its users issue an invoice, the Customer's software must assign the correct tax classification code (税收分类编码) and tax rate to each line item.
P:B. The Vendor maintains a database that maps product and service descriptions to tax classification codes and rates, updated when the tax authority publishes changes, and offers it through an application programming interface (the "TaxCode API").
P:C. The Customer wishes to subscribe to the TaxCode API for use in its software, and the Vendor has agreed to provide it on these terms, with all prices in Chinese yuan (CNY) at the Customer's request.
H:Clause 1 – Definitions
P:1.1 "API" means the TaxCode API, its documentation, sandbox and the endpoints listed in Schedule 1.
P:1.2 "Customer Data" means all data the Customer or its users send to the API, including item descriptions, invoice contents, buyer and seller names and tax numbers, and the results returned for them.
P:1.3 "Mapping Rules" means the customer-specific synonym lists, category mappings and exception tables that the Vendor builds for the Customer's users' product catalogues under Clause 3.
P:1.4 "Subscription Term" means 24 months from the Start Date in Clause 3.4.
H:Clause 2 – Subscription
P:2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API from the Customer's software and to show the results to the Customer's users in China.
P:2.2 The subscription covers up to 3,000,000 API calls per month across all users. Calls above that number are charged at CNY 0.006 per call, billed quarterly. The Vendor shall warn the Customer by e-mail when monthly usage reaches nine tenths of the included volume.
P:2.3 The Vendor shall publish changes to the tax classification codes in the API within two business days after the tax authority announces them and shall keep each version of the code table available for invoices dated before the change.
P:2.4 The Vendor shall use commercially reasonable efforts to keep the API available and to fix problems that the Customer reports. Support is provided by e-mail and a ticket portal during business hours in China, and the Vendor will do its best to answer tickets promptly.
H:Clause 3 – Onboarding and acceptance
P:3.1 In the first six weeks the Vendor shall give the Customer sandbox access, help the Customer's developers integrate the API, and build the Mapping Rules for the product catalogues of the Customer's twenty largest users.
P:3.2 Acceptance test: the Customer sends a test set of 2,000 real invoice lines chosen by the Customer. The Mapping Rules pass if no more than three lines receive a wrong tax classification code or rate, every response arrives in less than one second, and the API returns the documented error codes for malformed requests.
P:3.3 If the test fails, the Vendor corrects the Mapping Rules and the test is repeated with a new test set of the same size.
P:3.4 When the test passes, the Customer signs an acceptance note. The Start Date is the date of that note.
H:Clause 4 – Fees and payment
P:4.1 The fees are:
TB:Item|Description|Basis|Fee (CNY)|Total (CNY)
TB:1|TaxCode API subscription, 3,000,000 calls per month|per month × 24|21,800|523,200
TB:2|Onboarding and Mapping Rules for twenty users|one-off|36,000|36,000
TB:—|Total contract value|—|—|559,200
P:4.2 The subscription fee is invoiced quarterly in arrears, CNY 65,400 per quarter, eight quarters in total, from the Start Date. The onboarding fee is invoiced after the acceptance note is signed. The Customer pays within thirty days after receiving a valid VAT invoice. No amount is payable before the Start Date.
P:4.3 The fees include VAT and are fixed for the Subscription Term.
H:Clause 5 – Customer Data
P:5.1 Customer Data belongs to the Customer. The Vendor may use it only to return results to the Customer and to operate the API for the Customer, and shall not use it to improve other services, build statistics or train models, or disclose it to anyone else.
P:5.2 The Vendor shall delete request contents from its systems within thirty days after each call, keeping only the logs needed for billing, and shall delete or return all Customer Data at the end of the Subscription Term.
H:Clause 6 – Data security
P:6.1 The API is hosted in a data centre in Hangzhou, and Customer Data is not transferred outside mainland China. The Vendor encrypts all traffic with TLS, encrypts stored data, restricts access to named staff with individual accounts and two-factor log-in, and keeps access logs for six months.
P:6.2 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall hold a valid MLPS level-3 record for the hosting system during the Subscription Term.
P:6.3 If a security incident affects Customer Data, the Vendor shall inform the Customer within 24 hours, give it the facts it needs to inform users and authorities, take immediate steps to contain the incident, and compensate the Customer for the losses caused by an incident for which the Vendor is responsible.
H:Clause 7 – Confidentiality
P:7.1 Each party shall keep confidential the other party's non-public information, including the Customer's user list, pricing and product plans and the Vendor's database structure and non-public API features, and use it only for this Agreement. The obligation lasts during the Subscription Term and for three years after it.
H:Clause 8 – Intellectual property
P:8.1 The Vendor owns the API and its general database of codes and descriptions.
P:8.2 The Mapping Rules built for the Customer belong to the Customer, which may use, modify and license them freely, including with another data provider. The Vendor delivers them in CSV format on acceptance and again at the end of the Subscription Term.
P:8.3 The Vendor warrants that the API and the results do not infringe any third party's rights.
H:Clause 9 – Accuracy and responsibility for results
P:9.1 The Vendor shall keep the code table consistent with the codes published by the tax authority. If the Customer reports a wrong code or rate, the Vendor shall correct the database and tell the Customer the corrected result.
P:9.2 If a wrong result returned by the API causes the Customer's user to issue an incorrect invoice, the Vendor shall cooperate in preparing the red-letter (red-ink) correction and shall reimburse the Customer the costs it reasonably bears towards the user for the correction.
H:Clause 10 – Liability
P:10.1 Neither party is liable for indirect loss or lost profit.
P:10.2 Each party's total liability under this Agreement is limited to twice the total contract value in Clause 4.1. This limit does not apply to breach of Clauses 5, 6 and 7, fraud or wilful misconduct.
H:Clause 11 – Subcontracting and assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business that accepts all obligations.
H:Clause 12 – Term, renewal and termination
P:12.1 After the Subscription Term this Agreement renews for successive periods of six months at the same fees, unless either party gives notice of non-renewal at least sixty days before the end of the current period.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice, and either party may terminate if the other becomes insolvent.
P:12.3 On termination the Vendor shall hand over the Mapping Rules, return or delete Customer Data under Clause 5.2, and keep the API available for up to sixty days so that the Customer can move to another provider, against payment of the monthly fee pro rata.
H:Clause 13 – Governing law and disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules. The award is final and binding on both parties.
H:Clause 14 – General
P:14.1 Notices are given by e-mail to the addresses in Schedule 2 and confirmed by letter. Changes to this Agreement must be in writing and signed by both parties. This Agreement is made in English and Chinese, and both versions are equally valid.
P:Schedule 1 – API endpoints: /classify, /classify/batch, /codes/version, /codes/changes. Schedule 2 – Contacts.
P:Signed for Codici Fiscali Folaca S.p.A.: ____________________ Date: __________
P:Signed for Hangzhou Piaoyun Information Technology Co., Ltd.: ____________________ Date: __________
"""

PLAN.update({
    "h270e01": ("h270e01_dehua_porcelain_kiln_firing_software_licences.docx", "docx", "en", "software",
                T(None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11, False, True, False,
                  "France", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1188000),
                ["CR-GOVERNING-LAW"], "low",
                ["within 2 hours", "0.1%", "200%", "20%", "24 months", "11%", "1,188,000", "laws of France",
                 "seat of arbitration is Paris"]),
    "h270e02": ("h270e02_li_river_cruise_booking_saas_order_form.txt", "txt", "en", "cloud",
                T(99.95, 0.5, True, "buyer", True, False, True, 1000 / 1426000 * 100, 25.0, None, True, None, None,
                  None, False, True, False, "Italy", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1426000),
                ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"], "medium",
                ["99.95%", "within 30 minutes", "CNY 1,000 for each day", "nine months preceding", "36 months",
                 "aggregated and de-identified", "1,426,000", "laws of Italy"]),
    "h270e03": ("h270e03_goji_dryer_temperature_sensors_buyer_paper.pdf", "pdf", "en", "hardware",
                T(99.95, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 36, 8, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=892000),
                [], "low",
                ["99.95%", "within 1 hour", "0.08%", "10%", "36 months", "8%", "892,000"]),
    "h270e04": ("h270e04_lighting_maker_managed_print_device_service.md", "md", "en", "services",
                T(None, 1, True, "buyer", False, True, False, 900 / 972400 * 100, 120, None, True, None, None, None,
                  False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=972400),
                ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"], "high",
                ["within 1 hour", "CNY 900 for each day", "120%", "8%", "972,400"]),
    "h270e05": ("h270e05_einvoice_taxcode_data_api_subscription.txt", "txt", "en", "cloud",
                T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                  False, "PRC", S),
                dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=559200),
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high",
                ["commercially reasonable efforts", "twice the total contract value", "559,200"]),
})
TCO.update({"h270e01": (854000, False), "h270e03": (790000, False)})
SOURCES.update({"h270e01": H270E01, "h270e02": H270E02, "h270e03": H270E03, "h270e04": H270E04, "h270e05": H270E05})


def sums_en():
    assert 6 * 118000 == 708000 and 708000 + 146000 == 854000 and 854000 + 238000 + 96000 == 1188000
    assert 237600 + 534600 + 415800 == 1188000 and 1188000 * 20 // 100 == 237600
    assert 1188000 * 45 // 100 == 534600 and 1188000 * 35 // 100 == 415800 and 854000 * 11 // 100 == 93940
    assert 29500 * 36 == 1062000 and 6000 * 36 == 216000 and 1062000 + 216000 + 148000 == 1426000
    assert 29500 + 6000 == 35500 and 35500 * 3 == 106500 and 106500 * 12 == 1062000 + 216000
    assert 96 * 4850 == 465600 and 16 * 12400 == 198400 and 465600 + 198400 + 126000 == 790000
    assert 790000 + 84000 + 18000 == 892000 and 89200 + 490600 + 312200 == 892000
    assert 892000 * 10 // 100 == 89200 and 892000 * 55 // 100 == 490600 and 790000 * 8 // 100 == 63200
    assert 38600 * 24 == 926400 and 926400 + 46000 == 972400
    assert 21800 * 24 == 523200 and 523200 + 36000 == 559200 and 65400 * 8 == 523200 and 21800 * 3 == 65400
    # all twenty CR rules fire at least once across the set
    fired = set()
    for k, v in PLAN.items():
        fired |= set(v[6])
    assert len(fired) == 20, sorted(fired)
    mix = sorted(len(v[6]) for v in PLAN.values())
    assert mix[:2] == [0, 0] and mix[2] == 1 and all(2 <= n <= 3 for n in mix[3:9]) and mix[9] >= 10, mix


if __name__ == "__main__":
    sums_en()
    main()
