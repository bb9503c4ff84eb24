"""holdout763: builds the ten held-out draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes
their .json labels and asserts the checks of the brief: label layout, rules derived from the labels (policy section 3 as
read in NOTES.md) against the design list, coverage of all 20 CR rules, text lengths as read back, and no threshold
value or figure anywhere. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:砂石骨料保供监测平台建设项目合同
P:合同编号：FGW-CG-2027-0318　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市发展和改革委员会
P:乙方（供应商）：江西衡岳数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就砂石骨料保供监测平台建设项目达成如下条款，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供砂石骨料保供监测平台软件许可，并完成定制开发、数据对接、部署实施和培训，使甲方能够监测全市砂石采区、加工企业和重点工程的产能、库存、价格与运输情况。
P:1.2 定制开发包括：保供预警模块、产能调度模块、价格监测模块、运输车辆监测模块、领导驾驶舱，以及与自然资源、交通运输、住建部门系统的数据接口。
P:1.3 平台部署在甲方指定的政务云资源上，乙方不得将平台或数据部署在其他环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,800,000元（大写：壹佰捌拾万元整），包括：平台软件许可费860,000元；定制开发费640,000元；数据对接费210,000元；部署实施及培训费90,000元。
P:2.2 上述价款为固定总价，已含税费、差旅、第三方测评配合费用及质保期内的全部服务费用，甲方无需另行支付。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即360,000元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即810,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即630,000元。
P:3.4 乙方每次收款前应开具合法有效的等额发票。因财政资金拨付流程产生的合理延迟，不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同生效后90日内完成部署和初步验收，在初步验收后再经60日试运行，完成最终验收。
P:4.2 乙方应指定项目经理常驻甲方现场，未经甲方同意不得更换。项目组核心成员应与投标文件一致，确需调整的，应提前7日书面申请，替换人员的资历不得低于原人员。
P:4.3 乙方应每周向甲方提交项目周报，说明进度、问题和下周计划；出现可能影响工期的情形时，应在2个工作日内书面报告。
P:4.4 乙方应为甲方业务人员、各区县发改部门联络员和系统管理员提供培训，培训不少于6个批次，并提交培训记录和考核结果。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件和合同附件《功能需求清单》所列功能全部实现；（二）与三个部门接口连续10日数据交换无差错；（三）在200个并发用户下页面平均响应时间不超过2秒；（四）通过第三方软件测评机构的功能和安全测试。
P:5.2 最终验收标准：试运行期间无一级故障，二级故障累计不超过3次且均在规定时间内修复，用户手册、运维手册、接口文档及定制部分源代码已全部移交。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以书面验收报告为准。平台上线运行、甲方使用或付款，均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过68,800元），该价格在质保期满后两年内不上调，具体以双方另行签订的维护合同为准。
P:6.3 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、数据库运行、接口状态和安全补丁，并向甲方提交巡检报告；汛期和重点工程建设高峰期，乙方应安排专人值守。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前3个工作日告知甲方并在非工作时间进行。
P:7.2 故障分为三级：一级故障（平台无法访问或核心数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内修复；三级故障在下一个版本中修复。
P:7.3 乙方未达到上述要求的，每迟延1小时扣减服务费800元；月度可用率每低于约定值0.01个百分点，扣减1,000元，扣款从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件许可部分的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发模块、数据接口程序、驾驶舱及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证其提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 数据安全
P:9.1 平台采集、汇聚和生成的全部数据属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，对敏感数据加密存储，运维通过堡垒机进行并留存操作日志，未经甲方书面批准不得拷贝数据出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十二条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、企业经营数据和未公开信息负有保密义务，未经甲方书面同意不得披露。
P:10.2 保密义务在合同终止后继续有效五年。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合约定且逾期未整改的，甲方有权要求乙方赔偿由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金，但因财政拨付程序造成的延迟除外。
P:11.4 违约金不足以弥补损失的，违约方还应赔偿对方的实际损失，包括合理的律师费和鉴定费。
H:第十四条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
P:13.3 合同解除后，乙方应在10日内移交已完成的成果、文档和全部数据，并按甲方要求删除其持有的数据副本，出具书面确认。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力不能履行合同的，受影响方应在3日内通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书和合同附件是本合同的组成部分。
P:16.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市发展和改革委员会　　乙方（盖章）：江西衡岳数智科技有限公司
P:签订日期：2027年3月18日
"""

SRC["z02"] = """T:混料挤出生产线控制系统改造及维保合同
P:合同编号：WH-SB-2027-021
P:甲方：沧州文华粉笔有限公司（粉笔厂）
P:乙方：河北拓川自动化工程有限公司
P:甲方拟对无尘粉笔车间两条混料挤出生产线的电气控制系统进行改造，经比选确定由乙方承担。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除两条生产线原有继电器控制柜，新装PLC控制柜、挤出机伺服驱动及变频器、自动称重配料系统、触摸屏和工控机，部署生产数据采集软件，并完成配方管理和挤出工艺程序的定制。
P:1.2 改造后应实现：碳酸钙、石膏粉、色料和水按配方自动称重投料；挤出速度、压力、温度闭环控制；每班产量、废品、能耗自动采集并生成报表。
P:1.3 改造施工应安排在甲方停产检修期间，不得影响另一条生产线的正常生产。
H:第二条 合同价款
P:2.1 合同总价为人民币1,500,000元，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|混料工段PLC控制柜|2套|168,000|336,000
TB:2|挤出机伺服驱动及变频器|6套|52,000|312,000
TB:3|自动称重配料系统|1套|238,000|238,000
TB:4|触摸屏HMI及工控机|8台|14,500|116,000
TB:5|生产数据采集软件许可（永久）|1套|258,000|258,000
TB:软硬件小计||||1,260,000
TB:6|安装调试及旧线拆改|1项|156,000|156,000
TB:7|配方管理及挤出工艺程序定制|1项|84,000|84,000
TB:合计||||1,500,000
P:2.2 合同总价为固定价格，包括设备、软件、运输、保险、安装、调试、培训和税费。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经双方开箱清点签收后10个工作日内，甲方支付合同总价的45%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 两条生产线均通过最终验收后10个工作日内，甲方支付合同总价的35%。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后45日内将全部设备运至甲方厂区，并在甲方停产检修期内完成安装调试，单条线停线时间不超过10日。
P:4.2 乙方应编制施工方案，报甲方安全部门审查后方可进场，施工人员应遵守甲方的安全生产和防尘管理制度。动火、登高和临时用电作业须办理甲方作业票，乙方应为施工人员购买意外伤害保险。
P:4.3 乙方应对甲方操作工、班组长和设备维修人员进行分批培训，内容包括配方录入、设备操作、常见报警处理和日常保养，培训不少于4个批次，每批次培训后进行实操考核，考核合格率应达到九成以上。
P:4.4 乙方应在验收前向甲方移交电气原理图、接线图、设备说明书、备件清单、操作规程和维护手册各两套，并提供电子版。
H:第五条 验收
P:5.1 验收标准：（一）配料称重误差不超过千分之五；（二）挤出机在额定产量下连续运行72小时无停机故障；（三）粉笔成品直径、长度及断笔率符合甲方企业标准；（四）数据采集软件的班产报表与人工盘点一致；（五）联锁保护和急停功能逐项测试合格。
P:5.2 单线调试完成后进入30日试生产，试生产结束且符合5.1各项标准的，双方签署最终验收报告。设备安装完毕或投入试生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改后重新验收。
H:第六条 质保与维保服务
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内乙方免费维修或更换有缺陷的设备和部件，并免费升级软件。
P:6.2 质保期满后，乙方提供全包维保服务（含备品备件、季度巡检、程序维护和软件升级），年费按软硬件小计的28%计取，即每年352,800元，该费率在质保期满后三年内固定不变。甲方按年度签订维保确认单，按季度支付。
P:6.3 一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到场，6小时内恢复生产；二级故障（单台设备或单项功能异常、生产线可降速运行）应在2小时内响应，24小时内修复。
P:6.4 乙方未按6.3规定时限响应或恢复的，每超过1小时，向甲方支付500元；同一设备在质保期内因同一缺陷维修三次以上的，乙方应免费更换新品。
P:6.5 质保期内乙方应在甲方厂区存放PLC模块、伺服驱动器、称重传感器等常用备件，备件清单作为附件；每季度进行一次现场巡检，检查接线端子、散热和接地，清理控制柜粉尘，并提交巡检记录。
H:第七条 知识产权
P:7.1 配方管理及挤出工艺定制程序、PLC程序、HMI画面及其源文件的知识产权归甲方所有，乙方应在验收时移交完整的源程序和注释文档，甲方有权自行修改和使用。
P:7.2 数据采集软件为乙方的标准产品，乙方授予甲方永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、配方参数、产量和能耗数据属于甲方，乙方只能为履行本合同使用，不得向第三方披露或用于其他目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方提供的专用通道进行并记录操作日志，不得在维护终端保留甲方数据。
P:8.3 因乙方原因造成数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方全部损失。
H:第九条 保密
P:9.1 双方对在履约中获得的对方技术资料、配方、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架和线缆敷设工作分包给具备相应资质的施工单位，但应在进场前5个工作日书面告知甲方分包单位名称和人员名单。乙方对分包单位的工作质量和安全承担全部责任。
P:10.2 PLC程序、HMI画面和配方管理程序的开发以及系统调试由乙方自行完成，不得分包。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 因乙方施工原因造成甲方生产线停产超过约定时间的，乙方应赔偿甲方的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:11.4 乙方施工造成甲方人员伤亡、设备损坏或火灾等事故的，由乙方承担全部责任；违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
H:第十二条 合同解除
P:12.1 乙方逾期交货超过20日，或者设备经两次整改仍不能通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 任何一方严重违约并在收到书面通知后15日内未予纠正的，守约方有权解除合同。
P:12.3 合同解除的，乙方应协助甲方恢复原有控制系统或保障生产线安全停机，已安装的设备按双方确认的价格结算。
P:12.4 因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在10日内提供证明，双方协商延期履行或解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，提交沧州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括技术规格书、施工方案和设备清单。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：沧州文华粉笔有限公司　　乙方（盖章）：河北拓川自动化工程有限公司
"""

