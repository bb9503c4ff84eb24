"""holdout1108: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths as read back, no threshold figure in any text, no label value on a threshold, TCO shares
away from the threshold, rules derived from the labels = the design list, all 20 CR rules covered, the mix).
.txt / .md are written as they are; .docx / .pdf are built with ../word_pdf.py (PDFs pre-wrapped at word boundaries).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1108Z01 = """T:宜江市电动自行车充电安全监管平台采购合同
P:合同编号：YJYG-ZC-2027-018
P:采购人（甲方）：宜江市应急管理局
P:供应商（乙方）：杭州安澜物联科技有限公司
P:根据宜江市电动自行车充电安全监管平台项目（采购编号YJCG-2027-0415）公开招标的结果，依照《中华人民共和国政府采购法》《中华人民共和国民法典》及相关规定，双方按照招标文件和乙方投标文件，经协商一致签订本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供电动自行车充电安全监管平台软件许可一套，并完成定制开发、部署实施和培训。定制开发内容包括：全市集中充电场站及充电桩数据接入、小区楼道违规充电视频识别告警、充电火灾风险预警模型、街道及社区三级监管驾驶舱，以及与市消防物联网平台、城市运行管理平台的数据接口。
P:1.2 合同总价为人民币1,660,000元（大写：壹佰陆拾陆万元整），其中：平台软件许可费860,000元（永久许可，不限用户数）；定制开发费620,000元；部署实施费145,000元；培训费35,000元。合同总价已包含税费、差旅、第三方软件及质保期内全部服务费用，甲方不再另行支付任何费用。
P:1.3 乙方应在合同签订后120日内完成全部开发、部署并具备初验条件，详细进度以双方确认的实施计划为准。
P:1.4 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格并常驻宜江，未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题和风险。
P:1.5 乙方应为市、区两级管理人员及街道网格员提供操作培训不少于6期，每期不少于1天，并提供培训教材和操作手册。
H:第二条 付款方式
P:2.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计332,000元。
P:2.2 系统通过初验后，甲方支付合同总价的45%，计747,000元。
P:2.3 系统通过最终验收后，甲方支付合同总价的35%，计581,000元。
P:2.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按照财政资金支付程序办理。
P:2.5 预付款银行保函在系统初验合格后由甲方退还乙方。
H:第三条 验收
P:3.1 初验：部署完成后，由甲方组织初验，内容包括：功能清单逐项核对；不少于2,000个充电桩数据接入成功且上报延迟不超过10秒；视频识别告警准确率不低于92%；与消防物联网平台接口连续7日无数据丢失。
P:3.2 试运行与最终验收：初验合格后进入为期90日的试运行，试运行期间不得出现一级故障。试运行结束后，甲方组织专家并委托第三方测评机构完成安全测评，测评无高危问题且全部整改完毕的，方可进行最终验收，双方签署最终验收报告。
P:3.3 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
P:3.4 验收所需的第三方测评费用由乙方承担。申请验收时，乙方应同时提交用户手册、运维手册、测试报告和源代码介质。
H:第四条 质量保证与维护
P:4.1 质保期为最终验收合格之日起二十四个月。质保期内，乙方免费提供软件缺陷修复、版本升级、接口适配及现场技术支持。
P:4.2 质保期内，乙方每季度进行一次系统巡检，提交巡检报告，并配合甲方完成重大活动及汛期、高温季节的保障工作。
P:4.3 质保期满后，甲方如需继续由乙方提供维护服务，年维护费不超过平台软件许可费的9%，即每年不超过77,400元，且质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第五条 服务水平
P:5.1 质保期内，平台月度可用率不低于99.5%（计划内维护时间除外，计划内维护应提前48小时通知甲方并安排在夜间）。
P:5.2 故障分为三级。一级故障（平台整体不可用或告警功能失效）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障（一般性问题）在下一个工作日内响应，5个工作日内解决。
P:5.3 乙方未按上述时限响应或恢复的，每超出一小时，甲方有权扣除服务违约金800元；月度可用率每低于约定值0.1个百分点，扣除1,500元。上述款项可从应付款中直接扣减。
P:5.4 乙方应每月向甲方提交运行报告，内容包括月度可用率、故障处理情况、数据接入率和告警处置统计。
H:第六条 数据安全与数据权属
P:6.1 平台采集、汇聚和产生的全部数据，包括充电设施信息、告警记录、视频截图和居民报送信息，均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:6.2 乙方应按照网络安全等级保护第三级要求落实安全措施，数据传输和存储加密，运维操作经甲方堡垒机进行并留存日志，未经甲方书面批准不得将数据拷贝出甲方网络环境。
P:6.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
P:6.4 合同终止或履行完毕后，乙方应在15日内将其持有的甲方数据全部返还并彻底删除，并向甲方出具书面确认。
H:第七条 保密
P:乙方对在履行合同中知悉的甲方工作秘密、系统配置、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后五年内继续有效。
H:第八条 知识产权
P:8.1 定制开发形成的源代码、数据接口程序、预警模型参数、驾驶舱页面及全部技术文档，其知识产权归甲方所有，乙方应在最终验收时完整移交源代码及编译说明。
P:8.2 平台软件原有部分的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利，否则由乙方负责处理并承担全部责任。
H:第九条 违约责任
P:9.1 乙方逾期完成初验条件或最终验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 乙方交付的系统不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金，但因财政资金拨付程序造成的延迟除外。
H:第十条 分包与转让
P:乙方不得将本项目分包或转包给任何第三方，也不得转让本合同项下的权利义务。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，互不承担违约责任。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 招标文件、投标文件、中标通知书及双方确认的实施计划为本合同组成部分。
P:13.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:13.3 附件：附件一 功能需求清单；附件二 实施计划；附件三 接入设备及场站清单。
P:甲方（盖章）：宜江市应急管理局　　　乙方（盖章）：杭州安澜物联科技有限公司
P:签订日期：2027年3月　日
"""

H1108Z02 = """T:生产线控制系统改造项目合同
P:合同编号：JX-SC-2027-036
P:甲方（买方）：江苏骏行电动三轮车制造有限公司
P:乙方（卖方）：常州恒控自动化工程有限公司
P:甲方为提升车架焊接、涂装和总装三条生产线的自动化水平，委托乙方对上述生产线的控制系统进行改造，包括设备供货、控制程序开发、产线监控软件部署、安装调试及培训。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 合同标的与价格
P:1.1 本合同设备及软件清单、数量和价格如下表，合同总价为人民币1,882,000元（含13%增值税），为固定总价。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体及配电）|12套|58,000|696,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|HMI触摸屏|24台|4,800|115,200
TB:4|工业以太网交换机|16台|3,900|62,400
TB:5|产线监控软件许可（永久，含20个客户端）|1套|268,000|268,000
TB:|软硬件小计|||1,453,600
TB:6|安装调试（含拆旧、布线）|1项|184,000|184,000
TB:7|PLC程序开发及MES接口开发|1项|226,000|226,000
TB:8|操作及维护培训|1项|18,400|18,400
TB:|合同总价|||1,882,000
P:1.2 乙方保证所供设备为原厂全新正品，附原厂合格证和质量证明文件，软件为正版授权。
P:1.3 合同总价包括设备、软件、运输、保险、安装调试、技术资料、培训及质保期内服务的全部费用。
H:第二条 交货与实施
P:2.1 乙方应在合同签订后60日内将全部设备运至甲方厂区，并在甲方安排的停线窗口内完成改造。每条产线的停线改造时间不得超过10日，乙方应提前编制切换方案，经甲方生产部门确认后实施。
P:2.2 乙方施工人员应遵守甲方厂区安全生产管理制度，动火、登高及带电作业须办理作业票。因乙方原因造成的人身伤害或财产损失由乙方负责。
P:2.3 设备到货时双方共同开箱清点，清点记录仅确认数量和外观，不代表质量验收。
P:2.4 乙方应组建由项目经理、电气工程师和软件工程师组成的项目组，项目经理在改造期间驻厂，每日参加甲方生产协调会。
P:2.5 乙方应为甲方设备、电气维修人员提供不少于5天的培训，使其能够独立完成日常维护、程序备份和常见故障处理。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，计188,200元。
P:3.2 全部设备到货并完成安装调试，三条产线恢复生产后，甲方支付合同总价的55%，计1,035,100元。
P:3.3 系统通过终验后，甲方支付合同总价的35%，计658,700元。
P:3.4 乙方应在每次付款前开具全额增值税专用发票。
H:第四条 验收
P:4.1 安装调试完成后进入连续30日的试生产。试生产期间，各产线控制系统应满足：节拍达到设计值（焊接线每台不超过95秒）；设备综合故障停机时间累计不超过8小时；HMI报警与现场状态一致；产线监控软件与MES的工单、产量和质量数据对账无差异。
P:4.2 试生产满足上述条件后，乙方提交终验申请及竣工资料（电气图纸、程序备份、参数表、操作及维护手册），甲方在10个工作日内组织终验，合格的签署终验报告。
P:4.3 产线恢复生产或甲方使用设备，均不视为终验合格。终验不合格的，乙方应在15日内整改并再次申请终验。
P:4.4 终验时，乙方应向甲方移交全部PLC程序和HMI工程文件的最新版本，并保证与现场运行版本一致。
H:第五条 质量保证
P:5.1 质保期为终验合格之日起十八个月。质保期内，设备出现非人为损坏的，乙方免费维修或更换，软件免费修复缺陷并提供升级。
P:5.2 质保期内，乙方提供7×24小时电话支持。一级故障（导致整条产线停线）乙方应在1小时内响应，6小时内到场，到场后8小时内恢复生产；二级故障（影响单个工位或部分功能）2小时内响应，24小时内到场处理；三级故障在3个工作日内处理。
P:5.3 乙方未按时响应或到场的，每延误一小时支付违约金1,000元；一级故障造成停线超过约定恢复时间的，每超出一小时另支付2,000元。
P:5.4 乙方应在甲方厂区储备常用备件，备件清单作为本合同附件。
P:5.5 质保期内，乙方每季度进行一次预防性巡检，检查控制柜、伺服系统和网络设备的运行状态，并提交巡检报告。
H:第六条 质保期满后的维保服务
P:6.1 质保期满后，乙方为甲方提供维保服务，内容包括一名驻场工程师、备件更换、程序维护、季度巡检和产线改造后的参数优化。
P:6.2 维保费按软硬件小计的32%每年计取，即每年465,152元，在维保服务期首三年内不作调整，按季度支付。
P:6.3 维保服务的响应时限和违约金标准与第5.2条、第5.3条相同。乙方应每季度向甲方提交维保服务报告。
H:第七条 数据安全
P:7.1 产线监控软件和PLC系统采集的生产数据、工艺参数及质量记录均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:7.2 乙方远程维护须经甲方批准并通过甲方指定的工业防火墙和堡垒机进行，操作全程记录。乙方不得在控制网络中接入未经甲方批准的设备。
P:7.3 因乙方原因导致生产数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并协助处置，承担由此造成的全部损失。
P:7.4 合同终止后，乙方应删除其留存的甲方生产数据和程序备份，并向甲方书面确认。
H:第八条 保密
P:乙方对在履行合同中获知的甲方工艺参数、生产节拍、产品图纸、供应商信息等商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后三年内继续有效。
H:第九条 知识产权
P:9.1 乙方为本项目开发的PLC控制程序、HMI画面、MES接口程序及相关文档，其知识产权归甲方所有，乙方应在终验时交付全部源程序及注释。
P:9.2 产线监控软件的原有知识产权归乙方，乙方授予甲方永久使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的0.08%支付违约金。
P:10.2 乙方原因造成停线改造超过约定时间的，除支付前款违约金外，还应赔偿甲方因停产造成的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:10.4 乙方所供设备不符合约定的，应无条件更换，并承担由此产生的全部费用。
H:第十一条 分包
P:乙方不得转包本项目。如需将布线等辅助工作分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同的履行
P:本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。一方违约的，守约方可以要求违约方继续履行、采取补救措施并赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。附件：备件清单、改造切换方案。
P:甲方（盖章）：江苏骏行电动三轮车制造有限公司
P:乙方（盖章）：常州恒控自动化工程有限公司
"""

H1108Z03 = """门店预约及会员管理SaaS服务合同

