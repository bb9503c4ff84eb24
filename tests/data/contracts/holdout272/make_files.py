"""holdout272: writes the ten ordinary draft contracts, builds .docx/.pdf via ../word_pdf.py, re-applies the
contract rules (policy §3/§4) to the hand labels, writes the labels and scans the read-back text for threshold values.
Run with /work/main/.venv/bin/python make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
S = {}      # key -> source text (markup for docx/pdf, plain text for md/txt)
F = {}      # key -> (file name, format)
L = {}      # key -> label dict (terms, extra, plan)

F["z01"] = ("h272z01_farmland_quality_crop_monitoring_platform.docx", "docx")
S["z01"] = """T:省耕地质量与作物长势监测平台建设项目合同书
P:合同编号：NYNC-ZFCG-2027-0318　　采购方式：公开招标　　项目编号：省财采〔2027〕第1186号
P:甲方（采购人）：某省农业农村厅
P:乙方（供应商）：禾图信息技术股份有限公司
P:鉴于甲方就“省耕地质量与作物长势监测平台建设项目”依法组织公开招标，乙方为经评标委员会推荐、甲方确认的中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方在平等自愿基础上订立本合同，共同遵守。招标文件、乙方投标文件、中标通知书及本合同附件均为本合同组成部分。
H:第一条　项目内容
P:1.1 乙方为甲方建设耕地质量与作物长势监测平台，包括：平台软件许可（省、市、县三级部署）；耕地质量等级评价模型、作物长势遥感监测模块、墒情与苗情预警模块的定制开发；历年耕地质量调查点位数据的治理与迁移；系统部署、联调及培训。
P:1.2 平台须与甲方现有的农业大数据中心、高标准农田上图入库系统及省政务云统一身份认证对接，具体功能清单见附件一《技术需求响应表》。
H:第二条　合同价款
P:2.1 本合同为固定总价合同，合同总价为人民币贰佰柒拾贰万陆仟元整（¥2,726,000.00），含税，已包括软件许可、开发、迁移、部署、培训、差旅及质保期内全部服务费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|监测平台软件许可（省级一套、市级十四套、县级不限点）|1项|1,260,000
TB:2|评价模型及遥感监测、预警模块定制开发|1项|980,000
TB:3|耕地质量调查点位数据治理与迁移|约3.2万点位|310,000
TB:4|部署实施与联调|1项|140,000
TB:5|用户培训（省市县三级）|6期|36,000
TB:合计||　|2,726,000
P:2.2 合同履行期间，除甲方书面变更需求外，合同总价不作调整。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥545,200元。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,226,700元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥954,100元。
P:3.4 甲方付款前，乙方应开具合法有效的增值税发票。资金来源为省级财政资金，甲方按国库集中支付程序办理。
P:3.5 乙方提交的银行履约保函金额为合同总价的5%，有效期至最终验收合格后三十日；最终验收合格后，甲方无息退还保函原件。乙方未按合同履约的，甲方有权依法就保函主张权利。
H:第四条　交付与工期
P:4.1 乙方应于合同签订后一百五十日内完成平台部署及数据迁移，并提出初步验收申请。
P:4.2 乙方须提交：部署手册、接口说明、数据字典、模型说明书、源代码（定制部分）及用户手册。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有高级项目管理资格且在项目实施期间常驻甲方指定地点；更换项目经理须经甲方书面同意。乙方每两周向甲方提交项目周报，说明进度、问题及风险。
P:4.4 乙方应按附件三为省、市、县三级用户组织培训，培训教材及操作视频交付甲方，甲方可在系统内长期使用。
H:第五条　验收
P:5.1 初步验收由甲方组织，标准为：附件一所列功能逐项通过测试；迁移数据与原始台账逐条比对一致；遥感长势分级结果与地面样方抽检的吻合率不低于85%；在并发五百用户下，常用查询页面响应时间不超过3秒；通过第三方网络安全等级保护测评。
P:5.2 初步验收通过后进入为期九十日的试运行。试运行期间未发生一级故障、且市县用户反馈问题全部闭环的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条　服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护时间经甲方书面同意的除外）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或数据错误影响全省业务）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一个版本中解决。
P:6.3 一级故障每迟延响应一小时，甲方有权扣减¥2,000元；月度可用率每低于承诺值0.01个百分点，扣减¥1,500元，从质保金或应付款中扣除。
H:第七条　质量保证与维保
P:7.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，如甲方续购维保服务，年度维保费不超过软件许可费的10%，即不超过¥126,000元/年，且在质保期满后三年内不上调；维保合同另行签订，不自动续期。
H:第八条　知识产权
P:8.1 定制开发的模型、模块、接口程序及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可使用。
P:8.2 平台软件产品的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，范围覆盖全省各级农业农村部门。
H:第九条　数据安全与数据归属
P:9.1 耕地质量调查数据、遥感影像成果、用户数据等全部业务数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或用于其他任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密存储、操作审计等措施，远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条　保密
P:乙方对履约中知悉的甲方工作秘密、地块信息和未公开数据负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条　分包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条　合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在五日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商变更或解除合同。
H:第十六条　其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件：一、技术需求响应表；二、数据迁移方案；三、培训计划。
P:甲方（盖章）：某省农业农村厅　　法定代表人或授权代表：________　　日期：____年__月__日
P:乙方（盖章）：禾图信息技术股份有限公司　　法定代表人或授权代表：________　　日期：____年__月__日
"""
L["z01"] = dict(language="zh", category="software", terms=dict(
    availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2726000),
    foreign_forum=False, licence=1260000, items=[1260000, 980000, 310000, 140000, 36000],
    pays=[545200, 1226700, 954100], figures=["2,726,000", "99.95%", "30分钟", "千分之一", "20%", "二十四个月", "10%"],
    plan=[])

F["z02"] = ("h272z02_tobacco_redrying_humidity_control_system.pdf", "pdf")
S["z02"] = """T:打叶复烤生产线温湿度自动控制系统采购及维保合同
P:合同编号：FKC-SB-2027-046
P:甲方：某烟叶复烤有限公司（以下简称甲方）
P:乙方：恒湿智控科技（昆明）有限公司（以下简称乙方）
P:甲方为稳定打叶复烤生产线和片烟醇化库房的温湿度，提高片烟含水率合格率，经询比价确定由乙方供货并实施。双方经友好协商，订立本合同。
H:第一条　供货范围
P:1.1 乙方负责提供、安装和调试温湿度自动控制系统一套，覆盖润叶段、烤片段及醇化库房共六个控制区，包括加湿机组、温湿度传感器、PLC控制柜、集中监控软件以及相应的线缆、桥架和安装辅材。
P:1.2 系统须与甲方现有的制丝集控系统通过OPC UA协议对接，实现温湿度曲线上传、超限报警和历史数据查询。
H:第二条　合同价格
P:2.1 合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含13%增值税、运输、保险、安装调试和培训费用。明细如下：
TB:项目|数量|单价（元）|金额（元）
TB:高压微雾加湿机组|6台|128,000|768,000
TB:工业级温湿度传感器（含防护罩）|96套|3,500|336,000
TB:PLC控制柜|4面|62,000|248,000
TB:集中监控软件许可（永久）|1套|128,000|128,000
TB:软硬件小计|||1,480,000
TB:安装调试及系统对接|1项||176,000
TB:操作与维护培训|2期||24,000
TB:合同总价|||1,680,000
H:第三条　付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%（¥168,000）作为预付款。
P:3.2 全部设备到货并安装完毕，经双方签署到货安装确认单后，甲方支付合同总价的60%（¥1,008,000）。到货安装确认单仅确认数量与外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%（¥420,000）。
P:3.4 余款5%（¥84,000）作为质量保证金，质保期满且无未决质量问题后二十日内无息支付。
P:3.5 每笔付款前，乙方应向甲方开具等额的增值税专用发票。因乙方发票不合格造成的付款延误，甲方不承担逾期付款责任。
P:3.6 质保期内乙方未按第六条履行维修义务的，甲方可委托第三方维修，所发生的费用从质量保证金中扣除，不足部分由乙方另行支付。
H:第四条　交货与安装
P:4.1 乙方应于合同生效后七十五日内将设备运抵甲方复烤车间，并于到货后三十日内完成安装调试。
P:4.2 乙方安装作业须遵守甲方的安全生产和防火管理制度，动火作业须事先办理审批手续。
P:4.3 复烤季生产期间，乙方的安装作业须安排在甲方停机检修窗口内进行，不得影响正常生产。乙方应提前五个工作日提交施工方案，明确人员、工具、停机时长和恢复措施，经甲方生产部和设备部会签后实施。
P:4.4 乙方应随设备提供首批备品备件（加湿喷嘴、过滤芯、传感器探头各不少于十套）及其清单，备件费用已含在合同总价内。
P:4.5 设备包装应适合长途公路运输和防潮要求，每台设备附装箱单、合格证、出厂检验报告和使用说明书。运输途中的损毁风险在到货签收前由乙方承担。
P:4.6 乙方应为甲方设备操作人员和电工组织两期培训，内容包括系统原理、日常操作、参数调整、报警处理及传感器校准，培训后提交考核记录。
H:第五条　验收
P:5.1 验收标准：各控制区相对湿度控制精度±2%RH，温度控制精度±1℃；在连续二十个生产班次内，出口片烟含水率合格率不低于98%；报警信息在10秒内推送至集控系统；监控软件连续运行七十二小时无宕机。
P:5.2 乙方自检合格后书面提出验收申请，甲方在十五日内组织验收并出具书面结论。任何一项不达标的，乙方应整改后重新验收。设备投入生产使用不视为验收合格。
H:第六条　质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为损坏的故障，乙方免费维修或更换。
P:6.2 故障响应：一级故障（任一控制区失控导致停产）乙方应在1小时内电话响应，6小时内到达现场；二级故障8小时内响应，48小时内修复。
P:6.3 乙方对一级故障每迟延到场一小时，向甲方支付¥800元。
P:6.4 质保期内同一部件累计维修三次仍不能正常工作的，乙方应免费更换同型号新品，更换部件的质保期自更换之日起重新计算十八个月。
P:6.5 乙方在昆明设有常驻服务站，并在甲方所在地保留不少于一名熟悉本系统的技术人员，以满足复烤季的现场保障需要。
H:第七条　质保期满后的维保服务
P:7.1 质保期满后，乙方按年度向甲方提供维保服务，包括每季度巡检、传感器校准、加湿喷嘴更换、软件升级和故障维修。
P:7.2 年度维保费按软硬件小计的18%计取，即每年¥266,400元，在质保期满后的前三年内固定不变，按年度结算，每年服务期满经甲方确认后支付。
P:7.3 维保服务期内的故障响应时限与第六条相同。
H:第八条　知识产权
P:为甲方编写的PLC程序、组态画面、控制参数表及接口程序，其知识产权归甲方所有，乙方应在验收时移交完整的程序和说明文档。监控软件产品本身的著作权归乙方，甲方享有永久使用权。
H:第九条　数据与信息安全
P:9.1 温湿度曲线、生产工艺参数及报警记录属于甲方，乙方不得复制、带离或用于本合同以外的任何目的。
P:9.2 乙方远程诊断须经甲方批准，通过甲方指定的安全接入通道进行，每次接入留存操作日志。乙方不得在控制系统中设置任何后门或未经授权的远程连接。
P:9.3 因乙方原因导致生产数据泄露、篡改或控制系统被入侵的，乙方应在2小时内通知甲方，承担修复费用并赔偿甲方全部损失。
H:第十条　保密
P:双方对在合作中获知的对方技术资料、工艺配方和商业信息负有保密义务，未经对方书面同意不得向第三方披露。
H:第十一条　违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 设备质量不符合约定的，甲方有权要求乙方更换、修理，并赔偿由此造成的停产损失。
H:第十二条　分包
P:乙方如需将桥架敷设等辅助安装工作交由第三方完成，须事先取得甲方书面同意，并对分包方的行为承担全部责任。
H:第十三条　合同解除
P:乙方发生严重违约，且在甲方书面通知后十五日内未能纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:第十四条　法律适用与争议
P:本合同适用中华人民共和国法律。发生争议，双方应协商解决；协商不成的，提交昆明仲裁委员会仲裁。
H:第十五条　不可抗力
P:因不可抗力导致一方不能履行合同的，应及时通知对方，并在十日内提供有关证明，双方根据影响程度协商延期履行、部分履行或解除合同。乙方因原材料价格上涨、物流紧张等商业原因造成的延误，不属于不可抗力。
H:第十六条　安全生产
P:乙方现场人员应接受甲方的入厂安全教育，遵守车间防火、防尘及设备挂牌上锁规定。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
H:第十七条　附则
P:本合同未尽事宜，双方另行协商并签订书面补充协议。本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备技术规格表、安装进度计划、验收记录表。
P:甲方（盖章）：__________　代表：________　日期：________
P:乙方（盖章）：恒湿智控科技（昆明）有限公司　代表：________　日期：________
"""
L["z02"] = dict(language="zh", category="hardware", terms=dict(
    availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03, liability_cap_pct=None, prepayment_pct=10,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=18,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1680000),
    foreign_forum=False, licence=1480000, items=[768000, 336000, 248000, 128000, 176000, 24000],
    pays=[168000, 1008000, 420000, 84000], figures=["1,680,000", "18%", "266,400", "万分之三", "十八个月", "1小时内"],
    plan=["CR-LD-LOW", "CR-POST-WARRANTY-FEE"])

F["z03"] = ("h272z03_optical_chain_pos_membership_saas.md", "md")
S["z03"] = """# 门店收银与会员管理云服务协议

