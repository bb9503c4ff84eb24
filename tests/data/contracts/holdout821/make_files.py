"""holdout821: builds the ten draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the
.json labels and asserts the checks of the brief (lengths, thresholds, rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:清源县林业局林下经济产业监测平台采购合同
P:采购项目编号：QYZC-2026-0417　　合同编号：QYLY-HT-2026-031
P:甲方（采购人）：清源县林业局
P:乙方（供应商）：浙江绿脉数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就林下经济产业监测平台的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供“林下经济产业监测平台”软件许可（县级部署版，含不限数量的甲方内部用户），并按招标文件技术需求完成林下种植、林下养殖、林下采集及森林康养四类经营主体的监测模块定制开发、遥感影像数据对接、部署实施和培训。
P:1.2 合同总价为人民币壹佰叁拾壹万元整（¥1,310,000），其中：平台软件许可费720,000元；监测模块定制开发费486,000元；部署实施费84,000元；培训费20,000元。合同总价为固定价格，已包含税费、差旅、第三方软件及乙方完成本合同所需的全部费用。
P:1.3 平台部署于甲方指定的县政务云，乙方不得将平台及数据部署于其他环境。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后90日内完成平台部署、定制开发和数据对接，并提交初验申请；初验合格后进入60日试运行期。
P:2.2 交付地点为清源县林业局及县政务云机房。乙方应按周向甲方项目负责人报送进度，遇可能影响工期的情况应即时书面说明。
P:2.3 乙方应派驻不少于3名具备同类项目经验的实施人员，项目经理未经甲方同意不得更换。乙方应对甲方业务人员和各乡镇林业站管理员进行不少于3期的操作培训，并提供培训教材和考核记录。
P:2.4 合同签订后7个工作日内，乙方应向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款，即262,000元。
P:3.2 初验合格后15个工作日内，甲方支付合同总价的45%，即589,500元。
P:3.3 试运行期满并经最终验收合格后15个工作日内，甲方支付合同总价的35%，即458,500元。
P:3.4 乙方每次收款前应开具等额合法发票。甲方付款按财政国库集中支付程序办理，因财政审批程序产生的合理时间不视为甲方逾期。
H:第四条 验收
P:4.1 初验标准：招标文件所列功能清单逐项实现；四类经营主体台账数据与甲方提供的基础数据核对一致；遥感影像对接后地块边界与林地“一张图”套合误差不大于2米；平台在200个并发用户下页面响应时间不超过3秒；第三方测评机构出具的安全测评报告无高风险问题。
P:4.2 最终验收标准：试运行期内无一级故障，初验遗留问题全部整改完毕，乙方提交源代码、数据字典、部署文档和操作手册。
P:4.3 初验不合格的，乙方应在10日内整改并重新申请初验，由此增加的费用由乙方承担。
P:4.4 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。平台上线、试运行或甲方使用均不视为验收合格。
H:第五条 质量保证与维保服务
P:5.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 质保期满后，如甲方需要，乙方应提供年度维保服务，年度维保费不高于平台软件许可费的8%（即每年不超过57,600元），且自质保期满起三年内不得上调。维保合同由双方另行签订，不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.5%，计划内维护须提前三日经甲方同意，不计入不可用时间。
P:6.2 一级故障（平台整体不可用或数据丢失）乙方应在30分钟内响应，6小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一个版本中修复。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减服务费500元；月可用率每低于承诺值0.1个百分点，扣减2,000元。扣减款项从应付款项或履约保证金中抵扣。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同定制开发的监测模块、接口程序、报表及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用，无需另行付费。
H:第八条 数据安全与数据权属
P:8.1 平台中的林地、经营主体、监测及影像数据均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方应落实网络安全等级保护要求，采取访问控制、加密传输、操作日志审计等措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 乙方人员接触数据前应签署保密承诺书，测试环境只能使用经甲方脱敏处理的数据；合同终止或服务结束时，乙方应将全部数据交还甲方，并出具删除证明。
P:8.4 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、未公开信息及林权、农户个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 分包
P:10.1 乙方可将遥感影像预处理和现场布线安装工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。乙方对分包部分的质量和安全向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合约定、经两次整改仍不合格的，甲方有权拒收并要求乙方返还已付款项。
P:11.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或有其他严重违约行为经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应在10日内向甲方移交全部数据、源代码及文档，并删除其掌握的甲方数据。
P:12.3 合同解除不影响甲方要求乙方支付违约金、赔偿损失的权利，也不影响本合同中保密、数据安全条款的效力。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在15日内提供证明，可根据影响部分或全部免除责任，但迟延履行后发生的不可抗力除外。
H:第十五条 其他
P:15.1 双方联系人及通知地址以合同首页载明为准，一方变更的应书面通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 招标文件、投标文件、中标通知书及澄清文件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清源县林业局　　　　乙方（盖章）：浙江绿脉数智科技有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:签订日期：2026年　月　日
"""

Z02 = """T:东莞市锦扣五金制品有限公司产线控制系统改造合同
P:合同编号：JK-SB-2026-018
P:甲方（买方）：东莞市锦扣五金制品有限公司
P:乙方（卖方）：佛山市恒控自动化工程有限公司
P:甲方现有钥匙扣冲压、压铸、滴胶、电镀挂件及包装共六条生产线，控制系统老化，停机频繁。经询价比选，甲方委托乙方实施产线控制系统改造，包括控制柜及伺服系统更换、视觉检测加装和产线监控软件部署。双方经协商订立本合同。
H:第一条 改造范围与合同价格
P:1.1 乙方负责六条产线控制系统的设计、供货、拆旧、安装、程序编写、调试、试产配合和培训，具体价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、电气元件）|6套|68,000|408,000
TB:2|伺服驱动器及伺服电机|24套|7,500|180,000
TB:3|触摸屏HMI|6台|6,500|39,000
TB:4|视觉检测单元（工业相机、光源、检测软件）|4套|26,000|104,000
TB:5|产线监控软件许可（永久，6条线）|1套|96,000|96,000
TB:|软硬件小计|||827,000
TB:6|拆旧、安装调试及改造施工|1项|118,000|118,000
TB:7|操作及维修培训|1项|13,000|13,000
TB:|合同总价|||958,000
P:1.2 合同总价人民币玖拾伍万捌仟元整（¥958,000），含13%增值税、运输、保险、安装及技术服务费用。除甲方书面变更范围外，合同总价不作调整。
P:1.3 乙方所供设备应为全新、原厂正品，PLC、伺服和工业相机的品牌型号以技术协议为准，不得擅自替换；确需替换的，须经甲方书面确认且性能不低于原型号。乙方应随货提供合格证、说明书、电气原理图和备件清单。
P:1.4 改造应分线进行，每条线停产时间不超过5日，乙方应提前与甲方生产部确认停线计划，尽量利用周末和夜班时段施工。
H:第二条 交货与工期
P:2.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在设备到货后60日内完成六条产线的安装调试。
P:2.2 设备到货时双方共同开箱清点，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:2.3 拆除的旧控制柜、旧电机归甲方所有，由乙方搬运至甲方指定仓库。
P:2.4 乙方施工人员应遵守甲方厂区安全、消防和6S管理制度，动火、登高及带电作业须办理作业许可。因乙方人员违章造成人身伤害或财产损失的，由乙方承担责任。
P:2.5 乙方应在每条产线调试完成后，对甲方操作工、班组长和设备维修人员进行现场培训，培训内容包括开停机、换模、配方管理、报警处理和日常点检，并在交付时移交全部程序备份。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即191,600元。
P:3.2 全部设备到货签收后10个工作日内，甲方支付合同总价的35%，即335,300元。
P:3.3 六条产线全部通过最终验收后15个工作日内，甲方支付合同总价的45%，即431,100元。
P:3.4 乙方应在每期付款前开具合规的增值税专用发票。
H:第四条 验收
P:4.1 每条产线改造完成后进行单线验收，标准为：设计节拍达到技术协议要求；连续72小时带料运行无停机故障；视觉检测漏检率不高于0.2%、误判率不高于1%；HMI报警、配方切换、产量统计功能正常。
P:4.2 六条产线全部单线验收合格，且监控软件运行满30日无一级故障后，双方进行最终验收并签署最终验收报告。
P:4.3 单线验收时，乙方应提交调试记录、I/O点表、程序备份和视觉检测样本测试报告；甲方质量部按抽样方案对改造后首批产品进行检验，检验结果作为验收依据之一。
P:4.4 设备通电运行、试产或甲方使用产品，均不视为验收合格。验收不合格的，乙方应在7日内整改后重新验收。
H:第五条 质量保证
P:5.1 质保期为最终验收合格之日起十八个月。质保期内设备、软件出现非人为损坏的故障，乙方免费维修或更换，并承担上门费用。因同一部件在质保期内累计故障三次以上的，乙方应更换同型号新件，更换部件的质保期自更换之日起重新计算。
P:5.2 故障分级与响应：一级故障（整条产线停机）乙方应在1小时内响应，8小时内到场；二级故障（单工位停机或检测失效）2小时内响应，24小时内到场；三级故障在5个工作日内处理。
P:5.3 乙方响应或到场超时的，每超时1小时向甲方支付300元。
H:第六条 质保期满后的维保服务
P:6.1 质保期满后，乙方为甲方提供年度维保服务（含定期巡检、备件更换、程序维护和软件升级），年度维保费按软硬件小计的28%计取，即每年231,560元，维保期首三年内不变。
P:6.2 年度维保费每年年初支付，维保服务合同每年由双方另行签订，不自动续期。
P:6.3 乙方应在甲方所在地保有常用备件库存，保证停产件的替代件供应期不少于八年；备件价格按投标时的备件报价单执行。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方、电气图纸及其源文件的知识产权归甲方所有，甲方可自行修改或交由第三方维护。
P:7.2 产线监控软件及视觉检测软件的标准产品知识产权归其权利人，乙方保证甲方可永久使用。
H:第八条 数据安全
P:8.1 产线运行数据、产量及质量数据、产品图样均属于甲方，乙方不得复制、带离或用于本合同以外的目的。
P:8.2 乙方远程维护须事先经甲方设备部批准，通过甲方提供的专用通道进行，结束后立即断开；乙方应做好账号管理和防病毒措施。
P:8.3 因乙方原因造成数据泄露、丢失或生产系统中毒的，乙方应在2小时内通知甲方，协助恢复并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对在甲方厂区知悉的产品设计、客户名单、工艺参数和报价信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方应要求其参与本项目的人员同样遵守上述义务。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。经同意分包的，乙方仍对分包工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方施工原因导致甲方停线超过约定时间的，乙方应赔偿甲方的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.4 合同签订后，除发生不可抗力致使合同目的无法实现外，任何一方不得单方解除本合同。一方违约的，守约方可要求违约方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
P:11.5 因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在10日内提供有关证明，双方协商延期履行。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十三条 其他
P:13.1 技术协议、设备清单和施工方案为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：东莞市锦扣五金制品有限公司　　乙方（盖章）：佛山市恒控自动化工程有限公司
P:代表签字：　　　　　　　　　　　　　　　　代表签字：
P:日期：2026年　月　日
"""