合同编号：MJ-IT-2027-007

甲方：上海薇甲教育科技有限公司（美甲培训连锁品牌，下辖门店40家）
乙方：南京云约信息技术有限公司

甲方拟在全部门店统一使用线上预约、会员储值、课程排班和营销管理系统。乙方为SaaS服务提供商。双方经协商，就乙方向甲方提供门店预约及会员管理SaaS服务及实施服务事宜，订立本合同。

一、服务内容与期限
（一）乙方通过其云平台向甲方提供以下服务：
1. 门店端：预约排班、学员签到、课程与美甲服务开单、会员储值和次卡核销；
2. 总部管理端：门店经营报表、会员分层、营销活动配置、员工绩效与提成计算；
3. 微信小程序：学员在线预约、课程购买、作品展示及评价；
4. 数据看板：门店客流、复购率、课程满班率等经营指标的实时看板；
5. 实施服务：原有会员及储值余额数据迁移、小程序页面定制、40家门店上线培训及上线后一个月的驻点支持。
（二）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，满一年后进入第二服务年度。
（三）乙方应在合同签订后45日内完成全部门店上线。
（四）乙方应指定专职客户成功经理一名，负责上线协调、门店培训和日常服务对接。

二、服务费用
（一）合同总价为人民币408,000元，明细如下：
1. 门店端订阅费：40家门店×3,600元/店/年×2个服务年度，计288,000元；
2. 总部管理端订阅费：26,000元/年×2个服务年度，计52,000元；
3. 一次性实施费：68,000元。
（二）服务期内新增门店的，按每店每年3,600元按月折算计费，不影响本合同总价。
（三）上述费用含税，包括云资源、短信通知（每月每店500条以内）、版本升级及服务期内的技术支持。

三、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费计170,000元，在该服务年度开始后15个工作日内支付。
（三）乙方应在收款前开具增值税普通发票。
（四）新增门店费用及超出部分的短信费用（每条0.04元）按季度结算。

四、上线验收
（一）乙方完成数据迁移和配置后，甲方按以下标准进行上线验收：
1. 会员数量、储值余额及次卡剩余次数与原系统逐条核对，差异为零；
2. 40家门店均已完成上线，收银和核销功能连续7日运行正常；
3. 小程序预约下单成功率不低于98%，页面打开时间不超过2秒；
4. 员工提成计算结果与甲方抽查的人工核算结果一致。
（二）验收合格的，双方签署上线验收单。门店开始使用系统不视为验收合格。验收不合格的，乙方应在10日内整改后重新提交验收。
（三）上线验收前，乙方应提交系统操作手册、门店培训记录和数据迁移核对报告。
（四）第二服务年度开始前，双方应对系统运行情况进行一次年度评估，乙方根据评估意见提出优化方案。

五、服务水平
（一）乙方保证平台月度可用率不低于99.95%，计划内维护须提前72小时通知甲方并安排在凌晨2点至6点进行。
（二）故障分级及响应：
1. 一级故障（平台无法登录、无法开单或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常，有替代方式）：2小时内响应，1个工作日内解决；
3. 三级故障（咨询及一般问题）：1个工作日内答复。
（三）月度可用率低于约定值的，每低于约定值0.1个百分点（不足0.1个百分点的按0.1个百分点计），减免当月订阅费的5%。一级故障未按时恢复的，每超出一小时减免500元。减免金额在下一期订阅费中抵扣。
（四）乙方应每月向甲方提供服务报告，列明可用率、故障记录和处理情况。
（五）乙方应提供7×24小时客服热线和在线工单渠道，工单处理结果应经甲方门店确认后方可关闭。

六、数据安全
（一）乙方应按照网络安全等级保护第三级要求运营平台，对会员手机号、身份信息和支付记录加密存储，按最小权限原则控制乙方员工访问，并保留访问日志不少于六个月。
（二）平台数据存储于中国境内的服务器，乙方不得将数据传输至境外。
（三）发生数据泄露或其他安全事件的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的告知和报告义务；因乙方原因造成的，乙方承担由此产生的赔偿责任和监管处罚。
（四）服务期满或合同终止后，乙方应在30日内向甲方提供全部数据的完整导出文件，并在甲方确认后删除。
（五）乙方每年应委托第三方机构进行一次渗透测试，并将测试结论告知甲方。乙方不得在平台中植入与本合同服务无关的广告或第三方代码。

七、数据权属与使用
（一）甲方及其学员在平台上录入和产生的数据归甲方所有。
（二）甲方同意，乙方有权对平台上的会员消费、预约和储值数据进行去标识化处理后，用于行业经营分析报告、产品改进及算法模型训练，该等使用不受本合同期限限制。

八、保密
双方对因本合同获知的对方商业秘密，包括甲方的门店经营数据、价格体系、课程体系和学员信息，以及乙方的技术资料，负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求其接触甲方信息的员工签署保密承诺。保密义务在本合同终止后三年内有效。

九、知识产权
（一）乙方平台软件的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面、报表模板和营销活动模板，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。
（三）乙方保证其提供的服务不侵犯任何第三方的知识产权。

十、违约责任
（一）乙方未能在约定期限内完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第六条造成的损失除外。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的实施服务转包。确需分包的，应事先取得甲方书面同意。经同意的分包，乙方仍对分包方的行为承担全部责任。

十二、续期
服务期满前30日内任何一方未书面提出终止的，本合同自动续期一年。续期的订阅费由乙方按其届时公布的标准价格确定，乙方有权根据市场情况上调。

十三、合同解除
（一）乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付未使用期间的费用。
（二）一方进入破产程序的，另一方可以解除合同。
（三）合同解除后，乙方应按第六条第（四）项的约定向甲方提供数据导出。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十五、甲方义务
（一）甲方应按时提供原系统数据和门店信息，并指定项目联系人。
（二）甲方应妥善保管管理员账号，对其员工的操作行为负责。

