"""holdout744: builds the ten blind held-out drafts and their .json labels, and asserts lengths, thresholds and rules.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written as they are; the
.docx/.pdf are built by ../word_pdf.py from the markup below. Then every file is read back and checked.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:救灾物资调度平台建设项目合同
P:合同编号：JZWZ-2025-ZC-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市应急管理局救灾物资储备中心
P:乙方（供应商）：江淮智联应急科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就救灾物资调度平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。招标文件、投标文件及澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供救灾物资调度平台软件（以下简称“平台”）的永久使用许可，许可范围为市、县两级储备库共十四个库点，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括：物资调拨审批流程、库存实时对接（与省级物资管理系统对接）、运输车辆调度与轨迹监控、灾情点位地图（GIS）展示、应急物资需求测算模型及领导驾驶舱。
P:1.3 乙方负责平台部署、历史库存数据迁移、系统联调、试运行及对甲方人员的操作培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零捌万捌仟元整（¥2,088,000），包括：平台软件许可费¥1,260,000；定制开发费¥684,000；部署实施及数据迁移费¥118,000；培训费¥26,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件授权等全部费用，甲方不再另行支付其他费用。
P:2.3 乙方所报单价在合同履行期间固定不变。甲方在验收前要求增加的功能，经双方书面确认工作量后另行签订补充协议。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函及发票，甲方在十个工作日内支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按国库集中支付程序付款，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署及定制开发，并提交初步验收申请；初步验收后进入六十日试运行期。
P:4.2 乙方应在试运行期满后十五日内提交最终验收申请及全部交付文档。
P:4.3 乙方应指定一名具有应急管理信息化项目经验的项目经理，实施期间常驻甲方现场；项目经理更换须事先征得甲方书面同意。乙方每周向甲方提交项目周报，说明进度、问题及风险。
P:4.4 甲方负责提供机房环境、服务器及网络资源，并协调省级物资管理系统的接口开放；因甲方原因导致工期延误的，交付期限相应顺延。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；与省级物资管理系统的库存数据核对差异为零；调拨审批流程在测试环境完成全流程演练；三百名并发用户下页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期内无一级故障；历史库存数据迁移经甲方抽查核对一致；第三方测评机构出具的安全测评报告无高危漏洞；交付文档（需求规格、设计文档、源代码、运维手册）齐全。
P:5.3 甲方在收到验收申请后十个工作日内组织验收，并出具书面验收意见。平台上线运行或甲方使用平台，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证及售后服务
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 平台月度可用率不低于99.95%（计划内维护除外，计划内维护应提前三个工作日通知甲方）。
P:6.3 故障分级及响应：一级故障（平台无法登录或调拨业务中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级故障（一般问题）在下一个工作日内解决。
P:6.4 乙方未达到6.2或6.3约定的，每超出响应或恢复时限1小时，甲方可扣减维护保证金人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币2,000元。
P:6.5 乙方每季度对平台进行一次巡检，并在汛期前完成一次全面检查和应急演练保障，巡检报告报甲方备案。
P:6.6 应急响应期间（甲方启动Ⅲ级以上应急响应），乙方应安排两名工程师驻场保障，至应急响应终止，不另收费。
H:第七条 质保期满后的维护
P:7.1 质保期满后，甲方如需继续采购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥113,400），该费率自质保期满起三年内不得上调。
P:7.2 维护服务按年度另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 定制开发形成的程序、源代码、接口、数据模型及文档，其知识产权归甲方所有，乙方应在最终验收时全部移交。
P:8.2 平台软件原有知识产权仍归乙方，甲方在许可范围内永久使用，并可委托第三方进行维护和二次开发。
P:8.3 乙方保证所交付的软件不侵犯任何第三方的合法权益，因侵权引起的一切责任由乙方承担。
H:第九条 数据安全
P:9.1 平台中的物资、库存、调拨、车辆及人员数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施；远程运维须经甲方审批并通过堡垒机进行，所有操作留存日志；乙方不得将任何数据复制至甲方网络以外。
P:9.3 发生数据安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据丢失、篡改或被非法获取的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方储备布局、物资数量、应急预案等非公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而免除，在合同终止后三年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用及争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 双方往来通知以书面形式送达本合同首页所载地址，一方地址变更的，应在变更后五个工作日内书面通知对方。
P:15.3 附件：一、分项报价表；二、定制开发需求清单；三、验收方案。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2025年____月____日
"""

Z02 = """T:织造及刷毛生产线控制系统改造合同
P:合同编号：HYMT-JG-2025-031
P:甲方（买方）：河阳毛毯织造有限公司
P:乙方（卖方）：苏南恒控自动化工程有限公司
P:甲方拟对其二号车间的两条织造线及一条刷毛（起绒）线进行控制系统改造。乙方按甲方技术要求提供设备、软件及安装调试服务，并在质保期满后提供维保服务。双方经协商，订立本合同。
H:第一条 合同标的及价格
P:1.1 合同标的及分项价格见下表，合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），含13%增值税、运输、保险及安装调试费用。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（织机联动）|6套|58,000|348,000
TB:2|伺服及变频驱动单元|18套|12,500|225,000
TB:3|刷毛机张力及温控改造套件|4套|46,000|184,000
TB:4|HMI触摸屏及工控机|10台|9,800|98,000
TB:5|在线疵点检测相机|8套|31,000|248,000
TB:6|生产线监控软件许可（含数据采集模块）|1套|247,000|247,000
TB:|设备及软件小计||||1,350,000
TB:7|安装调试及停机切换|1项|96,000|96,000
TB:8|操作及维修培训|1项|14,000|14,000
TB:|合同总价||||1,460,000
P:1.2 设备均为全新原厂正品，软件许可为永久许可，不限安装工位数。
P:1.3 乙方负责拆除原有控制柜及线缆，拆除的旧设备归甲方所有，由乙方搬运至甲方指定仓库。
H:第二条 交货与安装
P:2.1 乙方应在合同生效后五十日内将全部设备运抵甲方厂区，并提供装箱单、合格证及说明书。到货签收仅确认数量及外观，不代表质量验收。
P:2.2 为减少停产损失，乙方应分三批完成改造，每批停机切换时间不超过七十二小时，具体时段由甲方生产部门安排。
P:2.3 乙方应在到货后三十日内完成全部安装调试，并提交验收申请。
P:2.4 乙方施工人员进入甲方厂区应遵守甲方安全生产及消防管理制度，动火、登高及带电作业须办理作业票。因乙方违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:2.5 乙方应在每批切换前三日提交切换方案及回退预案，经甲方生产及设备部门会签后实施；切换失败的，乙方应按回退预案在六小时内恢复原系统运行。
H:第三条 付款方式
P:3.1 合同生效后七个工作日内，甲方支付合同总价的20%作为预付款，即¥292,000。
P:3.2 全部设备到货签收后，甲方支付合同总价的35%，即¥511,000。
P:3.3 最终验收合格后，甲方支付合同总价的45%，即¥657,000。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 验收
P:4.1 验收标准：织机联动同步误差不大于0.5%；刷毛机张力波动控制在设定值的±3%以内，烘房温控偏差不超过±2℃；在线疵点检测对断经、断纬、油污三类疵点的检出率不低于95%；监控软件对全部设备状态实时采集，数据刷新间隔不超过5秒；连续带料运行七十二小时无停机故障。
P:4.2 乙方提交验收申请后，甲方在十个工作日内组织验收并形成书面验收报告。设备投入生产使用不视为验收合格。
P:4.3 乙方应在验收前完成培训：操作培训不少于两期，每期两天，覆盖三班操作工；维修培训一期三天，使甲方电工能独立完成常见故障的判断与模块更换。培训教材及视频归甲方留存。
P:4.4 验收不合格的，乙方应在十五日内整改，整改后重新验收，费用由乙方承担。
H:第五条 质量保证
P:5.1 质保期为最终验收合格之日起十八个月。质保期内因设备或软件本身质量问题导致的故障，乙方免费维修或更换，并承担往返运费。
P:5.2 质保期内乙方提供7×24小时电话支持。一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到达现场，当日恢复生产；二级故障（单台设备停机）2小时内响应，24小时内修复；三级故障在三个工作日内处理。
P:5.3 乙方超过上述响应或到场时限的，每超过1小时，向甲方支付人民币800元；因乙方原因导致整线停机超过一昼夜的，另按甲方实际停产损失赔偿。
P:5.4 乙方应在甲方厂区存放常用备件（驱动单元、PLC模块、相机镜头各两套），备件所有权在质保期内归乙方。
P:5.5 质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新件，更换部件的质保期重新计算。
H:第六条 质保期满后的维保服务
P:6.1 质保期满后，乙方提供年度维保服务，内容包括一名驻场工程师、季度预防性维护、备件更换（单件价值五千元以下）及软件升级。
P:6.2 维保期内，驻场工程师按甲方生产班次安排值守，每月提交设备运行报告，对易损件寿命及疵点检测误报率提出优化建议。
P:6.3 年度维保费按设备及软件小计的26%计取，即每年人民币351,000元，在质保期满后三年内保持不变，每年度开始时另行签订维保合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、工艺参数配方及接口程序，知识产权归甲方所有，乙方应在验收时交付源程序及注释文档。甲方可自行或委托第三方修改使用。
P:7.2 监控软件本身的知识产权归原厂所有，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及质量检测图像均属于甲方，乙方不得用于本合同以外的任何目的。
P:8.2 监控软件部署于甲方内网，与办公网络隔离；乙方远程诊断须经甲方逐次授权，并通过甲方指定的安全通道进行，操作全程记录。
P:8.3 因乙方原因造成数据丢失或工艺参数外泄的，乙方应在2小时内通知甲方，采取补救措施并承担赔偿责任。
P:8.4 乙方人员使用的调试电脑及移动存储介质须经甲方检查登记，项目结束时乙方应删除其中保存的甲方工艺参数及程序备份，并书面确认。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、产品设计、客户信息及生产经营数据负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方交付的设备不符合合同约定的，甲方有权要求更换，因此延误的工期按10.1执行。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:10.4 乙方原因导致验收两次不合格的，甲方有权退货或解除合同，乙方应退还已付款项并承担拆除及恢复原系统的费用。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的主体工作分包；电缆桥架敷设等辅助工作需要分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交常州仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因不可抗力导致不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方可协商延期履行；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术要求书、改造实施方案。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

Z03 = """连锁门店点单及会员系统SaaS服务合同