SRC["z03"] = """连锁门店收银及会员管理SaaS服务合同

合同编号：DR-IT-2027-007
甲方：云南多肉时光园艺连锁有限公司
乙方：杭州掌柜云信息技术有限公司

甲方经营多肉植物与园艺用品连锁门店35家，现委托乙方提供门店收银（POS）及会员管理SaaS服务并完成实施。双方经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店开通收银、商品、库存、会员、营销和报表功能，每店含两个收银账号，总部含十个管理账号。
2. 乙方为甲方开通会员小程序模块，支持积分、储值、养护提醒和线上预约自提。
3. 服务期为两个服务年度，第一个服务年度自上线验收之日起算，第二个服务年度紧接其后。
（二）实施服务
1. 乙方负责系统配置、商品档案和多肉品种编码规则设置、收银硬件联调、门店人员培训。
2. 乙方负责将甲方原收银系统中的会员资料、积分余额、储值余额和近两年销售数据迁移至新系统，迁移前后须逐项核对。
3. 实施期为合同生效后50日，门店分三批上线，每批上线前应完成试点门店的模拟营业。
4. 乙方应派驻至少两名实施顾问，分片区到店培训，每家门店的店长和收银员均应完成培训并通过操作考核；总部财务、采购和会员运营人员另行集中培训。
5. 乙方应在实施期内为甲方配置商品条码模板、价签模板、盆栽和组合盆栽的拆零规则，以及会员等级和积分规则。
（三）甲方的配合
1. 甲方应指定项目负责人，按时提供门店清单、商品资料、会员资料和原系统数据导出文件。
2. 甲方负责门店网络和收银硬件的采购，乙方应在合同生效后5日内提供硬件兼容清单，并对甲方已有的扫码枪、小票打印机和钱箱进行兼容性测试。
3. 因甲方未按时提供资料导致实施延误的，实施期相应顺延。

二、服务费用
（一）订阅费：每店每服务年度4,800元，35家门店两个服务年度合计336,000元。
（二）会员小程序模块费：每服务年度36,000元，两个服务年度合计72,000元。
（三）一次性实施费58,000元，数据迁移费14,000元。
（四）本合同总价为480,000元，含税。服务期内新增门店的，按每店每服务年度4,800元的单价按月折算增加。

三、付款方式
（一）实施费和数据迁移费在上线验收合格后15个工作日内一次付清。
（二）订阅费和会员小程序模块费按季度结算，甲方在每季度首月10日前支付当季费用，乙方应提前开具发票。
（三）甲方不向乙方预付其他任何款项。

四、上线验收
（一）验收标准：
1. 35家门店全部完成上线，收银、退换货、会员积分和储值功能逐项测试通过；
2. 迁移后的会员数量、积分余额和储值余额与原系统逐条核对一致；
3. 在甲方门店网络条件下，单笔收银完成时间不超过3秒；
4. 总部报表数据与门店日结数据一致，连续7日无差异。
（二）符合上述标准的，甲方在5个工作日内签署上线验收单。系统开通或门店试用，均不视为验收合格。

五、服务水平
（一）乙方保证SaaS服务每月可用率不低于99.5%，计划内维护应在晚上十一点以后进行并提前2日通知甲方。
（二）一级故障（多家门店无法收银或会员储值无法使用）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，当日修复。
（三）每月可用率未达到约定标准的，按未达标程度减免当月服务费：低于约定标准但不低于99%的减免当月费用的10%，低于99%的减免25%；一级故障响应超时的，每次减免当月费用2,000元。
（四）乙方提供7×24小时电话和在线客服，门店店长可直接报障；乙方每月5日前向甲方提交上月服务报告，列明可用率、故障清单、处理时长和减免金额。
（五）乙方每季度至少进行一次版本更新，更新前应在测试环境由甲方确认，春节、情人节、母亲节等销售高峰前后各7日内不得进行版本更新。

六、续期
（一）服务期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权按其届时公布的价目表调整订阅费和模块费，调整后的价格自续期之日起执行，甲方继续使用即视为接受。

七、数据
（一）会员信息、交易记录、商品和库存数据属于甲方，乙方只能为提供本合同服务使用，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储在中国境内的云平台，采取加密传输、加密存储、访问控制和操作审计措施，会员手机号等个人信息应去标识化展示。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担由此产生的全部赔偿责任，包括甲方向会员承担的赔偿。
（四）合同终止后，乙方应在15日内以通用格式向甲方交付全部数据，并在甲方确认后彻底删除。
（五）乙方每日对甲方数据进行全量备份，备份数据保存在与生产环境不同的可用区，至少保留30日；甲方需要恢复某日数据的，乙方应在8小时内完成，且不另行收费。
（六）乙方员工访问甲方后台数据须经甲方授权并留存记录。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和客户信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内继续有效。

九、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表、品种编码规则、小程序页面设计和接口程序的知识产权归甲方所有，甲方可以自由使用和修改。

十、违约责任
（一）乙方未能在实施期内完成全部门店上线的，每逾期一日，按本合同总价的万分之八支付违约金。
（二）乙方违反数据或保密条款的，应赔偿甲方全部损失。
（三）甲方逾期付款超过30日的，乙方可以书面催告，催告后15日内仍未支付的，乙方可以暂停服务。

十一、分包
乙方不得将本合同服务分包给第三方；确需将门店收银硬件联调交由第三方完成的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的费用。
（二）连续三个月可用率未达到约定标准的，甲方有权解除合同。
（三）合同因任何原因终止的，乙方应保证甲方在终止后30日内仍可登录系统查询和导出数据，并协助甲方完成向新系统的数据迁移。

十三、不可抗力
因自然灾害、公共卫生事件、云服务基础设施所在地区大面积停电等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，可根据影响程度部分或全部免除责任；但乙方未按约定做好数据备份和容灾切换的，不得以不可抗力为由免责。

十四、法律适用和争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十五、其他
（一）本合同附件包括：门店清单、功能清单、服务水平说明、数据迁移方案。附件与正文具有同等效力。
（二）服务期内甲方关闭门店的，自关闭次月起停止计收该门店订阅费。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：云南多肉时光园艺连锁有限公司
乙方（盖章）：杭州掌柜云信息技术有限公司
2027年4月6日
"""

