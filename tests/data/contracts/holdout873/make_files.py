"""holdout873: builds the ten draft contracts of this folder from the sources below, writes their .json labels and
asserts the checks of the brief (lengths, rules derived from the labels, rule coverage, no value on a threshold).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江州市农业农村局共享菜园管理平台采购合同
P:项目编号：JZCG-2026-0417（政府采购·公开招标）    合同编号：JZNY-HT-2026-083
P:甲方（采购人）：江州市农业农村局
P:乙方（供应商）：杭州绿畦信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设江州市共享菜园管理平台，内容包括：平台软件许可（永久使用，不限用户数）、定制开发（菜园地块一张图、市民认领与预约小程序、农事巡检APP、种植档案与农资台账、数据驾驶舱）、部署实施与历史数据初始化、用户培训。
P:1.2 平台须部署于甲方政务云，并与市民服务统一身份认证平台、市农业数据资源中心对接。
P:1.3 平台首期覆盖全市二十六个共享菜园、约一万一千块认领地块，并预留新增菜园的扩展能力，扩展时无需另行购买许可。
P:1.4 具体功能及技术要求以招标文件第三章和乙方投标文件为准；两者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰壹拾陆万捌仟元整（¥1,168,000.00），其中：平台软件许可费¥620,000，定制开发费¥438,000，部署实施及数据初始化费¥86,000，培训费¥24,000。
P:2.2 上述价款为固定总价，已包含软件、开发、实施、差旅、税费及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥233,600。
P:3.2 系统完成部署、通过初步验收后，甲方支付合同总价的45%，即¥525,600。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥408,800。
P:3.4 乙方每次请款前应开具等额合法增值税发票。甲方付款受财政资金拨付进度影响的，不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后九十日内完成全部开发与部署并提交初步验收申请；初步验收合格后进入为期六十日的试运行。
P:4.2 乙方应指派项目经理一名常驻甲方现场，未经甲方同意不得更换。项目经理每周向甲方提交进度报告，说明已完成工作、存在问题和下周计划。
P:4.3 甲方应提供政务云资源、接口文档和必要的工作场地，并指定联系人配合乙方调研、测试和验收。因甲方原因造成延误的，工期相应顺延。
P:4.4 乙方应在初步验收前完成对甲方管理人员、各菜园管理员及巡检人员的培训，培训不少于六场，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；小程序在两千名用户并发预约时页面响应不超过3秒；与统一身份认证平台、农业数据资源中心的接口连续运行七日无异常；历史认领数据完整迁移并经抽样核对无误。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告无高危漏洞；乙方移交源代码、数据库设计文档、操作手册和培训记录。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。系统上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%；一级故障（平台整体不可用或认领预约功能中断）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，次一工作日内解决。
P:6.3 乙方未达到6.2约定的，每延迟响应一小时扣减服务费¥500，月度可用率每低于约定0.01个百分点扣减¥800，从应付款项或履约保证金中扣除。
P:6.4 每年春耕、秋种认领高峰期前，乙方应对平台进行一次全面巡检和性能优化，并向甲方提交巡检报告。遇重大活动保障需要的，乙方应安排技术人员现场值守。
P:6.5 质保期满后，如甲方需要，乙方提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥55,800，三年内不上调，另行签订维护合同。
H:第七条 知识产权
P:7.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、源代码、数据库结构及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集的菜园地块、认领市民个人信息、农事记录等全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应按网络安全等级保护第二级要求落实访问控制、日志审计和数据加密，运维操作须经甲方堡垒机进行，不得将数据拷出政务云。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、市民个人信息及系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露；本条在合同终止后继续有效。
H:第十条 分包
P:乙方可将小程序界面设计、现场地块测绘辅助工作分包给具备相应能力的第三方，但应在分包前五个工作日书面告知甲方分包单位名称及分包内容。乙方对分包部分向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项。
P:11.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。
H:第十二条 履约保证金与不可抗力
P:12.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:12.2 因地震、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，双方协商延期履行或解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交已完成的开发成果、源代码、文档及甲方全部数据，并配合甲方完成系统交接，不得以任何理由留存或删除甲方数据。
P:13.3 合同解除不影响甲方依本合同要求乙方支付违约金和赔偿损失的权利。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 下列文件构成本合同的组成部分，并与本合同具有同等效力：招标文件及其澄清、乙方投标文件及承诺、中标通知书、双方确认的需求规格说明书和项目实施方案。
P:15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式六份，甲乙双方各执两份，政府采购监督管理部门及采购代理机构各执一份。合同自双方签字盖章之日起生效。
P:甲方（盖章）：江州市农业农村局        乙方（盖章）：杭州绿畦信息技术有限公司
P:签订日期：2026年  月  日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：OGMX-GZ-2026-019
P:甲方：温州瓯固五金门吸有限公司
P:乙方：苏州工控智联自动化有限公司
P:甲方因扩产及质量追溯需要，委托乙方对其门吸压铸、抛光及电镀生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房内压铸线两条、抛光电镀线两条。乙方负责拆除原有继电器控制柜，新装PLC控制系统、伺服驱动、传感器及触摸屏，部署生产线监控软件，开发工艺配方管理及生产报表程序，并完成安装调试和人员培训。
P:1.2 乙方应在签约后十五日内完成现场勘察，提交改造设计方案、停产计划和施工组织方案，经甲方书面确认后实施。设计方案须保留原生产线的急停回路和安全联锁，不得降低原有安全防护水平。
P:1.3 改造须分线实施，每条线停产时间不得超过六日，且同一时间停产的生产线不得超过一条。
P:1.4 改造后每条压铸线应能按订单自动调用工艺配方，记录每模次的温度、压力和周期数据，并按班次生成产量、能耗和次品统计报表，为甲方产品质量追溯提供依据。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰叁拾伍万元整（¥1,350,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|压铸线PLC控制系统（含控制柜、I/O模块）|2套|186,000|372,000
TB:2|抛光电镀线PLC控制系统|2套|143,000|286,000
TB:3|伺服驱动器及位置、温度、液位传感器|1批|218,000|218,000
TB:4|HMI触摸屏（12.1英寸，工业级）|8台|9,500|76,000
TB:5|生产线监控软件许可（永久，不限点数）|1套|164,000|164,000
TB:|软硬件小计|||1,116,000
TB:6|安装调试及旧柜拆除|1项|132,000|132,000
TB:7|工艺配方管理及生产报表程序开发|1项|88,000|88,000
TB:8|操作及维护培训|1项|14,000|14,000
TB:|合计|||1,350,000
P:2.2 合同总价包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同签订后十日内，甲方支付合同总价的10%作为预付款（¥135,000）。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的50%（¥675,000）。到货签收仅确认数量和外观，不代表验收合格。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%（¥472,500）。
P:3.4 剩余5%（¥67,500）作为质量保证金，质保期满且无未解决质量问题后十五日内无息支付。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方厂房，并在到货后六十日内完成四条生产线的改造和调试。
P:4.2 乙方应在每条生产线停产前三日提交该线的切换方案和回退预案，切换失败时应在当日恢复原控制柜运行，由此增加的停产时间计入乙方逾期。
P:4.3 乙方施工人员须遵守甲方安全生产管理制度，动火、登高及带电作业须事先办理作业票。因乙方原因造成人身伤害或财产损失的，由乙方负责。
P:4.4 甲方应提供施工用电、压缩空气和必要的堆放场地，安排工艺及设备人员配合调试，并按停产计划及时腾空生产线。
P:4.5 乙方应对甲方操作工、班组长及设备维修人员进行培训，培训内容包括触摸屏操作、配方切换、报警处置及日常点检，培训后由甲方组织考核。
H:第五条 验收
P:5.1 每条生产线调试完成后，双方按技术协议进行单线验收，标准包括：I/O点逐点测试正确；压铸周期不长于改造前；工艺配方下发与回读一致；监控软件数据刷新不超过2秒；连续带料运行七十二小时无停机故障。
P:5.2 四条线单线验收合格后连续生产三十日，次品率不高于改造前三个月平均水平，生产报表与人工统计核对一致的，双方签署最终验收报告。
P:5.3 设备安装完成、试生产或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收之日起算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:6.2 故障响应：一级故障（整条生产线停机）乙方应在30分钟内远程响应，3小时内到达现场；二级故障（单台设备或部分功能异常）2小时内响应，次日内修复。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付¥800；因此造成甲方停产的，另行赔偿停产损失。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的8%计取，即每年¥89,280，质保期满后连续三年不上调。维保范围包括定期巡检、故障维修、备件更换及软件升级。
P:6.5 乙方保证在最终验收后八年内持续供应本项目所用PLC模块、伺服驱动及触摸屏的备件或兼容替代件；原型号停产的，乙方应提前六个月通知甲方并提供替代方案。
H:第七条 知识产权
P:7.1 监控软件的著作权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、触摸屏画面、工艺配方管理及报表程序的源代码和技术文档归甲方所有，乙方应在最终验收时一并移交，甲方可自行修改和使用。
H:第八条 生产数据
P:生产线运行数据、工艺参数及配方归甲方所有，乙方不得用于本合同以外的目的。
H:第九条 保密
P:乙方对在甲方厂区知悉的工艺参数、产品图纸、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的50%为限，但人身伤害及乙方故意造成的损失除外。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:乙方不得将改造工作转包。确需将旧柜拆除、电缆敷设等辅助工作分包的，须事先取得甲方书面同意。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，乙方应返还相应款项并赔偿损失。
P:12.2 乙方逾期完成改造超过三十日，或任一生产线两次验收不合格的，甲方有权解除合同，并要求乙方将该生产线恢复至可正常生产的状态。
P:12.3 因不可抗力致使合同无法履行的，双方均可解除合同，互不承担违约责任，但应及时通知对方并提供证明。
H:第十三条 技术资料
P:乙方应在最终验收时向甲方移交电气原理图、接线图、I/O点表、PLC程序备份、备件清单及操作维护手册各两套（纸质及电子版），资料应与现场实际一致。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交温州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 双方往来通知以书面形式送达本合同首部所列地址，或发送至双方项目负责人的电子邮箱，发出后次日视为送达。
P:15.2 本合同附件包括：技术协议、设备配置清单、停产计划及施工组织方案。附件与本合同具有同等效力，不一致的以本合同为准。
P:15.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                     乙方（盖章）：
P:日期：2026年  月  日
"""

