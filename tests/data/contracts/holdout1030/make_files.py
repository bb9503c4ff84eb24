"""holdout1030: builds ten blind held-out draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes their .json labels, and asserts lengths, threshold avoidance, rule derivation and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf)
H1030Z01 = """T:青溪县生态公益林管理平台采购合同
P:合同编号：QXLY-ZC-2026-017
P:采购人（甲方）：青溪县林业局
P:供应商（乙方）：杭州青岚数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号：QXZC-2026-GK-033）、乙方投标文件及中标通知书，双方就青溪县生态公益林管理平台的软件许可及定制开发事宜，经平等协商，订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供生态公益林管理平台软件（以下简称"平台"）的永久使用许可，并按招标文件技术需求完成定制开发、历史数据整合、部署实施及培训。
P:1.2 合同总价为人民币壹佰肆拾伍万元整（¥1,450,000），其中：平台软件许可费628,000元；定制开发费574,000元（公益林补偿资金发放、护林员巡护App、林地"一张图"三个模块）；历史数据整合及迁移费163,000元；部署实施及培训费85,000元。
P:1.3 合同总价为固定价格，已包含税费、差旅、第三方组件授权及验收所需的全部费用，甲方不再另行支付任何费用。
P:1.4 乙方应派驻具有同类项目经验的项目经理一名，项目实施期间未经甲方同意不得更换。
P:1.5 乙方应保证平台与省级林长制管理系统、县级国土空间基础信息平台实现数据对接，接口规范以甲方提供的文件为准，对接所需费用已包含在合同总价内。
H:第二条 交付期限与地点
P:2.1 乙方应于合同生效之日起150日内完成全部开发、部署及数据迁移，具备初验条件。
P:2.2 平台部署于甲方指定的县政务云资源，交付地点为甲方办公地址。乙方应提交需求规格说明书、设计文档、测试报告、用户手册及运维手册。
P:2.3 乙方应按甲方确认的实施计划推进工作，每两周向甲方提交书面进度报告；实施计划的调整须经甲方书面确认。
P:2.4 乙方应为甲方业务人员、乡镇林业站人员及护林员分批提供操作培训，培训不少于六场，并提供培训教材。
P:2.5 甲方负责提供政务云资源、网络环境、历史数据及必要的工作场所，并指定项目联系人，协调各乡镇林业站配合需求调研、测试和试用。
H:第三条 付款方式
P:3.1 合同签订后，甲方收到乙方开具的合法发票之日起15个工作日内，支付合同总价的20%作为预付款。
P:3.2 初验合格后，甲方支付合同总价的45%。
P:3.3 终验合格后，甲方支付合同总价的35%。
P:3.4 甲方为财政预算单位，付款以财政资金拨付流程为准；乙方不得以付款流程为由停止或迟延履行。
P:3.5 乙方应在每次收款前向甲方开具合法有效的增值税发票，发票信息以甲方书面提供的为准。
H:第四条 验收
P:4.1 初验：平台全部功能按招标文件技术需求逐项测试通过；历史数据迁移完整，小班图斑及补偿档案抽查比对无差错；护林员巡护App在甲方辖区内连续试用20日，巡护轨迹上传正常；平台通过第三方网络安全检测。
P:4.2 终验：初验合格后试运行90日，试运行期间未发生一级故障，甲方组织专家依据技术需求、测试报告及试运行记录进行终验，并出具书面终验报告。
P:4.3 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收，由此产生的费用由乙方承担。
P:4.4 验收所需的第三方安全检测费用由乙方承担；甲方可邀请财政、审计部门及有关专家参加验收。
H:第五条 质保与维护
P:5.1 质保期为自终验合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、技术咨询及现场支持。
P:5.2 质保期满后，甲方如需乙方继续提供维护，年度维护费不超过平台软件许可费的9%（即每年不超过56,520元），该费率在质保期满后三年内不上调。维护合同另行签订，不自动续期。
P:5.3 质保期内，乙方每季度对平台进行一次巡检并出具巡检报告，在森林防火期等重点时段安排专人值守。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.5%（计划内维护除外，计划维护须提前3日通知甲方并安排在非工作时间）。
P:6.2 故障分级：一级故障指平台整体不可用或补偿资金发放功能中断；二级故障指部分功能不可用；三级故障指一般性问题。一级故障乙方应在30分钟内响应、8小时内恢复；二级故障2小时内响应、24小时内恢复；三级故障在5个工作日内解决。
P:6.3 一级故障每超过恢复时限1小时，乙方向甲方支付扣款500元；月度可用率未达到6.1约定的，每低0.1个百分点，乙方另行支付2,000元。上述款项甲方可从应付款项中直接扣除。
P:6.4 乙方应每月向甲方提交服务报告，列明可用率、故障处理及版本更新情况。
H:第七条 数据安全
P:7.1 平台承载的林地小班数据、补偿对象个人信息、巡护轨迹等全部业务数据归甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得留存副本。
P:7.2 乙方应按网络安全等级保护第二级要求实施，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕；乙方实施人员须签署安全承诺书。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任。
P:7.4 合同终止或履行完毕后，乙方应将其掌握的全部甲方数据移交甲方并予删除，不得以任何形式留存，并出具书面删除确认。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、林权信息及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后持续有效。
H:第九条 知识产权
P:9.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。乙方应在终验时交付完整源代码及编译部署说明。
P:9.3 乙方保证交付成果不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方未按第二条约定期限交付的，应继续履行，并赔偿由此给甲方造成的损失。
P:10.2 乙方逾期超过60日，或交付成果经两次整改仍不合格的，甲方有权解除合同，乙方应退还甲方已付款项并赔偿甲方损失。
P:10.3 乙方违反第七条、第八条约定的，应赔偿甲方因此遭受的全部损失。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包或分包，亦不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
P:12.3 合同解除后，乙方应在10日内移交已完成的工作成果、源代码及全部数据，并配合甲方做好后续衔接。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z02 (.docx)
H1030Z02 = """T:生产线控制系统改造项目合同
P:合同编号：JY-SB-2026-0412
P:甲方（买方）：台州市椒悦按摩器具有限公司
P:乙方（卖方）：宁波锐控自动化工程有限公司
P:甲方主要生产头部按摩器，现有六条装配及检测生产线的控制系统老化、换型困难。甲方委托乙方对上述生产线的控制系统进行改造，包括设备供货、控制软件许可、程序开发、安装调试及与甲方MES系统的对接。双方经协商一致，订立本合同。
H:第一条 合同标的与价格
P:1.1 本合同设备、软件及服务的明细与价格如下表（含税，人民币元）：
TB:序号|项目|数量|单价|金额
TB:1|PLC控制柜（含安全回路）|6套|118,000|708,000
TB:2|触摸屏HMI|12台|9,500|114,000
TB:3|伺服驱动器及电机|24套|13,800|331,200
TB:4|视觉检测单元（按摩头装配检测）|6套|42,000|252,000
TB:5|产线控制软件许可（永久）|6套|36,000|216,000
TB:|设备及软件小计|||1,621,200
TB:6|安装调试及改造施工|1项|186,000|186,000
TB:7|控制程序开发及MES对接|1项|148,800|148,800
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合同总价|||1,980,000
P:1.2 合同总价为人民币壹佰玖拾捌万元整，包含运输、保险、安装、调试、培训及税费。
P:1.3 设备应为全新、原厂正品，主要部件品牌及型号以附件技术规格书为准，未经甲方书面同意不得替换。
H:第二条 交货与改造期限
P:2.1 乙方应于合同生效后45日内将全部设备运抵甲方工厂。
P:2.2 改造施工按"一次停一条线"的方式进行，每条线停线时间不超过5日，全部六条线应于设备到货后75日内完成改造并具备试产条件。
P:2.3 乙方应提交电气原理图、PLC程序、HMI画面工程、视觉检测参数及操作维护手册。
P:2.4 乙方应在每条线改造前提交停线方案及安全措施，经甲方生产部门确认后实施；施工期间遵守甲方安全生产、防火及现场管理制度。
P:2.5 乙方负责拆除旧控制柜及线缆，拆除物归甲方所有，由乙方运至甲方指定地点。
P:2.6 乙方应为甲方电气工程师及操作工分别提供培训，内容包括PLC程序结构、HMI操作、视觉检测参数调整及常见故障处理，培训后甲方人员应能独立完成日常维护。
H:第三条 付款方式
P:3.1 合同生效后10日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅为数量确认，不代表质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的50%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后支付。
P:3.5 乙方应在每期付款前开具合法有效的增值税专用发票。
H:第四条 验收
P:4.1 每条生产线改造完成后进行单线验收：连续试产72小时，节拍不低于改造前水平，按摩头装配漏检、误判记录经双方复核确认，安全回路急停测试全部通过，MES工单及产量数据上传一致。
P:4.2 六条线全部单线验收合格后连续运行30日，期间无因控制系统导致的整线停产，甲方出具最终验收证书。
P:4.3 设备安装完成、试产或甲方使用，均不视为验收合格。
P:4.4 单线验收不合格的，乙方应在5日内整改并重新验收；同一条线两次验收不合格的，甲方有权要求更换相关设备或解除该部分合同。
H:第五条 质保与维保
P:5.1 质保期为最终验收合格之日起十八个月，质保期内乙方免费提供维修、更换故障部件及程序修改。
P:5.2 质保期满后，乙方提供全包维保服务（含备件、定期巡检及程序维护），年度维保费按设备及软件小计的28%计取，即每年453,936元，该金额在质保期满后三年内固定不变。
P:5.3 维保服务按年签订服务确认单，不自动续期。
P:5.4 质保期内乙方每季度上门巡检一次，检查控制柜、伺服系统和视觉检测单元的运行状态，并提交巡检报告。
P:5.5 乙方应在甲方工厂常备易损备件（伺服驱动器、触摸屏及视觉相机各至少一套），备件清单作为合同附件。
H:第六条 服务响应
P:6.1 一级故障指导致整条生产线停产的故障；二级故障指影响单个工位或检测功能的故障；三级故障指其他问题。
P:6.2 一级故障乙方应在30分钟内远程响应、3小时内到达现场、10小时内恢复生产；二级故障2小时内响应、24小时内修复；三级故障在3个工作日内处理。
P:6.3 乙方未按时响应或到场的，每超时1小时向甲方支付800元；一级故障超过恢复时限的，每小时支付1,500元。
P:6.4 乙方应建立故障处理记录，每月向甲方提交服务报告，列明故障次数、处理时长及改进措施。
H:第七条 数据与网络安全
P:7.1 生产线运行数据、工艺参数、产品检测图像及MES数据均归甲方所有，乙方仅可为履行本合同使用，不得复制、外传或用于其他目的。
P:7.2 乙方远程维护须经甲方批准，通过甲方提供的专用通道接入并全程记录；乙方不得在控制系统中预留后门或未声明的远程功能。
P:7.3 因乙方原因导致数据泄露、篡改或生产系统遭受网络攻击的，乙方应在2小时内通知甲方、配合处置并赔偿甲方全部损失。
P:7.4 项目结束后，乙方应删除调试过程中获取的甲方数据及程序备份，并出具书面确认。
H:第八条 保密
P:8.1 双方对履约中获知的对方技术资料、工艺参数、产品设计及经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后五年。
P:8.2 乙方人员进入甲方工厂须遵守甲方保密及门禁规定，不得拍摄生产线及产品。
H:第九条 知识产权
P:9.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测算法参数及MES对接程序的知识产权归甲方所有，乙方应交付可编辑的源程序。
P:9.2 产线控制软件的标准产品知识产权仍归其权利人所有，甲方获得永久使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方交付的设备存在质量问题的，应负责免费更换或修复，并赔偿甲方由此造成的停产损失。
P:10.4 乙方交付的软件或程序存在后门、恶意代码的，甲方有权解除合同并要求乙方赔偿全部损失。
H:第十一条 分包
P:11.1 乙方可将电气安装施工及线槽布线工作分包给具备相应资质的第三方，但应提前5个工作日书面通知甲方，并对分包方的工作质量和安全承担责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过45日或严重违约且经书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 甲方逾期付款超过60日，经乙方书面催告后仍未支付的，乙方有权解除合同。
P:12.3 合同解除后，乙方应移交已完成部分的程序、图纸及资料，双方按已完成工作量结算。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，提交台州仲裁委员会仲裁，仲裁裁决是终局的。
H:第十四条 其他
P:14.1 本合同附件包括设备技术规格书、改造实施方案及验收大纲。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，由双方另行签订补充协议。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z03 (.txt)
H1030Z03 = """预约及会员管理系统SaaS服务合同