SRC["z04"] = """政府采购合同
增殖放流站放流记录系统2027年度运维服务

项目编号：YYJ-CS-2027-04（竞争性磋商）
甲方（采购人）：江州市农业农村局（渔业局）
乙方（成交供应商）：江州蓝渊信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就江州市水产增殖放流站放流记录系统2027年度运维服务订立本合同。

第一条 服务对象
本合同运维对象为甲方所属增殖放流站使用的放流记录系统，包括苗种来源登记、苗种检验检疫记录、放流计划、放流现场记录（品种、规格、数量、水域、坐标、影像）、标志放流追踪、社会放流备案和统计报表等功能模块，以及配套的应用服务器、数据库服务器、移动采集终端和视频存储设备。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自动终止，下一年度的运维服务由甲方另行采购。服务期内甲方新增放流点位或移动采集终端的，乙方应一并纳入运维范围，不另行收费，但新增终端数量以十台为限。

第三条 服务内容
1.日常运维：系统巡检、故障处理、数据库维护、操作系统和中间件补丁更新、用户账号管理、日志审计。
2.放流季驻场：每年3月至7月和9月至10月的放流集中期，乙方派驻一名工程师在放流站现场值守，放流活动当天随队保障移动采集终端和数据上传。
3.安全服务：配合甲方完成网络安全等级保护测评，对测评发现的问题完成整改和安全加固。
4.数据服务：每日增量备份、每周全量备份，每季度进行一次恢复演练，年底将全年放流数据归档并形成年度数据报告。
5.小的功能优化：根据甲方要求对报表格式、字段和统计口径进行调整，全年不超过20人日。
6.移动采集终端维护：对放流站的手持终端进行系统升级、定位校准和电池检测，损坏终端由乙方协助送修，维修费用由甲方另行承担。

第四条 服务费用
合同总价为人民币286,000元，其中日常运维168,000元，放流季驻场72,000元，等保测评配合及安全加固26,000元，数据备份与归档20,000元。合同总价包含人员、交通、工具、备件和税费，甲方不再支付其他费用。

第五条 付款方式
服务费按半年度结算。上半年度服务考核合格后15个工作日内，甲方支付合同总价的50%；下半年度服务经年度验收合格后15个工作日内，甲方支付剩余的50%。甲方不支付预付款。

第六条 服务水平
1.故障分级：一级故障为系统整体不可用或放流现场无法采集上传数据；二级故障为部分功能不可用；三级故障为其他一般问题。
2.一级故障乙方应在30分钟内响应，放流季内2小时内到场，6小时内恢复；二级故障1小时内响应，24小时内解决；三级故障在3个工作日内解决。
3.放流活动当天的数据应在活动结束后2小时内完成上传和核对。
4.乙方每月5日前提交上月运维报告，包括巡检记录、故障清单、处理时长和备份情况。
5.乙方设立7×24小时运维值班电话，节假日和放流季期间不得中断；甲方通过电话、工单系统或即时通讯群报障的，以最早的报障时间作为响应计时起点。

第七条 人员要求
1.乙方应组建不少于三人的运维团队，其中项目负责人应具有信息系统项目管理经验，驻场工程师应熟悉数据库和网络设备运维，人员名单作为合同附件。
2.运维人员应与乙方签订保密协议，并在进场前接受甲方的安全教育。乙方更换运维人员的，应提前5个工作日书面告知甲方，并完成工作交接。
3.放流活动多在水库、河道现场进行，乙方驻场人员应遵守甲方的现场安全规定，乙方负责为其购买人身意外伤害保险。

第八条 甲方的义务
1.甲方应向乙方提供必要的办公场所、网络接入条件和系统运维所需的账号权限。
2.甲方应指定专人负责与乙方对接，及时确认运维报告和考核结果。
3.甲方应提前7日将放流活动计划通知乙方，以便乙方安排现场保障。

第九条 考核与扣款
甲方按月对乙方服务进行考核。一级故障响应或恢复超时的，每次扣减服务费800元；二级故障超时的，每次扣减300元；未按时提交运维报告的，每次扣减200元；放流现场数据丢失且无法恢复的，每次扣减5,000元。扣款在当期付款中直接扣除。

第十条 验收
1.上半年度考核以1月至6月的月度考核结果为依据，各月考核均合格的，视为上半年度服务考核合格。
2.年度验收标准：全年月度考核均合格；全年无因乙方原因造成的放流数据丢失；等保测评发现的问题全部整改完毕并经复测确认；全年运维文档、巡检记录、备份记录、恢复演练报告和年度数据报告齐全。
3.年度验收由甲方组织，可邀请财政、审计人员参加，验收结果以书面验收报告为准。
4.年度验收不合格的，乙方应在15日内完成整改并申请复验；复验仍不合格的，甲方按第九条的扣款标准核减剩余服务费，并将情况记入供应商履约评价。

第十一条 数据安全
1.放流记录系统中的全部数据，包括放流影像、坐标和苗种供应商信息，均属于甲方，乙方只能为履行本合同使用，不得用于其他任何目的。
2.乙方应遵守《中华人民共和国数据安全法》和网络安全等级保护要求，运维操作必须通过甲方的运维审计系统进行，不得私自留存、拷贝数据。
3.发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十二条 保密
乙方及其工作人员对在服务中知悉的甲方工作秘密、系统账号口令和网络结构负有保密义务，不得向任何第三方泄露。本条义务不因合同终止而解除。

第十三条 知识产权
乙方在运维过程中为甲方编写的脚本、报表模板、运维文档和年度数据报告，其知识产权归甲方所有。

第十四条 分包
乙方不得将本合同服务转包或者分包。

第十五条 违约责任
1.乙方未在服务期开始之日完成运维接管，或一级故障超过约定恢复时间仍未恢复的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2.乙方违反第十一条、第十二条的，应赔偿甲方因此遭受的全部损失，并依法承担其他责任。
3.甲方应按合同约定付款，因财政支付程序造成的延迟不视为违约。

第十六条 合同变更和终止
合同履行期间，未经双方协商一致，任何一方不得变更或解除本合同。服务期满或双方协商一致时，本合同终止。合同终止时，乙方应在10日内移交全部账号、文档、备份介质和数据，并配合下一年度运维单位完成交接。

第十七条 不可抗力
因不可抗力导致服务不能按约定履行的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复履行，在不可抗力影响范围内免除责任。汛期洪水、台风期间，乙方应提前做好服务器和存储设备的防护与数据备份。

第十八条 法律适用和争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决，协商不成的，依法向甲方所在地人民法院提起诉讼。

第十九条 其他
磋商文件、响应文件、成交通知书和服务方案是本合同的组成部分。本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：江州市农业农村局
乙方（盖章）：江州蓝渊信息技术有限公司
签订日期：2026年12月20日
"""