十六、其他
本合同附件包括服务功能清单、数据迁移方案和门店清单，附件与本合同具有同等效力。本合同未尽事宜，双方另行协商并签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：上海薇甲教育科技有限公司（盖章）
乙方：南京云约信息技术有限公司（盖章）
日期：2027年2月　日
"""

H1108Z04 = """清河县水闸自动化控制系统2027年度运行维护服务合同

项目编号：QHSL-CS-2027-003（竞争性磋商）
采购人（甲方）：清河县水利局
供应商（乙方）：安徽淮润水务信息工程有限公司

根据清河县水闸自动化控制系统2027年度运行维护服务项目竞争性磋商结果及成交通知书，依照《中华人民共和国政府采购法》和《中华人民共和国民法典》，甲乙双方签订本合同。

第一条 服务范围
（一）运维对象：县域内11座节制闸、排涝闸的闸门自动化控制系统，包括现地PLC控制柜、闸门开度仪、水位计、视频监控前端、通信光缆及无线备份链路，以及县水利局调度中心的闸控软件平台、数据库服务器和大屏显示系统。
（二）服务内容：
1. 日常巡检：每月对全部闸站现场巡检一次，汛期（5月至9月）每半月一次，填写巡检记录；
2. 故障维修：对系统软硬件故障进行诊断、维修和更换，常用备件由乙方储备；
3. 软件维护：闸控平台缺陷修复、数据库备份与优化、操作系统及安全补丁更新；
4. 汛期值守：主汛期安排两名技术人员在调度中心驻场值守，配合甲方执行调度指令；
5. 年度检修：汛前完成一次全面检修和闸门启闭联调试验，提交检修报告；
6. 应急保障：配合甲方开展防汛演练和突发事件应急处置，提供技术保障。
（三）服务期限：2027年1月1日至2027年12月31日。
（四）乙方应建立运维台账，记录设备资产、故障、维修和备件更换情况，每月5日前向甲方提交上月运维月报。

第二条 服务费用
（一）本合同总价为人民币438,000元，为固定总价，包括人工、交通、备件、工具、税费等全部费用。
（二）费用构成：日常巡检168,000元；故障维修及备件142,000元；软件维护及安全加固86,000元；汛期驻场值守42,000元。
（三）单件价值超过5,000元的主要设备更换（如PLC主机、服务器）不在备件范围内，由乙方报价、甲方另行采购。
（四）服务期内新增闸站纳入运维的，费用由双方按本合同单价标准另行协商。

第三条 付款方式
（一）服务费按季度支付，每季度109,500元。
（二）每季度结束后，甲方按第五条进行季度考核，考核合格后15个工作日内支付当季服务费。考核扣减的金额从当季服务费中扣除。
（三）乙方应在付款前开具合法有效的发票。本合同不设预付款。
（四）因财政资金拨付程序导致的付款延迟，甲方不承担违约责任，但应及时告知乙方。

第四条 服务水平
（一）服务期内，闸控系统年度可用率不低于99.95%。
（二）故障分级与时限：
1. 一级故障（任一闸站无法远程控制，或调度中心平台瘫痪）：15分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单项监测数据中断、视频离线）：1小时内响应，8小时内处理完毕；
3. 三级故障（不影响控制功能的一般问题）：24小时内处理完毕。
（三）汛期及防汛应急响应期间，一级故障到场时间缩短为1小时，乙方应全程在场直至恢复。
（四）乙方未按时响应、到场或恢复的，每超时一小时扣减服务费1,000元；年度可用率每低于约定值0.01个百分点，扣减服务费2,000元。
（五）乙方应设立7×24小时服务电话，汛期服务电话须保证随时接通。
（六）乙方每季度应对备件库存进行盘点，保证常用备件满足两次以上更换需要。

第五条 考核与验收
（一）甲方每季度按考核细则对乙方服务进行考核，考核内容包括巡检完成率、故障处理及时率、系统可用率、文档完整性和值守到岗情况，采用百分制，80分以上为合格。
（二）季度考核不合格的，当季服务费扣减10%，乙方应在15日内提交整改报告。连续两个季度考核不合格的，甲方有权解除合同。
（三）服务期满后，甲方组织年度验收，验收标准为：全年巡检记录齐全；全部故障工单闭环；年度可用率达到约定值；汛前检修及联调试验报告经甲方确认；系统配置、软件版本和备份文件完整移交。验收合格的，双方签署年度验收报告。
（四）年度验收不合格的，乙方应在20日内整改，整改完成前甲方可暂缓支付第四季度服务费。

第六条 数据安全
（一）闸控系统中的水位、流量、闸门开度、调度指令及视频数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他目的，不得向第三方提供。
（二）乙方应遵守水利网络安全管理规定，不得私自在控制网络中接入设备或开通远程访问；确需远程维护的，须经甲方批准，通过甲方指定的VPN和堡垒机进行，操作全程记录。
（三）乙方对闸控系统进行任何配置修改前，须提交变更方案并经甲方审批，修改后应做好备份。
（四）因乙方原因导致数据泄露、被篡改或系统遭受网络攻击的，乙方应在1小时内报告甲方，立即采取处置措施，并承担全部赔偿责任。
（五）合同终止时，乙方应将持有的甲方数据和账号口令全部移交，删除其留存的副本，并出具书面说明。

第七条 保密
乙方对在服务中接触的水利工程资料、调度方案、系统口令及其他非公开信息负有保密义务，不得向任何第三方披露。乙方人员应签署保密承诺书，不得拍摄、复制与服务无关的工程图纸和资料。本条义务在合同终止后持续有效。

第八条 成果归属
乙方在服务中形成的巡检记录、检修报告、优化脚本、配置文件及技术文档，其所有权和知识产权归甲方所有，甲方有权自行使用、修改或提供给后续服务商使用。

第九条 人员要求
（一）乙方应组建不少于5人的运维团队，项目负责人须具有水利或自动化相关专业中级以上职称。
（二）乙方更换项目负责人或驻场人员，须提前7日书面告知甲方并经甲方同意。
（三）乙方人员进入闸站作业应遵守安全操作规程，临水作业不少于两人，因乙方人员违规作业造成的事故由乙方负责。乙方应为现场作业人员购买意外伤害保险。

第十条 违约责任
（一）乙方未按约定时间进场开展服务或未按期完成汛前检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不当造成闸门误动作或设备损坏的，乙方应承担修复费用并赔偿甲方损失。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
（四）乙方应付的违约金和扣减金额可从应付服务费中直接扣除。

第十一条 分包
乙方不得将本合同服务全部或部分分包、转包给第三方。

第十二条 合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用，乙方应赔偿甲方因此遭受的损失。因不可抗力致使合同目的不能实现的，双方均可解除合同。

第十三条 合同期满
本合同期满即终止，不自动续期。甲方如需继续采购运维服务，将依法另行组织采购。乙方应在合同终止前完成全部资料移交，并配合新服务商做好交接。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向清河县人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。本合同未尽事宜，双方协商签订补充协议。磋商文件、响应文件、成交通知书及考核细则为本合同的组成部分。

甲方：清河县水利局（盖章）
乙方：安徽淮润水务信息工程有限公司（盖章）
签订日期：2026年12月　日
"""

H1108Z05 = """# 石匠工序通软件许可及实施合同

**（福建云石智造软件有限公司 标准合同文本 V3.0）**

合同编号：YSZZ-2027-0219

甲方（用户）：惠安县青岩石刻工作室

乙方（供应商）：福建云石智造软件有限公司

甲方因石刻产品订单和生产工序管理需要，购买乙方“石匠工序通”生产过程追踪软件并委托乙方进行定制开发和实施。双方根据《中华人民共和国民法典》等法律法规，在平等自愿的基础上签订本合同。

## 第一条 定义

1.1 “软件”指乙方享有著作权的“石匠工序通”生产过程追踪软件（标准版）及其升级版本。

1.2 “定制开发”指乙方根据甲方需求，在软件基础上开发的功能模块，包括工序看板、订单与石料追溯、手机小程序报工及计件工资统计。

1.3 “上线”指软件及定制功能安装部署完成，甲方可登录使用。

1.4 “用户”指经甲方授权登录软件的账号，一个账号同一时间只能在一台终端登录。

1.5 “免费维护期”指乙方免费为甲方提供维护服务的期间，具体见第六条。

## 第二条 合同内容与价款

2.1 本合同价款明细如下：

| 序号 | 项目 | 内容说明 | 金额（元） |
|---|---|---|---|
| 1 | 软件许可费 | 标准版，永久许可，20个用户 | 168,000 |
| 2 | 定制开发费 | 工序看板、订单与石料追溯、小程序报工、计件工资统计 | 142,000 |
| 3 | 实施培训费 | 部署、基础数据录入指导、两次现场培训 | 26,000 |
| | 合计 | | 336,000 |

2.2 合同总价为人民币336,000元（大写：叁拾叁万陆仟元整），含税。用户数超过20个的，每增加一个用户按乙方报价另行收费。

2.3 甲方自行负责服务器、网络和手机终端等硬件环境，相关费用不包含在合同价款内。

2.4 乙方提供的第三方组件（如数据库、地图服务）按其各自的许可条款使用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即218,400元。

3.2 软件上线后10个工作日内，甲方支付合同总价的剩余35%，即117,600元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施或暂停技术支持服务。

3.4 乙方收款后向甲方开具增值税普通发票。