合同编号：QMJ-IT-2025-006
甲方：秦味坊餐饮管理有限公司
乙方：杭州云铺智能科技有限公司

鉴于甲方经营“秦味坊”肉夹馍连锁品牌，现有直营门店四十家，需统一上线扫码点单、收银、外卖聚合及会员营销系统。乙方以软件即服务（SaaS）方式提供上述系统并负责实施。双方经友好协商，订立本合同，共同遵守。

一、服务内容
（一）乙方向甲方四十家门店提供“云铺”餐饮SaaS平台的使用服务，包括：
1. 扫码点单及小程序下单、前台收银、厨房出品显示（KDS）；
2. 外卖平台订单聚合及自动接单；
3. 会员储值、积分、优惠券及营销活动管理；
4. 总部报表、门店经营看板及库存预警。
（二）乙方负责实施服务，包括门店收银设备对接、菜单及价格体系配置、历史会员数据迁移、门店店长及收银员培训。
（三）服务期为两个服务年度。第一个服务年度自全部门店上线验收合格之日起算，至次年同月同日的前一日止；第二个服务年度紧随其后。
（四）服务期内甲方新开门店的，按本合同单价另行计费，新增门店服务期与本合同服务期同时届满。

二、服务费用
（一）合同总价为人民币陆拾玖万贰仟肆佰元整（¥692,400），构成如下：
1. 门店SaaS订阅费：每店每服务年度5,880元，四十家门店，每服务年度235,200元，两个服务年度合计470,400元；
2. 会员营销模块订阅费：每服务年度68,000元，两个服务年度合计136,000元；
3. 一次性实施费：86,000元。
（二）上述费用含税，短信及支付通道手续费由甲方按实际发生另行结算，不计入合同总价。

三、付款方式
（一）本合同不设预付款。
（二）实施费在全部门店上线验收合格后十五个工作日内一次性支付。
（三）每个服务年度的订阅费（门店订阅费及会员营销模块订阅费合计303,200元），在该服务年度开始后二十日内支付。
（四）乙方应在每次收款前开具增值税专用发票。

四、实施及上线验收
（一）乙方应在合同签订后四十五日内完成全部门店的部署及上线，分三批进行，每批上线前应完成门店员工培训。
（二）上线验收标准：
1. 四十家门店全部完成收银设备对接，扫码点单至厨房出单时间不超过2秒；
2. 历史会员约十八万条数据迁移完成，会员余额及积分经甲方财务抽查核对无差异；
3. 外卖平台订单自动接单成功率不低于98%；
4. 连续七日试运行期间未发生一级故障。
（三）乙方提交上线验收申请后，甲方在五个工作日内组织验收并书面确认。门店开始使用系统不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

（五）培训要求：乙方应为每家门店的店长及收银员提供不少于半天的现场培训，为总部运营及财务人员提供两天的集中培训，并提供操作手册及短视频教程。培训考核合格率未达到九成的，乙方应免费补训。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在凌晨一点至五点之间，并提前两日通知甲方。
（二）故障响应：
1. 一级故障（全部或多数门店无法点单、收银）：乙方在15分钟内响应，1小时内恢复；
2. 二级故障（单店无法使用或会员功能异常）：30分钟内响应，8小时内恢复；
3. 三级故障（报表、看板等一般问题）：下一个工作日内处理。
（三）月度可用率低于约定值的，按下列标准减免当月订阅费：低于约定值但不低于99%的，减免5%；低于99%的，减免10%。一级故障未按时恢复的，每超过1小时另减免当月订阅费的2%。减免额从下一期订阅费中扣除。

（四）乙方提供7×24小时客服热线及企业微信服务群，门店店长可直接报障。乙方每月向甲方提交服务报告，列明可用率、故障记录、处理时长及改进措施。
（五）乙方对平台进行版本升级的，应提前七日通知甲方，不得减少本合同约定的功能；升级导致门店无法正常营业的，按一级故障处理。

六、数据归属与使用
（一）甲方的会员信息、订单数据、菜品及营业数据归甲方所有。
（二）甲方同意乙方在对上述数据进行去标识化处理后，将汇总的交易数据用于餐饮行业分析报告、产品优化及向其他客户提供的经营对标服务，该项使用在本合同终止后仍可继续。
（三）乙方不得将甲方会员的手机号码、消费记录等个人信息提供给任何第三方，不得利用该等信息向甲方会员推送非甲方的营销内容。
（四）合同终止时，乙方应在三十日内按甲方要求的格式导出全部数据交付甲方，并在甲方确认后删除平台上的甲方数据。

七、数据安全
（一）乙方应对平台实施访问控制、加密存储及操作审计，会员个人信息按《个人信息保护法》要求处理，平台应通过网络安全等级保护第三级测评。
（二）发生数据安全事件的，乙方应在2小时内通知甲方，采取补救措施，并对因其原因造成的损失承担赔偿责任。

八、保密
双方对在合作中知悉的对方商业秘密负有保密义务，包括甲方的配方、门店经营数据、采购价格及乙方的技术资料，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

九、知识产权
（一）乙方平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、会员等级规则、营销活动模板及接口程序归甲方所有，甲方可自由使用、修改或交由第三方使用。

十、续展
服务期届满前三十日，任何一方均未书面提出不续展的，本合同自动续展一个服务年度，续展次数不限。乙方有权根据市场情况调整续展年度的订阅费单价，并在续展前以系统公告方式通知甲方。

十一、分包
乙方不得将实施服务分包；确需由第三方完成收银设备现场安装的，应事先取得甲方书面同意。

十二、合同解除
任何一方严重违约，经守约方书面催告后十日内仍未纠正的，守约方有权解除本合同，违约方应赔偿守约方由此遭受的损失。

十三、双方的其他权利义务
（一）甲方应指定一名项目联系人，负责门店协调、菜单资料及会员数据的提供，并按约定支付费用。
（二）甲方负责各门店的网络环境及收银设备的日常保管；因门店断网导致的服务中断不计入不可用时间，但乙方平台应支持离线收银并在恢复联网后自动同步订单。
（三）乙方应为甲方配备专属客户成功经理，每季度到甲方总部进行一次经营数据复盘，协助甲方制定会员营销方案。
（四）乙方平台新增的通用功能，甲方在服务期内可免费使用。
（五）服务期内乙方更换支付通道服务商的，应提前三十日通知甲方，且不得提高甲方的支付手续费率。

十四、不可抗力
因地震、火灾、公共卫生事件、电信骨干网络故障等不可抗力导致不能履行的，受影响一方应及时通知对方并在合理期间内提供证明，部分或全部免除责任，但应采取措施减少损失。

十五、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同附件包括门店清单、功能清单及实施计划表，与本合同具有同等法律效力；附件与正文不一致的，以正文为准。未尽事宜，双方可另行签订补充协议。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