合同编号：MX-IT-2026-088
甲方：成都墨线速写艺术培训有限公司
乙方：上海约课云信息技术有限公司

甲方经营速写培训连锁门店共30家，分布于成都、重庆、西安三地。现有预约工具分散，会员储值无法跨店通用，对账依赖人工。为统一课程预约、会员管理及收银对账，甲方向乙方订购预约及会员管理SaaS服务，并由乙方提供实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供以下服务：
1. 门店端：课程排期、学员预约与签到、教室及教师排班、课时扣减、收银及退费；
2. 会员端：微信小程序预约、会员卡及储值管理、学员作品上传与教师点评、消息提醒；
3. 总部管理端：门店经营报表、课消统计、会员画像、角色权限管理。
4. 营销端：优惠券、体验课报名、转介绍奖励及节假日活动管理。
（二）实施服务：历史会员及课时数据迁移、30家门店账号及权限配置、小程序上架、与甲方财务系统的对账接口开发、店长及前台培训。
（三）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（四）甲方后续新增门店的，新增门店的费用及开通时间由双方另行书面约定。

二、费用及支付
（一）费用明细（含税，人民币元）：
1. 门店端订阅费：30家 × 6,800元/年 × 2个服务年度 = 408,000元；
2. 总部管理端订阅费：36,000元/年 × 2个服务年度 = 72,000元；
3. 实施服务费（一次性）：58,000元。
合同总价为人民币伍拾叁万捌仟元整（538,000元）。
（二）本合同不设预付款。实施服务费在上线验收合格后15个工作日内支付。
（三）订阅费按季度支付，乙方于每季度首月开具发票，甲方收到发票后15个工作日内支付当季费用。
（四）短信通知等按量计费项目按实际用量另行结算，不计入合同总价。
（五）乙方开具的发票应为增值税专用发票，发票信息以甲方书面提供的为准。

三、实施与验收
（一）乙方应于合同签订后40日内完成实施，具备上线条件。
（二）上线验收标准：
1. 历史会员、储值余额及剩余课时迁移后与甲方原系统逐一核对一致；
2. 30家门店均完成至少一周的真实预约、签到及收银，无数据错漏；
3. 对账接口连续10日与甲方财务系统对账无差异；
4. 周六上午高峰时段全部门店同时预约时，页面响应不超过2秒。
（三）上述标准全部满足后，甲方出具上线验收单。系统试用或门店开始使用均不视为验收合格。
（四）乙方逾期完成实施的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（五）甲方应提供历史数据、门店信息及测试所需的人员配合，并指定项目负责人。
（六）实施内容及时间安排以附件《实施计划》为准，计划调整须经双方书面确认。
（七）乙方应为30家门店店长及前台提供线上培训不少于四场、线下集中培训两场，并提供操作视频。

四、服务水平
（一）平台月度可用率不低于99.95%，计划维护应安排在每日零点至六点之间并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障：全部或多家门店无法预约、签到或收银，乙方应在15分钟内响应，2小时内恢复；
2. 二级故障：单个门店或单项功能异常，乙方应在1小时内响应，8小时内恢复；
3. 三级故障：一般咨询及非紧急问题，在2个工作日内答复。
（三）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（四）未达到上述服务水平的，乙方应尽快修复并向甲方书面说明原因及改进措施，但服务费不作减免，乙方亦不因此承担赔偿或违约金。
（五）乙方应提供7×24小时故障报修热线及在线工单渠道，并为甲方指定专属客户成功经理。
（六）乙方进行版本升级的，应提前五个工作日通知甲方，升级不得减少甲方已使用的功能；高峰时段的扩容由乙方自行负责，不另行收费。
（七）乙方应每季度与甲方召开一次服务回顾会，就故障、需求及改进计划进行沟通。

五、数据安全与数据权属
（一）甲方及各门店录入或产生的学员信息、家长联系方式、课时及储值记录、学员作品等数据均归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》的要求，对未成年学员个人信息采取加密存储、访问控制、操作日志留存等措施，平台应通过网络安全等级保护第三级测评。
（三）发生或可能发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任及监管处罚。
（四）服务终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（五）平台服务器及数据备份应位于中国境内，乙方不得将甲方数据传输至境外。
（六）乙方应每日对甲方数据进行备份，备份保留不少于30日，并每季度进行一次恢复演练。
（七）乙方应配合甲方接受监管部门的检查，并提供必要的安全说明文件。
（八）乙方员工访问甲方数据应经授权并留存记录，乙方应定期对员工进行数据安全培训。

六、保密
双方对履约中获知的对方商业信息、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方员工及其关联方人员同样受本条约束。保密义务在合同终止后三年内有效。

七、知识产权
（一）平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方开发的对账接口程序、定制报表及小程序页面设计的知识产权归甲方所有，乙方应交付源代码及说明文档。
（三）乙方保证平台不侵犯第三方知识产权，否则由乙方负责处理并赔偿甲方损失。

八、续期
服务期满前30日内任何一方未书面提出不再续订的，本合同自动续期一个服务年度。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度费用的8%，以乙方发出的续期账单为准。

九、违约责任与合同解除
（一）乙方违反本合同约定的，应赔偿甲方因此遭受的损失。乙方累计赔偿责任以合同总价的两倍为限，但数据泄露及侵犯知识产权导致的损失不受此限。
（二）乙方严重违约，经甲方书面催告后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付未使用期间的费用。
（三）甲方逾期付款超过30日的，乙方可书面催告后暂停服务，但应保证数据完整。
（四）合同终止后，乙方应配合甲方将数据迁移至甲方指定的系统，提供必要的数据导出服务，不另行收费。
（五）因不可抗力导致服务中断的，双方互不承担责任，但乙方应尽快恢复服务并及时通知甲方。
（六）一方违约给对方造成损失的，守约方为维权支出的合理费用由违约方承担。

十、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的应事先取得甲方书面同意。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