协议编号：MJ-YX-2027-0912

**甲方（客户）**：明睛眼镜连锁有限公司
**乙方（服务商）**：云镜零售科技（杭州）有限公司

甲方在华东地区经营110家眼镜门店，拟统一门店收银、验光档案、镜片定制订单及会员营销管理。乙方为零售行业软件即服务（SaaS）提供商。双方就乙方向甲方提供门店收银（POS）与会员管理云服务及相关实施服务事宜，达成如下协议。

## 一、服务内容

1. 乙方通过其云平台向甲方110家门店提供以下服务：门店收银与交班对账、验光处方与配镜档案、镜片及镜架库存、加工订单跟踪、会员积分与储值、微信小程序会员中心、营销活动配置以及总部经营报表。
2. 实施服务包括：门店及商品主数据初始化，甲方原有会员数据（约46万条）的清洗与导入，与甲方财务系统及镜片供应商订单接口的对接，收银硬件联调，以及总部和门店人员培训。
3. 甲方的个性化配置（会员等级规则、积分规则、报表模板、打印模板）由乙方按甲方需求完成，并在验收时交付配置说明。

## 二、服务期限

1. 初始服务期为三十六个月，自双方签署上线验收单次日起算。
2. 初始服务期届满前六十日，任何一方未书面提出不续约的，本协议自动续展，每次续展期限与初始服务期相同。续展时乙方有权根据市场及成本情况上调订阅单价，上调幅度不超过原单价的8%，乙方将调价通知发送至甲方管理员邮箱即生效。

## 三、费用

| 项目 | 计费方式 | 数量 | 金额（元） |
|---|---|---|---|
| 门店订阅费 | 420元/店/月 | 110店 × 36个月 | 1,663,200 |
| 实施费（一次性） | 固定价 | 1项 | 148,000 |
| 合计 | | | 1,811,200 |

1. 门店订阅费按季度结算，每季度138,600元，于每个服务季度结束后十五日内由乙方开票、甲方支付，共十二个季度。
2. 实施费在上线验收单签署后二十日内一次性支付。
3. 本协议不设预付款。门店数量增加的，新增门店按同一单价自开通之月起计费。
4. 门店关闭或迁址的，甲方提前三十日书面通知乙方，自关闭之月的次月起停止计收该门店订阅费；迁址门店的历史数据由乙方免费迁移至新门店账号。
5. 乙方应于每季度结束后五个工作日内向甲方提供分门店的计费明细，甲方对明细有异议的，双方核对一致后再行开票，无异议部分照常支付。

## 四、实施与验收

1. 乙方应在协议签署后七十日内完成全部110家门店的上线。乙方未按期完成上线的，每逾期一日向甲方支付违约金1,500元。
2. 上线验收标准：会员数据导入完整率不低于99.8%且抽样核对无差错；收银、退换货、储值、积分各流程在试点门店连续运行十日无一级故障；财务接口日结数据与门店交班数据一致；总部报表与抽样单据相符。
3. 乙方完成上述测试后提交验收申请，甲方在十个工作日内组织验收并签署上线验收单。门店开始使用系统不等同于验收通过。
4. 乙方应采用分批上线方式：第一批为杭州地区的十二家试点门店，第二批为江苏、上海地区门店，第三批为其余门店。每批上线前，乙方应完成门店人员操作培训，并安排实施顾问驻店支持不少于两个营业日。
5. 甲方应在协议签署后十日内提供门店清单、商品主数据、会员历史数据和接口对接所需的技术资料，并指定总部项目负责人协调门店配合。因甲方资料延迟导致的工期延误，上线期限相应顺延。

## 五、服务水平

1. 乙方承诺云平台月度可用率不低于99.5%，计划内维护应安排在每日凌晨两点至五点之间，并提前三日通知。
2. 故障分级：一级故障指全部或多数门店无法收银；二级故障指部分功能不可用；三级为一般咨询。一级故障乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决。
3. 月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；一级故障未按时恢复的，每次另行抵扣当月订阅费的2%。抵扣在下一季度账单中冲减。

## 六、数据

1. 甲方在本服务中录入、产生的顾客信息、验光处方、交易记录和会员数据（“甲方数据”）归甲方所有。
2. 甲方同意，乙方可以将甲方数据经去标识化处理后形成的统计数据，用于乙方的行业分析报告、产品改进和算法训练，该等统计数据的权利归乙方。
3. 乙方应将甲方数据存储于中国境内的云数据中心，采取加密存储、传输加密、访问权限分级和操作日志审计等安全措施，并通过网络安全等级保护第三级测评。
4. 发生个人信息泄露等安全事件的，乙方应在2小时内通知甲方，配合甲方向主管部门报告，并承担因其原因造成的全部损失和行政责任。
5. 协议终止后三十日内，乙方应按甲方要求导出全部甲方数据交付甲方，并在甲方确认后删除。
6. 乙方员工访问甲方数据须经过实名认证和双因素登录，乙方每半年向甲方提供一次访问日志摘要及安全自查报告。

## 七、知识产权

1. 云平台软件及其更新的知识产权归乙方。
2. 为甲方完成的会员规则、报表模板、打印模板及接口配置归甲方所有，甲方可自由使用、修改，或交由其他服务商继续使用。
3. 乙方保证其提供的云平台及实施成果不侵犯任何第三方的知识产权；因侵权引起的索赔，由乙方负责处理并承担全部费用和赔偿。
4. 乙方升级云平台时，不得删减甲方已使用的功能或降低服务水平；重大升级应提前十五日通知甲方，并在非营业时间进行，必要时为门店人员提供操作说明。

## 八、保密

双方应对在合作中获知的对方商业秘密、经营数据和技术资料保密，未经对方书面同意，不得披露给任何第三方。保密义务在本协议终止后三年内继续有效。

## 九、责任限制

乙方在本协议项下的累计赔偿责任以协议总金额的150%为限，但因乙方故意、重大过失或违反第六条造成的损失不受此限。

## 十、分包

乙方不得将实施服务分包给第三方，确需由硬件厂商参与联调的，须事先取得甲方书面同意。

## 十一、解除

任何一方严重违约，经对方书面通知后二十日内仍未纠正的，守约方有权解除本协议。乙方原因导致解除的，应退还未履行期间的订阅费，并协助甲方完成数据迁移。

## 十二、适用法律与争议解决

本协议适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

## 十三、其他

本协议的通知以书面形式送达双方在首页载明的地址或指定邮箱；任何一方联系方式变更的，应在五日内书面通知对方。因不可抗力导致服务中断的，乙方应及时通知甲方并尽力恢复，中断期间的订阅费按日免收。

本协议一式两份，双方各执一份，自双方盖章之日起生效。附件一：门店清单；附件二：接口说明；附件三：实施计划。

甲方（盖章）：明睛眼镜连锁有限公司　　授权代表：________　　日期：________