Z04 = """物业专项维修资金管理信息系统运维服务合同

项目编号：ZJWX-YW-2025-02
采购人（甲方）：滨江市住房和城乡建设局物业维修资金管理中心
服务商（乙方）：浙东数政信息技术服务有限公司

甲方通过竞争性磋商方式采购物业专项维修资金管理信息系统年度运维服务，乙方为成交供应商。依据《中华人民共和国民法典》、磋商文件及乙方响应文件，双方订立本合同。

第一条 服务范围
（一）运维对象：物业专项维修资金管理信息系统（含资金归集、分户账管理、使用审批、业主表决、银行对账、网上查询等子系统）、与六家专户银行的接口、与不动产登记及房产交易系统的数据接口，以及承载上述系统的十二台服务器、两套数据库及存储设备。
（二）服务内容：
1. 日常运行监控、巡检及故障处理；
2. 数据库维护、备份及恢复演练；
3. 应用缺陷修复及因政策调整引起的小规模功能完善（单项工作量不超过十人日）；
4. 银行接口对账异常处理及月末、年末结息配合；
5. 业务人员咨询及操作支持；
6. 安全加固、漏洞修复及等级保护测评配合。
（三）服务方式：乙方派驻两名运维工程师在甲方办公地点驻场服务，工作日8:30至17:30在岗；非工作时间提供电话及远程支持。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满后，甲方依法重新组织采购，本合同不自动续期。

第三条 服务费用及支付
（一）合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括驻场人员费用、远程支持、备件以外的全部服务费用及税费。
（二）服务费按季度支付，每季度146,500元。甲方在每季度服务考核完成后十五个工作日内支付上一季度服务费，考核扣款从当期服务费中扣除。
（三）乙方应在每次付款前开具合规发票。甲方付款受财政资金拨付进度影响的，不视为违约。

第四条 服务交接
（一）乙方应在服务期开始前十日内完成与原运维单位的交接，包括系统账号、运维文档、备份介质及未结工单的清点，并形成交接记录。
（二）乙方未按期完成交接或未按时派驻人员进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第五条 服务水平
（一）系统在工作日的可用率不低于99.95%，以甲方监控平台记录为准。
（二）故障分级及处理时限：
1. 一级故障（资金归集或使用审批业务中断、银行接口全部中断）：30分钟内响应，2小时内恢复；
2. 二级故障（单个子系统或单家银行接口异常）：1小时内响应，8小时内恢复；
3. 三级故障（一般功能问题、咨询）：当日响应，三个工作日内解决。
（三）每月至少进行一次全面巡检，每季度进行一次数据备份恢复演练，年末结息前完成专项检查。

（四）在业主集中办理业务的高峰期（年末结息、征收期及重大维修项目集中审批期间），乙方应增派一名工程师驻场支持，并在每日业务结束后检查当日归集及划转数据的完整性。
（五）乙方每月向甲方提交运维月报，内容包括系统运行情况、故障及处理、变更记录、容量分析和改进建议。

第六条 考核及扣款
（一）甲方按季度对乙方进行服务考核，考核内容包括可用率、故障处理时效、巡检及备份执行情况、用户满意度。
（二）考核扣款标准：
1. 可用率每低于约定值0.01个百分点，扣款人民币1,500元；
2. 一级故障每超出恢复时限1小时，扣款人民币2,000元；二级故障每超出1小时，扣款人民币500元；
3. 未按计划完成巡检或备份恢复演练的，每次扣款人民币3,000元。
（三）单季度扣款总额以该季度服务费为限。

第七条 验收
（一）甲方按季度出具考核结果；服务期满后，甲方组织年度验收。
（二）年度验收标准：四个季度考核平均得分不低于90分；全年未发生因乙方原因导致的数据丢失；运维日志、巡检报告、备份记录、变更记录及年度运维总结齐全；等级保护测评中发现的中高风险问题已按整改计划完成。
（三）年度验收不合格的，乙方应在二十日内整改，整改期间服务不另收费。

第八条 数据安全
（一）系统中的业主信息、分户账、资金流水及全部业务数据归甲方所有，乙方仅可为提供本合同服务使用，不得以任何形式留存或用于其他用途。
（二）乙方应遵守甲方网络安全管理制度：运维操作一律通过甲方堡垒机进行，实行最小权限和双人复核；不得私自接入外部网络或移动存储介质；数据库导出须经甲方书面审批。
（三）发生数据安全事件的，乙方应在1小时内报告甲方，并配合开展调查和处置。因乙方原因造成数据丢失、篡改或被非法获取的，乙方承担全部赔偿责任，并承担由此引起的行政责任。

第九条 知识产权
乙方在服务期内编写的运维脚本、接口修补程序、功能完善代码及各类运维文档，其知识产权归甲方所有，甲方可自由使用和修改。

第十条 人员管理
（一）乙方驻场人员应具有三年以上同类系统运维经验，其中至少一人持有数据库专业认证。
（二）乙方更换驻场人员的，应提前十日告知甲方并做好工作交接；甲方认为驻场人员不能胜任的，有权要求乙方更换。
（三）乙方应在服务期内对甲方业务人员开展不少于两次的系统操作及安全意识培训，并编写常见问题处理手册。
（四）乙方可将机房硬件维修、存储设备原厂服务等部分工作交由具备相应资质的第三方完成，但应提前五个工作日书面告知甲方，并对该第三方的工作承担责任。

第十一条 变更管理
（一）乙方对生产环境进行的任何变更，包括补丁安装、配置调整及程序更新，应提前提交变更申请，说明变更内容、影响范围及回退方案，经甲方批准后在非业务时段实施。
（二）紧急变更可先行实施，但应在实施后的次个工作日内补办审批手续。
（三）每次变更完成后，乙方应更新配置台账及运维文档。

第十二条 甲方义务
（一）甲方应为驻场人员提供办公场所、网络接入及必要的系统访问权限。
（二）甲方应指定一名联系人，负责工单确认、考核组织及与专户银行、不动产登记机构的协调。
（三）甲方应按合同约定及时支付服务费用。

第十三条 服务期满交接
服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的新服务商完成交接，移交全部账号、文档、脚本、备份记录及未结工单，交接期间乙方不得中断服务，并注销其持有的全部系统权限。

第十四条 违约责任
（一）乙方违反第八条约定的，除赔偿甲方损失外，甲方有权解除本合同。
（二）连续两个季度考核得分低于80分的，甲方有权解除本合同，并要求乙方赔偿重新采购产生的费用。
（三）乙方其他严重违约行为，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，可向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）磋商文件、乙方响应文件及成交通知书是本合同的组成部分。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。因不可抗力导致服务中断的，受影响一方应及时通知对方，并在不可抗力消除后立即恢复服务。
（三）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
法定代表人或授权代表：              法定代表人或授权代表：
签订日期：
"""