十二、其他
（一）本合同附件包括：服务功能清单、实施计划及服务水平说明，附件与本合同具有同等效力。
（二）双方联系人及通知地址以合同首页为准，一方变更的应提前书面通知对方。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# ---------------------------------------------------------------- z04 (.txt)
H1030Z04 = """边坡雷达监测系统年度运维服务合同

项目名称：2027年度边坡雷达监测系统运维服务
采购方式：竞争性磋商（项目编号：YSZR-CS-2026-041）
采购人（甲方）：云石市自然资源局
供应商（乙方）：西安岩感监测技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件、乙方响应文件及成交通知书，双方就甲方边坡雷达监测系统的年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：甲方在辖区内六处地质灾害隐患点部署的8台边坡形变监测雷达、配套供电及通信设施、监测预警平台及数据传输链路。
（二）服务内容：设备定期巡检与维护保养、故障维修、平台及数据库运维、数据链路保障、汛期加密监测及应急值守、年度运行评估报告。
（三）服务期限：2027年3月1日至2028年2月29日，期满本合同终止，不自动续期。
（四）服务地点：甲方辖区内青龙沟、石门坎、桃花岭、老鹰岩、白沙坝、黄土梁六处隐患点，以及甲方监测预警中心机房。
（五）本合同服务不包括雷达整机更换及因自然灾害导致的设备重建，发生上述情形时由双方另行协商。
（六）乙方应按磋商文件所附技术要求提供服务，响应文件中的服务承诺优于本合同约定的，按响应文件执行。

第二条 服务费用
（一）服务费用明细（含税，人民币元）：
1. 雷达设备巡检维护：8台 × 24,500元 = 196,000元；
2. 预警平台及数据链路运维：128,000元；
3. 汛期加密监测及应急值守：112,000元；
4. 备品备件及耗材：50,000元。
合同总价为人民币肆拾捌万陆仟元整（486,000元），为固定价格。
（二）本合同不设预付款。服务费按季度支付：每季度结束后，甲方依据第五条季度考核结果，在收到发票后15个工作日内支付当季服务费。
（三）乙方应在每季度结束后5个工作日内提交运维报告及发票，扣款金额在当季结算单中列明。
（四）本合同价格在服务期内固定，不因人工、材料价格变化而调整。

第三条 服务要求
（一）乙方应组建不少于五人的运维团队，其中驻点工程师二人，项目负责人须具备地质灾害监测相关工作经历。
（二）雷达设备每月现场巡检一次，每季度全面保养一次；每年4月15日前完成汛前全面检修，并向甲方提交检修报告。
（三）汛期（5月至9月）实行二十四小时值守，监测数据异常时应立即按甲方预警流程报告。
（四）乙方应建立运维台账，每月5日前提交上月运维报告。
（五）乙方应配备必要的交通工具、检测仪器及安全防护用品，进入隐患点作业须遵守安全规程，作业安全由乙方自行负责。
（六）雷达设备需更换主要部件的，乙方应事先报甲方同意，更换下的旧件交甲方处理。
（七）发生地质灾害险情或甲方启动应急响应时，乙方应在接到通知后2小时内安排技术人员到岗，配合甲方开展加密监测和数据分析。
（八）乙方应每半年开展一次雷达测量精度校核并提交校核记录；驻点工程师应每日查看平台运行及数据传输情况，形成值班日志。
（九）甲方应为乙方提供必要的工作条件，包括机房出入、隐患点通行协调及平台运维权限。
（十）乙方应在每年汛期结束后一个月内提交汛期监测工作总结。

第四条 服务水平
（一）监测预警平台月度可用率不低于99.95%。
（二）故障分级与时限：
1. 一级故障（雷达停机、预警信息无法发出或平台整体中断）：乙方应在30分钟内响应，3小时内到达现场，8小时内恢复；
2. 二级故障（单项功能异常、数据延迟）：2小时内响应，24小时内恢复；
3. 三级故障（一般问题）：3个工作日内处理完毕。
（三）服务水平未达标的扣款：一级故障超过恢复时限的，每小时扣减服务费1,000元；平台月度可用率每低于约定值0.01个百分点，扣减当季服务费2,000元；月度巡检缺项一次扣减3,000元。扣款在当季服务费中直接扣除。
（四）一个季度内一级故障累计超过三次的，甲方可约谈乙方负责人并要求限期整改。
（五）乙方应在平台中保存完整的故障及处置记录，保存期限不少于三年。

第五条 考核与验收
（一）季度考核：甲方依据运维台账、平台运行日志及现场抽查，按磋商文件所附考核细则对巡检完成情况、故障处理时限、预警信息推送及时性进行考核，出具季度考核单。
（二）年度验收：服务期满后15日内，乙方提交年度运行评估报告，甲方按考核细则组织验收，核查全部设备运行状态良好、档案齐全、备件清单相符，出具书面验收意见。
（三）乙方提交报告或甲方支付款项，均不视为验收合格。
（四）季度考核不合格的，乙方应在15日内整改，整改完成后由甲方复核。

第六条 数据安全
（一）监测数据、预警信息、平台数据库及日志均归甲方所有，乙方仅可为履行运维服务使用，不得复制、对外提供或用于其他任何目的。
（二）乙方应遵守网络安全等级保护第三级要求，远程运维须经甲方审批并通过堡垒机进行，运维账号实行专人专用并定期更换口令。
（三）发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
（四）乙方不得在运维终端安装与本服务无关的软件，不得将运维终端接入公共互联网。
（五）服务期满或合同解除时，乙方应移交全部运维账号、口令及资料，删除其掌握的甲方数据，并出具书面确认。

第七条 保密
乙方对履约中知悉的地质灾害隐患点位置、监测数据、预警信息及甲方工作秘密负有保密义务，未经甲方书面同意不得对外发布或向第三方提供，不得利用监测数据发表论文或对外宣传。乙方人员须签署保密承诺书。本条在合同终止后持续有效。

第八条 成果归属
乙方在服务期内形成的运维报告、评估报告、配置文件及数据处理脚本的知识产权归甲方所有，甲方可自由使用和修改。乙方交付的成果应同时提供纸质版及电子版。

第九条 分包
乙方不得将本合同服务转包或分包给第三方。

第十条 违约责任
（一）乙方未按第三条、第四条履行义务的，除按约定扣款外，还应赔偿因此给甲方造成的损失。
（二）因乙方未及时处理故障导致预警失效并造成损失的，乙方应承担全部赔偿责任。
（三）乙方未在约定日期前完成汛前全面检修的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过15日的，甲方有权委托第三方完成，费用由乙方承担。
（四）因甲方原因导致乙方无法履行的，乙方不承担相应责任。

第十一条 合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并按实际服务情况结算。
（二）乙方连续两个季度考核不合格的，甲方有权解除合同。
（三）合同解除的，乙方应配合甲方完成运维工作交接，交接期间不得中断值守。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同。

第十三条 其他
磋商文件、响应文件、成交通知书及考核细则均为本合同的组成部分。乙方履约所需的人员、安全、交通等费用均已包含在合同总价中。服务期内国家或本省地质灾害监测技术规范发生变化的，乙方应按新规范调整运维工作。本合同一式五份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
"""