Z03 = """琴韵扬琴艺术培训连锁门店预约及会员管理系统服务合同

合同编号：QY-IT-2026-09
甲方：江苏琴韵文化艺术培训有限公司
乙方：南京课栈云科技有限公司

甲方在江苏、安徽两省经营35家扬琴培训门店，为统一管理课程预约、教室排课、会员储值和续费提醒，甲方订购乙方“课栈”培训机构管理云服务（以下简称“系统”），并委托乙方完成实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方提供系统，覆盖甲方全部35家门店，包括课程预约、排课排班、教师课时统计、会员及储值卡管理、家长端小程序、消息提醒和经营报表功能。
2. 每家门店开通1个店长账号、不超过6个前台及教师账号；总部开通不超过10个管理账号。超出部分按乙方报价单另行计费。
3. 服务期内乙方提供的功能升级，甲方可免费使用。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店、教室、课程体系（启蒙、考级、成人兴趣等课程包）、收费标准和权限设置。
2. 乙方负责将甲方现有约9,800名学员的档案、剩余课时和储值余额从原表格及旧系统迁移至本系统，并与甲方财务逐店核对。
3. 乙方为甲方定制家长端小程序首页、课程介绍页和续费活动页，并对店长和前台分两批进行线上、线下培训。
4. 实施周期为合同签订后40日内完成全部门店上线。乙方应指定一名实施经理作为联系人，按周向甲方报送各门店上线进度和遗留问题清单，门店上线顺序由甲方决定。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为365日。
（二）服务期满前30日内，双方均未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。
（三）每次续期时，乙方有权根据市场行情上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方在续期前以系统公告方式通知甲方即可。

三、合同价款
（一）订阅费：每家门店每服务年度4,800元，35家门店每服务年度168,000元，两个服务年度合计336,000元。
（二）实施费：46,000元（含数据迁移、配置、定制页面和培训）。
（三）合同总价：382,000元（大写：叁拾捌万贰仟元整），含6%增值税。

四、付款方式
（一）实施费在系统上线验收合格后10个工作日内一次性支付。
（二）第一服务年度订阅费在上线验收合格后10个工作日内支付；第二服务年度订阅费在第二服务年度开始后10个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。

五、上线验收
（一）全部门店配置完成后，乙方提交上线验收申请。验收标准为：
1. 35家门店的课程、教室、教师和收费标准配置与甲方确认的清单一致；
2. 迁移后的学员人数、剩余课时和储值余额与甲方财务提供的截止日数据逐店核对无差异；
3. 在甲方选定的3家门店完成连续7日的预约、签到、消课和储值全流程试运行，无数据错误；
4. 家长端小程序定制页面通过甲方审核。
（二）甲方在收到申请后7个工作日内组织验收，出具书面验收意见。系统开通或甲方开始使用，不视为验收合格。
（三）验收不合格的，乙方应在5个工作日内整改并重新提交验收申请；因整改导致上线延误的，按本合同违约责任条款处理。

六、系统运行与技术支持
（一）乙方将尽合理的商业努力保持系统稳定运行，并在系统升级前通过系统公告告知甲方。
（二）乙方通过客服热线、在线工单和微信服务群提供工作日9:00至18:00的技术咨询，甲方门店在周末上课期间遇到问题可在服务群留言，乙方在工作日予以处理。
（三）乙方每季度向甲方总部提供一次系统使用情况报告，内容包括各门店账号使用、预约量、消课量和工单处理情况，并就甲方提出的功能需求给出答复。

（三）甲方新开门店的，可随时书面要求增开，新增门店订阅费按当期单价与剩余服务天数折算，随下一期订阅费一并结算；新增门店的配置和培训由乙方免费提供。

七、甲方的义务
（一）甲方应指定总部项目联系人，按实施计划提供门店清单、课程体系、收费标准、教师名单和原始学员数据，并对数据的真实性负责。
（二）甲方应妥善保管账号和密码，及时为离职员工停用账号。因甲方员工泄露账号造成的损失，由甲方自行承担。
（三）甲方不得利用系统发送违法或骚扰信息，向家长推送营销消息应事先取得家长同意。

八、知识产权
（一）系统及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面设计、课程体系配置方案及甲方提供的课程介绍、图片、视频素材，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。

九、数据安全与数据归属
（一）甲方录入及系统运行中产生的学员、家长、课时、储值和经营数据均归甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应按照网络安全等级保护第二级要求运营系统，对学员及家长个人信息加密存储，设置访问权限和操作日志，每日备份数据并异地保存。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失。
（四）服务终止后，乙方应在30日内配合甲方以通用格式导出全部数据，之后彻底删除并书面确认。

十、保密
双方对在合作中知悉的对方商业信息、价格、学员信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

十一、违约责任
（一）乙方未按约定期限完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致数据迁移错误，造成甲方向学员多扣或少计课时的，乙方应负责更正并赔偿甲方因此产生的直接损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十二、分包与转让
未经甲方书面同意，乙方不得将本合同项下的实施服务分包或转让给第三方。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未履行服务期的订阅费。
（二）甲方因门店关停调整门店数量的，可提前30日书面通知乙方，按实际门店数调整下一服务年度订阅费。
（三）合同解除或服务期满终止的，乙方应保留甲方数据不少于30日，供甲方导出；在此期间不得因费用结算等原因拒绝甲方导出数据。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向南京市玄武区人民法院起诉。

十五、不可抗力与通知
（一）因不可抗力或电信运营商、云服务基础设施的重大故障导致服务中断的，乙方应及时通知甲方并尽快恢复服务，双方可协商顺延服务期。
（二）本合同项下的通知以书面形式发送至合同首页所列地址或双方确认的电子邮箱，电子邮件发出之日视为送达。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：门店清单、实施计划、乙方报价单。

甲方（盖章）：江苏琴韵文化艺术培训有限公司
乙方（盖章）：南京课栈云科技有限公司
签订日期：2026年　月　日
"""