## 第四条 实施与交付

4.1 乙方在收到首期款项后开始需求调研，并在60个工作日内完成定制开发和部署。因甲方需求变更、资料提供不及时或配合不到位导致延期的，实施期限相应顺延。

4.2 乙方交付内容为软件安装程序、定制功能模块、用户操作手册各一套，不包括源代码。

4.3 甲方应指定一名项目联系人，负责需求确认、基础数据（石料品类、工序、工价、客户信息）整理和内部协调。

4.4 需求确认书经甲方签字后，作为定制开发的依据。需求确认后甲方提出新增或变更需求的，乙方有权另行收费。

4.5 乙方为甲方提供两次现场培训，每次不超过一天，培训对象为甲方管理人员和班组长。超出部分的培训按乙方标准收取费用。

4.6 甲方应在需求调研开始后10个工作日内签署需求确认书，逾期未签署的，视为同意乙方提交的需求方案。

4.7 乙方实施人员在甲方场所工作期间，应遵守甲方的安全管理要求。

## 第五条 上线与验收

5.1 软件部署完成后，乙方通知甲方上线。软件上线运行即视为甲方验收合格。

5.2 上线后甲方发现问题的，应以书面形式提出，乙方在合理期限内修正，但不影响已视为验收合格的效力。

5.3 需求确认书以外的功能要求，不作为上线的条件。

## 第六条 免费维护期与后续服务

6.1 自软件上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 免费维护期内，甲方报告软件故障的，乙方在接到通知后8小时内响应，并根据故障情况安排远程处理；需要现场服务的，乙方另行安排时间。

6.3 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护协议，年度维护费按乙方当年公布的服务价格标准执行。

6.4 因甲方操作不当、擅自修改数据库、硬件故障或病毒等原因造成的问题，不属于免费维护范围。

6.5 软件新版本的功能和发布时间由乙方决定，甲方升级版本前应自行备份数据。免费维护期内的现场服务，甲方应承担乙方人员的差旅费用。

## 第七条 知识产权

7.1 软件及定制开发成果（包括工序看板、追溯模块、小程序及相关文档）的著作权及其他知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反编译、修改，不得提供给第三方使用。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

7.4 乙方保证软件不侵犯第三方知识产权；如发生侵权纠纷，由乙方负责处理。

## 第八条 数据安全

8.1 甲方在软件中录入和产生的订单、客户、石料、工序和工资数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方在实施和远程维护过程中，应使用甲方分配的专用账号，操作前征得甲方同意，不得复制、下载甲方业务数据。

8.3 乙方应对软件采取访问控制、数据加密和日志审计等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复数据，并承担相应赔偿责任。

8.4 合同终止后，甲方可在30日内导出其业务数据，乙方应提供必要的导出协助。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密负有保密义务，包括甲方的客户名单、产品设计图样、石料来源和报价，以及乙方的软件技术资料和报价。

9.2 未经对方书面同意，任何一方不得向第三方披露上述信息。保密义务在本合同终止后两年内有效。

9.3 乙方可在其宣传资料中将甲方列为客户案例，但不得披露甲方的具体业务信息。

## 第十条 责任限制

10.1 乙方不对甲方的间接损失、利润损失、商誉损失或数据损失承担责任。

10.2 乙方在本合同项下承担的全部赔偿责任累计不超过合同总价的20%。

10.3 乙方因实施延误而未能按期上线的，应及时告知甲方，双方协商调整实施计划。

10.4 任何一方不对因第三方网络、电力或云服务中断造成的损失承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经守约方书面通知后15日内仍未纠正的，守约方有权解除合同。

11.2 合同解除后，乙方已完成工作的费用及已发生的成本由甲方承担，已收取的许可费不予退还。

## 第十二条 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。不可抗力持续超过60日的，双方协商是否继续履行合同。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，双方另有书面约定的除外。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.3 本合同附件包括需求确认书和实施计划，附件与本合同具有同等效力。

14.4 甲方在签署本合同前已仔细阅读全部条款，乙方已就责任限制等条款向甲方作出说明。

甲方（盖章）：惠安县青岩石刻工作室

乙方（盖章）：福建云石智造软件有限公司

日期：2027年　月　日
"""

H1108E01 = """T:Software Licence and Services Agreement
P:Agreement No. DAS-CN-2027-014
P:This Agreement is made between Changzhou Jinyuan Cable Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer"), and Dovedale Asset Systems Ltd, a company registered in England and Wales with its registered office at Market Place, Ashbourne, Derbyshire, United Kingdom (the "Supplier").
P:The Customer operates three cable plants and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Supplier is the developer and owner of the DoveMaint maintenance management software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DoveMaint Enterprise server software and client modules in object code, including all updates and new releases provided under this Agreement.
P:1.2 "Services" means the implementation, configuration, interface development, data migration and training services described in Article 3 and the Statement of Work.
P:1.3 "Custom Deliverables" means the interfaces, reports, workflow configurations, migration scripts and documents created by the Supplier specifically for the Customer under this Agreement.
P:1.4 "Customer Data" means all data entered into, processed by or generated from the Software by or for the Customer, including asset registers, work orders, maintenance histories, spare-parts records and personnel data.
P:1.5 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed all acceptance tests.
P:1.6 "Go-Live" means the first productive use of the Software at all three plants.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China for the internal business purposes of the Customer and its wholly owned subsidiaries, for up to 140 named users.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, disaster recovery and testing. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Services
P:3.1 The Supplier shall configure the Software for the Customer's three plants, build interfaces to the Customer's ERP system and its SCADA historian, migrate the existing equipment register and five years of work-order history, and train the Customer's maintenance planners, engineers and administrators.
P:3.2 The Supplier shall assign a named project manager and a team of at least four consultants, of whom at least two speak Mandarin.
P:3.3 The Supplier shall achieve Go-Live within 150 days after signature and Final Acceptance within 240 days after signature, in accordance with the project plan agreed in the Statement of Work.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,738,000, inclusive of VAT, made up as follows: server licence CNY 420,000; 140 named-user licences at CNY 5,000, CNY 700,000; licence subtotal CNY 1,120,000; implementation and interface development CNY 486,000; data migration CNY 94,000; training CNY 38,000.
P:4.2 The price is fixed. It includes all travel, accommodation and expenses of the Supplier's personnel.
P:4.3 The Customer shall pay the contract price as follows: 20% (CNY 347,600) within 30 days after signature against the Supplier's invoice; 45% (CNY 782,100) within 30 days after Go-Live; and 35% (CNY 608,300) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the bank account named in the Supplier's invoice.
H:Article 5 Acceptance
P:5.1 Before Go-Live the Supplier shall carry out the system tests defined in the Statement of Work and deliver the test report to the Customer.
P:5.2 After Go-Live the system shall run in production for 60 days. Final Acceptance tests shall confirm that: every function in the Functional Specification works as specified; the migrated equipment register and work-order history reconcile record by record with the source data; the ERP and SCADA interfaces have run for 30 consecutive days without data loss; screen response time is below two seconds for 95% of transactions with 120 concurrent users; and no Severity 1 or Severity 2 defect remains open.
P:5.3 When the tests are passed, the Customer shall sign a Final Acceptance certificate within ten working days. Go-Live, productive use or payment of any instalment is not acceptance. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and Custom Deliverables will perform materially in accordance with the Functional Specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, provide updates and new releases, and provide telephone, e-mail and remote support free of charge.
P:6.2 Defects are classified by severity. For a Severity 1 defect (the system is unavailable or work orders cannot be created at any plant) the Supplier shall respond within one hour, at any time of day, and shall work continuously until a fix or workaround is in place. For a Severity 2 defect the Supplier shall respond within eight business hours, and for a Severity 3 defect within two business days.
P:6.3 If the Supplier misses a response time for a Severity 1 defect, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, and CNY 300 per hour for a Severity 2 defect. Credits are deducted from the next payment due or paid within 30 days.
P:6.4 After the Warranty Period the Customer may order annual support, covering the same services and response times, at a fee of 11% of the licence subtotal per year (CNY 123,200). This fee is fixed for the first three years after the Warranty Period. Each support year is ordered separately; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Supplier retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Supplier shall access the Customer's systems only through the Customer's VPN and bastion host, with individual accounts and multi-factor authentication, and only after approval of each remote session. The Supplier shall not transfer Customer Data out of mainland China and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Supplier shall notify the Customer of any actual or suspected security incident affecting Customer Data within eight hours of becoming aware of it, cooperate in the investigation and remediation, and bear all losses, costs and regulatory penalties caused by its breach of this Article.
P:8.4 On termination or completion of the Services the Supplier shall return or securely delete any Customer Data in its possession and confirm this in writing.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations do not apply to information that is public, independently developed, or required to be disclosed by law, and continue for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to achieve Go-Live or Final Acceptance by the dates in Article 3.3 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to a maximum of 10% of the contract price.
P:10.2 The Supplier's total liability under this Agreement is limited to 150% of the contract price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the prior written consent of the other party.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the end of the Warranty Period. The licence in Article 2 survives.
P:12.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under Article 10.1 reach their maximum. On such termination the Supplier shall refund the payments received for Services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with the Statement of Work and the Functional Specification, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:Signed for the Customer: ____________________ Date: __________
P:Signed for the Supplier: ____________________ Date: __________
"""

H1108E02 = """# Bramshall Cloud Ltd — Order Form and General Terms