# ---------------------------------------------------------------- z05 (.md)
H1030Z05 = """# 工序追踪管理软件许可及定制开发合同

**（匠迹软件标准合同文本 V4.0）**

- 合同编号：JJ-HT-2026-1187
- 甲方（采购方）：苏州陆墓蛐蛐罐工作室
- 乙方（供应方）：苏州匠迹软件科技有限公司

甲方主要从事澄泥蛐蛐罐的手工制作与销售，现有制坯匠人九名、窑工三名，年产各类蛐蛐罐约八千只，产品主要通过线上店铺及花鸟市场销售。为记录练泥、拍坯、修坯、刻花、阴干、烧制等各道工序及匠人、窑次信息，实现成品溯源，甲方向乙方采购"匠迹工序追踪管理软件"许可并委托乙方进行定制开发。双方经友好协商，签订本合同。

## 第一条 合同内容及价格

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工序追踪管理软件许可 | 标准版，永久许可，10个用户 | 96,000 |
| 2 | 定制开发 | 窑烧记录模块、订单溯源模块、客户扫码查询小程序 | 138,000 |
| 3 | 实施部署 | 服务器部署、基础数据录入、工序模板配置 | 22,000 |
| 4 | 培训 | 现场培训两次 | 6,000 |
| | 合计 | | 262,000 |

合同总价为人民币贰拾陆万贰仟元整（262,000元），含税。

本合同价格不含甲方服务器、网络设备及第三方软件费用。甲方需自行准备符合乙方要求的服务器环境（配置要求见附件一），因服务器环境不符合要求导致的问题由甲方自行负责。

## 第二条 付款方式

1. 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即170,300元，乙方收款后启动项目。
2. 系统上线后5个工作日内，甲方支付剩余35%，即91,700元。
3. 甲方逾期付款的，乙方有权暂停实施或服务，由此造成的工期延误由甲方负责。
4. 乙方在收到每期款项后开具增值税普通发票。
5. 因乙方原因导致项目无法上线的，双方另行协商处理已付款项。

## 第三条 交付与上线

1. 乙方在收到首期款后60日内完成部署及定制开发，并通知甲方上线。
2. 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的新需求按变更另行收费。
3. 乙方提供电子版用户手册一份。
4. 定制开发内容以双方确认的《定制开发需求说明》为准，需求说明确认后，甲方提出的任何变更均应以书面形式提出，乙方评估工作量后另行报价。
5. 甲方应在上线前完成基础数据整理并配合测试，因甲方原因导致上线延迟的，乙方不承担责任。
6. 乙方提供的培训为两次现场培训，每次不超过半天，额外培训按每人天2,000元另行收费。
7. 乙方负责将甲方现有纸质工序记录中近两年的数据录入系统，录入数据量以五千条为限，超出部分另行收费。

## 第四条 知识产权

1. 匠迹工序追踪管理软件及其全部版本的知识产权归乙方所有。
2. 乙方为甲方定制开发的窑烧记录模块、订单溯源模块、扫码查询小程序及相关源代码、文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。
3. 乙方有权将定制开发成果纳入其标准产品向其他客户提供。
4. 甲方不得将软件安装在本合同约定以外的计算机上，用户数超过10个的，应按乙方报价另行购买许可。
5. 甲方对软件提出的改进建议，乙方可无偿采纳和使用。

## 第五条 免费维护与后续服务

1. 乙方自系统上线之日起提供六个月的免费维护，内容为缺陷修复和远程技术指导。
2. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准执行。
3. 维护期间，乙方在工作日9:00至17:30通过电话、微信或远程桌面提供技术支持，并尽合理努力协助甲方解决使用中遇到的问题。
4. 免费维护不包括因甲方误操作、服务器故障、病毒或第三方软件造成的问题，乙方处理此类问题按人天另行收费。
5. 年度维护服务内容包括缺陷修复、版本升级及远程技术支持；现场服务按次另行收费，每次1,500元，差旅费用另计。
6. 乙方有权对软件进行版本升级，升级后部分功能或操作方式可能发生变化，甲方应配合使用新版本。
7. 甲方未续签年度维护协议的，乙方不再提供任何技术支持；甲方再次签订时，应补缴中断期间的维护费用。

## 第六条 数据

1. 甲方录入的工序记录、匠人信息、窑次记录及客户订单数据归甲方所有。
2. 乙方应采取必要的技术措施保护甲方数据安全，包括服务器访问控制、数据每日备份和传输加密；发生数据泄露的，乙方应在48小时内通知甲方，因乙方过错造成的损失由乙方在本合同第八条约定的范围内承担。
3. 甲方同意，乙方可将甲方数据进行脱敏处理后用于产品改进、行业分析及向其他客户提供的工艺参考模板。
4. 甲方应自行做好数据的本地备份，因甲方未备份导致的数据丢失由甲方自行承担。
5. 乙方因系统维护需要访问甲方服务器及数据的，甲方应提供必要的远程访问权限。
6. 系统默认保存工序图片的期限为三年，超期图片由系统自动清理，甲方如需长期保存应自行导出。

## 第七条 保密

双方对因本合同获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。甲方同意乙方将本项目作为客户案例在其官网及宣传材料中展示。

## 第八条 违约责任

1. 乙方逾期完成部署的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的2%。
2. 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。
3. 无论基于何种原因，乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。
4. 因甲方提供的资料不准确或甲方未按约定配合导致的延误，不计入乙方逾期天数。
5. 乙方对因第三方服务（包括短信、云存储、支付接口）导致的服务中断不承担责任。

## 第九条 合同解除

1. 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。
2. 合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还。
3. 乙方因经营调整停止对本软件提供技术支持的，应提前60日通知甲方。

## 第十条 不可抗力

不可抗力包括自然灾害、政府行为、网络运营商故障、黑客攻击及计算机病毒等不能预见、不能避免并不能克服的客观情况。因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行或解除合同。

## 第十一条 法律适用与争议解决

1. 本合同适用中华人民共和国法律。
2. 因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。
3. 争议解决期间，甲方应继续支付无争议部分的款项。

## 第十二条 其他

1. 本合同为乙方标准合同文本，未尽事宜以乙方官方网站公布的服务条款为准。
2. 乙方保留对本合同文本的解释权。
3. 双方指定的联系人负责项目沟通，通知以书面或电子邮件方式送达合同首页所列地址即视为送达；一方联系方式变更的，应在3日内通知对方。
4. 附件一：服务器配置要求；附件二：功能清单；附件三：定制开发需求说明。附件与本合同具有同等效力。
5. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：＿＿＿＿＿＿　　　　乙方（签章）：＿＿＿＿＿＿

签订日期：＿＿＿＿年＿＿月＿＿日
"""

# ---------------------------------------------------------------- e01 (.pdf)
H1030E01 = """T:Software Licence and Services Agreement
P:Agreement No. HRS-CN-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Qingdao Haiyuan Tyre Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and Huachuca Reliability Software, Inc., an Arizona corporation with its principal office in Sierra Vista, Arizona, United States of America (the "Vendor").
P:The Customer wishes to replace the maintenance management tools used at its Qingdao and Weifang tyre plants with the Vendor's ReliaTrack maintenance and reliability software, and the Vendor has agreed to license that software and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the ReliaTrack Enterprise software in object code, version 9 or later, together with its database schemas, mobile client and documentation.
P:1.2 "Services" means the implementation, configuration, data migration, interface development and training described in Annex 1.
P:1.3 "Custom Deliverables" means the interfaces, reports, workflow configurations, migration scripts and other work product prepared by the Vendor specifically for the Customer under this Agreement.
P:1.4 "Customer Data" means all asset registers, work orders, maintenance histories, sensor readings, personnel records and other data entered into or generated by the Software in the Customer's environment.
P:1.5 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Services meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 260 named users and 45 concurrent mobile users at the Customer's plants in the People's Republic of China, for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Software for back-up, testing and disaster recovery, and may allow its affiliates and contractors to use the Software on its behalf.
P:2.3 The licence is not subject to any annual renewal or continuing fee; it survives any expiry or termination of support.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,800,000, inclusive of all taxes, made up of the licence fee of CNY 1,260,000, implementation services of CNY 486,000 and training of CNY 54,000.
P:3.2 The price is fixed. Travel, accommodation and third-party components needed to deliver the Software and the Services are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within twenty days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 35% of the total price within twenty days after the Software has been installed in the Customer's production environment and the Vendor has delivered the installation report. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 45% of the total price within twenty days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account of the Vendor's appointed agent in Shanghai stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver and install the Software within thirty days after signature, and shall complete the Services so that the Software is ready for acceptance testing within one hundred and forty days after signature.
P:5.2 Acceptance testing follows the test plan in Annex 2 and includes: (a) every function listed in the requirements specification works as described; (b) the migrated asset register and five years of work-order history reconcile with the legacy system, record by record; (c) the interfaces with the Customer's ERP and the plant historian transfer data without loss for ten consecutive working days; (d) the mobile client works on the Customer's devices in all production halls; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 After a successful test run of sixty days in production, the Customer shall issue the Final Acceptance certificate. Go-live, productive use or any payment does not in itself constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defects within fifteen days and repeat the test at its own cost.
H:Article 6 Delay
P:6.1 If the Vendor fails to meet a date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:6.2 If the delay exceeds sixty days, the Customer may also terminate this Agreement under Article 14.
H:Article 7 Warranty
P:7.1 The Vendor warrants for eighteen months from Final Acceptance that the Software will perform substantially in accordance with its documentation and the requirements specification, and that the Services have been performed with professional skill and care.
P:7.2 During the warranty period the Vendor shall correct defects, supply patches and new releases, and provide the support described in Article 8 free of charge.
H:Article 8 Support and Service Levels
P:8.1 The Vendor shall provide support by telephone, e-mail and remote session in Chinese and English, twenty-four hours a day for Severity 1 incidents and during Beijing business hours for all others.
P:8.2 Severity 1 means that the Software is unavailable or that work orders cannot be created at a plant. The Vendor shall respond to a Severity 1 incident within one hour and provide a workaround or fix within eight hours. Severity 2 incidents shall be answered within two hours and fixed within two business days; Severity 3 within one business day and fixed in the next release.
P:8.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, it shall pay the Customer CNY 1,000, which the Customer may deduct from any amount payable.
P:8.4 After the warranty period, the Vendor shall offer annual support on the same terms at 11% of the licence fee per year, that is CNY 138,600, fixed for the three years following the warranty period. Support is ordered by the Customer each year and does not renew automatically.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not copy, retain, disclose or use it for any other purpose.
P:9.2 The Software is installed in the Customer's own data centre. Remote access by the Vendor shall take place only through the Customer's bastion host, after per-session approval, with all sessions recorded. The Vendor shall not transfer Customer Data outside the People's Republic of China.
P:9.3 The Vendor shall comply with the Customer's information security policies and with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.4 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to Customer Data and shall bear the losses caused by a security incident attributable to it.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all rights in the Software.
P:10.2 All Custom Deliverables, including source code and documentation, belong to the Customer upon creation. The Customer may use, modify and license them freely. The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance.
P:10.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 11 Confidentiality
P:11.1 Information of the other party that is not public, including the Customer's production data, plant layouts and cost figures, shall be held in confidence by the receiving party, used only for this Agreement and not passed to third parties. This obligation continues for five years after the end of this Agreement.
H:Article 12 Liability
P:12.1 The aggregate liability of the Vendor arising out of this Agreement is capped at 150% of the total price. The cap does not cover death or personal injury, wilful misconduct, infringement claims or breach of Article 9.
H:Article 13 Subcontracting
P:13.1 No part of the Services may be subcontracted unless the Customer has first agreed in writing. The Vendor answers for any subcontractor as for itself.
H:Article 14 Termination
P:14.1 If a party materially breaches this Agreement and has not cured the breach thirty days after written notice, the other party may terminate this Agreement with immediate effect by written notice.
P:14.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for Services not accepted, and the licence already granted remains in force.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Arizona, United States of America, without regard to its conflict-of-law rules.
P:15.2 The parties shall first try to settle any dispute by negotiation between senior managers. A dispute not settled within thirty days shall be finally resolved by arbitration in Phoenix, Arizona, under the Commercial Arbitration Rules of the American Arbitration Association, conducted in English by one arbitrator.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Scope of Services) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject. It may be amended only in writing signed by both parties.
P:16.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md)
H1030E02 = """# ORDER FORM AND GENERAL TERMS — AUDITLOOP SUPPLIER QUALITY PLATFORM

