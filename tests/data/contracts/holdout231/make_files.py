"""holdout231: builds ten ORDINARY draft contracts (5 zh, 5 en), their labels, and checks them.
Run: /work/main/.venv/bin/python make_files.py  (writes only into this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
C = {}  # key -> dict(file, lang, fmt, src, terms, extra, plan)

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def rules(t, x, p):
    """policy.md §3 re-applied to my labels; p = plan facts not in the label (forum, TCO inputs)."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if tco_share(t, x, p) is not None and tco_share(t, x, p) > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or p.get("forum_outside"):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def tco_share(t, x, p):
    """§4: horizon 5 y from acceptance; purchase + implementation = contract value; fee on the itemised base."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * p["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def add(key, file, lang, category, fmt, src, terms, extra, plan, expect):
    assert list(terms) == TERM_KEYS, key
    C[key] = dict(file=file, lang=lang, category=category, fmt=fmt, src=src, terms=terms, extra=extra, plan=plan,
                  expect=sorted(expect))

# ---------------------------------------------------------------- h231z01 (zh, md, compliant)
Z01 = """# 省级污染源在线监控平台建设项目合同书

**合同编号：** SHBT-ZFCG-2026-0417
**采购方式：** 政府采购 公开招标（招标编号 SHBT-GK-2026-019）

**甲方（采购人）：** 某省生态环境厅
**乙方（供应商）：** 青衡环境信息技术有限公司

鉴于甲方就“省级污染源在线监控平台建设项目”依法组织公开招标，乙方经评标委员会评审被确定为中标供应商，双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，在平等自愿的基础上订立本合同，共同遵守。

## 第一条 项目内容

1.1 乙方为甲方建设省级污染源在线监控平台，接入全省重点排污单位的废水、废气在线监测设备数据，实现数据采集传输、有效性审核、超标预警、异常分析、执法联动和统计报表等功能。
1.2 项目范围包括：平台软件许可、定制开发、数据中心服务器及存储设备、部署联调、与甲方现有排污许可系统和移动执法系统的接口开发、培训及质保期内的运行维护。
1.3 乙方交付的定制功能、接口和报表须符合招标文件技术需求书及双方确认的需求规格说明书。

1.4 乙方应组建不少于 8 人的项目团队，项目经理须具有信息系统项目管理师资格并常驻甲方现场，未经甲方书面同意不得更换。
1.5 乙方应在合同签订后 10 日内提交项目实施方案，明确里程碑、人员分工、风险应对和质量控制措施，经甲方审核后执行。每周向甲方提交项目周报，重大问题及时书面报告。

## 第二条 合同价款

2.1 本合同总价为人民币 2,860,000 元（大写：贰佰捌拾陆万元整），为含税固定总价，包括设备、软件、开发、运输、安装、调试、培训、税费及质保期内服务的全部费用。

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 平台软件许可（永久许可，不限用户数） | 1,180,000 |
| 2 | 数据中心服务器及存储设备 | 548,000 |
| | 软硬件小计 | 1,728,000 |
| 3 | 定制开发（数据接入、超标预警、执法联动、报表） | 926,000 |
| 4 | 部署与联调 | 164,000 |
| 5 | 培训 | 42,000 |
| | 合计 | 2,860,000 |

2.2 除本合同另有约定外，甲方不再支付其他任何费用。

## 第三条 付款方式

3.1 合同签订后且乙方提交等额银行保函后 15 个工作日内，甲方支付合同总价的 20%，即 572,000 元，作为预付款。
3.2 平台上线并通过初步验收后，甲方支付合同总价的 50%，即 1,430,000 元。
3.3 项目通过最终验收后，甲方支付合同总价的 25%，即 715,000 元。
3.4 剩余 5%，即 143,000 元，作为质量保证金，在质保期满且乙方无未履行义务时无息支付。
3.5 乙方每次请款前须开具合规发票；甲方付款按财政国库集中支付程序办理。

## 第四条 交付与工期

4.1 乙方应在合同签订后 90 日内完成平台部署并上线试运行，在 150 日内具备最终验收条件。
4.2 设备交付地点为甲方指定的省政务云机房，乙方负责运输、上架、加电和布线。

## 第五条 验收

5.1 初步验收条件：平台各功能模块按需求规格说明书全部实现；接入不少于 2,600 家重点排污单位；数据传输有效率不低于 98%；超标预警从数据入库到推送不超过 60 秒；第三方软件测评和网络安全等级保护测评均无高风险问题。
5.2 最终验收条件：初步验收后连续试运行 90 日，无一级故障，数据有效性审核结果与人工抽查比对一致；各项文档（需求规格、设计、接口说明、运维手册、源代码）移交完毕。
5.3 甲方组织专家按上述条件进行验收并出具书面验收报告。平台上线、试运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在 15 日内整改并重新提交验收。

## 第六条 服务水平

6.1 质保期内，平台月度可用率不低于 99.95%（计划内维护经甲方同意的时段除外）。
6.2 故障分级响应：一级故障（平台整体不可用或数据中断）乙方 30 分钟内响应，2 小时内到场，6 小时内恢复；二级故障 2 小时内响应，次日内解决；三级故障 1 个工作日内响应。
6.3 乙方每超时 1 小时，甲方从质量保证金中扣减 1,000 元；月度可用率每低于约定值 0.01 个百分点，扣减 2,000 元。扣减不免除乙方继续履行的义务。

## 第七条 质保与质保期后维护

7.1 质保期为最终验收合格之日起二十四个月，质保期内软硬件故障的维修、更换、补丁和版本升级均免费。
7.2 质保期满后，甲方如需续签运维服务，年度维护费不超过软硬件小计的 8%（即每年不超过 138,240 元），该上限在质保期满后三年内不得上调。运维合同须另行书面签订，不自动续期。

## 第八条 数据安全与数据归属

8.1 平台采集、存储和生成的全部监测数据、企业信息、日志和分析结果均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
8.2 乙方应按照网络安全等级保护第三级要求落实访问控制、传输加密、操作审计和备份恢复措施，运维人员须经甲方审批后通过堡垒机登录。
8.3 发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此受到的行政处理后果。

## 第九条 保密

乙方对在履行本合同过程中知悉的甲方工作秘密、排污单位商业信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。

## 第十条 知识产权

10.1 乙方为本项目定制开发的功能模块、接口程序、报表模板及其源代码和文档，知识产权归甲方所有，甲方可自行使用、修改和许可他人使用。
10.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方知识产权，否则由乙方承担全部责任。

## 第十一条 分包

乙方不得将本项目转包；确需分包非主体工作的，须事先取得甲方书面同意，并对分包方的行为承担连带责任。

## 第十二条 违约责任

12.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过 60 日的，甲方有权解除合同。
12.2 甲方逾期付款的，按同期贷款市场报价利率向乙方支付利息。

## 第十三条 合同解除

乙方严重违约（包括验收两次不合格、发生因乙方原因的重大数据安全事件）且经书面催告后 15 日内未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方并在 10 日内提供证明，双方协商延期或部分免责。

## 第十五条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

## 第十六条 其他

16.1 招标文件、投标文件、中标通知书和需求规格说明书为本合同组成部分。
16.3 项目实施期间，双方往来文件以书面形式送达本合同首部所列地址；一方变更联系方式的，应提前 5 个工作日书面通知对方。
16.4 乙方及其人员应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的不正当利益，否则甲方有权解除合同并追究其责任。
16.2 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并盖章后生效。

