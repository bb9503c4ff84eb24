"""holdout292: builds the ten draft contracts (sources kept below), checks every price / payment sum, re-applies the
contract rules of policy §3/§4 to the hand labels, writes the .json labels, reads every built file back
(python-docx paragraphs + tables, pypdf, plain text) and scans it for threshold values and text lengths.
Run with /work/main/.venv/bin/python from anywhere; writes only into this folder."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
C = {}  # key -> contract record


def add(key, **kw):
    C[key] = kw

# ---------------------------------------------------------------- h292z01 (zh, docx, buyer's paper, compliant)
Z01 = """T:南岭省养老服务综合监管平台建设项目政府采购合同
P:项目编号：NLMZ-2025-GK-0316　　采购方式：公开招标
P:甲方（采购人）：南岭省民政厅
P:乙方（中标供应商）：云泽颐养信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目招标文件和乙方投标文件，双方就南岭省养老服务综合监管平台建设事宜，经协商一致订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分。
H:第一条　项目内容
P:1.1 乙方为甲方建设覆盖省、市、县三级的养老服务综合监管平台，包括养老机构备案与星级评定、居家和社区养老服务补贴核发、服务质量抽查、从业人员管理、监管驾驶舱等功能，并完成与相关业务系统的数据对接、部署实施和培训。
P:1.2 详细功能需求以招标文件第五章《技术需求书》为准，乙方投标文件中优于招标文件的承诺一并适用。
P:1.3 平台部署于南岭省政务云，由甲方提供云资源及基础网络环境，乙方负责应用系统、中间件配置和数据库部署，并配合政务云运营方完成安全接入。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰捌拾贰万捌仟元整（¥2,828,000），为固定总价，已包含软件许可、定制开发、数据对接、部署实施、培训、税费及质保期内的全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（养老服务监管基础平台，省级永久许可，不限用户数）|980,000
TB:2|定制开发（星级评定、补贴核发、质量抽查、从业人员管理、监管驾驶舱）|1,260,000
TB:3|数据对接（省民政一体化平台、医保结算、人口基础库、市县两级平台）|386,000
TB:4|部署实施及培训|154,000
TB:5|等级保护测评及密码应用评估配合|48,000
TB:合计||2,828,000
H:第三条　付款方式
P:3.1 合同签订后十个工作日内，乙方提交等额预付款保函，甲方支付合同总价的20%作为预付款，即人民币565,600元。
P:3.2 平台通过初验后十个工作日内，甲方支付合同总价的45%，即人民币1,272,600元。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即人民币989,800元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款，因财政资金拨付流程造成的延迟不视为甲方违约。
H:第四条　实施进度
P:4.1 乙方应在合同签订后七十五日内完成平台部署和全部数据对接，并提交初验申请；初验合格后平台进入九十日试运行期。
P:4.2 乙方应按甲方批准的实施方案派驻项目经理及不少于六名实施人员，未经甲方同意不得更换项目经理。
P:4.3 乙方应为省、市、县三级民政部门业务人员分批开展操作培训，培训不少于八场，并为甲方信息中心技术人员提供平台运维专项培训，培训教材由乙方免费提供。
P:4.4 乙方应在中标后五个工作日内向甲方缴纳合同总价5%的履约保证金，最终验收合格且无未了结违约事项的，甲方在十个工作日内无息退还。
H:第五条　验收
P:5.1 初验标准：（1）招标文件所列功能点逐项测试通过；（2）各数据接口连续十日运行无差错，对账结果一致；（3）在一千五百个并发用户下，常用页面响应时间不超过2秒、统计查询不超过5秒；（4）第三方测评机构出具的安全测评报告无高危问题。
P:5.2 最终验收标准：试运行期内无一级故障，初验遗留问题全部关闭，用户手册、运维手册、源代码及数据字典等文档移交完毕，并通过等级保护第三级测评及密码应用安全性评估。
P:5.3 验收由甲方组织，可邀请专家参加，双方在验收报告上签字确认。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条　质量保证及后续运维
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和现场支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的10%，即每年不超过人民币98,000元，且在质保期满后三个年度内不上调。运维合同由双方另行签订，不自动续期。
P:6.3 质保期内，乙方每季度对平台进行一次巡检，检查服务器资源、数据库性能、接口运行和安全补丁情况，并向甲方提交书面巡检报告；重大节假日及补贴集中发放期间安排专人值守。
H:第七条　服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或补贴核发中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一版本中修复。
P:7.3 响应或到场每超时一小时，乙方向甲方支付人民币1,000元；月度可用率每低于承诺值0.01个百分点，乙方支付人民币1,500元，从当期应付款或履约保证金中扣除。
P:7.4 乙方每月向甲方报送服务报告，列明故障处理、可用率统计和改进措施，经甲方信息中心确认后存档。
H:第八条　数据安全
P:8.1 平台中的老年人信息、机构信息、补贴发放及业务数据均属于甲方，乙方仅为履行本合同在甲方授权范围内处理，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应落实等级保护第三级要求，实施人员通过堡垒机访问生产环境，个人信息字段加密存储，操作日志保存不少于六个月。测试使用经甲方脱敏处理的数据。
P:8.3 发生数据泄露或安全事件时，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失及行政处罚由乙方全额承担。
H:第九条　保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十条　知识产权
P:10.1 定制开发成果、接口程序、源代码及全部文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.2 基础平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方权利。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失、数据泄露或侵犯知识产权造成的损失不受此限。
H:第十二条　分包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十三条　合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条　法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条　不可抗力
P:因地震、洪水、重大疫情等不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，在影响范围内免除责任；不可抗力消除后，双方应继续履行或协商调整进度。
H:第十六条　其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。附件：技术需求书、分项报价表、实施方案。
P:甲方（盖章）：南岭省民政厅　　　授权代表：________　　日期：____年__月__日
P:乙方（盖章）：云泽颐养信息技术有限公司　　　授权代表：________　　日期：____年__月__日
"""
add("h292z01", file="h292z01_civil_affairs_elderly_care_supervision_platform.docx", fmt="docx", lang="zh",
    category="software", src=Z01, forum_outside=False, fee_base=980000,
    kind_note="民政厅 养老服务综合监管平台 (licence + custom development + interfaces), 政府采购 公开招标, buyer's paper",
    sums=[([980000, 1260000, 386000, 154000, 48000], 2828000), ([20, 45, 35], 100),
          ([565600, 1272600, 989800], 2828000), ([0.20 * 2828000], 565600), ([0.10 * 980000], 98000)],
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.06,
               liability_cap_pct=200, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=10, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2828000),
    rules=[], figs=["99.95%", "30分钟内响应", "万分之六", "两倍", "20%", "二十四个月", "10%", "98,000", "2,828,000"])

# ---------------------------------------------------------------- h292z02 (zh, md, press-line control + 维保)
Z02 = """# 挤压生产线控制系统改造及维保合同

合同编号：HS-ZB-2025-041

甲方（买方）：佛山市南海鸿晟铝业型材有限公司
乙方（卖方）：广州智挤自动化工程有限公司

鉴于甲方三条铝型材挤压生产线（1#、2#、3#，挤压机吨位分别为1800吨、2500吨、3600吨）的原控制系统老化、备件停产，甲方决定对其进行改造；乙方具备相应的设计、供货、安装和调试能力。双方经友好协商，订立本合同。

## 一、供货及工作范围

（一）乙方负责三条挤压线控制系统的设计、供货、安装、调试和培训，包括主控PLC柜、人机界面及工控机、比例伺服液压控制单元、铝棒感应加热炉温控系统，以及挤压数据采集与工艺管理软件。

（二）乙方负责拆除旧控制柜，完成动力及信号电缆的敷设和接线，保留原有主油泵和主缸，改造后各线应实现等温挤压、速度闭环控制和模具温度联锁。

（三）乙方应利用甲方计划停产窗口分线切换，每条线停机时间不超过七日。

（四）改造后的控制系统应采用甲方指定品牌的PLC和变频器，预留与甲方现有能源计量系统的通讯接口，主要电气元件应为合格品牌的全新产品，不得使用翻新件；电气柜防护等级不低于IP54，柜内预留不少于两成的备用空间和端子。

## 二、合同价格

| 序号 | 名称 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 主控PLC柜（含冗余CPU、远程IO） | 3套 | 312,000 | 936,000 |
| 2 | 人机界面及工控机 | 3套 | 68,000 | 204,000 |
| 3 | 比例伺服液压控制单元 | 3套 | 186,000 | 558,000 |
| 4 | 铝棒感应加热炉温控系统 | 1套 | 172,000 | 172,000 |
| 5 | 挤压数据采集与工艺管理软件许可 | 1套 | 266,000 | 266,000 |
| | 设备及软件小计 | | | 2,136,000 |
| 6 | 安装调试及停机切换 | 1项 | 218,000 | 218,000 |
| 7 | 操作及维修培训 | 1项 | 36,000 | 36,000 |
| | 合同总价 | | | 2,390,000 |

合同总价为人民币贰佰叁拾玖万元整，含13%增值税、运输、保险、安装调试及培训费用。除经甲方书面确认的需求变更外，合同总价不因原材料涨价、汇率变动或乙方报价遗漏而调整；乙方报价中漏报的零星材料和辅助工作视为已包含在合同总价内。

## 三、付款

（一）合同生效后七日内，甲方支付合同总价的25%作为预付款，计人民币597,500元。

（二）全部设备到达甲方厂区并经开箱清点签收后，甲方支付35%，计人民币836,500元。到货签收仅确认数量和外观，不代表质量验收。

（三）三条线全部通过终验后，甲方支付35%，计人民币836,500元。

（四）余下5%计人民币119,500元作为质量保证金，质保期满且无未处理质量问题后十五日内无息支付。

## 四、交货与安装

（一）乙方应在合同生效后六十日内交货，并按甲方停产计划在交货后四十五日内完成三条线的安装和切换。

（二）乙方现场人员须遵守甲方安全生产管理制度，动火、登高、带电作业应办理作业许可，因乙方违章造成的人身和财产损失由乙方承担。

（三）乙方应在每条线切换前提交切换方案，列明拆除顺序、接线图、回退措施和人员安排，经甲方设备部审核后实施；切换期间乙方项目经理必须驻厂。

（四）乙方应为甲方操作工和维修电工各组织不少于两期培训，内容包括设备操作、参数设定、常见故障判断和程序备份恢复，培训后进行考核，考核合格人员不少于二十名。

## 五、验收

（一）单线验收：每条线切换后连续生产七十二小时，挤压速度波动不超过设定值的±2%，铝棒加热温度偏差不超过±5℃，模具温度联锁、紧急停机及各项报警功能测试合格。

（二）终验：三条线均完成单线验收后再连续稳定运行三十日，成品率不低于改造前同期水平，工艺数据采集完整，图纸、程序备份和说明书移交完毕，由双方签署终验证书。

（三）设备安装完成、投入生产或甲方支付款项，均不视为验收合格。