Z04 = """临湖县渔业局养殖尾水在线监测系统2027年度运维服务合同

项目编号：LHCG-2026-CS-062（竞争性磋商）
采购人（甲方）：临湖县渔业局
成交供应商（乙方）：湖北清渠环境监测技术有限公司

根据临湖县养殖尾水在线监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方就该系统2027年度运维服务事项订立本合同。

第一条 服务范围
（一）乙方负责全县28个池塘养殖尾水在线监测站点（含水质多参数分析仪、氨氮及总磷在线分析仪、采样单元、数据采集传输仪和站房）的日常运行维护。
（二）乙方负责县级养殖尾水监测管理平台的运行维护，包括服务器巡检、数据库维护、软件缺陷修复、报表维护和超标报警推送功能的保障。
（三）乙方负责试剂、标准溶液和易损件的供应与更换，每季度对每个站点开展一次人工采样比对监测，出具比对报告，比对监测由乙方自有的、具有检验检测机构资质认定证书的实验室完成，所需费用已含在合同价款内。
（四）服务期自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）本合同服务费总额为人民币肆拾陆万捌仟元整（¥468,000），由以下部分组成：站点运维费268,800元（28个站点，每站每年9,600元）；试剂及易损件费86,400元；平台运维费62,000元；比对监测费50,800元。
（二）上述费用为固定总价，包含人工、交通、试剂、备件、检测及税费。因甲方新增站点产生的费用，由双方另行书面约定。

第三条 服务要求与服务水平
（一）乙方应每周对每个站点至少巡检一次，填写巡检记录，内容包括仪器状态、试剂余量、采样管路和站房环境；每月对分析仪器进行一次校准。
（二）监测管理平台年度可用率不低于99.95%，计划内维护须提前两个工作日报甲方同意。
（三）故障分级及时限：
1. 一级故障（平台中断、超标报警失灵或5个以上站点同时数据中断）：乙方应在1小时内响应，6小时内到达现场，24小时内恢复；
2. 二级故障（单个站点数据中断或数据异常）：2小时内响应，24小时内到达现场，48小时内恢复；
3. 三级故障（不影响数据上传的一般问题）：在下一次巡检时处理完毕。
（四）全年各站点有效数据获取率不低于92%，比对监测相对误差符合《水污染源在线监测系统运行技术规范》的要求。

（五）乙方应组建不少于6人的专职运维团队，其中持有环境监测相关上岗证书的人员不少于3人，并指定项目负责人；人员变更须提前7日书面报甲方同意。
（六）乙方应在县城设立备品备件库，常用备件库存应能满足至少3个站点同时更换的需要。更换下来的废旧试剂和废液由乙方按危险废物管理规定交有资质的单位处置，并向甲方提供转移联单复印件。
（七）汛期、台风等恶劣天气来临前，乙方应对全部站点开展专项检查，加固站房和采样设施；灾后24小时内完成全部站点排查。

第四条 考核与扣减
（一）甲方按季度对乙方服务进行考核，考核内容包括巡检记录、故障处理时限、有效数据获取率、比对监测结果和平台运行情况。
（二）一级故障响应或恢复每超时1小时，扣减服务费500元；二级故障每超时1小时，扣减服务费200元。
（三）平台年度可用率每低于承诺值0.01个百分点，扣减服务费1,000元；站点季度有效数据获取率低于承诺值的，每低1个百分点扣减该站当季运维费的5%。
（四）扣减金额在当季应付服务费中直接抵扣。
（五）因乙方维护不当造成仪器设备损坏的，乙方应负责修复或更换同型号设备，费用由乙方承担；乙方发现设备达到报废年限或无法修复的，应及时书面报告甲方，由甲方决定是否更新。

第五条 验收
（一）季度考核合格为当季服务费的支付条件。甲方在每季度结束后10个工作日内完成考核，出具考核意见。
（二）服务期满后，甲方组织年度验收，验收标准为：全年巡检、校准和比对记录齐全；全年有效数据获取率及平台可用率达到第三条要求；乙方按要求提交年度运维报告和设备状况评估报告；所有遗留故障已处理完毕。
（三）甲方未出具书面考核或验收意见的，不视为考核或验收合格。

第六条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度考核合格后15个工作日内，甲方支付当季服务费（合同总价的四分之一扣除当季扣减金额）。
（三）乙方应在每次付款前开具合法有效的发票，甲方付款按财政资金支付程序办理。

第七条 知识产权
乙方在服务期内形成的巡检记录、比对报告、年度运维报告、平台配置文件及为本项目编写的脚本和报表，其知识产权归甲方所有，甲方可自由使用、修改和提供给后续运维单位。

第八条 数据安全与数据归属
（一）监测数据、站点信息、养殖主体信息及平台运行日志均属于甲方，乙方仅可为履行本合同使用，不得复制、出售或向第三方提供，也不得用于其他任何目的。
（二）乙方应落实网络安全等级保护要求，不得擅自修改监测数据；远程维护须经甲方批准，使用专用账号并保留操作日志。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方，采取补救措施，并承担由此造成的全部责任。
（四）服务期满后，乙方应在10日内移交全部运维资料和账号，并删除其留存的监测数据。乙方运维人员应签署保密及数据安全承诺书，离岗时应交回全部账号和资料。

第九条 保密
乙方对履行本合同中知悉的甲方未公开信息、执法检查信息和养殖主体信息负有保密义务，不得向任何第三方披露。本条在合同终止后继续有效。

第十条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十一条 违约责任
（一）乙方未按约定于服务期起始日开始服务，或故障超过约定恢复时限仍未恢复的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方擅自修改、伪造监测数据的，甲方有权解除合同，乙方应退还当季服务费并承担相应法律责任。
（三）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。合同解除后，乙方应配合甲方完成与后续运维单位的交接。

第十三条 合同期满
本合同期满自行终止，不自动续期。甲方需要继续采购运维服务的，依法另行组织采购。

第十四条 甲方义务与不可抗力
（一）甲方负责协调站点所在养殖主体为乙方巡检提供通行便利，保障站房供电和通信线路；因养殖主体停电、断网造成的数据中断，经乙方及时报告并提供证据的，不计入考核。
（二）因不可抗力造成设备损毁或服务中断的，乙方应立即报告并尽力抢修，双方根据影响程度协商处理。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向临湖县人民法院提起诉讼。

第十六条 其他
磋商文件、响应文件、成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临湖县渔业局
乙方（盖章）：湖北清渠环境监测技术有限公司
签订日期：2026年　月　日
"""