甲方（盖章）：某省生态环境厅　　　　乙方（盖章）：青衡环境信息技术有限公司
授权代表：__________　　　　　　　　授权代表：__________
日期：______年____月____日　　　　　日期：______年____月____日
"""
add("z01", "h231z01_eco_env_pollution_monitoring_platform.md", "zh", "software", "md", Z01,
    dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.06, liability_cap_pct=None,
         prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
         post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=2860000),
    dict(fee_base=1728000, items=[1180000, 548000, 926000, 164000, 42000], pays=[572000, 1430000, 715000, 143000],
         figures=["2,860,000", "99.95%", "30 分钟", "万分之六", "20%", "二十四个月", "8%", "138,240", "1,728,000"]),
    [])

# ---------------------------------------------------------------- h231z02 (zh, docx)
Z02 = """T:玻璃瓶生产线机器视觉缺陷检测系统采购及维保合同
P:合同编号：JB-VIS-2026-083
P:甲方（买方）：江北晶瓶玻璃制品有限公司
P:乙方（卖方）：明睿视觉智能装备有限公司
P:甲方为提升啤酒瓶、饮料瓶生产线的质量检测水平，拟在三条制瓶线的冷端加装机器视觉缺陷检测系统。经比选，甲方确定由乙方供货并实施。双方就设备供货、软件许可、算法训练、安装调试及质保期后维保事宜，订立本合同。
H:一、合同标的
P:（一）乙方为甲方三条制瓶线各提供一套瓶口、瓶身、瓶底六工位视觉检测系统，对裂纹、结石、气泡、瓶口缺口、壁厚不均等缺陷进行在线检测并自动剔除。
P:（二）乙方负责设备供货、视觉检测软件许可、基于甲方缺陷样本的算法定制训练、输送线改造、安装调试、操作人员培训，以及质保期和质保期后的维护保养。
P:（三）设计产能：每条线每分钟检测不少于 420 只瓶。
P:（四）乙方应派出具有玻璃瓶检测项目经验的项目经理和算法工程师，项目经理在安装调试期间常驻甲方厂区，负责与甲方生产部、设备部和质量部的日常协调。
P:（五）乙方应在合同生效后 15 日内提交详细的技术方案，包括相机布置图、光源方案、剔除机构图纸、电气接线图和与 MES 系统的接口说明，经甲方书面确认后实施。方案确认不减轻乙方对系统性能承担的责任。
H:二、合同价格
P:合同总价为人民币 2,886,000 元（含 13% 增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|工业相机及光源组件|18 套|1,344,000
TB:2|检测工控机及 GPU 服务器|3 套|386,000
TB:3|剔除装置及输送线改造|3 套|298,000
TB:4|视觉检测软件许可（永久）|3 套|412,000
TB:—|软硬件小计|—|2,440,000
TB:5|缺陷样本标注与算法定制训练|1 项|268,000
TB:6|安装调试|1 项|142,000
TB:7|操作与维护培训|1 项|36,000
TB:—|合同总价|—|2,886,000
H:三、付款
P:（一）合同生效后 10 个工作日内，甲方支付合同总价的 10%，即 288,600 元。
P:（二）全部设备到货并经甲方清点签收后，甲方支付 35%，即 1,010,100 元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付 50%，即 1,443,000 元。
P:（四）剩余 5%，即 144,300 元，作为质量保证金，于质保期满后 15 日内无息支付。
H:四、交货与安装
P:（一）乙方应在合同生效后 75 日内将全部设备运至甲方厂区，在到货后 30 日内完成三条线的安装调试。
P:（二）安装调试须利用甲方计划停线窗口进行，每次停线时间由甲方生产部书面确认，乙方不得擅自延长。
P:（三）培训：乙方应为甲方每条线的操作工、班组长和设备维修人员分别组织培训，内容包括日常操作、参数调整、相机清洁与校准、常见故障处理和缺陷样本补充方法，培训结束后进行考核，考核合格人员不少于 24 名。
P:（四）乙方人员在甲方厂区作业，应遵守甲方安全生产、防火、高温区域和叉车通道的管理规定，因乙方人员违章造成人身伤害或财产损失的，由乙方承担责任。
H:五、验收
P:（一）验收标准：按甲方提供的标准缺陷样瓶库进行盲测，关键缺陷检出率不低于 99.5%，误剔率不高于 0.3%；检测速度满足设计产能；检测结果可追溯到单瓶图像；与甲方 MES 系统数据对接正确。
P:（二）三条线均连续稳定运行 30 日，期间未发生因系统原因导致的停线，方可进行最终验收。
P:（三）甲方组织质量部、设备部按上述标准验收并签署最终验收报告。设备安装完毕、试运行或甲方投入生产使用，均不视为验收合格。
P:（四）验收时乙方应移交：设备清单及合格证、软件安装介质和授权文件、算法模型参数备份、操作手册、维护手册、备件清单及推荐库存、培训记录。资料不全的，不予签署最终验收报告。
H:六、质保期
P:（一）质保期为最终验收合格之日起十八个月。质保期内乙方免费提供维修、零部件更换、软件升级和算法调优。
P:（二）相机、光源、工控机等部件的原厂保修条款不低于本条约定。
H:七、故障响应
P:（一）一级故障（整条线检测失效或误剔率异常导致停线）：乙方在接到通知后 8 小时内响应，24 小时内到场处理。
P:（二）二级故障（单工位失效）：乙方 24 小时内响应，48 小时内修复。
P:（三）乙方超过上述响应或到场时限的，每超时 1 小时，向甲方支付 800 元。
H:八、质保期后维保
P:（一）质保期满后，乙方按年提供维保服务，内容包括每季度一次巡检、镜头和光源校准、备件更换、软件升级和算法再训练。
P:（二）年度维保费按软硬件小计的 25% 计取，即每年 610,000 元，该金额在质保期满后三年内固定不变。维保合同每年由双方书面续签，不自动续期。
H:九、数据与知识产权
P:（一）检测过程中采集的瓶体图像、缺陷样本、检测记录和生产数据均属于甲方。乙方仅可为本合同目的使用，不得复制带出厂区或提供给第三方。
P:（二）乙方远程维护须经甲方设备部逐次批准，通过甲方指定的 VPN 和堡垒机进行，全部操作留存日志。发生数据泄露或丢失的，乙方应在 2 小时内通知甲方，并对因其原因造成的损失承担全部责任。
P:（三）乙方基于甲方缺陷样本训练形成的定制检测模型、参数文件及其文档，归甲方所有，甲方可自行使用、修改并委托第三方维护。视觉检测软件平台的知识产权仍属乙方，甲方获得永久使用许可。
P:（四）乙方应在每次算法再训练或参数调整前，向甲方提交变更说明，经甲方质量部确认后方可上线，并保留调整前的参数备份，以便必要时回退。
P:（五）甲方新增瓶型的，乙方应在收到样瓶后 10 个工作日内完成模型适配；质保期内每年免费适配不超过 6 个新瓶型。
H:十、保密
P:双方对在合作中获知的对方技术资料、工艺参数、产能数据和商业信息负保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）设备或系统不符合合同约定的，甲方有权要求乙方更换、整改，由此增加的停线损失由乙方承担。
P:（三）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:十二、分包
P:乙方不得转包本合同。输送线改造中的钢结构制作如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十三、合同解除
P:乙方逾期交货超过 45 日，或系统两次验收不合格，或有其他根本违约行为且经甲方书面通知后 15 日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十四、不可抗力
P:因不可抗力导致不能按期履行的，受影响方应在 3 日内通知对方，并在事件结束后 10 日内提供证明，履行期限相应顺延。
H:十五、适用法律与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交宿迁仲裁委员会仲裁。
H:十六、其他
P:本合同附件包括技术规格书、缺陷样瓶库清单和验收测试方案，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。双方联系人及联系方式见附件四，变更时应及时书面通知对方。
P:甲方（盖章）：江北晶瓶玻璃制品有限公司　　授权代表：__________
P:乙方（盖章）：明睿视觉智能装备有限公司　　授权代表：__________
P:签订日期：______年____月____日
"""
add("z02", "h231z02_glass_bottle_vision_inspection_line.docx", "zh", "hardware", "docx", Z02,
    dict(availability_pct=None, p1_response_hours=8, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
         prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
         post_warranty_fee_pct=25, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=2886000),
    dict(fee_base=2440000, items=[1344000, 386000, 298000, 412000, 268000, 142000, 36000],
         pays=[288600, 1010100, 1443000, 144300],
         figures=["2,886,000", "8 小时", "千分之一", "十八个月", "25%", "610,000", "2,440,000", "10%"]),
    ["CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE"])

# ---------------------------------------------------------------- h231z03 (zh, txt)
Z03 = """茶饮门店点单及会员营销 SaaS 服务协议

协议编号：CY-SaaS-2026-0612

甲方（客户）：杭州沁叶茶饮连锁管理有限公司
乙方（服务商）：云栈零售科技（上海）有限公司

甲方经营“沁叶”品牌茶饮连锁门店共 120 家。为统一门店点单、小程序下单、会员积分和营销活动管理，甲方订阅乙方的“栈点”零售 SaaS 服务，并委托乙方完成系统实施。双方经协商一致，签订本协议。

一、服务内容
1. 乙方向甲方提供“栈点”SaaS 服务，包括门店收银点单、微信及支付宝小程序点单、外卖平台订单聚合、会员储值与积分、优惠券与营销活动、总部经营报表等模块。
2. 乙方负责实施服务：门店及菜单基础数据初始化、原有会员数据迁移（约 86 万名会员）、小程序页面按甲方品牌设计定制、与甲方现有财务系统和供应链系统对接、店长及收银员培训。
3. 服务以互联网方式提供，乙方负责平台的部署、运维、扩容和安全。

4. 乙方为甲方配置专属客户成功经理一名，负责需求对接、上线计划、门店培训和月度服务回顾；实施期间另派不少于 4 名实施顾问，分区域驻店支持首批门店上线。
5. 乙方应提供 7×24 小时在线客服和电话支持，门店店员可通过收银系统内的帮助入口直接提交问题工单。

二、服务期限
1. 服务期为三十六个月，自全部门店上线验收合格之日起算。
2. 服务期届满前 30 日内，任何一方未书面提出不续订的，本协议自动续期，每次续期一个服务年度。续期时乙方有权根据其成本变化上调订阅单价，上调幅度不超过 8%，并于续期前通知甲方。

三、费用
1. 订阅费：每家门店每月 380 元，120 家门店每月合计 45,600 元，三十六个月合计 1,641,600 元。
2. 实施费：一次性 186,000 元。
3. 本协议总金额为 1,827,600 元（含税）。门店数量增加的，按同一单价增加订阅费。
4. 支付方式：实施费在全部门店上线验收合格后 15 日内支付；订阅费按季度于每季度结束后 15 日内支付当季费用。甲方不预付任何费用。

5. 门店新开或关闭的，甲方应提前 7 日在后台提交变更，乙方按实际开通门店数自开通当月起计费，关闭门店自次月起停止计费。
6. 乙方提供的收银硬件适配清单以附件为准，甲方自行采购的收银机、扫码枪、小票打印机和标签打印机，应为清单内型号；乙方负责远程安装驱动和调试。
7. 小程序、外卖平台和支付通道产生的第三方费用（如支付手续费、外卖平台佣金、短信费）由甲方按第三方标准另行承担，不包含在本协议费用中。

四、实施与验收
1. 乙方应在协议签订后 45 日内完成首批 20 家试点门店上线，在 90 日内完成全部门店上线。
2. 验收标准：点单、支付、退款、会员积分和储值功能按需求清单全部可用；会员数据迁移后余额、积分与原系统逐户核对一致；高峰时段（每日 14:00–16:00、18:00–20:00）单笔下单响应不超过 2 秒；对接的财务系统日结数据与平台一致。
3. 甲方按上述标准书面确认上线验收。门店开始使用系统不视为验收合格。
4. 因乙方原因未能按期完成全部门店上线的，每逾期一日，乙方向甲方支付 1,200 元违约金。

5. 实施阶段，乙方应按门店分批制定上线计划，每批门店上线前完成菜单、价格、配方物料和会员等级的配置核对，并组织店长和收银员进行不少于 2 课时的现场或视频培训。上线当日乙方应安排顾问在线值守，处理门店反馈的问题。
6. 会员数据迁移前，乙方应提交迁移方案和回退方案，经甲方确认后，在甲方指定的营业低峰时段执行；迁移完成后，乙方应协助甲方向会员发送系统升级通知。

五、服务水平
1. 平台月度可用率不低于 99.95%。
2. 故障分级：一级故障（多家门店无法点单或收款）乙方 15 分钟内响应，2 小时内恢复；二级故障（单店或单一功能不可用）1 小时内响应，8 小时内解决；三级问题 1 个工作日内答复。
3. 服务补偿：月度可用率未达标的，按当月订阅费的 5% 至 20% 分档抵扣；一级故障恢复超时的，每超时 1 小时抵扣当月订阅费的 1%。

六、数据
1. 甲方的门店经营数据、订单数据和会员个人信息归甲方所有。
2. 乙方有权在服务期内及服务期满后，将甲方数据经脱敏、汇总后用于行业分析报告、产品改进及向其他客户提供经营对标服务。
3. 乙方应采取加密存储、访问控制、操作日志审计等安全措施，数据存储于中国境内；发生数据泄露时应在 12 小时内通知甲方，并对因其原因造成的损失承担赔偿责任。服务终止后 30 日内，乙方应将甲方数据完整导出交付甲方，并删除其系统中的副本。

4. 乙方应按照等级保护第三级要求运营平台，每年委托有资质的测评机构进行测评，并向甲方提供测评结论；会员个人信息的收集和使用应符合《个人信息保护法》要求，会员隐私政策由双方共同确认后在小程序中发布。
5. 甲方可随时通过后台导出订单、会员和营销数据；乙方不得以任何理由限制甲方导出或收取额外费用。

七、保密
双方对履约中获知的对方经营信息、价格信息、技术资料负保密义务，未经对方书面同意不得向第三方披露，保密期至本协议终止后三年。

八、知识产权
1. “栈点”平台及其标准功能的知识产权归乙方。
2. 乙方为甲方定制的小程序页面、品牌视觉模板、报表及对接程序，归甲方所有，甲方可自行使用、修改或交由第三方维护。