Z05 = """# 软件产品销售及定制开发合同

**（锐溯科技标准合同文本 V3.0）**

合同编号：RS-XS-2025-0418

甲方（需方）：临沂市飞翼弹弓玩具制品有限公司

乙方（供方）：青岛锐溯工业软件有限公司

甲乙双方本着平等互利的原则，就甲方采购乙方“锐溯”生产追溯系统软件及相关定制开发服务事宜，经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“锐溯”生产追溯系统V5.2软件的使用许可，用于甲方弹弓叉架成型、叉架装配及皮筋安装三个车间的生产过程追溯。

1.2 乙方根据甲方需求进行定制开发，内容包括：工位扫码报工、皮筋拉力测试数据自动采集、叉架批次与皮筋批次关联、出货批次正反向追溯报表、客户投诉追溯查询。

1.3 分项价格如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 锐溯生产追溯系统软件许可（30个工位） | 1套 | 360,000 |
| 2 | 定制开发（扫码报工、拉力数据采集、批次关联、追溯报表） | 1项 | 248,000 |
| 3 | 部署实施及培训 | 1项 | 42,000 |
| | 合计 | | 650,000 |

1.4 合同总价为人民币陆拾伍万元整（¥650,000），含增值税。扫码枪、标签打印机及拉力测试仪由甲方自行采购，不在本合同范围内。

## 第二条 付款方式

2.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币422,500元。

2.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即人民币227,500元。

2.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过三十日的，乙方有权暂停服务。

## 第三条 交付与上线

3.1 乙方在收到2.1款项后开始实施，预计在六十个工作日内完成部署及定制开发，具体进度以双方确认的实施计划为准。

3.2 因甲方需求变更、现场条件不具备或甲方人员配合不到位导致的延误，交付时间相应顺延，且乙方有权就增加的工作量另行收费。

3.3 乙方延期交付的，应积极采取补救措施，尽快完成交付。

3.4 甲方应在实施开始前完成以下准备工作：提供满足乙方配置要求的服务器及数据库环境；完成车间无线网络覆盖；提供产品型号、工艺路线、工位清单及物料编码规则；指定专职项目对接人，并保证关键用户参加培训。

3.5 乙方为甲方提供两次集中培训，每次不超过两天，培训对象为甲方系统管理员、车间班组长及质检员。超出部分的培训及现场服务，按每人每天2,800元另行收费，差旅费由甲方承担。

## 第四条 验收

4.1 系统安装完成并上线运行后，即视为甲方验收合格。

4.2 甲方在上线运行后提出的问题，乙方在后续维护中统一处理，不影响验收结论及付款。

4.3 甲方对系统功能有新增需求的，应以书面形式提出，乙方评估工作量并报价，经甲方确认后另行签订补充协议实施，不影响本合同的验收及付款。

## 第五条 知识产权

5.1 “锐溯”软件产品及乙方为本项目进行的全部定制开发成果（包括程序、源代码、报表模板、数据接口及相关文档）的知识产权均归乙方所有。

5.2 甲方在本合同约定的工位范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或交由第三方维护。

5.3 乙方有权将本项目的定制开发成果用于其他客户。

## 第六条 售后服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复及远程技术支持。

6.2 免费维护期内，甲方报告一级故障（系统无法扫码报工、生产线无法正常过站）的，乙方在10小时内响应；其他问题在三个工作日内响应。

6.3 乙方将尽力在合理时间内排除故障，但不承担因系统故障导致的停产、返工、订单延误等任何损失，亦不承担扣款或赔偿。

6.4 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护合同，维护费按乙方当年度公布的服务价格标准执行。

6.5 免费维护期内，乙方提供远程支持为主；确需现场服务的，乙方安排工程师到场，差旅费由甲方承担。

6.6 因甲方擅自修改系统配置、使用非乙方认可的硬件、操作不当或计算机病毒导致的问题，不属于免费维护范围，乙方可协助处理并另行收费。

6.7 乙方发布的产品新版本，甲方在免费维护期内可申请升级；免费维护期满后升级的，按乙方届时的升级价格另行收费。

## 第七条 数据

7.1 甲方在系统中产生的生产、质检及出货数据归甲方所有，乙方仅为提供本合同服务之目的处理该等数据。

7.2 乙方实施人员通过甲方提供的远程通道访问系统，每次访问须经甲方授权；乙方应采取防病毒、访问控制及操作记录等措施保护甲方数据。

7.3 因乙方原因导致甲方数据丢失或被非法获取的，乙方应在24小时内通知甲方，协助恢复，并承担相应的赔偿责任。

7.4 甲方应自行做好数据的日常备份。系统部署在甲方服务器上，因甲方服务器硬件故障、断电或网络中断造成的数据损失，乙方不承担责任。

## 第八条 保密

8.1 双方对本合同内容及在履行过程中知悉的对方技术资料、商业信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

8.2 本条约定在合同终止后两年内有效。

## 第九条 责任限制

9.1 乙方在本合同项下的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过合同总价的20%。

9.2 任何一方均不对另一方的间接损失、利润损失或商誉损失承担责任。

9.3 乙方对因第三方软件、操作系统、数据库或甲方自购硬件引起的问题不承担责任，但应协助甲方与相关厂商沟通。

## 第十条 合同解除

10.1 一方严重违反本合同约定，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。

10.2 合同解除后，乙方已完成的工作及已收取的款项不予退还，但乙方存在严重违约的除外。

10.3 甲方在系统上线后要求解除合同的，已支付的款项不予退还，甲方应停止使用软件并删除全部安装副本。

## 第十一条 甲方的其他义务

11.1 甲方应按照乙方提供的操作手册使用系统，妥善保管系统账号及密码，因账号保管不善引起的后果由甲方承担。

11.2 甲方不得将软件安装于本合同约定范围以外的工位或其他工厂；需扩大使用范围的，应另行向乙方购买许可。

11.3 甲方应配合乙方完成项目实施，在乙方提交的实施文档及阶段成果确认单上及时签字确认。

## 第十二条 不可抗力

因不可抗力导致合同不能履行的，遇到不可抗力的一方应及时通知对方，并根据影响程度部分或全部免除责任。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 双方的通知以电子邮件或书面形式发送至本合同载明的联系人，发出之日起三日视为送达。

14.3 本合同为乙方标准合同文本，双方对条款的修改应以书面补充协议形式确定。

甲方（盖章）：__________  乙方（盖章）：__________

日期：__________      日期：__________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CRL-CN-2025-014
P:Licensor: Cross River Ledger Systems Limited, a company incorporated in Nigeria, with its registered office at 41 Marian Road, Calabar, Cross River State, Nigeria ("Licensor").
P:Customer: Ningbo Haitong Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Yinzhou District, Ningbo, Zhejiang Province ("Customer").
P:Background: Customer wishes to replace its spreadsheet-based reconciliation of bank, customs and supplier accounts with Licensor's ReconDesk Enterprise software. Licensor has agreed to grant a perpetual licence, to configure and implement the software, to train Customer's staff and to support the software, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means ReconDesk Enterprise version 8, in object code, with its standard modules for bank reconciliation, customs duty reconciliation, supplier statement matching and reporting, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the matching rules, report templates, interface programs and scripts written by Licensor specifically for Customer, with their source code and documentation.
P:1.3 "Final Acceptance" means the date on which Customer signs the Final Acceptance Certificate under Article 5.
P:1.4 "Customer Data" means all data entered into, imported into or generated by the Software in Customer's environment.
H:Article 2 Licence
P:2.1 Licensor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's own servers in mainland China for up to 60 named users and three legal entities of Customer's group.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery. Customer may allow its contractors to operate the Software on its behalf.
P:2.3 Additional users may be purchased at CNY 9,800 per named user, which price is fixed for three years from the Effective Date.
H:Article 3 Services and Fees
P:3.1 Licensor shall configure the Software, build the Custom Deliverables, connect the Software to Customer's ERP system and to the statement files of its four banks, migrate two years of open items, and train Customer's finance team.
P:3.2 The Contract Price is CNY 1,544,000, made up of the Licence Fee of CNY 1,180,000, implementation services of CNY 326,000 and training of CNY 38,000. The Contract Price includes all taxes, travel and expenses.
P:3.3 Customer shall pay the Contract Price as follows: (a) 20% within 15 days after signature of this Agreement, against Licensor's invoice; (b) 45% within 15 days after installation of the Software in Customer's production environment; and (c) 35% within 15 days after Final Acceptance.
P:3.4 Payments shall be made in CNY by bank transfer to the account named in Licensor's invoice. Each party bears its own bank charges.
P:3.5 Licensor shall appoint a project manager who speaks Mandarin or works with a Mandarin interpreter at Licensor's cost, and who shall be on site in Ningbo during configuration, testing and go-live. Licensor shall send Customer a written progress report every two weeks, listing completed tasks, open issues, risks and the next steps.
H:Article 4 Delivery and Timetable
P:4.1 Licensor shall install the Software within 30 days after the Effective Date and shall submit the system for acceptance testing within 110 days after the Effective Date.
P:4.2 If Licensor fails to meet either date for reasons attributable to it, Licensor shall pay Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:4.3 Customer shall provide timely access to its systems, staff and data. Any delay caused by Customer extends the timetable accordingly.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall be carried out by Customer with Licensor's support, using the test plan agreed in the first month of the project.
P:5.2 The acceptance criteria are: (a) every function listed in the specification works as described; (b) automatic matching of one month of real bank statements reaches the match rate agreed in the test plan, and every unmatched item is correctly reported; (c) reconciliation of migrated open items shows no difference with Customer's ledger; (d) the ERP interface runs for 20 consecutive working days without a Severity 1 incident.
P:5.3 When the criteria are met, Customer shall sign a Final Acceptance Certificate within 10 working days. Use of the Software in production before that date is not acceptance.
P:5.4 If the tests fail, Licensor shall correct the defects and repeat the tests within 20 days at its own cost.
H:Article 6 Warranty and Support
P:6.1 Licensor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Licensor shall correct defects and provide updates and support free of charge.
P:6.2 Support requests are classified as follows: Severity 1 (reconciliation cannot run or the ERP interface is down) response within 1 hour and a workaround within 8 hours; Severity 2 (a module or a bank feed fails) response within 2 hours and a fix within 2 working days; Severity 3 (other issues) response within one working day.
P:6.3 For each full hour by which Licensor exceeds a Severity 1 response or workaround time, Licensor shall credit CNY 1,000 against the next amount due from Customer, or pay it if no amount is due.
P:6.4 After the Warranty Period, Customer may order Annual Support at 11% of the Licence Fee per year (CNY 129,800). This fee is fixed for three years after the end of the Warranty Period. Annual Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of Licensor.
P:7.2 The Custom Deliverables belong to Customer on delivery. Licensor shall deliver their source code and documentation with the Final Acceptance Certificate. Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 Licensor shall defend Customer against any claim that the Software infringes a third party's rights and shall bear all resulting costs and damages.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to Customer. Licensor may access Customer Data only to perform this Agreement and may not copy it outside Customer's environment or use it for any other purpose.
P:8.2 Remote access by Licensor shall be made only through Customer's VPN with multi-factor authentication, after Customer approves each session, and all sessions shall be logged. Licensor's staff shall comply with Customer's information security policies.
P:8.3 Licensor shall notify Customer within 24 hours of any actual or suspected security incident affecting Customer Data, shall cooperate fully in the response, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including pricing, bank details, supplier terms and the content of this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 These obligations continue for three years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Licensor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability under Articles 7.3 and 8, to personal injury or to wilful misconduct.
P:10.2 Neither party is liable for indirect or consequential loss.
H:Article 11 Subcontracting
P:11.1 Licensor shall not subcontract any part of the services without Customer's prior written consent. Licensor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:12.2 Customer may also terminate if the liquidated damages under Article 4.2 reach their maximum. On termination by Customer under this Article, Licensor shall refund the amounts paid for services not accepted.
P:12.3 The licence in Article 2 survives termination unless Customer has failed to pay the Licence Fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Federal Republic of Nigeria.
P:13.2 Any dispute arising out of this Agreement shall be referred to arbitration under the Arbitration and Mediation Act 2023 of Nigeria before a sole arbitrator. The seat of arbitration shall be Calabar, and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.2 This Agreement, with its Annexes, is the entire agreement of the parties about its subject matter. Any change must be in writing and signed by both parties.
P:14.3 Notices shall be given in writing in English to the addresses above, by courier or by e-mail with confirmation of receipt.
P:14.4 This Agreement is signed in two originals in English, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:14.5 Each party shall comply with the export control, sanctions and anti-bribery laws that apply to it. Neither party may assign this Agreement without the other party's written consent, except that Customer may assign it to an affiliate that takes over its finance operations.
P:Annex 1: Functional specification. Annex 2: Implementation plan. Annex 3: Acceptance test plan.
P:For Licensor: ____________________    For Customer: ____________________
"""