Z03 = """门店预约及会员管理系统（SaaS）服务合同

合同编号：FY-IT-2026-031
甲方：成都飞羽花毽体育培训有限公司
乙方：深圳约课云科技有限公司

甲方在成都、重庆两地经营三十五家花毽培训门店，现采购乙方"约课云"门店预约及会员管理系统的SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）SaaS服务。乙方通过其云平台向甲方三十五家门店提供以下功能：
1. 课程排期、学员在线约课、候补及签到核销；
2. 会员卡、课时包及储值管理，续费提醒；
3. 教练课时统计与课酬计算；
4. 微信小程序品牌页面及营销活动（拼团、体验课、转介绍）；
5. 总部经营看板，按门店、教练和课程统计营收及课消。
（二）实施服务。乙方负责系统开通与配置、甲方现有会员及课时余额数据迁移、小程序品牌页面定制、与甲方现有收银系统对接，以及总部和门店人员培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。

二、费用
（一）SaaS订阅费按门店计收，每家门店每服务年度人民币4,800元，三十五家门店每服务年度合计168,000元，两个服务年度合计336,000元。
（二）实施服务费为一次性费用，人民币58,000元。
（三）合同总价为人民币394,000元，包含税费。短信通知超出每店每月五百条的部分按实际用量另行结算，不计入合同总价。
（四）服务期内甲方新增门店的，按每店每服务年度4,800元按月折算计费；关闭门店的，自次月起停止计费。

（五）两个服务年度内订阅费单价不作调整。乙方推出的新增功能模块，甲方可自愿选购，未经甲方书面确认不得自动开通或计费。

三、付款
（一）实施服务费在系统上线验收合格后十五日内一次付清。
（二）第一个服务年度的订阅费在上线验收合格后十五日内支付；第二个服务年度的订阅费在该服务年度开始后十五日内支付。
（三）乙方应在收款前开具增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店的系统配置和数据迁移，并通知甲方进行上线验收。
（二）上线验收标准：
1. 三十五家门店的会员、课时包和储值余额全部迁移，抽查不少于五百名会员，余额与甲方原系统一致；
2. 约课、候补、签到核销及课酬计算流程在三家试点门店连续运行十日无差错；
3. 小程序在五百人同时约课时页面响应不超过2秒；
4. 与收银系统对账一致，培训完成并有签到记录。
（三）验收合格后双方签署上线验收单。系统开通或甲方门店开始使用不视为验收合格。
（四）因乙方原因未能在约定期限内通过上线验收的，每逾期一日，乙方向甲方支付违约金人民币400元。

（五）乙方应为甲方指派专职实施顾问，按"总部先行、试点门店、全面推广"三个阶段推进，每阶段结束时提交阶段报告，经甲方确认后进入下一阶段。
（六）乙方应为甲方总部运营人员、门店店长、前台及教练分别组织培训，提供操作手册和短视频教程，并在上线后首月安排顾问远程值守，及时处理门店使用问题。

（七）数据迁移前，乙方应提交迁移方案和字段映射表，并在试点门店先行演练；迁移当日应安排门店暂停收款，迁移完成后由门店店长逐一核对余额并签字确认。

五、服务水平
（一）乙方承诺平台月度可用率不低于99.5%，计划内维护须提前两日通知并安排在每日23:00至次日6:00之间。
（二）一级故障（全部门店无法约课或核销）乙方应在1小时内响应，3小时内恢复；二级故障（部分功能或个别门店异常）2小时内响应，次一工作日内解决。
（三）乙方提供7×24小时故障受理热线及在线工单，每月向甲方提交服务报告，内容包括可用率、故障处理情况、工单统计和优化建议。
（四）月度可用率低于承诺值的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣上限为当月订阅费的全额；一级故障超时恢复的，每次另抵扣当月订阅费的3%。

六、数据
（一）甲方录入及系统产生的会员信息、课程记录、交易流水等数据归甲方所有。
（二）乙方可在去标识化后，将甲方数据与其他客户数据汇总，用于产品改进、行业研究报告及向第三方提供的经营分析服务，该权利在本合同终止后继续有效。
（三）乙方应采取加密存储、访问控制、操作日志等措施保障数据安全，平台通过网络安全等级保护第三级测评。发生数据泄露的，乙方应在二十四小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）甲方学员中有较多未成年人，乙方处理学员个人信息应遵守《个人信息保护法》关于未成年人个人信息的规定，仅按甲方指示处理，不得向学员或家长推送与甲方课程无关的营销信息。
（五）服务期满或合同解除后三十日内，乙方应向甲方提供全部数据的完整导出，导出后删除其保存的甲方数据。

七、知识产权
（一）平台软件的知识产权归乙方，甲方在服务期内享有使用权。
（二）为甲方定制的小程序页面、品牌素材、数据迁移脚本及收银接口程序归甲方所有，甲方可自行或委托第三方修改使用。乙方保证平台及定制内容不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担责任。

八、保密
双方对履约中知悉的对方商业信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

九、续期
服务期满前三十日内任何一方未书面提出异议的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权按其届时公布的标准价格调整订阅费，调整后的价格自续期之日起适用。

十、甲方义务
（一）甲方应指定总部项目负责人，组织门店提供会员、课时和储值数据，并对数据的真实性负责。
（二）甲方应妥善保管系统管理员账号，按岗位为员工分配权限，员工离职时及时停用其账号。
（三）甲方应按本合同约定支付费用。甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的服务分包或转包给第三方。

十二、版本升级
乙方可对平台进行版本升级，但不得减少本合同约定的功能或降低服务水平；涉及界面或操作流程重大变化的，应提前十五日通知甲方并提供培训资料。

十三、合同解除
（一）乙方严重违约，或一个服务年度内一级故障超过三次的，甲方有权书面通知解除合同，乙方应退还未使用服务期的订阅费。
（二）合同解除的，乙方应配合甲方完成数据导出及向新系统的迁移，迁移期内保持系统正常可用，不得以费用争议为由中止服务或限制数据导出。
（三）任何一方因不可抗力不能履行合同的，应及时通知对方，双方协商处理。

十四、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

十五、其他
（一）本合同附件包括：功能清单、门店清单、实施计划及数据迁移方案，附件与本合同具有同等效力。
（二）双方指定的项目负责人发送至对方企业邮箱的通知视为书面通知。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：2026年  月  日
"""