3. 乙方提供的标准功能版本升级免费，升级前应在测试环境中提前 7 日向甲方开放，并提供升级说明；重大升级应避开甲方的节假日促销期。
4. 甲方提出的个性化营销玩法（如联名活动、限定款预售）需要开发的，乙方应在 5 个工作日内提出方案和报价，经甲方书面确认后实施。

九、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

九之一、乙方人员
乙方实施顾问进入门店作业，应遵守甲方门店食品安全和卫生管理要求，不得进入操作区，不得影响门店正常营业。

十、责任限制
乙方在本协议项下的累计赔偿责任，以甲方在索赔事件发生前九个月内已支付的订阅费总额为限。

十一、解除
1. 一方严重违约，经另一方书面通知后 20 日内未纠正的，守约方有权解除本协议。
2. 平台连续两个月可用率未达标的，甲方可书面通知解除本协议，无须支付违约金。

3. 乙方应投保不低于 500 万元的网络安全责任保险，并在协议签订后 30 日内向甲方提供保单复印件。

十二、不可抗力
因不可抗力导致服务中断的，双方均不承担违约责任，但乙方应尽力恢复服务并及时通知甲方。

十三、法律适用与争议
本协议适用中华人民共和国法律。争议提交上海仲裁委员会仲裁。

十三之一、通知
双方指定的联系人及联系方式见附件。与本协议有关的通知以书面形式（包括电子邮件）送达，以电子邮件发出的，发出之日视为送达。一方联系人或联系方式变更的，应在变更后 3 个工作日内通知对方。

十四、其他
本协议附件包括：服务模块清单、实施计划、服务水平说明。本协议一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州沁叶茶饮连锁管理有限公司
代表签字：__________　日期：__________

乙方（盖章）：云栈零售科技（上海）有限公司
代表签字：__________　日期：__________
"""
add("z03", "h231z03_tea_chain_ordering_loyalty_saas.txt", "zh", "cloud", "txt", Z03,
    dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=1200 / 1827600 * 100,
         liability_cap_pct=9 / 36 * 100, prepayment_pct=None, acceptance_clause=True,
         final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
         auto_renewal_price_increase=True, termination_for_breach=True, subcontract_without_consent=False,
         governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1827600),
    dict(items=[45600 * 36, 186000], pays=[45600 * 36, 186000], unit=(120, 380, 45600),
         figures=["1,827,600", "1,641,600", "45,600", "1,200 元", "九个月", "8%", "99.95%", "15 分钟"]),
    ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"])

# ---------------------------------------------------------------- h231z04 (zh, pdf)
Z04 = """T:医保基金智能监管平台 2027 年度运行维护服务合同
P:项目编号：YBJ-CS-2026-031（政府采购 竞争性磋商）
P:采购人（甲方）：某市医疗保障局
P:供应商（乙方）：安衡数智科技有限公司
P:根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担医保基金智能监管平台 2027 年度运行维护服务。为明确双方权利义务，经协商一致，订立本合同。
H:第一章 服务范围
P:第一条 运维对象为甲方医保基金智能监管平台，包括规则引擎、智能审核子系统、疑点数据分析子系统、飞行检查辅助子系统、两定机构视频监控接入模块，以及平台所在的 46 台虚拟服务器、数据库和中间件。
P:第二条 服务内容：日常监控与巡检；故障处理；数据库运维与备份恢复演练；监管规则库的配置维护（全年不少于 180 条规则的新增或调整）；系统安全加固与漏洞修复；配合等保测评及整改；业务高峰期重点保障；运维报告编制。
P:第三条 乙方派驻不少于 5 名运维工程师在甲方现场工作，其中项目经理 1 名、数据库工程师 1 名、规则配置工程师 2 名、安全工程师 1 名，人员变更须经甲方同意。
P:第三条之一 乙方应在合同生效后 10 日内完成与上一服务商的交接，接收运维文档、账号权限、配置基线和未关闭工单清单，交接情况形成书面记录由双方签字确认。
P:第三条之二 乙方应建立运维值班制度，工作日现场值守时间为 8:30 至 18:00，其余时间安排二线工程师远程值守并保持电话畅通。医保年度清算、集中结算和飞行检查期间，乙方应按甲方要求增派人员现场保障。
H:第二章 服务期限与费用
P:第四条 服务期自 2027 年 1 月 1 日起至 2027 年度最后一日止。期满后本合同终止，不自动续期；甲方如需继续采购，另行履行采购程序。
P:第五条 合同总价为人民币 1,164,000 元（大写：壹佰壹拾陆万肆仟元整），包含人员、工具、备件、差旅、税费等全部费用。
P:第六条 服务费按季度支付，每季度 291,000 元。每季度结束后，甲方按第十条完成季度考核，并于考核完成后 20 个工作日内支付当季服务费（扣除考核扣减额）。甲方不支付预付款。
H:第三章 服务水平
P:第七条 平台月度可用率不低于 99.8%，计划内维护须提前 3 个工作日报甲方批准，且不计入不可用时间。
P:第八条 故障响应：一级故障（平台不可用、智能审核中断或数据错误影响基金结算）乙方 30 分钟内响应，2 小时内恢复；二级故障（单一子系统不可用）1 小时内响应，8 小时内恢复；三级故障（功能缺陷或性能下降）当日响应，3 个工作日内修复。
P:第九条 月度可用率每低于约定值 0.1 个百分点，扣减当季服务费 2,000 元；一级故障每超时 1 小时，扣减 1,500 元；二级故障每超时 1 小时，扣减 500 元。
P:第九条之一 乙方每月 5 日前提交上月运维月报，内容包括可用率统计、故障及处理情况、巡检发现的问题、安全漏洞及加固情况、规则配置完成情况和下月工作计划。每季度召开一次运维服务会议，由双方负责人参加。
P:第九条之二 乙方每半年至少组织一次数据库备份恢复演练和一次应急演练，演练方案须提前报甲方审批，演练结果形成报告。
H:第四章 考核与验收
P:第十条 季度考核：甲方依据运维日志、巡检记录、故障工单和季度运维报告，按附件考核细则评分，满分 100 分，低于 80 分的，扣减当季服务费的 5%。
P:第十一条 年度验收：服务期满前 15 日，乙方提交年度运维总结、规则库变更清单、备份恢复演练记录、全部运维文档和脚本；甲方据此组织验收，验收内容包括可用率统计、故障处理闭环率、规则配置完成量及文档完整性。乙方在甲方现场开展工作本身不视为验收通过。
P:第十一条之一 在年度验收时，乙方应一并提交平台运行现状评估报告，说明主要风险、性能瓶颈、软硬件到期情况和后续年度运维建议，供甲方决策参考。
P:第十一条之二 甲方对季度考核结果有异议的，乙方可在收到考核结果后 5 个工作日内书面申请复核，甲方应在 10 个工作日内答复。
H:第五章 数据安全与保密
P:第十二条 平台中的参保人员信息、医疗费用结算数据、两定机构数据及所有运维过程中产生的数据，均属于甲方所有。乙方仅可为履行本合同使用，不得复制、下载、留存或用于其他任何目的。
P:第十三条 乙方运维人员须签署保密承诺书，通过甲方堡垒机实名登录，禁止使用移动存储介质，敏感操作实行双人复核。乙方应按照医疗保障信息安全相关规范和等保第三级要求落实安全措施。
P:第十四条 发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
P:第十五条 乙方对履约中知悉的甲方工作秘密和其他非公开信息负保密义务，未经甲方书面同意不得披露，本条在合同终止后持续有效。
H:第六章 分包
P:第十六条 乙方可将机房巡检、硬件送修等辅助性工作交由第三方服务商承担，但应提前 5 个工作日书面告知甲方，并对第三方的行为负责。
H:第七章 知识产权
P:第十七条 乙方在服务期内编写的运维脚本、监管规则配置、操作手册和报告，归甲方所有，甲方可自由使用、修改并提供给后续服务商。
P:第十七条之一 乙方应遵守甲方机房管理制度，进出机房实行登记，涉及生产环境的变更须提交变更申请，经甲方审批后在规定窗口实施，并提前准备回退方案。
P:第十七条之二 乙方应配合甲方接受审计、巡视、医保基金监管检查和网络安全检查，按要求提供运维记录、日志和说明材料。
H:第八章 违约责任
P:第十八条 乙方未按第二条和附件工作计划按期完成等保整改、规则配置批次或备份恢复演练等任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:第十九条 乙方派驻人员未经甲方同意缺岗的，每人每日扣减 600 元。
P:第二十条 甲方无正当理由逾期付款的，按同期贷款市场报价利率承担利息。
H:第九章 合同解除
P:第二十一条 乙方严重违反本合同（包括发生因乙方原因的数据安全事件、连续两个季度考核低于 80 分），经甲方书面催告后 10 日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:第二十二条 合同解除或期满时，乙方应在 15 日内完成运维交接，移交全部文档、脚本和账号权限，并配合后续服务商过渡。
P:第二十二条之二 服务期满前 30 日，乙方应向甲方提交运维移交清单，包括系统架构图、配置基线、账号清单、监管规则库版本说明和遗留问题清单，由甲方确认完整后方视为移交完成。
P:第二十二条之一 乙方应保证派驻人员的稳定，服务期内更换人员累计不得超过 2 人次，更换人员的资质不得低于原人员，并须提前 10 个工作日书面报甲方同意，完成工作交接后方可离岗。
H:第十章 不可抗力
P:第二十三条 因不可抗力导致不能履行的，受影响方应及时通知对方，并在 7 日内提供证明，双方协商处理。
H:第十一章 法律适用与争议解决
P:第二十四条 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十二章 附则
P:第二十五条 竞争性磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市医疗保障局　　　乙方（盖章）：安衡数智科技有限公司
P:法定代表人或授权代表：________　　法定代表人或授权代表：________
P:签订日期：2026 年____月____日
"""
add("z04", "h231z04_medical_insurance_fund_supervision_om.pdf", "zh", "services", "pdf", Z04,
    dict(availability_pct=99.8, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1164000),
    dict(items=[291000] * 4, pays=[291000] * 4,
         figures=["1,164,000", "291,000", "99.8%", "30 分钟", "千分之一", "5 个工作日"]),
    ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"])

# ---------------------------------------------------------------- h231z05 (zh, md, supplier's template)
Z05 = """# 易企通 ERP 软件销售及实施合同

> 易企通标准合同文本 V5.0（乙方版本，未经乙方法务同意不得修改条款）

合同编号：YQT-XS-2026-1187

甲方（用户）：平江香辣坊食品有限公司
乙方（开发商）：长沙易企通软件有限公司

甲方主营调味面制品（辣条）的生产与销售。为实现财务、供销存、生产和质量追溯的一体化管理，甲方向乙方购买“易企通 ERP”软件使用许可，并委托乙方进行定制开发和实施。双方依照有关法律规定，签订本合同。

## 1. 合同标的和价款