## 六、质量保证

（一）质保期为十八个月，自终验证书签署之日起计算。质保期内因设备质量或安装原因出现的故障，乙方免费修理或更换。

（二）故障响应：一级故障（整线停机）乙方应在15分钟内电话响应，2小时内到场，8小时内恢复生产；二级故障（单项功能失效）1小时内响应，次日内处理完毕。响应或到场每超时一小时，乙方向甲方支付人民币2,000元。

（三）质保期内乙方每半年对三条线进行一次全面检查，包括液压比例阀零点校准、加热炉热电偶校验和程序备份核对，并出具检查记录。

（四）乙方在佛山设常备备件库，关键备件（CPU模块、比例阀放大板、温控模块）库存不少于各两套。

## 七、质保期满后的维保

（一）质保期满后，乙方按年向甲方提供维保服务，内容包括每季度一次预防性检修、全部备品备件、驻场工程师一名及软件版本升级。

（二）维保年费按设备及软件小计的25%计收，即每年人民币534,000元，于每个维保年度开始后三十日内支付；该费用标准在质保期满后三个年度内保持不变。

（三）维保期间的故障响应及到场时限按本合同第六条第（二）项执行，乙方每季度检修后提交检修报告，列明更换备件、调整参数和隐患整改建议。

（四）维保合同期满前，双方另行协商续签事宜，不自动续期。

## 八、生产数据

挤压工艺参数、配方、产量及质量记录等生产数据归甲方所有，乙方仅可为本合同的安装调试和维保目的使用，不得出售或用于其他目的。

## 九、保密

乙方对在甲方厂区内知悉的模具设计、工艺配方、客户订单及经营信息负有保密义务，未经甲方书面同意不得向任何第三方透露。保密义务在合同终止后三年内有效。

## 十、知识产权

为本项目编制的PLC程序、人机界面画面、工艺配方模板及源程序归甲方所有，乙方应在终验时交付完整的可编辑版本，甲方可自行修改和使用。乙方标准软件的著作权仍归乙方，甲方获得永久使用许可。

## 十一、违约责任

（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。

（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

## 十二、分包

电缆桥架和土建基础等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。

## 十三、解除

一方严重违约，经另一方书面通知后二十日内仍未纠正的，守约方有权解除合同并要求赔偿损失。

## 十四、适用法律及争议

本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。

## 十五、不可抗力

因台风、洪涝等不可抗力致使合同不能按期履行的，受影响方应在三日内通知对方并提供证明，履行期限相应顺延；影响持续超过六十日的，双方协商是否继续履行。

## 十六、其他

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单、停产切换计划。

甲方（盖章）：佛山市南海鸿晟铝业型材有限公司　　代表：________

乙方（盖章）：广州智挤自动化工程有限公司　　代表：________

日期：2025年____月____日
"""
add("h292z02", file="h292z02_aluminium_extrusion_press_line_control_maintenance.md", fmt="md", lang="zh",
    category="hardware", src=Z02, forum_outside=False, fee_base=2136000,
    kind_note="铝型材厂 三条挤压线控制系统改造 (PLC, HMI, servo-hydraulic, heating-furnace control, data licence) + post-warranty 维保",
    sums=[([936000, 204000, 558000, 172000, 266000], 2136000), ([3 * 312000, 3 * 68000, 3 * 186000], 936000 + 204000 + 558000),
          ([2136000, 218000, 36000], 2390000), ([25, 35, 35, 5], 100),
          ([597500, 836500, 836500, 119500], 2390000), ([0.25 * 2136000], 534000)],
    terms=dict(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=25, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=25, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2390000),
    rules=["CR-DATA-SECURITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    figs=["15分钟内电话响应", "千分之一", "25%", "十八个月", "534,000", "2,136,000", "2,390,000"])

# ---------------------------------------------------------------- h292z03 (zh, txt, barbershop SaaS + 实施)
Z03 = """门店预约与会员管理云服务协议

协议编号：YJ-SAAS-2025-0718

客户（甲方）：广州剪艺连锁美发管理有限公司
服务商（乙方）：杭州约剪云科技有限公司

甲方在广州、佛山、东莞经营七十家直营理发门店，拟统一上线线上预约、会员储值、收银及员工提成管理系统。乙方提供"约剪云"门店管理软件服务（SaaS）及上线实施服务。双方依据《中华人民共和国民法典》，订立本协议。

1. 服务内容
1.1 乙方通过互联网向甲方提供约剪云服务，包括：顾客小程序预约、发型师排班、会员储值及次卡、门店收银、库存管理、员工提成计算和总部经营报表。
1.2 乙方提供上线实施服务：七十家门店的基础资料配置、原有会员卡及储值余额的数据迁移、收银机和扫码设备对接、店长及前台培训、总部报表定制。
1.3 服务期为三个服务年度，共36个月，自甲方书面确认上线验收之日起算。
1.4 服务期内乙方免费提供软件功能更新、在线客服、电话支持和远程协助；如乙方推出需另行收费的增值模块，甲方可自主决定是否购买，未购买的不影响本协议约定功能的正常使用。
1.5 甲方负责门店网络、收银机、扫码枪和小票打印机等终端设备，乙方在附件一中列明兼容的设备型号，并在实施期间协助甲方完成设备调试。

2. 费用
2.1 门店服务费：每家门店每个服务年度人民币3,600元，七十家门店合计每年人民币252,000元。
2.2 总部管理模块服务费：每个服务年度人民币48,000元。
2.3 上述两项年度服务费合计每年人民币300,000元，三个服务年度合计人民币900,000元。
2.4 上线实施费：人民币126,000元，一次性支付。
2.5 本协议总额为人民币1,026,000元（含6%增值税）。服务期内新增门店按每店每年3,600元按月折算计费，闭店门店自次月起停止计费。

3. 付款
3.1 第一个服务年度的服务费人民币300,000元，于系统正式上线前十个工作日内支付；其后各服务年度的服务费，于该服务年度开始前十个工作日内支付。
3.2 上线实施费人民币126,000元，于甲方签署上线验收确认书后十五个工作日内支付。
3.3 乙方应在收款前开具增值税专用发票。
3.4 甲方逾期支付服务费超过三十日的，乙方可书面催告后暂停新增会员和储值功能，但不得删除甲方数据，也不得影响顾客已预约订单的履行；甲方付清欠款后乙方应在一个工作日内恢复全部功能。

4. 实施与验收
4.1 乙方应在本协议签订后四十五日内完成全部门店的配置、数据迁移和培训，具备上线条件。
4.2 上线验收标准：（1）七十家门店均能正常预约、收银和出具小票；（2）迁移后会员数量、储值余额和次卡剩余次数与甲方旧系统导出数据逐条核对一致；（3）三百家门店规模的模拟压力测试下，预约提交响应时间不超过2秒；（4）总部报表数据与门店收银流水一致。
4.3 甲方在收到验收申请后五个工作日内组织验收，不合格的，乙方应限期整改后重新提交。系统试用或部分门店先行使用，不视为验收合格。
4.4 数据迁移前，乙方应提交迁移方案和核对规则，经甲方财务部确认；迁移期间甲方门店暂停会员储值业务不超过一个晚上，乙方应安排技术人员通宵值守，迁移失败时按方案回退至旧系统。
4.5 乙方为每家门店的店长和前台各提供一次现场或视频培训，并为甲方总部提供培训手册和操作视频，便于新入职员工自学。

5. 服务水平
5.1 乙方承诺约剪云服务的月度可用率不低于99.5%，计划内维护应安排在每日凌晨一点至六点之间并提前通知甲方。
5.2 故障响应：一级故障（全部门店无法预约或收银）30分钟内响应，3小时内恢复；二级故障（单项功能异常）2小时内响应，当日内解决；一般咨询在工作时间内即时答复。
5.3 月度可用率低于承诺值的，按月折算服务费的5%抵扣；低于99%的，按10%抵扣；一级故障响应超时的，每次抵扣人民币800元。抵扣金额在下一服务年度服务费中扣减。
5.4 乙方每日对甲方数据进行全量备份，备份保存不少于三十日，备份数据存放于与生产环境不同的可用区；乙方每半年进行一次恢复演练，并将演练结果告知甲方。
5.5 乙方每月向甲方发送服务报告，列明可用率、故障记录和抵扣金额。

6. 数据
6.1 甲方会员的姓名、手机号、消费和储值记录以及门店经营数据归甲方所有，甲方可随时在线导出全部数据。
6.2 乙方可在去除姓名、手机号等个人身份信息后，将甲方门店的经营和消费数据与其他客户的数据汇总，用于编制美业行业分析报告和改进乙方产品，该等汇总结果归乙方所有，本协议终止后仍可继续使用。
6.3 协议终止后三十日内，乙方应向甲方移交全部数据并删除其系统中的甲方原始数据，但第6.2条所述汇总数据除外。
6.4 甲方向顾客发送营销短信的内容和频次由甲方自行决定，乙方不得利用甲方会员信息向甲方顾客推送乙方或第三方的广告。

7. 数据安全
7.1 乙方应按照网络安全等级保护第三级的要求运营约剪云，对会员手机号及储值数据加密存储，运维人员访问生产数据须经审批并留存日志。
7.2 发生数据泄露、篡改或丢失的，乙方应在24小时内书面通知甲方，配合甲方处理顾客投诉并承担因此造成的损失和行政处罚。

8. 保密
双方对在履行本协议过程中获悉的对方商业秘密，包括门店经营数据、价格策略和技术资料，负有保密义务，未经对方书面同意不得向第三方披露。保密义务在协议终止后三年内有效。

9. 知识产权
约剪云软件的知识产权归乙方所有。乙方为甲方定制的总部报表、小程序页面设计和门店提成规则配置归甲方所有，甲方可自行或交由第三方修改使用。

10. 续展
10.1 服务期满前三十日，任何一方未书面提出不续约的，本协议自动续展一个服务年度，此后亦同。
10.2 续展期的服务费由乙方根据其当期价格体系确定，乙方应在续展前通知甲方调整后的价格，甲方未在续展前提出不续约的，视为接受。

11. 违约
11.1 乙方未按第4.1条期限具备上线条件的，每逾期一日，按本协议总额的万分之八向甲方支付违约金。
11.2 因乙方原因导致会员储值余额或次卡数据错误的，乙方应在发现后两个工作日内核实更正，并赔偿甲方因此向顾客补偿的金额。
11.3 任何一方严重违反本协议，经对方书面催告后十五日内仍未改正的，对方有权解除本协议；因乙方原因解除的，乙方应退还未使用服务期的服务费。

12. 分包
乙方使用的云计算基础设施服务商列于附件二，经双方签字确认。乙方将实施或运维工作交由其他第三方的，须事先取得甲方书面同意。

13. 法律适用
本协议适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交广州仲裁委员会仲裁。