SRC["z05"] = """# 软件产品许可及定制开发合同

> 绣云MES标准合同文本 V3.0（乙方制式文本，2026年修订）

合同编号：XY-MES-2027-0152

甲方（买方）：潮州市锦帕刺绣手帕厂

乙方（卖方）：广州绣云软件科技有限公司

甲方因生产管理需要，向乙方采购"绣云刺绣生产管理系统"软件许可，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，签订本合同。

## 第一条 定义

1.1 "标准软件"指乙方享有著作权的绣云刺绣生产管理系统V5及其升级版本。

1.2 "定制开发"指乙方根据甲方需求对标准软件进行的功能扩展，包括花样版本管理、刺绣机台排产、锁边工序扫码报工、手帕成品质检记录及计件工资核算。

1.3 "上线"指系统在甲方生产环境中部署完成并开始使用。

1.4 "紧急故障"指系统完全无法登录或者全部车间无法报工的故障，其他问题均为一般问题。

## 第二条 产品与服务

2.1 乙方向甲方提供标准软件许可：车间用户80个、管理用户15个，许可期限为永久。

2.2 乙方为甲方完成定制开发、系统部署、与甲方现有电脑刺绣机联网盒的数据对接，以及用户培训。

2.3 乙方提供的标准功能以乙方产品说明书为准，定制开发的范围以双方确认的需求清单为准，需求清单确认后甲方提出的变更另行计费。

2.4 系统主要功能：订单与花样管理、绣花线和手帕坯布的物料领用、刺绣机台日产量统计、锁边和熨烫工序报工、成品抽检记录、员工计件工资报表、出货装箱单打印。系统支持电脑端和手机端访问。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可（95用户，永久） | 520,000 |
| 2 | 定制开发（五个模块） | 380,000 |
| 3 | 实施部署及数据对接 | 60,000 |
| 4 | 用户培训 | 20,000 |
| | 合计 | 980,000 |

合同总价为人民币玖拾捌万元整（980,000元），含增值税。

## 第四条 付款方式

4.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即637,000元，乙方收到该款项后启动项目。

4.2 系统上线后10个工作日内，甲方支付合同总价的35%，即343,000元。

4.3 甲方逾期付款的，乙方有权暂停实施或暂停技术支持，并按每日千分之一收取逾期付款违约金。

4.4 乙方在收到每笔款项后15个工作日内向甲方开具增值税专用发票。甲方需变更开票信息的，应提前书面通知乙方。

## 第五条 实施与上线

5.1 乙方在收到首期款后75日内完成定制开发和部署，具备上线条件后通知甲方。

5.2 甲方应在收到通知后5日内安排上线。系统上线即视为甲方验收合格；甲方未在规定时间内安排上线的，自通知发出之日起第6日视为验收合格。

5.3 上线后发现的问题，乙方在维护期内按第七条处理。

5.4 甲方应负责提供符合乙方要求的服务器、网络、数据库软件和车间终端，并保证电脑刺绣机联网盒可正常输出数据。因甲方环境不符合要求导致的延误，乙方不承担责任，实施期限相应顺延，乙方因此增加的工作量按每人日2,800元另行收费。

5.5 甲方应指定项目联系人，在乙方提出需求确认、数据准备和测试配合要求后3个工作日内予以答复；甲方逾期答复的，视为同意乙方的方案。

5.6 乙方对甲方的车间主管、统计员和质检员各培训一次，培训以乙方远程授课为主，现场培训不超过2天。

## 第六条 知识产权

6.1 标准软件的著作权及其他知识产权归乙方所有。

6.2 定制开发形成的程序、源代码、数据库设计和文档的知识产权均归乙方所有。乙方授予甲方在本厂内部使用定制功能的非独占许可，甲方不得修改、复制或许可第三方使用，乙方有权将定制功能纳入标准产品向其他客户销售。

6.3 乙方不向甲方交付源代码。

## 第七条 维护与技术支持

7.1 系统上线之日起六个月为免费维护期，乙方提供缺陷修复和远程技术支持。

7.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的收费标准执行。

7.3 乙方通过电话、远程和在线工单提供支持，工作时间为周一至周五9:00至18:00。

7.4 对于导致系统无法使用的紧急故障，乙方在接到甲方报告后24小时内响应；一般问题在3个工作日内响应。乙方将尽力解决，但不保证修复时间。

7.5 免费维护期内，乙方提供标准软件的小版本升级；大版本升级、新功能开发以及因甲方业务变化产生的调整，均需另行付费。

7.6 乙方可以根据需要安排现场服务，现场服务的差旅费用由甲方承担。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有。

8.2 甲方同意，乙方可以对甲方的生产数据（包括花样、工时、产量和质量数据）进行脱敏处理后用于产品改进、行业分析和工时模型训练，并可将形成的分析成果用于乙方的产品和服务。

8.3 乙方在远程维护时应采取账号权限控制、访问日志记录、数据传输加密等安全措施。因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应及时通知甲方、采取补救措施，并依法承担赔偿责任。

8.4 系统部署在甲方服务器上，甲方应自行做好日常数据备份；乙方在部署时为甲方配置自动备份任务，并对甲方管理员进行备份和恢复操作培训。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定或本合同另有约定的除外。

9.2 保密义务在合同终止后两年内有效。

9.3 乙方的报价、产品说明书和实施方法属于乙方的商业秘密，甲方不得向乙方的竞争对手提供。

## 第十条 违约责任

10.1 乙方未按第五条约定时间具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的25%。

10.3 乙方对甲方的间接损失、利润损失、停工损失不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 合同解除后，甲方应停止使用定制功能，并在乙方指导下将数据导出；乙方可以在解除后30日内注销甲方的软件授权。

## 第十二条 不可抗力及免责

12.1 因不可抗力、网络运营商故障、甲方设备故障或第三方软件原因导致系统不能正常使用的，乙方不承担责任。

12.2 甲方自行修改系统配置、数据库或者使用非乙方认可的硬件造成的问题，不属于免费维护范围，乙方可按实际工作量收费。

## 第十三条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同附件包括报价单和需求清单。本合同与附件不一致的，以本合同为准。

14.2 乙方可以将甲方作为客户案例用于市场宣传，但不披露甲方的生产数据。

14.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：潮州市锦帕刺绣手帕厂　　　乙方（盖章）：广州绣云软件科技有限公司

日期：2027年5月8日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SBS-CN-2027-009
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengrun Textile Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuxi, Jiangsu Province (the "Buyer"), and Sebou Atlas Software SARL, a company incorporated in the Kingdom of Morocco with its registered office in Kenitra (the "Vendor").
P:The Buyer wishes to replace its spreadsheet-based maintenance planning with a computerised maintenance management system for its two assembly plants, and the Vendor has offered its MaintaPro software and related services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MaintaPro maintenance management software, version 8, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, data migration scripts and related documentation prepared by the Vendor specifically for the Buyer.
P:1.3 "Go-Live" means the first day on which the Software is used in production at both plants.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 200 named users at the Buyer's sites in Wuxi and Changzhou, including use by the Buyer's affiliates in mainland China.
P:2.2 The Vendor shall install and configure the Software, build the interface with the Buyer's SAP ERP system for spare-parts stock and purchase requisitions, migrate the asset register and five years of work-order history, and train the Buyer's key users and administrators.
P:2.3 The Vendor shall perform the services under a project plan agreed within 15 days of signature. Go-Live shall take place within 110 days of signature.
P:2.4 The Vendor shall appoint a project manager who speaks Chinese and is based at the Wuxi plant during implementation, supported by consultants working on site and remotely. The Vendor shall not replace the project manager without the Buyer's approval, which shall not be unreasonably withheld.
P:2.5 The Buyer shall provide the servers, database licences, network access, meeting rooms and the cooperation of its maintenance and IT staff described in the project plan. Where the Buyer's delay prevents the Vendor from meeting a milestone, the milestone date moves by the same number of days.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,820,000, fixed and inclusive of taxes, travel and expenses, made up as follows: Software licence fee CNY 1,160,000; implementation and configuration CNY 420,000; SAP interface CNY 180,000; training CNY 60,000.
P:3.2 The Contract Price covers all support during the warranty period. No other charge is payable unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 25% of the Contract Price (CNY 455,000) is payable within 30 days after signature, against the Vendor's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 50% of the Contract Price (CNY 910,000) is payable within 30 days after Go-Live. Go-Live does not constitute acceptance.
P:4.3 25% of the Contract Price (CNY 455,000) is payable within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account stated on the invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 days. Final Acceptance requires that (a) every function in the agreed requirements list has passed its test case; (b) preventive maintenance schedules for all 1,460 registered assets have been generated correctly; (c) the SAP interface has exchanged stock and requisition data for 20 consecutive working days without unreconciled differences; (d) average screen response time is no more than 2 seconds with 120 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.2 The Buyer shall sign the acceptance certificate within 10 working days after the criteria are met, or give written reasons for refusal. The Vendor shall correct the defects and repeat the tests at its own cost. Installation, Go-Live or any use of the Software does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is 18 months from Final Acceptance. During this period the Vendor shall correct defects free of charge and supply all new versions and patches of the Software.
P:6.2 Defects are classified by severity. For Severity 1 (the Software is unavailable at a plant, or work orders cannot be raised) the Vendor shall respond within 1 hour and restore service within 8 hours. For Severity 2 the Vendor shall respond within 2 hours and provide a fix or workaround within 2 working days. Support is given in Chinese and English through a hotline and a ticket portal.
P:6.3 For every hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall pay the Buyer CNY 1,000, deducted from any amount due or claimed directly.
P:6.4 After the warranty period the Buyer may order annual support. The annual support fee is 11% of the Software licence fee (CNY 127,600 per year) and will not be increased during the three years after the end of the warranty period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables belongs to the Buyer from creation. The Vendor shall deliver their source code and documentation no later than Final Acceptance, and the Buyer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 All data entered into or generated by the Software, including asset records, maintenance history and production downtime data, belongs to the Buyer. The Vendor may use it only to perform this Agreement and for no other purpose, and shall not sell, aggregate or analyse it for itself or any third party.
P:8.2 The Software is installed on the Buyer's servers in Wuxi. The Vendor may access them only through the Buyer's VPN with multi-factor authentication, on a session approved by the Buyer, and all sessions are logged. The Vendor shall not copy Buyer data outside the Buyer's systems, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer data, take remedial measures, and bear full liability for damage caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent duties.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after receiving notice, or if the delay damages reach their maximum under Article 10.1.
P:12.2 On termination under Article 12.1 the Vendor shall refund the amounts paid for services not accepted and hand over all work in progress.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Kingdom of Morocco.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers. If the dispute is not settled within 30 days, it shall be submitted to the competent commercial court in Kenitra, Morocco.
H:Article 14 General
P:14.1 This Agreement is written in English and Chinese; both versions have equal force.
P:14.2 This Agreement, with Annex 1 (Requirements List) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.3 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt. This Agreement takes effect on the date of signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — FIELDLOG INSPECTION CLOUD

Order Form No. SCW-OF-2027-0412

## PART A — ORDER FORM

### A1. Parties

- **Customer:** Hefei Lanxin Cold Chain Logistics Co., Ltd., No. 88 Wanshui Road, Hefei, Anhui Province, People's Republic of China.
- **Provider:** Safi Cloudworks SARL, Avenue Moulay Youssef, Safi, Kingdom of Morocco.

### A2. Service Ordered

FieldLog Inspection Cloud, a software-as-a-service application for scheduled inspections, temperature-log checks, defect reporting and work orders in cold stores, cross-docks and refrigerated vehicles, with the mobile app for Android and iOS and the reporting module. The Customer will use it at 14 cold-store sites and for its fleet of 260 refrigerated vehicles.

### A3. Subscription Term

24 months from the Service Start Date, divided into two Subscription Years. The Service Start Date is the date on which the Provider gives the Customer production access after Onboarding Acceptance under Section 4 of Part B.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, named users, Subscription Year 1 | 120 users | 1,450 per user per year | 174,000 |
| Subscription, named users, Subscription Year 2 | 120 users | 1,450 per user per year | 174,000 |
| Onboarding (configuration, checklist templates, training) | one-time | 36,000 | 36,000 |
| Integration with Customer's WMS and temperature loggers | one-time | 26,000 | 26,000 |
| **Total Fees** | | | **410,000** |

All fees are in CNY and include VAT. Additional users may be added during the term at the same unit price, pro rata.

### A5. Invoicing and Payment

- Subscription fees are invoiced quarterly in advance, CNY 43,500 at the start of each quarter of the Subscription Term, payable within 30 days of invoice.
- Onboarding and integration fees are invoiced after Onboarding Acceptance and payable within 30 days of invoice.
- No other amount is payable before the Service Start Date.

### A6. Key Contacts and Signature

Customer project lead: Head of Quality and Safety. Provider project lead: Customer Success Manager, China accounts. This Order Form incorporates the General Terms in Part B. Where they conflict, Part A prevails.

For the Customer: ____________________  For the Provider: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscription service described in A2, including the mobile app and updates the Provider makes generally available.

1.2 "Customer Data" means all data, photos, temperature records, signatures and documents submitted to the Service by or for the Customer, and all output generated from them.

1.3 "Customer Configurations" means the checklists, workflows, report templates and integration code prepared by the Provider for the Customer.

### 2. Use of the Service

2.1 The Provider grants the Customer and its named users a non-exclusive right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Customer shall keep user credentials secure and shall not resell the Service or attempt to reverse engineer it.

2.3 The subscription includes storage of up to 500 GB of photos and documents. The Provider will warn the Customer when 80% of that storage is used, and the parties will agree any extra storage in writing before it is charged.

### 3. Onboarding

3.1 The Provider shall configure the Service, load the Customer's site and vehicle master data, build 40 inspection checklists from the Customer's procedures, build the WMS and temperature-logger integration, and train 20 key users and site supervisors.

3.2 Onboarding shall be completed within 60 days of signature of this Order Form.

3.3 The Customer shall provide its inspection procedures, site and vehicle lists, WMS test environment and logger specifications within 10 working days of signature, and make its key users available for workshops. Where the Customer is late, the onboarding period is extended by the same number of days.

3.4 The Provider shall deliver a written onboarding plan within 7 days of signature and report progress to the Customer every week until Onboarding Acceptance.

### 4. Onboarding Acceptance

4.1 Onboarding Acceptance requires that (a) all 40 checklists run on the mobile app at three pilot sites; (b) temperature-logger readings for the pilot vehicles appear in the Service within 10 minutes for 10 consecutive days; (c) work orders created in the Service reach the WMS without loss, checked against a test set of 300 orders; and (d) the training sessions have been held.

4.2 The Customer shall confirm acceptance in writing within 5 working days after the criteria are met or state the failed criteria. Giving access to the Service or using it for the pilot is not acceptance.

4.3 If Onboarding Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 300 for each day of delay, up to CNY 20,000.

### 5. Availability and Support

5.1 The Provider will use commercially reasonable efforts to make the Service available, except for planned maintenance and events beyond its reasonable control.

5.2 Support is available by e-mail and through the in-app help centre on working days. The Provider will address support requests in the order received and aims to reply within a reasonable time.

5.3 The Provider may modify the Service from time to time, provided that it does not materially reduce the functions ordered.

5.4 The Provider will announce planned maintenance in the Service at least 48 hours in advance and will try to schedule it outside the Customer's peak dispatch hours.

### 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer under this Order Form and for no other purpose.

6.2 On expiry or termination the Provider shall make Customer Data available for export in CSV and PDF formats for 30 days and then delete it, confirming deletion in writing.

6.3 The Customer is responsible for the accuracy of the data it enters and for obtaining any consent needed from its drivers and staff whose personal information is recorded in the Service.

### 7. Data Security

7.1 The Service and all Customer Data are hosted in a cloud region in mainland China. The Provider shall not transfer Customer Data outside mainland China.

7.2 The Provider shall maintain encryption in transit and at rest, role-based access, multi-factor authentication for administrators, audit logs kept for at least 180 days, daily backups and annual penetration tests, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, take remedial action, and be liable for the losses caused by its failure to meet this Section.

### 8. Confidentiality

8.1 Each party shall protect the other party's confidential information with reasonable care, use it only for this Order Form, and not disclose it except to personnel and advisers who need to know it. This Section survives for three years after the end of the term.

### 9. Intellectual Property

9.1 The Provider owns the Service and all its intellectual property.

9.2 The Customer Configurations belong to the Customer. The Provider shall hand them over on request in editable form, and the Customer may use, modify and license them freely, including with another provider.

### 10. Subcontractors

10.1 The Provider may use subcontractors and sub-processors, including hosting providers and support partners, to perform its obligations. The Provider keeps a current list on its website and will update it at least 15 days before a new subcontractor starts work. The Provider remains responsible for its subcontractors.

### 11. Liability

11.1 Each party's total liability arising out of this Order Form is limited to two times the Total Fees. This limit does not apply to breach of Sections 6, 7 or 8, to infringement of intellectual property or to wilful misconduct.

### 12. Term, Renewal and Termination

12.1 This Order Form ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

12.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the period after termination.

### 13. Governing Law and Disputes

13.1 This Order Form is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 14. General

14.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

14.2 Notices under this Order Form shall be sent by e-mail to the key contacts in A6, with a copy by courier for notices of breach or termination.

14.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
"""