1.1 乙方向甲方提供：易企通 ERP V8 软件使用许可（财务、采购、销售、库存、生产制造、质量追溯六个模块，80 个并发用户）；按甲方需求定制开发配方管理、批次追溯和经销商返利三个功能；系统实施及培训。

| 编号 | 内容 | 金额（元） |
|---|---|---|
| A | 易企通 ERP V8 软件使用许可（80 用户） | 760,000 |
| B | 定制开发（配方管理、批次追溯、经销商返利） | 548,000 |
| C | 实施服务（蓝图设计、数据初始化、上线支持） | 214,000 |
| D | 用户培训 | 28,000 |
| | 合计 | 1,550,000 |

1.2 上述价款为含税价。甲方增加用户数、模块或开发需求的，按乙方当时的报价另行计费。

1.3 软件使用许可以加密狗或授权文件方式提供，授权期限为永久，仅限甲方在其厂区内部署使用。甲方服务器、数据库和操作系统由甲方自行采购，乙方提供配置建议。
1.4 定制开发需求以双方确认的需求说明书为准。需求说明书确认后，甲方提出的变更按乙方人天单价 2,800 元另行计费，并相应调整工期。

## 2. 付款

2.1 本合同签订之日起 5 个工作日内，甲方支付合同总额的 50%，即 775,000 元。
2.2 系统上线后 10 个工作日内，甲方支付合同总额的 45%，即 697,500 元。
2.3 系统上线满三个月后，甲方支付余款 5%，即 77,500 元。
2.4 甲方未按期付款的，乙方有权暂停实施和技术支持，工期相应顺延。

## 3. 实施进度

3.1 乙方在收到首期款后开始实施，计划在首期款到账后 120 日内完成系统上线。实施进度以乙方项目经理发布的实施计划为准，乙方可根据项目情况调整。
3.2 甲方应指定项目负责人，按乙方要求提供业务资料、基础数据和测试人员，因甲方配合不到位导致的延误由甲方负责。

3.3 乙方派驻项目经理一名、实施顾问两名，分阶段驻场工作。乙方人员的差旅、食宿费用已包含在实施服务费中。
3.4 实施阶段包括：项目启动、业务调研、蓝图设计、系统配置与开发、数据初始化、用户培训、上线切换和上线支持。每一阶段完成后，乙方向甲方提交阶段成果，甲方应在 3 个工作日内签字确认，逾期未确认的视为确认。
3.5 上线切换前，甲方应完成期初库存盘点、未结订单和应收应付余额的整理，并按乙方提供的模板导入系统。

## 4. 验收

4.1 系统部署完成并上线运行，即视为甲方验收合格。
4.2 甲方在上线后发现的问题，作为维护事项处理，不影响验收结论和付款。

## 5. 知识产权

5.1 易企通 ERP 软件及乙方为本合同所作的定制开发成果（包括配方管理、批次追溯、经销商返利功能的程序、源代码、数据库设计和文档），知识产权均归乙方所有。
5.2 甲方在本合同范围内获得上述软件和定制功能的非独占、不可转让的使用权，不得修改、反编译，不得交由第三方维护或二次开发。

## 6. 免费维护与后续服务

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。
6.2 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度服务协议，服务费按乙方当年度公布的服务价格标准收取。
6.3 故障响应：紧急故障（系统无法登录、无法开单或出库）乙方在接到报告后 10 小时内远程响应；一般问题 2 个工作日内答复。响应时间为乙方服务目标，乙方不因响应延迟承担任何扣款、赔偿或违约责任。

## 7. 合作伙伴

乙方有权将部分开发、实施或现场支持工作委托给乙方授权的合作伙伴完成，无须另行征得甲方同意。

## 8. 甲方数据

8.1 甲方录入及系统生成的业务数据（包括配方、客户、经销商、价格、库存和财务数据）归甲方所有，乙方仅为实施和维护本系统使用，不得用于其他目的。
8.2 乙方实施人员接触甲方数据须通过甲方提供的账号，乙方应采取必要的安全措施防止数据泄露、篡改或丢失；因乙方人员原因导致数据泄露的，乙方应在发现后 24 小时内通知甲方，并承担相应的赔偿责任。

8.3 系统上线后，甲方应自行负责服务器、数据库的日常备份；乙方可应甲方要求提供备份策略建议。免费维护期内，乙方每季度远程检查一次系统运行日志，发现异常及时告知甲方。

## 9. 保密

双方对本合同内容及履约中知悉的对方商业秘密（包括甲方配方和工艺）负保密义务，未经对方书面同意不得披露。保密义务在合同终止后两年内有效。

## 10. 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总额的万分之二向甲方支付违约金，违约金总额不超过合同总额的 3%。
10.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。
10.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总额的 20%；乙方对甲方的间接损失、利润损失不承担责任。

10.3之一 甲方在免费维护期满后未与乙方签订年度服务协议的，乙方不再提供任何技术支持、缺陷修复和版本升级，由此产生的系统问题由甲方自行承担。
10.4 因甲方提供的业务资料不准确、数据不完整或甲方人员操作不当造成的损失，由甲方自行承担。
10.5 乙方对第三方软件（包括操作系统、数据库、税务接口和银企直连接口）的缺陷不承担责任，但应协助甲方联系相关厂商处理。

## 11. 合同解除

一方严重违约，经对方书面催告后 30 日内仍未纠正的，守约方可以书面通知解除合同。甲方解除合同的，已支付的软件许可费不予退还。

11.1 甲方如需暂停项目的，应书面通知乙方，暂停期间乙方人员撤场，恢复实施时双方另行商定进场时间，暂停超过 60 日的，乙方有权按已完成工作量结算费用。

## 12. 不可抗力

因不可抗力或政策变化导致合同不能履行的，双方互不承担责任。

## 13. 争议解决

本合同适用中华人民共和国法律。争议协商不成的，由乙方所在地人民法院管辖。

## 14. 其他

14.1 本合同自双方签字盖章后生效，一式两份，双方各执一份。
14.3 乙方对甲方人员的培训包括系统管理员培训和最终用户培训，培训方式为集中授课和上机操作，培训教材由乙方提供电子版本。
14.3之一 甲方使用本软件处理食品生产批次、原料检验和出厂检验记录的，应自行确认其符合食品安全追溯的监管要求；乙方提供的追溯功能以需求说明书约定的字段和报表为限。
14.4 本合同附件包括：报价单、功能清单、需求说明书（确认后附入）、实施计划。
14.2 本合同条款为乙方标准条款，双方另有书面补充约定的除外。

甲方：平江香辣坊食品有限公司（盖章）　　代表：__________
乙方：长沙易企通软件有限公司（盖章）　　代表：__________
日期：______年____月____日
"""
add("z05", "h231z05_spicy_strip_maker_erp_supplier_template.md", "zh", "software", "md", Z05,
    dict(availability_pct=None, p1_response_hours=10, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=20,
         prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=True, governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
         contract_value=1550000),
    dict(fee_base=760000, items=[760000, 548000, 214000, 28000], pays=[775000, 697500, 77500],
         figures=["1,550,000", "50%", "775,000", "万分之二", "20%", "六个月", "10 小时", "即视为甲方验收合格",
                  "无须另行征得甲方同意", "当年度公布的服务价格标准"]),
    ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
     "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"])

# ---------------------------------------------------------------- h231e01 (en, md, one low finding)
E01 = """# SOFTWARE LICENCE AND SERVICES AGREEMENT

**Agreement No.** SM-JDZ-2026-07

**Between**

**Jingdezhen Qingyao Porcelain Art Studio Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Jingdezhen, Jiangxi Province (the "**Customer**"); and

**Smalto Digitale S.r.l.**, a company incorporated in Italy with its seat on the Isola di Tessera, Venice, Italy (the "**Licensor**").

## Background

(A) The Customer is a porcelain studio producing celadon, blue-and-white and copper-red wares. It develops its own glazes and records several hundred recipes, firing curves and test tiles every year.

(B) The Licensor publishes GlazeLab, a glaze-formulation and kiln-curve software used by ceramic studios and factories. The Customer wishes to acquire perpetual licences of GlazeLab, to have its existing recipe records migrated into it and to connect the software to its spectrophotometer.

(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).

The parties agree as follows.

## 1. Definitions

1.1 "**Software**" means GlazeLab Pro version 6 and the Kiln Curve module, in object code, with their user documentation.

1.2 "**Services**" means the database set-up, the spectrophotometer integration and the training described in Schedule 1.

1.3 "**Deliverables**" means everything produced by the Licensor specifically for the Customer under this Agreement, including the migrated recipe database, import templates, the spectrophotometer connector, configuration files and training material.

1.4 "**Customer Data**" means the Customer's glaze recipes, raw-material analyses, firing records, test-tile photographs and colour measurements, whether entered by the Customer or by the Licensor.

1.5 "**Final Acceptance**" means the Customer's written confirmation under Clause 5.3.

## 2. Licence

2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on up to six named workstations for GlazeLab Pro and two named workstations for the Kiln Curve module, at the Customer's studio and any future site of the Customer in mainland China.

2.2 The Customer may make back-up copies and may move a licence to a replacement workstation by notifying the Licensor's licence portal.

2.3 The licence fees are one-time fees. No annual licence fee is payable for continued use of the Software.

## 3. Price

3.1 The Contract Price is CNY 560,000, inclusive of all taxes, travel and expenses, made up as follows:

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| GlazeLab Pro perpetual licence | 6 | 58,000 | 348,000 |
| Kiln Curve module perpetual licence | 2 | 46,500 | 93,000 |
| **Licence subtotal** | | | **441,000** |
| Recipe database set-up and migration (about 1,200 recipes) | 1 | 64,000 | 64,000 |
| Spectrophotometer integration | 1 | 38,000 | 38,000 |
| Training (three days on site) | 1 | 17,000 | 17,000 |
| **Contract Price** | | | **560,000** |

3.2 The Contract Price is fixed. No other amount is payable for the Software, the Services or the Deliverables.

## 4. Payment

4.1 The Customer shall pay:

(a) 20% of the Contract Price (CNY 112,000) within 20 days after signature, against the Licensor's invoice;

(b) 45% of the Contract Price (CNY 252,000) within 20 days after installation of the Software and completion of the recipe migration; and

(c) 35% of the Contract Price (CNY 196,000) within 20 days after Final Acceptance.

4.2 Installation, migration and the payment under Clause 4.1(b) do not amount to acceptance.

4.3 Payments are made by bank transfer in CNY to the Licensor's account with a bank in mainland China named in its invoice.

## 5. Delivery and Acceptance

5.1 The Licensor shall install the Software and complete the migration within 45 days after signature, and shall complete the spectrophotometer integration and training within 75 days after signature.

5.2 The acceptance tests are set out in Schedule 2 and include: (a) every migrated recipe reconciles with the Customer's source records for oxide percentages and batch weights; (b) Seger formula calculations for twenty reference glazes match the Customer's own calculations within 0.2%; (c) readings from the spectrophotometer are imported automatically and linked to the correct test tile; (d) the Kiln Curve module reproduces the Customer's three standard firing schedules; and (e) no Severity 1 or Severity 2 defect remains open.