Z05 = """# 织源工艺追溯系统软件许可及定制开发合同

**（织源软件标准合同文本 ZY-HT-2025版）**

合同编号：ZY-2026-XYS-033

甲方（用户方）：佛山市顺德区莨绸坊香云纱工艺品有限公司

乙方（供应方）：广州织源信息技术有限公司

甲方为实现香云纱从坯绸、浸莨、晒莨、过泥到成品的全工序记录和扫码追溯，向乙方采购“织源工艺追溯系统”软件许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经协商签订本合同。

## 第一条 合同标的与价格

1.1 本合同标的及价格如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 织源工艺追溯系统软件许可 | 标准版，永久许可，50个用户 | 168,000 |
| 2 | 定制开发 | 晒莨工序记录、批次扫码追溯、消费者查询小程序 | 226,000 |
| 3 | 实施部署 | 安装、配置、基础数据导入 | 36,000 |
| 4 | 培训 | 现场培训两次 | 8,000 |
| | 合计 | | 438,000 |

1.2 合同总价为人民币肆拾叁万捌仟元整（¥438,000），含税，不含甲方自备的服务器、扫码设备和标签耗材。

1.3 定制开发的具体功能以双方确认的需求说明书为准。需求说明书确认后，甲方提出的变更按乙方人天单价另行收费。

## 第二条 付款方式

2.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即284,700元，乙方收到款项后启动项目。

2.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即153,300元。

2.3 甲方未按期付款的，乙方有权暂停实施及服务，工期相应顺延。

2.4 乙方收到每笔款项后15个工作日内开具增值税普通发票；甲方需要专用发票的，应在付款前提供开票信息。

## 第三条 交付与上线

3.1 乙方在收到首付款后75日内完成软件安装和定制功能开发，并在甲方工坊部署上线。

3.2 甲方应在乙方实施期间提供工序说明、晒场布局、批次编码规则和历史生产记录，并安排人员配合测试。因甲方原因造成的延误，工期相应顺延。

3.3 乙方交付内容包括：软件安装介质或部署包、用户手册、管理员手册和培训资料。定制功能以可执行程序形式交付，源代码不在交付范围之内。

3.4 系统部署在甲方自备服务器上，服务器、操作系统、数据库、网络设备及扫码枪、标签打印机等硬件由甲方自行采购，其兼容性问题不属于乙方责任范围。

3.5 乙方在上线前为甲方组织两次现场培训，对象为甲方工艺主管、晒场班组长和仓库人员；培训后甲方人员应能独立完成工序录入、批次赋码和追溯查询。超出两次的培训按乙方报价另行收费。

## 第四条 验收

4.1 系统安装完成并上线运行，即视为甲方验收合格。

4.2 甲方在上线后如发现问题，可通过乙方客服渠道提出，乙方将在后续版本中统一处理。

4.3 系统上线后，甲方在生产中使用系统即表示认可系统功能满足本合同要求。

## 第五条 软件许可

5.1 乙方授予甲方在其位于顺德区的工坊及门店内使用本系统的永久许可，用户数以第一条约定为准，超出用户数的，甲方应按乙方当时报价购买扩容许可。

5.2 甲方不得将系统出租、出借、转许可或用于为第三方提供服务，不得破解、绕开许可控制机制。甲方违反本条的，乙方有权终止许可。

## 第六条 知识产权

6.1 织源工艺追溯系统及其任何版本的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、小程序、数据模型及其源代码的知识产权均归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译或提供给第三方。

## 第七条 免费维护与后续服务

7.1 自系统上线之日起六个月为免费维护期，维护期内乙方免费提供缺陷修复和远程技术支持。

7.2 免费维护期满后，甲方如需继续获得服务，应与乙方签订年度维护协议，年度维护费为软件许可费的10%，即每年16,800元，自首个维护年度起三年内不作调整。

7.3 故障响应：一级故障（系统无法登录或扫码追溯中断）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在下一版本中处理。

7.4 乙方提供的维护服务以尽力解决为原则，对响应或处理时限的偏差不承担扣款、赔偿或违约金责任。

7.5 以下情形不属于乙方免费维护范围：甲方自行修改配置或数据库导致的故障；甲方硬件、网络或第三方软件导致的问题；甲方新增的功能需求。上述服务乙方可按人天单价另行收费。

## 第八条 数据

8.1 甲方在系统中录入的工序、批次、产品及客户数据归甲方所有。

8.2 乙方有权对系统中的工艺和生产数据进行脱敏、汇总后，用于产品改进、行业分析及向其他客户提供的标准化服务，无需另行取得甲方同意，也无需向甲方支付费用。

8.3 乙方对其维护的系统采取账号权限、传输加密和定期备份等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复并在本合同约定的责任限额内承担赔偿责任。

8.4 系统数据备份由甲方负责执行，乙方在实施时为甲方配置自动备份策略并提供操作说明。

## 第九条 保密

双方对因本合同获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定或为履行本合同所必需的除外。保密期限为合同终止后两年。乙方为宣传需要，可在案例介绍中使用甲方名称及商标，但不得披露甲方的具体工艺参数。

## 第十条 违约责任

10.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的累计赔偿责任（包括违约金和损害赔偿）不超过合同总价的20%。任何情况下，乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除合同。

11.2 甲方在系统上线前单方取消项目的，已付款项不予退还。

11.3 合同解除时，甲方应支付乙方已完成工作对应的费用；已支付的软件许可费不予退还。

## 第十二条 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力导致不能履行的，受影响方不承担责任，但应及时通知对方。因电力中断、网络运营商故障、甲方服务器故障或计算机病毒导致的系统中断，视为不可抗力。

## 第十三条 通知

双方指定的联系人及联系方式见合同首页。乙方通过电子邮件、系统公告或微信工作群发出的通知，发出即视为送达。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有约定的，以补充协议形式确定。

甲方（盖章）：佛山市顺德区莨绸坊香云纱工艺品有限公司

乙方（盖章）：广州织源信息技术有限公司

日期：2026年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. RW-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Huaxin Special Steel Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Buyer"), and Refractis Analytics GmbH, a company registered in Austria with its seat at Peter-Tunner-Strasse, 8700 Leoben, Austria (the "Vendor").
P:The Buyer operates two basic oxygen converters, four steel ladle circuits and a continuous casting shop, and wishes to monitor refractory lining wear and to plan relining on measured data. The Vendor develops the RefraView software, which analyses laser scanner measurements and process data to predict lining wear. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RefraView Server and RefraView Client programs in object code, version 7.2 or later, with the documentation supplied by the Vendor.
P:1.2 "Custom Deliverables" means the interfaces to the Buyer's level-2 process control system and laboratory information system, the wear prediction models calibrated on the Buyer's data, the custom reports and all related source code, scripts and documentation prepared by the Vendor under this Agreement.
P:1.3 "Buyer Data" means all measurement data, process data, images and reports of the Buyer, whether provided by the Buyer or generated by the Software at the Buyer's site.
P:1.4 "Final Acceptance" means the signature by the Buyer of the Final Acceptance Certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence under Article 3 and shall perform the installation, configuration, interface development, model calibration, training and support services described in Annex 1 (the "Services").
P:2.2 The Software shall be installed on servers provided by the Buyer in its data centre in Changzhou. The Vendor shall confirm in writing, within 20 days after signature, that the Buyer's server and operating system specification is adequate.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Buyer's Changzhou works for up to 36 named users and an unlimited number of measurement stations.
P:3.2 The Buyer may make backup copies, use the Software in a test environment and allow its affiliates and contractors to use it on the Buyer's behalf. The licence fee is paid once and no further licence fees are payable for the licensed scope.
H:Article 4 Contract Price and Payment
P:4.1 The Contract Price is CNY 1,830,000, consisting of: Software licence fee CNY 1,260,000; installation and configuration CNY 232,000; interface development and model calibration CNY 300,000; training CNY 38,000. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price (CNY 366,000) within 20 days after signature and receipt of an advance payment guarantee from a bank acceptable to the Buyer; (b) 45% (CNY 823,500) within 20 days after the Installation Certificate; and (c) 35% (CNY 640,500) within 20 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer against a valid invoice. The Buyer may withhold from any payment amounts due to it under Articles 6 and 8.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days after signature and shall deliver the Custom Deliverables for testing within 150 days after signature. The Installation Certificate confirms installation only and is not acceptance.
P:5.2 Final Acceptance tests shall show that: (a) all functions in Annex 1 work as described; (b) both interfaces transfer data without loss over 30 consecutive days of production; (c) the predicted residual lining thickness deviates by no more than 8 millimetres from laser measurements on at least 20 consecutive heats; and (d) no Severity 1 defect is open.
P:5.3 If a test fails, the Vendor shall correct the defect and repeat the test within 15 days. Use of the Software in production before Final Acceptance does not mean that the Buyer has accepted it.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and Annex 1 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and provide remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 9% of the Software licence fee, that is CNY 113,400 per year, and shall not be increased for the first three support years. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.3 Defects are classified as follows. Severity 1: the Software is unavailable or produces wrong wear predictions used for relining decisions; the Vendor shall respond within 1 hour and provide a workaround within 8 hours. Severity 2: an important function fails; response within 2 hours and correction within 3 working days. Severity 3: other defects, corrected in the next release.
P:6.4 For each hour by which a response or workaround time for a Severity 1 defect is exceeded, the Vendor shall pay a service credit of CNY 1,000, and for each working day by which a Severity 2 correction is late, CNY 500. Service credits are deducted from the next payment or invoiced to the Vendor.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver the source code and documentation with the Final Acceptance tests. The Buyer may use, modify and license the Custom Deliverables freely, including by third parties.
H:Article 8 Delay and Liability
P:8.1 If the Vendor fails to complete installation or to achieve Final Acceptance by the dates in Article 5 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:8.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence, infringement of third-party rights or breach of Articles 9 and 10.
P:8.3 Neither party is liable for loss of profit or indirect loss, except in the cases listed in the second sentence of Article 8.2.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy it, transfer it out of the Buyer's site or use it for any other purpose, including the training of models for other customers.
P:9.2 The Vendor shall access the Buyer's systems only through the remote access gateway approved by the Buyer, with individual accounts and multi-factor authentication, and each session shall be approved in advance and logged. The Vendor shall comply with the Personal Information Protection Law, the Data Security Law and the Buyer's information security rules.
P:9.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all remedial measures and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains responsible for the work of approved subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the liquidated damages under Article 8.1 reach their maximum.
P:12.2 On termination before Final Acceptance, the Vendor shall refund the amounts paid for the parts not delivered and accepted, and shall deliver all Custom Deliverables completed to date.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event continues for more than 60 days, either party may terminate the affected part of this Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Austria, excluding its conflict-of-laws rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the Vienna International Arbitral Centre by three arbitrators. The seat of arbitration is Vienna and the language is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope and Specifications) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

E02 = """# ORDER FORM AND GENERAL TERMS — AUDITLOOP QUALITY PLATFORM

Order Form No. AL-OF-2026-0219

## PART A — ORDER FORM

### A1. Parties

**Provider:** AuditLoop L.L.C., a limited liability company registered in the Republic of Kosovo, Rruga Idriz Seferi, 60000 Gjilan, Kosovo ("Provider").

**Customer:** Ningbo Haiyun Apparel Group Co., Ltd., a company organised under the laws of the People's Republic of China, Yinzhou District, Ningbo, Zhejiang Province ("Customer").