**Order Form No. BC-ORD-2027-0388**

# Part A — Order Form

## A1 Parties

**Provider:** Bramshall Cloud Ltd, a company registered in England and Wales, registered office at Bramshall Road, Uttoxeter, Staffordshire, United Kingdom.

**Customer:** Weifang Harvest Agricultural Machinery Co., Ltd., a company incorporated in the People's Republic of China, registered office in Kuiwen District, Weifang, Shandong Province.

This Order Form and the General Terms in Part B together form the agreement between Provider and Customer (the "Agreement"). If there is a conflict, this Order Form prevails.

## A2 Subscription

Provider will provide Customer with access to the DealerDesk dealer ordering portal (the "Service"), including dealer ordering, parts catalogue, warranty claims, dealer stock visibility and the standard reporting module, together with the onboarding services described in A4.

Authorised users: Customer's internal staff without limit, and up to 300 dealer seats for Customer's appointed dealers in mainland China.

## A3 Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4 (the "Service Start Date"); the second starts on the first anniversary of that date. Target Go-Live Date: 100 days after signature of this Order Form.

## A4 Onboarding and Go-Live Acceptance

Onboarding services: configuration of the Service for Customer's product range and price lists; import of the parts catalogue (about 38,000 part numbers) and the dealer master data; integration with Customer's ERP system for orders, invoices and stock; Chinese-language user guides; and two train-the-trainer sessions in Weifang.

Go-Live Acceptance tests: (a) all 38 test scenarios in the agreed test plan pass; (b) order, invoice and stock messages between the Service and Customer's ERP reconcile without difference over ten consecutive business days; (c) 20 pilot dealers have placed orders through the Service; and (d) no open defect prevents ordering or invoicing. Customer shall confirm Go-Live Acceptance in writing within five business days after the tests are passed. Use of the Service by pilot dealers is not acceptance.

## A5 Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Platform fee | fixed per year | 186,000 | 186,000 | 372,000 |
| Dealer seats | 300 seats × CNY 420 per year | 126,000 | 126,000 | 252,000 |
| Onboarding services | one-time | 58,000 | — | 58,000 |
| **Total fees** | | **370,000** | **312,000** | **682,000** |

Additional dealer seats may be added at CNY 420 per seat per year, pro rata for the remainder of the Subscription Year. All fees include VAT.

Invoicing: the onboarding fee is invoiced after Go-Live Acceptance. The subscription fees for each Subscription Year are invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

## A6 Special Conditions

1. Customer's principal contact is the Head of Dealer Operations; Provider's is its Account Director for Asia.
2. The Service is hosted in the Shanghai region of Alibaba Cloud.
3. The Service and user guides are provided in simplified Chinese and English.

Signed for Provider: ____________________   Signed for Customer: ____________________

Date: ____________________

# Part B — General Terms

## 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by Customer, its users or its dealers, including orders, prices, dealer details, end-customer details in warranty claims and usage records.

1.2 "Customer Configurations" means the product and price structures, workflows, report templates and ERP integration mappings that Provider creates specifically for Customer.

1.3 "Documentation" means Provider's user guides and help pages for the Service.

## 2. Provision of the Service

2.1 Provider will make the Service available to Customer's authorised users during the Subscription Term in accordance with the Documentation.

2.2 Provider will use commercially reasonable efforts to make the Service available around the clock, except for planned maintenance and events outside Provider's reasonable control, and to answer support requests sent to its help desk as promptly as it reasonably can. Provider gives no commitment on availability levels or response times.

2.3 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

2.4 Customer is responsible for its users' compliance with this Agreement and for keeping login credentials secure.

2.5 Provider will give Customer's administrators access to its help desk by e-mail and through the support portal, in English and Chinese.

## 3. Fees and Payment

3.1 Customer will pay the fees in Part A, A5. Fees for a Subscription Year are not refundable except as stated in section 10.

3.2 If Customer pays late, Provider may charge interest on the overdue amount at 0.02% per day and, after 20 days' further written notice, suspend the Service until payment.

3.3 The fees in A5 are fixed for the Subscription Term and are not subject to increase.

## 4. Late Go-Live

If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a total of CNY 34,100. Amounts due are deducted from the onboarding fee.

## 5. Customer Data

5.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service and support to Customer and shall not sell, analyse, aggregate or otherwise use it for its own purposes.

5.2 Provider shall store and process Customer Data only in mainland China, in the hosting region named in A6.

5.3 At the end of the Subscription Term, Provider shall make Customer Data available for export in CSV format for 30 days and then delete it from the Service and its backups within a further 30 days.

## 6. Data Security

6.1 Provider shall maintain technical and organisational security measures appropriate to the Customer Data, including encryption in transit and at rest, role-based access controls, multi-factor authentication for administrative access, logging of access, daily backups and annual penetration tests. The Service shall hold a valid MLPS level 3 filing throughout the Subscription Term.

6.2 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take all reasonable steps to contain and remedy it, and support Customer in its reporting duties under the Personal Information Protection Law.

6.3 Provider is responsible for losses suffered by Customer as a result of a security incident caused by Provider's breach of this section 6.

## 7. Confidentiality

7.1 Each party shall keep confidential the non-public information of the other party that it receives under this Agreement, including pricing, dealer terms and technical information, and use it only for the purposes of this Agreement.

7.2 This obligation does not apply to information that is or becomes public through no fault of the receiving party, or that must be disclosed by law, and continues for three years after the end of the Agreement.

## 8. Intellectual Property

8.1 Provider owns the Service, the Documentation and all related intellectual property. Customer receives a non-exclusive right to use the Service during the Subscription Term.

8.2 Customer Configurations belong to Customer. Provider shall deliver them in a documented, exportable form on request and at the end of the Subscription Term, and Customer may use, modify and have them used by third parties freely.

8.3 Provider shall defend Customer against any claim that the Service infringes the intellectual property rights of a third party and pay any damages finally awarded.

## 9. Liability

9.1 Provider's total liability arising out of or in connection with this Agreement in any calendar year shall not exceed the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss or loss of profit.

9.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence or for fraud.

## 10. Term and Termination

10.1 The Agreement starts on signature of the Order Form and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form agreed by both parties.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Term.

10.3 Either party may terminate the Agreement if the other party becomes insolvent.

## 11. Subcontracting

Provider shall not subcontract the performance of the Service or the onboarding services without Customer's prior written consent, except that Customer consents to the hosting provider named in A6. Provider remains responsible for the performance of any subcontractor.

## 12. General

12.1 Neither party may assign the Agreement without the other's written consent.

12.2 Notices must be in writing and sent to the contacts named in A6.

12.3 Neither party is liable for delay caused by events beyond its reasonable control.