E02 = """# FIELDLINE ORDER FORM AND GENERAL TERMS

**Order Form No. FL-CN-0093**

## PART A: ORDER FORM

### A1. Parties

**Provider:** Fieldline Cloud Services Limited, 18 Oron Road, Uyo, Akwa Ibom State, Nigeria ("Fieldline").

**Customer:** Suzhou Hengsheng Elevator Maintenance Co., Ltd., Wuzhong District, Suzhou, Jiangsu Province, People's Republic of China ("Customer").

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Subscribed Services

Customer subscribes to the Fieldline field service management platform, which provides work-order dispatch, technician scheduling, a mobile app for on-site inspection checklists and photos, spare-parts tracking, customer sign-off and management dashboards. Customer will use the platform for its maintenance contracts on about 6,400 elevators and escalators in Jiangsu and Shanghai.

The Subscription Term is 24 months, starting on the date of Go-Live Acceptance under A5 (the "Start Date"). The platform is hosted in the Alibaba Cloud Shanghai region.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Total for the term (CNY) |
|---|---|---|---|---|
| Platform subscription, named users | 180 | 1,560 per user per year | 280,800 | 561,600 |
| Analytics and contract-profitability add-on | 1 | 46,000 per year | 46,000 | 92,000 |
| Onboarding (configuration, data import, app roll-out, training) | 1 | one-time | - | 58,000 |
| **Total Contract Value** | | | | **711,600** |

Fees include VAT. Prices are fixed for the Subscription Term. Additional named users may be added at the same unit price, pro rata to the end of the term.

### A4. Invoicing and Payment

1. The subscription fees are invoiced quarterly in advance, one eighth of the term total at the start of each quarter of the Subscription Term, and are payable within 30 days of invoice.
2. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice.
3. No other amount is payable before the Start Date.

### A5. Onboarding and Go-Live Acceptance

1. Fieldline will complete onboarding within 45 days after signature of this Order Form. Onboarding covers: configuration of Customer's work-order types and inspection checklists, import of Customer's asset register and maintenance contracts, integration with Customer's Kingdee accounting system for invoicing, roll-out of the mobile app to technicians, and train-the-trainer sessions for dispatchers.
2. Go-Live Acceptance tests are run by Customer in a three-week pilot at two branches. The criteria are: all asset records imported and reconciled with Customer's register; work orders created, dispatched, completed and signed off on the mobile app; invoice data correctly transferred to Kingdee; and no Severity 1 incident in the last ten days of the pilot.
3. When the criteria are met, Customer signs a Go-Live Acceptance certificate. Use of the platform during the pilot is not acceptance.
4. If Go-Live Acceptance is delayed beyond the 45th day for reasons attributable to Fieldline, Fieldline will pay Customer CNY 500 for each day of delay.

### A6. Contacts and Signatures

Fieldline account manager: Mr. Emem Udoh, emem.udoh@fieldline.example. Customer project lead: Ms. Zhou Lin, IT Department.

Signed for Fieldline: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________

## PART B: GENERAL TERMS

### 1. Provision of the Services

1.1 Fieldline will make the platform available to Customer's named users during the Subscription Term in accordance with this Agreement and the documentation.

1.2 Customer is responsible for its users' compliance with this Agreement, for the accuracy of the data it enters and for keeping user passwords secret.

1.3 Fieldline may improve the platform from time to time, provided that no change materially reduces the functions subscribed in A2.

1.4 Fieldline will provide support in Mandarin and English through a hotline, e-mail and the in-app help centre. A named customer success manager will hold a review meeting with Customer every quarter, covering adoption, incidents, credits and planned releases.

1.5 Fieldline will give Customer at least 30 days' notice of any new release that changes the mobile app's workflow, and will provide updated training materials for dispatchers and technicians at no extra charge.

### 2. Service Levels

2.1 Fieldline will make the platform available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours ahead and carried out between 23:00 and 05:00 China time.

2.2 Incidents are classified as Severity 1 (the platform or the mobile app is unavailable to all users, or work orders cannot be dispatched), Severity 2 (a major function fails for some users) and Severity 3 (other issues). Fieldline will respond to Severity 1 incidents within 30 minutes, 24 hours a day, and to Severity 2 incidents within 2 hours during business hours.

2.3 If monthly availability falls below the commitment in 2.1, Customer will receive a service credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to half of that month's fee. For each late Severity 1 response, Customer will receive a further credit of CNY 800. Credits are deducted from the next invoice or, at the end of the term, paid to Customer.

### 3. Customer Data

3.1 All data that Customer or its users enter into the platform, including asset records, work orders, inspection photos, customer contacts and technician locations ("Customer Data"), belongs to Customer.

3.2 Fieldline will use Customer Data only to provide the services to Customer under this Agreement and will not use it for any other purpose.

3.3 During the term and for 30 days after it ends, Customer may export all Customer Data in CSV and image formats. Fieldline will delete Customer Data within 60 days after the end of the term and confirm the deletion in writing.

### 4. Intellectual Property

4.1 Fieldline retains all rights in the platform and its standard features.

4.2 Customer-specific configurations, checklists, report templates and the Kingdee integration mapping prepared for Customer belong to Customer, which may use, modify and have them used by third parties without restriction.

### 5. Confidentiality

5.1 Each party will keep the other party's confidential information secret, will use it only for the purposes of this Agreement, and will disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

5.2 Confidential information does not include information that is public, already known to the receiving party, or independently developed. These obligations survive for three years after the end of the Agreement.

### 6. Subcontracting

6.1 Fieldline's hosting provider named in A2 is approved by Customer's signature of this Order Form. Fieldline will not engage any other subcontractor for the services without Customer's prior written consent.

6.2 Fieldline remains responsible for the performance of its subcontractors.

### 7. Liability

7.1 Each party's total aggregate liability arising out of this Agreement is limited to the fees paid or payable by Customer under this Agreement in the six months preceding the event giving rise to the claim.

7.2 Neither party is liable for loss of profit, loss of business or indirect damages.

7.3 The limits in this section do not apply to Customer's obligation to pay fees or to liability that cannot be limited by law.

### 8. Term and Termination

8.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

8.3 If Customer terminates under 8.2, Fieldline will refund the prepaid fees for the period after termination.

8.4 On expiry or termination, Fieldline will keep the platform available in read-only mode for 30 days so that Customer can complete its export under 3.3, and will give reasonable assistance, at its standard daily rates, to transfer the data to a successor system if Customer asks for it.

8.5 Sections 3, 4, 5 and 7 survive termination.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 10. Customer Responsibilities

10.1 Customer will provide a project lead, timely decisions during onboarding, the asset and contract data in the agreed import format, and access to its Kingdee test environment.

10.2 Customer will supply its technicians with smartphones that meet the minimum operating system version stated in the documentation, and is responsible for their mobile data plans.

10.3 Delays caused by Customer extend the onboarding period in A5 by the same number of days.

### 11. General

11.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly.

11.2 Notices must be in writing and sent to the contacts named in A6.

11.3 This Agreement may be amended only in writing signed by both parties. It is made in English and Chinese; both versions have equal force.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR VIBRATION MONITORING SENSORS AND SOFTWARE
P:Contract No. JXC-PUR-2025-0211
P:Buyer: Jiaxing Xinhe Chemical Co., Ltd., Jiaxing Port Chemical Park, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Delta Sensing Technologies Limited, 7 Airport Road, Warri, Delta State, Nigeria (the "Supplier").
P:This Contract is made on the Buyer's standard purchasing terms. The Supplier will supply wireless vibration and temperature sensors, gateways and a perpetual licence of its condition-monitoring software for the pumps, compressors and agitators of the Buyer's two production units, and will install, configure and commission the system.
H:1. Scope and Price
P:1.1 The Supplier shall supply the equipment and licence listed below, install and commission them, and train the Buyer's maintenance engineers. The Contract Price is fixed and includes VAT, packing, transport to site, insurance, import duties and clearance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX / Ex ib certified|240|3,150|756,000
TB:2|Explosion-proof gateway with 4G and Ethernet|24|8,400|201,600
TB:3|Condition-monitoring software, perpetual licence for 300 measuring points|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,243,600
TB:4|Installation, mounting and commissioning|1 lot|148,000|148,000
TB:5|Training of maintenance engineers|1 lot|22,400|22,400
TB:|Contract Price|||1,414,000
P:1.2 All equipment shall be new, of current production, and certified for use in the hazardous areas defined in the Buyer's area classification drawings.
H:2. Delivery and Installation
P:2.1 The Supplier shall deliver all equipment to the Buyer's site within 60 days after signature, with packing lists, certificates of origin, explosion-proof certificates and calibration certificates.
P:2.2 Delivery is confirmed by a signed receiving note, which records quantity and visible condition only and is not acceptance.
P:2.3 Installation shall be completed within 30 days after delivery, during the maintenance windows agreed with the Buyer's production department. The Supplier's staff shall comply with the Buyer's permit-to-work system and safety rules on site.
P:2.4 After installation the Buyer signs an Installation Certificate. The Installation Certificate is not acceptance.
P:2.5 The Supplier shall appoint a site manager who is present whenever its staff work on site. Before installation starts, the Supplier shall submit a method statement and a list of its staff, and each person shall attend the Buyer's site safety induction. Mounting on running machines is allowed only with the Buyer's written approval for each machine.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 141,400) as an advance payment within 15 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 777,700) within 30 days after the Installation Certificate.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 494,900) within 30 days after the Final Acceptance Certificate.
H:4. Acceptance
P:4.1 After installation, the system runs for a trial period of 45 days.
P:4.2 The acceptance criteria are: (a) all 240 sensors report to the software at the configured interval, with data loss below the level stated in the technical specification; (b) vibration readings agree with the readings of the Buyer's portable reference analyser within the tolerance stated in the technical specification on 20 machines chosen by the Buyer; (c) alarms for the thresholds set by the Buyer reach the control room and the mobile app within 10 seconds; (d) no Severity 1 incident occurs in the last 20 days of the trial period; (e) all documents listed in the technical specification have been delivered.
P:4.3 When the criteria are met, the Buyer signs a Final Acceptance Certificate within 10 working days. Use of the system during the trial period is not acceptance.
P:4.4 If the criteria are not met, the Supplier shall remedy the defects at its own cost and the trial period restarts for the affected part.
P:4.5 The training under item 5 of the price table shall consist of two classroom sessions and one week of on-the-job coaching, so that the Buyer's engineers can configure new measuring points, set alarm thresholds and read spectrum reports without the Supplier's help.
H:5. Warranty
P:5.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective equipment free of charge, including parts, labour, travel and shipping, and shall supply software updates free of charge.
P:5.2 Sensor batteries that fail before the battery life stated in the technical specification shall be replaced free of charge, also after the warranty period.
P:5.3 The Supplier shall keep a stock of spare sensors and gateways at the Buyer's site during the warranty period, equal to at least three per cent of the installed quantity.
H:6. Service Levels
P:6.1 The Supplier shall provide support by telephone and e-mail in Mandarin or English, 24 hours a day, seven days a week.
P:6.2 Incidents are classified and handled as follows:
TB:Severity|Description|Response|On-site or fix
TB:Severity 1|Software or more than one gateway down; no alarms reach the control room|30 minutes|Engineer on site or remote fix within 24 hours
TB:Severity 2|Single gateway or group of sensors not reporting|2 hours|Fix within 3 working days
TB:Severity 3|Other faults and questions|1 working day|Next software update or agreed date
P:6.3 For each full hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall pay the Buyer CNY 600, and for each day by which it exceeds the Severity 1 fix time, CNY 2,000. The Buyer may deduct these amounts from any payment due.
H:7. Support after the Warranty Period
P:7.1 After the warranty period, the Buyer may order annual support covering software updates, remote support, the service levels of clause 6 and repair of equipment, at 8% of the Hardware and Licence Subtotal per year (CNY 99,488).
P:7.2 This fee is fixed for two years after the end of the warranty period and may not be increased without the Buyer's written agreement. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:8. Delay Damages
P:8.1 If the Supplier fails to deliver or to complete installation on time, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:8.2 Payment of delay damages does not release the Supplier from its obligations.
H:9. Intellectual Property
P:9.1 The software and the firmware of the sensors and gateways remain the property of the Supplier or its licensors, and the Buyer receives a perpetual licence to use them.
P:9.2 The machine models, alarm configurations, dashboards and interface programs to the Buyer's DCS and maintenance management system prepared for this project belong to the Buyer. The Buyer may use, modify and license them freely, and the Supplier shall deliver the source code of the interface programs.
H:10. Data Security
P:10.1 All measurement data, machine data and alarm records belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The software is installed on the Buyer's servers inside the plant network. The Supplier may connect remotely only through the Buyer's approved remote-access system, after approval for each session, and all sessions are recorded. The Supplier shall not store the Buyer's data outside the plant network.
P:10.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 2 hours, shall help the Buyer contain it, and shall be liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information received from the Buyer, including process data, plant drawings and production figures, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, fraud and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment and services not accepted and compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:16. General
P:16.1 Neither party is liable for delay caused by force majeure if it notifies the other party promptly and takes reasonable steps to limit the effects.
P:16.2 This Contract is made in Chinese and English in four originals, two for each party. Both language versions have equal force.
P:Annex 1: Technical specification. Annex 2: Site list and area classification. Annex 3: Training plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. NMS-FS-2025-07**

**Between**

**Customer:** Foshan Meijia Furniture Manufacturing Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer"); and

**Provider:** Niger Bridge Managed Services Limited, 22 New Market Road, Onitsha, Anambra State, Nigeria, acting through its Guangzhou representative office ("Provider").

**Background.** Customer operates a head office, three factories and a showroom with about 1,150 users. Customer wishes to outsource its IT service desk, end-user support, and network and server monitoring for a term of 36 months. Provider has agreed to provide these services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 3.

1.5 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, receives or processes in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and continues until the end of the 36th month after the Service Commencement Date.

2.2 The parties may extend the Agreement by written agreement made at least three months before its expiry. There is no automatic renewal.

## 3. Transition

3.1 Provider shall take over the Services from Customer's internal team within 60 days after signature. Transition includes documentation of all sites and systems, set-up of Provider's ticketing tool, knowledge transfer from Customer's staff, and a parallel run of two weeks.

3.2 The Transition Acceptance criteria are: all assets and user accounts recorded in the configuration database; the knowledge base covers the 50 most frequent ticket types of the last year; monitoring of all network devices and servers is live and tested; and the service desk has handled the parallel run with at least the target first-call resolution rate in Schedule 2.

3.3 When the criteria are met, Customer signs a Transition Acceptance certificate. Operation of the service desk during the parallel run is not acceptance.

3.4 If the Service Commencement Date is later than the 60th day after signature for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.02% of the Total Contract Value for each day of delay.

## 4. Services and Service Levels

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 If Provider fails to meet a Service Level, Customer receives the Service Credits in Schedule 2, which are deducted from the next monthly invoice.

4.3 Provider shall report its performance against each Service Level every month and shall hold a service review with Customer each quarter. Where a Service Level is missed in two consecutive months, Provider shall deliver a written improvement plan within ten working days.

4.4 Customer shall give Provider's engineers access to its sites, systems and documentation as reasonably needed, shall name a service manager as Provider's single point of contact, and shall tell Provider in advance of planned changes to its systems, new sites and large office moves. Provider is not responsible for a missed Service Level to the extent it is caused by Customer's failure to do so.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Total Contract Value is CNY 2,550,000.

5.2 The monthly service charge is invoiced monthly in arrears and paid within 30 days after receipt of a correct invoice. The transition fee is invoiced after Transition Acceptance.

5.3 The Charges are fixed for the term and include all taxes, travel and tools. Customer pays no advance.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not retain, copy or use it for any other purpose.

6.2 Provider shall apply the security measures in Schedule 1, Part C, including named accounts with multi-factor authentication for all privileged access, access only from Provider's service centre in Guangzhou, logging of all administrator actions, and encryption of Customer Data in the ticketing tool. Customer Data shall remain in mainland China.

6.3 Provider shall report any security incident affecting Customer's systems or Customer Data within 2 hours after becoming aware of it, shall cooperate in the investigation, and shall be liable for the losses caused by its breach of this clause.

## 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it.

7.2 This clause continues for three years after the Agreement ends.

## 8. Intellectual Property

8.1 Provider's tools, methods and ticketing software remain Provider's property.

8.2 The knowledge articles, scripts, configuration records and run books created for Customer under this Agreement belong to Customer, which may use, modify and give them to a successor provider without restriction.

## 9. Staff and Subcontracting

9.1 Provider shall staff the Services with qualified engineers, at least three of whom shall be stationed at Customer's head office and factories during working hours.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud, wilful misconduct and breach of clauses 6 and 7.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Duration and Remedies

11.1 This Agreement runs for the full term in clause 2. Neither party may terminate it before expiry, except where an event of force majeure prevents performance for more than 90 consecutive days, in which case either party may end the Agreement by written notice.

11.2 Customer's remedies for Provider's failure to perform are the Service Credits, the delay damages under clause 3.4, damages under clause 10 and the right to require Provider to remedy the failure at its own cost. A failure to perform does not entitle Customer to end this Agreement early.

11.3 At the end of the term, Provider shall give reasonable exit assistance for up to 60 days, including handover of all documentation, knowledge articles and configuration records to Customer or a successor provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final.

## 13. General

13.1 Notices shall be given in writing to the addresses above. Any change to this Agreement must be in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the other's written consent.

13.3 This Agreement is signed in English and Chinese. Both versions have equal force.

Signed for Customer: ____________________  Signed for Provider: ____________________

## Schedule 1: Services

| Part | Service | Scope |
|---|---|---|
| A | Service desk | Mandarin and Cantonese service desk by telephone, e-mail and WeChat, 7:00 to 22:00 every day; ticket logging, triage and remote fixes |
| A | End-user support | Desk-side support at all five sites; laptop and desktop set-up, moves and changes; printer first-line support |
| B | Network and server monitoring | 24x7 monitoring of 160 network devices, 38 servers and the factory Wi-Fi; patching of servers monthly; backup checks daily |
| B | Asset and licence management | Configuration database, asset records, software licence reconciliation every quarter |
| C | Security operations | Privileged access with multi-factor authentication, administrator logging, antivirus console management, vulnerability scan reports every month |

## Schedule 2: Service Levels and Service Credits

| Service Level | Target | Service Credit for a miss in a month |
|---|---|---|
| P1 incident (a factory, the ERP or the whole network down): response | 15 minutes | CNY 1,000 per late response |
| P1 incident: restoration or workaround | 2 hours | 3% of the monthly service charge per hour beyond target |
| P2 incident (a department or a key system impaired): response | 1 hour | CNY 300 per late response |
| P2 incident: resolution | 8 business hours | 1% of the monthly service charge |
| Service desk calls answered within 30 seconds | at least 85% | 2% of the monthly service charge |
| First-call resolution | at least 70% | 1% of the monthly service charge |
| Customer satisfaction score | at least 4.2 of 5 | 1% of the monthly service charge |

Service Credits in a month are limited to a quarter of that month's service charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 84,000 |
| Monthly service charge | 68,500 per month for 36 months, monthly in arrears | 2,466,000 |
| **Total Contract Value** | | **2,550,000** |

Additional users beyond 1,250 are charged at CNY 52 per user per month from the month after the count is exceeded.
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. OSD-XM-2025-03

PARTIES

Provider: Osun Agridata Limited, 9 Station Road, Oshogbo, Osun State, Nigeria ("Provider").

Customer: Xiamen Jinhai Agricultural Products Import and Export Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer").

BACKGROUND

Provider collects and publishes farm-gate, warehouse and port prices, crop estimates and shipment data for cocoa, cashew, sesame and shea in West Africa. Customer imports these commodities into China and wishes to receive Provider's data through an application programming interface (API) and a web dashboard for its buying, hedging and logistics teams. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the prices, estimates, shipment records, reports and other content made available by Provider under this Agreement.

1.2 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary.

1.3 "Start Date" means the date on which Provider issues Customer's production API credentials, which shall be no later than ten days after signature.

1.4 "Customer Data" means the watchlists, query parameters, portfolio positions and any other information that Customer uploads to or enters in the API or dashboard.

1.5 "Connector" means the software that Provider writes for Customer to load the Data into Customer's procurement and risk system, described in clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the Data through the API and the dashboard, for up to 25 named users and unlimited API calls within the fair-use limits of the documentation.

2.2 Customer may use the Data for its internal business purposes, including reports to its management, banks and auditors. Customer may not resell the Data or publish it in bulk.

2.3 The subscription includes the historical backfile of daily prices from 2015 onwards, which Provider shall deliver in bulk within 20 days after the Start Date.

2.4 Provider shall give Customer's users access to its analysts' weekly market notes and to a quarterly online briefing on crop conditions and export policy in the covered origins. Customer may send up to ten research questions per Subscription Year to Provider's analysts, who will answer them in writing.

2.5 Provider shall keep the list of covered series in the Annex at least at its current scope during the two Subscription Years. If a source stops publishing, Provider shall offer a comparable series and tell Customer in writing.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee: CNY 168,000 per Subscription Year, CNY 336,000 for the two Subscription Years;
(b) Connector development and integration support: CNY 24,000, one-time.
The total contract value is CNY 360,000, including VAT.

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

3.3 The Connector fee is invoiced after Integration Acceptance under clause 4 and is payable within 30 days of invoice.

3.4 The fees are fixed for the two Subscription Years. Additional named users cost CNY 5,600 per user per Subscription Year, pro rata.

4. CONNECTOR AND INTEGRATION ACCEPTANCE

4.1 Provider shall write a Connector that loads the Data for the commodities, origins and ports listed in the Annex into Customer's procurement and risk system every business day, converts prices into CNY at the reference rate chosen by Customer, and flags missing or revised values.

4.2 Integration Acceptance tests are run by Customer for 15 business days. The criteria are: every daily load completes before 08:30 Beijing time; loaded values agree with the dashboard for all listed series; revised values are flagged and replace earlier values; and the historical backfile is fully loaded and reconciles with the dashboard for three sample months chosen by Customer.

4.3 When the criteria are met, Customer signs an Integration Acceptance note. Use of the Data during the tests is not acceptance.

4.4 If Provider delivers the historical backfile later than stated in clause 2.3, Provider shall pay Customer CNY 250 for each day of delay.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API and the dashboard available and to publish the Data on time, but does not guarantee any particular availability or publication time.

5.2 Customer may report problems by e-mail to Provider's support desk. Provider will respond to support requests within a reasonable time during its business hours (West Africa Time) and will try to resolve them as soon as practicable.

5.3 Provider may suspend access for planned maintenance, and will try to give Customer notice of it in advance.

6. DATA QUALITY

6.1 Provider shall collect the Data with reasonable skill and care, using the sources and methods described in its methodology statement, and shall correct errors promptly when it becomes aware of them.

6.2 Customer acknowledges that market data may be incomplete or revised and that Customer remains responsible for its own trading and hedging decisions.

6.3 Provider shall publish a revision log for each series, showing the date, the old value, the new value and the reason for every revision.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API, the dashboard and support to Customer, and shall not use it for any other purpose, including its own research or products.

7.2 At the end of this Agreement Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. DATA SECURITY

8.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access for its staff, multi-factor authentication for administrator accounts and logging of access to Customer Data.

8.2 Provider shall notify Customer of any security incident affecting Customer Data within 48 hours after becoming aware of it, shall take the measures necessary to contain it, and shall be liable for the losses caused to Customer by its breach of this clause.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the Data, the API and the dashboard, subject to the rights granted to Customer in clause 2.

9.2 The Connector and its source code, and any reports and models that Customer creates from the Data, belong to Customer. Customer may use, modify and license the Connector freely, including through third parties, and Provider shall deliver its source code with the Integration Acceptance note.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including Customer's watchlists, positions and purchase volumes, and the terms of this Agreement, and shall not disclose it to any third party without the other party's prior written consent.

10.2 This clause survives for three years after the end of this Agreement.

11. SUBCONTRACTORS

11.1 Provider may engage subcontractors, field data collectors, hosting providers and other service providers of its choice to perform any part of this Agreement, without Customer's consent.

11.2 Provider remains responsible for the work of its subcontractors.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for breach of clauses 7, 8 and 10, fraud and wilful misconduct.

12.2 Neither party is liable for indirect loss, loss of profit or trading losses.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a written agreement of both parties.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.3 If Customer terminates under clause 13.2, Provider shall refund the part of the subscription fee paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding.

15. GENERAL

15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including strikes, civil unrest and failures of public networks, provided that it notifies the other party promptly.

15.2 Notices shall be given in writing in English by e-mail with confirmation of receipt, to the contacts named in the Annex.

15.3 This Agreement, with its Annex, is the entire agreement of the parties on its subject matter and may be changed only in writing signed by both parties. It is made in English in two originals.

ANNEX: COVERED SERIES AND CONTACTS

Commodities: raw cashew nuts, cocoa beans, sesame seed and shea kernels. Origins: Nigeria, Ghana, Cote d'Ivoire, Benin and Togo. Ports: Lagos (Apapa and Tin Can), Tema, Abidjan, San Pedro, Cotonou and Lome. Series: farm-gate prices by state or region, warehouse prices, FOB port prices, weekly arrival estimates and monthly shipment records by destination.

Provider contact: Mr. Adewale Ogunleye, client services. Customer contact: Ms. Chen Yuqing, procurement and risk department.

Signed for Provider: ____________________    Date: __________

Signed for Customer: ____________________    Date: __________
"""