14. 不可抗力
因自然灾害、电信骨干网故障、政府行为等不可抗力导致服务中断的，受影响方不承担违约责任，但应及时通知对方并尽力减少损失。

15. 其他
本协议一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单及门店列表；附件二：云基础设施服务商。

甲方（盖章）：广州剪艺连锁美发管理有限公司　　签署日期：
乙方（盖章）：杭州约剪云科技有限公司　　签署日期：
"""
add("h292z03", file="h292z03_barbershop_chain_booking_membership_saas.txt", fmt="txt", lang="zh",
    category="cloud", src=Z03, forum_outside=False, fee_base=None,
    kind_note="理发连锁 (70 stores) 预约及会员 SaaS, 36 months + 上线实施, vendor's paper",
    sums=[([70 * 3600], 252000), ([252000, 48000], 300000), ([3 * 300000], 900000), ([900000, 126000], 1026000)],
    terms=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1026000),
    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    figs=["99.5%", "30分钟内响应", "万分之八", "1,026,000", "300,000", "126,000"])

# ---------------------------------------------------------------- h292z04 (zh, pdf, 疾控 LIS O&M, 竞争性磋商)
Z04 = """T:东平市疾病预防控制中心实验室信息管理系统运维服务合同
P:采购项目编号：DPJK-2025-CS-027　　采购方式：竞争性磋商
P:采购人（甲方）：东平市疾病预防控制中心
P:成交供应商（乙方）：江宁检联信息技术有限公司
P:甲方的实验室信息管理系统（LIS）承担病原微生物检测、理化检验、职业健康检测及传染病监测样本的登记、检测、审核和报告发放。为保障系统稳定运行，甲方通过竞争性磋商确定乙方为本项目成交供应商。根据磋商文件、乙方响应文件及成交通知书，双方订立本合同。本合同所用"一级故障""二级故障""驻场"等用语的含义以磋商文件技术要求部分的定义为准，未定义的按行业通常理解执行。
H:第一条　服务范围和服务期
P:（一）运维对象：LIS应用系统及其数据库、中间件，检验仪器数据接口（共计126台检验仪器），与市级全民健康信息平台和省传染病监测系统的数据接口，以及系统所在的两台应用服务器和一套存储设备。
P:（二）服务内容：驻场运维、远程技术支持、故障处理、系统版本维护、数据库巡检和性能优化、数据备份检查、接口维护、等保测评整改配合，以及重大公共卫生事件期间的应急保障。
P:（三）服务期自2025年8月1日起至2026年7月31日止。服务期满本合同自然终止，甲方如需继续采购运维服务，按政府采购程序另行确定供应商。
P:（四）应急保障：发生突发公共卫生事件、甲方启动应急响应或开展大规模样本检测期间，乙方应在接到通知后增派不少于两名工程师驻场，实行全天候值守，直至甲方解除应急状态，增派人员费用已包含在服务费中。
P:（五）系统版本维护包括适配国家和省级检验报告格式、传染病报告卡字段及上级平台接口标准的变更，乙方应在上级部门规定的时限内完成修改、测试和上线。
H:第二条　服务费用
P:（一）本合同服务费总额为人民币伍拾捌万玖仟元整（¥589,000），包括：驻场工程师服务（两名）312,000元；远程技术支持及版本维护128,000元；数据库及中间件维护86,000元；检验仪器接口维护63,000元。
P:（二）服务费为固定价格，包含人工、差旅、工具、税费及乙方履约所需的一切费用。服务期内新增不超过十台检验仪器接入的，乙方不另行收费。
H:第三条　付款方式
P:（一）服务费按季度支付，每季度人民币147,250元。乙方在每个服务季度结束后十日内提交季度服务报告和发票，甲方在收到后十五个工作日内支付该季度服务费。
P:（二）本合同不设预付款。甲方付款前有权核对季度服务报告所列工作量与驻场考勤记录，二者不一致的，乙方应在五个工作日内补充说明，甲方收到补充说明后再行付款。
H:第四条　服务进场与交接
P:（一）乙方应在服务期开始前五日内完成与原运维单位的交接，包括系统账号、运维文档、备份策略和未关闭问题清单，交接结果由甲方信息科确认。
P:（二）驻场工程师须具备三年以上LIS或医院信息系统运维经验，工作时间为甲方工作日八时至十八时，节假日及夜间实行电话值班；更换驻场人员须提前十日征得甲方同意。
P:（三）驻场工程师因病、因事不能到岗的，乙方应当日安排具备同等能力的替补人员，并将替补人员名单报甲方信息科备案。
P:（四）服务期满前三十日，乙方应配合甲方或甲方新确定的运维单位完成交接，移交内容与本条第（一）项相同，交接完成前乙方不得撤离驻场人员。
H:第五条　服务水平
P:（一）LIS系统年度可用率不低于99.95%。
P:（二）一级故障（系统整体停止运行、报告无法发放或传染病网络直报中断）乙方应在20分钟内响应，1小时内到场处理，6小时内恢复；二级故障（单台仪器或单个接口异常）1小时内响应，当日内解决；三级问题在三个工作日内解决。
P:（三）乙方每月开展一次数据库巡检和备份恢复抽查，每季度提交运维分析报告，内容包括故障统计、性能趋势、容量预测和安全隐患，并提出优化建议。
P:（四）乙方应在每次系统版本更新、补丁安装和接口变更前提交变更方案，在甲方同意的时间窗口内实施，实施前完成数据备份，实施后进行功能验证。
P:（五）服务水平未达到前款要求的，乙方应向甲方书面说明原因并限期整改。本合同不就服务水平未达标扣减服务费，也不就此计收违约金或要求乙方赔偿。
H:第六条　服务考核与验收
P:（一）甲方每季度根据乙方提交的服务报告、故障记录和用户意见对乙方进行考核，考核结果记入供应商履约档案，并作为甲方今后采购评审时的参考。
P:（二）考核内容包括驻场出勤、故障处理记录、巡检报告质量、变更管理规范性和用户满意度，甲方信息科、检验科和质量管理科共同参与考核。
P:（三）服务期满后，甲方组织终期验收。验收标准为：服务期内所有一级故障均已关闭并形成分析报告；备份恢复抽查记录完整；运维文档、配置清单和账号清单更新并移交；等保测评中涉及LIS的整改项已完成。
H:第七条　数据安全
P:（一）LIS中的检测数据、受检者个人信息及传染病监测数据均属于甲方，乙方仅能为履行本合同的运维目的接触，不得复制、留存或对外提供，不得用于其他任何用途。
P:（二）乙方人员须签署个人保密承诺书，通过甲方堡垒机访问系统，禁止使用个人存储介质；生产数据原则上不得导出，确需导出的须经甲方书面审批。
P:（三）发生数据泄露或安全事件的，乙方应在1小时内报告甲方，并配合调查处置；因乙方原因造成的损失和处罚由乙方承担。
P:（四）服务期满或合同解除时，乙方应交还全部账号、门禁卡和甲方提供的资料，删除因运维需要临时保存的任何甲方数据，并出具书面删除确认。
H:第八条　保密
P:乙方对履行本合同中知悉的甲方内部资料、检测方法、疫情信息及网络配置负有保密义务，未经甲方书面同意不得以任何形式披露。保密义务不因合同终止而解除。
H:第九条　知识产权
P:乙方在服务期内编写的运维文档、脚本、接口程序修改代码及分析报告归甲方所有，甲方可自由使用和修改。
H:第十条　辅助工作的委托
P:乙方可将机房巡检、服务器硬件维修及仪器接口现场布线等辅助工作委托具备相应能力的第三方完成，但应提前五个工作日书面告知甲方委托单位名称和人员名单。乙方对受托方的工作承担全部责任。
H:第十一条　违约责任
P:（一）乙方未按第四条第（一）项期限完成交接的，每逾期一日，按本合同服务费总额的千分之一向甲方支付违约金。
P:（二）乙方违反第七条、第八条的，甲方有权解除合同，并要求乙方赔偿全部损失。
H:第十二条　合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，按实际服务期结算服务费。
H:第十三条　法律适用和争议
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十四条　不可抗力
P:因地震、洪水、重大疫情封控等不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，在不可抗力影响范围内不承担责任。
H:第十五条　其他
P:本合同一式四份，甲乙双方各执两份，经双方签字盖章后生效。磋商文件、响应文件和成交通知书为本合同附件。
P:甲方（盖章）：东平市疾病预防控制中心　　负责人或授权代表：________
P:乙方（盖章）：江宁检联信息技术有限公司　　法定代表人或授权代表：________
P:签订日期：2025年____月____日
"""
add("h292z04", file="h292z04_cdc_lab_information_system_annual_om.pdf", fmt="pdf", lang="zh",
    category="services", src=Z04, forum_outside=False, fee_base=None,
    kind_note="疾控中心 LIS 运维服务 (驻场 + 远程 + 接口), 政府采购 竞争性磋商",
    sums=[([312000, 128000, 86000, 63000], 589000), ([4 * 147250], 589000)],
    terms=dict(availability_pct=99.95, p1_response_hours=20 / 60, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=589000),
    rules=["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    figs=["99.95%", "20分钟内响应", "千分之一", "589,000", "147,250", "书面告知"])

# ---------------------------------------------------------------- h292z05 (zh, md, supplier's own template, many problems)
Z05 = """# 禾丰智造MES系统软件许可及定制开发合同

（禾丰智造标准合同文本 V4.0）

合同编号：HF-MES-2025-0193

甲方（用户）：广西荔浦金穗腐竹食品有限公司

乙方（供应商）：东莞禾丰智造软件有限公司

甲方为提升腐竹生产过程的批次管理和质量追溯水平，决定采购乙方的禾丰MES系统并委托乙方进行定制开发。双方经平等协商，在乙方标准合同文本的基础上订立本合同，以资共同遵守。

## 第1条 合同标的

1.1 乙方向甲方提供禾丰MES系统标准版软件许可（一个工厂、不限用户数、永久使用），并根据甲方的腐竹生产工艺进行定制开发。

1.2 定制开发内容：泡豆、磨浆、煮浆、揭皮、烘干、包装六道工序的数据采集界面；浆温、烘房温湿度采集；批次追溯及召回查询；电子秤和喷码机对接；生产日报及质量报表。

1.3 乙方负责软件的安装部署、基础数据初始化和用户培训。

1.4 定制开发的具体功能以双方签字确认的需求确认书为准，需求确认书未列明的功能不属于本合同交付范围；乙方标准版软件已有的功能，不因甲方工艺差异而另行修改。

## 第2条 合同金额

| 项目 | 金额（元） |
|---|---|
| MES标准版软件许可 | 268,000 |
| 定制开发 | 312,000 |
| 实施部署 | 58,000 |
| 用户培训 | 12,000 |
| 合计 | 650,000 |

合同总额为人民币陆拾伍万元整（含税）。甲方需配置的服务器、工控机、扫码枪、温湿度传感器等硬件由甲方自行采购，不在本合同范围内。合同金额已包含乙方实施人员的人工费和差旅费，不包含第三方软件（如数据库、操作系统）的许可费用，该等软件由甲方按乙方推荐的版本自行购买。