5.3 When the tests are passed, the Customer shall sign a Final Acceptance certificate within ten working days. If a test fails, the Licensor shall correct the defect and repeat the test at its own cost. Use of the Software in production before Final Acceptance does not mean that the Software is accepted.

## 6. Warranty

6.1 The Licensor warrants that the Software and the Deliverables will conform to their documentation and to Schedule 2 for eighteen months from Final Acceptance (the "**Warranty Period**").

6.2 During the Warranty Period the Licensor shall, free of charge, correct defects, supply updates and new versions, and provide remote support in the Customer's business hours (Beijing time).

## 7. Support

7.1 Defects are classified as Severity 1 (the Software cannot be started or calculates wrong results), Severity 2 (a main function is unavailable but a workaround exists) and Severity 3 (other defects and questions).

7.2 The Licensor shall respond to a Severity 1 defect within 2 hours, provide a workaround within one business day and a permanent correction within five business days. Severity 2 defects are answered within one business day; Severity 3 within three business days.

7.3 For each full hour by which the Licensor exceeds the Severity 1 response time, it shall credit CNY 500 against the next invoice or pay that amount to the Customer.

## 8. Support after the Warranty Period

8.1 After the Warranty Period the Customer may order annual support, including updates, new versions and the support described in Clause 7.

8.2 The annual support fee is 11% of the Licence subtotal, that is CNY 48,510 per year, and is fixed for the first three support years. Any later change requires written agreement and shall not exceed 3% per year.

8.3 Support is ordered year by year by the Customer's written order and is not renewed automatically.

## 9. Intellectual Property

9.1 The Software remains the property of the Licensor and its licensors.

9.2 The Deliverables belong to the Customer from the date of creation. The Licensor shall hand over their source files and may not reuse the recipe database or the Customer-specific templates for anyone else. The Customer may use, modify and license the Deliverables freely.

9.3 The Licensor shall defend and indemnify the Customer against any claim that the Software or the Deliverables infringe a third party's rights.

## 10. Customer Data and Security

10.1 Customer Data belongs to the Customer. The Licensor shall use it only to perform this Agreement and shall not copy, analyse or disclose it for any other purpose, in identified, aggregated or any other form.

10.2 The Software is installed on the Customer's own workstations. Remote access by the Licensor requires the Customer's approval for each session, uses the Customer's VPN, and is logged. The Licensor shall keep no copy of Customer Data after a session ends.

10.3 The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law, shall notify the Customer within 24 hours of any security incident involving Customer Data, and is liable for all loss caused by its breach of this Clause 10.

## 11. Confidentiality

Each party shall keep confidential the other party's non-public information, including the Customer's glaze recipes and firing schedules, and shall not disclose it without prior written consent. This obligation survives termination without time limit for recipes and for three years for other information.

## 12. Delay

If the Licensor fails to meet a date in Clause 5.1 for reasons attributable to it, it shall pay CNY 560 for each day of delay, up to 10% of the Contract Price in total.

## 13. Liability

The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to Clause 9.3, Clause 10, Clause 11, personal injury or wilful misconduct.

## 14. Subcontracting

The Licensor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## 15. Termination

15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

15.2 The Customer may also terminate if delay damages reach their maximum under Clause 12.

15.3 Licences for which the Licence Fee has been paid survive termination.

## 16. Governing Law and Disputes

16.1 This Agreement is governed by the laws of Italy.

16.2 Any dispute shall be finally settled by arbitration administered by the Venice Chamber of Arbitration, seated in Venice, in English, by a sole arbitrator.

## 17. General

17.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

17.2 Amendments are valid only in writing signed by both parties.

17.3 Notices are given in writing to the addresses above, by courier or e-mail with confirmation.

17.4 This Agreement is signed in two English originals, one for each party.

**Schedules:** 1 Services description; 2 Acceptance tests.

**For the Customer:** ______________________  Name / Title / Date

**For the Licensor:** ______________________  Name / Title / Date
"""
add("e01", "h231e01_porcelain_glaze_software_perpetual_licences.md", "en", "software", "md", E01,
    dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
         prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
         post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="Italy", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=560000),
    dict(fee_base=441000, forum_outside=True, items=[348000, 93000, 64000, 38000, 17000],
         pays=[112000, 252000, 196000], units=[(6, 58000, 348000), (2, 46500, 93000)],
         figures=["560,000", "CNY 560 for each day", "150%", "eighteen months", "11%", "48,510", "2 hours",
                  "laws of Italy", "Venice Chamber of Arbitration"]),
    ["CR-GOVERNING-LAW"])

# ---------------------------------------------------------------- h231e02 (en, txt, order form + general terms)
E02 = """ORDER FORM No. RT-CN-0419
for the BRUCKE TICKETING CLOUD

Vendor: Reichenau Ticketing Systems GmbH, with its seat on the Insel Reichenau, Lake Constance, Germany ("Vendor")
Customer: Zhangjiajie Yunxiao Glass Bridge Scenic Area Operation Co., Ltd., Zhangjiajie, Hunan Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Vendor's General Terms for Cloud Services (version 2026-03) printed as Part B below. If the Order Form and the General Terms conflict, the Order Form prevails.

PART A - ORDER DETAILS

A1. Services ordered
Brucke Ticketing Cloud, Attractions edition, covering: online and on-site ticket sales, timed-entry slots for the glass bridge and the canyon lifts, dynamic visitor caps, real-name ticket verification, 62 turnstile gates and 18 handheld scanners, group and travel-agency bookings, refunds, the WeChat mini-program booking front end, and revenue reporting.

A2. Currency
At Customer's request, all fees are quoted, invoiced and paid in Chinese yuan (CNY).

A3. Fees
Subscription Fee: CNY 54,000 per month, fixed for the Subscription Term.
Subscription Term: 24 months from the Go-Live Date; total Subscription Fees CNY 1,296,000.
Onboarding Fee (configuration, gate integration, data migration of the season-pass register, staff training): CNY 148,000, one time.
Total fees under this Order Form: CNY 1,444,000, inclusive of VAT.
Volume: up to 3.2 million tickets per year are included. Additional tickets are charged at CNY 0.06 per ticket, invoiced quarterly in arrears.

A4. Invoicing and payment
Subscription Fees are invoiced monthly in arrears and are payable within 30 days of invoice. The Onboarding Fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice. Nothing is payable before the Go-Live Date.

A5. Onboarding plan
Vendor will use reasonable efforts to reach the Go-Live Date by 1 March 2027, before the spring holiday season. The plan in Annex A-1 is indicative. Vendor will keep Customer informed of progress every week.

A6. Go-Live Acceptance
Before the Go-Live Date, the parties will run the acceptance tests in Annex A-2, including: (a) sale, verification and refund of each ticket type through every channel; (b) 2,000 simulated entries per minute through the gates without a failed verification; (c) daily reconciliation of sales with the WeChat Pay and Alipay settlement files to the cent; (d) real-name verification against the identity card reader; and (e) visitor-cap enforcement for each timed slot. Customer signs a Go-Live Acceptance certificate when the tests are passed. Selling tickets in the system before signature is a pilot only and is not acceptance.

A7. Service levels
Monthly Availability of the production environment: 99.5%.
Priority 1 incident (ticket sales or gate verification unavailable at the park): initial response within 1 hour, at any time of day, and continuous work until restoration.
Priority 2 incident (a channel or report unavailable): initial response within 2 hours during park opening hours, otherwise by 09:00 the next morning.
Priority 3: within three business days.

A8. Renewal
After the Subscription Term, this Order Form renews for further periods of 24 months at the same Subscription Fee unless either party gives 90 days' written notice of non-renewal.

A8a. Customer contacts
Customer's project owner is the head of the ticketing centre. Customer's IT manager approves gate configurations and user roles. Vendor's onboarding manager and a named customer success manager are listed in Annex A-1.

A9. Hosting
Production and back-up environments are hosted in data centres in mainland China operated by a cloud provider holding an MLPS level-3 record.

A10. Peak periods
Customer's peak periods are the Spring Festival, the May Day holiday, the summer season from July to August and the National Day holiday. Vendor will freeze changes to the production environment during these periods, except security fixes agreed with Customer, and will have an engineer who speaks Chinese available by telephone at all times.

A11. Training
Onboarding includes two days of training for ticket-office supervisors, one day for gate staff leaders and one day for finance users, held at the park, with training material in Chinese. Further training is available at CNY 6,800 per day.

PART B - GENERAL TERMS FOR CLOUD SERVICES

B1. Definitions
"Customer Data" means all data entered into or generated by the Services for Customer, including visitor identity and contact data, ticket records, gate logs and sales data. "Customer Configurations" means price tables, ticket templates, slot rules, branded booking pages and reports built for Customer.

B2. Provision of the Services
2.1 Vendor will provide the Services in accordance with the Order Form and the documentation.
2.2 Vendor may improve the Services from time to time, provided that no change materially reduces the functions ordered.

B3. Service Levels
3.1 Availability is measured monthly, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:30 and 05:30 Beijing time.
3.2 Vendor will report availability and Priority 1 incidents in a monthly service report.
3.3 The service levels in the Order Form are targets. No service credits, fee reductions or other compensation apply if a target is missed. Customer's rights in case of repeated failures are set out in Section B11.

B4. Customer Data
4.1 Customer Data belongs to Customer. Vendor processes Customer Data only on Customer's instructions and only to provide the Services, and does not use it for any other purpose, including in anonymised or aggregated form.
4.2 Vendor maintains an information-security management system certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, limits access to named personnel with multi-factor authentication and keeps access logs for 180 days.
4.3 Vendor will notify Customer of any personal-data breach or other security incident affecting Customer Data without delay and in any case within 24 hours, cooperate with Customer's notifications to authorities, and bear the costs and damages arising from incidents caused by its breach of this Section B4.
4.4 On expiry or termination, Vendor will return Customer Data in CSV format within 30 days and then delete it, confirming deletion in writing.
4.5 Personal information of visitors is stored in mainland China and is not transferred abroad.

B5. Confidentiality
Each party will keep the other's confidential information secret, use it only for this agreement and protect it with at least reasonable care. This obligation continues for three years after the end of the agreement.

B6. Intellectual Property
6.1 Vendor owns the Services and the underlying software.
6.2 Customer Configurations belong to Customer. Customer may export them, use and modify them and license them to any successor provider.

B7. Customer obligations
Customer provides the turnstile hardware, network connectivity at the park and staff for testing, and keeps its user credentials secure.

B7a. Changes to the Services
7a.1 Customer may request changes to its configurations, reports or integrations through the portal. Changes within the scope of the Order Form are made without charge within ten business days.
7a.2 Additional development is quoted in advance at CNY 5,600 per person-day and is carried out only on Customer's written order.
7a.3 Vendor will give Customer at least 30 days' notice of any change to the mini-program or to the gate interface that requires work by Customer, and will test the change with Customer before release.