Z04 = """滨江市城市地下综合管廊监控系统年度运维服务合同

采购方式：竞争性磋商        项目编号：BJZJ-CS-2026-052
甲方：滨江市住房和城乡建设局
乙方：南京管廊智维科技有限公司

依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就滨江市城市地下综合管廊监控系统运维服务事宜订立本合同。

第一章 服务内容与期限

第一条 服务对象
本合同服务对象为滨江市已建成投运的四段地下综合管廊（总长约二十三公里）的监控与报警系统，包括综合监控平台、环境与设备监控系统、安防与视频监控系统、火灾自动报警系统、通信系统及相关服务器、网络和存储设备。

第二条 服务内容
（一）日常运维：监控中心驻场值守（每日8:00至20:00驻场，其余时段远程值守），平台运行监视，数据备份及日志检查；
（二）巡检保养：各类传感器、摄像机、门禁、光纤环网及电源每月巡检一次，检测仪表按规程送检校准；
（三）故障处理：系统故障的受理、诊断、维修及备件更换；
（四）软件维护：平台软件的缺陷修复、补丁升级及报表调整；
（五）应急保障：汛期、重大活动及突发事件期间的应急值守和技术支持，接到甲方通知后两小时内增派人员到岗，并参加甲方组织的年度应急演练；
（六）运维报告：按月提交运维报告，内容包括值守记录、巡检结果、故障统计、备件消耗及隐患清单；年末提交年度运维总结和系统改进建议；
（七）配合工作：配合甲方开展管廊入廊管线单位的监控接入、上级部门检查和安全评估工作。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，依法另行组织采购。

第二章 合同价款与支付

第四条 合同价款
合同总价为人民币柒拾万元整（¥700,000），其中：巡检运维及驻场值守费¥468,000，备品备件费¥96,000，平台软件维护费¥84,000，应急值守费¥52,000。合同总价为固定价格，包含人工、备件、工具、交通、税费等全部费用。

第五条 支付方式
（一）本合同不设预付款。
（二）合同价款按季度支付，每季度末经甲方季度考核合格后十五个工作日内，甲方支付当季服务费¥175,000；季度考核扣减的金额在当期支付时扣除。
（三）乙方应在每次付款前开具等额增值税发票。

第三章 服务标准与考核

第六条 服务水平
（一）综合监控平台月度可用率不低于99.95%，因计划维护停机须提前三日经甲方同意。
（二）一级故障（监控平台中断、火灾报警或气体报警失效、整舱段视频或通信中断）乙方应在15分钟内响应，1小时内到达现场，6小时内恢复或采取临时措施；
（三）二级故障（单个监测点或单台设备故障）应在1小时内响应，24小时内修复；
（四）三级问题（报表、界面等一般性问题）应在3个工作日内处理完毕。

第七条 考核与扣减
（一）甲方按《运维服务考核细则》（附件二）每季度对乙方进行考核，考核内容包括值守到岗、巡检完成率、故障响应与修复时限、报告质量等。
（二）一级故障响应或到场每超时一小时，扣减服务费¥1,000；月度可用率每低于承诺值0.01个百分点，扣减服务费¥1,500；漏检一个巡检点扣减¥200。
（三）季度考核得分低于八十分的，甲方有权约谈乙方并要求限期整改；连续两个季度低于八十分的，甲方有权解除合同。

第八条 验收
（一）服务开始前，乙方应完成系统现状交接，双方共同清点设备、确认故障遗留清单并签署交接确认书。
（二）每季度考核即为季度验收；服务期满后，甲方依据四个季度考核结果、年度运维总结、备件使用台账及设备完好情况组织年度验收，并出具验收意见。

第四章 双方权利义务

第九条 乙方人员
乙方应组建不少于九人的运维团队，其中项目经理一名、驻场值守人员六名、软件工程师两名，人员名单及资格证书报甲方备案。核心人员更换须经甲方同意，并保证服务不受影响。

第十条 入廊作业安全
乙方人员入廊作业须执行甲方管廊运营单位的入廊审批制度，作业前进行气体检测，至少两人同行并携带便携式气体检测仪和通信设备。乙方应为作业人员购买意外伤害保险，因乙方违反安全规定造成的事故由乙方负责。

第十一条 备品备件
乙方应按附件一所列清单常备关键备件，存放于甲方指定库房，建立出入库台账，每月随运维报告报送。备件使用须经甲方现场人员确认，更换下的旧件交甲方处置，备件费用结余部分在第四季度支付时据实结算。

第十二条 甲方义务
甲方应指定管廊运营单位作为日常联络和监督单位，提供监控中心工作场所、系统技术资料及必要的入廊许可，及时审核乙方提交的报告，并按约定支付服务费。

第五章 数据安全、保密与知识产权

第十三条 数据安全
（一）管廊监控数据、视频影像、设备台账及运维记录均归甲方所有，乙方仅可为履行本合同使用，不得留存、复制或向任何第三方提供。
（二）乙方应遵守网络安全等级保护第三级要求，远程维护须经甲方审批并通过甲方堡垒机进行，操作全程留痕；不得在监控网络接入未经甲方许可的设备。
（三）发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并立即处置，因乙方原因造成的损失和责任由乙方全部承担。

第十四条 保密
乙方对管廊结构图纸、管线分布、安防布点及系统配置负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。

第十五条 知识产权
乙方在运维中编写的脚本、报表、巡检规程及运维文档归甲方所有，甲方可自由使用和修改，并可提供给后续服务单位使用。

第六章 违约与解除

第十六条 违约责任
（一）乙方未能在服务期开始之日起开展驻场及巡检服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方过错造成设备损坏的，乙方应负责修复或赔偿。
（三）乙方驻场人员无故缺岗的，每人每日扣减服务费¥500。
（四）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十七条 合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方承担违约责任。
（二）合同解除或服务期满时，乙方应在十个工作日内向甲方或甲方指定的后续服务单位移交系统账号、密码、配置备份、运维记录、备件台账及未关闭问题清单，并提供不少于十五日的交接陪同，交接期间不得降低服务水平。
（三）合同解除的，甲方按乙方实际提供服务的期间及考核结果结算服务费。

第十八条 分包
本项目不得分包或转包。

第十九条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。

第七章 附则

第二十条 合同组成
竞争性磋商文件、乙方响应文件、成交通知书、附件一《运维服务范围及设备清单》、附件二《运维服务考核细则》均为本合同组成部分。

第二十一条 生效
本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：滨江市住房和城乡建设局        乙方（盖章）：南京管廊智维科技有限公司
签订日期：2026年  月  日
"""