# ---------------------------------------------------------------- files
TARGETS = {  # key -> (file name, format)
    "z01": ("h744z01_disaster_relief_supplies_dispatch_platform.pdf", "pdf"),
    "z02": ("h744z02_blanket_mill_weaving_brushing_line_retrofit.docx", "docx"),
    "z03": ("h744z03_roujiamo_chain_ordering_membership_saas.txt", "txt"),
    "z04": ("h744z04_maintenance_fund_system_annual_om.txt", "txt"),
    "z05": ("h744z05_slingshot_toy_factory_tracking_supplier_template.md", "md"),
    "e01": ("h744e01_calabar_reconciliation_perpetual_licence.pdf", "pdf"),
    "e02": ("h744e02_uyo_field_service_saas_order_form.md", "md"),
    "e03": ("h744e03_warri_vibration_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h744e04_onitsha_managed_it_services_36_months.md", "md"),
    "e05": ("h744e05_oshogbo_commodity_data_api_subscription.txt", "txt"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# policy §3 thresholds (defaults of the shipped pack)
AVAIL_MIN, P1_MAX, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5

T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(lang, category, vals, sla, ld_stated, deemed, value, capped=None):
    terms = dict(zip(T_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": lab("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                  False, True, False, "PRC", G], True, True, False, 2088000, True),
    "z02": lab("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 26,
                                  False, True, False, "PRC", G], True, True, False, 1460000, True),
    "z03": lab("zh", "cloud", [99.5, 0.25, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                               True, True, False, "PRC", S], True, True, False, 692400),
    "z04": lab("zh", "services", [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None,
                                  None, False, True, True, "PRC", S], True, True, False, 586000),
    "z05": lab("zh", "software", [None, 10, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None,
                                  False, True, None, None, G], True, False, True, 650000, False),
    "e01": lab("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11,
                                  False, True, False, "Nigeria", G], True, True, False, 1544000, True),
    "e02": lab("en", "cloud", [99.95, 0.5, True, "buyer", False, True, True, 500 / 711600 * 100, 6 / 24 * 100, None,
                               True, None, None, None, False, True, False, "PRC", S], True, True, False, 711600),
    "e03": lab("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8,
                                  False, True, False, "PRC", G], True, True, False, 1414000, True),
    "e04": lab("en", "services", [None, 0.25, True, "buyer", True, True, True, 0.02, 150, None, True, None, None, None,
                                  False, False, False, "PRC", S], True, True, False, 2550000),
    "e05": lab("en", "cloud", [None, None, False, "buyer", True, True, True, 250 / 360000 * 100, 150, None, True, None,
                               None, None, False, True, True, "PRC", S], False, True, False, 360000),
}
# design facts that are not label keys: itemised licence/hardware fee base (TCO), forum outside mainland China
FEE_BASE = {"z01": 1260000, "z02": 1350000, "z05": 360000, "e01": 1180000, "e03": 1243600}
FORUM_OUTSIDE = {"e01"}
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-LD-LOW", "CR-TERMINATION"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
# price and payment sums, asserted
SUMS = {
    "z01": (1260000 + 684000 + 118000 + 26000, 2088000), "z01pay": (20 + 45 + 35, 100),
    "z02": (348000 + 225000 + 184000 + 98000 + 248000 + 247000, 1350000), "z02t": (1350000 + 96000 + 14000, 1460000),
    "z02pay": (292000 + 511000 + 657000, 1460000),
    "z03": (40 * 5880 * 2 + 68000 * 2 + 86000, 692400), "z04": (146500 * 4, 586000),
    "z05": (360000 + 248000 + 42000, 650000), "z05pay": (422500 + 227500, 650000),
    "e01": (1180000 + 326000 + 38000, 1544000), "e01pwf": (round(1180000 * 0.11), 129800),
    "e02": ((180 * 1560 + 46000) * 2 + 58000, 711600),
    "e03": (240 * 3150 + 24 * 8400 + 286000, 1243600), "e03t": (1243600 + 148000 + 22400, 1414000),
    "e03pay": (141400 + 777700 + 494900, 1414000), "e03pwf": (round(1243600 * 0.08), 99488),
    "e04": (68500 * 36 + 84000, 2550000), "e05": (168000 * 2 + 24000, 360000),
    "z01pwf": (round(1260000 * 0.09), 113400), "z02pwf": (round(1350000 * 0.26), 351000),
}