This Order Form and the General Terms in Part B together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Services

Provider will provide the AuditLoop Quality Platform, a hosted service for factory audits, in-line and final garment inspections, corrective action tracking and supplier scorecards (the "Service"), for up to 260 named users at Customer and its contract factories, with the mobile inspection application for Android and iOS tablets. The Service is hosted for Customer in a mainland China cloud region operated by Provider's hosting provider.

Provider will also perform onboarding: configuration of Customer's audit checklists and AQL sampling plans, import of Customer's list of about 180 contract factories and their past audit results, a connection to Customer's ERP for purchase order data, and training for quality managers and inspectors (the "Onboarding Services").

### A3. Subscription Term

The Subscription Term starts on the date of Onboarding Acceptance under A5 and runs for two Subscription Years of 365 days each. The Agreement does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees and Payment

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 260 named users | 298,000 |
| Subscription Fee, Subscription Year 2 | 260 named users | 298,000 |
| Onboarding Services | fixed fee, one time | 42,000 |
| **Total Fees** | | **638,000** |

The Onboarding Services fee is invoiced after Onboarding Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days by bank transfer in CNY. All Fees include value-added tax. Additional named users may be added at CNY 1,150 per user per Subscription Year, pro rata for the remainder of the year.

### A5. Onboarding and Acceptance

Provider will complete the Onboarding Services within 45 days after signature of this Order Form. Onboarding Acceptance tests will show that: (a) the checklists and sampling plans configured match the specification approved by Customer; (b) factory and audit history records imported reconcile in number and content with Customer's source files; (c) purchase orders flow from the ERP to the Service within 10 minutes on 5 consecutive working days; and (d) 20 inspectors have completed a pilot of inspections on tablets at two factories without a Severity 1 incident. Customer will sign an Onboarding Acceptance certificate when the tests pass. Use of the Service during onboarding is not acceptance.

Provider will use reasonable efforts to keep to the onboarding timeline, and will inform Customer promptly of any expected delay.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, success@auditloop.example. Customer contact: Director of Quality Assurance.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 Provider will make the Service available 99.95% of the time in each calendar month, measured at Provider's edge, excluding scheduled maintenance announced at least 3 days in advance and carried out between 22:00 and 06:00 China Standard Time.

1.2 Provider will respond to incidents reported through the support portal or hotline as follows: Severity 1 (the Service or the mobile application is unavailable to all users, or inspection data is lost): 30 minutes, at any time; Severity 2 (a major function is impaired): 2 hours during business hours; Severity 3 (other issues): next business day.

1.3 If availability in a month falls below the commitment in 1.1, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. For each Severity 1 response later than the time in 1.2, Customer receives a credit of CNY 1,000. Credits are set off against the next invoice or paid at the end of the Subscription Term.

### 2. Customer Data

2.1 All data entered into or generated in the Service by or for Customer, including audit reports, inspection results, photographs and factory information ("Customer Data"), belongs to Customer. Provider processes Customer Data only to provide the Service and for no other purpose.

2.2 Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to personnel who need it, logs administrative access and keeps daily backups in the same mainland China region. Customer Data is not transferred out of mainland China.

2.3 Provider will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will investigate and remedy it, and is liable for losses caused by its failure to comply with this clause.

2.4 Within 30 days after the end of the Subscription Term, Provider will make Customer Data available for export in CSV and PDF formats and will then delete it, confirming the deletion in writing.

### 3. Customer Configurations

3.1 The Service, its software and its standard content remain Provider's property.

3.2 Checklists, sampling plans, scorecard formulas, report templates and the ERP connection mapping prepared for Customer ("Customer Configurations") belong to Customer. Customer may use, modify and allow third parties to use them freely, within or outside the Service.

### 4. Subcontractors and Sub-processors

4.1 Provider may use subcontractors and sub-processors, including its hosting provider and a local implementation partner, to perform the Service and the Onboarding Services. Provider will inform Customer in writing of any new subcontractor or sub-processor at least 30 days before it begins to process Customer Data. Provider remains responsible for the performance of its subcontractors.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public information of the other party that it receives under the Agreement, including prices, supplier lists and product designs, and will use it only for the Agreement. These obligations last for three years after the end of the Agreement.

### 6. Warranties

6.1 Provider warrants that the Service will perform materially in accordance with its documentation and that it will perform the Onboarding Services with professional skill and care. If the Service does not conform, Provider will correct it without charge.

6.2 Provider will not materially reduce the functionality of the Service during the Subscription Term. Provider may update the Service from time to time and will describe material changes in release notes published at least 7 days in advance.

### 7. Customer Responsibilities

7.1 Customer is responsible for the accuracy of the data it enters, for managing its named users and for keeping log-in credentials secure. Customer will ensure that its contract factories and their personnel use the mobile application only for inspections ordered by Customer.

7.2 Customer will not attempt to reverse engineer the Service, to test its security without Provider's consent, or to use it to store content that is unlawful.

### 8. Liability

8.1 Each party's total liability under the Agreement is limited to two times the Total Fees. This limit does not apply to breach of clause 2, breach of clause 5, infringement of intellectual property rights, personal injury or wilful misconduct.

8.2 Neither party is liable for indirect or consequential loss or loss of profits, except in the cases excluded in 8.1.

### 9. Term and Termination

9.1 The Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach. If Customer terminates for Provider's breach, Provider will refund the Subscription Fee paid for the period after termination.

9.3 On expiry or termination, Customer's right to use the Service ends, subject to the export period in 2.4. Clauses 2, 3, 5 and 8 survive.

### 10. Force Majeure

10.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, acts of government or failures of public telecommunication networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Customer may terminate the Agreement if such an event prevents use of the Service for more than 30 consecutive days.

### 11. General

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute will be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding.

11.3 Notices must be in writing and sent to the contacts in A6 by email with confirmation of receipt or by courier.