Z05 = """# 工序通生产过程跟踪软件销售及定制开发合同

（济南工序通软件有限公司 标准合同文本 V3.0）

合同编号：GXT-XS-2026-0388

甲方（买方）：临清秀禾玉米皮画工作室

地址：山东省临清市先锋路街道工艺品产业园B区7号    联系人：          电话：

乙方（卖方）：济南工序通软件有限公司

地址：济南市高新区舜华路软件园C座11层    联系人：          电话：

开户银行：齐鲁银行济南高新支行    账号：8600 2107 3318 0045 912

甲方拟采购乙方"工序通"生产过程跟踪软件，用于玉米皮画从选皮、漂染、剪贴、压制到装裱、质检的全过程跟踪。双方本着平等自愿的原则，经友好协商，签订本合同。

## 第一条 产品及服务

1.1 乙方向甲方提供"工序通"生产过程跟踪软件标准版（20个并发用户）的使用许可，安装于甲方自备服务器。

1.2 乙方根据甲方需求进行定制开发，包括：订单—工序—质检流程配置、扫码报工、计件工资核算、半成品库存及作品档案（含作品照片及工艺说明）模块。定制需求以甲方签字确认的《需求确认单》为准，确认后的需求变更由乙方另行报价。

1.3 乙方负责软件安装、基础数据导入及操作培训。培训在甲方工作室现场进行，共两次，每次半天，对象为甲方管理人员及各工序班组长。

1.4 本合同所称"上线"，指乙方完成软件安装、基础数据导入并开通甲方用户账号。

1.5 甲方服务器及网络环境应符合乙方《部署环境要求》：操作系统、数据库版本以乙方书面通知为准，因环境不符合要求导致的安装失败或性能问题由甲方负责。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 工序通生产过程跟踪软件许可（标准版，20用户） | 1套 | 186,000 |
| 2 | 定制开发（流程配置、扫码报工、计件工资、作品档案） | 1项 | 42,000 |
| 3 | 安装实施及培训 | 1项 | 12,000 |
| | 合计 | | 240,000 |

合同总价为人民币贰拾肆万元整（¥240,000），含增值税。甲方自备服务器、扫码枪及标签打印机，相关费用不在本合同内。

## 第三条 付款方式

3.1 本合同签订后七日内，甲方向乙方支付合同总价的65%，即¥156,000。乙方收到该款项后开始安装和开发工作。

3.2 系统上线后七日内，甲方支付合同总价的35%，即¥84,000。

3.3 乙方收款后开具增值税普通发票；甲方需要专用发票的，应在付款前提供开票信息。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之二向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十日内完成软件安装和定制开发，具体进度以乙方项目计划为准。因甲方需求变更、资料提供不及时或场地条件不具备导致延误的，交付期相应顺延。

4.2 乙方完成安装并导入基础数据后，即通知甲方上线运行。甲方应在接到通知后三日内安排人员使用系统，甲方未按时安排的，自通知之日起视为已上线。

4.3 乙方交付物包括：软件安装介质（可执行程序）、用户手册电子版、培训签到表。定制开发模块以可执行程序形式交付，乙方不提供源代码。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后如发现问题，应以书面形式向乙方提出，乙方将在合理期限内处理，但不影响验收结论及付款义务。

## 第六条 技术支持与维护

6.1 乙方在系统上线后提供六个月的免费维护，内容包括软件缺陷修复和电话、远程技术支持。

6.2 技术支持时间为工作日9:00至17:30，乙方将尽商业上合理的努力处理甲方的问题。

6.3 免费维护期满后，甲方如需继续获得维护、升级和技术支持服务，应按年向乙方支付年度服务费，年度服务费为软件许可费的24%，即每年¥44,640，于每个服务年度开始前支付。甲方未续费的，乙方不再提供任何技术支持和升级。

6.4 因甲方操作不当、擅自修改系统、停电或硬件故障造成的问题，不属于免费维护范围，乙方可另行收费。

6.5 乙方发布的新版本中，如包含新增功能模块，甲方需另行购买；年度服务费仅包含已购模块的升级。

6.6 甲方需要乙方派员到现场处理问题的，除免费维护期内因软件缺陷引起的问题外，乙方按每人每日¥1,500收取现场服务费，差旅费由甲方承担。

## 第七条 知识产权

7.1 "工序通"软件及其一切版本、升级和衍生作品的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、程序代码及相关文档的知识产权亦归乙方所有，甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第八条 数据

8.1 甲方在系统中录入和产生的订单、工序、作品档案、员工及工资数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方远程维护须经甲方同意并使用甲方提供的账号，不得下载或留存甲方数据；乙方人员应对数据采取必要的保护措施。因乙方原因导致甲方数据泄露或丢失的，乙方应负责恢复并赔偿甲方因此遭受的直接损失。

## 第九条 保密

双方对在合作中获知的对方商业秘密负有保密义务，包括甲方的作品设计、客户名单及价格信息，以及乙方的软件技术资料，保密期限为合同终止后两年。下列信息不属于保密信息：已经公开的信息；接收方在签约前已合法知悉的信息；依法律规定或政府部门要求须披露的信息。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失。

10.2 乙方对因使用本软件造成的间接损失、预期利润损失不承担责任。

10.3 乙方不保证软件能够满足甲方的全部业务需求，也不保证软件运行不中断或没有任何错误。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

11.2 合同因甲方原因解除的，甲方已支付的款项不予退还，且乙方已完成的工作量超过已付款项的，甲方应补足差额。

11.3 软件许可属于一次性授权，软件一经安装，甲方不得以任何理由要求退货退款。

## 第十二条 不可抗力

因不可抗力、政策变化、网络运营商故障、病毒或黑客攻击等非乙方原因导致合同不能履行或延迟履行的，乙方不承担责任。受影响一方应及时通知对方。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同条款为乙方标准文本，双方如有特别约定，应另行签订补充协议；补充协议与本合同不一致的，以乙方盖章确认的内容为准。

14.3 甲方同意乙方将甲方名称及本项目作为成功案例用于乙方的宣传材料，但不得披露甲方数据。

14.4 双方以本合同首部所列地址及联系人为通知送达地址，一方变更的应提前书面通知对方。

甲方（签章）：                    乙方（签章）：济南工序通软件有限公司

日期：2026年  月  日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NSW-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Tengfei Precision Bearings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Buyer"), and Nišava Software d.o.o., a limited liability company registered in the Republic of Serbia with its registered office at Ulica Srpskih vladara, Pirot, Serbia (the "Vendor").
P:The Buyer wishes to replace its paper-based maintenance records with a computerised maintenance management system for its three bearing plants, and the Vendor has offered its NišMaint CMMS software together with implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the NišMaint CMMS application in the version current at signature, its plant modules and any updates supplied under this Agreement.
P:1.2 "Customisations" means the interfaces, reports, mobile forms and configurations developed by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the system meets the acceptance criteria.
P:1.4 "Buyer Data" means all data entered into or generated by the Software in the Buyer's environment, including asset registers, work orders, spare-part records and personnel information.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 80 named users and four plant modules (Rotating Equipment, Heat Treatment, Grinding Lines and Utilities) at the Buyer's sites in Changzhou.
P:2.2 The Buyer may make copies for backup, testing and disaster recovery and may transfer the licence to an affiliate upon written notice to the Vendor.
P:2.3 The Software will be installed on the Buyer's own servers; no Buyer Data will be hosted by the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services: installation of the Software; configuration of asset hierarchies, maintenance plans and work-order workflows; migration of approximately 21,000 asset records and five years of maintenance history from the Buyer's spreadsheets; development of interfaces to the Buyer's ERP system (spare parts and purchase requisitions) and its vibration monitoring platform; Chinese-language mobile inspection forms; and training.
P:3.2 The Vendor shall deliver a project plan within fifteen days after signature. The implementation shall be completed and submitted for Final Acceptance within 120 days after signature.
P:3.3 The Vendor shall assign a project manager who speaks Chinese or is supported by an interpreter at the Vendor's cost. Key personnel named in the project plan shall not be replaced without the Buyer's consent.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 1,660,000, comprising: Licence Fee CNY 1,120,000; implementation and data migration CNY 356,000; interface development CNY 148,000; training CNY 36,000.
P:4.2 The Contract Price is fixed and includes all taxes, travel and living expenses of the Vendor's staff, and all support during the warranty period.
H:Article 5 Payment
P:5.1 20% of the Contract Price (CNY 332,000) within twenty days after signature, against the Vendor's invoice.
P:5.2 45% of the Contract Price (CNY 747,000) after installation, data migration and successful user acceptance testing of all four plant modules.
P:5.3 35% of the Contract Price (CNY 581,000) after Final Acceptance.
P:5.4 Payments are made in CNY by bank transfer within thirty days after receipt of a correct invoice.
H:Article 6 Acceptance
P:6.1 The Vendor shall notify the Buyer when the system is ready for acceptance testing. Testing follows the test plan agreed in the project plan.
P:6.2 The acceptance criteria are: all functions listed in Annex 1 pass the test scripts; migrated asset and history records reconcile with the source spreadsheets on a sample of 2,000 records without error; both interfaces transfer data correctly for ten consecutive working days; mobile forms work offline and synchronise; and the system runs in production for thirty days without a Severity 1 incident.
P:6.3 If the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Installation, go-live or use of the system in production does not constitute acceptance. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Customisations will perform in accordance with the documentation for 24 months after Final Acceptance. During this period the Vendor shall correct defects and provide all updates and new versions free of charge.
P:7.2 The Vendor shall provide support by telephone, e-mail and remote session. For Severity 1 incidents (the system or a plant module is unavailable, or work orders cannot be created) the Vendor shall respond within one hour and provide a workaround or fix within eight hours; for Severity 2 incidents it shall respond within eight working hours.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Buyer may deduct CNY 1,000 from any amount due or claim it from the Vendor.
P:7.4 After the warranty period the Vendor shall, if the Buyer so requests, provide annual support at 11% of the Licence Fee, i.e. CNY 123,200 per year, fixed for the first three years after the warranty. Support is ordered year by year; it does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor.
P:8.2 All rights in the Customisations, including source code, interface specifications and documentation, belong to the Buyer upon payment. The Buyer may use, modify and license them freely. The Vendor shall deliver the source code of the Customisations at Final Acceptance.
P:8.3 The Vendor shall indemnify the Buyer against third-party claims that the Software or the Customisations infringe intellectual property rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 Remote access by the Vendor shall be made only through the Buyer's VPN with multi-factor authentication, after approval of each session, and shall be logged. The Vendor shall not copy Buyer Data outside the Buyer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:9.3 The Vendor shall notify the Buyer within twelve hours of any actual or suspected security incident affecting Buyer Data, cooperate in its investigation and remedy, and be liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Buyer's production processes, equipment data and prices, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for its subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum.
P:13.2 On termination the Vendor shall deliver all work completed, including the Customisations and their source code, and refund payments for services not performed.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Serbia.
P:14.2 Any dispute arising from this Agreement shall be finally settled by the Permanent Arbitration at the Chamber of Commerce and Industry of Serbia in Belgrade, in English.
H:Article 15 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than sixty days, either party may terminate the Agreement by written notice, and the Vendor shall refund amounts paid for work not performed.
H:Article 16 Notices
P:Notices shall be in writing in English or Chinese and delivered by courier or e-mail to the addresses stated in the signature block. A notice by e-mail is received on the next working day after it is sent, unless the sender receives a delivery failure message.
H:Article 17 General
P:17.1 This Agreement is made in English in two originals. Annex 1 (Functional Specification) and Annex 2 (Project Plan) form part of it.
P:17.2 Amendments must be in writing and signed by both parties.
P:17.3 Neither party may assign this Agreement without the other party's written consent, except that the Buyer may assign it to an affiliate that takes over the plants. If any provision is held invalid, the remaining provisions continue in force.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

E02 = """# ORDER FORM — SupplyBridge Supplier Portal Subscription