12.4 This Agreement is the entire agreement of the parties regarding the Service and replaces any earlier proposal or quotation.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding.
"""

H1108E03 = """T:Supply Contract for Vibration Monitoring Sensors and Monitoring Software
P:Contract No. QS-EQ-2027-052
P:Buyer: Chaohu Qingshan Cement Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Chaohu, Hefei, Anhui Province (the "Buyer").
P:Supplier: Southwold Sensing Ltd, a company registered in England and Wales, with its registered office on the High Street, Southwold, Suffolk, United Kingdom (the "Supplier").
P:The Buyer wishes to install condition monitoring on the kilns, raw mills, cement mills and fans of its two clinker lines. Following the Buyer's tender, the parties agree on the Buyer's standard terms as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's VibraWatch monitoring software, including its analytics and alarm modules, and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.3.
P:1.5 "Buyer Data" means all measurement data, alarms, asset information, reports and other data collected or generated by the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System and train the Buyer's staff. The items and prices are as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX rated|220|3,600|792,000
TB:2|Industrial gateway with 4G and Ethernet backhaul|18|9,500|171,000
TB:3|VibraWatch monitoring software, perpetual site licence, unlimited users|1|356,000|356,000
TB:|Equipment and Software subtotal|||1,319,000
TB:4|Installation, cabling and commissioning|1 lot|142,000|142,000
TB:5|Configuration of analytics models and alarm thresholds for 64 machines|1 lot|96,000|96,000
TB:6|Training of operators and maintenance engineers|1 lot|23,000|23,000
TB:|Contract Price|||1,580,000
P:2.2 The Contract Price of CNY 1,580,000 includes VAT, customs duties, packing, transport to the plant, insurance, installation materials and all other costs of the Supplier. It is fixed and not subject to adjustment.
P:2.3 The Software is licensed to the Buyer perpetually for use at the plant and by the Buyer's group companies for monitoring the plant. The licence survives the expiry or termination of this Contract.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the plant within 75 days after signature and complete installation and commissioning within 45 days after delivery, during the maintenance shutdowns notified by the Buyer.
P:3.2 The Supplier's personnel shall comply with the Buyer's safety rules, including permits for work at height, hot work and work near rotating machinery.
P:3.3 On delivery the parties shall check the quantity and visible condition of the Equipment and sign a delivery note. The delivery note does not constitute acceptance.
H:4. Payment
P:4.1 The Buyer shall pay the Contract Price in three instalments:
P:(a) 20% (CNY 316,000) within 20 working days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China;
P:(b) 45% (CNY 711,000) within 20 working days after the System has been installed and commissioned and the Buyer has signed the commissioning record;
P:(c) 35% (CNY 553,000) within 20 working days after Final Acceptance.
P:4.2 Each payment is subject to receipt of a valid VAT special invoice.
H:5. Delay
P:5.1 If the Supplier fails to deliver the Equipment or to complete commissioning by the dates in clause 3.1, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:5.2 Liquidated damages under this clause are capped at 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:6. Acceptance
P:6.1 After commissioning, the System shall operate for a trial period of 60 days.
P:6.2 The System passes Final Acceptance when: (a) at least 98% of the sensors transmit data at the configured interval on every day of the last 30 days of the trial period; (b) the measured vibration values match reference measurements taken with a calibrated portable analyser within plus or minus 5%; (c) alarms are raised in the Software within 60 seconds of a simulated threshold exceedance on each machine; (d) the interface to the Buyer's DCS historian transfers data without loss; and (e) all documentation, including as-built drawings, sensor location maps and user manuals in Chinese, has been delivered.
P:6.3 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Use of the System by the Buyer before that date is not acceptance. If the criteria are not met, the Supplier shall remedy the deficiencies at its cost and the test shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment free of charge, including batteries that fail before their rated life, and shall correct Software defects and supply updates free of charge.
P:7.2 Faults are classified by severity. For a Severity 1 fault (the Software is unavailable, or more than ten sensors on a critical machine stop reporting) the Supplier shall respond within 30 minutes and have an engineer on site within 24 hours if remote resolution fails. For a Severity 2 fault the response time is two hours and for a Severity 3 fault one working day.
P:7.3 If the Supplier fails to meet a response or on-site time, it shall pay the Buyer CNY 800 for each hour of delay for Severity 1 faults and CNY 200 for each hour of delay for Severity 2 faults. The Buyer may deduct these amounts from any payment due.
P:7.4 After the warranty period the Supplier shall, if the Buyer so requests, provide annual support with the same scope and response times at an annual fee of 8.5% of the Equipment and Software subtotal (CNY 112,115). This fee shall not be increased during the first three years after the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
P:7.5 The Supplier shall keep spare sensors and gateways in stock in China sufficient to replace any failed unit within five working days, for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software as supplied.
P:8.2 The analytics models, alarm rules, dashboards and reports configured specifically for the Buyer, and all related documentation, belong to the Buyer. The Buyer may use, modify and license them freely, including to third-party service providers.
P:8.3 The Supplier shall indemnify the Buyer against claims that the System infringes any third-party intellectual property right.
H:9. Data Ownership and Data Security
P:9.1 All Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only for performing this Contract and shall not retain, analyse or disclose it for any other purpose, including in aggregated or anonymised form.
P:9.2 The System shall be installed on the Buyer's servers in the plant network. Remote access by the Supplier is allowed only through the Buyer's VPN and bastion host, with named accounts, after the Buyer's approval of each session, and with all sessions recorded.
P:9.3 The Supplier shall implement the security measures described in the technical specification, including encrypted wireless links, hardened gateways and timely security patches, and shall notify the Buyer within six hours of any security incident affecting the System or Buyer Data.
P:9.4 The Supplier shall be liable for all losses suffered by the Buyer as a result of a security incident caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including process data, production figures, plant drawings and network details, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation survives for five years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for liability for personal injury, wilful misconduct, intellectual property infringement and breach of clauses 9 and 10, which is unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains liable for the acts and omissions of approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after receiving written notice, or if the liquidated damages under clause 5 reach their cap.
P:13.2 On termination under clause 13.1 the Supplier shall refund the amounts paid for Equipment or work not accepted, and compensate the Buyer for its losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final and binding on both parties.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English; both versions are equally authentic.
P:15.2 Annexes: Annex 1 Technical Specification; Annex 2 Sensor Location Plan; Annex 3 Acceptance Test Procedure.
P:For the Buyer: ____________________     For the Supplier: ____________________
"""

H1108E04 = """# Managed Infrastructure Services Agreement

Agreement reference: AEMS/JXFD/2027/03

**Between**

(1) **Jiaxing Fengda Logistics Co., Ltd.**, a company incorporated in the People's Republic of China, registered office in Nanhu District, Jiaxing, Zhejiang Province (the "Customer"); and

(2) **Alde Estuary Managed Services Ltd**, a company registered in England and Wales, registered office at Crag Path, Aldeburgh, Suffolk, United Kingdom, acting through its branch office in Shanghai (the "Supplier").

**Background.** The Customer operates a head office and 14 warehouses in the Yangtze River Delta. It wishes to outsource the operation of its IT infrastructure (service desk, network, servers and backup) to the Supplier for 36 months. The parties agree as follows.

## 1. Definitions and Interpretation

1.1 "Services" means the managed services described in Schedule 1, including the Transition Services.

1.2 "Transition Services" means the activities required to take over the operation of the Customer's infrastructure from the Customer's internal team, described in Schedule 1, Part A.

1.3 "Service Commencement Date" means the date on which the Customer confirms in writing that the Transition Services have passed the acceptance criteria in clause 4.

1.4 "Service Levels" means the service levels in Schedule 2.

1.5 "Customer Data" means all data of the Customer and its customers stored on or passing through the infrastructure covered by the Services, including shipment, inventory, customer and employee data.

1.6 "Charges" means the charges in Schedule 3.

1.7 The Schedules form part of this Agreement. If there is a conflict, the clauses prevail over the Schedules.

## 2. Term

2.1 This Agreement starts on the date of signature and continues for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement expires at the end of the Term. It does not renew automatically. Any extension must be agreed in writing by both parties, with Charges agreed at that time.

## 3. Services

3.1 The Supplier shall provide the Services in accordance with this Agreement, Good Industry Practice and the Customer's reasonable IT policies as notified to the Supplier.

3.2 The Supplier shall provide a named service delivery manager, based in Shanghai, who shall attend monthly service reviews with the Customer and provide a written monthly service report showing performance against each Service Level.

3.3 The Supplier shall maintain an up-to-date configuration management database and operating procedures for all infrastructure covered by the Services, and deliver copies to the Customer quarterly.

3.4 The Customer shall give the Supplier access to its sites and systems as reasonably required, and shall appoint a contract manager with authority to make decisions on its behalf.

## 4. Transition and Acceptance

4.1 The Supplier shall complete the Transition Services within 60 days after signature (the "Target Commencement Date").

4.2 The Transition Services are accepted when: (a) all infrastructure items in the inventory are recorded in the configuration management database with their owner, location and support status; (b) the monitoring system covers all 14 warehouses, the head office and both data rooms, and a test alarm from each site reaches the service desk within two minutes; (c) a full restore test from backup has been completed for the warehouse management system and the finance system; (d) the service desk has handled live tickets for ten consecutive working days in parallel with the Customer's team; and (e) the operating procedures have been reviewed and approved by the Customer.

4.3 The Customer shall confirm acceptance in writing within five working days after the criteria are met or give reasons for refusal. Partial operation of the Services before that date is not acceptance.

4.4 If the Service Commencement Date does not occur by the Target Commencement Date for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay, up to a maximum of 60 days.

## 5. Service Levels and Service Credits

5.1 The Supplier shall meet or exceed the Service Levels in Schedule 2 from the Service Commencement Date.

5.2 If the Supplier fails to meet a Service Level in a month, the Customer is entitled to the service credits in Schedule 2. Service credits are deducted from the next monthly invoice. The total service credits in any month shall not exceed 20% of the monthly service charge for that month.

5.3 Service credits are a price adjustment and do not limit the Customer's other rights and remedies, including termination under clause 11.

## 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term and include all costs of the Supplier, including travel, tools and its own software licences.

6.2 The Transition Charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days of receipt.

6.3 The Supplier shall issue valid Chinese VAT special invoices for all Charges.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer at all times. The Supplier may use Customer Data only to the extent necessary to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Term the Supplier shall return all Customer Data and all documentation in its possession to the Customer.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party disclosed under or in connection with this Agreement that is marked as confidential or would reasonably be regarded as confidential, and shall use it only for the purposes of this Agreement.

8.2 Each party may disclose such information to its employees, subcontractors approved under clause 10 and professional advisers who need to know it and are bound by equivalent obligations, or where required by law.

8.3 The obligations in this clause 8 continue for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 Each party retains its pre-existing intellectual property.

9.2 Scripts, automation workflows, operating procedures, configuration records and reports created by the Supplier for the Customer under this Agreement belong to the Customer. The Customer may use, modify and license them freely, including to any replacement supplier.

## 10. Subcontracting

10.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent.

10.2 The Supplier remains fully responsible for the acts and omissions of its approved subcontractors as if they were its own.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach that is not remedied within 30 days after written notice, or if the Supplier fails the same critical Service Level in three consecutive months.

11.2 Either party may terminate this Agreement if the other party becomes insolvent.