乙方（盖章）：云镜零售科技（杭州）有限公司　　授权代表：________　　日期：________
"""
L["z03"] = dict(language="zh", category="cloud", terms=dict(
    availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=1500 / 1811200 * 100, liability_cap_pct=150,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1811200),
    foreign_forum=False, items=[110 * 420 * 36, 148000], pays=[138600] * 12 + [148000],
    figures=["1,811,200", "99.5%", "30分钟", "1,500元", "150%", "8%", "去标识化"],
    plan=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])

F["z04"] = ("h272z04_district_hrss_employment_system_annual_om.txt", "txt")
S["z04"] = """区公共就业服务信息系统2027年度运行维护服务合同

合同编号：QRS-CS-2027-07
采购方式：竞争性磋商（采购项目编号：区采磋〔2027〕015号）

采购人（甲方）：某区人力资源和社会保障局
成交供应商（乙方）：智联政通信息服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就区公共就业服务信息系统（含求职登记、岗位发布、就业困难人员认定、职业培训补贴申领、失业登记五个子系统及对外服务网站）2027年度运行维护服务事项，订立本合同。

一、服务期限与地点
（一）服务期自2027年1月1日起至2027年度最后一日止。服务期满本合同自然终止，甲方如需继续采购，依法重新组织采购。
（二）服务地点为甲方机房及区政务服务中心就业服务窗口，驻场人员在甲方指定办公场所工作。

二、服务内容
（一）驻场运维：乙方派驻两名运维工程师，工作日全天驻场，负责系统日常监控、数据库维护、备份核查、账号权限管理和窗口人员操作支持。
（二）应用运维与小版本优化：按甲方需求对业务表单、统计报表和政策参数进行调整，全年不少于十二次版本发布（以甲方确认的需求清单为准）。
（三）巡检与应急保障：每月一次全面巡检，重大活动（春风行动、高校毕业生招聘季等）期间提供专人值守；每季度开展一次应急演练。
（四）年度技术报告：乙方应于2027年11月30日前提交年度运维总结及系统健康评估报告。
（五）变更管理：系统任何配置变更、版本发布须提前提交变更方案，经甲方审批后在非办公时间实施，实施前做好数据和程序备份，实施后进行功能验证并留存记录。
（六）备份管理：乙方应每日核查数据库自动备份结果，每月进行一次备份恢复验证，并向甲方提交验证记录。
（七）配合工作：乙方应配合甲方完成上级部门的数据报送、系统对接调试及网络安全检查，按要求提供技术资料和说明。

三、服务费用
（一）本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为固定价格，包括人员、差旅、工具、备件及税费。
（二）费用构成：
    1. 驻场人员服务费：396,000元；
    2. 应用运维与小版本优化费：128,000元；
    3. 巡检与应急保障费：62,000元；
    合计：586,000元。
（三）支付方式：按季度支付。每个服务季度结束并经甲方季度考核后十五个工作日内，甲方支付当季服务费146,500元，全年共四期。甲方不预付任何服务费。

四、服务水平要求
（一）系统可用率：工作时间内各子系统月度可用率不低于99.95%。
（二）故障等级与响应：
    1. 一级故障：系统整体无法访问、核心业务无法办理或数据错误影响补贴发放。乙方应在6小时内响应并到场处置，24小时内恢复；
    2. 二级故障：单个子系统部分功能异常，乙方应在8小时内响应，2个工作日内解决；
    3. 三级故障：一般性问题或咨询，在5个工作日内解决。
（三）考核扣款：乙方每发生一次一级故障迟延响应或迟延恢复的，甲方在当季服务费中扣减1,000元；月度可用率未达标的，每月扣减2,000元；驻场人员无故缺岗的，每人每日扣减600元。
（四）季度考核由甲方按附件《运维服务考核表》进行，考核得分低于80分的，当季服务费按比例扣减。

五、验收
（一）季度验收：每季度末乙方提交运维报告、巡检记录、故障处理台账及版本发布清单，甲方对照本合同第四条和考核表进行核验，核验合格后签署季度验收单。
（二）年度验收：服务期满前，甲方组织对全年服务进行总体验收，验收标准为四个季度考核均合格、年度技术报告经甲方审查通过、全部文档和账号移交完毕。
（三）未经甲方签署验收单的，不视为该期服务合格。
（四）甲方在验收中发现问题的，乙方应在五个工作日内整改并重新提交；同一问题连续两次整改仍不合格的，甲方可按考核表扣减当季服务费，并要求乙方更换负责该项工作的人员。
（五）年度验收合格后，乙方应向甲方移交全部运维文档、账号口令清单、脚本和备份介质，并签署交接确认书。

六、人员管理
（一）乙方驻场人员须具有相关专业背景和两年以上政务系统运维经验，名单经甲方确认。
（二）乙方更换驻场人员须提前十日书面告知甲方并经甲方同意，并做好工作交接。
（三）乙方人员应遵守甲方的工作纪律和机房管理制度。
（四）乙方应建立驻场工作日志，记录每日监控情况、处理的工单和变更操作，每周五前报甲方信息中心审阅。
（五）乙方应确保服务期内驻场人员相对稳定，全年更换驻场人员不得超过一人次（因病、离职等不可抗拒原因除外）。
（六）乙方应设置二线技术支持团队，在驻场人员无法解决问题时提供远程或现场支援，并指定一名项目经理作为服务总负责人。

七、业务数据
甲方系统中的求职者信息、企业招聘信息、补贴发放记录等业务数据属于甲方所有。乙方仅可在履行本合同运维职责所必需的范围内接触上述数据，不得用于本合同以外的任何用途。

八、保密
（一）乙方及其驻场人员对在服务过程中知悉的甲方工作秘密、业务数据和系统配置信息负有保密义务，不得以任何形式向第三方泄露。
（二）乙方驻场人员上岗前应签署个人保密承诺书，交甲方备案。
（三）本条保密义务不因合同终止而解除。
（四）乙方违反保密义务的，甲方有权要求其停止违约行为，更换相关人员，并赔偿由此造成的损失。

九、知识产权
乙方在本合同服务期内为甲方编写的优化程序代码、报表模板、运维脚本和运维文档，其知识产权归甲方所有，乙方应随季度验收一并移交。

十、违约责任
（一）乙方未按期提交年度技术报告或未按甲方书面通知的期限完成版本发布的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
（二）乙方未按约定提供服务，给甲方造成损失的，应予赔偿。
（三）甲方无正当理由逾期支付服务费的，按应付未付金额每日万分之二支付违约金。

十一、转包与分包
乙方不得将本合同服务转包或分包给其他单位。

十二、合同解除
乙方连续两个季度考核不合格，或发生严重违约经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并按已合格服务期限结算费用。

十三、服务交接
合同终止或解除时，乙方应在十五日内向甲方或甲方指定的新服务商完成系统账号、运维文档、脚本及未结问题的交接，不得以任何理由拒绝或拖延。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，依法向甲方所在地人民法院提起诉讼。

十五、其他
（一）竞争性磋商文件、响应文件、成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某区人力资源和社会保障局
负责人或授权代表：__________    日期：__________

乙方（盖章）：智联政通信息服务有限公司
法定代表人或授权代表：__________    日期：__________
"""
L["z04"] = dict(language="zh", category="services", terms=dict(
    availability_pct=99.95, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
    acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
    foreign_forum=False, items=[396000, 128000, 62000], pays=[146500] * 4,
    figures=["586,000", "99.95%", "6小时内", "千分之一", "1,000元"],
    plan=["CR-DATA-SECURITY", "CR-SLA-RESPONSE"])

F["z05"] = ("h272z05_sesame_paste_wms_supplier_template.md", "md")
S["z05"] = """# 仓储管理系统（WMS）软件许可及实施合同

**仓云智造标准合同文本 V4.0**（本文本由乙方提供）

合同编号：CY-WMS-2027-0233

- 甲方（买方）：香坊食品股份有限公司（芝麻酱、芝麻油生产企业）
- 乙方（卖方）：仓云智造软件（济南）有限公司

甲方拟对原料库、成品库及冷链中转库实施信息化管理，乙方为仓储管理软件的开发商及许可方。双方经协商，同意按照乙方标准合同文本订立本合同，本合同的条款均经双方充分阅读和理解。

## 第1条 合同标的

1.1 乙方向甲方提供“仓云WMS 6.0”仓储管理系统软件的永久使用许可（企业版，不限用户数，限甲方及其全资子公司使用）。

1.2 乙方按甲方需求进行定制开发，包括：芝麻原料批次与霉菌毒素检测结果关联、成品保质期先进先出策略、罐装线下线自动入库接口、与甲方ERP及电子秤系统的接口、冷链库温度记录与出库单绑定。

1.3 乙方负责系统部署、基础数据导入、RF手持终端配置和用户培训。

## 第2条 合同价款

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 仓云WMS 6.0软件永久许可（企业版） | 720,000 |
| 2 | 定制开发（五项功能及接口） | 380,000 |
| 3 | 实施部署及培训 | 60,000 |
| | 合计 | 1,160,000 |

合同总价为人民币壹佰壹拾陆万元整（¥1,160,000），含税。

## 第3条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即580,000元，乙方收款后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价剩余的50%，即580,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方并有权暂停实施及技术支持。

## 第4条 实施周期

4.1 乙方应在收到首期款后九十日内完成系统上线。因甲方需求变更、现场条件不具备或接口方配合不到位造成的延误，工期相应顺延。

4.2 甲方应指定项目负责人，按乙方要求提供业务流程、基础数据和现场条件。

4.3 甲方应在乙方通知后五个工作日内提供仓库平面图、库位编码规则、物料主数据、客户主数据及期初库存，并安排仓库人员参加培训。甲方提供的数据的准确性由甲方负责。

4.4 甲方负责采购并安装RF手持终端、条码打印机、无线网络及服务器等硬件和基础软件，乙方仅提供配置指导。硬件到位延误的，实施周期相应顺延。

4.5 实施过程中，甲方提出超出第1.2条范围的需求的，视为需求变更，乙方有权另行报价，变更内容及费用由双方书面确认后实施。

## 第5条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格，双方无需另行签署验收文件。

5.2 上线后甲方提出的问题，乙方在后续服务中予以处理，但不影响验收结论。