## 第3条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总额的65%，即人民币422,500元，乙方收款后安排项目启动。

3.2 系统上线后七个工作日内，甲方支付合同总额的35%，即人民币227,500元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停实施。

## 第4条 实施与上线

4.1 乙方在收到首期款后九十日内完成安装部署和定制开发，具备上线条件。因甲方硬件、网络或人员配合原因导致的延误，实施期限相应顺延。春节前后三十日及甲方生产旺季，乙方可根据甲方要求暂停现场实施，暂停期间不计入实施期限。

4.2 甲方应指定项目负责人，及时提供工艺流程、物料编码、配方及设备参数等资料，并在乙方提交的需求确认书上签字；需求确认后甲方提出的修改按变更处理，另行计费。

4.3 乙方为甲方提供两天的集中培训，培训对象为甲方车间主任、班组长、质检员和信息管理员，培训地点在甲方工厂；培训超出约定天数的，按每人天人民币一千二百元另行收费。

4.4 甲方应在实施开始前按乙方提供的配置清单准备服务器、网络和车间终端，并保证车间无线网络覆盖泡豆、煮浆、揭皮和烘干区域；因车间高温高湿环境导致终端设备损坏的，由甲方自行负责。

4.5 乙方实施人员在甲方工厂期间的食宿由甲方安排，往返差旅费用已包含在实施部署费中。

## 第5条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用中发现的问题，乙方在后续服务中处理，不影响验收结论和付款。

## 第6条 免费维护期

6.1 乙方自系统上线之日起提供三个月的免费维护，包括缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或生产数据无法录入）乙方在接到甲方报修后12小时内响应；二级故障在两个工作日内响应；其他问题在下一版本中统一处理。

6.4 下列情形不属于免费维护范围：甲方自行修改系统配置或数据库导致的问题；甲方硬件、网络、操作系统故障；甲方新增工序、报表或接口的需求；因停电、病毒等非乙方原因导致的数据丢失。

6.3 乙方将尽力按上述时限处理故障，但乙方不因响应超时或修复时间超出预期承担任何扣款、赔偿或违约责任。

## 第7条 付费维护服务

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护服务协议，维护服务费按乙方当年公布的服务价格标准执行。

7.2 甲方未购买维护服务的，乙方对系统运行问题按次收费提供现场服务，收费标准以乙方届时报价为准。

7.3 乙方发布的新版本是否向甲方提供，由乙方根据甲方是否购买维护服务决定；甲方未购买维护服务的，不享有版本升级。

## 第8条 知识产权

8.1 禾丰MES系统标准版软件及其全部版本的著作权归乙方所有。

8.2 乙方为本项目定制开发的工序界面、报表、接口程序及相关源代码、文档，其知识产权均归乙方所有；甲方获得在本工厂范围内的非独占使用权，未经乙方书面同意，不得修改、反编译或提供给第三方。

8.3 乙方有权将本项目的定制开发成果纳入乙方产品，向其他客户提供。

## 第9条 数据

9.1 甲方在系统中录入和产生的生产数据归甲方所有。

9.2 甲方同意，乙方可对甲方生产数据进行脱敏处理后，用于乙方食品行业工艺模型的训练、产品优化和行业对标分析，该等使用不因本合同终止而终止。

9.3 乙方对其远程访问甲方系统的账号实行专人管理，对传输中的数据进行加密，定期提示甲方备份；因乙方人员过错导致甲方数据泄露的，乙方应在知悉后二十四小时内通知甲方，并承担相应的赔偿责任。

9.4 系统部署在甲方服务器上，甲方负责数据的日常备份和服务器安全防护；乙方远程维护须经甲方信息管理员临时开通账号，维护结束后由甲方关闭。

## 第10条 保密

双方对在合作中获知的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露，但依法应当披露的除外。甲方不得向第三方展示乙方系统的后台配置界面、数据库结构和操作手册，不得允许乙方的竞争对手接触本系统。保密义务在本合同终止后两年内有效。

## 第11条 违约责任

11.1 因乙方原因未能按第4.1条约定期限具备上线条件的，每逾期一日，乙方按合同总额的万分之二向甲方支付违约金，违约金总额不超过合同总额的百分之三。

11.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总额的百分之二十，乙方不对甲方的间接损失、利润损失和停产损失承担责任。

## 第12条 合同解除

一方严重违约，经守约方书面通知后三十日内仍未改正的，守约方有权解除本合同。甲方在支付首期款后单方解除合同的，已付款项不予退还。乙方因甲方逾期付款超过三十日而解除合同的，甲方应支付已完成工作对应的全部费用。

## 第13条 不可抗力

因自然灾害、政府行为、网络运营商故障等不能预见、不能避免的情况导致合同不能履行的，受影响方不承担责任，履行期限相应顺延。

## 第14条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地有管辖权的人民法院起诉。

## 第15条 其他

15.1 本合同未尽事宜，以乙方标准合同文本的通用条款为准。

15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：广西荔浦金穗腐竹食品有限公司　　代表签字：

乙方（盖章）：东莞禾丰智造软件有限公司　　代表签字：

签订日期：　　年　　月　　日
"""
add("h292z05", file="h292z05_tofu_skin_mes_supplier_template.md", fmt="md", lang="zh",
    category="software", src=Z05, forum_outside=False, fee_base=268000,
    kind_note="腐竹厂 MES licence + 定制开发, supplier's own template (禾丰智造标准合同文本 V4.0)",
    sums=[([268000, 312000, 58000, 12000], 650000), ([65, 35], 100), ([422500, 227500], 650000)],
    terms=dict(availability_pct=None, p1_response_hours=12, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=3, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=None, governing_law=None,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
               contract_value=650000),
    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    figs=["12小时内响应", "万分之二", "百分之二十", "65%", "三个月", "当年公布的服务价格标准", "650,000", "即视为甲方验收合格"])

# ---------------------------------------------------------------- h292e01 (en, pdf, plush CAD perpetual licences, Greek vendor)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT - PLUSHCAD PATTERN DESIGN SUITE
P:Agreement No. APS-CN-2025-112
P:This Agreement is made between Shantou Haobei Toy Design Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Chenghai District, Shantou, Guangdong (the "Buyer"), and Aegean Pattern Systems S.A., a company incorporated in Greece with its registered seat on the island of Nisída Gavdopoula, Greece (the "Vendor").
H:Background
P:(A) The Buyer designs plush toys, soft dolls and fabric accessories for export customers and wishes to replace its ageing two-dimensional pattern software with a suite that supports three-dimensional plush simulation, seam allowance management, size grading and fabric nesting.
P:(B) The Vendor develops and licenses the PlushCAD Pattern Design Suite and has offered perpetual licences, the migration of the Buyer's pattern library, training and support on the terms below.
P:(C) At the Buyer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the PlushCAD Designer and PlushCAD Grading and Nesting modules in object code, with their documentation and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the Buyer-specific pattern templates, the converters for the Buyer's legacy pattern files, the label and size-chart templates and any scripts written by the Vendor for the Buyer under Clause 3.
P:1.3 "Buyer Data" means all patterns, designs, sketches, fabric specifications, customer names, orders and other files created or stored by the Buyer, whether or not processed with the Software.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Clause 5.3.
H:2. Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the number of named seats set out in Clause 4 at the Buyer's premises in Shantou and at any affiliate of the Buyer in mainland China.
P:2.2 The Buyer may move seats between workstations and employees at any time by deactivating the seat on one workstation and activating it on another, and may keep backup copies of the Software for its own use.
P:2.3 The Buyer shall not sublicense, rent or reverse engineer the Software, except to the extent permitted by mandatory law.
H:3. Services
P:3.1 The Vendor shall install the Software on the Buyer's workstations and licence server, migrate the Buyer's library of approximately 14,000 legacy pattern files, build the Custom Deliverables and train the Buyer's pattern makers and graders.
P:3.2 The Vendor shall perform the on-site work through its engineers travelling to Shantou and may provide remote assistance only through the remote access arrangements set out in Clause 9.
P:3.3 The Vendor shall complete installation within 30 days and all services under Clause 3.1 within 75 days after the Effective Date.
H:4. Prices
P:4.1 The Contract Price is CNY 1,160,000, inclusive of applicable taxes, travel and all costs of the Vendor, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:PlushCAD Designer perpetual licence|40 seats|23,800|952,000
TB:PlushCAD Grading and Nesting module perpetual licence|12 seats|9,600|115,200
TB:Licence Subtotal|||1,067,200
TB:Pattern library migration and Custom Deliverables|1 lot|68,000|68,000
TB:Training (six on-site days, two groups)|1 lot|24,800|24,800
TB:Contract Price|||1,160,000
P:4.2 Prices are fixed for the duration of this Agreement. Additional seats ordered within two years after Final Acceptance shall be priced at the unit prices above.
H:5. Payment and Acceptance
P:5.1 The Buyer shall pay (a) 10% of the Contract Price, CNY 116,000, within 15 days after the Effective Date against the Vendor's invoice; (b) 55%, CNY 638,000, within 15 days after both parties sign the Installation Certificate; and (c) 35%, CNY 406,000, within 15 days after Final Acceptance.
P:5.2 The Installation Certificate confirms only that the Software has been installed and activated on all seats. It is not acceptance of the Software or the services.
P:5.3 Final Acceptance shall be given when the following criteria are met: (a) every migrated pattern file opens in the Software with its pieces, notches, grain lines and seam allowances intact, checked on a sample of 600 files chosen by the Buyer with no defect; (b) grading of twenty reference patterns across the Buyer's size ranges reproduces the Buyer's grading rules; (c) nesting of the Buyer's test markers achieves fabric utilisation at least equal to the Buyer's current manual markers; (d) the Custom Deliverables work as described in Annex 2; and (e) the Software runs for 20 working days in production with no Severity 1 incident.
P:5.4 Use of the Software in production before Final Acceptance does not imply acceptance. If a criterion is not met, the Vendor shall correct the defect and the tests shall be repeated at the Vendor's cost.
H:6. Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 2 for 18 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct any defect free of charge, provide all updates and new versions released for the Software, and provide the support services described in Clause 7.
H:7. Support and Service Levels
P:7.1 The Vendor shall provide support by telephone, e-mail and the Vendor's ticket portal in Chinese or English every day from 08:00 to 22:00 Beijing time, and for Severity 1 incidents at any time.
P:7.2 Severity 1 means that the Software cannot be started, the licence server is down or pattern files cannot be saved, so that pattern making stops. The Vendor shall respond to a Severity 1 incident within 2 hours after it is reported and shall provide a workaround or fix within 24 hours. Severity 2 incidents shall be answered within one business day and fixed in the next maintenance release.
P:7.3 If the Vendor misses the Severity 1 response time, the Vendor shall pay CNY 800 for each hour or part of an hour of delay; if a Severity 1 incident is not resolved within the fix time, the Vendor shall pay CNY 1,500 for each further day. The Buyer may deduct these amounts from any payment due.
H:8. Post-Warranty Support
P:8.1 After the Warranty Period, the Buyer may order annual support, which includes the services in Clauses 6.2 and 7, for an annual fee of 11% of the Licence Subtotal, i.e. CNY 117,392 per support year.
P:8.2 This fee is fixed for the first three support years. Any later change shall be agreed in writing and shall not exceed 3% over the previous year's fee. Support is ordered year by year by purchase order and does not renew automatically.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to the extent necessary to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose, including for training, benchmarking or marketing.
P:9.2 The Software runs on the Buyer's own workstations and servers. Remote access by the Vendor shall be made only through the Buyer's VPN with a one-time account opened by the Buyer for each session, shall be recorded, and shall end when the ticket is closed. The Vendor shall not transfer any Buyer Data outside mainland China.
P:9.3 The Vendor shall keep its access credentials secure, ensure that its engineers follow the Buyer's information security rules, notify the Buyer within 24 hours of any actual or suspected unauthorised access to Buyer Data, and be liable for any loss caused by a security breach attributable to the Vendor or its personnel.
H:10. Intellectual Property
P:10.1 The Vendor retains all intellectual property in the Software.
P:10.2 The Custom Deliverables, including their source code, are assigned to the Buyer upon payment of the relevant instalment. The Buyer may use, modify and license them freely, including to its affiliates and contractors.
P:10.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Buyer's unreleased toy designs and customer information, and shall use it only to perform this Agreement.
P:11.2 These obligations survive termination for three years, and indefinitely for unreleased designs.
H:12. Delay and Liability
P:12.1 If the Vendor fails to meet the dates in Clause 3.3, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Clauses 9 or 11, infringement under Clause 10.3, or wilful misconduct.
H:13. Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:14. Term and Termination
P:14.1 This Agreement starts on the date of the last signature (the "Effective Date"). The licences granted in Clause 2 survive any termination after the relevant seats have been paid for.
P:14.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under Clause 12.1 reach their maximum.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Greece.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of Arbitration of the International Chamber of Commerce by one arbitrator. The seat of arbitration is Athens, Greece, and the language is English.
H:16. General
P:16.1 This Agreement, with Annex 1 (seat list and workstation requirements) and Annex 2 (Custom Deliverables specification), is the entire agreement of the parties on its subject matter.
P:16.2 Amendments are valid only in writing signed by both parties. This Agreement is made in English in two originals.
P:For Shantou Haobei Toy Design Co., Ltd.: ____________________ Name / Title / Date
P:For Aegean Pattern Systems S.A.: ____________________ Name / Title / Date
"""
add("h292e01", file="h292e01_toy_designer_plush_pattern_cad_licences_greek_vendor.pdf", fmt="pdf", lang="en",
    category="software", src=E01, forum_outside=True, fee_base=1067200,
    kind_note="plush-pattern CAD perpetual licences (40 + 12 seats) + migration / templates, Greek vendor (Nisída Gavdopoula)",
    sums=[([40 * 23800, 12 * 9600], 1067200), ([1067200, 68000, 24800], 1160000), ([10, 55, 35], 100),
          ([116000, 638000, 406000], 1160000), ([0.11 * 1067200], 117392)],
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="Greece",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1160000),
    rules=["CR-GOVERNING-LAW"],
    figs=["within 2 hours", "0.1%", "150%", "10%", "18 months", "11%", "117,392", "1,160,000", "laws of Greece"])