11.3 On expiry or termination, the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3 so that the Services can be transferred to the Customer or a replacement supplier without interruption.

## 12. Liability

12.1 The Supplier's total aggregate liability under this Agreement shall not exceed 150% of the total Charges payable over the Term.

12.2 Neither party shall be liable for loss of profit or indirect loss.

12.3 The limits in this clause do not apply to death or personal injury, fraud or wilful misconduct.

## 13. Governing Law and Dispute Resolution

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules. The award is final.

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A | Transition | Inventory, knowledge transfer from the Customer's team, monitoring set-up, backup verification, parallel running |
| B | Service desk | Chinese and English service desk, 7 days a week, 07:00–23:00, with on-call cover at night; ticket logging, first-line resolution, escalation |
| C | Network operations | Monitoring and management of WAN links, firewalls, switches and Wi-Fi at the head office and 14 warehouses; change management |
| D | Server and storage operations | Operation of 62 virtual and 11 physical servers and two storage arrays; patching, capacity management |
| E | Backup and restore | Daily backup of all production systems, monthly restore tests, quarterly report |
| F | On-site support | Field engineers attending warehouses within the target times in Schedule 2 |

## Schedule 2 — Service Levels and Credits

| Service Level | Target | Service credit |
|---|---|---|
| Network availability (head office and each warehouse, per month) | 99.5% | 3% of the monthly service charge for each 0.1% below target |
| Priority 1 incident response | 15 minutes, 24 × 7 | CNY 1,000 per late incident |
| Priority 1 incident resolution | 3 hours | CNY 2,000 for each hour or part hour beyond target |
| Priority 2 incident response | 1 hour | CNY 500 per late incident |
| Priority 3 incident resolution | 3 working days | CNY 200 per late incident |
| Successful daily backups | 99% of jobs | 2% of the monthly service charge |

Priority 1 means that a warehouse or the head office cannot ship, receive or invoice.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 96,000 |
| Monthly service charge | CNY 58,500 × 36 months | 2,106,000 |
| **Total Charges over the Term** | | **2,202,000** |
| Exit assistance beyond the Term | per engineer day | 3,200 |

All Charges include VAT.

Signed for the Customer: ____________________

Signed for the Supplier: ____________________
"""

H1108E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL POSITION AND PORT CALL DATA API

Agreement No. DMD-2027-CN-009

PARTIES

Deben Maritime Data Ltd, a company registered in England and Wales, with its registered office at Quay Street, Woodbridge, Suffolk, United Kingdom ("Supplier").

Ningbo Haitong International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Beilun District, Ningbo, Zhejiang Province ("Customer").

BACKGROUND

Supplier collects, cleans and publishes vessel position, port call and estimated time of arrival data from terrestrial and satellite AIS sources. Customer wishes to use this data in its shipment tracking platform and customer portal. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Supplier's application programming interface through which the Licensed Data is delivered.

1.2 "Licensed Data" means the vessel positions, vessel particulars, port calls, ETA predictions and related data made available through the API.

1.3 "Customer Data" means all data that Customer submits to the API or the Supplier portal, including vessel watchlists, booking and shipment references, user accounts, query histories and API logs relating to Customer's use.

1.4 "Subscription Year" means the one-year period starting on the Start Date and the one-year period starting on its first anniversary.

1.5 "Start Date" means the date on which Customer confirms Integration Acceptance under clause 4.

1.6 "Integration Services" means the integration support described in clause 3.3.

2. SUBSCRIPTION

2.1 Supplier grants Customer, for two Subscription Years from the Start Date, a non-exclusive, non-transferable right to access the API, to use the Licensed Data in Customer's shipment tracking platform, and to display the Licensed Data to Customer's own clients through Customer's portal and reports.

2.2 Customer shall not resell the Licensed Data as a stand-alone data feed or use it to build a competing vessel tracking service.

2.3 The subscription includes up to 5,000,000 API calls per calendar month. Additional calls are charged at CNY 6 per 1,000 calls and invoiced monthly in arrears.

2.4 Supplier may improve the API and the Licensed Data, provided that it gives Customer at least 90 days' written notice of any change that is not backward compatible and maintains the previous API version for that period.

3. SERVICES AND DELIVERY

3.1 Supplier shall deliver the Licensed Data through the API with a latency of no more than 60 seconds from receipt of the AIS message by Supplier's network for terrestrial data, and no more than ten minutes for satellite data.

3.2 Supplier shall provide test credentials for its sandbox within five working days after signature and production credentials within 20 days after signature ("Production Access").

3.3 Supplier shall provide integration support: a technical workshop in Ningbo, mapping of Customer's port and terminal codes to Supplier's port reference data, configuration of event webhooks for arrivals and departures, and up to 15 days of remote engineering support during integration.

3.4 Customer is responsible for its own platform and for the use of the Licensed Data within it.

3.5 Supplier shall appoint a named account manager and a technical contact for Customer, hold a quarterly service review with Customer, and provide a monthly report showing availability, latency, API call volumes, incidents and credits. Supplier shall operate a support desk in English and Chinese, reachable by e-mail and through the Supplier portal at all times for Priority 1 incidents and during business hours in China for other matters.

3.6 Customer shall keep its API keys secure, notify Supplier promptly of any suspected misuse of its credentials, and nominate the users who may raise support requests.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance occurs when: (a) Customer's platform has received API responses for all vessels on its watchlist for ten consecutive days; (b) the port and terminal code mapping has been verified for the 120 ports listed in the integration plan; (c) arrival and departure webhooks have been triggered correctly for at least 200 port calls checked against terminal records; and (d) Supplier has delivered the API documentation in English and Chinese.

4.2 Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Use of the API in testing or in production before that confirmation is not acceptance.

5. SERVICE LEVELS

5.1 Supplier shall make the production API available 99.95% of the time in each calendar month, measured at Supplier's API gateway and excluding scheduled maintenance of no more than two hours per month announced at least five days in advance.

5.2 Supplier shall respond to incidents reported by Customer as follows: Priority 1 (the API is unavailable or returns no current positions), 30 minutes at any time; Priority 2 (degraded data or latency), two hours; Priority 3 (other questions), one working day.

5.3 If monthly availability falls below the target, Supplier shall credit 5% of the monthly equivalent of the Subscription Year fee for each 0.1 percentage point below the target, up to 50% of that monthly amount. If Supplier misses a Priority 1 response time, it shall credit CNY 800 per incident. Credits are set off against the next invoice or, in the last month, paid to Customer.

6. FEES AND PAYMENT

6.1 The fees are:

Subscription fee, Subscription Year 1: CNY 248,000
Subscription fee, Subscription Year 2: CNY 248,000
Integration Services, one-time: CNY 36,000
Total: CNY 532,000

6.2 The Integration Services fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer shall pay within 30 days after receipt of a correct invoice. All fees include VAT.

6.3 The fees are fixed for the two Subscription Years.

7. LATE PRODUCTION ACCESS

If Supplier fails to provide Production Access by the date in clause 3.2, Supplier shall pay Customer CNY 400 for each day of delay until Production Access is provided.

8. CUSTOMER DATA

8.1 Customer Data belongs to Customer. Supplier may process Customer Data only to provide the API and support to Customer and shall not use it for any other purpose, including product development, benchmarking or the enrichment of the Licensed Data.

8.2 Supplier shall serve Customer's API traffic from its mainland China endpoint hosted in Shanghai, and shall store Customer Data only in mainland China.

9. DATA SECURITY

9.1 Supplier shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, API key management with rotation, role-based access for its staff, logging of all administrative access, and vulnerability scanning at least monthly.

9.2 Supplier shall notify Customer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take immediate steps to contain it, and cooperate with Customer in any notification to authorities.

9.3 Supplier is liable for all losses of Customer resulting from a security incident caused by its breach of this clause 9.

9.4 At the end of this Agreement Supplier shall delete all Customer Data within 30 days and confirm the deletion in writing.

10. INTELLECTUAL PROPERTY

10.1 Supplier owns the API and the Licensed Data, including all intellectual property rights in them.

10.2 The code mappings, webhook configurations and adapters prepared by Supplier specifically for Customer as part of the Integration Services belong to Customer, and Customer may use, modify and license them freely.

11. SUBCONTRACTORS

Supplier may engage subcontractors, data partners and hosting providers of its choice to perform any part of its obligations under this Agreement. Supplier remains responsible for their performance.

12. LIABILITY

12.1 Each party's total liability under this Agreement shall not exceed twice the total fees stated in clause 6.1.

12.2 Neither party is liable for indirect loss or loss of profit.

12.3 The limits in this clause do not apply to liability for breach of clause 9, death or personal injury, or fraud.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a new written agreement.

13.2 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not remedy it within 20 days after notice, or if Supplier misses the availability target in clause 5.1 in any three months of a Subscription Year. On such termination Supplier shall refund the unused part of the subscription fee.

13.3 Supplier may suspend access if Customer fails to pay an undisputed invoice within 30 days after a written reminder.

14. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action. Loss of AIS coverage caused by a third-party satellite operator is not force majeure for the purposes of clause 5.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding.

16. GENERAL

16.1 This Agreement is the entire agreement of the parties about its subject matter. Changes must be in writing and signed by both parties.

16.2 Neither party may assign this Agreement without the other party's written consent.

Signed for Supplier: ____________________     Date: ____________

Signed for Customer: ____________________     Date: ____________
"""