## 第6条 免费维护

6.1 自系统上线之日起六个月内为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 故障响应：紧急故障（系统无法出入库）乙方在接到报修后8小时内响应，一般问题在3个工作日内答复。

6.3 因软件故障造成的停工、发货延误等损失，乙方不承担扣款、赔偿或其他责任，乙方仅负责排除故障。

6.4 下列情形不属于免费维护范围：甲方自行修改系统配置或数据库导致的问题；硬件、网络、操作系统及第三方软件故障；因甲方人员操作不当引起的数据错误；甲方要求的新增功能。上述情形乙方可提供有偿服务，费用按乙方服务价格另行计算。

6.5 免费维护期内乙方提供的服务以远程方式为主，确需现场服务的，甲方承担乙方人员的差旅费用。

## 第7条 维护期满后的服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，以保障系统正常运行和版本升级。

7.2 年度维护费为软件许可费的28%，即每年201,600元，于每个维护年度开始前一次性支付。

7.3 年度维护服务内容包括：远程技术支持、软件缺陷修复、乙方发布的产品补丁和小版本升级。大版本升级、定制功能的修改和新接口开发不在维护范围内，另行收费。

7.4 甲方未按期支付年度维护费的，乙方有权停止提供维护服务及版本升级，由此导致的系统运行问题由甲方自行承担。

## 第8条 知识产权

8.1 仓云WMS软件及其全部升级版本的知识产权归乙方所有。

8.2 乙方为本项目开发的定制功能、接口程序、源代码及相关文档，其知识产权亦归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

## 第9条 数据

9.1 甲方的库存、批次、客户及检验数据归甲方所有，乙方不得用于履行本合同以外的目的。

9.2 乙方远程支持须经甲方同意并使用甲方提供的账号，操作留存日志；乙方应对其接触的数据采取加密和权限控制措施，发生数据泄露时24小时内通知甲方，因乙方原因造成的，乙方承担相应责任。

9.3 合同终止后，乙方应删除其因远程支持而保存的甲方数据副本，并应甲方要求出具书面删除确认。

9.4 甲方应自行做好系统数据的日常备份，乙方可提供备份策略建议。

## 第10条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面许可不得向第三方披露，期限为合同终止后三年。

## 第11条 违约责任

11.1 乙方未按第4条完成上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。

## 第12条 合同解除

一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方可书面通知解除本合同。甲方单方解除的，已付款项不予退还。

## 第13条 不可抗力

因不可抗力导致不能履行的，受影响一方不承担责任，但应及时通知对方并提供证明。

## 第14条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第15条 其他

15.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

15.2 本文本为乙方标准文本，双方的补充约定以书面形式另行签订。

15.3 本合同附件包括：附件一《定制开发需求说明》、附件二《实施计划》、附件三《培训计划》，附件与正文具有同等效力，如有冲突，以正文为准。

15.4 双方的通知以书面形式送达首页所列地址，或发送至双方项目负责人的电子邮箱，发出之日起第三日视为送达。

甲方（盖章）：香坊食品股份有限公司　　代表：________　　日期：________

乙方（盖章）：仓云智造软件（济南）有限公司　　代表：________　　日期：________
"""
L["z05"] = dict(language="zh", category="software", terms=dict(
    availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50,
    acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
    governing_law=None, contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
               contract_value=1160000),
    foreign_forum=False, licence=720000, items=[720000, 380000, 60000], pays=[580000, 580000],
    figures=["1,160,000", "50%", "8小时内", "万分之二", "20%", "28%", "201,600", "六个月", "即视为甲方验收合格"],
    plan=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])

F["e01"] = ("h272e01_glaze_studio_colour_matching_licences.txt", "txt")
S["e01"] = """SOFTWARE LICENCE AND SERVICES AGREEMENT
Colour-Matching and Glaze Formulation Software

Agreement No. CS-CN-2027-019

BETWEEN

(1) Jingdezhen Yaoli Glaze Studio Co., Ltd., a company incorporated in the People's Republic of China with its
registered office in Jingdezhen, Jiangxi Province (the "Customer"); and

(2) Cromatica Smalti S.r.l., a company incorporated in Italy with its registered seat on the Isola del Liscia,
Sardinia, Italy (the "Vendor").

RECITALS

A. The Customer designs and fires celadon, blue-and-white and reactive glazes for porcelain made in its own studio and
for other workshops, and wishes to measure fired colours with spectrophotometers and to predict glaze recipes from
target colours.

B. The Vendor develops and licenses the "Cromatica Glaze Lab" software for colour measurement, colour matching and
glaze recipe formulation, and offers the related integration, library and training services.

C. At the Customer's request, all prices in this Agreement are stated and payable in Renminbi (CNY).

The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Software" means the Cromatica Glaze Lab software, version 9, including the colour-matching engine, the recipe
optimiser and the firing-curve module, in object code, together with its documentation and any updates delivered under
this Agreement.

1.2 "Licences" means the fourteen (14) named-workstation perpetual licences of the Software described in Schedule 1.

1.3 "Studio Library" means the library of the Customer's own glaze recipes, raw-material analyses, firing records and
colour measurements that the Vendor will build in the Software for the Customer under clause 3.

1.4 "Customer Data" means all recipes, measurements, images, firing records and other data entered into or generated
by the Software at the Customer, including the Studio Library.

1.5 "Final Acceptance" means the Customer's written acceptance of the whole delivery under clause 5.3.

2. LICENCE

2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on
fourteen workstations at the Customer's premises in Jingdezhen, for the Customer's own business, including work done
for the Customer's clients.

2.2 The Customer may move a Licence from one workstation to another by deactivating it on the first workstation. The
Customer may make copies of the Software for backup and disaster recovery.

3. SERVICES

3.1 The Vendor shall (a) install the Software on the fourteen workstations; (b) integrate it with the Customer's three
spectrophotometers and its kiln controllers so that fired tiles can be measured and firing curves imported
automatically; (c) build the Studio Library from the Customer's existing spreadsheets and notebooks (about 3,600
recipes and 9,200 measurements); and (d) train the Customer's glaze technicians as set out in Schedule 2.

3.2 The Vendor shall complete the services in clause 3.1 within one hundred (100) days after signature. The Vendor's
engineers will work on site in Jingdezhen with an interpreter provided by the Vendor.

4. PRICE AND PAYMENT

4.1 The total price of this Agreement is CNY 686,000, inclusive of applicable taxes, made up as follows:

    Item                                                   Quantity      Amount (CNY)
    Perpetual workstation licences, CNY 38,500 each            14            539,000
    Installation, instrument and kiln integration,
      Studio Library build                                    1 lot          126,000
    Training (Schedule 2)                                     1 lot           21,000
    Total price                                                              686,000

4.2 The Customer shall pay:
    (a) 20% of the total price (CNY 137,200) within twenty (20) days after signature, against the Vendor's invoice and
        a bank guarantee of the same amount;
    (b) 55% of the total price (CNY 377,300) within twenty (20) days after the Installation Certificate is signed under
        clause 5.1; and
    (c) 25% of the total price (CNY 171,500) within twenty (20) days after Final Acceptance.

5. DELIVERY AND ACCEPTANCE

5.1 When the Software is installed on all workstations and connected to the spectrophotometers and kiln controllers,
the parties shall sign an Installation Certificate. The Installation Certificate records completion of installation
only; it is not acceptance of the Software or the services.

5.2 Acceptance tests shall be carried out at the Customer's studio over twenty (20) working days and shall show that:
    (a) for a test set of sixty (60) fired reference tiles agreed by the parties, the Software's predicted recipes
        produce fired colours within a colour difference of Delta E 2.0 of the target on at least fifty-four tiles;
    (b) measurements from each spectrophotometer are imported without manual re-entry and match the instrument's own
        readings;
    (c) the Studio Library contains every recipe listed in the Customer's inventory, checked by sampling of two hundred
        (200) records without error; and
    (d) all fourteen Licences are activated and the technicians named in Schedule 2 have completed training.

5.3 If the tests are passed, the Customer shall issue a Final Acceptance certificate within ten (10) working days. If
any test fails, the Vendor shall correct the defect and the test shall be repeated at the Vendor's cost. Use of the
Software in production before Final Acceptance does not amount to acceptance.
"""
S["e01"] += """
6. WARRANTY AND SUPPORT

6.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation and the
acceptance criteria in clause 5.2 for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the
Warranty Period the Vendor shall correct every reproducible defect free of charge and supply all updates and new
versions released for the Software.

6.2 During the Warranty Period and any support year, the Vendor shall provide support by telephone, e-mail and remote
session in Chinese or English. For a Severity 1 fault (the colour-matching engine or the recipe optimiser cannot be used
on any workstation) the Vendor shall respond within two (2) hours during the Customer's business hours and provide a
workaround or fix within two (2) business days. For a Severity 2 fault the Vendor shall respond within one business day.

6.3 For each hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY
600, deducted from the next payment or paid directly.

6.4 After the Warranty Period the Customer may order annual support, which covers the services in clause 6.2 and all
updates. The annual support fee is 11% of the licence fees in clause 4.1, that is CNY 59,290 per year, and shall not be
increased for the first three support years. Any later change requires the written agreement of both parties. Support
is ordered year by year by purchase order and does not renew automatically.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not
use it for any other purpose, including product development or the training of prediction models, unless the Customer
agrees in writing.

7.2 The Software runs on the Customer's own workstations and server. The Vendor shall access Customer Data only through
remote sessions opened by the Customer for a specific support ticket, shall not copy Customer Data outside the
Customer's systems, and shall keep a log of each session. The Vendor shall keep its remote-support tools patched and
protected by multi-factor authentication.

7.3 If the Vendor becomes aware of any unauthorised access to, loss of or disclosure of Customer Data in connection with
its services, it shall notify the Customer within twenty-four (24) hours, take all reasonable steps to contain it, and
be liable for the losses caused by its breach of this clause 7.

8. INTELLECTUAL PROPERTY

8.1 The Software remains the property of the Vendor and its licensors.

8.2 The Studio Library, the integration scripts and the instrument and kiln configurations prepared for the Customer,
and all reports produced with the Software, belong to the Customer, which may use, modify and license them freely,
including to another software provider. The Vendor shall deliver them in an open export format on request.