# ---------------------------------------------------------------- h292e02 (en, md, yacht-charter booking SaaS, French vendor)
E02 = """# NAUTILIA BOOKING CLOUD - ORDER FORM No. NB-ASIA-0457

**Provider:** Nautilia Réservations SAS, registered seat: Quai du Phare, Île de Locmaria, France ("Nautilia")

**Customer:** Sanya Lanhai Yacht Charter Co., Ltd., Yalong Bay Marina, Sanya, Hainan Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Nautilia General Terms for Booking Cloud printed below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails. At Customer's request all amounts are stated and invoiced in Chinese yuan (CNY).

## Part 1 - Order details

**1. Services ordered.** Nautilia Booking Cloud, Fleet edition, for a fleet of up to 28 yachts and catamarans operated from three marinas in Sanya, including: online booking engine for Customer's website and WeChat mini-program; crew and skipper scheduling; berth and fuel planning; guest check-in with identity-document capture; channel manager connecting to up to six online travel agencies; payment collection through WeChat Pay, Alipay and UnionPay; and management dashboards.

**2. Onboarding services.** Configuration of the fleet, price calendars and packages; import of Customer's existing bookings and guest records; connection of the three payment channels and six travel-agency channels; two days of on-site training at Yalong Bay.

**3. Subscription Term.** 36 months from the Subscription Start Date, divided into three Subscription Years. The Subscription Start Date is the date of Go-Live Acceptance under Section 4 of the General Terms.

**4. Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Fleet edition | per Subscription Year | 168,000 |
| Subscription Fees for the Subscription Term | 3 Subscription Years | 504,000 |
| Onboarding Fee | one-time | 86,000 |
| Total Contract Value | | 590,000 |

Additional yachts above 28 are charged at CNY 5,400 per yacht per Subscription Year, pro rata. Payment-channel charges levied by WeChat Pay, Alipay or UnionPay are borne by Customer and are not Fees.

**5. Invoicing and payment.**

(a) On signature of this Order Form, Nautilia will invoice the Subscription Fee for the first Subscription Year together with the Onboarding Fee, CNY 254,000 in total, payable within 10 days after the invoice date and in any case before onboarding work begins.

(b) The Subscription Fee for each later Subscription Year is invoiced 30 days before that Subscription Year begins and is payable within 30 days after the invoice date.

(c) All Fees include value-added tax. Nautilia will issue valid fapiao through its agent in Haikou.

**6. Go-Live target date.** 60 days after payment of the invoice under item 5(a).

**7. Approved hosting provider.** The Services for Customer are hosted in the mainland China region of the cloud provider named in Schedule B, which Customer approves by signing this Order Form.

**8. Renewal.** After the Subscription Term, the subscription renews automatically for further Subscription Years at the same Subscription Fee of CNY 168,000, unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

Signed for Nautilia Réservations SAS: ______________________ Date: __________

Signed for Sanya Lanhai Yacht Charter Co., Ltd.: ______________________ Date: __________

## Part 2 - General Terms for Booking Cloud (version 2025-03)

### 1. Provision of the Services

1.1 Nautilia will make the Services available to Customer's authorised users during the Subscription Term in accordance with the Order Form, the documentation and these General Terms.

1.2 Nautilia may improve the Services from time to time, provided that no change materially reduces the functions ordered in the Order Form.

1.3 Customer is responsible for the accuracy of the fleet, price and package data it enters, for its users' credentials and for compliance with local maritime and tourism rules on guest registration.

### 2. Service Levels

2.1 Nautilia will make the booking engine and the back-office application available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

2.2 Nautilia will respond to a Priority 1 incident (booking engine unavailable, payments failing, or check-in impossible) within 1 hour, at any time of day, and will restore the affected function or provide a workaround within 8 hours. Priority 2 incidents are answered within one business day.

2.3 If availability in a month falls below 99.95%, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee; below 99.5%, 10%; below 99%, 20%. If Nautilia misses the Priority 1 response time, Customer receives a credit of CNY 600 per incident. Credits are set off against the next invoice or, at the end of the Subscription Term, paid to Customer.

2.4 Nautilia will send Customer a monthly service report showing availability, incidents and credits.

2.5 Support is provided in Chinese and English through the in-app chat, a hotline and a ticket portal. During the peak seasons around the Spring Festival and the National Day holidays, Nautilia will keep a named support engineer on call for Customer every day from 07:00 to 23:00 Beijing time.

### 3. Customer Data

3.1 "Customer Data" means all data entered into or generated by the Services for Customer, including bookings, guest names, identity-document data, contact details, payment records and crew schedules. Customer Data belongs to Customer.

3.2 Nautilia processes Customer Data only to provide the Services to Customer and on Customer's documented instructions. It does not use Customer Data, in any form, including aggregated or anonymised form, for any other purpose.

3.3 Customer may export all Customer Data at any time in CSV format. Within 30 days after the end of the subscription, Nautilia will return Customer Data on request and then delete it from its systems, and will certify the deletion in writing.

### 4. Go-Live Acceptance

4.1 When onboarding is complete, Nautilia will notify Customer, and the parties will run the acceptance tests in Schedule A, including: end-to-end booking of each package type through the website and the mini-program; successful payment and refund through each payment channel; availability synchronisation with all six travel-agency channels within two minutes; check-in of a test guest with identity-document capture; and reconciliation of all imported bookings against Customer's export.

4.2 Go-Live Acceptance occurs when Customer signs the acceptance certificate. Use of the Services with real guests before that date does not count as Go-Live Acceptance.

4.3 If Go-Live Acceptance is not achieved by the Go-Live target date for reasons attributable to Nautilia, Nautilia will pay Customer CNY 500 for each day of delay, up to CNY 45,000.

### 5. Security

5.1 Nautilia will host Customer Data only in the mainland China region named in Schedule B, on systems that hold a valid MLPS level-3 filing, and will not transfer Customer Data outside mainland China.

5.2 Nautilia will encrypt Customer Data in transit and at rest, restrict access to named support engineers using multi-factor authentication, log all access, and test restoration of backups each quarter.

5.3 Nautilia will notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, provide the information Customer needs to notify guests and authorities, and bear the costs and losses caused by an incident attributable to Nautilia or its hosting provider.

### 6. Intellectual Property

6.1 Nautilia owns the Services and all related software and documentation.

6.2 Booking-page designs, package templates, price rules and reports configured or created for Customer ("Customer Configurations") belong to Customer. Customer may use, modify and have third parties use them, including after the subscription ends, and Nautilia will export them on request.

### 7. Subcontracting

Except for the hosting provider approved in the Order Form, Nautilia will not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.

### 8. Liability

8.1 Nautilia's total aggregate liability arising out of or in connection with the Agreement is limited to the Fees paid by Customer in the nine (9) months preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill, except in case of fraud or wilful misconduct.

### 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach.

9.2 If Customer terminates under 9.1, Nautilia will refund the prepaid Subscription Fee for the remaining part of the Subscription Year.

### 10. Suspension

Nautilia may suspend access to the Services only if an undisputed invoice remains unpaid 30 days after a written reminder, or if suspension is required by law. Before any suspension Nautilia will give Customer at least ten days' written notice, will keep the booking engine accepting existing bookings for guests already confirmed, and will restore full access within one business day after payment. Suspension never entitles Nautilia to delete Customer Data.

### 11. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, including typhoons, port closures ordered by the authorities and failures of public telecommunications networks, provided that it notifies the other party promptly.

### 12. Governing Law and Disputes

12.1 At Customer's request, the Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou in accordance with its rules in force at the time. The award is final and binding on both parties.

### 13. Miscellaneous

13.1 Notices must be in writing and sent to the addresses in the Order Form. Notices by e-mail are valid when acknowledged.

13.2 The Agreement may only be amended in writing signed by both parties. The English text prevails over any translation.
"""
add("h292e02", file="h292e02_yacht_charter_booking_saas_order_form_french_vendor.md", fmt="md", lang="en",
    category="cloud", src=E02, forum_outside=False, fee_base=None,
    kind_note="yacht-charter booking SaaS, 36 months, Order Form + General Terms, French vendor (Île de Locmaria)",
    sums=[([3 * 168000], 504000), ([504000, 86000], 590000), ([168000, 86000], 254000)],
    terms=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False,
               ld_rate_per_day_pct=500 / 590000 * 100, liability_cap_pct=9 / 36 * 100,
               prepayment_pct=254000 / 590000 * 100, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=590000),
    rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
    figs=["99.95%", "within 1 hour", "CNY 500 for each day", "nine (9) months", "CNY 254,000", "590,000",
          "36 months", "same Subscription Fee"])