**Order Form No.** BC-OF-2026-0211

**Provider:** Bârzava Cloud S.R.L., a company registered in Romania, with its registered office at Strada Libertății, Reșița, Caraș-Severin County, Romania ("Provider")

**Customer:** Hangzhou Lanshan Cosmetics Co., Ltd., Qiantang District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Commercial Terms) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — COMMERCIAL TERMS

### A1. Subscribed Service

SupplyBridge supplier portal and e-sourcing service, Enterprise edition, comprising supplier registration and qualification, requests for quotation and online bidding, purchase order collaboration, delivery and invoice matching, and supplier performance scorecards. Up to 60 named buyer users and unlimited supplier users. Chinese and English interface. Production and test tenants hosted in Provider's cloud region in Shanghai, operated by Provider's partner data centre.

### A2. Subscription Term

The Subscription Term is two Subscription Years, starting on the date of Onboarding Acceptance (A4). The first Subscription Year starts on that date; the second starts on its first anniversary.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 60 named buyer users, Enterprise edition | 286,000 |
| Subscription fee, Subscription Year 2 | 60 named buyer users, Enterprise edition | 286,000 |
| Onboarding and configuration (one-time) | tenant set-up, approval workflows, ERP purchase-order interface, supplier migration, training | 64,000 |
| **Total Fees for the Subscription Term** | | **636,000** |

Additional named buyer users may be added at CNY 4,500 per user per Subscription Year, pro rata. Fees include VAT and are fixed for the Subscription Term.

### A4. Onboarding

Provider shall complete onboarding within 60 days after signature of this Order Form (the "Target Go-Live Date"). Onboarding covers: tenant set-up; configuration of Customer's approval matrix and sourcing workflows; an interface that creates purchase orders in Customer's ERP system; migration of about 1,400 existing suppliers with their qualification documents; and training of Customer's buyers and key suppliers.

Onboarding Acceptance occurs when Customer confirms in writing that (a) all migrated suppliers and documents reconcile with Customer's supplier list; (b) the ERP interface has created and updated purchase orders correctly for ten consecutive working days; (c) an end-to-end request for quotation with at least twenty suppliers has been completed in the production tenant; and (d) training has been delivered. Log-in access or use of the service by Customer does not by itself constitute Onboarding Acceptance.

If Onboarding Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a total of CNY 30,000.

### A5. Invoicing and Payment

The onboarding fee is invoiced upon Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer pays each correct invoice within thirty days of receipt by bank transfer in CNY.

### A6. Contacts and Signature

Provider account manager: Ms. Andreea Popescu. Customer contract owner: Mr. Lin Hao, Procurement Director. By signing below, the parties agree to this Order Form, including Part B.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including its software, hosting and support.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including supplier records, quotations, prices, contracts and user information, and all reports derived from it.

1.3 "Customer Configurations" means the approval workflows, templates, forms, interface mappings and scorecard models configured for Customer during onboarding or the Subscription Term.

### 2. Use of the Service

2.1 Provider grants Customer and its affiliates a non-exclusive right to use the Service during the Subscription Term for their internal procurement purposes and to invite their suppliers to use it.

2.2 Customer is responsible for its users' credentials and for the lawfulness of the Customer Data it submits.

### 3. Service Levels

3.1 Provider targets monthly availability of the production tenant of 99.95%, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 China Standard Time.

3.2 Provider classifies incidents as follows. Priority 1 (the production tenant is unavailable, or purchase orders cannot be transmitted): response within one hour and continuous work until restored. Priority 2 (a major function is impaired): response within three hours. Priority 3 (other issues): response within two working days.

3.3 Provider shall publish monthly availability figures in the customer portal. Service levels are targets. Provider's sole obligation if a target is not met is to use reasonable efforts to restore the Service and to provide Customer with a root-cause report on request; no service credits, fee reductions or other compensation apply.

3.4 Support is available in Chinese and English through the support portal, by e-mail and by a hotline staffed around the clock for Priority 1 incidents.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer, in accordance with Customer's instructions, and shall not use it for any other purpose.

4.2 Customer Data is stored in mainland China only. Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, logs all administrative access, and keeps backups for thirty days.

4.3 Provider shall notify Customer without undue delay, and in any case within twenty-four hours, of any security incident affecting Customer Data, shall take immediate measures to contain it, and shall bear the costs and losses caused by incidents resulting from its breach of this Section 4.

4.4 Within thirty days after the end of the Subscription Term Provider shall make all Customer Data available for export in standard formats and shall then delete it, confirming deletion in writing.

### 4A. Changes to the Service

Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in A1, the security measures in Section 4 or the service levels in Section 3. Provider shall announce major updates at least fifteen days in advance in the customer portal and make release notes available in Chinese. Customer may test major updates in its test tenant before they are applied to production.

### 4B. Suspension

Provider may suspend a user account only where it reasonably believes that the account has been compromised or is used in breach of law, and shall inform Customer immediately. Provider shall not suspend the Service because of a disputed invoice while the dispute is being resolved in good faith.

### 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and not disclose it to third parties except to its advisers and staff who need to know it and are bound by equivalent obligations. These obligations continue for three years after the Subscription Term.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 Customer Configurations belong to Customer. Customer may use, copy and modify them, and may allow third parties to do so, including after the Subscription Term.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential losses or lost profits.

7.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to Provider's obligations under Section 4 or Section 5 or to wilful misconduct.

### 8. Subcontracting

Provider uses its hosting partner named in A1. Provider shall not engage any other subcontractor to perform the Service without Customer's prior written consent and remains responsible for all subcontractors.

### 9. Term and Termination

9.1 This Order Form ends at the end of the Subscription Term. It does not renew automatically; any further subscription requires a new order form agreed by both parties.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.

9.3 If Customer terminates under Section 9.2, Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 11. General

11.1 Notices may be given by e-mail to the contacts in A6.

11.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, except for Customer's payment obligations; the affected party shall notify the other promptly and resume performance as soon as possible.

11.3 This Order Form may be signed electronically and in counterparts. Amendments must be in writing and signed by authorised representatives of both parties.

11.4 This Order Form is the entire agreement of the parties on its subject matter. Provider's online terms and click-through terms do not apply.