FILES = {
    "h1108z01": ("h1108z01_emergency_bureau_ebike_charging_platform.pdf", "pdf", H1108Z01),
    "h1108z02": ("h1108z02_etricycle_plant_line_control_retrofit.docx", "docx", H1108Z02),
    "h1108z03": ("h1108z03_nail_academy_booking_membership_saas.txt", "txt", H1108Z03),
    "h1108z04": ("h1108z04_water_bureau_sluice_automation_om.txt", "txt", H1108Z04),
    "h1108z05": ("h1108z05_stone_carving_process_tracking_supplier_template.md", "md", H1108Z05),
    "h1108e01": ("h1108e01_cmms_perpetual_licence_ashbourne_vendor.pdf", "pdf", H1108E01),
    "h1108e02": ("h1108e02_dealer_portal_saas_order_form_uttoxeter.md", "md", H1108E02),
    "h1108e03": ("h1108e03_cement_vibration_sensors_monitoring_licence.docx", "docx", H1108E03),
    "h1108e04": ("h1108e04_logistics_managed_infrastructure_36_months.md", "md", H1108E04),
    "h1108e05": ("h1108e05_vessel_data_api_two_year_subscription.txt", "txt", H1108E05),
}

# ---------------------------------------------------------------------------------------------------------------------
# Labels (buyer's view). Key sets and order as holdout19.
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(avail, p1, remedy, ip, ds, bod, conf, ld, cap, pre, acc, final, war, fee, auto, term, sub, law, kind):
    return dict(zip(T_KEYS, [avail, p1, remedy, ip, ds, bod, conf, ld, cap, pre, acc, final, war, fee, auto, term, sub,
                             law, kind]))


G, S = "goods_or_licence", "service"
LABELS = {
    # key: (language, category, terms, extra (sla_clause, ld_stated, capped or None, deemed, contract_value), fee base)
    "h1108z01": ("zh", "software",
                 terms(99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, True,
                       False, "PRC", G), (True, True, True, False, 1660000), 860000),
    "h1108z02": ("zh", "hardware",
                 terms(None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 32, False, False,
                       False, "PRC", G), (True, True, True, False, 1882000), 1453600),
    "h1108z03": ("zh", "cloud",
                 terms(99.95, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True, True,
                       False, "PRC", S), (True, True, None, False, 408000), None),
    "h1108z04": ("zh", "services",
                 terms(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                       True, False, "PRC", S), (True, True, None, False, 438000), None),
    "h1108z05": ("zh", "software",
                 terms(None, 8, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False, True,
                       None, None, G), (True, False, False, True, 336000), 168000),
    "h1108e01": ("en", "software",
                 terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                       "England and Wales", G), (True, True, True, False, 1738000), 1120000),
    "h1108e02": ("en", "cloud",
                 terms(None, None, False, "buyer", True, True, True, 500 / 682000 * 100, 6 / 24 * 100, None, True, None,
                       None, None, False, True, False, "PRC", S), (False, True, None, False, 682000), None),
    "h1108e03": ("en", "hardware",
                 terms(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 8.5, False, True,
                       False, "PRC", G), (True, True, True, False, 1580000), 1319000),
    "h1108e04": ("en", "services",
                 terms(99.5, 0.25, True, "buyer", False, True, True, 1800 / 2202000 * 100, 150, None, True, None, None,
                       None, False, True, False, "PRC", S), (True, True, None, False, 2202000), None),
    "h1108e05": ("en", "cloud",
                 terms(99.95, 0.5, True, "buyer", True, True, False, 400 / 532000 * 100, 200, None, True, None, None,
                       None, False, True, True, "PRC", S), (True, True, None, False, 532000), None),
}
FORUM_OUTSIDE_MAINLAND = {"h1108e01"}  # LCIA, London

# The design list, written before the derivation below.
DESIGN = {
    "h1108z01": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "h1108z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"],
    "h1108z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h1108z04": [],
    "h1108z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h1108e01": ["CR-GOVERNING-LAW"],
    "h1108e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h1108e03": [],
    "h1108e04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "h1108e05": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
}
DESIGN_RISK = {"h1108z01": "medium", "h1108z02": "high", "h1108z03": "medium", "h1108z04": "low", "h1108z05": "high",
               "h1108e01": "low", "h1108e02": "high", "h1108e03": "low", "h1108e04": "high", "h1108e05": "medium"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}

# Policy thresholds (defaults of §3).
TH = {"availability": 99.9, "p1_hours": 4, "ld_day": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "pw_fee": 15,
      "tco_share": 40}


def tco_share(key):
    lang, cat, t, extra, base = LABELS[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra[2]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (extra[4] + fees) * 100


def derive(key):
    """My reading of policy §3 applied to the labels."""
    lang, cat, t, extra, base = LABELS[key]
    sla, ld_stated, capped, deemed, value = extra
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_day"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["pw_fee"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label_json(key):
    lang, cat, t, extra, base = LABELS[key]
    sla, ld_stated, capped, deemed, value = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    d = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": ex,
         "expected_rules": derive(key)}
    return json.dumps(d, indent=1, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------------------------------
# Reading the built files back, and the threshold scan.
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        out = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                out.append("\t".join(c.text for c in row.cells))
        return "\n".join(out)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NB = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s?cent|percent)"
CN = "零一二三四五六七八九十百"
THRESHOLD_PATTERNS = [
    NB + r"99\.9(?![\d])" + PCT, "百分之九十九点九(?![" + CN + "])",
    NB + r"0\.05(?![\d])" + PCT, "万分之五(?![" + CN + "点])", "千分之零点五(?![" + CN + "])", NB + r"0\.5\s*‰",
    NB + r"100(?:\.0+)?(?![\d.])" + PCT, "百分之(?:一)?百(?![" + CN + "])", r"(?i)one hundred per\s?cent",
    NB + r"30(?:\.0+)?(?![\d.])" + PCT, "百分之三十(?![" + CN + "点])", r"(?i)thirty\s?per\s?cent",
    NB + r"40(?:\.0+)?(?![\d.])" + PCT, "百分之四十(?![" + CN + "点])", r"(?i)forty\s?per\s?cent",
    NB + r"15(?:\.0+)?(?![\d.])" + PCT, "百分之十五(?![" + CN + "点])", r"(?i)fifteen\s?per\s?cent",
    NB + r"12\s*-?\s*(?:months?|个月)", "(?<![" + CN + "])十二个月", r"(?i)twelve[\s-]*months?",
    NB + r"(?i:4\s*-?\s*(?:hours?\b|hrs?\b))", NB + r"4\s*个?小时", "(?<![" + CN + "])四个?小时",
    r"(?i)(?<![\w-])four[\s-]*hours?",
]
MUST_HIT = ["30%", "付款百分之三十。", "4小时", "在四小时内", "4 hours", "within four hours", "a 4-hour window",
            "99.9%", "0.05%", "万分之五", "12个月", "十二个月", "12 months", "twelve months", "100%", "100 per cent",
            "15%", "百分之十五", "40%", "forty per cent", "百分之四十", "thirty percent", "4个小时"]
MUST_MISS = ["130%", "35%", "百分之三十五", "24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%",
             "10.05%", "万分之五十", "112 months", "二十二个月", "2027年12月31日", "0.4 hours", "1,100%", "150%",
             "115%", "0.15%", "万分之三", "14 hours", "40 days", "30 days", "15日"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for pat in THRESHOLD_PATTERNS:
            hits += [m.group(0) for m in re.finditer(pat, variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def count(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check():
    self_test()
    fired = set()
    for key, (name, kind, src) in FILES.items():
        lang, cat, t, extra, base = LABELS[key]
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        fired |= set(rules)
        text = read_back(OUT / name)
        n = count(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        # no label value on a threshold
        for field, th in [("availability_pct", "availability"), ("p1_response_hours", "p1_hours"),
                          ("ld_rate_per_day_pct", "ld_day"), ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"),
                          ("warranty_months", "warranty"), ("post_warranty_fee_pct", "pw_fee")]:
            v = t[field]
            assert v is None or abs(v - TH[th]) > 1e-9, (key, field, v)
        share = tco_share(key)
        assert share is None or abs(share - TH["tco_share"]) > 2, (key, share)
        print("%s %-58s %5d %-6s %s" % (key, name, n, risk(rules), ", ".join(rules) or "(none)"),
              "" if share is None else "TCO share %.1f%%" % share)
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    # the mix
    n_rules = {k: len(derive(k)) for k in FILES}
    assert [k for k in FILES if n_rules[k] == 0] == ["h1108z04", "h1108e03"]
    assert derive("h1108e01") == ["CR-GOVERNING-LAW"]
    assert 8 <= n_rules["h1108z05"] <= 10
    assert all(2 <= n_rules[k] <= 3 for k in ["h1108z01", "h1108z02", "h1108z03", "h1108e02", "h1108e04", "h1108e05"])


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for key, (name, kind, src) in FILES.items():
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label_json(key), encoding="utf-8")
    check()
    print("all checks passed")