# ---------------------------------------------------------------- h292e03 (en, docx, orchard frost sensors, buyer's paper, compliant)
E03 = """T:Purchase Contract for an Orchard Frost Monitoring and Alarm System
P:Contract No. QY-FROST-2025-09 (Buyer's standard form)
P:Buyer: Ganzhou Qiyuan Navel Orange Orchard Co., Ltd., Xinfeng County, Ganzhou, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Böhmke Agrarsensorik GmbH, Hafenweg 3, Insel Böhmke, Germany (the "Supplier").
P:Whereas the Buyer operates about 4,200 mu of navel orange groves on hill slopes in Xinfeng County, where radiation frost in winter damages fruit still on the tree and young shoots; whereas the Buyer wishes to monitor temperature and humidity at canopy level across its blocks, receive early frost alarms and switch its frost fans automatically; and whereas the Supplier has offered to supply, install and commission such a system; the parties agree as follows. All prices are in Chinese yuan (CNY) as requested by the Buyer.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply 180 wireless canopy sensor nodes (air temperature, relative humidity and leaf wetness), 6 long-range radio gateways, 2 automatic weather stations, 14 frost-fan controllers, and a perpetual licence of the FrostWatch alarm platform for installation on the Buyer's server in the orchard office.
P:1.2 The Supplier shall survey the site, design the sensor layout block by block, install and calibrate all equipment, configure alarm thresholds and notification rules with the Buyer's agronomist, connect the frost-fan controllers to the existing fans and train the Buyer's staff.
P:1.3 The equipment shall be new, of the models stated in Annex 1, rated for outdoor use at temperatures down to minus 25 degrees Celsius, and supplied with batteries and solar panels sufficient for three winters without replacement.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,061,000, a fixed price including import duties, value-added tax, transport to the orchard, installation, calibration, training and all other costs of the Supplier.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless canopy sensor node|180|2,860|514,800
TB:2|Long-range radio gateway|6|18,500|111,000
TB:3|Automatic weather station|2|46,000|92,000
TB:4|Frost-fan controller|14|7,200|100,800
TB:5|FrostWatch alarm platform, perpetual licence|1|138,000|138,000
TB:|Equipment and Licence Subtotal|||956,600
TB:6|Site survey, installation and calibration|1 lot|86,400|86,400
TB:7|Training|1 lot|18,000|18,000
TB:|Contract Price|||1,061,000
H:Article 3 Payment
P:3.1 25% of the Contract Price, CNY 265,250, within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 50%, CNY 530,500, within 20 days after the Installation Certificate is signed. The Installation Certificate records only that all equipment is installed and powered; it is not acceptance.
P:3.3 25%, CNY 265,250, within 20 days after Final Acceptance under Article 5.
P:3.4 The Buyer pays by bank transfer to the Supplier's account stated in the invoice. No other advance is payable.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver the equipment to the orchard office within 45 days after signature and complete installation within 30 days after delivery, so that the system can operate before the first frost period of the coming winter.
P:4.2 The Supplier's installation team shall follow the Buyer's site rules, avoid damage to trees and irrigation lines and restore any damage at its own cost.
P:4.3 Before installation the Supplier shall submit a site survey report with the proposed position of every node, gateway and weather station, the radio coverage test results for each block and the wiring plan for the frost fans. The Buyer's agronomist may require changes, in particular to cover low-lying blocks where cold air collects, without extra charge up to 10 additional positions.
P:4.4 Risk in the equipment passes to the Buyer on Final Acceptance; title passes on payment of the instalment under Article 3.2.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires all of the following: (a) every sensor node reports to the platform at least every five minutes, with a packet loss below 2% over 14 consecutive days; (b) the temperature readings of 20 nodes chosen by the Buyer deviate by no more than 0.3 degrees Celsius from a calibrated reference thermometer; (c) a simulated frost event triggers SMS, WeChat and siren alarms within 60 seconds and starts the frost fans of the affected block; (d) the platform's history, reports and export functions work as in Annex 2; and (e) documentation, passwords and configuration backups have been handed over.
P:5.2 The Buyer shall carry out the tests with the Supplier within ten days after the Supplier's notice of readiness and sign the Final Acceptance Certificate when all criteria are met. Installation, operation of the system or payment of an instalment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace free of charge any defective equipment, including batteries and solar panels, and provide all software updates of the FrostWatch platform.
P:6.2 Replacement parts shall be shipped from the Supplier's spare-parts stock in Nanchang so that a defective node or gateway can be replaced within three days.
H:Article 7 Service Levels
P:7.1 During the frost season (1 December to the last day of February) the FrostWatch alarm service shall be available at least 99.95% of each month.
P:7.2 A Critical fault is any failure that prevents frost alarms from being issued or frost fans from being started for one or more blocks. The Supplier shall respond to a Critical fault within 30 minutes at any time of day or night, restore the alarm function within 6 hours, if necessary by a temporary workaround, and have an engineer on site within 24 hours if remote repair fails. Other faults shall be answered within one business day and repaired within five days.
P:7.3 For each hour by which the Supplier misses the Critical response time the Supplier shall pay CNY 1,000, and for each 0.01 percentage point by which monthly availability in the frost season falls short of Article 7.1 the Supplier shall pay CNY 2,000. The Buyer may deduct these amounts from any sum due to the Supplier.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period, the Supplier shall offer annual support with the same content and service levels as Articles 6 and 7, for an annual fee of 7% of the Equipment and Licence Subtotal, i.e. CNY 66,962.
P:8.2 This fee is fixed for the two support years following the warranty period; any later increase requires the Buyer's written agreement and shall not exceed 3% per year. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 9 Orchard Data
P:9.1 All data collected or produced by the system, including sensor readings, weather records, alarm logs and fan operation records ("Orchard Data"), belongs to the Buyer. The Supplier may use Orchard Data only to install, maintain and support the system and for no other purpose; it shall not sell, share, aggregate or analyse Orchard Data for itself or for third parties.
P:9.2 The platform runs on the Buyer's server. The Supplier may access it remotely only through the Buyer's VPN with an account enabled by the Buyer for each session, shall keep its credentials secure, shall not copy Orchard Data to its own systems, and shall not transfer Orchard Data outside mainland China.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the system or Orchard Data caused by or known to the Supplier, assist the Buyer in containing it, and compensate the Buyer for losses caused by a breach attributable to the Supplier.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information obtained under this Contract, including the Buyer's yield, block and customer information, and shall not disclose it to any third party without prior written consent. This obligation survives the end of this Contract for three years.
H:Article 11 Intellectual Property
P:11.1 The Supplier retains the intellectual property in the FrostWatch platform and in the firmware of the equipment, which are licensed to the Buyer perpetually.
P:11.2 The sensor layout design, the alarm rules and thresholds, the block maps, the frost-fan control logic and any interface scripts prepared for the Buyer belong to the Buyer, which may use, modify and disclose them freely, including to any later service provider.
H:Article 12 Delay and Liability
P:12.1 If the Supplier fails to complete delivery or installation by the dates in Article 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 9 and 10.
H:Article 13 Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains liable for the acts of any approved subcontractor.
H:Article 14 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach that is not remedied within 15 days after written notice, or if the liquidated damages under Article 12.1 reach their maximum.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:Article 16 Miscellaneous
P:This Contract is made in Chinese and English; both texts are equally authentic. Annex 1 (equipment specifications) and Annex 2 (platform functions) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""
add("h292e03", file="h292e03_navel_orange_orchard_frost_sensors_buyers_paper.docx", fmt="docx", lang="en",
    category="hardware", src=E03, forum_outside=False, fee_base=956600,
    kind_note="navel-orange orchard frost sensors, gateways, weather stations, fan controllers + platform licence, German integrator (Insel Böhmke), buyer's paper",
    sums=[([180 * 2860, 6 * 18500, 2 * 46000, 14 * 7200, 138000], 956600), ([956600, 86400, 18000], 1061000),
          ([25, 50, 25], 100), ([265250, 530500, 265250], 1061000), ([round(0.07 * 956600)], 66962)],
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=200, prepayment_pct=25, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=7, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1061000),
    rules=[], figs=["99.95%", "within 30 minutes", "0.08%", "200%", "25%", "36 months", "7%", "66,962", "1,061,000"])

# ---------------------------------------------------------------- h292e04 (en, txt, managed backup, Scottish provider)
E04 = """MANAGED BACKUP AND RECOVERY SERVICES AGREEMENT

Reference: GDV/MSA/2025/031

BETWEEN

(1) GOBHAR DATA VAULTS LTD, a company registered in Scotland, whose registered office is at The Old Boathouse, Eilean nan Gobhar, Scotland ("Provider"); and

(2) QUANZHOU FENGCHI SPORTSWEAR CO., LTD., a company established in the People's Republic of China, whose registered address is in the Jinjiang Economic Development Zone, Quanzhou, Fujian Province ("Customer").

BACKGROUND

A. Customer designs and manufactures sportswear and footwear and runs its ERP, product lifecycle management, warehouse and e-commerce systems in two server rooms in Jinjiang and in a public-cloud tenancy.

B. Customer wishes to outsource the backup of these systems and the recovery of data after incidents, including ransomware, to a specialist provider. Provider offers a managed backup and recovery service operated from a mainland China facility of its colocation partner.

C. At Customer's request, all charges under this Agreement are stated and payable in Chinese yuan (CNY).

IT IS AGREED as follows.

1. DEFINITIONS

1.1 "Services" means the managed backup and recovery services described in Schedule 1, including backup of the Protected Systems, off-site immutable copies, monitoring, restore on request and quarterly recovery tests.

1.2 "Protected Systems" means the servers, databases, file shares and cloud workloads listed in Schedule 1, with a total protected capacity of up to 180 TB.