11.4 Neither party may assign the Agreement without the other party's written consent, except to an affiliate as part of a reorganisation.
"""

E03 = """T:Supply Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. FXP-EQ-2026-077
P:Buyer: Zhejiang Fuxing Paper Co., Ltd., Haiyan County, Jiaxing, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Vibrosense Sh.p.k., Lagjja 1 Maji, 9301 Fier, Albania (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of the rotating equipment of its two paper machines and its stock preparation line, and has selected the Supplier's offer of wireless sensors, gateways and the VibroWatch monitoring software. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the VibroWatch monitoring software, server and web client, licensed under clause 3.
P:1.3 "Site" means the Buyer's mill in Haiyan County.
P:1.4 "Final Acceptance" means the signature of the Final Acceptance Certificate by the Buyer under clause 6.
H:2. Scope and Contract Price
P:2.1 The Supplier shall supply, install, configure and commission the following, and train the Buyer's staff:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration sensor, ATEX version where required|180|2,600|468,000
TB:2|Wireless gateway with industrial Ethernet uplink|12|9,500|114,000
TB:3|Wireless bearing temperature sensor|60|1,100|66,000
TB:4|VibroWatch Software licence, perpetual, 300 measurement points|1|236,000|236,000
TB:|Equipment and Licence Subtotal|||884,000
TB:5|Installation, mounting pads and commissioning|1 lot|92,000|92,000
TB:6|Training of maintenance engineers (3 days)|1 lot|14,000|14,000
TB:|Contract Price|||990,000
P:2.2 The Contract Price is CNY 990,000, fixed, including value-added tax, import duties, delivery to the Site, insurance, installation and all travel and expenses of the Supplier.
P:2.3 The Supplier shall provide mounting adapters, batteries for the first three years of operation and spare sensors equal to 2% of each sensor type free of charge.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Site for 300 measurement points, on servers of the Buyer, with the right to make backup and test copies.
P:3.2 Extensions of the number of measurement points shall be offered at the unit prices of this Contract for three years after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Site within 70 days after signature and complete installation and commissioning within 35 days after delivery.
P:4.2 Installation shall be carried out during the Buyer's planned machine stops. The Supplier's personnel shall comply with the Buyer's safety rules, permit-to-work system and lock-out procedures.
P:4.3 On delivery the parties shall sign a Delivery Certificate confirming quantities and visible condition only. The Delivery Certificate is not acceptance.
P:4.4 Title to the Equipment passes to the Buyer on delivery. Risk of loss or damage remains with the Supplier until Final Acceptance, except for damage caused by the Buyer. The Supplier shall insure the Equipment until Final Acceptance.
P:4.5 The Equipment shall be packed for sea and road transport and marked with the contract number. Each delivery shall be accompanied by a packing list, certificates of origin and conformity, calibration certificates for every sensor and the installation manuals in English and Chinese.
P:4.6 The Supplier shall train eight maintenance engineers of the Buyer at the Site for three days, covering sensor mounting and replacement, gateway configuration, alarm settings, spectrum analysis in the Software and routine checks. Training materials become the property of the Buyer.
H:5. Payment
P:5.1 No advance payment is made under this Contract.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 544,500) within 30 days after the Delivery Certificate and receipt of the Supplier's invoice.
P:5.3 The Buyer shall pay 45% of the Contract Price (CNY 445,500) within 30 days after Final Acceptance.
P:5.4 The Buyer may deduct from any payment the liquidated damages and credits due under clauses 7 and 10.
H:6. Acceptance
P:6.1 After commissioning, the Supplier shall run the system for 30 days. Final Acceptance requires that: (a) all 240 sensors transmit readings to the Software at the configured intervals without any sensor missing more than three consecutive scheduled readings during the 30 days; (b) vibration readings of 20 sample points agree with a calibrated portable analyser within the tolerance of the technical specification; (c) alarms for the thresholds set by the Buyer are generated and sent by e-mail and SMS; (d) the Supplier has delivered the as-built documentation, configuration backup and user manuals.
P:6.2 If the tests are not passed, the Supplier shall remedy the defects and repeat the tests at its cost. Operation of the system before Final Acceptance, or payment under clause 5.2, does not mean acceptance.
H:7. Warranty and Support
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including transport and labour, and shall provide Software updates and technical support free of charge. A sensor or gateway replaced under warranty carries a new warranty of the same length from its replacement, but the warranty of the system as a whole does not end earlier than stated in this clause. The Supplier shall keep spare Equipment in stock in China so that a defective gateway can be replaced within two days.
P:7.2 Faults are classified as follows:
TB:Fault level|Description|Response time|Restoration time
TB:Critical|Software unavailable, or more than 10% of sensors not reporting|2 hours|24 hours
TB:Major|A gateway or a group of sensors on one machine not reporting|8 hours|3 days
TB:Minor|Single sensor or non-urgent issue|next working day|10 days
P:7.3 For each hour by which the response or restoration time of a Critical fault is exceeded, the Supplier shall pay CNY 500; for each day by which the restoration time of a Major fault is exceeded, CNY 300.
P:7.4 After the warranty period, the Supplier shall offer annual support at 7% of the Equipment and Licence Subtotal, that is CNY 61,880 per year, fixed for the first two support years. Support is ordered by the Buyer each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier.
P:8.2 The machine configurations, alarm settings, dashboards and reports prepared for the Buyer, and any interface scripts to the Buyer's maintenance management system, belong to the Buyer, who may use and modify them and have them modified by third parties without restriction.
H:9. Data Security and Buyer Data
P:9.1 All measurement data, alarm records and equipment information belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The Software shall be installed on the Buyer's servers in the mill network. Remote access by the Supplier requires prior approval by the Buyer for each session and is made through the Buyer's VPN with individual accounts; all sessions are logged. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 12 hours, assist in remedying it and be liable for losses caused by its breach of this clause.
H:10. Delay and Liability
P:10.1 If the Supplier fails to deliver or to complete commissioning on time, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 11, which are not limited.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information concerning the Buyer's production, equipment, processes and prices obtained under this Contract, and shall not disclose it to third parties without the Buyer's prior written consent, during this Contract and for five years after.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within 20 days after notice, or if the liquidated damages under clause 10.1 reach their maximum. The Supplier shall then refund the amounts paid for Equipment not accepted and take it back at its cost.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure, such as natural disaster, epidemic or government action, shall notify the other party within five days and provide evidence. Performance is extended by the period of the event. If the event lasts more than 60 days, the Buyer may terminate the affected part of the Contract without liability.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:16. General
P:16.1 The technical specification and the Supplier's offer dated 2 November 2026 are annexed to this Contract. In case of conflict, this Contract prevails.
P:16.2 This Contract is made in English and Chinese in four originals, two for each party. Both versions are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED OPERATIONS SERVICES AGREEMENT

**Agreement No.** BHC-MS-2026-05

**Customer:** Tianjin Binhai Coldchain Logistics Co., Ltd., Binhai New Area, Tianjin, People's Republic of China ("Customer").

**Provider:** Kodra Ops L.L.C., Rruga Mbretëresha Teuta, 40000 Mitrovica, Kosovo ("Provider").

Customer runs its warehouse management, transport management and temperature-tracking applications on servers and managed databases in its own public cloud account in mainland China. Provider offers round-the-clock remote operations by engineers who work in Mandarin and English. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed operations services described in Schedule 1.

1.2 "Service Levels" means the response and restoration targets in Schedule 2, and "Service Credits" means the credits in Schedule 3.

1.3 "Customer Environment" means Customer's cloud account, the 120 virtual servers, 14 managed database instances, container clusters and the monitoring tools listed in Schedule 1.

1.4 "Service Commencement Date" means the date of Transition Acceptance under Section 3.

## Section 2. Term

2.1 This Agreement starts on signature. The Services are provided for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties, with charges agreed at that time; there is no automatic renewal.

## Section 3. Transition

3.1 Provider shall complete the transition of the Services within 60 days after signature. Transition comprises: documenting the Customer Environment; setting up monitoring, alerting and ticket routing; taking over runbooks from Customer's current team; and a two-week shadow operation period.

3.2 Transition Acceptance requires that: (a) all servers, databases and applications in Schedule 1 are monitored with the alert rules approved by Customer; (b) runbooks exist for the 25 most frequent incident types and have been tested in a failover exercise; (c) Provider has handled all tickets during the shadow period within the Service Levels; and (d) Customer has signed the Transition Acceptance certificate. Provision of Services during the shadow period is not acceptance.

3.3 If Transition Acceptance is not achieved within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## Section 4. Services and Service Levels

4.1 Provider shall provide the Services in Schedule 1 in accordance with the Service Levels in Schedule 2, good industry practice and Customer's change management procedure.

4.2 Provider shall report monthly on incidents, changes, capacity trends and Service Level performance, and shall attend a monthly service review with Customer.

4.3 If Provider fails a Service Level, Customer is entitled to the Service Credits in Schedule 3. Service Credits are deducted from the next invoice and do not limit Customer's other rights.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3: a one-time Transition Charge of CNY 64,000 and a Monthly Service Charge of CNY 41,500 for 36 months. The total Charges for the Service Term are CNY 1,558,000.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt.

5.3 The Charges are fixed for the Service Term and include value-added tax and all costs of Provider, including its tools and travel.

## Section 6. Customer Responsibilities

6.1 Customer shall give Provider the access rights to the Customer Environment that the Services require, keep its cloud vendor contracts and licences in force, name a service owner for each application and make its developers available for escalations within the times agreed in the service review. Provider is not responsible for a failed Service Level to the extent that it was caused by Customer's failure to meet these responsibilities, by a fault of Customer's cloud vendor outside Provider's control, or by a change made by Customer outside the change management procedure, provided that Provider reports the cause in its monthly report.

## Section 7. Customer Data

7.1 All data held in the Customer Environment, including shipment, customer, temperature and operational data ("Customer Data"), remains the property of Customer. Provider shall use Customer Data only to perform the Services and for no other purpose, and shall not keep any copy after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, automation code, monitoring configurations and documentation prepared by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to a successor provider.

8.2 Provider's pre-existing tools remain Provider's property; Provider grants Customer a free licence to use any of them that are embedded in the deliverables under 8.1.

## Section 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation continues for five years after the Agreement ends.

## Section 10. Personnel and Subcontracting

10.1 Provider shall assign named engineers with the qualifications stated in Schedule 1 and shall not replace the service manager without Customer's consent, which Customer shall not unreasonably withhold.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## Section 11. Liability

11.1 Provider's aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the nine months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

## Section 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Provider fails the Severity 1 restoration target in three months within any six-month period.

12.2 Either party may terminate if the other party becomes insolvent.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all runbooks, scripts, credentials and documentation, and cooperate with Customer's new provider.

## Section 13. Force Majeure

13.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, war, acts of government and failures of public power or telecommunication networks, provided that it notifies the other party promptly and takes reasonable steps to continue performance. If such an event prevents the Services for more than 30 days, Customer may terminate this Agreement by written notice without liability.

## Section 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.

## Section 15. General

15.1 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on its subject. Amendments require writing signed by both parties.

15.2 Neither party may assign this Agreement without the other's written consent.

## Schedule 1 — Scope of Services

| Service area | Description | Included |
|---|---|---|
| Monitoring and event management | 24 x 7 monitoring of servers, databases, containers, queues and application health checks; triage of alerts | 120 servers, 14 databases, 3 container clusters |
| Incident management | Logging, diagnosis and restoration of incidents; escalation to Customer's developers and cloud vendor | unlimited |
| Change and release support | Execution of standard and approved changes, application deployments in agreed windows | up to 80 changes per month |
| Operating system and database upkeep | Monthly updates, version upgrades as planned with Customer, backup checks and quarterly restore tests | all systems in scope |
| Capacity and cost review | Monthly capacity trends and recommendations for right-sizing cloud resources | monthly |
| Service desk for IT staff | Ticket portal and hotline in Mandarin and English | 24 x 7 |