Order Form No. VVQ-OF-2026-118

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Verde Valley Quality Systems LLC, an Arizona limited liability company, Camp Verde, Arizona, United States of America.
- **Customer:** Foshan Lianmu Furniture Manufacturing Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Services

The Provider will provide the AuditLoop supplier quality platform as a hosted service (the "Subscription Service"), including: supplier onboarding and self-assessment questionnaires; factory audit scheduling and mobile audit checklists; corrective-action tracking; incoming inspection records; supplier scorecards; and the reporting dashboard. The subscription covers 120 named internal users, 400 supplier accounts and 50 GB of document storage. The Provider will also deliver the one-time onboarding services described in A4.

### A3. Subscription Term and Fees

The Subscription Term is twenty-four months, made of two Subscription Years, starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A4. The Subscription Term ends at the end of the second Subscription Year. Any further term requires a new Order Form signed by both parties; there is no automatic renewal.

| Item | Description | Unit | Quantity | Amount (CNY) |
|---|---|---|---|---|
| 1 | AuditLoop Enterprise subscription, Subscription Year 1 | year | 1 | 356,000 |
| 2 | AuditLoop Enterprise subscription, Subscription Year 2 | year | 1 | 356,000 |
| 3 | Onboarding: configuration, supplier data import, ERP connector, training | one-time | 1 | 48,000 |
| | **Total Fees** | | | **760,000** |

All amounts include VAT. Additional storage above 50 GB is charged at CNY 90 per GB per month and is not part of the Total Fees. The subscription fee for a Subscription Year does not change during the Subscription Term.

### A4. Onboarding and Go-Live Acceptance

1. The Provider will complete onboarding within sixty days after signature of this Order Form. Onboarding includes: configuration of the Customer's audit templates, defect codes and approval workflows; import of 380 active supplier records and three years of audit history; the connector to the Customer's ERP for purchase orders and goods receipts; and two training sessions for quality engineers and buyers.
2. Go-Live Acceptance tests, run by the Customer with the Provider's support, check that: (a) every imported supplier record and audit history item reconciles with the Customer's source files; (b) purchase orders and goods receipts flow from the ERP to the Subscription Service for ten consecutive working days without error; (c) the mobile checklist works offline and synchronises when reconnected; and (d) the workflows route approvals as configured.
3. When the tests pass, the Customer signs a Go-Live Acceptance certificate. Use of the Subscription Service before that date for testing or training is not acceptance.
4. If onboarding is not ready for Go-Live Acceptance tests by the date in A4.1 for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay.

### A5. Invoicing and Payment

1. Subscription fees are invoiced quarterly in advance, starting on the Subscription Start Date, and are payable within thirty days after receipt of a valid VAT invoice.
2. The onboarding fee is invoiced after Go-Live Acceptance and is payable within thirty days after receipt of the invoice.
3. No amount is payable before the Subscription Start Date.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, Asia Pacific. Customer contact: Head of Supplier Quality, Foshan plant. Notices must be in writing and sent to the addresses above.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Provision of the Subscription Service

1.1 The Provider will make the Subscription Service available to the Customer during the Subscription Term in accordance with this Agreement and the documentation.

1.2 The Customer may permit its affiliates, employees and contractors, and its suppliers through supplier accounts, to use the Subscription Service for the Customer's business.

1.3 The Provider may update the Subscription Service from time to time, provided that an update does not materially reduce its functionality.

### 2. Service Levels

2.1 The Subscription Service will be available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 Beijing time.

2.2 Priority 1 means that the Subscription Service is unavailable to all users or that audit records cannot be saved. The Provider will respond to a Priority 1 incident within eight hours and will work continuously until it is resolved. Priority 2 incidents will be answered within one business day and Priority 3 incidents within three business days.

2.3 If availability in a month falls below the level in 2.1, the Customer will receive a service credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to half of that month's fee. Credits are deducted from the next invoice.

### 3. Customer Data

3.1 As between the parties, the Customer owns all data, documents and images that the Customer, its users or its suppliers upload to the Subscription Service ("Customer Data").

3.2 The Customer grants the Provider a licence to host, copy and process Customer Data to provide the Subscription Service.

3.3 The Customer also grants the Provider a perpetual, irrevocable licence to use Customer Data in aggregated and de-identified form to compile industry benchmarks, improve its products and train the scoring models offered to all of its customers. This licence continues after the end of the Agreement.

### 4. Data Security

4.1 The Provider will host the Subscription Service and Customer Data in a data centre in mainland China operated by a licensed cloud provider, and will maintain a security programme that includes encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging and annual penetration testing.

4.2 The Provider will notify the Customer of any security incident affecting Customer Data within twenty-four hours after discovering it, will cooperate in investigating and remedying it, and will be responsible for the losses and costs the incident causes to the extent it was caused by the Provider's breach of this Section 4.

4.3 The Provider will comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data.

### 5. Intellectual Property

5.1 The Provider owns the Subscription Service, its software and its standard templates.

5.2 Audit templates, defect code libraries, workflows and reports configured specifically for the Customer, and the ERP connector scripts, belong to the Customer, which may use, modify and license them freely. The Provider will export them on request in an editable format.

### 6. Confidentiality

6.1 A party receiving non-public information from the other party will protect it as confidential, use it only for this Agreement and share it only with employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the end of the Agreement.

### 7. Subcontracting

7.1 The Provider may not subcontract the performance of the Subscription Service or the onboarding services, other than to the hosting provider named in its offer, without the Customer's prior written consent.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential losses or loss of profit.

8.2 The Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

### 9. Term and Termination

9.1 This Agreement runs for the Subscription Term.

9.2 If the other party commits a material breach that remains unremedied thirty days after written notice, a party may terminate this Agreement by written notice. On termination for the Provider's breach, the Provider will refund any prepaid fees for the period after termination.

9.3 Within thirty days after the end of the Agreement, the Provider will return Customer Data in a standard format and then delete it, except as set out in Section 3.3.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising from this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Neither party is in breach for a failure caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