def tco_share(key):
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return post / (x["contract_value"] + post) * 100


def rules_of(key):
    """my reading of policy §3 applied to the label"""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > PWF_MAX):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key) if goods else None
    if share is not None and share > TCO_MAX:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PATTERNS = [
    NUM + r"99\.9(?![\d])", r"99\.90(?!\d)",
    NUM + r"4\s*(?:-\s*)?(?:hours?|hrs?|h\b|个?小时)", r"(?<![十零〇一二两三四五六七八九百])四个?小时", r"\bfour\s*(?:-\s*)?hours?\b",
    NUM + r"0\.05\s*(?:%|％|per\s*cent)", r"万分之五(?![十\d])", r"千分之零点五", NUM + r"0\.0005(?!\d)",
    NUM + r"100\s*(?:%|％|per\s*cent|percent)", r"百分之一?百", r"one\s+hundred\s+per\s*cent",
    NUM + r"30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![\d一二三四五六七八九])", r"\bthirty\s+per\s*cent", r"三成",
    NUM + r"12\s*(?:-\s*)?(?:months?\b|个月|月)", r"十二个月", r"\btwelve\s*(?:-\s*)?months?\b", r"\bone\s*(?:-\s*)?year\b",
    NUM + r"1\s*(?:-\s*)?year\b", r"(?<![第])一年", r"壹年",
    NUM + r"15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"\bfifteen\s+per\s*cent",
    NUM + r"40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![\d一二三四五六七八九])", r"\bforty\s+per\s*cent", r"四成",
    NUM + r"5\s*(?:-\s*)?(?:years?|年)(?!度)", r"(?<![十零〇一二两三四五六七八九百])五年", r"\bfive\s*(?:-\s*)?years?\b",
    NUM + r"60\s*(?:-\s*)?(?:months?|个月)", r"六十个月",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "4-hour", "四小时", "4 个小时", "0.05%", "万分之五", "100%", "100 per cent",
            "30%", "百分之三十", "12个月", "12 months", "12-month", "twelve months", "十二个月", "one year", "一年",
            "15%", "百分之十五", "40%", "forty per cent", "五年", "5 years", "five-year", "60 months", "(4 hours)"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "14 hours", "0.055%", "万分之五十", "1,100%", "130%",
             "30 minutes", "2015年", "2025年", "15 days", "40 days", "112 months", "第一年", "服务年度", "each year",
             "0.08%", "45%", "35%", "150%", "2 hours", "CNY 1,500", "1.5 years", "25.0", "4G", "24x7", "三年",
             "30 days", "115%", "140%", "4.2 of 5", "12 monthly", "2012 year"]