## Schedule 2 — Service Levels

| Severity | Definition | Response | Restoration |
|---|---|---|---|
| Severity 1 | Warehouse or transport management system down, or temperature tracking not recording | 15 minutes | 3 hours |
| Severity 2 | Major function impaired or performance seriously degraded | 30 minutes | 8 hours |
| Severity 3 | Minor fault with workaround | 2 hours | 3 working days |
| Service request | Standard request from IT staff | 8 hours | 5 working days |

## Schedule 3 — Charges and Service Credits

| Item | Amount |
|---|---|
| Transition Charge (one time, after Transition Acceptance) | CNY 64,000 |
| Monthly Service Charge (36 months) | CNY 41,500 per month |
| Total Charges for the Service Term | CNY 1,558,000 |
| Exit assistance or additional work | CNY 3,200 per engineer day |
| Service Credit: each Severity 1 response later than target | CNY 1,000 |
| Service Credit: each hour of Severity 1 restoration beyond target | CNY 2,000 |
| Service Credit: each Severity 2 restoration missed | CNY 800 |
| Maximum Service Credits per month | 20% of the Monthly Service Charge |

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
AGROMETRIC WEATHER AND CROP INDEX API

Agreement No. AGM-HRB-2026-31

PARTIES

1.1 Agrometric Data Sh.p.k., a company registered in Albania, Lagjja Kala, 5001 Berat, Albania (the "Provider").

1.2 Heilongjiang Beida Agricultural Services Co., Ltd., a company organised under the laws of the People's Republic of China, Songbei District, Harbin, Heilongjiang Province (the "Customer").

1.3 The Customer provides agronomic advice and crop insurance survey services to farm cooperatives in Heilongjiang and Jilin. It wishes to receive daily weather observations, forecasts and satellite-based crop indices for the fields it serves through the Provider's application programming interface. The parties agree as follows.

DEFINITIONS

2.1 "API" means the Provider's Agrometric REST API, version 3, and its documentation.

2.2 "Data" means the weather observations, gridded forecasts, vegetation indices, soil moisture estimates and crop stage estimates delivered through the API.

2.3 "Customer Inputs" means the field boundaries, field identifiers, crop types, sowing dates and other information that the Customer uploads to the API.

2.4 "Subscription Year" means each period of 365 days starting on the Start Date or its anniversary, and "Start Date" means the date of Integration Acceptance under clause 5.

SUBSCRIPTION AND SCOPE

3.1 The Provider grants the Customer, for two Subscription Years from the Start Date, a non-exclusive, non-transferable right to access the API and to use the Data for its own business, including in advice, reports and survey results that it provides to its farm clients.

3.2 The subscription covers up to 60,000 registered fields and up to 2,000,000 API calls per month. Additional fields may be registered at the unit price in clause 4.3.

3.3 The Customer shall not resell the raw Data as a data feed or make the API available to third parties.

3.4 The Provider shall deliver a Harbin-specific integration package consisting of a sample client library, field boundary import tools, a daily crop stage report template in Chinese and two days of remote integration workshops (the "Integration Package").

FEES AND PAYMENT

4.1 The fees are: Subscription Fee for Subscription Year 1, CNY 186,000; Subscription Fee for Subscription Year 2, CNY 186,000; Integration Package, CNY 24,000 one time. The total fees under this Agreement are CNY 396,000, including value-added tax.

4.2 The Integration Package fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The Customer shall pay each invoice within 30 days after receipt by bank transfer in CNY.

4.3 Additional fields are charged at CNY 2.60 per field per Subscription Year, invoiced quarterly in arrears.

4.4 The fees are fixed for the two Subscription Years.

INTEGRATION AND ACCEPTANCE

5.1 The Provider shall deliver the Integration Package and open production access to the API within 30 days after signature of this Agreement.

5.2 Integration Acceptance requires that: (a) the Customer's first 20,000 fields have been imported and returned by the API with correct boundaries and identifiers; (b) the API has delivered daily Data for those fields on 10 consecutive days with response times below 2 seconds for 95 out of 100 test calls; (c) the crop stage report template produces complete reports for three sample counties; and (d) the Customer has signed an Integration Acceptance note. Test access before that note is not acceptance.

5.3 If the Provider fails to deliver the Integration Package or to open production access by the date in clause 5.1 for reasons attributable to it, the Provider shall pay the Customer CNY 300 for each day of delay, up to CNY 9,000.

SERVICE LEVELS

6.1 The Provider shall make the API available 99.5% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 22:00 and 05:00 China Standard Time.

6.2 The Provider shall deliver the daily Data update for the previous day by 07:00 China Standard Time.

6.3 Incidents are handled as follows: Priority 1 (API unavailable or daily update not delivered): response within 1 hour, at any time; Priority 2 (degraded performance or incorrect Data for a region): response within 3 hours during business hours; Priority 3 (other questions): response within two business days.

6.4 For each month in which availability is below the level in clause 6.1, or the daily update is late on more than two days, the Customer receives a service credit of 10% of the monthly equivalent of the Subscription Fee; for each Priority 1 response later than the target, a further credit of CNY 500. Credits are set off against the next invoice or refunded at the end of the term.

SUPPORT

6.5 The Provider shall provide support by e-mail, ticket portal and telephone in English, with Chinese-speaking support available on business days from 08:00 to 18:00 China Standard Time. Priority 1 incidents may be reported at any time by telephone.

6.6 The Provider shall name an account manager for the Customer, publish monthly availability reports in the API portal and hold a quarterly review with the Customer covering availability, data quality issues, new data layers and the planned evolution of the API. The Provider shall give the Customer at least 90 days' notice before retiring an API version used by the Customer.

DATA QUALITY

7.1 The Provider shall produce the Data using recognised scientific methods and documented quality controls, and shall correct identified errors in delivered Data within three business days after notice.

7.2 The Provider does not warrant that forecasts will prove accurate. The Customer remains responsible for the advice it gives to its clients.

CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs and all reports, field histories and results that the Customer creates with the Data belong to the Customer. The Provider shall use Customer Inputs only to deliver the Data and the API to the Customer and for no other purpose, and shall not combine them with data of other customers or disclose them to third parties.

8.2 The Provider shall host the Customer Inputs on servers located in mainland China, encrypt them in transit and at rest, limit access to named engineers with individual accounts, keep access logs for at least one year and apply the security requirements of the Data Security Law and the Personal Information Protection Law.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Inputs, shall take immediate remedial measures and shall be liable for the losses caused by its breach of this clause.

8.4 Within 30 days after the end of this Agreement, the Provider shall return the Customer Inputs in a standard format and then delete them, and shall confirm the deletion in writing.

INTELLECTUAL PROPERTY

9.1 The API, the Provider's models and the Data remain the property of the Provider and its licensors, subject to the rights granted in clause 3.

9.2 The report template, client library adaptations and any custom field reports prepared by the Provider for the Customer belong to the Customer, which may use, modify and license them freely.

SUBCONTRACTING

10.1 The Provider shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent, except for the use of its public cloud hosting provider in mainland China named in the Annex.

LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 4.1, except for breach of clause 8, infringement of third-party rights, wilful misconduct and personal injury, which are not limited.

11.2 Neither party is liable for loss of profits or indirect loss.

TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any further subscription requires a new written agreement.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach, including availability below the level in clause 6.1 in three months within one Subscription Year, and fails to remedy it within 30 days after notice. The Provider shall then refund the Subscription Fee paid for the remainder of the Subscription Year.

12.3 The Provider may suspend access if an undisputed invoice is unpaid for more than 60 days after a written reminder.

FORCE MAJEURE

13.1 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, failures of satellites operated by third parties, epidemics or acts of government, provided that it notifies the other party promptly and resumes performance as soon as possible.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin under its rules. The award is final.

GENERAL

15.1 This Agreement, with its Annex (API documentation, list of data layers and hosting provider), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

15.2 Notices shall be sent by e-mail with confirmation of receipt to the contacts named in the Annex.