SRC["e03"] = """T:SUPPLY CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE LICENCE
P:Contract No. TBC-EQ-2027-033 (Buyer's standard form for imported equipment)
P:Buyer: Tangshan Beigang Cement Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China.
P:Supplier: Rif Sensing Technologies SARL, Boulevard Al Massira, Nador, Kingdom of Morocco.
P:The Buyer has selected the Supplier after competitive negotiation to supply wireless condition monitoring sensors, gateways and monitoring software for the kilns, mills, fans and conveyors of its clinker line and cement grinding plant. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Table.
P:1.2 "Software" means the Supplier's VibraWatch condition monitoring software licensed under clause 7, with its documentation and updates.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install the sensors on 200 monitored assets, install the gateways and the server software, configure alarm thresholds and analytics for each asset type, integrate the System with the Buyer's central control room, and train the Buyer's staff.
P:2.2 The Supplier shall deliver the Equipment DAP Tangshan plant within 70 days after signature, with all import formalities handled by the Supplier's agent in Tianjin. Installation shall be completed within 30 days after delivery, during the Buyer's planned kiln stoppage.
P:2.3 All Equipment shall be new, shall carry the certificates required for use in China, and shall be rated for dust, heat and vibration conditions in a cement plant, with ingress protection of at least IP67 for sensors.
P:2.4 The Supplier shall deliver, in Chinese and English, the installation drawings, sensor location plan, network diagram, operating manual, maintenance manual and a list of recommended spare parts, no later than the start of the 60-day run under clause 5.1.
P:2.5 The Buyer shall provide power supply points, network connections to the control room, scaffolding where required, and access to the assets during the planned stoppage.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,580,000, inclusive of taxes, duties, freight, insurance, installation and training, as set out in the Price Table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors with mounting kits|180|4,200|756,000
TB:2|Industrial wireless gateways|24|9,500|228,000
TB:3|VibraWatch monitoring software licence, perpetual, 200 assets|1|386,000|386,000
TB:Hardware and Licence Subtotal||||1,370,000
TB:4|Installation and commissioning|1 lot|118,000|118,000
TB:5|Analytics configuration and control-room integration|1 lot|74,000|74,000
TB:6|Training|1 lot|18,000|18,000
TB:Contract Price||||1,580,000
P:3.2 The Contract Price is fixed for the duration of this Contract.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 158,000) within 30 days after signature, against an advance payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 869,000) within 30 days after delivery and installation of all Equipment, confirmed by an installation certificate. The installation certificate records quantities and physical condition only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 553,000) within 30 days after Final Acceptance.
H:5. Acceptance
P:5.1 After installation the System shall run for 60 days. Final Acceptance requires that (a) every sensor reports to the Software at least once every 10 minutes with no more than 0.5% lost readings over the last 30 days; (b) vibration readings on ten test assets agree with the Buyer's portable analyser within 5%; (c) alarms for each asset type have been tested and reach the control room within 30 seconds; (d) gateway battery back-up has been tested; and (e) the documentation and training are complete.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within 10 working days after the criteria are met or give written reasons. Delivery, installation or use of the System does not constitute acceptance. Failed tests shall be repeated at the Supplier's cost.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including freight and duties, and supply all updates of the Software.
P:6.2 For a Severity 1 fault (loss of monitoring on a kiln, a main mill or more than 20 assets) the Supplier shall respond within 2 hours and restore monitoring within 24 hours, using spare sensors and gateways kept at the plant. Faults are reported by telephone, e-mail or the Software's service portal, and the response time runs from the first report. For other faults the Supplier shall respond within 1 working day and repair within 5 working days.
P:6.3 For each hour by which the Supplier misses the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600.
P:6.4 After the warranty period the Buyer may order annual support, including Software updates, remote diagnosis and replacement of failed gateways. The annual fee is 9% of the Hardware and Licence Subtotal (CNY 123,300), fixed for the three years following the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:7. Software Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for 200 assets at the Tangshan plant. The Software remains the property of the Supplier.
P:7.2 The asset models, alarm settings, dashboards, control-room interface and reports prepared for the Buyer belong to the Buyer, who may use, modify and license them freely. The Supplier shall hand them over in editable form at Final Acceptance.
H:8. Buyer Data and Data Security
P:8.1 All measurement data, alarms and reports generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software runs on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's VPN and is logged. The Supplier shall not take copies of Buyer data outside the plant network.
P:8.3 The Supplier shall report any data security incident to the Buyer within 12 hours, take remedial action and compensate the Buyer for the losses caused by its breach of this clause.
P:8.4 Gateways shall be configured so that measurement data flows only to the Buyer's servers. No data shall be sent to the Supplier's cloud or to any other location outside the plant network.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it to third parties without prior written consent, for five years after the end of this Contract.
H:10. Delay and Liability
P:10.1 If delivery, installation or Final Acceptance is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for Equipment and services that have not passed acceptance, remove any Equipment the Buyer does not wish to keep, and hand over all documentation and configurations prepared so far.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Tangshan Arbitration Commission for arbitration in Tangshan.
H:14. Site Work and Safety
P:14.1 The Supplier's personnel shall follow the Buyer's plant safety rules, including work permits for work at height, hot work and work near rotating equipment, and shall wear the protective equipment required in each area.
P:14.2 The Supplier is responsible for the safety of its personnel and shall insure them against accidents. The Supplier shall remove its waste and packing materials from the site.
H:15. Force Majeure
P:15.1 A party prevented from performing by force majeure shall notify the other party within 5 days with supporting evidence and shall resume performance as soon as possible. Time for performance is extended by the period of the force majeure event.
H:16. General
P:16.1 This Contract is made in English and Chinese, and both versions have equal force. The Annexes (Technical Specification, Sensor Location Plan, Acceptance Test Plan) form part of this Contract.
P:16.2 Amendments must be in writing and signed by both parties. This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED APPLICATION SUPPORT SERVICES AGREEMENT

**Agreement No.** JLA-IT-MS-2027-02

**Customer:** Chongqing Jialing Auto Parts Co., Ltd., Liangjiang New Area, Chongqing, People's Republic of China.

**Provider:** Tadla Digital Services SARL, Avenue Mohammed V, Beni Mellal, Kingdom of Morocco.

**Background.** The Customer runs an ERP system and a manufacturing execution system (MES) for its three brake and suspension component plants. The Provider operates a support centre with Chinese-speaking staff and has offered to take over second- and third-level application support, monitoring and minor enhancements for 36 months. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the services described in Schedule 1, performed to the service levels in Schedule 2.

1.2 "Service Start Date" means the first day of the month following Transition Acceptance.

1.3 "Term" means 36 months from the Service Start Date.

1.4 "Charges" means the charges in Schedule 3. "Total Contract Value" means the total Charges for the Term, namely CNY 2,160,000.

1.5 "Incident" means an unplanned interruption or reduction in quality of the supported applications. Priorities are defined in Schedule 2.

## Section 2 Transition

2.1 The Provider shall complete transition from the Customer's current support provider within 75 days after signature. Transition covers knowledge transfer, documentation of interfaces and batch jobs, set-up of monitoring, access to the ticketing system and shadow support.

2.2 Transition Acceptance requires that (a) the Provider has handled incidents in shadow mode for 20 working days, with the Customer's team only observing in the last 10 of them; (b) run books exist for all 46 interfaces and 120 batch jobs listed in the transition plan; (c) monitoring alerts for every production server and interface are routed to the Provider's support centre and tested; and (d) the Customer's IT manager has signed the transition checklist.

2.3 The Customer shall sign the Transition Acceptance Certificate within 5 working days after the criteria are met or give written reasons for refusing. The start of shadow support or any use of the Provider's help desk does not constitute acceptance.

2.4 If Transition Acceptance is not reached within the period in Section 2.1, the Provider shall continue the transition at its own cost, and the parties shall agree a recovery plan.

## Section 3 Services and Service Levels

3.1 The Provider shall perform the Services described in Schedule 1 from the Service Start Date to the end of the Term.

3.2 The Provider shall meet the service levels in Schedule 2. Service credits in Schedule 2 are deducted from the monthly Charges for the following month. Service credits are not the Customer's exclusive remedy.

3.3 The Provider shall report monthly on incidents, service level achievement, credits, problem management and enhancement requests, and attend a monthly service review with the Customer. Once a year the parties shall review the service catalogue and agree any changes in writing.

3.4 The Provider shall keep a named service manager and a core team of at least six consultants familiar with the Customer's systems. Changes to the named service manager require the Customer's approval.

3.5 The Customer shall give the Provider's consultants user accounts with the access rights needed for the Services, keep its infrastructure and database administration teams available for incidents that need them, and inform the Provider at least 10 working days before planned changes to servers, networks or interfaces.

3.6 Where an incident is caused by the Customer's infrastructure or by a third-party vendor of the Customer, the time waiting for that party is excluded from the resolution time, provided that the Provider has escalated promptly and kept the Customer informed.

## Section 4 Charges and Payment

4.1 The Charges are set out in Schedule 3 and are fixed for the Term. They include VAT, travel within China for up to four site visits a year and all tools used by the Provider.

4.2 The Transition fee is invoiced after Transition Acceptance. Monthly Charges are invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days of receipt.

4.3 Enhancements beyond the 40 person-days a year included in Schedule 1 are charged at CNY 2,600 per person-day on the basis of a written change request approved by the Customer before the work begins.

## Section 5 Customer Data

5.1 All data of the Customer processed in the course of the Services, including production, quality, supplier and personnel data, remains the property of the Customer. The Provider shall use Customer data only to perform the Services and for no other purpose, and shall return it to the Customer at the end of the Term.

## Section 6 Confidentiality

6.1 Each party shall keep confidential all information of the other party that is marked or obviously confidential, including the Customer's drawings, prices, customer programmes and production plans, and shall disclose it only to its employees who need it for this Agreement.

6.2 These obligations continue for five years after the end of the Agreement.

## Section 7 Intellectual Property

7.1 Run books, scripts, reports, interface documentation and enhancements created by the Provider for the Customer under this Agreement belong to the Customer, who may use, modify and license them without restriction.

7.2 The Provider's general tools and know-how remain the Provider's property. The Provider grants the Customer a free, perpetual licence to any of them embedded in the deliverables in Section 7.1.

## Section 8 Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury, wilful misconduct or breach of Section 6.

## Section 9 Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor.

## Section 10 Term and Termination

10.1 This Agreement begins on signature and continues until the end of the Term. It does not renew automatically. Any extension requires a written amendment signed by both parties.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after notice, or if the P1 service levels are missed in three consecutive months.

10.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all documentation and access rights, and cooperate with any successor provider.

## Section 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing. The language of the arbitration is Chinese.

## Section 12 General

12.1 Neither party may assign this Agreement without the other party's prior written consent.

12.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it gives prompt notice and uses reasonable efforts to resume performance. The Provider shall maintain a continuity plan with a second support location so that a local disruption does not interrupt the Services.

12.3 This Agreement is made in English and Chinese, and both versions have equal force. Notices shall be in writing and sent to the addresses above.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Application support | Second- and third-level incident resolution for ERP finance, purchasing, inventory and sales modules, and MES production tracking, quality and traceability | 24 x 7 for P1 and P2, working days for P3 |
| Monitoring | Monitoring of application servers, interfaces and batch jobs, with alerts handled by the support centre | 24 x 7 |
| Problem management | Root cause analysis for every P1 incident and recurring P2 incidents | Working days |
| Minor enhancements | Reports, forms, interface changes and configuration changes, up to 40 person-days per year | Working days |
| Month-end support | Extended cover for the month-end close of all three plants | As scheduled |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution or workaround | Credit per miss |
|---|---|---|---|---|
| P1 | A plant cannot ship, produce or post goods movements | 30 minutes | 6 hours | CNY 3,000 |
| P2 | A major function is degraded, with a workaround | 2 hours | 1 working day | CNY 800 |
| P3 | Minor issue or question | 1 working day | 5 working days | none |

Total credits in one month shall not exceed 20% of that month's Charges.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | One-time, after Transition Acceptance | 72,000 |
| Monthly service charge | CNY 58,000 per month x 36 months | 2,088,000 |
| Total Contract Value | | 2,160,000 |
| Additional enhancements and exit assistance | CNY 2,600 per person-day | as ordered |

For the Customer: ____________________  For the Provider: ____________________
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT
SOLAR IRRADIANCE AND WEATHER FORECAST DATA

Agreement No. TSD-CN-2027-015

BETWEEN
Ningxia Helanshan New Energy Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Yinchuan, Ningxia ("Customer"); and
Tafilalt Solar Data SARL, a company incorporated in the Kingdom of Morocco, with its registered office in Errachidia ("Provider").

BACKGROUND
Customer operates eleven photovoltaic power stations in Ningxia and Gansu with a total capacity of 1,380 MW and must submit day-ahead and intraday generation forecasts to the grid dispatch centre. Provider produces satellite-derived irradiance data and numerical weather forecasts for solar plants and delivers them through an API. The parties agree as follows.

1. DEFINITIONS
1.1 "Data Service" means the delivery through the API of (a) 15-minute irradiance, temperature, wind and cloud forecasts for each of Customer's stations up to 10 days ahead; (b) intraday forecasts updated every 15 minutes for the next six hours (in the window described in Annex A); and (c) historical satellite irradiance time series for each station since 2015.
1.2 "Subscription Year" means each of the two consecutive annual periods, the first starting on the Service Start Date.
1.3 "Service Start Date" means the day after Integration Acceptance under clause 4.
1.4 "Customer Data" means station coordinates, layouts, inverter and meter data, generation data, outage records and any other data that Customer provides to Provider or that Provider derives from it for Customer.
1.5 "Customer Deliverables" means the station calibration reports, the forecast bias-correction settings for each station and the integration scripts prepared by Provider for Customer.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable right during the two Subscription Years to access the Data Service through the API, to store the data delivered, and to use it for Customer's forecasting, dispatch reporting, plant operation and internal analysis.
2.2 Customer may pass forecast values to the grid dispatch centre and its own affiliates, but shall not resell the Data Service or the raw satellite data to third parties.
2.3 Data delivered during the Subscription Years may be kept and used by Customer after the end of this Agreement.
2.4 The subscription includes up to 200,000 API calls per day and up to five user accounts for the web portal. Provider will warn Customer by e-mail if usage approaches the daily limit; extra capacity is agreed in writing before it is charged. Customer may add stations during the term at a pro rata fee agreed in writing.

3. FEES AND PAYMENT
3.1 The fees are:
   (a) Subscription fee, eleven stations: CNY 264,000 per Subscription Year, CNY 528,000 for the two Subscription Years;
   (b) Onboarding and integration (station calibration, bias correction, integration with Customer's forecasting system): CNY 42,000, one-time.
   Total contract value: CNY 570,000, including VAT.
3.2 The subscription fee is invoiced quarterly in advance at CNY 66,000 per quarter, starting on the Service Start Date. The onboarding fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.
3.3 Customer pays nothing before the Service Start Date. Fees are fixed for both Subscription Years.

4. ONBOARDING AND INTEGRATION ACCEPTANCE
4.1 Within 45 days after signature Provider shall deliver the historical time series, calibrate its models for each station using two years of Customer's generation data, configure the API feed to Customer's forecasting system and provide a test account.
4.2 Integration Acceptance requires that (a) forecasts for all eleven stations have been received in the agreed format for 14 consecutive days without a missed delivery; (b) the day-ahead irradiance forecast error over those 14 days, measured against Customer's on-site pyranometers, is within the limit in Annex A for each station; (c) the historical series for every station is complete; and (d) the calibration reports have been delivered.
4.3 Customer shall confirm Integration Acceptance in writing within 5 working days after the criteria are met or state which criteria have failed. Use of test data or of the test account is not acceptance.
4.4 Customer shall provide station coordinates, layouts and two years of 15-minute generation and pyranometer data within 10 working days after signature, together with the interface specification of its forecasting system. Any delay by Customer extends the onboarding period accordingly.
4.5 If Integration Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 30,000.

5. SERVICE LEVELS
5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and performed outside the window from 06:00 to 22:00 Beijing time.
5.2 Each day-ahead forecast shall be available by 07:00 Beijing time. Intraday updates shall be available within 5 minutes after each 15-minute interval.
5.3 Priority 1 incidents (the API is unavailable, or forecasts for two or more stations are missing or clearly wrong) shall be responded to within 1 hour at any time and resolved or worked around within 3 hours. Priority 2 incidents shall be responded to within 2 hours and resolved within 1 working day.
5.4 If the monthly availability falls below the level in clause 5.1 or a day-ahead forecast is late, Provider shall grant a service credit of 5% of the quarterly fee for each percentage point or part of a point below the level, and of CNY 1,000 for each late day-ahead forecast. Credits are deducted from the next invoice.
5.5 Provider shall send Customer a monthly report showing availability, late or missing deliveries, incidents, credits and forecast accuracy for each station, and shall meet Customer's forecasting team each quarter to review accuracy and agree improvements to the bias-correction settings.

6. CUSTOMER DATA
6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Service and the Customer Deliverables to Customer, and shall not use it for model training for other clients, benchmarking, publication or any other purpose.
6.2 At the end of this Agreement Provider shall delete all Customer Data within 30 days and confirm the deletion in writing.

7. DATA SECURITY
7.1 Provider shall process Customer Data only on servers located in mainland China, operated by its hosting partner approved under clause 10, and shall not transfer Customer Data outside mainland China.
7.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named staff with multi-factor authentication, logging of all access, and annual third-party security testing, and shall comply with the PRC Data Security Law and Cybersecurity Law.
7.3 Provider shall notify Customer within 12 hours of any unauthorised access to or loss of Customer Data, take remedial action, and be liable for the losses caused to Customer by its breach of this clause 7.

8. INTELLECTUAL PROPERTY
8.1 Provider owns its models, software and the Data Service. Customer owns the Customer Deliverables and may use, modify and license them freely, including with another data provider.

9. LIABILITY
9.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.
9.2 Neither party is liable for indirect or consequential loss, including deviation penalties imposed by the grid on Customer, except in case of wilful misconduct.

10. SUBCONTRACTING
10.1 Provider shall not subcontract any part of the Data Service, including hosting, without Customer's prior written consent. Customer consents to the hosting partner named in Annex B. Provider remains responsible for any subcontractor.

11. TERM AND TERMINATION
11.1 This Agreement runs from signature to the end of the second Subscription Year. It may be extended only by written agreement of both parties.
11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice, or if the availability in clause 5.1 is missed in three months of any Subscription Year. Provider shall then refund the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES
12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.

13. FORCE MAJEURE
13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters or the loss of satellite signals from a third-party operator, provided that it notifies the other party promptly and resumes performance as soon as possible. Provider shall keep a backup data source so that day-ahead forecasts can continue during an interruption of its primary satellite feed.

14. GENERAL
14.1 This Agreement is made in English and Chinese, both versions having equal force. Annex A (Forecast Specification) and Annex B (Hosting Partner) form part of it.
14.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the prior written consent of the other party.
14.3 Notices shall be sent by e-mail to the contacts named in Annex A and, for notices of breach or termination, also by courier to the registered office of the receiving party.

For Customer: ____________________    For Provider: ____________________
"""