9. CONFIDENTIALITY

9.1 Each party shall keep the other party's confidential information, including the Customer's glaze recipes,
raw-material sources and client lists, strictly confidential, use it only for this Agreement and not disclose it to any
third party without prior written consent.

9.2 This clause survives termination of this Agreement for seven (7) years.

10. DELAY AND LIABILITY

10.1 If the Vendor fails to complete the services by the date in clause 3.2, or fails to reach Final Acceptance within
sixty (60) days after that date, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up
to a maximum of 8% of the total price.

10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply
to liability for personal injury, fraud, wilful misconduct, infringement of third-party rights or breach of clauses 7
and 9.

11. SUBCONTRACTING

The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor
remains responsible for the acts of any approved subcontractor.

12. TERM AND TERMINATION

12.1 This Agreement takes effect on signature. The Licences are perpetual and survive any termination after the
Customer has paid the corresponding licence fees.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does
not remedy it within thirty (30) days after written notice. The Customer may also terminate if the liquidated damages
under clause 10.1 reach their maximum.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of Italy.

13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the
Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the
language is English.

14. GENERAL

14.1 This Agreement, with its Schedules, is the entire agreement between the parties about its subject matter.
Amendments must be in writing and signed by both parties.

SCHEDULE 1 - Licences: fourteen named-workstation licences of Cromatica Glaze Lab 9 (colour matching, recipe optimiser,
firing-curve module), one studio server component, and instrument drivers for the Customer's three spectrophotometers.

SCHEDULE 2 - Training: five days of technician training for ten glaze technicians, two days of administrator training,
and a half-day refresher session after three months of use.

Signed for and on behalf of                       Signed for and on behalf of
Jingdezhen Yaoli Glaze Studio Co., Ltd.           Cromatica Smalti S.r.l.

Name: ______________________                      Name: ______________________
Title: _____________________                      Title: _____________________
Date: ______________________                      Date: ______________________
"""
L["e01"] = dict(language="en", category="software", terms=dict(
    availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="Italy", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=686000),
    foreign_forum=True, licence=539000, items=[14 * 38500, 126000, 21000], pays=[137200, 377300, 171500],
    figures=["686,000", "0.08%", "150%", "20%", "eighteen (18) months", "11%", "59,290", "two (2) hours", "laws of Italy"],
    plan=["CR-GOVERNING-LAW"])

F["e02"] = ("h272e02_balloon_operator_booking_saas_order_form.md", "md")
S["e02"] = """# ORDER FORM No. VA-2027-0441

**Ventoalto Booking Cloud - Subscription Order Form**

This Order Form is entered into between **Zhangjiajie Yunfei Hot-Air Balloon Tourism Co., Ltd.**, a company
incorporated in the People's Republic of China, registered in Zhangjiajie, Hunan Province ("**Customer**"), and
**Ventoalto Sistemas, Lda.**, a company incorporated in Portugal with its registered seat on the Ilhéu dos Frades,
Portugal ("**Ventoalto**"). It incorporates the Ventoalto General Terms set out in Part B below. If this Order Form and
the General Terms conflict, this Order Form prevails.

## Part A - Order details

### A1. Background

Customer operates scenic hot-air-balloon flights over the Wulingyuan area, with three launch fields and up to eleven
balloons in the air each morning. Customer wishes to sell and manage flights online, handle weather cancellations and
re-bookings, issue electronic boarding passes and manifests, and pay travel agencies their commissions. Ventoalto
provides an online booking, manifest and passenger-weight management platform for balloon and adventure operators.

### A2. Services ordered

| Item | Description | Quantity | Charges (CNY) |
|---|---|---|---|
| Booking Cloud - Operator Edition | online sales, calendar and capacity, passenger weight and manifest, weather cancellation and re-booking, agency portal, WeChat mini-program connector | 1 operator, 3 launch fields, unlimited users | 26,800 per month |
| Subscription Term | 36 months from the Go-Live Date | 36 months | 964,800 |
| Onboarding (one-time) | configuration, migration of 2026 bookings and agency list, WeChat Pay and Alipay connection, training of 25 staff | 1 lot | 58,000 |
| **Total Contract Value** | | | **1,022,800** |

All charges are stated and invoiced in Renminbi (CNY) at Customer's request and include applicable taxes. Ventoalto
invoices through its PRC reseller, which issues valid VAT invoices.

### A3. Invoicing and payment

1. The monthly subscription charge is invoiced monthly in arrears, at the end of each calendar month of the Subscription
   Term, and is payable within thirty days of invoice.
2. The onboarding charge is invoiced on Go-Live Acceptance under A4 and is payable within thirty days of invoice.
3. No charge is payable before the Go-Live Date. Customer pays no deposit and no advance.

### A4. Onboarding, Go-Live and acceptance

1. Ventoalto shall complete onboarding so that the platform can go live no later than 15 March 2027, before the spring
   flying season (the "Target Go-Live Date").
2. Before go-live, the parties shall run the acceptance tests in Schedule 1, including: end-to-end booking and payment by
   WeChat Pay and Alipay on fifty test bookings with correct refunds; automatic weight-balanced manifests for every
   basket size in Customer's fleet; a simulated weather cancellation moving all passengers of one morning to new slots
   with notifications sent within ten minutes; agency commission statements matching the bookings; and migration of all
   2026 bookings with a record count and value reconciliation.
3. When all tests are passed, Customer signs a Go-Live Acceptance certificate; the date of signature is the "Go-Live
   Date". Using the platform for live sales before the certificate is signed is not acceptance.
4. If the Go-Live Date falls after the Target Go-Live Date for reasons attributable to Ventoalto, Ventoalto shall pay
   Customer CNY 700 for each day of delay, up to a total of CNY 50,000, and Customer may terminate this Order Form if
   the delay exceeds sixty days.

### A5. Term

The Subscription Term runs for 36 months from the Go-Live Date and ends at the end of that period. This Order Form does
not renew automatically; any further term requires a new order signed by both parties.

### A6. Service reports

Each month Ventoalto shall send Customer a short service report listing platform availability for the month, every
Priority 1 and Priority 2 incident with its response and restoration times, open support tickets and planned
maintenance for the next month. During the flying season (March to November) the parties' operations teams shall hold a
short call every two weeks to review bookings performance and upcoming changes.

### A7. Contacts

Customer: Ms Tian, Operations Director. Ventoalto: Mr Duarte, Account Manager for Greater China. Notices under this
Order Form may be given by e-mail to these contacts with a copy by courier.

## Part B - Ventoalto General Terms (edition 2027)

### B1. Subscription

1.1 Ventoalto grants Customer, for the Subscription Term, a non-exclusive right for its employees and agents to access
and use the platform for Customer's own flight business.

1.2 Ventoalto may update the platform from time to time, provided that no update materially reduces the functions
Customer has subscribed to.

1.3 Customer is responsible for its users' log-in credentials and for the accuracy of the passenger weights and flight
capacities it enters; the platform will warn, but not prevent, a manifest that exceeds a basket's rated load.

### B2. Service levels

2.1 Ventoalto targets monthly platform availability of 99.95%, measured at the platform's public booking page,
excluding maintenance announced at least three days in advance and scheduled between 23:00 and 04:30 Beijing time.

2.2 Support requests are classified by priority. For Priority 1 incidents (customers cannot book or pay, or manifests
cannot be produced on a flying morning) Ventoalto will give a first response within one hour, at any time of day, and
will work continuously until service is restored. Priority 2 incidents receive a first response within eight business
hours.

2.3 The service levels in this section are targets that describe how Ventoalto operates the platform. Failure to meet
them does not entitle Customer to service credits, refunds, fee reductions or any other compensation, and Customer's
sole remedy is for Ventoalto to use reasonable efforts to restore service.

### B3. Customer Data

3.1 All passenger data, bookings, weights, payment records, agency data and reports entered into or generated through
the platform for Customer ("Customer Data") belong to Customer. Ventoalto processes Customer Data only on Customer's
instructions and only to provide the services under this Order Form.

3.2 Ventoalto hosts Customer's production environment in a data centre in mainland China operated by its PRC hosting
partner, encrypts Customer Data in transit and at rest, limits access to named support staff with multi-factor
authentication and logs every access. Personal information shall not be transferred outside mainland China.

3.3 Ventoalto shall notify Customer of any security incident affecting Customer Data within twenty-four hours of
discovery, shall cooperate with Customer and the authorities, and shall bear the costs and losses caused by an incident
attributable to its breach of this section.

3.4 At the end of the Subscription Term, Ventoalto shall deliver a full export of Customer Data in CSV format and then
delete it from the platform within thirty days, confirming the deletion in writing.

### B4. Customer configurations

Price tables, flight calendars, manifest templates, agency commission rules and report templates created for Customer
belong to Customer, which may use, modify and disclose them to any successor provider. The platform software remains
Ventoalto's property.

### B5. Confidentiality

Each party shall keep confidential all non-public information received from the other party, use it only for this
Order Form and not disclose it to third parties, except to its advisers under equivalent duties or as required by law.
This obligation continues for three years after the end of the Subscription Term.

### B6. Subcontractors

Ventoalto may use subcontractors, including its hosting partner, payment-connector providers and its PRC reseller's
support team, to perform any part of the services. Ventoalto will inform Customer of each new subcontractor by e-mail
before it starts work and remains responsible for their performance.

### B7. Liability

7.1 Neither party is liable for indirect or consequential loss, including lost profits from cancelled flights.

7.2 Each party's total liability arising out of or in connection with this Order Form is limited to the subscription
charges paid or payable by Customer in the nine months immediately preceding the event giving rise to the claim. This
limit does not apply to breach of section B3, to personal injury or to wilful misconduct.

### B8. Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails
to cure it within thirty days after receiving written notice describing the breach.

8.2 On termination for Ventoalto's breach, Ventoalto shall refund any charges paid for the period after termination and
provide the export under B3.4 without charge.

### B9. Governing law and disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the
Changsha Arbitration Commission for arbitration in Changsha in accordance with its rules then in force. The award is
final and binding on both parties.

### B10. General

10.1 Neither party may assign this Order Form without the other party's written consent, except that Ventoalto may
assign it to an affiliate that takes over its obligations in full.