def self_test():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), ("must miss", s, THRESH_RE.search(s).group(0))


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


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(variant)]
    return hits


def check_label_values(key):
    t = LABELS[key]["expected_terms"]
    bad = {"availability_pct": AVAIL_MIN, "p1_response_hours": P1_MAX, "ld_rate_per_day_pct": LD_MIN,
           "liability_cap_pct": CAP_MIN, "prepayment_pct": PREPAY_MAX, "warranty_months": WARRANTY_MIN,
           "post_warranty_fee_pct": PWF_MAX}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    share = tco_share(key)
    if share is not None:
        assert abs(share - TCO_MAX) > 2, (key, share)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for a, b in SUMS.values():
        assert a == b, (a, b)
    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for key, (name, fmt) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    union = set()
    for key, (name, fmt) in TARGETS.items():
        text = read_back(OUT / name)
        lang = LABELS[key]["language"]
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        check_label_values(key)
        rules = rules_of(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        union |= set(rules)
        label = {"file": name, **LABELS[key], "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        share = tco_share(key)
        print("%s %-4s %5d %-6s tco=%s %s" % (key, fmt, n, risk(rules),
                                            "-" if share is None else "%.1f%%" % share, ",".join(rules) or "(none)"))
    assert union == set(ALL_RULES), set(ALL_RULES) - union
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    assert 8 <= len(DESIGN["z05"]) <= 10 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