11.2 Neither party may assign this Agreement without the other party's written consent. This Agreement is the entire agreement between the parties on its subject and may be changed only in writing signed by both parties.
"""

# ---------------------------------------------------------------- e03 (.docx)
H1030E03 = """T:Supply Contract for Kiln and Mill Condition Monitoring System
P:Contract No. QSC-EQ-2026-0276
P:Buyer: Anhui Qingshan Cement Co., Ltd., Chizhou, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Hassayampa Sensing Technologies, Inc., Wickenburg, Arizona, United States of America (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software. The Buyer wishes to install wireless vibration and temperature monitoring on the kilns, raw mills, cement mills and fans of its two clinker lines, with a perpetual licence to the Supplier's monitoring software, and the Supplier has agreed to supply, install and commission them.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's CrestWatch condition monitoring software, including its analytics modules, mobile application and documentation.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 "Buyer Data" means all measurements, alarms, asset information, reports and other data collected or produced by the System.
P:1.5 "Final Acceptance" means the Buyer's signed certificate under Clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply the items below at the following prices, in CNY, including VAT, delivery to site and insurance:
TB:No.|Item|Quantity|Unit price|Amount
TB:1|Wireless triaxial vibration and temperature sensor, ATEX rated|240|3,150|756,000
TB:2|Industrial wireless gateway with 4G back-up|16|12,400|198,400
TB:3|CrestWatch software, perpetual licence for 300 assets|1|412,000|412,000
TB:4|Edge server, redundant pair|2|38,800|77,600
TB:|Hardware and Licence Subtotal|||1,444,000
TB:5|Installation, mounting and commissioning|1|126,000|126,000
TB:6|Integration with the Buyer's DCS and maintenance system|1|94,000|94,000
TB:7|Training of operators and maintenance engineers|1|16,000|16,000
TB:|Contract Price|||1,680,000
P:2.2 The Contract Price is fixed and includes all costs of the Supplier, including travel, tools, customs clearance and taxes.
P:2.3 The licence in item 3 is perpetual, irrevocable and non-exclusive, and allows the Buyer to use the Software at its Chizhou plant and at any replacement site.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the Buyer's plant within seventy days after signature of this Contract.
P:3.2 Installation shall be carried out during the kiln maintenance shutdowns notified by the Buyer and shall be completed within forty-five days after delivery. The Supplier's personnel shall follow the Buyer's safety rules and permit-to-work system.
P:3.3 If the Supplier fails to deliver or to complete installation by the dates in this Clause for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds sixty days, the Buyer may terminate this Contract under Clause 14.
P:3.4 The Supplier shall provide packing lists, certificates of origin, a calibration certificate for every sensor and the installation drawings with each delivery. Risk in the Equipment passes to the Buyer on delivery to site, and title passes on payment under Clause 4.2.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price within fifteen working days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 Delivery and installation payment: 55% of the Contract Price within twenty working days after all Equipment has been installed and the installation report has been signed. Signature of the installation report confirms quantities only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price within twenty working days after Final Acceptance.
H:5. Testing and Acceptance
P:5.1 After commissioning, the System shall run for thirty consecutive days under normal production.
P:5.2 Final Acceptance requires that: (a) every sensor reports at the configured interval, with data loss below one reading in a thousand over the test run; (b) measured vibration values agree with the Buyer's calibrated portable analyser within the tolerance stated in the technical specification; (c) alarms reach the DCS and the maintenance system within ten seconds; (d) the analytics modules detect the seeded bearing and misalignment faults in the test plan; and (e) no Severity 1 incident occurred in the last fifteen days of the run.
P:5.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate. Installation, commissioning, use of the System or any payment does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, supply software updates and new versions, and provide the support in Clause 7.
P:6.2 Replacement sensors shall be dispatched from the Supplier's spare parts stock in Shanghai within three working days.
P:6.3 After the warranty period, the Supplier shall provide annual support on the same terms for 8% of the Hardware and Licence Subtotal per year, that is CNY 115,520 per year. This fee is fixed for the first three years after the warranty period. Annual support is ordered by the Buyer each year by purchase order and does not renew automatically.
P:6.4 The warranty does not cover damage caused by misuse by the Buyer, by modifications not approved by the Supplier or by force majeure. Sensor batteries that fail during the warranty period are replaced free of charge.
H:7. Support and Service Levels
P:7.1 Incident severities are: Severity 1, the System or the alarm function is not available for a whole line; Severity 2, part of the System or one analytics module is not available; Severity 3, any other fault or question.
P:7.2 The Supplier shall respond to a Severity 1 incident within thirty minutes, twenty-four hours a day, and restore the alarm function within eight hours, with an engineer on site within two days where remote work is not enough. Severity 2 incidents shall be answered within two hours and fixed within two working days; Severity 3 within one working day.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Contract and shall not copy, keep, disclose or use it for any other purpose, including product development or benchmarking.
P:8.2 The System is installed on the Buyer's network. Remote access by the Supplier shall be approved by the Buyer for each session, made through the Buyer's secure gateway and recorded. No Buyer Data shall leave the Buyer's network without written approval.
P:8.3 The Supplier shall comply with the Buyer's cybersecurity rules for industrial control systems, the Data Security Law and the Cybersecurity Law of the People's Republic of China.
P:8.4 The Supplier shall notify the Buyer of any security incident within six hours after discovering it, shall cooperate in remedying it, and shall bear all losses caused by an incident attributable to the Supplier.
H:9. Intellectual Property
P:9.1 The Supplier retains ownership of the Software.
P:9.2 The DCS and maintenance system interfaces, asset models, alarm thresholds and reports prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source files at Final Acceptance.
H:10. Confidentiality
P:10.1 Neither party shall disclose to others any technical or commercial information it has obtained from the other party under this Contract unless the other party has agreed in writing, and each party shall use such information solely for performing this Contract. These duties remain in force for five years after the Contract ends.
H:11. Liability
P:11.1 Any liability of the Supplier arising from this Contract shall in aggregate not exceed two times the Contract Price. Claims for death or bodily injury, for intentional wrongdoing and for breach of Clause 8 or Clause 10 are outside this limit.
H:12. Subcontracting
P:12.1 Any subcontracting of the work requires the Buyer's prior written approval. Mechanical mounting work may be given to a local installer once the Buyer has approved that installer in writing. The Supplier answers for all subcontracted work as for its own.
H:13. Force Majeure
P:13.1 A party prevented from performing by force majeure shall notify the other party promptly and shall be excused for the duration of the event.
P:13.2 If force majeure continues for more than ninety days, either party may terminate this Contract by written notice, and the parties shall settle the value of the work performed.
H:14. Termination
P:14.1 Where the Supplier materially breaches this Contract and the breach is not cured within fifteen days after the Buyer's written notice, or where the maximum delay damages under Clause 3.3 have accrued, the Buyer may end this Contract by written notice.
H:15. Governing Law and Disputes
P:15.1 The laws of the People's Republic of China govern this Contract.
P:15.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final.
H:16. General
P:16.1 This Contract is made in English and Chinese, and both versions have equal effect.
P:16.2 The technical specification, the acceptance test plan and the training plan are annexes to this Contract and form part of it.
P:16.3 Changes to this Contract must be in writing and signed by both parties.
P:Signed for and on behalf of the Buyer: ______________    Signed for and on behalf of the Supplier: ______________
"""

# ---------------------------------------------------------------- e04 (.md)
H1030E04 = """# Managed IT Services Agreement

**Agreement No. HMS-HZ-2026-007**

**Between** Hangzhou Xinyue Retail Co., Ltd., Gongshu District, Hangzhou, Zhejiang Province, People's Republic of China (the "Customer"),

**and** Havasu Managed Services, Inc., an Arizona corporation, Lake Havasu City, Arizona, United States of America, acting through its Shanghai branch office (the "Provider").

**Background.** The Customer operates a head office, two distribution centres and seventy-two retail stores in Zhejiang and Jiangsu. It wishes to outsource its IT service desk, end-user support, store network monitoring and device management to the Provider for a fixed term of thirty-six months, on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.5 "Customer Data" means all data of the Customer, its staff and its customers that the Provider receives or can access in performing the Services, including user accounts, device inventories, tickets, network configurations and point-of-sale logs.

## 2. Term

2.1 This Agreement starts on signature and continues until thirty-six months after the Service Commencement Date (the "Term").

2.2 At the end of the Term the parties may agree an extension in writing. There is no automatic renewal.

## 3. Services

3.1 From the Service Commencement Date the Provider shall perform the Services in accordance with Schedule 1, the Service Levels and good industry practice.

3.2 The Provider shall staff the service desk in Hangzhou with Mandarin-speaking engineers and shall maintain field engineers within reach of every site.

3.3 The Provider shall keep the asset register, knowledge base and network documentation up to date and shall make them available to the Customer at any time.

3.4 The Provider shall attend a monthly service review with the Customer and present a report on ticket volumes, Service Level performance, recurring problems and improvement actions.

## 4. Transition and Transition Acceptance

4.1 The Provider shall complete the transition within sixty days after signature. Transition includes knowledge transfer from the Customer's current supplier, set-up of the ticketing tool and monitoring platform, onboarding of all sites and devices, and a parallel run of ten working days.

4.2 Transition Acceptance requires that: (a) all sites, network devices and end-user devices listed in Schedule 1 appear in the monitoring platform and the asset register; (b) the service desk has handled live tickets for ten working days and met the Service Levels; (c) the runbooks for store opening, point-of-sale failure and network outage have been tested with the Customer; and (d) the escalation contacts and reporting have been approved by the Customer.

4.3 When the criteria are met the Customer shall sign the Transition Acceptance certificate. Start of live ticket handling alone is not acceptance.

4.4 If the transition is not ready for Transition Acceptance by the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges set out in Schedule 3. The Charges are fixed for the Term.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service fee is invoiced monthly in arrears, for the first time at the end of the first month after the Service Commencement Date.

5.3 Invoices are payable within thirty days after receipt of a valid VAT invoice. No amount is payable in advance.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2.

6.2 If the Provider misses a Service Level in a month, the Customer shall receive the service credits set out in Schedule 2, deducted from the next invoice. Service credits do not limit the Customer's right to claim damages.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not sell it, disclose it or use it for any other purpose.

7.2 At the end of the Term the Provider shall return all Customer Data in its possession to the Customer in a usable format.

## 8. Intellectual Property

8.1 Runbooks, scripts, monitoring templates, reports and documentation produced by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a successor supplier.

8.2 The Provider's ticketing and monitoring tools remain the Provider's property. The Provider shall export the Customer's tickets and configurations from them on request.

## 9. Confidentiality

9.1 Non-public business, technical and financial information of one party that the other party receives shall be held in confidence, used only for this Agreement and not disclosed to third parties without prior written consent. This obligation continues for three years after the end of the Term.

## 10. Personnel and Subcontracting

10.1 The Provider shall name a service delivery manager who shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.

10.2 Subcontracting of any part of the Services requires the Customer's prior written consent. The Provider is liable for an approved subcontractor's acts as for its own.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term.

## 12. Continuity of Services

12.1 This Agreement is a fixed-term agreement. Neither party may terminate it before the end of the Term, whether for breach or for convenience. If the Provider fails to perform, the Customer's remedies are service credits under Section 6, delay payments under Section 4.4 and damages under Section 11, and the Provider shall continue to perform the Services.

12.2 At the end of the Term the Provider shall provide reasonable exit assistance for up to sixty days at the rates in Schedule 3, including handover of documentation and knowledge transfer to the Customer or its new supplier.

## 13. Force Majeure

13.1 A party affected by force majeure shall notify the other party without delay. Its obligations are suspended for the duration of the event, and the Charges for Services not performed are not payable.

13.2 If force majeure prevents the Services at a site for more than thirty days, the parties shall agree in writing how the Services and the Charges for that site are adjusted.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules. The award is final.

## 15. General

15.1 This Agreement with its Schedules is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. The Schedules form part of this Agreement.

15.2 Each party shall appoint a contract manager and shall notify the other party in writing of any change of that person.

## Schedule 1 — Services and Scope

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and chat support in Mandarin for about 1,150 users; ticket logging, first-line resolution, escalation | 07:00–23:00, seven days a week |
| End-user support | Desktops, laptops, store tablets, printers and point-of-sale terminals at all sites; imaging, repair coordination, moves | 08:00–22:00, seven days a week |
| Network monitoring | Store routers, switches and wireless access points; alerting, carrier liaison, remote configuration | Around the clock |
| Device management | Patch deployment, antivirus console administration, asset register, software licence tracking | Business days |
| Reporting | Monthly service report and service review; quarterly improvement plan | Monthly |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | A store cannot sell, or the head office or a distribution centre has no network | 30 minutes | 6 hours | 3% of the monthly service fee per incident |
| P2 | Several users or one store function affected, with a workaround | 1 hour | 1 business day | 1% of the monthly service fee per incident |
| P3 | Single user problem or request | 8 business hours | 3 business days | 2% of the monthly service fee if fewer than nine in ten P3 tickets meet target |

Total service credits in a month are limited to one fifth of that month's service fee.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 84,000 |
| Monthly service fee | 36 months × CNY 68,500 | 2,466,000 |
| **Total Charges for the Term** | | **2,550,000** |
| Exit assistance, additional projects | Per engineer day, only if ordered | 2,600 per day |

All Charges include VAT. The number of users and devices may vary by up to one tenth without change to the monthly service fee.
"""

# ---------------------------------------------------------------- e05 (.txt)
H1030E05 = """DATA SUBSCRIPTION AGREEMENT
PORTPULSE VESSEL AND PORT CONGESTION DATA API

Agreement No. MDF-2026-CN-0093

PARTIES

Mohave Data Feeds, Inc., a Delaware corporation with its principal place of business in Bullhead City, Arizona, United States of America ("Mohave").

Xiamen Haichen Supply Chain Management Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer").

BACKGROUND

Customer manages ocean and multimodal freight for exporters in Fujian and Guangdong. It wishes to receive Mohave's vessel position, port call and congestion data through an application programming interface and to use it in its own shipment visibility platform and customer portal. Mohave has agreed to provide the data and related services for two Subscription Years on the terms below.

1. DEFINITIONS

1.1 "Licensed Data" means the vessel positions, estimated and actual arrival and departure times, berth and anchorage waiting times, port congestion indices and related data delivered by Mohave through the API.

1.2 "API" means Mohave's PortPulse REST and streaming interfaces, with their documentation and keys.

1.3 "Customer Inputs" means the shipment lists, bookings, container numbers, customer names, queries and other data that Customer sends to the API or uploads to the Mohave portal.

1.4 "Subscription Year" means the one-year period starting on the Subscription Start Date, and each following one-year period starting on an anniversary of that date.

1.5 "Subscription Start Date" means the date of Integration Acceptance under Section 4.

2. SUBSCRIPTION AND LICENCE

2.1 Mohave grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use the Licensed Data in Customer's internal operations and in its shipment visibility platform.

2.2 Customer may display Licensed Data to its own shippers and consignees through its customer portal, reports and notifications, in the context of their shipments. Customer shall not resell the Licensed Data as a stand-alone data feed.

2.3 The subscription covers up to 2,500,000 API calls per month, tracking of up to 18,000 active containers at any time and coverage of the ports listed in the API documentation. Calls above that volume are charged as set out in Section 3.4.

2.4 The Subscription Term consists of two Subscription Years and then renews as set out in Section 11.

2.5 Mohave shall maintain coverage of at least the ports listed in the documentation on the Subscription Start Date and shall not withdraw coverage of a port during the Subscription Term without offering an equivalent source.

3. FEES AND PAYMENT

3.1 Fees (CNY, including VAT):

    Subscription Year 1 ......................................... 298,000
    Subscription Year 2 ......................................... 298,000
    Integration and onboarding services (one-time) .............. 26,000
    TOTAL FEES .................................................. 622,000

3.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year, the first on the Subscription Start Date.

3.3 The integration and onboarding fee is invoiced after Integration Acceptance. No fee is payable before the Subscription Start Date.

3.4 API calls above the monthly volume in Section 2.3 are charged at CNY 18 per thousand calls, invoiced quarterly in arrears. Overage charges are not part of the Total Fees.

3.5 Invoices are payable within thirty days after receipt of a valid VAT invoice issued by Mohave's billing agent in Shanghai.

4. INTEGRATION AND ACCEPTANCE

4.1 Mohave shall provide API keys for the test environment within ten days after signature and shall, within forty-five days after signature, complete the integration services: mapping of Customer's port codes and carrier codes to the Licensed Data, a connector to Customer's visibility platform, and training for Customer's developers and operations staff.

4.2 Integration Acceptance requires that: (a) the connector runs for ten consecutive days without data loss; (b) at least nineteen in twenty of Customer's active containers in a sample of one thousand are matched to a vessel and a port call; (c) arrival estimates for the sample are updated at least every thirty minutes while the vessel is under way; and (d) the streaming interface delivers position updates to Customer's platform within sixty seconds.

4.3 When the criteria are met, Customer shall sign an Integration Acceptance certificate. Access to the test environment or early use of the Licensed Data is not acceptance.

4.5 Mohave shall provide a named technical account manager during the integration period and throughout the Subscription Term.

4.4 If the integration services are not ready for Integration Acceptance by the date in Section 4.1 for reasons attributable to Mohave, Mohave shall pay Customer CNY 500 for each day of delay, deducted from the integration and onboarding fee and then from subscription invoices.

5. SERVICE LEVELS

5.1 The API shall be available 99.95% of the time in each calendar month, measured at Mohave's gateway, excluding scheduled maintenance announced at least three days in advance.

5.2 Severity 1 means that the API is unavailable, or that the Licensed Data for a covered port has not been updated for more than two hours. Mohave shall respond to a Severity 1 incident within one hour, at any time, and shall keep working on it until it is resolved. Severity 2 incidents shall be answered within three hours during Beijing business hours, and Severity 3 within two business days.

5.3 If monthly availability falls below the level in Section 5.1, Customer shall receive a credit of 5% of the monthly share of the current subscription fee for each started 0.1 percentage point below that level, up to that whole monthly share. A Severity 1 response more than one hour late earns a credit of CNY 1,000 per started hour. Credits are deducted from the next invoice.

5.4 Mohave shall publish a status page for the API and send Customer a monthly service report showing availability, incidents and data latency for the covered ports.

6. CUSTOMER INPUTS AND DATA PROTECTION

6.1 Customer Inputs belong to Customer. Mohave may use Customer Inputs only to provide the API and the services under this Agreement, and shall not sell them, combine them with data of other customers, or use them to build or improve any product.

6.2 Mohave shall process Customer Inputs on servers located in mainland China, shall encrypt them in transit and at rest, shall restrict access to named staff with multi-factor authentication, and shall keep access logs for at least one year.

6.3 Mohave shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss of, Customer Inputs, shall take immediate remedial action and shall compensate Customer for the losses caused by an incident attributable to Mohave.

6.4 Within thirty days after the end of this Agreement, Mohave shall delete all Customer Inputs and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Mohave and its licensors retain all rights in the API and the Licensed Data.

7.2 The port and carrier code mappings, connector code and dashboards prepared by Mohave for Customer under Section 4 belong to Customer, which may use, modify and license them freely. Mohave shall deliver their source code at Integration Acceptance.

7.3 Mohave shall defend Customer against any third-party claim that the use of the API or the Licensed Data in accordance with this Agreement infringes that party's rights, and shall pay the resulting damages and costs.

8. SUBCONTRACTING

8.1 Mohave shall not subcontract the integration services or the operation of the API without Customer's prior written consent. Mohave's data sources are not subcontractors.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss, including loss of profit.

9.2 Mohave's total liability under this Agreement is limited to two times the Total Fees. The limit does not apply to breach of Section 6, infringement claims, wilful misconduct or gross negligence.

10. TERMINATION

10.1 A party may end this Agreement by written notice where the other party is in material breach and has left the breach uncured for thirty days after being notified of it in writing.

10.2 If Customer terminates under Section 10.1, Mohave shall refund the fees paid for the period after termination.

10.3 On expiry or termination, Customer may keep Licensed Data already stored in the historical shipment records of its own customers, but shall stop retrieving new data from the API.

11. RENEWAL

11.1 After the second Subscription Year, this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current Subscription Year.

11.2 The subscription fee for each renewal year is Mohave's list price in force at the start of that year. Mohave may increase the fee on renewal by notice in its renewal invoice, and the increase applies unless Customer gives notice of non-renewal in time.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from or in connection with this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above, with a copy by e-mail.

13.2 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over its business.

13.3 This Agreement is the entire agreement of the parties on its subject and may be changed only by a written document signed by both parties.

SIGNATURES

For Mohave: ____________________          For Customer: ____________________
"""

# ================================================================ files, labels, checks
FILES = {  # key: (file name, format, source)
    "z01": ("h1030z01_county_forestry_public_welfare_forest_platform.pdf", "pdf", H1030Z01),
    "z02": ("h1030z02_head_massager_factory_line_control_retrofit.docx", "docx", H1030Z02),
    "z03": ("h1030z03_sketch_school_chain_booking_membership_saas.txt", "txt", H1030Z03),
    "z04": ("h1030z04_natural_resources_slope_radar_annual_om.txt", "txt", H1030Z04),
    "z05": ("h1030z05_cricket_pot_studio_process_tracking_supplier_template.md", "md", H1030Z05),
    "e01": ("h1030e01_tyre_maker_cmms_perpetual_licence_sierra_vista.pdf", "pdf", H1030E01),
    "e02": ("h1030e02_supplier_quality_saas_order_form_camp_verde.md", "md", H1030E02),
    "e03": ("h1030e03_cement_condition_monitoring_sensors_wickenburg.docx", "docx", H1030E03),
    "e04": ("h1030e04_retail_managed_it_services_lake_havasu_city.md", "md", H1030E04),
    "e05": ("h1030e05_port_congestion_data_api_bullhead_city.txt", "txt", H1030E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
T, F, N = True, False, None
# per draft: language, category, value, terms (in TERM_KEYS order), extra, and design-only facts
D = {
    "z01": dict(lang="zh", cat="software", value=1450000,
                t=[99.5, 0.5, T, "buyer", T, T, T, N, N, 20, T, T, 24, 9, F, T, F, "PRC", "goods_or_licence"],
                sla=T, ld_stated=F, capped=T, deemed=F, base=628000, forum_out=F,
                design=["CR-LD-MISSING", "CR-SLA-AVAILABILITY"]),
    "z02": dict(lang="zh", cat="hardware", value=1980000,
                t=[N, 0.5, T, "buyer", T, T, T, 0.08, N, 10, T, T, 18, 28, F, T, T, "PRC", "goods_or_licence"],
                sla=T, ld_stated=T, capped=T, deemed=F, base=1621200, forum_out=F,
                design=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(lang="zh", cat="cloud", value=538000,
                t=[99.95, 0.25, F, "buyer", T, T, T, 0.1, 200, N, T, N, N, N, T, T, F, "PRC", "service"],
                sla=T, ld_stated=T, deemed=F, forum_out=F,
                design=["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"]),
    "z04": dict(lang="zh", cat="services", value=486000,
                t=[99.95, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", "service"],
                sla=T, ld_stated=T, deemed=F, forum_out=F, design=[]),
    "z05": dict(lang="zh", cat="software", value=262000,
                t=[N, N, F, "supplier", T, F, T, 0.02, 20, 65, F, F, 6, N, F, T, N, "PRC", "goods_or_licence"],
                sla=F, ld_stated=T, capped=F, deemed=T, base=96000, forum_out=F,
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software", value=1800000,
                t=[N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 11, F, T, F, "Arizona", "goods_or_licence"],
                sla=T, ld_stated=T, capped=T, deemed=F, base=1260000, forum_out=T,
                design=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud", value=760000,
                t=[99.95, 8, T, "buyer", T, F, T, 600 / 760000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC",
                   "service"],
                sla=T, ld_stated=T, deemed=F, forum_out=F,
                design=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"]),
    "e03": dict(lang="en", cat="hardware", value=1680000,
                t=[N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 8, F, T, F, "PRC", "goods_or_licence"],
                sla=T, ld_stated=T, capped=T, deemed=F, base=1444000, forum_out=F, design=[]),
    "e04": dict(lang="en", cat="services", value=2550000,
                t=[N, 0.5, T, "buyer", F, T, T, 2000 / 2550000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", "service"],
                sla=T, ld_stated=T, deemed=F, forum_out=F,
                design=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(lang="en", cat="cloud", value=622000,
                t=[99.95, 1, T, "buyer", T, T, F, 500 / 622000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", "service"],
                sla=T, ld_stated=T, deemed=F, forum_out=F,
                design=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
}

# price and payment arithmetic of the texts
assert 628000 + 574000 + 163000 + 85000 == 1450000 and 20 + 45 + 35 == 100
assert 708000 + 114000 + 331200 + 252000 + 216000 == 1621200 and 6 * 118000 == 708000 and 12 * 9500 == 114000
assert 24 * 13800 == 331200 and 6 * 42000 == 252000 and 6 * 36000 == 216000
assert 1621200 + 186000 + 148800 + 24000 == 1980000 and 10 + 35 + 50 + 5 == 100 and 1621200 * 28 // 100 == 453936
assert 30 * 6800 * 2 + 36000 * 2 + 58000 == 538000
assert 8 * 24500 + 128000 + 112000 + 50000 == 486000
assert 96000 + 138000 + 22000 + 6000 == 262000 and 262000 * 65 // 100 == 170300 and 262000 - 170300 == 91700
assert 628000 * 9 // 100 == 56520
assert 1260000 + 486000 + 54000 == 1800000 and 1260000 * 11 // 100 == 138600 and 20 + 35 + 45 == 100
assert 356000 * 2 + 48000 == 760000
assert 240 * 3150 == 756000 and 16 * 12400 == 198400 and 2 * 38800 == 77600
assert 756000 + 198400 + 412000 + 77600 == 1444000 and 1444000 + 126000 + 94000 + 16000 == 1680000
assert 1444000 * 8 // 100 == 115520 and 10 + 55 + 35 == 100
assert 36 * 68500 == 2466000 and 2466000 + 84000 == 2550000
assert 298000 * 2 + 26000 == 622000

THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(d):
    t = dict(zip(TERM_KEYS, d["t"]))
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return post / (d["value"] + post) * 100


def derive(d):
    """My reading of policy §3."""
    t = dict(zip(TERM_KEYS, d["t"]))
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    return "medium" if any(r not in LOW for r in rules) else "low"


def label(key):
    d = D[key]
    terms = dict(zip(TERM_KEYS, d["t"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    else:
        assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        assert terms["final_payment_on_acceptance"] is None or key in ()
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(d)}


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?![0-9])\s*(%|％|per\s*cent|percent)",
    r"(?<![0-9.])4\s*(个)?(小时|hours?|hrs?\b|business\s*hours|working\s*hours)",
    r"(?<![二十])四\s*(个)?\s*小时", r"(?<!twenty-)(?<!twenty)(?<!twenty )four\s*(\(4\)\s*)?(business\s*|working\s*)?hours?",
    r"(?<![0-9])0?\.05(?![0-9])\s*(%|％|per\s*cent|percent)", r"万分之五(?![十0-9])", r"千分之零点五",
    r"(?<![0-9.])100\s*(%|％|per\s*cent|percent)", r"百分之一?百(?![一二三四五六七八九十零])", r"one\s*hundred\s*per\s*cent",
    r"(?<![0-9.])30\s*(%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(\(30\)\s*)?per\s*cent",
    r"(?<![0-9.])12\s*(个)?\s*(月|months?|-month)", r"十二\s*个?\s*月", r"twelve\s*(\(12\)\s*)?(-\s*)?(calendar\s*)?months?",
    r"(?<![0-9.])15\s*(%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*(\(15\)\s*)?per\s*cent",
    r"(?<![0-9.])40\s*(%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(\(40\)\s*)?per\s*cent",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "99.9 per cent", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "4 business hours",
            "0.05%", ".05 %", "万分之五", "100%", "百分之百", "百分之一百", "30%", "30 per cent", "百分之三十", "12个月",
            "十二个月", "12 months", "twelve months", "12-month", "twelve (12) months", "15%", "百分之十五",
            "fifteen per cent", "40%", "百分之四十", "40 percent", "forty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.055%", "0.5%", "130%",
             "1.4 hours", "14 hours", "140%", "1,500%", "18个月", "百分之三十五", "百分之四十五", "百分之一百五十", "112 months",
             "2.30%", "35%", "300%", "150%", "1.15%", "万分之五十", "120 months", "40日", "30 days", "12.1 The"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


for s in MUST_HIT:
    assert hits(s), ("must hit", s)
for s in MUST_MISS:
    assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, fmt, src) in FILES.items():
        d = D[k]
        lab = label(k)
        assert lab["expected_rules"] == sorted(d["design"]), (k, lab["expected_rules"], d["design"])
        covered |= set(lab["expected_rules"])
        for key, th in THRESH.items():
            v = lab["expected_terms"][key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        s = tco_share(d)
        assert s is None or abs(s - 40) > 2, (k, s)
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            h = hits(variant)
            if h:
                problems.append((k, h))
        if d["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print(f"{k} {name} {d['lang']} len={n} {'OK' if ok else 'OUT OF RANGE'} rules={lab['expected_rules']} "
              f"risk={risk(lab['expected_rules'])} tco={None if s is None else round(s, 2)}")
        if not ok:
            problems.append((k, "length", n))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    print("rules not covered:", missing)
    nrules = {k: len(label(k)["expected_rules"]) for k in FILES}
    assert sum(1 for k in FILES if nrules[k] == 0 and k[0] == "z") == 1
    assert sum(1 for k in FILES if nrules[k] == 0 and k[0] == "e") == 1
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"] and 8 <= nrules["z05"] <= 10
    assert problems == [] and missing == [], problems or missing
    print("all checks passed")


if __name__ == "__main__":
    main()