B8. Subcontractors
Vendor will not subcontract the Services or appoint a new sub-processor without Customer's prior written consent. The cloud provider named in Annex A-3 is approved by signature of this Order Form.

B9. Fees and taxes
Fees are stated in the Order Form. Vendor may not increase fees during the Subscription Term or any renewal.

B10. Liability
10.1 Each party's total liability under this agreement is limited to 200% of the total fees under the Order Form.
10.2 Neither party is liable for indirect or consequential loss, except in case of breach of Sections B4 or B5, wilful misconduct or gross negligence.

B11. Term and Termination
11.1 The agreement runs for the Subscription Term and any renewal.
11.2 Either party may terminate by written notice if the other commits a material breach and fails to cure it within 30 days after notice. A failure to meet the availability target in three consecutive months is a material breach.
11.3 On termination Customer pays fees for Services provided up to the date of termination.

B12. Force Majeure
Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly.

B13. Governing Law and Disputes
This agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force.

B13a. Compliance
Each party shall comply with the laws that apply to it, including the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Vendor confirms that the Services support the real-name ticketing rules for scenic areas issued by the Hunan provincial authorities.

B14. General
14.1 Neither party may assign this agreement without the other's written consent.
14.2 Amendments must be in writing and signed by both parties.
14.3 This agreement is executed in English and Chinese; both versions have equal force.

Annexes: A-1 Onboarding plan; A-2 Acceptance tests; A-3 Hosting and sub-processors.

Signed for Vendor: ____________________ Date: __________
Signed for Customer: ____________________ Date: __________
"""
add("e02", "h231e02_glass_bridge_park_ticketing_saas_order_form.txt", "en", "cloud", "txt", E02,
    dict(availability_pct=99.5, p1_response_hours=1, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=200,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1444000),
    dict(items=[54000 * 24, 148000], pays=[54000 * 24, 148000],
         figures=["1,444,000", "1,296,000", "54,000", "99.5%", "within 1 hour", "200%", "No service credits"]),
    ["CR-LD-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"])

# ---------------------------------------------------------------- h231e03 (en, docx, buyer's paper, compliant)
E03 = """T:Supply and Installation Contract for Seawater Quality Sensors
P:Contract No. RC-KELP-2026-015
P:This Contract is made between Rongcheng Haiyuan Kelp Aquaculture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Rongcheng, Shandong Province (the Buyer), and Tatihou Marine Instruments SAS, a company incorporated in France with its seat on the Île Tatihou, Saint-Vaast-la-Hougue, France (the Supplier).
P:Whereas the Buyer farms kelp on long-line rafts covering about 1,900 hectares of Sanggou Bay and needs continuous measurement of water temperature, salinity, dissolved oxygen, pH, chlorophyll, turbidity and nutrients to plan seeding, harvesting and responses to heat waves; and whereas the Supplier, after a tender run by the Buyer on its own contract form, has offered to supply, install and maintain a sensor network with monitoring software; the parties agree as follows.
H:Article 1 Definitions
P:1.1 Equipment means the buoy stations, nutrient analysers, gateways, relays, spare parts and accessories listed in Annex 1.
P:1.2 Software means the SeaWatch monitoring software, licensed perpetually under Article 3, with its documentation.
P:1.3 Works means installation, mooring, commissioning, calibration, configuration and training.
P:1.4 Buyer Data means all measurements, alarms, logs, maps and reports produced by the Equipment or the Software for the Buyer.
P:1.5 All prices in this Contract are in Chinese yuan (CNY), at the Buyer's request, and include VAT, duties, freight, insurance and the Supplier's travel costs.
H:Article 2 Scope
P:2.1 The Supplier shall supply the Equipment and the Software, perform the Works and provide warranty and support services under this Contract.
P:2.2 Each buoy station measures at two depths and transmits readings every ten minutes. The nutrient analysers measure nitrate, phosphate and ammonium every two hours. Gateways on shore forward data to the Buyer's server in its Rongcheng office.
P:2.3 The Supplier shall configure alarms for low dissolved oxygen, high temperature and sudden salinity drops, with SMS and WeChat notification to the Buyer's farm managers.
H:Article 3 Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers for the Buyer's farms in mainland China, for an unlimited number of users.
P:3.2 The licence fee is included in the Contract Price and is paid once.
H:Article 4 Contract Price
P:4.1 The Contract Price is CNY 2,292,000, broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy station|14|86,000|1,204,000
TB:2|Nutrient analyser|4|112,500|450,000
TB:3|Shore gateway and relay|6|23,000|138,000
TB:4|SeaWatch software perpetual licence|1|196,000|196,000
TB:|Equipment and Licence Subtotal|||1,988,000
TB:5|Installation, mooring and commissioning|1|246,000|246,000
TB:6|Calibration and training|1|58,000|58,000
TB:|Contract Price|||2,292,000
P:4.2 The Contract Price is fixed and covers everything needed for the network to meet Annex 2.
H:Article 5 Payment
P:5.1 The Buyer shall pay: (a) 10% of the Contract Price, CNY 229,200, within 15 days after signature, against an advance-payment bank guarantee of the same amount; (b) 55%, CNY 1,260,600, within 30 days after the Installation Certificate; and (c) 35%, CNY 802,200, within 30 days after Final Acceptance.
P:5.2 The Installation Certificate confirms that the Equipment has been moored and switched on. It is not acceptance of the Equipment, the Software or the Works.
H:Article 6 Delivery, Installation and Delay
P:6.1 The Supplier shall deliver the Equipment to the Buyer's Rongcheng base within 70 days after signature and complete the Works within 40 days after delivery, in a weather window agreed with the Buyer's boat master.
P:6.2 If the Supplier is late in delivery or in completing the Works, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:6.3 The Supplier shall provide a site survey report within 20 days after signature showing the proposed position of each station, mooring design, cable routes and power supply, for the Buyer's approval. Stations shall be placed so that they do not obstruct the Buyer's boats or the long-line rafts.
P:6.4 The Buyer shall provide a boat, crew and storage space at its base during installation and shall give the Supplier's staff access to the rafts when weather allows.
H:Article 7 Acceptance
P:7.1 Final Acceptance requires: (a) all stations and analysers reporting for 30 consecutive days with at least 98% of scheduled readings received; (b) sensor readings within the accuracy stated in Annex 2 when checked against the Buyer's laboratory samples on five separate days; (c) alarms tested for each parameter and delivered within three minutes; (d) data exported to the Buyer's server without loss; and (e) all documentation and training delivered.
P:7.2 The Buyer's aquaculture and IT managers shall sign the Final Acceptance Certificate within ten working days after the criteria are met, or list the defects. Use of the data by the Buyer before that date is not acceptance.
H:Article 8 Warranty
P:8.1 The Supplier warrants the Equipment, the Software and the Works for 24 months after Final Acceptance. During this period it shall repair or replace defective items, recalibrate sensors every quarter, replace anti-fouling parts and supply software updates free of charge.
P:8.2 Damage caused by typhoons beyond force 12, ship collisions or the Buyer's own handling is excluded, but the Supplier shall repair it at the rates in Annex 3.
H:Article 9 Service Levels
P:9.1 A Severity 1 fault means that data from more than three stations, or from the shore gateway, stops arriving. The Supplier shall respond within 1 hour, start remote diagnosis at once and have a technician at the Buyer's base within 24 hours when needed.
P:9.2 A Severity 2 fault means a single station or analyser failure. The Supplier shall respond within 8 hours and repair or replace the unit within five days, subject to sea conditions.
P:9.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 1,000; for each day by which a Severity 2 repair is late, CNY 800.
H:Article 10 Support after the Warranty
P:10.1 After the warranty, the Buyer may order annual support covering quarterly calibration, spare parts, software updates and the service levels of Article 9.
P:10.2 The annual support fee is 6% of the Equipment and Licence Subtotal, CNY 119,280 per year, fixed for three years after the warranty. Support is ordered each year by the Buyer's purchase order and does not renew automatically.
H:Article 11 Buyer Data and Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy it, publish it or use it for research, product development or any other purpose.
P:11.2 Gateways send data only to the Buyer's server. Remote maintenance requires the Buyer's approval for each session, through the Buyer's VPN, and is logged. The Supplier shall change all default passwords and keep firmware patched.
P:11.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the Equipment, the Software or Buyer Data, and is liable for loss caused by its breach of this Article.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential the other party's non-public information, including the Buyer's farm layout, production figures and the Supplier's calibration methods, and shall not disclose it without prior written consent.
P:12.2 This obligation lasts for three years after the end of this Contract.
H:Article 13 Intellectual Property
P:13.1 The Software remains the Supplier's property.
P:13.2 Site-specific configurations, alarm rules, dashboards, maps and reports made for the Buyer belong to the Buyer, which may use, modify and pass them to another service provider.
H:Article 14 Liability
P:14.1 The Supplier's total liability under this Contract is limited to 180% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 11 and 12.
H:Article 15 Subcontracting
P:15.1 The Supplier may not subcontract any part of the Works without the Buyer's prior written consent. The local diving and vessel contractor named in Annex 4 is approved by signature of this Contract.
H:Article 16 Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
P:16.2 On termination the Supplier shall refund amounts paid for Equipment not delivered or not accepted.
H:Article 17 Force Majeure
P:17.1 A party prevented by force majeure shall notify the other within five days and provide evidence. Dates are extended by the period of the event.
H:Article 18 Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 Disputes shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
P:18.3 Pending the outcome of any dispute, the parties shall continue to perform their obligations not in dispute, including support and the reporting of data.
H:Article 19 Miscellaneous
P:19.1 The Annexes form part of this Contract: Annex 1 Equipment list; Annex 2 Technical specifications and accuracy; Annex 3 Repair rates; Annex 4 Approved local contractor.
P:19.2 This Contract is made in English and Chinese, both equally authentic, in four originals.
P:For the Buyer: ____________________   For the Supplier: ____________________
"""
add("e03", "h231e03_kelp_farm_water_quality_sensors.docx", "en", "hardware", "docx", E03,
    dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=180,
         prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
         post_warranty_fee_pct=6, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=2292000),
    dict(fee_base=1988000, items=[1204000, 450000, 138000, 196000, 246000, 58000], pays=[229200, 1260600, 802200],
         units=[(14, 86000, 1204000), (4, 112500, 450000), (6, 23000, 138000)],
         figures=["2,292,000", "0.08%", "180%", "24 months", "6%", "119,280", "within 1 hour", "1,988,000"]),
    [])

# ---------------------------------------------------------------- h231e04 (en, pdf)
E04 = """T:Managed IT and Desktop Support Services Agreement
P:Agreement reference: TORO-NB-2026-22
P:Parties: (1) Ningbo Jinmo Mould Trading Co., Ltd., a company incorporated in the People's Republic of China, with its office in Yinzhou District, Ningbo, Zhejiang Province (the Customer); and (2) Toro Servicios Gestionados S.L., a company incorporated in Spain with its seat on the Illa del Toro, Balearic Islands, Spain, acting through its service centre in Ningbo (the Provider).
P:Recitals: The Customer trades injection and die-casting moulds with buyers in Europe and South-East Asia. It has 140 staff in Ningbo and two sales offices in Yuyao and Taizhou, about 180 laptops and desktops, a small server room and cloud e-mail. The Customer wishes to outsource the daily operation of its IT to the Provider. The Provider has proposed the services described below. At the Customer's request all charges are stated and paid in Chinese yuan (CNY).
H:1. Definitions and Interpretation
P:1.1 Services means the managed IT services in Clause 2 and Schedule 1.
P:1.2 Service Commencement means the date stated in the Service Commencement Certificate under Clause 4.
P:1.3 Customer Data means all data of the Customer, its staff and its customers that the Provider can access, including e-mail, drawings and quotations, price lists, customer lists and system logs.
P:1.4 Incident means an unplanned interruption or degradation of an IT service. Priority levels are defined in Clause 6.
P:1.5 Business Hours means 08:00 to 18:00 Beijing time, Monday to Saturday, excluding public holidays in mainland China.
H:2. Services
P:2.1 The Provider shall provide: (a) a service desk by telephone, WeChat and e-mail in Chinese and English; (b) desktop support for all end-user devices, including installation, imaging, patching and hardware repair coordination; (c) management of the Customer's servers, network, Wi-Fi, firewall and printers; (d) administration of the Customer's cloud e-mail and office accounts; (e) back-up management and a quarterly restore test; (f) endpoint protection; (g) IT asset management; and (h) a monthly service report and meeting.
P:2.2 The Provider shall place one engineer on site at the Ningbo office during Business Hours and visit the Yuyao and Taizhou offices at least twice a month.
P:2.3 Hardware, software licences and cloud subscriptions are bought by the Customer and are not included in the charges.
H:3. Term and Charges
P:3.1 The Initial Term is 24 months from Service Commencement. The Agreement ends at the end of the Initial Term unless the parties sign an extension; it does not renew automatically.
P:3.2 The Monthly Service Charge is CNY 38,500, covering up to 200 devices and 160 user accounts. The Transition Charge for onboarding is CNY 46,000, one time.
P:3.3 Total charges for the Initial Term: 24 x CNY 38,500 = CNY 924,000, plus the Transition Charge of CNY 46,000, total CNY 970,000, inclusive of VAT.
P:3.4 The Monthly Service Charge is fixed for the Initial Term. Devices above 200 are charged at CNY 160 per device per month.
H:4. Transition and Service Commencement
P:4.1 The Provider shall complete transition within 45 days after signature. Transition includes discovery of all devices and accounts, set-up of the ticketing system, documentation of the network and servers, hand-over from the current provider, and installation of monitoring and endpoint agents.
P:4.2 Service Commencement is certified by the Customer when: (a) the asset inventory reconciles with the Customer's records to at least 98% of devices; (b) all servers, firewalls and switches report to the monitoring system; (c) a back-up restore test of the file server succeeds; (d) the service desk has handled ten test tickets within the target times; and (e) the network documentation and runbooks have been delivered. Start of work by the Provider is not Service Commencement.
P:4.3 If transition is not completed within 45 days for reasons attributable to the Provider, the Provider shall pay CNY 800 for each day of delay.
H:5. Invoicing and Payment
P:5.1 The Transition Charge is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable in advance.
P:5.2 The Customer shall pay undisputed invoices within 30 days by bank transfer to the Provider's account in Ningbo.
H:6. Service Levels
P:6.1 Priority 1 (the e-mail service, the internet connection, the file server or the ERP access of the Ningbo office is down, or more than 20 users cannot work): response within 30 minutes at any time, engineer working on site or remotely until restoration, target restoration within 3 hours.
P:6.2 Priority 2 (a single office or function is affected): response within 1 hour in Business Hours, target restoration by the end of the next business day.
P:6.3 Priority 3 (a single user affected): response within 2 business hours, resolution within two business days.
P:6.4 Service requests (new users, software installation): completion within two business days.
P:6.5 Service credits: for each Priority 1 incident whose response is late, 2% of the Monthly Service Charge; if fewer than 95% of Priority 2 and 3 tickets meet their response targets in a month, 5% of that month's Monthly Service Charge. Credits are deducted from the next invoice and are capped at 20% of the Monthly Service Charge per month.
H:7. Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Services and shall not copy, extract, sell or analyse it for any other purpose, including in aggregated or anonymised form.
P:7.2 The Provider shall use named administrator accounts with multi-factor authentication, least-privilege access and a privileged-access log reviewed monthly with the Customer; shall not store Customer Data outside the Customer's systems; and shall encrypt any device or medium it removes from the Customer's premises for repair, or wipe it first.
P:7.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, contain it, support the Customer's investigation and notifications under the PRC Personal Information Protection Law, and bear the losses caused by its breach of this Clause 7.
P:7.4 At the end of the Agreement the Provider shall return all credentials and delete any copies of Customer Data in its possession, confirming deletion in writing.
H:8. Intellectual Property
P:8.1 Network documentation, runbooks, scripts, device images and reports prepared for the Customer belong to the Customer, which may use, modify and give them to any successor provider.
P:8.2 The Provider's own monitoring and ticketing tools remain the Provider's property.
H:9. Staff
P:9.1 The Provider shall assign qualified staff and keep the on-site engineer stable. A replacement requires two weeks' hand-over.
P:9.2 The Provider's staff shall follow the Customer's site and IT rules.
P:9.3 The on-site engineer shall hold a recognised certificate in network administration and speak Chinese. The Provider shall keep a list of the staff who have administrator access and update it within one business day after any change.
P:9.4 The Customer shall provide a desk, network access and a locked cabinet for spare parts at the Ningbo office, and shall name an IT coordinator who approves changes and signs service reports.
H:10. Subcontracting
P:10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.
H:11. Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the total charges in Clause 3.3.
P:11.2 Neither party is liable for loss of profit or indirect loss, except for breach of Clause 7, wilful misconduct or gross negligence.
H:12. Duration and Ending of the Agreement
P:12.1 In view of the Provider's investment in transition, this Agreement cannot be terminated by either party before the end of the Initial Term. If the Provider fails to perform, the Customer's remedies are the service credits under Clause 6.5, delay payments under Clause 4.3 and damages under Clause 11; the Customer may not end the Agreement early on that ground.
P:12.2 The Provider may suspend the Services if an undisputed invoice is more than 60 days overdue after written reminder.
P:12.3 At the end of the Agreement the Provider shall provide up to 30 days of exit assistance at no extra charge, including hand-over of all documentation to the Customer or a new provider.
H:13. Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, such as typhoons, floods, epidemics or power cuts affecting the public grid, if it informs the other party promptly and takes reasonable steps to limit the effects.
H:14. Notices
P:14.1 Notices must be in writing and sent by courier or e-mail to the contact persons named in Schedule 2.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
P:15.3 While a dispute is being resolved, the Provider shall continue to provide the Services and the Customer shall continue to pay undisputed charges.
H:16. General
P:16.1 This Agreement and its Schedules are the whole agreement of the parties on the Services. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals.
P:Schedule 1: Service catalogue. Schedule 2: Contact persons and escalation.
P:For the Customer: ____________________   For the Provider: ____________________
"""
add("e04", "h231e04_mould_trader_managed_it_desktop_support.pdf", "en", "services", "pdf", E04,
    dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=800 / 970000 * 100, liability_cap_pct=150,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=970000),
    dict(items=[38500 * 24, 46000], pays=[38500 * 24, 46000],
         figures=["970,000", "924,000", "38,500", "CNY 800 for each day", "150%", "within 30 minutes",
                  "cannot be terminated"]),
    ["CR-CONFIDENTIALITY", "CR-TERMINATION"])

# ---------------------------------------------------------------- h231e05 (en, txt)
E05 = """API SUBSCRIPTION AGREEMENT
Quality Certificate API - CertLink Spice