# ---------------------------------------------------------------- labels
FILES = {
    "z01": ("h763z01_ndrc_aggregate_supply_monitoring_platform.pdf", "zh", "software"),
    "z02": ("h763z02_chalk_factory_extrusion_line_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h763z03_succulent_chain_pos_membership_saas.txt", "zh", "cloud"),
    "z04": ("h763z04_fishery_stock_release_records_om_service.txt", "zh", "services"),
    "z05": ("h763z05_handkerchief_embroidery_tracking_supplier_template.md", "zh", "software"),
    "e01": ("h763e01_cmms_perpetual_licence_kenitra_vendor.pdf", "en", "software"),
    "e02": ("h763e02_cold_chain_inspection_saas_order_form_safi_vendor.md", "en", "cloud"),
    "e03": ("h763e03_cement_plant_condition_monitoring_nador_vendor.docx", "en", "hardware"),
    "e04": ("h763e04_auto_parts_managed_application_support_beni_mellal_vendor.md", "en", "services"),
    "e05": ("h763e05_solar_irradiance_forecast_api_errachidia_vendor.txt", "en", "cloud"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: terms in TERM_KEYS order, then extra (sla_clause, ld_stated, capped or None for services, deemed, value)
T = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False, "PRC", G],
            [True, True, True, False, 1800000]),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, True, "PRC", G],
            [True, True, True, False, 1500000]),
    "z03": ([99.5, 0.5, True, "buyer", True, True, True, 0.08, None, None, True, None, None, None, True, True, False, "PRC", S],
            [True, True, None, False, 480000]),
    "z04": ([None, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False, False, "PRC", S],
            [True, True, None, False, 286000]),
    "z05": ([None, 24, False, "supplier", True, False, True, 0.1, 25, 65, False, False, 6, None, False, True, None, None, G],
            [True, True, False, True, 980000]),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 25, True, True, 18, 11, False, True, False, "Morocco", G],
            [True, True, True, False, 1820000]),
    "e02": ([None, None, False, "buyer", True, True, True, 300 / 410000 * 100, 200, None, True, None, None, None, False, True, True, "PRC", S],
            [False, True, None, False, 410000]),
    "e03": ([None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True, False, "PRC", G],
            [True, True, True, False, 1580000]),
    "e04": ([None, 0.5, True, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", S],
            [True, False, None, False, 2160000]),
    "e05": ([99.95, 1, True, "buyer", True, True, False, 400 / 570000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
            [True, True, None, False, 570000]),
}
# design data not in the labels: fee base (itemised licence / hardware subtotal) for TCO, forum in mainland China
FEE_BASE = {"z01": 860000, "z02": 1260000, "z05": 520000, "e01": 1160000, "e03": 1370000}
FORUM_MAINLAND = {k: k != "e01" for k in T}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy defaults (section 3)
TH = {"availability": 99.9, "p1_hours": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "pwf": 15, "tco": 40}


def label(key):
    name, lang, cat = FILES[key]
    terms, extra = T[key]
    et = dict(zip(TERM_KEYS, terms))
    sla, ld_stated, capped, deemed, value = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if et["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": et, "expected_extra": ex,
            "expected_rules": sorted(DESIGN[key])}


def tco_share(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, lab):
    """Policy section 3 as I read it, applied to the label values."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or not FORUM_MAINLAND[key]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, lab)
    if share is not None and share > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?![0-9])",
    r"(?<![0-9.])4\s*-?\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", r"四\s*(?:个)?\s*小时", r"\bfour\s*-?\s*hours?",
    r"(?<![0-9.])0\.05\s*(?:%|per\s*cent|percent)", r"万分之五", r"千分之零点五",
    r"(?<![0-9.,])100\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])12\s*(?:个月|-?\s*months?\b)", r"十二\s*个\s*月", r"twelve\s*-?\s*months?",
    r"(?<![0-9.,])15\s*(?:%|per\s*cent|percent)", r"百分之十五(?![一二三四五六七八九])", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["可用率不低于99.9%", "99.9 %", "4小时内响应", "4 个小时", "四小时", "within 4 hours", "4-hour", "four hours",
            "万分之五", "0.05%", "0.05 per cent", "100%", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent",
            "12个月", "12 months", "12-month", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十",
            "forty percent"]
MUST_MISS = ["99.95%", "99.5%", "99.99%", "24小时", "24 hours", "14 hours", "0.08%", "万分之八", "150%", "130%", "0.15%",
             "115%", "2027年12月31日", "18 months", "24 months", "112 months", "40 person-days", "0.4%", "35%", "45%",
             "百分之三十五", "CNY 1,400", "4.5%", "P1 | 30 minutes", "1,000"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {}
    for key, (name, lang, cat) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SRC[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, lang, cat) in FILES.items():
        lab = label(key)
        t = lab["expected_terms"]
        assert list(t) == TERM_KEYS and len(T[key][0]) == len(TERM_KEYS), key
        # no label value on a threshold
        assert t["availability_pct"] != TH["availability"] and t["p1_response_hours"] != TH["p1_hours"], key
        assert t["ld_rate_per_day_pct"] != TH["ld"] and t["liability_cap_pct"] != TH["cap"], key
        assert t["prepayment_pct"] != TH["prepay"] and t["warranty_months"] != TH["warranty"], key
        assert t["post_warranty_fee_pct"] != TH["pwf"], key
        share = tco_share(key, lab)
        assert share is None or abs(share - TH["tco"]) > 2, (key, share)
        rules = derive(key, lab)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        covered |= set(rules)
        # texts as read back
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(form)
            assert not m, (key, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        print("%s %-70s %5d %-6s tco=%s %s" % (key, name, n, risk(rules),
                                              None if share is None else round(share, 2), ", ".join(rules) or "-"))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    mix = {k: len(DESIGN[k]) for k in FILES}
    assert mix["e01"] == 1 and 8 <= mix["z05"] <= 10
    assert sorted(k for k, v in mix.items() if v == 0) == ["e03", "z01"]
    assert all(2 <= mix[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