10.2 Force majeure, including severe weather affecting internet infrastructure, suspends the affected obligations for
its duration; it never excuses Customer's data-protection rights.

10.3 This Order Form is signed in English; a Chinese translation is provided for convenience.

**Schedule 1** - Acceptance test scripts (40 scripts, agreed on 8 January 2027).

| For Customer | For Ventoalto |
|---|---|
| Zhangjiajie Yunfei Hot-Air Balloon Tourism Co., Ltd. | Ventoalto Sistemas, Lda. |
| Name / title: ____________________ | Name / title: ____________________ |
| Date: ____________________ | Date: ____________________ |
"""
L["e02"] = dict(language="en", category="cloud", terms=dict(
    availability_pct=99.95, p1_response_hours=1, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=700 / 1022800 * 100, liability_cap_pct=9 / 36 * 100,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1022800),
    foreign_forum=False, items=[36 * 26800, 58000], pays=[26800] * 36 + [58000],
    figures=["1,022,800", "99.95%", "within one hour", "CNY 700", "nine months", "inform Customer of each new subcontractor"],
    plan=["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"])

F["e03"] = ("h272e03_tea_estate_soil_weather_sensors.docx", "docx")
S["e03"] = """T:Supply and Installation Contract - Soil and Weather Sensor Network
P:Contract No. MY-TEA-2027-011 (Buyer's standard form for equipment and systems)
P:THIS CONTRACT is made between Pu'er Mengyun Tea Estate Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Pu'er, Yunnan Province (the "Buyer"), and Atlantico Sensores e Integracao, Lda., a company incorporated in Portugal with its registered seat on the Ilhéu de Monchique, Portugal (the "Supplier").
P:WHEREAS the Buyer cultivates about 1,150 mu of terraced Pu'er tea gardens in six blocks at altitudes between 1,300 and 1,900 metres and wishes to monitor soil moisture, soil temperature, soil electrical conductivity, rainfall, leaf wetness and frost risk across the estate; and WHEREAS the Supplier has offered to supply, install and commission a sensor network with a monitoring platform, the parties agree as follows. At the Buyer's request all prices are stated and paid in Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Equipment" means the sensor nodes, weather stations, gateways and accessories listed in Annex 1.
P:1.2 "Platform" means the Supplier's monitoring software, installed on a server in the Buyer's estate office, with its mobile application, under the perpetual licence granted in Article 8.
P:1.3 "System" means the Equipment and the Platform, installed, configured and connected as required by this Contract.
P:1.4 "Final Acceptance" means the Buyer's written certificate under Article 6.4.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, install and commission the System in all six blocks of the estate, including solar power units, mounting poles, lightning protection and the LoRa radio network, and shall configure frost and drought alerts to the thresholds the Buyer's agronomist specifies.
P:2.2 The Supplier shall connect the Platform to the Buyer's existing irrigation controllers in blocks 2 and 5 so that irrigation records appear next to soil-moisture data, and shall provide an export of daily data in CSV format.
P:2.3 The Supplier shall train the Buyer's field staff and agronomists in accordance with Annex 3.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 954,000, fixed and inclusive of taxes, transport to the estate, insurance, import duties, installation and training. It is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Soil sensor node (moisture, temperature, EC at three depths)|64|6,400|409,600
TB:Automatic weather station (rain, wind, radiation, leaf wetness)|8|28,500|228,000
TB:LoRa gateway with solar power unit|6|9,800|58,800
TB:Monitoring Platform, perpetual licence|1|146,000|146,000
TB:Equipment and licence subtotal|||842,400
TB:Installation, commissioning and irrigation interface|1 lot||93,600
TB:Training|1 lot||18,000
TB:Contract Price|||954,000
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 95,400) within fifteen working days after signature, against an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 524,700) within fifteen working days after the Installation Certificate under Article 6.1. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 333,900) within fifteen working days after Final Acceptance.
P:4.4 Each payment is due against a valid PRC VAT invoice issued by the Supplier's Kunming branch.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the estate office within seventy days after signature and complete installation within thirty days after delivery. Installation in the tea gardens shall avoid the spring picking weeks notified by the Buyer.
P:5.2 The Supplier's staff shall follow the Buyer's field safety rules, shall not damage tea bushes beyond the marked positions and shall restore terraces disturbed by trenching.
P:5.3 With the Equipment the Supplier shall deliver a set of spare parts (four soil sensor probes, two rain gauges, one gateway radio module and ten batteries), the as-built map of every node position with GPS coordinates, and the operating and maintenance manuals in Chinese. The spare parts are included in the Contract Price and become the Buyer's property on delivery.
H:Article 6 Acceptance
P:6.1 When all Equipment is installed and transmitting, the parties sign an Installation Certificate.
P:6.2 The System then runs for a trial period of forty-five consecutive days during which: (a) at least 98% of the scheduled readings from every node reach the Platform; (b) soil-moisture readings of ten nodes chosen by the Buyer agree within 3 percentage points with gravimetric samples taken by the Buyer's laboratory; (c) rainfall totals of each weather station agree within 5% with the Buyer's manual rain gauges; (d) frost and drought alerts reach the named staff by SMS and the mobile application within five minutes in two simulations; and (e) irrigation records from blocks 2 and 5 are imported automatically.
P:6.3 If a test is not met, the Supplier shall remedy the cause and the trial period, or the failed part of it, shall be repeated.
P:6.4 When every test in Article 6.2 is met, the Buyer shall issue a Final Acceptance certificate within ten working days. Use of the System during the trial period is not acceptance.
H:Article 7 Warranty, Service Levels and Support
P:7.1 The Supplier warrants the System for thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace any defective Equipment free of charge, including batteries and solar panels, and supply all Platform updates.
P:7.2 The Platform shall have monthly availability of at least 99.95%, excluding maintenance agreed with the Buyer in advance.
P:7.3 For a Severity 1 fault (the Platform unavailable, or more than ten nodes or any weather station silent during the frost season) the Supplier shall respond within two (2) hours and restore service or install a replacement within two days; for a Severity 2 fault it shall respond within one working day.
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response time, and for each full day by which it exceeds a restoration time, the Supplier shall pay the Buyer CNY 500, which the Buyer may set off against any amount due.
P:7.5 After the warranty, the Buyer may order annual maintenance covering the services in this Article. The annual maintenance fee is 7% of the equipment and licence subtotal, that is CNY 58,968 per year, fixed for the first two maintenance years. Maintenance is ordered year by year and does not renew automatically.
H:Article 8 Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Platform for the estate and any other tea garden the Buyer operates.
P:8.2 The irrigation interface, the alert rules, the estate maps and the configurations prepared for the Buyer belong to the Buyer, which may use, modify and license them freely, including to another supplier.
H:Article 9 Buyer Data and Data Security
P:9.1 All readings, maps, alerts and records generated by the System are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 The Platform is installed on the Buyer's server. The Supplier shall access it only through the remote channel approved by the Buyer for each support case, shall change default passwords of all devices, encrypt radio and network traffic and keep access logs.
P:9.3 The Supplier shall notify the Buyer of any unauthorised access to Buyer Data or the System within twenty-four hours, remedy it at its own cost and compensate the Buyer for losses caused by the Supplier's breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's yield data, garden maps and prices, and shall not disclose it to third parties without prior written consent, during this Contract and for three years afterwards.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to complete delivery and installation by the dates in Article 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 9 and 10, which are unlimited.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local trenching and pole installation may be subcontracted only to a contractor approved in writing by the Buyer.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not cure it within twenty days after written notice, or if the liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for parts not accepted.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.
H:Article 15 General
P:This Contract is signed in two originals in English and Chinese; both texts have equal force. Annex 1: Equipment list and positions. Annex 2: Acceptance test plan. Annex 3: Training plan.
P:For the Buyer: Pu'er Mengyun Tea Estate Co., Ltd.  Name/Title: ____________  Date: ________
P:For the Supplier: Atlantico Sensores e Integracao, Lda.  Name/Title: ____________  Date: ________
"""
L["e03"] = dict(language="en", category="hardware", terms=dict(
    availability_pct=99.95, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=954000),
    foreign_forum=False, licence=842400, items=[64 * 6400, 8 * 28500, 6 * 9800, 146000, 93600, 18000],
    pays=[95400, 524700, 333900], figures=["954,000", "99.95%", "two (2) hours", "0.1%", "200%", "10%", "7%", "58,968",
                                           "thirty-six (36) months", "Ilhéu de Monchique"],
    plan=[])

F["e04"] = ("h272e04_bearing_maker_managed_firewall_vpn.pdf", "pdf")
S["e04"] = """T:Managed Firewall and Site-to-Site VPN Services Agreement
P:Agreement reference: RN-MSS-CN-2027-07
P:Parties
P:Customer: Wuxi Huaxin Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Xishan District, Wuxi, Jiangsu Province.
P:Provider: Reiherwerder Netzschutz GmbH, a company incorporated in Germany, with its registered seat on the Insel Reiherwerder, Berlin, Germany, acting in China through its service partner in Suzhou.
P:Background
P:(A) The Customer makes rolling bearings in two plants in Wuxi and one plant in Changzhou, and runs a sales office in Shanghai and a warehouse in Ningbo. Its sites are connected by site-to-site VPN tunnels over the public internet, and its production networks are separated from the office network by firewalls that the Customer's small IT team can no longer operate around the clock.
P:(B) The Provider operates managed network-security services from a security operations centre and offered to take over the operation of the Customer's firewalls and VPN. At the Customer's request, all charges are stated and paid in Renminbi (CNY).
H:1. Definitions
P:1.1 "Managed Devices" means the firewall clusters and branch firewalls listed in Schedule A, which the Provider supplies on a rental basis and operates under this Agreement.
P:1.2 "Service Start Date" means the date of the Service Acceptance certificate under clause 4.3.
P:1.3 "Customer Data" means all configurations, rule sets, logs, traffic records, certificates, keys and reports relating to the Customer's networks, whether held on the Managed Devices or in the Provider's systems.
P:1.4 "Incident" means any event that interrupts or degrades the firewall or VPN service at any site.
H:2. Services
P:2.1 From the Service Start Date the Provider shall, around the clock, operate and monitor the Managed Devices; maintain the site-to-site VPN tunnels between the five sites and remote-access VPN for up to 260 users; manage the firewall rule base on the Customer's change requests; apply security patches; keep the production network zones separated from the office network; and report monthly.
P:2.2 The Provider shall process standard change requests within one business day and emergency change requests within two hours of approval by the Customer's IT manager.
P:2.3 The Provider shall run a quarterly rule-base review with the Customer and remove unused or overly broad rules with the Customer's approval.
H:3. Term and Charges
P:3.1 The service term is twenty-four (24) months from the Service Start Date. This Agreement ends at the end of the service term and does not renew automatically. Any extension requires a written amendment signed by both parties.
P:3.2 The charges are:
P:Monthly service charge (five sites, Managed Devices rental, operation, monitoring, remote-access VPN): CNY 41,500 per month x 24 months = CNY 996,000.
P:One-time onboarding charge (site surveys, rule-base migration, device installation, cut-over): CNY 72,000.
P:Total contract value: CNY 1,068,000, inclusive of applicable taxes.
P:3.3 The monthly service charge is invoiced monthly in arrears. The onboarding charge is invoiced after Service Acceptance. Nothing is payable in advance. Invoices are payable within thirty days and are issued as valid PRC VAT invoices by the Provider's Suzhou service partner.
H:4. Onboarding and Service Acceptance
P:4.1 The Provider shall complete onboarding and cut-over of all five sites within sixty days after signature, in weekend maintenance windows agreed with the Customer so that production is not interrupted.
P:4.2 Before Service Acceptance, the Provider shall demonstrate: (a) that every rule of the Customer's existing rule base has been migrated or removed with the Customer's written approval; (b) that all site-to-site tunnels fail over to the secondary internet line within sixty seconds; (c) that remote-access users authenticate with two factors; (d) that traffic between the production zones and the office network is blocked except for the flows listed in Schedule B; (e) that logs of all Managed Devices reach the Provider's monitoring platform; and (f) a penetration test of the internet-facing interfaces by an independent tester with no high-risk finding open.
P:4.3 When the tests in clause 4.2 are passed and the network has run for seven days without a Priority 1 Incident, the Customer shall sign a Service Acceptance certificate. Cut-over or use of the service is not acceptance.
P:4.4 If Service Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.
H:5. Service Levels and Service Credits
P:5.1 The firewall and VPN service at each site shall be available at least 99.95% of each calendar month, excluding maintenance agreed in advance with the Customer.
P:5.2 Incidents are prioritised as follows. Priority 1: a site loses its firewall or VPN connection, or a production zone is exposed. The Provider shall respond within thirty (30) minutes and restore service within three hours. Priority 2: a degraded service or a single remote user group affected: response within two hours, restoration within one business day. Priority 3: questions and minor issues: response within one business day.
P:5.3 If availability at a site falls below the level in clause 5.1 in any month, the Provider shall credit the Customer 10% of that month's service charge for the site, and 25% if availability falls below 99.5%. For each Priority 1 Incident not responded to or restored in time, the Provider shall credit CNY 1,000 per hour of delay. Credits are deducted from the next invoice.
H:6. Customer Data and Security
P:6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the services and shall not sell, analyse for other purposes or share it.
P:6.2 Logs and configuration backups are stored in the Provider's partner data centre in Suzhou. Customer Data shall not leave mainland China. The Provider's staff access the Managed Devices only from its security operations centre, through a jump host with two-factor authentication, and every session is recorded. Administrator credentials are changed when staff leave the Provider's team.
P:6.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall maintain ISO 27001 certification for the services.
P:6.4 The Provider shall notify the Customer of any security incident affecting the Customer's networks or Customer Data within two hours of detection, contain it, provide a written incident report within three days, and compensate the Customer for losses caused by the Provider's breach of this clause 6.
P:6.5 At the end of the term, the Provider shall hand over the complete current configuration and rule base of every Managed Device and all logs of the last six months, and shall then wipe the Managed Devices before removing them.
H:7. Rule Base and Documentation
P:7.1 The rule base, network diagrams, VPN designs and documentation prepared for the Customer belong to the Customer, which may use and modify them and give them to any successor provider.
P:7.2 The Managed Devices remain the property of the Provider and are rented to the Customer for the term.
H:8. Customer Responsibilities
P:8.1 The Customer shall provide rack space, power and internet lines at each site, name an IT manager who approves changes, and give the Provider's engineers access to the sites when needed.
P:8.2 The Customer shall inform the Provider in advance of any change to its internet lines or of new sites.
P:8.3 New sites may be added during the term at a monthly charge agreed in writing, based on the device class in Schedule A. An added site follows the same acceptance tests, service levels and credits as the original five sites from its own acceptance date.
H:9. Liability
P:9.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury, wilful misconduct or breach of clause 6.
P:9.2 Neither party is liable for indirect loss or lost profits, except in case of wilful misconduct.
H:10. Subcontracting
P:The Provider may not subcontract any part of the services, other than to its Suzhou service partner named in this Agreement, without the Customer's prior written consent, and remains responsible for any subcontractor.
H:11. Duration and Early Ending
P:11.1 This Agreement runs for the full service term in clause 3.1. To give the Provider certainty for the rented Managed Devices, neither party may end this Agreement before the end of the term.
P:11.2 If the Provider fails to perform, the Customer's remedies are the service credits under clause 5.3, the delay payments under clause 4.4 and damages under clause 9; the Agreement itself continues until the end of the term.
H:12. Force Majeure
P:A party is not responsible for failures caused by events beyond its reasonable control, such as natural disasters or large-scale failures of public telecommunication networks, provided it notifies the other party promptly and restores service as soon as possible.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi.
H:14. General
P:This Agreement, with Schedule A (Managed Devices and sites) and Schedule B (permitted production-zone flows), is the entire agreement of the parties. Amendments must be in writing.
P:Signed for the Customer: Wuxi Huaxin Precision Bearing Co., Ltd.   Name/Title: ____________   Date: ________
P:Signed for the Provider: Reiherwerder Netzschutz GmbH   Name/Title: ____________   Date: ________
"""
L["e04"] = dict(language="en", category="services", terms=dict(
    availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=900 / 1068000 * 100, liability_cap_pct=150,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1068000),
    foreign_forum=False, items=[24 * 41500, 72000], pays=[41500] * 24 + [72000],
    figures=["1,068,000", "99.95%", "thirty (30) minutes", "CNY 900", "150%", "neither party may end this Agreement"],
    plan=["CR-CONFIDENTIALITY", "CR-TERMINATION"])

F["e05"] = ("h272e05_auction_house_provenance_data_api.txt", "txt")
S["e05"] = """DATA LICENCE AND API SUBSCRIPTION AGREEMENT
(Artwork Provenance Data)