Agreement number: HIA-GX-2026-0093

BETWEEN
(1) Guangxi Bajiao Star Anise Import and Export Co., Ltd., a company incorporated in the People's Republic of China, registered in Wuzhou, Guangxi Zhuang Autonomous Region ("Customer"); and
(2) Holy Isle Assay Data Ltd, a company incorporated in Scotland with its seat on Holy Isle, off the Isle of Arran, Scotland ("Vendor").

INTRODUCTION
A. Customer exports dried star anise and star-anise oil to buyers in Europe, the Middle East and India. Each shipment needs a certificate of analysis covering moisture, volatile oil, shikimic acid, foreign matter and pesticide residues, matched to the laboratory report and the phytosanitary certificate.
B. Vendor operates CertLink, an online service with an application programming interface (API) that receives laboratory results, checks them against the specifications of each destination market and the buyer's contract, produces certificates of analysis in the buyer's format and lets buyers verify certificates online.
C. Customer wishes to connect its order and warehouse system to CertLink. At Customer's request, all fees are stated and paid in Chinese yuan (CNY).

THE PARTIES AGREE AS FOLLOWS:

1. DEFINITIONS
1.1 "Service" means CertLink Spice, including the API, the web portal, the certificate designer and the public verification page.
1.2 "Customer Data" means laboratory results, lot numbers, shipment and buyer details, specifications, certificates and any other data Customer or its laboratories submit to the Service, and all certificates and records generated from them.
1.3 "Integration" means the connection between Customer's order and warehouse system and the API, built under Clause 4.
1.4 "Subscription Term" means 24 months from the Integration Acceptance Date.

2. THE SERVICE
2.1 Vendor shall make the Service available to Customer and to laboratories authorised by Customer during the Subscription Term.
2.2 The subscription includes up to 4,800 certificates per year, the specification library for 30 destination markets and 20 buyer-specific certificate templates.
2.3 Vendor shall keep the specification library up to date with changes to maximum residue limits published by the destination authorities, within ten business days after publication.
2.4 Vendor will use commercially reasonable efforts to keep the Service available and to answer support requests promptly. Planned maintenance is announced on the portal.

3. FEES AND PAYMENT
3.1 Subscription fee: CNY 26,500 per month, fixed for the Subscription Term (24 x CNY 26,500 = CNY 636,000).
3.2 Integration fee: CNY 34,000, one time.
3.3 Total fees under this Agreement: CNY 670,000, inclusive of VAT.
3.4 Certificates above the annual allowance are charged at CNY 9 each, invoiced quarterly in arrears.
3.5 The subscription fee is invoiced monthly in arrears. The integration fee is invoiced after the Integration Acceptance Date. Nothing is payable in advance. Invoices are payable within 30 days by bank transfer to Vendor's account in mainland China.