| For Provider | For Customer |
|---|---|
| Name / title / date: | Name / title / date: |
"""

E03 = """T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. HYHF-PUR-2026-0736
P:Buyer: Tangshan Hongye Heavy Forging Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Karancs Sensorics Kft., a company registered in Hungary, with its registered office in Salgótarján, Nógrád County, Hungary (the "Supplier").
P:The Buyer has selected the Supplier through competitive negotiation to equip the press and forging lines of its No. 2 Works with wireless vibration and temperature sensors and condition monitoring software. This Contract is made on the Buyer's standard terms for equipment and software purchases, as completed below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and edge servers listed in the Price Schedule.
P:1.2 "Software" means the Supplier's MachineWatch condition monitoring software, including its analytics engine and web dashboards.
P:1.3 "System" means the Equipment and the Software, installed, configured and integrated at the Site.
P:1.4 "Site" means the Buyer's No. 2 Works in Fengrun District, Tangshan.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment; install and configure the Software on the edge servers; configure fault models for presses, hammers, manipulators, fans and hydraulic units; integrate alarms with the Buyer's maintenance system; and train the Buyer's staff.
P:2.2 The Software is licensed to the Buyer perpetually, for use at the Site without limit on the number of users or monitored points up to the capacity of the Equipment supplied.
H:3. Price
P:3.1 The Contract Price is CNY 1,996,000, made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated|240|3,150|756,000
TB:2|Wireless gateway, industrial grade|24|12,800|307,200
TB:3|Edge server with redundant power supply|2|86,000|172,000
TB:4|MachineWatch software, perpetual site licence|1|468,000|468,000
TB:|Equipment and Software Subtotal|||1,703,200
TB:5|Installation, cabling and commissioning|1 lot|182,800|182,800
TB:6|Fault model configuration and alarm integration|1 lot|82,000|82,000
TB:7|Training (operators and maintenance engineers)|1 lot|28,000|28,000
TB:|Contract Price (VAT included)|||1,996,000
P:3.2 Unit prices apply to any additional sensors or gateways the Buyer orders for the Site within three years after Final Acceptance. Spare sensors delivered under such orders carry the same warranty terms as the Equipment, counted from their delivery.
P:3.3 The Contract Price is fixed and covers delivery to the Site, customs clearance, insurance, installation, all travel costs of the Supplier's staff and all services during the warranty period.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 199,600) within fifteen days after the Buyer receives an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 1,097,800) after all Equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 698,600) after Final Acceptance.
P:4.4 Each payment is made within thirty days after receipt of a correct VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within 75 days after signature and complete installation and commissioning within 45 days after delivery.
P:5.2 Work on running lines must follow the Buyer's safety rules and permit-to-work system. Sensors are mounted during planned stoppages notified by the Buyer.
P:5.3 If delivery or completion of commissioning is delayed for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:5.4 The Supplier shall deliver the Equipment in export packing suitable for road transport and storage, marked with the contract number. Title and risk pass to the Buyer upon signature of the delivery note at the Site; the delivery note confirms quantities only.
P:5.5 The Supplier shall train twelve operators and eight maintenance engineers of the Buyer on the use of the dashboards, interpretation of alarms, sensor replacement and basic fault diagnosis. Training is held at the Site in Chinese, or in English with an interpreter provided by the Supplier, and includes written course materials.
P:5.6 The Supplier shall deliver with the System: as-built drawings showing the location of every sensor and gateway; the list of monitored points and their alarm thresholds as configured; operating and maintenance manuals; and backup copies of the configuration.
H:6. Acceptance
P:6.1 After commissioning, the System shall run in trial operation for 45 days.
P:6.2 The acceptance criteria are: every sensor reports to the dashboard at its configured interval with data loss below 0.5% over the trial operation; the measured vibration values of ten reference points deviate by no more than 5% from a calibrated portable analyser; alarms reach the Buyer's maintenance system within 60 seconds; the fault models correctly flag the faults simulated in the agreed test plan; and no Severity 1 incident occurs in the last twenty days of trial operation.
P:6.3 If the criteria are met, the Buyer signs the Final Acceptance Certificate within ten working days. Delivery, installation, use of the System or any payment does not constitute acceptance. If the System fails, the Supplier shall remedy the defects and repeat the trial operation at its own cost.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries of the sensors, and provide Software updates.
P:7.2 Severity 1 incidents (the dashboard or alarm integration is down, or more than twenty sensors stop reporting) shall be responded to within 30 minutes and resolved within one working day. Severity 2 incidents shall be responded to within two hours and resolved within three working days.
P:7.3 For each hour by which a Severity 1 response or resolution time is exceeded the Supplier shall pay CNY 1,000, and CNY 300 for Severity 2.
P:7.4 After the warranty period the Supplier shall provide support, spare parts and Software updates at an annual fee of 7.5% of the Equipment and Software Subtotal, i.e. CNY 127,740 per year, fixed for at least three years after the warranty. Support is ordered year by year by separate purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the Supplier's property, licensed to the Buyer under clause 2.2.
P:8.2 The fault models, alarm rules, dashboards and integration scripts configured for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand them over with documentation at Final Acceptance.
H:9. Data Security
P:9.1 All measurement data, alarms and reports generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, including in anonymised or aggregated form.
P:9.2 The System shall run on the Buyer's plant network without any connection to the Supplier's cloud. Remote support is only allowed through the Buyer's remote access gateway, with approval of each session, and shall be logged. No data may be copied off the Site without the Buyer's written approval.
P:9.3 The Supplier shall report any security incident affecting the System within twelve hours, cooperate in containing it, and be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:The Supplier shall keep confidential all information on the Buyer's processes, equipment, production figures and prices and shall not disclose it to third parties without the Buyer's written consent, during this Contract and for five years after it.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the delay damages reach their maximum.
P:13.2 On termination the Supplier shall refund payments for Equipment and services not delivered and shall remove, at the Buyer's option, any Equipment installed.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.
H:15. Force Majeure and Notices
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days of the event and provides evidence. If force majeure prevents performance for more than ninety days, either party may terminate the Contract by written notice.
P:15.2 Notices shall be given in writing to the addresses stated above, by courier or e-mail, in English or Chinese.
H:16. General
P:16.1 This Contract is made in English and Chinese; both versions are equally valid.
P:16.2 Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** DMI-MSA-2026-07

**Between**

**Duna Managed IT Zrt.**, a company limited by shares registered in Hungary, with its registered office in Dunaújváros, Fejér County, Hungary, acting through its service centre and its branch in Suzhou ("Provider"); and

**Wuxi Jinyu Electronics Co., Ltd.**, Xinwu District, Wuxi, Jiangsu Province, People's Republic of China ("Customer").

## Background

Customer manufactures printed circuit board assemblies at two plants in Wuxi. It wishes to outsource the operation of its end-user support and server infrastructure, and Provider has submitted a proposal dated 14 August 2026 which Customer has accepted subject to this Agreement.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" mean the levels and credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and customers that Provider accesses, stores or processes in performing the Services.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 Provider shall take over the Services from Customer's internal team and current contractor in accordance with the transition plan in Schedule 1, Part B, within 75 days after signature.

3.2 Transition Acceptance requires that: all in-scope servers, storage and backup jobs are monitored in Provider's monitoring system; the service desk has handled tickets for all user groups for fifteen working days in shadow mode; the configuration database has been reconciled with Customer's asset list; runbooks for all critical systems have been approved by Customer; and a restore test of the ERP database has succeeded. Customer shall sign the certificate within five working days after these criteria are met.

3.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Services and Service Levels

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 If Provider fails a Service Level, Customer is entitled to the Service Credits in Schedule 2, deducted from the next invoice. Service Credits do not exclude Customer's right to claim damages for its losses.

4.3 Provider shall deliver a monthly service report showing performance against each Service Level, tickets by category, changes performed, capacity trends and recommendations, and shall attend a monthly service review with Customer.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is fixed for the Term.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls, pro rata.

5.3 Customer pays each correct VAT invoice within forty-five days after receipt.

5.4 Additional work requested by Customer outside the scope of Schedule 1 is performed only under a written change order agreed before the work starts, at the day rate in Schedule 3 or a fixed price stated in the change order.

## 5A. Customer Responsibilities