1.3 "Customer Data" means all data of Customer or its customers contained in the Protected Systems or in any backup made under this Agreement.

1.4 "Service Commencement Date" means the date of Service Acceptance under Clause 4.

1.5 "Minimum Term" means 36 months from the Service Commencement Date.

2. SERVICES

2.1 Provider shall install its backup appliances in Customer's two server rooms, connect them to the Protected Systems, replicate the backups to the colocation facility in Xiamen named in Schedule 3, and keep an immutable copy of every daily backup for 35 days and of every monthly backup for 13 months.

2.2 Provider shall monitor every backup job, re-run failed jobs, and report in Customer's portal the status of each Protected System.

2.3 Provider shall restore files, databases or whole systems on Customer's request, and shall run a full recovery test of a system chosen by Customer once each quarter.

2.4 Customer shall provide rack space, power and network connections for the appliances and shall inform Provider in writing of any new system to be protected.

2.5 Provider shall send Customer a monthly service report covering backup success rates, restore requests, recovery test results, capacity used and forecast, and any security events, and shall meet Customer's IT manager each quarter to review the report and agree improvement actions.

2.6 Changes to the Protected Systems, retention periods or recovery time objectives shall be requested in writing. Provider shall assess each request within five business days and state any effect on the charges, which apply only after Customer's written approval. Provider shall not change the backup configuration of a Protected System without such approval, except in an emergency, which it shall report to Customer the same day.

3. CHARGES AND PAYMENT

3.1 The charges are:
    Monthly Service Charge (up to 180 TB protected)   CNY 41,500 per month
    Monthly Service Charges over the Minimum Term      CNY 1,494,000 (36 months)
    Onboarding Charge (one-time)                       CNY 52,000
    Total Contract Value                               CNY 1,546,000

3.2 The Onboarding Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting from the Service Commencement Date. Customer pays each invoice within 30 days after receipt of a valid fapiao. Nothing is payable in advance.

3.3 Additional protected capacity above 180 TB is charged at CNY 210 per TB per month, only after Customer has approved the increase in writing.

4. ONBOARDING AND SERVICE ACCEPTANCE

4.1 Provider shall complete onboarding within 45 days after signature of this Agreement.

4.2 Service Acceptance requires: (a) successful completion of backups for every Protected System on 10 consecutive days; (b) a full restore of the ERP database and of one file server to an isolated environment, verified by Customer's IT team within the recovery time objectives in Schedule 2; (c) replication of the backups to Xiamen confirmed; and (d) delivery of the runbooks and the backup policy document.

4.3 Customer shall sign the Service Acceptance Certificate within five business days after the criteria are met. Installation of the appliances or the running of backups before that date is not acceptance.

4.4 If Service Acceptance is delayed beyond the period in Clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

5. SERVICE LEVELS

5.1 The backup portal and restore service shall be available at least 99.95% of each calendar month.

5.2 For a Priority 1 request (a production system must be restored after an outage or a ransomware attack, or backups have failed for several Protected Systems), Provider shall respond within 30 minutes at any time, start the restore within 1 hour, and meet the recovery time objectives in Schedule 2. Priority 2 requests shall be answered within 2 hours during business hours.

5.3 Provider shall achieve a backup success rate of at least 98% of scheduled jobs per month, with any failed job re-run successfully within one business day.

5.4 If Provider misses a service level, Customer shall receive the service credits set out in Schedule 2: 3% of the Monthly Service Charge for each missed Priority 1 response, 5% for each month below the availability level or the success rate, and 10% for each recovery time objective missed. Credits are deducted from the next invoice and are capped at 35 per cent of the Monthly Service Charge in any month.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Services and shall not access, analyse or use the content of any backup for any other purpose, including in aggregated or anonymised form.

6.2 All backups shall be encrypted in transit and at rest with keys held in a key management service controlled by Customer. Customer Data shall be stored only in Customer's server rooms and the Xiamen facility and shall not leave mainland China.

6.3 Provider's engineers shall access the Services only through named accounts with multi-factor authentication; all access is logged and the logs are available to Customer.

6.4 Provider shall notify Customer within 24 hours of any actual or suspected security incident affecting Customer Data, cooperate with Customer's investigation, and bear the losses and costs resulting from an incident caused by Provider or its colocation partner.

6.5 On expiry or termination Provider shall return Customer Data in a usable form on request and then destroy all copies, and certify the destruction in writing.

7. CONFIDENTIALITY

Each party shall keep confidential the other party's confidential information, including Customer's product designs, pricing and customer lists, and shall use it only for the purposes of this Agreement. This obligation continues for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Provider retains ownership of its appliances, software and standard documentation.

8.2 The runbooks, backup policy documents, recovery procedures and reports prepared for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

9. SUBCONTRACTING

Provider may use the colocation partner named in Schedule 3 for the Xiamen facility, which Customer approves by signing this Agreement. Provider shall not otherwise subcontract any part of the Services without Customer's prior written consent.

10. LIABILITY

10.1 Provider's total liability under or in connection with this Agreement shall not exceed 150% of the Total Contract Value.

10.2 This limit does not apply to loss caused by a breach of Clause 6 or Clause 7, or to fraud or wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of the Minimum Term. It does not renew automatically; any extension requires a written agreement.

11.2 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 60 days after a reminder.

11.3 Customer may not terminate this Agreement before the end of the Minimum Term, whether for breach by Provider or otherwise. Customer's remedies for any failure of the Services are the service credits under Clause 5.4 and a claim for damages within the limit of Clause 10.

11.4 On expiry, Provider shall support the transfer of the backups to Customer or a new provider for up to 60 days at the then current Monthly Service Charge.

12. FORCE MAJEURE

Neither party is liable for any delay or failure caused by events beyond its reasonable control, such as typhoons, floods, epidemics or a regional power failure, provided it informs the other party promptly and takes reasonable steps to limit the effects.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement and any non-contractual obligations arising out of it are governed by the law of Scotland.

13.2 The Court of Session in Edinburgh has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

14. GENERAL

14.1 This Agreement, with its Schedules, is the entire agreement between the parties about its subject matter.

14.2 Any change to this Agreement must be in writing and signed by both parties.

SCHEDULE 1 - Protected Systems and service description (attached)
SCHEDULE 2 - Recovery time objectives and service credits (attached)
SCHEDULE 3 - Colocation partner and facility (attached)

Signed for and on behalf of GOBHAR DATA VAULTS LTD: ______________________ Director

Signed for and on behalf of QUANZHOU FENGCHI SPORTSWEAR CO., LTD.: ______________________ Authorised signatory
"""
add("h292e04", file="h292e04_sportswear_managed_backup_service_scottish_provider.txt", fmt="txt", lang="en",
    category="services", src=E04, forum_outside=True, fee_base=None,
    kind_note="managed backup and recovery service, 36 months MRC + onboarding, Scottish provider (Eilean nan Gobhar)",
    sums=[([36 * 41500], 1494000), ([1494000, 52000], 1546000)],
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1200 / 1546000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
               subcontract_without_consent=False, governing_law="Scotland", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1546000),
    rules=["CR-GOVERNING-LAW", "CR-TERMINATION"],
    figs=["99.95%", "within 30 minutes", "CNY 1,200 for each day", "150%", "1,546,000", "law of Scotland",
          "may not terminate"])

# ---------------------------------------------------------------- h292e05 (en, txt, diploma-verification API, Croatian vendor)
E05 = """DIPLOMA VERIFICATION API SUBSCRIPTION AGREEMENT

Agreement number: OCC-CN-2025-0086

Parties

Olib Credential Check d.o.o., a limited liability company organised under the laws of Croatia, with its registered seat on the island of Otok Olib, Croatia ("Vendor"); and

Beijing Qianxun Talent Network Technology Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered address in Haidian District, Beijing ("Customer").

Recitals

(1) Customer operates an online recruitment platform on which job seekers publish their education history and employers request checks of that history before making offers.

(2) Vendor operates an application programming interface (the "API") that verifies higher-education diplomas and degree certificates against issuing institutions and authorised databases in more than forty countries and returns a structured verification result.

(3) Customer wishes to subscribe to the API so that employers on its platform can verify overseas diplomas declared by candidates, with the candidates' consent, and Vendor is willing to provide the API on the following terms. At Customer's request all fees are stated and invoiced in Chinese yuan (CNY).

Section 1. Definitions

1.1 "Verification" means one request submitted to the API for one diploma or degree certificate, whatever the result.

1.2 "Candidate Data" means the personal information of candidates submitted by Customer to the API, including names, dates of birth, institution names, diploma numbers and scanned certificates, and every verification result returned for them.

1.3 "Subscription Year" means the period from the start of the Term to the day before its first anniversary, and each following period from one anniversary to the day before the next.

Section 2. The Subscription

2.1 Vendor grants Customer, during the Term, a non-exclusive, non-transferable right to access the API and the Vendor dashboard and to integrate the API into Customer's recruitment platform, and to make the verification results available to the employers who requested them.

2.2 The subscription includes up to 200,000 Verifications in each Subscription Year, API credentials for a production and a test environment, the dashboard for Customer's compliance team and integration support by e-mail and video call during the first three months.

2.3 Vendor shall use commercially reasonable efforts to keep the API available, to process Verifications without undue delay and to answer support requests promptly. Vendor does not commit to any particular availability level, response time or turnaround time, since Verifications depend on the cooperation of issuing institutions.

2.4 Vendor may change the API from time to time, provided that Vendor gives Customer at least 90 days' notice of any change that requires Customer to modify its integration and keeps the previous version running during that period.

Section 3. Term

3.1 The Term starts on the date of the last signature and lasts for two Subscription Years.

3.2 Any renewal requires a written agreement of both parties. The subscription does not renew automatically.

Section 4. Fees and Payment

4.1 Customer shall pay a Subscription Fee of CNY 318,000 for each Subscription Year, CNY 636,000 for the Term. There is no set-up, onboarding or integration fee.

4.2 Vendor shall invoice the Subscription Fee for each Subscription Year at the beginning of that Subscription Year. Customer shall pay within 30 days after receiving the invoice and a valid fapiao issued through Vendor's agent in Beijing.

4.3 Verifications in excess of the included volume are charged at CNY 1.45 per Verification, invoiced quarterly in arrears.

4.4 The fees are fixed for the Term.

Section 5. Integration Acceptance

5.1 Vendor shall provide the test environment, documentation and a set of sample requests within ten days after signature.

5.2 Integration Acceptance takes place when Customer has confirmed in writing that (a) Customer's platform submits requests and receives results through the production API in the documented format; (b) a test set of 300 diplomas with known outcomes, supplied by Customer, has been processed with every result matching the known outcome; (c) consent records are transmitted with every request; and (d) the deletion function under Section 7.4 has been demonstrated.

5.3 Use of the production API before Integration Acceptance does not mean that the API has been accepted. If the criteria are not met, Vendor shall correct the deficiencies and the test shall be repeated.