Reference: BPD/SH/2027/052

This Agreement is made on the date of the last signature below

between

BERTHAUME PROVENANCE DATA SAS, a societe par actions simplifiee incorporated in France, with its registered seat on the
Île Berthaume, Finistere, France ("BPD" or the "Vendor"),

and

SHANGHAI JINYUE ART AUCTION CO., LTD., a company incorporated in the People's Republic of China, with its registered
office in the Jing'an District, Shanghai (the "Client").

PREAMBLE

BPD compiles and maintains a database of the ownership, exhibition, publication and sale history of works of art,
including Chinese ceramics, paintings and bronzes that have passed through European and American collections and
auction rooms since the nineteenth century, together with records of stolen and looted works reported to public
registers. BPD makes this data available to subscribers through an application programming interface (the "API").

The Client holds about eight auction sales a year and wishes to check the provenance of consigned lots, to enrich its
catalogue entries with documented ownership history, and to screen consignments against loss registers before it
accepts them. At the Client's request, all fees under this Agreement are stated and paid in Renminbi (CNY).

The parties therefore agree as follows.

ARTICLE 1 - DEFINITIONS

"Data" means the provenance records, images, bibliographic references and register entries made available through the
API.

"Client Materials" means the images, descriptions, consignment details and search queries that the Client submits to
the API, and the reports the API returns on them.

"Connector" means the software module that BPD will build to link the API with the Client's lot-management system and
catalogue editor, described in Appendix 2.

"Subscription Period" means twenty-four (24) months from the Connector Acceptance Date.

ARTICLE 2 - SUBSCRIPTION AND LICENCE

2.1 BPD grants the Client, for the Subscription Period, a non-exclusive, non-transferable licence to query the API and
to use the Data for its own auction business, including quoting extracts of the Data in printed and online catalogues
with the attribution "Source: Berthaume Provenance Data".

2.2 The subscription includes up to 60,000 API queries per year and twenty named user accounts for the Client's
specialists in the ceramics, painting and bronze departments. Queries above that number are charged at the rate in
Appendix 1, but only after the Client has confirmed in writing that it wishes to exceed the allowance.

2.3 The Client shall not resell the Data as a database or let third parties query the API through its accounts.

2.4 The Client may keep a local copy of the results returned for each lot in its consignment files, for as long as it
needs them to document its due diligence, answer buyers' questions or meet the record-keeping duties of PRC auction law.
Such copies remain usable after the Subscription Period ends.

ARTICLE 3 - FEES AND PAYMENT

3.1 The fees are as follows:

    Subscription fee, 24 months x CNY 33,000 per month ............ CNY 792,000
    Connector development and integration support (one-time) ....... CNY  45,000
    Total fees under this Agreement ................................ CNY 837,000

3.2 The subscription fee is invoiced quarterly in arrears, at CNY 99,000 per quarter for eight quarters. The Connector
fee is invoiced after the Connector Acceptance Date. No fee is payable in advance.

3.3 Invoices are issued in CNY by BPD's appointed agent in Shanghai as valid VAT invoices and are payable within thirty
days. Fees include all taxes, and BPD bears its own bank charges.

ARTICLE 4 - CONNECTOR AND ACCEPTANCE

4.1 BPD shall deliver the Connector within fifty (50) days after signature of this Agreement.

4.2 The Connector shall be tested in the Client's test environment. The acceptance criteria are: (a) a search from the
lot-management system returns the API results for a lot within ten seconds; (b) one hundred and twenty sample lots
chosen by the Client are matched with the same results as a manual search on BPD's web interface; (c) loss-register
alerts appear on the consignment screen and are logged; and (d) Chinese and English catalogue fields are filled in
without corrupted characters.