Customer shall give Provider's engineers access to its sites, systems and documentation as reasonably needed, provide desk space and network connections for the on-site engineers, keep its software licences valid, and appoint a service owner with authority to approve changes. Provider is not responsible for a Service Level failure to the extent it is caused by Customer's failure to meet these responsibilities, provided Provider has notified Customer of the failure promptly.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only for the purpose of performing the Services and shall not use it for any other purpose.

6.2 Provider shall maintain an information security management system certified to ISO/IEC 27001, give its engineers access only through Customer's privileged access management system with multi-factor authentication, log all administrative actions, and not store Customer Data outside Customer's systems and Provider's Suzhou service centre.

6.3 Provider shall notify Customer within twenty-four hours after becoming aware of any security incident affecting Customer Data or Customer's systems, take all necessary measures to contain it, and be liable for losses that Customer suffers as a result of Provider's breach of this clause 6.

6.4 Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the PRC when processing Customer Data.

## 7. Intellectual Property

7.1 Provider's monitoring tools, methods and know-how remain Provider's property.

7.2 Runbooks, scripts, configuration records and documentation created for Customer under this Agreement belong to Customer, which may use, modify and pass them to any successor provider.

## 8. Personnel and Subcontracting

8.1 Provider shall assign a named service delivery manager and keep a stable team of engineers with the skills described in Schedule 1.

8.2 Provider may use subcontractors for on-site desk-side support and hardware break-fix, and may replace them, provided it notifies Customer in writing at least ten days before a subcontractor starts work. Provider remains responsible for the acts and omissions of its subcontractors.

8.3 Provider shall keep public liability and professional indemnity insurance with reputable insurers for the Term and provide certificates on request.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term. The limit does not apply to breach of clause 6, personal injury or wilful misconduct.

## 10. Duration and Early Termination

10.1 This Agreement may be terminated before the end of the Term only as follows: (a) by either party with immediate effect if the other party becomes insolvent, enters liquidation or ceases business; or (b) by either party if force majeure prevents performance of a substantial part of the Services for more than ninety consecutive days.

10.2 Customer's remedies for failures in performance of the Services are the Service Credits under clause 4.2 and its right to claim damages under clause 9.

10.3 On expiry or termination Provider shall provide exit assistance for up to sixty days at the rates in Schedule 3, hand over all documentation and credentials, and return or delete Customer Data as Customer instructs.

## 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai.

## 12. General

12.1 Notices shall be in writing and sent by courier or e-mail to the addresses in the signature block.

12.2 Neither party may assign this Agreement without the prior written consent of the other party, which shall not be unreasonably withheld.

12.3 This Agreement is made in English and signed in two originals. Amendments must be in writing and signed by authorised representatives of both parties.

12.4 This Agreement, including its Schedules, is the entire agreement of the parties on its subject matter.

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Chinese and English, 07:00–23:00 on all days, about 1,150 users at two plants |
| A2 | Desk-side support | On-site engineers at both plants during production shifts; PC, printer and scanner support |
| A3 | Server and storage operations | 86 virtual and 14 physical servers, two storage arrays, monitoring around the clock |
| A4 | Patch and backup management | Monthly patching; daily backups; quarterly restore tests |
| A5 | Network operations | Core and access switches, Wi-Fi, firewalls at both plants |
| B | Transition | Knowledge transfer, tool deployment, shadow and reverse-shadow operation |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Priority 1 incident (production line systems, ERP or MES unavailable) | Response within 15 minutes; restore within three hours | 2% of the monthly charge per hour of delay in restoration |
| Priority 2 incident (a function or group of users affected) | Response within 1 hour; restore within eight hours | 1% of the monthly charge per late incident |
| Availability of in-scope servers, per month | 99.95% | 3% of the monthly charge per 0.02 percentage points below the level |

Service Credits in a month are limited to 20% of that month's monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | Fixed | 96,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| Total Charges for the Term | | 2,184,000 |
| Additional work and exit assistance | Per engineer-day | 3,200 |

| For Provider | For Customer |
|---|---|
| Name / title / date: | Name / title / date: |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
INLAND AND PORT VESSEL DATA API

Agreement No.: DDS-SUB-2026-118

PARTIES

1.1 Dunărea Data Services S.R.L., a company registered in Romania, with its registered office in Giurgiu, Giurgiu County, Romania ("Provider").

1.2 Shenzhen Haoyun International Logistics Co., Ltd., Qianhai, Shenzhen, Guangdong Province, People's Republic of China ("Customer").

1.3 Customer operates freight forwarding and project cargo services between China and Central and Eastern Europe. It wishes to receive vessel position, port call and inland waterway data through Provider's application programming interface for use in its shipment tracking platform and customer portal.

DEFINITIONS

2.1 "Data" means the vessel positions, port call events, estimated times of arrival, lock and river gauge information and related reference data made available by Provider through the API.

2.2 "API" means Provider's REST and streaming interfaces, documentation and credentials.

2.3 "Customer Data" means shipment lists, container and booking references, watch lists, queries, user information and any other data Customer submits to the API, and the logs of Customer's use.

2.4 "Subscription Year" means each successive period starting on the Service Start Date or its anniversary and ending on the day before the next anniversary.

2.5 "Service Start Date" means the date on which Customer confirms Integration Acceptance under clause 5.3.

SUBSCRIPTION

3.1 Provider grants Customer a non-exclusive, non-transferable right during the Term to access the API, to store the Data in its own systems, and to display the Data and information derived from it to its own customers through Customer's shipment tracking platform and customer portal.

3.2 The subscription covers up to 3,000 tracked vessels at any time and 2,500,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.08 per call, invoiced quarterly in arrears; such usage charges are not part of the Total Fees.

3.3 Customer shall not resell the raw Data as a data feed to third parties.

3.4 Customer may add affiliates in mainland China as users of the subscription by written notice to Provider, without additional fees, provided the affiliates comply with this Agreement. Customer is responsible for keeping its API credentials secure and for the use made of them by its staff and affiliates.

TERM AND RENEWAL

4.1 The initial Term is two Subscription Years from the Service Start Date.

4.2 At the end of the initial Term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term.

4.3 The fees for each renewal Subscription Year are Provider's list prices in effect at the start of that Subscription Year. Provider may increase the fees for any renewal Subscription Year by notice given at least thirty days before the renewal date, and the increased fees apply from the renewal date.

INTEGRATION AND ACCEPTANCE

5.1 Provider shall deliver production API credentials, a dedicated test environment and two custom connectors (a connector to Customer's transport management system and a connector that maps Customer's booking references to vessels and voyages) within 45 days after signature (the "Target Date").

5.2 Provider shall support Customer's developers during integration and provide two days of technical training in Shenzhen.

5.3 Integration Acceptance requires that: both connectors process Customer's test shipment set of 500 bookings with correct vessel and voyage matching; position updates for tracked vessels arrive at the agreed interval for seven consecutive days; estimated times of arrival are delivered for all port calls in the agreed port list; and the API documentation is available in English and Chinese. Delivery of credentials alone does not constitute Integration Acceptance.

5.4 If Integration Acceptance is delayed beyond the Target Date for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

FEES AND PAYMENT

6.1 The fees are:
    Subscription fee, Subscription Year 1 .............. CNY 342,000
    Subscription fee, Subscription Year 2 .............. CNY 342,000
    Integration services and custom connectors (one-time) CNY 38,000
    Total Fees for the initial Term .................... CNY 722,000

6.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

6.3 Customer pays each correct invoice within thirty days after receipt, in CNY, by bank transfer. Fees include VAT. The fees for the initial Term are fixed.

SERVICE LEVELS

7.1 Provider shall make the API available at least 99.5% of each calendar month, measured at Provider's API gateway, excluding scheduled maintenance announced three days in advance and limited to six hours per month.

7.2 Incidents are classified as follows. Priority 1: the API is unavailable or returns no position updates for all vessels. Provider shall respond within one hour and restore the service within six hours. Priority 2: delayed or incomplete Data for part of the vessels or ports. Provider shall respond within three hours and resolve the incident within two working days.

7.3 If monthly availability falls below the level in clause 7.1, Customer receives a service credit of 5% of the monthly portion of the subscription fee for each full 0.5 percentage point of shortfall. If a Priority 1 incident is not restored in time, Customer receives a further credit of 2% of the monthly portion for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the Term.

DATA QUALITY AND SUPPORT