Signed for the Provider: ____________________   Date: __________
Signed for the Customer: ____________________   Date: __________
"""

NAMES = {
    "z01": ("h821z01_forestry_understory_monitoring_platform", "pdf"),
    "z02": ("h821z02_keychain_factory_line_control_retrofit", "docx"),
    "z03": ("h821z03_yangqin_school_chain_booking_saas", "txt"),
    "z04": ("h821z04_fishery_tailwater_monitoring_om_service", "txt"),
    "z05": ("h821z05_xiangyunsha_process_tracking_supplier_template", "md"),
    "e01": ("h821e01_refractory_wear_software_licence_austrian_vendor", "pdf"),
    "e02": ("h821e02_quality_audit_saas_order_form", "md"),
    "e03": ("h821e03_paper_mill_vibration_sensors_monitoring", "docx"),
    "e04": ("h821e04_coldchain_managed_operations_36_months", "md"),
    "e05": ("h821e05_agri_weather_crop_index_api_subscription", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def L(cat, kind, av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law,
      sla, ld_stated, deemed, cv, capped=None, tco=None, forum_outside=False, design=(), risk=None):
    terms = dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                 law, kind]))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"category": cat, "terms": terms, "extra": extra, "tco": tco, "forum_outside": forum_outside,
            "design": sorted("CR-" + d for d in design), "risk": risk}


# tco = (fee base, annual post-warranty fee, warranty months)
LABELS = {
    "z01": L("software", "goods_or_licence", 99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True,
             24, 8, False, True, True, "PRC", True, True, False, 1310000, capped=True, tco=(720000, 57600, 24),
             design=["SLA-AVAILABILITY", "SUBCONTRACT"], risk="medium"),
    "z02": L("hardware", "goods_or_licence", None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True,
             18, 28, False, False, False, "PRC", True, True, False, 958000, capped=True, tco=(827000, 231560, 18),
             design=["POST-WARRANTY-FEE", "TCO-SERVICE-SHARE", "TERMINATION"], risk="high"),
    "z03": L("cloud", "service", None, None, False, "buyer", True, True, True, 0.1, None, None, True, None,
             None, None, True, True, False, "PRC", False, True, False, 382000,
             design=["AUTO-RENEWAL", "SLA-MISSING", "SLA-RESPONSE"], risk="high"),
    "z04": L("services", "service", 99.95, 1, True, "buyer", True, True, True, 0.1, None, None, True, None,
             None, None, False, True, False, "PRC", True, True, False, 468000, design=[], risk="low"),
    "z05": L("software", "goods_or_licence", None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False,
             6, 10, False, True, None, "PRC", True, True, True, 438000, capped=True, tco=(168000, 16800, 6),
             design=["ACCEPTANCE", "DATA-OWNERSHIP", "IP-OWNERSHIP", "LD-LOW", "LIABILITY-CAP", "PREPAYMENT",
                     "SLA-NO-REMEDY", "SLA-RESPONSE", "WARRANTY"], risk="high"),
    "e01": L("software", "goods_or_licence", None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True,
             24, 9, False, True, False, "Austria", True, True, False, 1830000, capped=True,
             tco=(1260000, 113400, 24), forum_outside=True, design=["GOVERNING-LAW"], risk="low"),
    "e02": L("cloud", "service", 99.95, 0.5, True, "buyer", True, True, True, None, 200, None, True, None,
             None, None, False, True, True, "PRC", True, False, False, 638000,
             design=["LD-MISSING", "SUBCONTRACT"], risk="high"),
    "e03": L("hardware", "goods_or_licence", None, 2, True, "buyer", True, True, True, 0.1, 200, None, True, True,
             36, 7, False, True, False, "PRC", True, True, False, 990000, capped=True, tco=(884000, 61880, 36),
             design=[], risk="low"),
    "e04": L("services", "service", None, 0.25, True, "buyer", False, True, True, 1200 / 1558000 * 100, 9 / 36 * 100,
             None, True, None, None, None, False, True, False, "PRC", True, True, False, 1558000,
             design=["DATA-SECURITY", "LIABILITY-CAP"], risk="high"),
    "e05": L("cloud", "service", 99.5, 1, True, "buyer", True, True, False, 300 / 396000 * 100, 200, None, True, None,
             None, None, False, True, False, "PRC", True, True, False, 396000,
             design=["CONFIDENTIALITY", "SLA-AVAILABILITY"], risk="medium"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 defaults
AVAIL, P1, LD, CAP, PRE, WAR, PWF, TCO, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(lab):
    base, fee, war = lab["tco"]
    years = max(0.0, HORIZON - war / 12)
    post = fee * years
    return post / (lab["extra"]["contract_value"] + post) * 100


def derive(lab):
    """My reading of policy §3, from the label alone."""
    t, x, r = lab["terms"], lab["extra"], set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PRE:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < WAR:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > PWF:
            r.add("CR-POST-WARRANTY-FEE")
        if lab["tco"] and tco_share(lab) > TCO:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or lab["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# threshold figures that no text may state
TH_PATTERNS = [
    r"99\.9(?![0-9])",
    r"(?<![0-9.])4(?:\.0+)?\s*-?\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)", r"(?<![十])四\s*个?\s*小时",
    r"(?i)\bfour\s*-?\s*hours?",
    r"(?<![0-9.])0\.050*\s*[%％]", r"万分之五(?![0-9十])", r"千分之零点五", r"(?i)0\.05\s*per\s*cent",
    r"(?<![0-9.])100(?:\.0+)?\s*[%％]", r"百分之一?百", r"(?i)(?:one\s*)?hundred\s*per\s*cent",
    r"(?<![0-9.])30(?:\.0+)?\s*[%％]", r"百分之三十(?![一二三四五六七八九点])", r"(?i)thirty\s*per\s*cent",
    r"(?<![0-9.])15(?:\.0+)?\s*[%％]", r"百分之十五(?![点])", r"(?i)fifteen\s*per\s*cent",
    r"(?<![0-9.])40(?:\.0+)?\s*[%％]", r"百分之四十(?![一二三四五六七八九点])", r"(?i)forty\s*per\s*cent",
    r"(?<![0-9.])12\s*-?\s*(?:months?\b|个月)", r"(?<![十二三四五六七八九])十二\s*个月", r"(?i)\btwelve\s*-?\s*months?",
]
TH_RE = [re.compile(p) for p in TH_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "within 4h", "4小时", "四小时", "四个小时", "four hours", "0.05%",
            "万分之五", "100%", "100 %", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "30％", "one hundred per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.4 hours", "0.055%", "万分之八", "150%",
             "1100%", "300%", "130%", "10.30%", "百分之三十五", "百分之四十五", "115%", "45%", "120 months", "二十四个月",
             "十八个月", "35%", "1.4 hours", "Article 4 Hosting", "24 months", "36 months"]


def th_hits(text):
    return [m.group(0) for rx in TH_RE for m in rx.finditer(text)]


def readback(path):
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert th_hits(s) and th_hits(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not th_hits(s) and not th_hits(re.sub(r"\s+", "", s)), ("must miss", s, th_hits(s))
    docs = {}
    for key, (stem, ext) in NAMES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SRC[key], encoding="utf-8")
        else:
            docs[key] = (stem + "." + ext, ext)
    write({k: SRC[k] for k in docs}, docs, OUT, wrap_words=True)
    fired = set()
    for key, (stem, ext) in NAMES.items():
        lab = LABELS[key]
        path = OUT / (stem + "." + ext)
        text = readback(path)
        if key.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
            unit = "chars"
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
            unit = "words"
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            hits = th_hits(variant)
            assert not hits, (key, hits)
        t = lab["terms"]
        for k, th in [("availability_pct", AVAIL), ("p1_response_hours", P1), ("ld_rate_per_day_pct", LD),
                      ("liability_cap_pct", CAP), ("prepayment_pct", PRE), ("warranty_months", WAR),
                      ("post_warranty_fee_pct", PWF)]:
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = None
        if lab["tco"]:
            share = tco_share(lab)
            base, fee, war = lab["tco"]
            assert abs(fee / base * 100 - t["post_warranty_fee_pct"]) < 1e-9 and war == t["warranty_months"], key
            assert abs(share - TCO) > 2, (key, share)
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        rules = derive(lab)
        assert rules == lab["design"], (key, rules, lab["design"])
        assert risk_of(rules) == lab["risk"], (key, risk_of(rules), lab["risk"])
        fired |= set(rules)
        out = {"file": path.name, "language": "zh" if key.startswith("z") else "en", "category": lab["category"],
               "expected_terms": t, "expected_extra": lab["extra"], "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-60s %5d %s  risk %-6s tco %s  %s" % (path.name, n, unit, lab["risk"],
                                                    "-" if share is None else "%.2f%%" % share, ", ".join(rules) or "(none)"))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    mix = [k for k in LABELS if not LABELS[k]["design"]]
    assert sorted(mix) == ["e03", "z04"], mix
    assert LABELS["e01"]["design"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(LABELS["z05"]["design"]) <= 10
    assert all(2 <= len(LABELS[k]["design"]) <= 3 for k in ["z01", "z02", "z03", "e02", "e04", "e05"])
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