4.3 When the tests are passed, the Client signs an acceptance note; its date is the "Connector Acceptance Date". Use of
the Connector in live sales before that note is signed does not mean acceptance.

4.4 If the Connector is delivered or passes acceptance late for reasons attributable to BPD, BPD shall pay the Client
CNY 800 for each day of delay, up to CNY 40,000.

ARTICLE 5 - AVAILABILITY AND SUPPORT

5.1 BPD will use commercially reasonable efforts to keep the API available and to answer support requests promptly.

5.2 Support requests may be sent by e-mail in English or French and will be handled by BPD's support team during
business hours in France. BPD may suspend the API for maintenance and will try to announce planned maintenance in
advance on its status page.

5.3 BPD updates the Data continuously but does not warrant that the Data is complete or free from error. The Client
remains responsible for its own catalogue statements and due-diligence decisions.

ARTICLE 6 - CLIENT MATERIALS AND DATA SECURITY

6.1 Client Materials belong to the Client. BPD may use Client Materials only to answer the Client's queries and to
provide the services under this Agreement. BPD shall not add Client Materials to its database, disclose them to other
subscribers or use them to train models, and the existence of a consignment shall never be revealed to anyone.

6.2 BPD shall protect Client Materials with encryption in transit and at rest, access controls limited to named
support engineers, and logging of every access. Client Materials are deleted from BPD's systems within ninety days after
the query unless the Client asks for longer retention.

6.3 BPD shall notify the Client of any unauthorised access to, or loss or disclosure of, Client Materials within
forty-eight hours after discovery, shall cooperate with the Client in any notification required by the PRC Personal
Information Protection Law, and shall be liable for losses caused by its breach of this Article 6.

ARTICLE 7 - INTELLECTUAL PROPERTY

7.1 The database and the Data remain the property of BPD and its sources.

7.2 The Connector, including its source code and documentation, is developed for the Client and belongs to the Client,
which may use, modify and license it freely and have it maintained by any third party. BPD shall deliver the source code
with the acceptance note.

ARTICLE 8 - CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Client's consignors,
reserve prices and sale plans, and BPD's pricing and data-collection methods, and shall use it only for this Agreement.

8.2 These obligations apply during the Subscription Period and for seven years after it ends.

ARTICLE 9 - LIABILITY

9.1 BPD's total liability under this Agreement shall not exceed 120% of the total fees in Article 3.1, except in cases
of fraud, gross negligence, wilful misconduct or breach of Article 6 or Article 8.

9.2 Neither party is liable for indirect loss. Loss of a sale or of commission caused by the Client's reliance on
incorrect Data is indirect loss unless BPD knew the Data to be incorrect.

ARTICLE 10 - SUBCONTRACTING AND ASSIGNMENT

BPD may not subcontract the Connector development or the processing of Client Materials without the Client's prior
written consent. Neither party may assign this Agreement without the other's written consent.

ARTICLE 11 - TERM AND TERMINATION

11.1 This Agreement enters into force on signature and ends at the end of the Subscription Period. It does not renew
automatically; the parties may agree a new subscription in writing.

11.2 Either party may terminate this Agreement by registered letter if the other party commits a material breach and
does not remedy it within thirty days after a formal notice. If the Client terminates for BPD's breach, BPD shall refund
fees paid for the period after termination.

11.3 On expiry or termination the Client may keep the Data it has already printed or published in catalogues and the
Connector, but shall stop querying the API.

ARTICLE 12 - GOVERNING LAW AND JURISDICTION

12.1 This Agreement is governed by French law.

12.2 Any dispute relating to the formation, performance or termination of this Agreement that the parties cannot settle
amicably within thirty days shall be submitted to the exclusive jurisdiction of the Commercial Court of Paris (Tribunal
des activites economiques de Paris), France.

ARTICLE 13 - MISCELLANEOUS

13.1 This Agreement, with its appendices, is the entire agreement between the parties. Any amendment must be in writing
and signed by both parties.

13.2 If any provision is held invalid, the rest of this Agreement remains in force.

13.3 Notices shall be sent by registered letter or by e-mail with acknowledgement to the addresses in Appendix 1.

13.4 This Agreement is made in English. A Chinese translation is attached for the Client's convenience; the English
version prevails.

APPENDIX 1 - Query allowance and rates for additional query blocks.
APPENDIX 2 - Connector specification and acceptance test list.

For Berthaume Provenance Data SAS              For Shanghai Jinyue Art Auction Co., Ltd.

Name: ____________________                     Name: ____________________
Title: ___________________                     Title: ___________________
Date: ____________________                     Date: ____________________
"""
L["e05"] = dict(language="en", category="cloud", terms=dict(
    availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=800 / 837000 * 100, liability_cap_pct=120,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="France", contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=837000),
    foreign_forum=True, items=[24 * 33000, 45000], pays=[99000] * 8 + [45000],
    figures=["837,000", "commercially reasonable efforts", "CNY 800", "120%", "French law", "Commercial Court of Paris"],
    plan=["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])


# ---------------------------------------------------------------- rules (policy §3 / §4, default thresholds)
def tco_share(lab):
    t, x = lab["terms"], lab["extra"]
    fee = t["post_warranty_fee_pct"]
    if fee is None or not x.get("post_warranty_fee_capped"):
        return None
    base = lab.get("licence") or x["contract_value"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    service = fee / 100 * base * years
    return service / (x["contract_value"] + service) * 100


def rules(lab):
    t, x = lab["terms"], lab["extra"]
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")   # reading: "unstated" fires also when there is no SLA at all (e05)
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
        share = tco_share(lab)
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or lab["foreign_forum"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    sev = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
           "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
    levels = {sev.get(r, "medium") for r in rs}
    return "high" if "high" in levels else "medium" if "medium" in levels else "low"


# ---------------------------------------------------------------- threshold scan (any form)
TH = {
    "availability 99.9": r"99\.9(?![\d])|99\.90+(?!\d)|ninety-nine point nine(?! five)",
    "response 4 h": r"(?<![\d.,])4\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)|四(?:个)?小时|(?<![-\w])four\s*(?:\(4\)\s*)?(?:business |working |clock )?hours?",
    "LD 0.05 %": r"(?<![\d.])0\.050*\s*%|万分之五(?![十])|0\.5\s*‰",
    "cap 100 %": r"(?<![\d.,])100(?:\.0+)?\s*%|百分之(?:一)?百(?![分])|one hundred per ?cent",
    "prepay 30 %": r"(?<![\d.,])30(?:\.0+)?\s*%|百分之三十(?![一二三四五六七八九])|thirty per ?cent",
    "warranty 12 m": r"(?<![\d.,])12\s*(?:个)?月|(?<![\d.,])12[- ]months?|twelve[- ](?:\(12\)\s*)?months?|十二个月|(?<![第每首])一年",
    "fee 15 %": r"(?<![\d.,])15(?:\.0+)?\s*%|百分之十五|fifteen per ?cent",
    "TCO 40 %": r"(?<![\d.,])40(?:\.0+)?\s*%|百分之四十(?![一二三四五六七八九])|forty per ?cent",
}
POS = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "within four hours", "four (4) hours", "0.05%", "万分之五",
       "100%", "百分之百", "30%", "百分之三十", "12个月", "12 months", "twelve months", "十二个月", "质保期一年", "15%",
       "百分之十五", "40%", "forty per cent", "one hundred per cent"]
NEG = ["99.95%", "99.98%", "24 hours", "14 hours", "twenty-four hours", "0.08%", "万分之三", "万分之五十", "150%", "200%",
       "130%", "百分之三十五", "120%", "12个工作日", "24个月", "每年", "第一年", "215%", "1.4 hours", "98%"]
for s_ in POS:
    assert any(re.search(p, s_) for p in TH.values()), s_
for s_ in NEG:
    assert not any(re.search(p, s_) for p in TH.values()), s_


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


KEYS_T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

if __name__ == "__main__":
    # sums and rule plan
    for k, lab in L.items():
        cv = lab["extra"]["contract_value"]
        assert sum(lab["items"]) == cv, (k, sum(lab["items"]), cv)
        assert sum(lab["pays"]) == cv, (k, sum(lab["pays"]), cv)
        assert list(lab["terms"]) == KEYS_T, k
        if lab["terms"]["prepayment_pct"] is not None:
            assert abs(lab["pays"][0] / cv * 100 - lab["terms"]["prepayment_pct"]) < 1e-9, k
        got = rules(lab)
        assert got == sorted(lab["plan"]), (k, got, lab["plan"])
    # write md / txt, build docx / pdf
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for k, (name, kind) in F.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(S[k], encoding="utf-8")
            print("wrote", name)
    write({k: S[k] for k in F if F[k][1] in ("docx", "pdf")},
          {k: F[k] for k in F if F[k][1] in ("docx", "pdf")}, OUT, wrap_words=True)
    # read back: lengths, figures, thresholds
    bad = []
    for k, (name, kind) in sorted(F.items()):
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text)
        for fig in L[k]["figures"]:
            assert re.sub(r"\s+", "", fig) in flat, (k, fig)
        joined = re.sub(r"(?<=[\u2e80-\U0010ffff])\n(?=[\u2e80-\U0010ffff])", "", text)
        for what, pat in TH.items():
            for scan in (text, joined, re.sub(r"\s*\n\s*", " ", text)):
                m = re.search(pat, scan)
                if m:
                    bad.append((name, what, scan[max(0, m.start() - 30):m.end() + 30]))
        n = len(text) if L[k]["language"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if L[k]["language"] == "zh" else (1500, 1700)
        rs = rules(L[k])
        print("%-58s %-4s %5d %s  %s  %s" % (name, L[k]["language"], n, "chars" if L[k]["language"] == "zh" else "words",
                                             risk(rs), ", ".join(rs) or "(none)"),
              "" if tco_share(L[k]) is None else "TCO share %.2f" % tco_share(L[k]))
        assert lo <= n <= hi, (name, n)
    assert not bad, bad
    # labels
    for k, (name, kind) in F.items():
        lab = L[k]
        out = {"file": name, "language": lab["language"], "category": lab["category"],
               "expected_terms": lab["terms"], "expected_extra": lab["extra"], "expected_rules": rules(lab)}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    print("labels written:", len(F))