Section 6. Customer's Obligations

6.1 Customer shall submit a Verification only with the candidate's prior separate consent obtained in accordance with the Personal Information Protection Law of the People's Republic of China, and shall keep the consent records for the period required by law.

6.2 Customer shall not resell access to the API to third parties other than employers using Customer's platform.

6.3 Customer shall keep its API credentials secure, rotate them when staff with access leave, and inform Vendor without delay if it suspects that the credentials have been misused. Customer shall respect the request rate stated in Annex A and shall not submit automated test traffic to the production environment.

6.4 Customer shall present the verification results to employers as reports of the issuing institution's or database's answer and not as Vendor's own opinion on a candidate's qualifications.

Section 6A. Compliance Audit

6A.1 Once in each Subscription Year, and additionally after any incident under Section 7.5, Customer may audit Vendor's compliance with Section 7, by itself or through an independent auditor bound by confidentiality duties, on 15 days' notice. Vendor shall provide the relevant records, policies and logs and answer the auditor's questions.

6A.2 Each party bears its own costs of an audit, unless the audit reveals a material breach by Vendor, in which case Vendor bears the reasonable costs of the audit and shall correct the breach within the period agreed with Customer.

Section 7. Candidate Data and Security

7.1 Candidate Data belongs to Customer. Vendor processes Candidate Data only on Customer's instructions and only to perform Verifications for Customer. Vendor shall not use Candidate Data, whether identified, anonymised or aggregated, for any other purpose, and shall not build databases or profiles from it.

7.2 Requests are processed on servers in Beijing operated by the hosting provider named in Annex B. Where a Verification requires contact with an issuing institution abroad, Vendor transmits only the minimum data needed for that Verification and only after Customer has completed the assessment and filing required for the cross-border transfer of personal information.

7.3 Vendor shall encrypt Candidate Data in transit and at rest, restrict access to named staff, keep access logs for six months, and conduct an annual penetration test whose summary is given to Customer.

7.4 Vendor shall delete Candidate Data and verification results 30 days after the result has been returned, or earlier on Customer's request, and shall confirm the deletion.

7.5 Vendor shall notify Customer within 24 hours after becoming aware of any incident affecting Candidate Data, assist Customer in notifying candidates and authorities, and bear the losses, costs and fines resulting from an incident caused by Vendor, its staff or its hosting provider.

Section 8. Confidentiality

Each party shall keep confidential all non-public information received from the other party under this Agreement, including the commercial terms and Customer's platform and employer information, and shall not disclose it without the other party's prior written consent, except to its advisers bound by equivalent duties or as required by law. This obligation survives the end of the Agreement for three years.

Section 9. Intellectual Property

9.1 Vendor owns the API, the dashboard and all related software and documentation.

9.2 Any integration adapter, mapping table or report template developed by Vendor for Customer belongs to Customer, which may use, modify and license it freely, including to other verification providers.

Section 10. Subcontracting

Other than the hosting provider named in Annex B, which Customer approves by signing this Agreement, Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for its subcontractors.

Section 11. Liability

11.1 Each party's total liability under this Agreement is limited to one and a half times the total Subscription Fees payable for the Term.

11.2 The limit does not apply to breach of Section 7 or Section 8, to infringement of intellectual property, or to wilful misconduct.

Section 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If Customer terminates under Section 12.1, Vendor shall refund the Subscription Fee for the remaining months of the current Subscription Year.

12.3 On termination or expiry Vendor shall delete all Candidate Data in accordance with Section 7.4 and return any Customer materials.

Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitral award is final and binding on both parties.

Section 14. Miscellaneous

14.1 Neither party is liable for delay caused by events beyond its reasonable control, including the unavailability of issuing institutions or public registers.

14.2 This Agreement, with Annex A (API documentation) and Annex B (hosting provider), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

14.3 This Agreement is made in English and Chinese. Both versions have equal force.

For Olib Credential Check d.o.o.: ______________________ Name, title, date

For Beijing Qianxun Talent Network Technology Co., Ltd.: ______________________ Name, title, date
"""
add("h292e05", file="h292e05_recruitment_diploma_verification_api_croatian_vendor.txt", fmt="txt", lang="en",
    category="cloud", src=E05, forum_outside=False, fee_base=None,
    kind_note="diploma-verification API subscription, two Subscription Years, Croatian vendor (Otok Olib)",
    sums=[([2 * 318000], 636000)],
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=636000),
    rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    figs=["commercially reasonable efforts", "one and a half times", "CNY 636,000", "CNY 318,000",
          "does not commit to any particular availability level"])

# ---------------------------------------------------------------- checks, rules, labels, build, read-back
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def tco(c):
    """policy §4: horizon 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    t, x = c["terms"], c["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    fee = t["post_warranty_fee_pct"] / 100 * c["fee_base"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    service = fee * years
    total = x["contract_value"] + service
    return dict(fee=fee, years=years, service=service, total=total, share=service / total * 100)


def apply_rules(c):
    t, x = c["terms"], c["extra"]
    r = set()
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
    if t["buyer_owns_data"] is not True:
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(c)
        if tc and tc["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or c["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(c):
    x = dict(c["extra"])
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if c["terms"]["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    return {"file": c["file"], "language": c["lang"], "category": c["category"],
            "expected_terms": {k: c["terms"][k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": sorted(c["rules"])}


# threshold values of policy §3/§4 in any spelling: 99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %, 5 years
PCT = r"\s*(?:%|％|per\s?cent|percent)"
THRESH = [
    r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.])4(?:\.0+)?\s*[-\s]?(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d一二三五六七八九])四个?小时",
    r"(?<![\w-])four[\s-]+hours?",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十])", r"百分之零点零五", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之[一]?百", r"one hundred" + PCT, r"(?<![\w-])hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![\w-])thirty" + PCT, r"三成",
    r"(?<![\d.])12\s*[-\s]?(?:calendar\s+)?(?:months?|个月|月)", r"十二个?月", r"(?<![\w-])twelve[\s-]+(?:calendar\s+)?months?",
    r"(?<![\d.])1\s*[-\s]?years?\b", r"(?<![\w-])one[\s-]+years?\b", r"(?<![十\d])一年(?!级)", r"(?<![\w-])a year\b",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"(?<![\w-])fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![\w-])forty" + PCT, r"四成",
    r"(?<![\d.])5\s*[-\s]?years?\b", r"(?<![十\d])五年", r"(?<![\w-])five[\s-]+years?\b",
    r"(?<![\d.])60\s*[-\s]?(?:months?|个月)", r"六十个月", r"(?<![\w-])sixty[\s-]+months?",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]


def threshold_hits(text):
    return [m.group(0) for rx in THRESH_RE for m in rx.finditer(text)]


def selftest():
    bad = ["99.9%", "99.90 %", "4 hours", "4-hour", "4小时", "四小时", "four hours", "0.05%", "万分之五", "100%",
           "百分之百", "30%", "30 per cent", "百分之三十", "thirty per cent", "12 months", "12-month", "十二个月",
           "twelve calendar months", "一年", "one year", "15%", "百分之十五", "40%", "百分之四十", "forty per cent",
           "5 years", "five-year", "五年", "60 months", "六十个月", "30％", "1 year"]
    good = ["99.95%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之五十", "150%", "35%",
            "36 months", "十八个月", "25%", "百分之三", "百分之二十", "14,000", "4,200 mu", "15 days",
            "40 days", "五个工作日", "2025年", "35 per cent", "0.3 degrees", "二十五年"]
    for b in bad:
        assert threshold_hits(b), b
    for g in good:
        assert not threshold_hits(g), (g, threshold_hits(g))


def read_back(path):
    if path.suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    selftest()
    # sums
    for key, c in C.items():
        for parts, total in c["sums"]:
            assert abs(sum(parts) - total) < 1e-6, (key, parts, total)
    # rules re-applied to the labels must equal the plan
    for key, c in C.items():
        got = apply_rules(c)
        assert got == sorted(c["rules"]), (key, got, c["rules"])
    # the mix
    n = sorted(len(c["rules"]) for c in C.values())
    compliant = [k for k, c in C.items() if not c["rules"]]
    single_low = [k for k, c in C.items() if len(c["rules"]) == 1 and risk(c["rules"]) == "low"]
    mid = [k for k, c in C.items() if 2 <= len(c["rules"]) <= 3]
    many = [k for k, c in C.items() if len(c["rules"]) >= 9]
    assert len(compliant) == 2 and len(single_low) == 1 and len(mid) == 6 and len(many) == 1, n
    fmts = [c["fmt"] for c in C.values()]
    assert sorted(fmts) == sorted(["docx"] * 2 + ["pdf"] * 2 + ["md"] * 3 + ["txt"] * 3), fmts
    for f in ("docx", "pdf", "md", "txt"):
        assert {c["lang"] for c in C.values() if c["fmt"] == f} == {"zh", "en"}, f
    fired = set().union(*[set(c["rules"]) for c in C.values()])
    print("rules fired across the set:", len(fired), sorted(fired))
    # build
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: c["src"] for k, c in C.items() if c["fmt"] in ("docx", "pdf")}
    targets = {k: (c["file"], c["fmt"]) for k, c in C.items() if c["fmt"] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, c in C.items():
        if c["fmt"] in ("md", "txt"):
            (OUT / c["file"]).write_text(c["src"], encoding="utf-8")
            print("wrote", c["file"])
    # labels
    for k, c in C.items():
        name = c["file"].rsplit(".", 1)[0] + ".json"
        (OUT / name).write_text(json.dumps(label(c), ensure_ascii=False, indent=1), encoding="utf-8")
    # read back: thresholds, figures, lengths
    report = []
    for k, c in C.items():
        text = read_back(OUT / c["file"])
        hits = threshold_hits(text) + threshold_hits(squash(text)) + threshold_hits(" ".join(text.split()))
        assert not hits, (k, hits)
        for fig in c["figs"]:
            assert squash(fig) in squash(text), (k, fig)
        if c["lang"] == "zh":
            chars, nonws = len(text), len(squash(text))
            assert 2800 <= chars <= 3300 and 2800 <= nonws <= 3300, (k, chars, nonws)
            report.append((k, c["fmt"], "chars %d (non-whitespace %d)" % (chars, nonws)))
        else:
            words = sum(1 for w in text.split() if re.search(r"\w", w))
            assert 1500 <= words <= 1700 and 1500 <= len(text.split()) <= 1700, (k, words, len(text.split()))
            report.append((k, c["fmt"], "words %d (whitespace tokens %d)" % (words, len(text.split()))))
    for k, c in C.items():
        tc = tco(c) if c["terms"]["contract_kind"] == "goods_or_licence" else None
        extra = "" if not tc else "  TCO %.2f, post-warranty share %.2f %%" % (tc["total"], tc["share"])
        print(k, risk(c["rules"]), c["rules"], extra)
    for r in report:
        print(*r)
    print("all checks passed")


if __name__ == "__main__":
    main()