4. INTEGRATION AND ACCEPTANCE
4.1 Vendor shall deliver the API documentation, a test environment and the certificate templates within 20 days after signature, and support Customer's IT contractor in building the Integration.
4.2 The Integration is accepted when the following tests, run on the test environment with at least 50 historical shipments chosen by Customer, are passed: (a) every laboratory result is received and mapped to the right lot; (b) each certificate produced matches Customer's manual certificate for all values and units; (c) results outside a destination market's limits are flagged before a certificate is issued; (d) the public verification page confirms each certificate by its code; and (e) five buyer-specific templates are approved by Customer's export department.
4.3 Customer shall sign an Integration Acceptance note within five business days after the tests are passed. Live use of the Service for real shipments before that note does not count as acceptance.
4.4 If Vendor fails to deliver the items in Clause 4.1 on time, or the tests fail because of the Service and are not passed within 45 days after signature, Vendor shall pay CNY 700 for each day of delay until the Integration Acceptance Date.

5. SUPPORT
5.1 Support is provided through the portal and by e-mail in English and Chinese.
5.2 Customer shall report problems through the portal with the affected lot numbers and error messages. Vendor will investigate and keep Customer informed.

5.3 Vendor shall inform Customer at least 30 days in advance of any change to the API that is not backward compatible, provide the new version on the test environment during that period and keep the previous version running until Customer has moved to the new one.
5.4 Vendor shall provide a quarterly report on the number of certificates issued, verification requests received and support requests handled.

5.5 Vendor shall provide a sandbox for Customer's IT contractor for the whole Subscription Term, so that changes to Customer's systems can be tested without affecting live certificates.

6. CUSTOMER DATA
6.1 Customer Data belongs to Customer.
6.2 Vendor may use Customer Data only to provide the Service to Customer and shall not sell it, disclose it to other customers or use it to build statistics, benchmarks or products.
6.3 On termination, Vendor shall make Customer Data available for download for 60 days and then delete it.

7. CONFIDENTIALITY
7.1 Each party shall keep secret the other party's confidential information, including Customer's prices, buyer lists, laboratory results and specifications and Vendor's specification library and software, and shall use it only for this Agreement.
7.2 Confidential information may be disclosed to employees, auditors and advisers who need to know it and are bound by similar duties, or where required by law.
7.3 This Clause 7 continues for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY
8.1 Vendor owns the Service, its software and the specification library.
8.2 Buyer-specific certificate templates and mapping rules made for Customer belong to Customer. Customer may export them, use and modify them, and give them to any other provider.

9. RENEWAL
9.1 At the end of the Subscription Term, this Agreement renews for successive periods of 24 months at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the current term.
9.2 Any change to the fees for a renewal period requires a written amendment signed by both parties.

10. SUBCONTRACTING
10.1 Vendor shall not subcontract any part of the Service or the integration support without Customer's prior written consent. Vendor remains responsible for approved subcontractors.
10.2 The hosting provider named in the Annex is approved by signature of this Agreement.

11. LIABILITY
11.1 Each party's total liability under this Agreement is limited to 120% of the total fees in Clause 3.3.
11.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business, except for wilful misconduct or breach of Clause 7.
11.3 Vendor is not liable for the accuracy of laboratory results supplied by Customer or its laboratories, but is liable for errors introduced by the Service.

12. TERM AND TERMINATION
12.1 This Agreement starts on signature and continues until the end of the Subscription Term and any renewal.
12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
12.3 Customer may terminate with immediate effect if a certificate issued by the Service for a real shipment contains a wrong value caused by the Service and Vendor does not correct the cause within ten days.
12.4 On termination, Customer pays the fees for the months in which the Service was provided.

13. FORCE MAJEURE
Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, war, government action and large-scale failures of public networks, provided that it informs the other party promptly and takes reasonable steps to resume performance.

14. NOTICES
Notices must be in writing, in English or Chinese, and sent by courier or e-mail to the addresses in the Annex.

14A. COMPLIANCE AND RECORDS
14A.1 Vendor shall keep a record of every certificate issued through the Service, with the laboratory results and the specification version used, for the Subscription Term and make it available to Customer on request.
14A.2 Each party shall comply with the export-control, anti-bribery and sanctions laws that apply to it. Vendor confirms that certificates produced by the Service will show the laboratory that performed each test and will not state that Vendor has tested any product.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.

16. GENERAL
16.1 Neither party may assign this Agreement without the other's written consent.
16.2 This Agreement, with its Annex, is the entire agreement between the parties about the Service.
16.3 Amendments must be in writing and signed by both parties.
16.4 This Agreement is signed in two originals in English.

ANNEX: hosting provider; contact persons and addresses; list of authorised laboratories.

SIGNED for and on behalf of Customer: ____________________ Name / Title / Date
SIGNED for and on behalf of Vendor: ____________________ Name / Title / Date
"""
add("e05", "h231e05_star_anise_quality_certificate_api.txt", "en", "cloud", "txt", E05,
    dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=False,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=700 / 670000 * 100, liability_cap_pct=120,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=670000),
    dict(items=[26500 * 24, 34000], pays=[26500 * 24, 34000],
         figures=["670,000", "636,000", "26,500", "CNY 700 for each day", "120%", "commercially reasonable efforts"]),
    ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])

# ---------------------------------------------------------------- checks, build, labels
NUM = r"(?<![\d.,])"
CN_NEXT = r"(?![一二三四五六七八九十点])"
THRESHOLDS = {
    "prepayment 30 %": [NUM + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十" + CN_NEXT, r"thirty\s*(?:%|per\s*cent|percent)", r"三成"],
    "post-warranty 15 %": [NUM + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五" + CN_NEXT, r"fifteen\s*(?:%|per\s*cent|percent)"],
    "TCO 40 %": [NUM + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十" + CN_NEXT, r"forty\s*(?:%|per\s*cent|percent)", r"四成"],
    "cap 100 %": [NUM + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"(?:one\s+)?hundred\s*(?:%|per\s*cent|percent)", r"in\s+full\s+of\s+the\s+contract"],
    "availability 99.9": [NUM + r"99\.90*(?!\d)", r"三个九", r"three\s+nines"],
    "P1 4 hours": [NUM + r"4\s*(?:个)?\s*(?:小时|h\b|hours?|-hour|hrs?)", r"(?<![十\d])四\s*(?:个)?\s*小时", r"\bfour[\s-]*hours?"],
    "LD 0.05 %/day": [NUM + r"0\.050*\s*(?:%|％|per\s*cent|percent)", r"万分之五" + CN_NEXT, r"千分之零点五", r"0\.5\s*‰"],
    "warranty 12 months": [NUM + r"12\s*(?:个)?\s*(?:月|months?|-month)", r"(?<![一二三四五六七八九\d])十二\s*个月", r"\btwelve[\s-]*months?", r"(?<![第每])一\s*年", r"\bone[\s-]*year", NUM + r"1\s*(?:年|years?\b|-year)"],
    "horizon 5 years": [NUM + r"5\s*(?:年|years?|-year)", r"(?<![一二三四五六七八九十\d])五\s*年", r"\bfive[\s-]*years?", NUM + r"60\s*(?:个)?\s*(?:月|months?)", r"六十\s*个月", r"\bsixty[\s-]*months?"],
}


def threshold_hits(text):
    flat = re.sub(r"\s+", " ", text)
    tight = re.sub(r"\s+", "", text)
    hits = []
    for name, pats in THRESHOLDS.items():
        for p in pats:
            for t in (flat, tight) if re.search(r"[\u4e00-\u9fff]", p) else (flat,):
                m = re.search(p, t, re.I)
                if m:
                    hits.append((name, m.group(0)))
    return hits


def self_test():
    bad = ["预付合同总价的30%", "预付 30 %", "百分之三十", "15% of the licence", "百分之十五", "40%", "100%",
           "百分之百", "99.9%", "99.90 %", "4小时内响应", "四小时", "4 hours", "four-hour", "0.05%", "万分之五",
           "12个月", "十二个月", "12 months", "twelve-month", "质保一年", "one year", "5年", "五年", "five years",
           "60 months", "60个月", "three nines", "one hundred per cent"]
    good = ["130%", "0.30%", "99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "万分之五十",
            "112 months", "第一年", "25年", "2025年", "3,000", "百分之三十五", "15 日", "40 days", "300%", "18 months",
            "8 小时", "1,164,000", "2026 年", "百分之十"]
    for s in bad:
        assert threshold_hits(s), ("regex misses", s)
    for s in good:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.dont_write_bytecode = True  # no __pycache__ next to word_pdf.py
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: (c["file"], c["fmt"]) for k, c in C.items() if c["fmt"] in ("docx", "pdf")}
    write({k: C[k]["src"] for k in built}, built, OUT, wrap_words=True)
    for k, c in C.items():
        if c["fmt"] in ("md", "txt"):
            (OUT / c["file"]).write_text(c["src"], encoding="utf-8")
    counts = {}
    problems = []
    for k, c in C.items():
        t, x, p = c["terms"], c["extra"], c["plan"]
        cv = x["contract_value"]
        assert sum(p["items"]) == cv, (k, "items", sum(p["items"]), cv)
        assert sum(p["pays"]) == cv, (k, "payments", sum(p["pays"]), cv)
        for q, u, a in p.get("units", []):
            assert q * u == a, (k, q, u, a)
        if "unit" in p:
            assert p["unit"][0] * p["unit"][1] == p["unit"][2], k
        if t["prepayment_pct"] is not None:
            assert abs(p["pays"][0] / cv * 100 - t["prepayment_pct"]) < 1e-9, (k, "prepayment")
        if t["post_warranty_fee_pct"] is not None:
            fee = p["fee_base"] * t["post_warranty_fee_pct"] / 100
            assert any(f"{fee:,.0f}" in c["src"] for _ in [0]), (k, "fee", fee)
        if "fee_base" in p:
            assert f"{p['fee_base']:,}" in c["src"], (k, "fee base")
        got = rules(t, x, p)
        assert got == c["expect"], (k, got, c["expect"])
        text = read_back(OUT / c["file"])
        tight = re.sub(r"\s+", "", text)
        for fig in p["figures"] + [f"{cv:,}"]:
            if re.sub(r"\s+", "", fig) not in tight:
                problems.append((k, "figure not in text", fig))
        n = length(text, c["lang"])
        counts[k] = n
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        for h in threshold_hits(text):
            problems.append((k, "threshold", h))
        share = tco_share(t, x, p) if t["contract_kind"] == "goods_or_licence" else None
        print(k, c["file"], c["fmt"], "len", n, "rules", got, "tco share", None if share is None else round(share, 2))
        label = {"file": c["file"], "language": c["lang"], "category": c["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": got}
        (OUT / (Path(c["file"]).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
    mix = sorted(len(c["expect"]) for c in C.values())
    print("findings per contract", mix)
    for pr in problems:
        print("PROBLEM", pr)
    assert not problems, "fix the problems above"


if __name__ == "__main__":
    main()