7.4 Provider shall use recognised sources for the Data, including AIS receivers, port authority feeds and river administration notices, and shall correct errors reported by Customer within two working days. Provider shall inform Customer in advance of any planned withdrawal of a data source that affects the ports or waterways in the agreed list and shall propose an equivalent source.

7.5 Provider shall give Customer access to a support portal and an e-mail address monitored around the clock, provide a monthly report on availability, incidents and data coverage, and hold a quarterly review with Customer.

7.6 Provider may change the API only with ninety days' notice for changes that are not backward compatible, and shall keep the previous version available during that period.

CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and services to Customer and shall not use it for any other purpose, including for analysis, benchmarking or the improvement of Provider's data products, whether or not the data are anonymised.

8.2 Provider shall protect Customer Data with encryption in transit and at rest, access control limited to named staff, multi-factor authentication and logging of all access. Customer Data is stored at Provider's hosting partner in Shenzhen only as far as needed to operate the service, and is deleted within thirty days after the Term.

8.3 Provider shall notify Customer within twenty-four hours of any incident affecting the security of Customer Data, take immediate steps to contain it, and be liable for the losses Customer suffers as a result of Provider's breach of this clause 8.

CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party, including the terms of this Agreement, Customer's shipment and customer information and Provider's technical documentation, and shall use it only for this Agreement.

9.2 This clause continues for three years after the end of this Agreement.

INTELLECTUAL PROPERTY

10.1 Provider and its licensors retain all rights in the Data and the API.

10.2 The custom connectors, their source code and documentation, and all reports and analyses that Customer produces from the Data belong to Customer, which may use, modify and license them freely.

LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Provider's total liability under this Agreement is limited to 150% of the Total Fees for the initial Term. The limit does not apply to breach of clause 8, breach of clause 9 or wilful misconduct.

SUBCONTRACTING

12.1 Provider shall not subcontract the provision of the API or the integration services without Customer's prior written consent, except for its hosting partner named in clause 8.2, which Customer approves by signing this Agreement.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the unused portion of the prepaid subscription fee.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

FORCE MAJEURE

15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, other than payment obligations. Failures of third-party data sources are not force majeure where Provider has not taken reasonable steps to replace them.

GENERAL

16.1 Notices shall be in writing and sent by courier or e-mail to the contact persons named by each party.

16.2 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- targets
TARGETS = {
    "z01": ("h873z01_agri_bureau_shared_garden_platform.pdf", Z01, "zh"),
    "z02": ("h873z02_door_stopper_plant_line_control_retrofit.docx", Z02, "zh"),
    "z03": ("h873z03_shuttlecock_school_chain_booking_saas.txt", Z03, "zh"),
    "z04": ("h873z04_utility_tunnel_monitoring_annual_om.txt", Z04, "zh"),
    "z05": ("h873z05_corn_husk_studio_process_tracking_supplier_template.md", Z05, "zh"),
    "e01": ("h873e01_bearings_cmms_perpetual_licence_serbian_vendor.pdf", E01, "en"),
    "e02": ("h873e02_supplier_portal_saas_order_form.md", E02, "en"),
    "e03": ("h873e03_forging_vibration_sensors_monitoring_licence.docx", E03, "en"),
    "e04": ("h873e04_electronics_managed_it_services_36_months.md", E04, "en"),
    "e05": ("h873e05_vessel_data_api_two_subscription_years.txt", E05, "en"),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None for services,
# acceptance_deemed_on_delivery, contract_value); fee base for TCO (itemised licence / hardware subtotal)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, True,
                         True, "PRC", G], (True, True, True, False, 1168000), 620000),
    "z02": ("hardware", [None, 0.5, True, "buyer", False, True, True, 0.1, 50, 10, True, True, 24, 8, False, True,
                         False, "PRC", G], (True, True, True, False, 1350000), 1116000),
    "z03": ("cloud", [99.5, 1, True, "buyer", True, False, True, 400 / 394000 * 100, None, None, True, None, None, None,
                      True, True, False, "PRC", S], (True, True, None, False, 394000), None),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         True, False, "PRC", S], (True, True, None, False, 700000), None),
    "z05": ("software", [None, None, False, "supplier", True, True, True, None, None, 65, False, False, 6, 24, False,
                         True, None, "PRC", G], (False, False, True, True, 240000), 186000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                         "Serbia", G], (True, True, True, False, 1660000), 1120000),
    "e02": ("cloud", [99.95, 1, False, "buyer", True, True, True, 500 / 636000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S], (True, True, None, False, 636000), None),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False, True,
                         False, "PRC", G], (True, True, True, False, 1996000), 1703200),
    "e04": ("services", [99.95, 0.25, True, "buyer", True, True, False, 2000 / 2184000 * 100, 150, None, True, None,
                         None, None, False, False, True, "PRC", S], (True, True, None, False, 2184000), None),
    "e05": ("cloud", [99.5, 1, True, "buyer", True, True, True, 600 / 722000 * 100, 150, None, True, None, None, None,
                      True, True, False, "PRC", S], (True, True, None, False, 722000), None),
}
# my design list (written before deriving)
DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "medium", "z02": "high", "z03": "medium", "z04": "low", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "medium", "e05": "medium"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. Returns the post-warranty share in %, or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    name, _, lang = TARGETS[key]
    cat, vals, ext, base = LABELS[key]
    terms = dict(zip(KEYS, vals))
    sla, ld, capped, deemed, value = ext
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    xx = dict(extra, post_warranty_fee_capped=capped)
    rules = derive(terms, xx, base)
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": rules}, tco_share(terms, xx, base)


# ---------------------------------------------------------------- threshold scan
NUM = r"(?:%|％|percent|per cent)"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![\w-])four\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![十二三四五六七八九])四个?小时",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*" + NUM, r"百分之一?百",
    r"(?<![\d.,])30(?:\.0+)?\s*" + NUM, r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.,])15(?:\.0+)?\s*" + NUM, r"百分之十五(?!点)",
    r"(?<![\d.,])40(?:\.0+)?\s*" + NUM, r"百分之四十(?![一二三四五六七八九点])",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"twelve\s*(?:\(12\)\s*)?-?\s*months?", r"十二个月",
    r"(?<![\w-])(?:one|1)\s*-?\s*years?(?![\w])", r"(?<![第每逐])一年",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "availability of 99.9 percent", "within 4 hours", "4-hour", "4小时", "四小时", "four hours",
            "0.05%", "万分之五", "100%", "100 %", "30%", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12 months", "12-month", "12个月", "十二个月", "twelve (12) months", "one year", "1-year", "质保期一年",
            "百分之百", "30 percent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "14 hours", "24小时", "二十四小时", "twenty-four hours", "0.5%", "0.08%",
             "万分之三", "万分之五十", "150%", "130%", "35%", "百分之三十五", "115%", "45%", "百分之四十五", "2,100%",
             "12.1英寸", "2027年12月31日", "24个月", "每一年", "第一年", "Subscription Year", "CNY 1,500"]


def forms(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def hits(text):
    return [(p.pattern, m.group(0)) for f in forms(text) for p in RX for m in [p.search(f)] if m]


def selftest():
    for s in MUST_HIT:
        assert any(p.search(s) for p in RX), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- reading back
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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    markup, targets = {}, {}
    for key, (name, src, lang) in TARGETS.items():
        if name.endswith((".docx", ".pdf")):
            markup[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(markup, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, src, lang) in TARGETS.items():
        lab, share = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        if lab["expected_rules"] != sorted(DESIGN[key]):
            problems.append((key, "rules", lab["expected_rules"], DESIGN[key]))
        sev = [SEVERITY[r] for r in lab["expected_rules"]]
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        if risk != RISK[key]:
            problems.append((key, "risk", risk))
        for k, v in THRESH.items():
            if lab["expected_terms"][k] is not None and abs(lab["expected_terms"][k] - v) < 1e-9:
                problems.append((key, "threshold value", k))
        if share is not None and 38 <= share <= 42:
            problems.append((key, "tco share near 40", share))
        h = hits(text) + hits(src)
        if h:
            problems.append((key, "threshold text", h))
        covered |= set(lab["expected_rules"])
        print(f"{key} {name:62s} {n:5d} {risk:6s} tco={'-' if share is None else round(share, 1)} "
              f"{', '.join(r[3:] for r in lab['expected_rules']) or '(none)'}")
    missing = sorted(set(SEVERITY) - covered)
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
