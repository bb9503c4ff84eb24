"""holdout547: ten blind, ordinary draft contracts and their labels (written before any run).

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py (write(..., wrap_words=True)), the .json labels, then reads every built file back, measures its
length, scans it (and every source) for threshold figures, derives each draft's expected rules from its labels by my
own reading of policy.md section 3 and asserts them against the design list and full coverage of the 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H547Z01 = """T:某市农业农村局农产品质量安全追溯平台采购合同
P:合同编号：NYNC-ZFCG-2026-031    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市农业农村局    地址：某市行政中心东楼
P:乙方（供应商）：江川农信科技有限公司    统一社会信用代码：91370100MA3C7K2X4L
P:根据《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，甲乙双方就农产品质量安全追溯平台（以下简称“平台”）的软件许可、定制开发及实施事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供追溯平台软件的永久使用许可，并完成以下定制开发：生产主体赋码与追溯码打印、乡镇巡检移动端、检测数据采集、与省级农产品追溯平台及市场监管部门的数据接口、领导驾驶舱。
P:1.2 平台部署在甲方指定的市政务云，覆盖全市12个乡镇、约3,600家生产经营主体。
H:第二条 合同价款
TB:序号|项目|金额（元）
TB:1|追溯平台软件永久许可（不限用户数）|1,180,000
TB:2|定制开发（赋码、巡检移动端、接口、驾驶舱）|746,000
TB:3|部署实施及数据初始化|118,000
TB:4|培训（管理员及乡镇监管员）|36,000
TB:合计|人民币贰佰零捌万元整|2,080,000
P:2.1 合同总价为人民币2,080,000元，含税及乙方履约的全部费用，甲方不另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即416,000元。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即936,000元。
P:3.3 平台最终验收合格后，甲方支付合同总价的35%，即728,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署及定制开发并提交初验申请，初验后试运行60日，试运行结束后15日内申请最终验收。
P:4.2 乙方应组建不少于8人的项目团队，项目经理须具备高级项目管理资格并常驻甲方现场，未经甲方同意不得更换；更换时须提供资历不低于原人员的替代人选。
P:4.3 乙方应在合同签订后10日内提交实施方案，内容包括进度计划、数据初始化方案、接口联调方案和风险应对措施，经甲方确认后执行。
P:4.4 乙方应对乡镇监管员开展分批培训，每批不少于2天，保证每个乡镇至少2名人员能够独立完成赋码、巡检和数据上报操作。
H:第五条 验收
P:5.1 初验标准：功能清单逐项测试通过；500个并发用户下页面响应时间不超过3秒；与省级平台的接口连续10日数据交换无差错；追溯码扫码查询结果与生产主体上报数据抽查核对一致。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告无高风险问题；技术文档、源代码及培训记录已移交。
P:5.3 验收由甲方组织，出具书面验收报告。平台上线、甲方使用或支付任何款项均不视为验收合格。
H:第六条 质量保证及维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%，即每服务年度不超过94,400元，且质保期满后的三个服务年度内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划停机经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或追溯码无法生成）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方应提供7×24小时服务热线，每月向甲方提交运行报告，内容包括可用率、故障处理、数据交换量和安全事件。
P:7.4 一级故障每超时一小时扣减1,000元；月可用率每低于约定值0.01个百分点扣减1,500元，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 定制开发形成的软件、源代码、接口程序、数据模型及文档的知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
P:8.2 追溯平台产品的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台中的生产主体信息、检测数据、追溯记录及日志均归甲方所有，乙方不得用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:9.2 乙方应按等级保护第三级要求落实安全措施，运维访问须经甲方堡垒机并全程审计，敏感数据加密存储。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、生产经营主体名录、数据及技术资料负有保密义务，未经甲方书面同意不得披露，本条在合同终止后三年内继续有效。
H:第十一条 分包
P:11.1 本项目不允许分包或转包。乙方不得以任何形式将定制开发或实施工作交由其他单位完成，乙方关联公司亦视为第三方。
H:第十二条 违约责任
P:12.1 乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方交付的成果不符合约定的，应限期整改，整改后仍不合格的，甲方可拒收并要求赔偿。
P:12.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付利息。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格且无违约扣款后30日内无息退还。
H:第十六条 不可抗力
P:16.1 因地震、洪水、疫情防控措施等不可抗力导致不能履约的，受影响方应在3日内通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力持续超过60日的，双方可协商解除合同。
H:第十七条 通知
P:17.1 双方的通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱，送达之日视为通知到达。任何一方变更联系方式的，应提前5日书面通知对方。
H:第十八条 其他
P:18.1 招标文件、投标文件及澄清文件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市农业农村局    代表：__________    日期：2026年3月__日
P:乙方（盖章）：江川农信科技有限公司    代表：__________    日期：2026年3月__日
"""

H547Z02 = """T:细纱机电气控制系统改造及维保合同
P:合同编号：FZ-SB-2026-0417
P:甲方：鲁西棉纺织有限公司    地址：山东省聊城市经济开发区纺织路8号
P:乙方：常州恒纬自动化设备有限公司    地址：江苏省常州市武进区湖塘镇工业园
P:鉴于甲方细纱车间48台细纱机原有继电器控制系统老化、断头率偏高，甲方委托乙方对其电气控制系统进行改造并提供后续维保服务。双方经协商一致，订立本合同。
H:1. 改造范围
P:1.1 乙方负责48台细纱机的PLC控制柜更换、主电机变频器更换、人机界面（HMI）加装、单锭断纱检测传感器安装，以及车间监控软件的安装与配置。
P:1.2 乙方应编制PLC程序及HMI画面，实现锭速曲线控制、落纱自动停车、断头实时报警，并将产量、断头率、能耗数据上传至车间监控软件。
P:1.3 主要技术要求：锭速控制精度±0.5%；断纱检测响应时间不大于0.5秒；改造后单机能耗较改造前降低不少于8%；HMI支持中文界面并可存储不少于200个品种工艺。
P:1.4 改造须分批停机进行，每批不超过6台，不得影响甲方其余机台的正常生产。
H:2. 合同价格
P:2.1 合同总价为人民币1,726,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、电源）|48台|16,800|806,400
TB:2|主电机变频器 55kW|48台|7,200|345,600
TB:3|触摸屏HMI 10寸|48台|2,350|112,800
TB:4|单锭断纱检测传感器（整机套）|48套|3,100|148,800
TB:5|车间监控软件许可（永久）|1套|168,000|168,000
TB:软硬件小计|||||1,581,600
TB:6|安装调试（含拆旧、布线）|1项|126,000|126,000
TB:7|操作及维修培训|1项|18,400|18,400
TB:合计||||1,726,000
P:2.2 上述价格为固定总价，包含运输、保险、安装、调试及税费。
H:3. 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即345,200元。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的55%，即949,300元。
P:3.3 全部机台安装调试完成后，甲方支付合同总价的25%，即431,500元。
H:4. 交货及安装
P:4.1 乙方应在合同签订后45日内将全部设备运至甲方细纱车间，并在到货后60日内完成全部48台机台的安装调试。
P:4.2 每批机台改造前，乙方应与甲方共同记录改造前的锭速、断头率和单机能耗，作为改造效果的对比基础；改造后乙方应提交每台机台的参数设置记录。
P:4.3 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八向甲方支付违约金。
H:5. 验收
P:5.1 乙方完成每批机台的安装调试后，由甲方车间派人现场确认开机运行。全部48台机台安装调试完成即视为甲方验收合格。
H:6. 质量保证
P:6.1 质保期为十八个月，自全部机台安装调试完成之日起计算。质保期内因设备质量问题发生的故障，乙方免费维修或更换。
P:6.2 一级故障（单台或多台细纱机因控制系统原因停车）乙方应在1小时内电话响应，6小时内派工程师到场，24小时内恢复运行；二级故障（HMI显示异常、个别传感器失灵）24小时内处理。
P:6.3 乙方未在上述时限内响应或到场的，每超时一小时扣减500元，从质保金或后续维保费中扣除。
H:7. 维保服务
P:7.1 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的6%计取，即每服务年度94,896元，质保期满后的两个服务年度内固定不变。
P:7.2 维保服务包括每季度一次巡检、备件供应、PLC程序优化及远程技术支持。巡检后乙方应提交巡检报告，列明各机台控制柜温度、变频器运行参数、传感器检出率及需要更换的部件，并提出处理建议。维保合同按服务年度另行签订，不自动续期。
H:8. 培训及资料
P:8.1 乙方应为甲方电工、挡车工和设备管理人员分别开展培训，电工培训不少于5天，内容包括PLC程序结构、变频器参数设置和常见故障排除。
P:8.2 乙方应随设备提交合格证、出厂检验报告、电气原理图、接线图、备件清单及中文操作维护手册各两套，并提供电子版。
H:9. 知识产权
P:9.1 乙方为本项目编写的PLC程序、HMI画面及配置文件归甲方所有，乙方应在调试完成时交付源程序及注释，甲方可自行修改或委托他人维护。
P:9.2 车间监控软件的著作权归其权利人，乙方保证甲方获得永久使用许可。
H:10. 数据安全
P:10.1 车间生产数据（产量、断头率、锭速、能耗及工艺参数）归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:10.2 乙方远程维护须事先取得甲方书面批准，经甲方指定的VPN通道接入并全程记录；乙方不得在控制系统中留有未告知的远程访问端口或账户。
P:10.3 因乙方原因导致甲方生产数据泄露、篡改或控制系统被非法入侵的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:11. 保密
P:11.1 双方对在履约过程中知悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。
H:12. 分包
P:12.1 乙方对本项目的改造质量、进度和安全负总责。乙方可将拆旧、电缆敷设及桥架安装等辅助施工交由第三方施工队完成，但应在进场前书面告知甲方施工队名称及人员名单，乙方对其施工质量和安全负责。
H:13. 安全生产
P:13.1 乙方应在进场前向甲方提交施工组织方案和安全措施，明确每批停机机台、施工时间和断电范围，经甲方设备科和安全科会签后实施。乙方人员进入甲方车间应遵守甲方安全生产和防火规定，佩戴安全帽，动火作业须办理审批。乙方人员在施工中发生的人身伤害由乙方负责。
H:14. 合同解除
P:14.1 乙方逾期超过30日或交付的设备存在重大质量问题且在15日内未能纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:15. 法律适用和争议解决
P:15.1 本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:16. 其他
P:16.1 因不可抗力不能履行合同的，受影响方应及时通知对方并在合理期限内提供证明，双方协商调整履行期限。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.3 本合同附件包括：设备技术规格表、分批停机改造计划、培训计划。附件为本合同不可分割的组成部分。
P:16.4 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：鲁西棉纺织有限公司    授权代表：__________
P:乙方（盖章）：常州恒纬自动化设备有限公司    授权代表：__________
P:签订日期：2026年4月__日
"""

H547Z03 = """连锁门店收银及会员管理系统SaaS服务合同

合同编号：CY-IT-2026-0088
甲方：蜀川茶饮连锁管理有限公司（以下简称“甲方”）
地址：四川省成都市锦江区东大街紫东楼段35号
乙方：杭州云铺数智科技有限公司（以下简称“乙方”）
地址：浙江省杭州市余杭区文一西路998号

甲方在全国经营260家直营茶饮门店，拟统一使用乙方的收银及会员管理SaaS服务。双方经友好协商，就服务订阅、门店实施及会员小程序定制事宜订立本合同。

一、服务内容
（一）乙方向甲方260家门店提供收银及会员管理SaaS服务，包括前台收银、扫码点单、外卖订单聚合、会员积分及储值、优惠券营销、门店报表和总部管理后台。
（二）乙方负责全部门店的实施上线，包括收银终端配置、菜单及价格导入、原系统会员数据迁移、店长及店员培训。
（三）乙方为甲方定制开发会员小程序，包括品牌首页、会员等级、积分商城和生日礼遇功能。
（四）乙方应保证收银系统支持微信、支付宝、银联及数字人民币等支付方式，并与甲方现有外卖平台账户完成对接。
（五）服务期为两个服务年度，自2026年7月1日起至2028年6月30日止。

二、合同价款
（一）合同总价为人民币1,779,600元，明细如下：
1. SaaS订阅费：260家门店 × 2,880元/店/服务年度 × 2个服务年度 = 1,497,600元；
2. 门店实施费（部署、数据迁移、培训）：186,000元；
3. 会员小程序定制开发费：96,000元。
（二）服务期内新增门店按每店每服务年度2,880元计费，按实际开通月数折算；闭店的，自次季度起停止计费。新增门店费用不计入上述合同总价。

三、付款方式
（一）门店实施费和会员小程序定制开发费在上线验收合格后15个工作日内一次性支付。
（二）SaaS订阅费按季度支付，每个自然季度结束后，乙方提交服务报告及发票，甲方在收到后15个工作日内支付当季费用。
（三）甲方不向乙方支付任何预付款。

四、实施与验收
（一）乙方应在2026年6月20日前完成全部门店的实施。门店分三批上线，每批上线后连续运行7日。
（二）上线验收标准：260家门店全部可正常收银；单笔收银处理时间不超过1秒；原系统会员数据迁移后会员数、积分及储值余额与原系统核对一致；会员小程序通过功能清单测试并在微信平台正式发布。
（三）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日向甲方支付违约金1,500元。

五、双方责任
（一）甲方负责提供门店网络环境、收银终端及打印机等硬件，指定总部项目联系人，按时提供菜单、价格及会员原始数据，并组织门店人员参加培训。
（二）乙方应指定专职客户成功经理，每月向甲方提交服务报告，内容包括系统可用率、故障处理记录、版本更新说明和门店使用情况分析。
（三）乙方应提供7×24小时客服热线及在线工单系统，门店人员可通过电话、企业微信或工单提交问题。乙方应在成都、重庆、西安三地各安排至少一名驻地实施工程师，负责新店开业部署和门店现场支持，新店开通须在甲方通知后3个工作日内完成。
（四）乙方进行重大版本升级前应提前10日书面通知甲方，升级不得减少本合同约定的功能，不得影响门店营业高峰（每日11:00至14:00、17:00至21:00）。
（五）乙方应对接甲方现有的财务系统和供应链系统，每日自动推送门店营业日报，接口调整由乙方免费完成。

六、服务水平
（一）SaaS服务的月可用率不低于99.5%，计划维护应安排在每日2:00至6:00之间并提前3日通知甲方。
（二）一级故障（全部或多数门店无法收银或无法核销会员权益）乙方应在15分钟内响应，2小时内恢复；二级故障（个别功能异常）1小时内响应，24小时内解决。
（三）月可用率低于约定值的，每低0.1个百分点，按当季订阅费的2%抵扣服务费；一级故障超过恢复时限的，每超时一小时抵扣1,000元。

七、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）会员小程序的源代码、界面设计和文档的知识产权归甲方所有，乙方应在验收时一并交付，甲方可自行修改或委托第三方维护。

八、数据归属与数据安全
（一）门店交易数据、会员信息、储值及积分记录等全部业务数据归甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应采用不低于网络安全等级保护第三级的防护措施，会员个人信息加密存储，访问权限最小化并留存日志，遵守《个人信息保护法》《数据安全法》。
（三）发生数据泄露或安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担由此产生的全部赔偿责任。
（四）合同终止后30日内，乙方应按甲方要求的格式向甲方完整导出全部数据，并在甲方确认后删除，不得保留任何副本。

九、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。

十、分包
乙方不得将本合同项下的服务转包；确需分包门店实施工作的，应事先取得甲方书面同意。

十一、续期
（一）服务期届满前30日内任何一方未书面提出不续约的，本合同自动续期，每次续期一个服务年度。
（二）自动续期时，乙方有权上调SaaS订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方以书面通知方式告知甲方后生效。

十二、违约责任与责任限制
（一）任何一方违约给对方造成损失的，应予赔偿。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失导致数据泄露的不受此限。

十三、合同解除
乙方严重违约且在收到甲方书面通知后15日内未改正的，甲方有权解除本合同，已预付的费用（如有）按比例退还。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十五、不可抗力
因不可抗力导致一方不能履行合同的，应在事件发生后3日内通知对方，并在15日内提供证明。受影响方在不可抗力影响范围内免除责任，但应尽力减少损失。SaaS服务因不可抗力中断超过7日的，甲方可以解除合同，未使用期间的订阅费不予支付。

十六、其他
（一）本合同附件包括：门店清单、功能清单、实施计划、服务水平说明。附件与本合同具有同等效力。
（二）双方的通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：蜀川茶饮连锁管理有限公司      授权代表：__________
乙方（盖章）：杭州云铺数智科技有限公司      授权代表：__________
签订日期：2026年5月__日
"""

H547Z04 = """地铁线网乘客信息系统（PIS）年度运维服务合同

项目编号：DTYY-CS-2026-015（竞争性磋商）
甲方：某市轨道交通运营有限公司
地址：某市高新区天府大道北段1480号
乙方：西南轨信智能技术有限公司
地址：某市武侯区科华北路62号

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担地铁1、2、3号线乘客信息系统的年度运维服务，双方订立本合同。

（1）服务范围
1）运维对象：控制中心PIS中心服务器、存储及编播系统，58座车站的播控服务器、LCD显示屏和紧急信息发布终端，以及306列车载PIS设备。
2）服务内容：日常巡检、故障处理、软件维护、备品备件供应与管理、节目编播技术支持、重大活动及节假日保障、应急演练。
3）巡检要求：控制中心设备每日巡检；车站设备每周巡检一次；车载设备结合列车月检每月巡检一次。巡检发现的隐患应在巡检记录中注明，并在7日内处理完毕。
4）软件维护包括操作系统及编播软件补丁的测试与安装、病毒库更新、数据库维护和系统备份，补丁安装前须经甲方审批并在非运营时段实施。
5）服务期自2026年1月1日起至2026年12月31日止。

（2）服务费用
本合同总价为人民币2,364,000元，为固定总价，包括：
1）驻场运维人员（8人，控制中心及车辆段轮班）：1,488,000元；
2）备品备件（含显示屏、播控主机及车载终端备件）：512,000元；
3）系统巡检与软件维护：268,000元；
4）应急演练与培训：96,000元。

（3）付款方式
1）服务费按季度平均支付，每季度结束后，甲方根据季度考核结果计算扣款，乙方开具发票后20个工作日内支付当季费用。
2）本合同不设预付款。

（4）进场交接
1）乙方应在2026年1月1日前完成与原运维单位的交接，包括设备台账、备件清点、账号密码及技术资料的接收。
2）乙方未按期完成进场交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。

（5）服务水平
1）PIS系统月可用率不低于99.95%，按控制中心至车站、车载终端的节目正常播出时间统计。
2）一级故障（整条线路PIS黑屏或紧急信息无法发布）乙方应在10分钟内响应，30分钟内到达现场，2小时内恢复；二级故障（单站或单列车故障）30分钟内响应，8小时内恢复；三级故障（单块显示屏故障）在次日运营开始前修复。
3）乙方每月5日前提交上月运维报告，包括可用率统计、故障清单、备件消耗及整改建议。
4）乙方应建立运维工单系统，所有故障从报修到关闭全程记录，甲方可随时查询。

（6）人员要求
1）乙方驻场人员应具备电子、通信或计算机相关专业背景，其中项目经理须具有五个以上同类轨道交通项目经验（以合同或用户证明为准），每班至少2人持有低压电工作业证。
2）驻场人员名单须经甲方审核，未经甲方同意不得更换；人员离岗超过3日的，乙方应安排同等资历人员顶岗。
3）乙方人员进入车站、车辆段及控制中心须遵守甲方安全管理规定，夜间天窗点作业须按甲方施工计划办理请销点手续。

（7）备品备件与保障
1）乙方应在甲方车辆段设立备件库，备件品种和数量不低于磋商文件所列清单，按月向甲方报送备件库存及消耗情况。
2）因备件不足导致故障延误修复的，按第（8）项扣款。
3）春节、国庆等重大节假日以及大型活动期间，乙方应增派保障人员，提前制定保障方案并报甲方批准。
4）乙方每半个服务期至少组织两次应急演练，内容包括控制中心服务器故障切换和紧急信息人工发布。

（8）考核与扣款
1）一级故障未在规定时限内恢复的，每超时一小时扣减当季服务费的1%；二级故障每超时一小时扣减2,000元。
2）月可用率每低于约定值0.01个百分点，扣减当季服务费的0.5%。
3）季度考核得分低于80分的，扣减当季服务费的5%。

（9）验收
1）每季度末甲方按考核细则对服务进行考核，考核内容包括故障响应及恢复时限、可用率、巡检完成率、备件保障、文档完整性和用户满意度，满分100分，并出具季度考核确认单。
2）服务期满时，乙方应移交全部运维记录、设备台账、备件清单及软件版本资料，经甲方逐项核对一致、备件数量与台账相符后，甲方出具服务终验确认书。

（10）知识产权
乙方在运维中编写的运维手册、脚本、配置文件及分析报告归甲方所有，甲方可自由使用和修改。

（11）数据安全
1）PIS系统中的节目内容、运营信息、乘客服务数据及日志均归甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
2）乙方应遵守甲方网络安全管理制度，运维操作须经甲方运维审计系统进行，禁止使用未经授权的移动存储介质，严禁接入互联网。
3）发生信息泄露、非法插播或篡改播出内容等安全事件的，乙方应在30分钟内报告甲方，并按甲方要求处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

（12）保密
乙方及其人员对在服务中接触的甲方运营资料、系统架构、账号密码及其他非公开信息负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后三年。

（13）分包
乙方不得转包本合同；未经甲方书面同意，不得将任何部分分包给第三方。

（14）违约责任及责任限制
1）乙方违反本合同约定的，除按第（8）项扣款外，还应赔偿甲方因此遭受的损失。
2）乙方在本合同项下的累计赔偿责任（含扣款及违约金）以合同总价的60%为限。

（15）合同的履行与解除
本合同履行期间，甲方不得以乙方违约为由单方解除合同。乙方违约的，甲方按本合同第（8）项和第（14）项扣减服务费并要求乙方赔偿，乙方应继续履行至服务期满。

（16）甲方的义务
1）甲方为乙方驻场人员提供值班场所、必要的办公条件和进入运营场所的通行证件。
2）甲方应及时向乙方提供系统技术资料、原运维记录及相关接口单位的联系方式，协调通信、信号等专业配合乙方处理跨专业故障。
3）甲方应按约定支付服务费，并在每季度结束后10个工作日内完成季度考核。

（17）服务期满
服务期满本合同自动终止，不自动续期。甲方如需继续采购，应另行组织采购程序。

（18）法律适用及争议解决
本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（19）其他
1）本合同未尽事宜，双方可签订补充协议。服务期内甲方新开通线路或新增车站的，双方按响应文件中的单价另行签订补充协议。
2）双方的通知以书面形式送达合同首页所列地址。
3）磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：某市轨道交通运营有限公司      代表：__________
乙方（盖章）：西南轨信智能技术有限公司      代表：__________
2025年12月__日
"""

H547Z05 = """# 质检管理软件许可及定制开发合同

**慧检科技标准合同文本 V3.0**

合同编号：HJ-2026-QC-062

- 甲方（买方）：江苏高邮湖鲜禽蛋食品有限公司
- 地址：江苏省高邮市城南经济新区禽蛋路16号
- 乙方（卖方）：南京慧检软件科技有限公司
- 地址：江苏省南京市江宁区秣周东路12号

甲方主要生产咸鸭蛋、咸蛋黄及松花蛋，为规范原料蛋验收、腌制过程检测和成品出厂检验，拟采购乙方质检管理软件并委托乙方进行定制开发。双方依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“慧检QMS”质检管理软件永久许可（30个并发用户），模块包括原料验收、过程检验、成品检验、留样管理、不合格品处理和质量报表。

1.2 乙方为甲方定制开发以下功能：原料蛋分级与光检记录、腌制池盐度检测仪数据接口、批次追溯报表、出厂检验报告自动生成。

1.3 软件部署在甲方厂区机房的服务器上，支持电脑端和手持终端录入，检验记录可打印并导出为电子表格。

1.4 乙方交付内容包括：软件安装介质及授权文件、定制功能说明书、用户操作手册、系统管理员手册和培训课件。软件授权与甲方服务器硬件绑定，甲方更换服务器的，乙方应免费重新授权一次。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 慧检QMS质检管理软件永久许可（30并发） | 560,000 |
| 2 | 定制开发（分级光检、盐度接口、追溯报表、检验报告） | 90,000 |
| 3 | 实施部署及培训 | 30,000 |
| | 合计 | 680,000 |

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即340,000元，作为预付款。乙方收到预付款后开始实施。

3.2 系统验收合格后10个工作日内，甲方支付剩余50%，即340,000元。

3.3 乙方在收到每笔款项前向甲方开具增值税专用发票。甲方逾期付款的，乙方有权暂停实施或维护服务，交付期限相应顺延。

## 第四条 交付与验收

4.1 乙方在收到预付款后60日内完成软件部署及定制开发，并通知甲方验收。

4.2 验收标准：需求确认书所列功能逐项测试通过；盐度检测仪数据采集连续5个工作日无丢失；追溯报表能按成品批次查询到对应原料批次及腌制池记录。

4.3 甲方应在收到验收通知后7个工作日内组织验收，验收合格后双方签署验收单。验收中发现的问题，乙方应在5个工作日内修改完毕并重新提交验收。

4.4 甲方应为实施提供服务器、操作系统、数据库及网络环境，指定项目负责人，按时确认需求并组织检验人员参加培训。因甲方原因造成延误的，交付期限相应顺延。

4.5 乙方派驻项目经理1名、实施工程师2名，负责需求调研、系统配置、接口联调、数据初始化和上线支持。乙方对检验主管、化验员和仓库管理员分别开展培训，培训合计不少于3天，并提供操作手册电子版。

## 第五条 免费维护期

5.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

5.2 一级故障（系统无法登录或检验数据无法保存）乙方在接到甲方报修后8小时内响应；二级故障在2个工作日内响应。

5.3 甲方应通过乙方客服电话或工单系统报修，并说明故障现象、发生时间和影响范围，配合乙方远程排查。

5.4 乙方将尽力在合理时间内排除故障，但不因响应或修复超时承担扣款、赔偿或违约金。

## 第六条 维护服务

6.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每服务年度140,000元，按服务年度预先支付。

6.2 维护服务内容包括远程技术支持、缺陷修复、版本升级和每服务年度一次现场巡检。甲方未购买维护服务的，乙方不再提供版本升级和缺陷修复，恢复维护服务时甲方应补缴中断期间的维护费。

6.3 维护期内乙方提供工作日8:30至17:30的电话及远程支持，节假日及非工作时间的支持另行收费。

## 第七条 知识产权

7.1 慧检QMS软件的著作权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、报表模板及相关源代码的知识产权归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第八条 数据

8.1 甲方录入系统的检验数据归甲方所有。

8.2 乙方有权将甲方检验数据经脱敏处理后用于产品改进、行业质量分析及乙方其他客户的模型训练，上述使用不需另行取得甲方同意。

8.3 乙方应采取访问控制、数据加密和定期备份措施保障系统数据安全；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担赔偿责任。

8.4 合同终止后，乙方应协助甲方导出系统中的检验数据，导出格式为通用电子表格。

## 第九条 保密

双方对在合同履行中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的50%。乙方不承担任何间接损失、利润损失或生产损失。

10.4 因甲方提供的硬件、网络或第三方软件故障，或甲方擅自修改系统配置导致的问题，乙方不承担责任，乙方协助处理的，按乙方人天单价另行收费。

## 第十一条 合同解除

任何一方严重违反本合同，经守约方书面催告后15日内仍未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十三条 不可抗力

因不可抗力导致一方不能履行合同的，该方应在事件发生后及时通知对方，并在事件结束后15日内提供证明，在不可抗力影响范围内免除责任。

## 第十四条 其他

14.1 本合同附件包括：需求确认书、功能清单、培训计划。附件与本合同具有同等效力。

14.2 双方的通知以书面形式送达合同首页所列地址，或发送至双方确认的电子邮箱。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：江苏高邮湖鲜禽蛋食品有限公司　　代表：__________

乙方（盖章）：南京慧检软件科技有限公司　　代表：__________

日期：2026年__月__日
"""

H547E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NLS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) North Lakes Software, Inc., a Minnesota corporation with its principal office at 220 West Superior Street, Duluth, Minnesota 55802, United States (the "Vendor"); and
P:(2) Hangzhou Yunda Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 188 Jiangdong Road, Xiaoshan District, Hangzhou, Zhejiang Province (the "Customer").
P:Background. The Customer operates four temperature-controlled warehouses in Zhejiang and Jiangsu and wishes to replace its existing warehouse system. The Vendor licenses the Lakeline WMS warehouse management software and provides implementation services. At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Lakeline WMS software in object code, including the cold-chain, slotting and labour modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates and configuration developed by the Vendor specifically for the Customer under Schedule 2.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Customer Data" means all inventory, order, temperature, customer and employee data entered into or generated by the Software for the Customer.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 160 named users at the Customer's warehouses and offices in the People's Republic of China, for the Customer's own business and that of its affiliates.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by law.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install the Software on the Customer's servers, configure it for the four warehouses, migrate open inventory and master data from the existing system, develop the Custom Deliverables listed in Schedule 2 and train the Customer's key users and administrators.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese and English and who shall attend weekly progress meetings at the Customer's Hangzhou office or by video conference.
P:3.3 The project plan in Schedule 3 sets out target dates for installation, configuration, data migration, user acceptance testing and go-live. Dates in the project plan are estimates; the Vendor shall use reasonable efforts to meet them and shall inform the Customer promptly of any expected slippage.
P:3.4 The Customer shall provide the servers, operating systems, database licences and network access described in Schedule 3, make its key users available for workshops and testing, and give the Vendor's personnel safe access to the warehouses during agreed working hours. Any delay caused by the Customer extends the dates in the project plan accordingly.
H:Article 4 Fees
P:4.1 The total price of this Agreement (the "Contract Price") is CNY 1,860,000, consisting of:
P:(a) Licence Fee for 160 named users: CNY 1,320,000;
P:(b) implementation services, data migration and Custom Deliverables: CNY 486,000;
P:(c) training for key users and administrators: CNY 54,000.
P:4.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's personnel, and withholding obligations of the Customer shall be handled so that the Vendor receives the amounts stated.
H:Article 5 Payment
P:5.1 The Customer shall pay the Contract Price in the following instalments, each within 20 days after receipt of a valid invoice:
P:(a) 20% of the Contract Price (CNY 372,000) after signature of this Agreement;
P:(b) 45% of the Contract Price (CNY 837,000) after installation of the Software and completion of data migration in all four warehouses;
P:(c) 35% of the Contract Price (CNY 651,000) after Final Acceptance.
P:5.2 Payments shall be made by bank transfer to the Vendor's account in the People's Republic of China stated in the invoice.
H:Article 6 Acceptance
P:6.1 After go-live in all four warehouses the Vendor shall notify the Customer that the system is ready for acceptance testing. The Customer shall carry out the acceptance tests in Schedule 4 within 20 business days.
P:6.2 The acceptance criteria are: (a) all test scripts in Schedule 4 pass without a critical defect; (b) three consecutive days of live operation in each warehouse with inventory records reconciling to a physical cycle count; (c) the interfaces to the Customer's ERP, transport management system and temperature loggers exchange data without error for ten business days; and (d) user and administrator documentation has been delivered.
P:6.3 If a criterion is not met, the Vendor shall correct the defect and the relevant tests shall be repeated. Go-live, productive use or any payment does not constitute Final Acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that for eighteen months after Final Acceptance (the "Warranty Period") the Software and the Custom Deliverables will perform substantially in accordance with their documentation. During the Warranty Period the Vendor shall correct reported defects and provide updates free of charge.
H:Article 8 Support
P:8.1 During the Warranty Period and any paid support period the Vendor shall provide support by telephone, email and its support portal during business hours in Minnesota and, for urgent matters, through an on-call engineer.
P:8.2 The Vendor will use commercially reasonable efforts to respond to and resolve support requests in a timely manner according to their business impact.
P:8.3 After the Warranty Period the Customer may purchase annual support. The annual support fee is 14% of the Licence Fee, that is CNY 184,800 per Support Year, and shall not change for the first three Support Years after the Warranty Period. Support is purchased by a separate order for each Support Year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All rights in the Custom Deliverables, including source code and documentation, vest in the Customer on creation. The Vendor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy it outside the Customer's systems.
P:10.2 Remote access by the Vendor requires the Customer's approval for each session, takes place through the Customer's VPN with multi-factor authentication and is logged. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not transfer Customer Data outside the People's Republic of China.
P:10.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, shall cooperate in its investigation and shall be liable for all losses caused by an incident attributable to the Vendor or its personnel.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for this Agreement. This obligation survives termination for three years.
H:Article 12 Liability
P:12.1 The Vendor's total aggregate liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability under Article 10, for personal injury or for wilful misconduct.
P:12.2 Neither party is liable for indirect or consequential loss, except under Article 10.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice of it. The Vendor may terminate for non-payment of an undisputed invoice for more than 60 days after notice.
P:14.2 On termination before Final Acceptance the Vendor shall refund the payments for services not performed and deliver all work in progress on the Custom Deliverables.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 90 days, either party may terminate this Agreement by written notice.
H:Article 17 General
P:17.1 This Agreement, with its Schedules, is the entire agreement between the parties. It is made in English and Chinese; both texts have equal effect.
P:17.2 Schedules: Schedule 1 Licensed modules; Schedule 2 Custom Deliverables; Schedule 3 Project plan; Schedule 4 Acceptance tests.
P:Signed for North Lakes Software, Inc.: ____________________  Name and title: ____________________
P:Signed for Hangzhou Yunda Cold Chain Logistics Co., Ltd.: ____________________  Name and title: ____________________
"""

H547E02 = """# ORDER FORM — FIELDPATH SERVICE SCHEDULING

**Order Form No. FP-2026-0311**, issued under and subject to the FieldPath General Terms set out below.

| | |
|---|---|
| Provider | FieldPath Software LLC, 1100 Walnut Street, Kansas City, Missouri 64106, United States |
| Customer | Ningbo Jiale Home Appliance Service Co., Ltd., 66 Tiantong South Road, Yinzhou District, Ningbo, Zhejiang Province, China |
| Service | FieldPath Dispatch (scheduling, route optimisation, mobile work orders, spare-parts tracking, customer notifications) |
| Subscription Term | 1 April 2026 to 31 March 2029 (three Subscription Years) |
| Currency | Chinese yuan (CNY), at the Customer's request |

## Part A — Order Details

**A1. Subscription.** 180 technician seats and 25 dispatcher seats for the Customer's after-sales service operations in Zhejiang, Jiangsu and Shanghai. Dispatcher seats are included in the technician seat price.

**A2. Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 180 seats × CNY 1,450 per seat per Subscription Year × 3 Subscription Years | 783,000 |
| Onboarding (configuration, data import, integration with the Customer's call-centre system, training) | one-time | 62,000 |
| Total Order Value | | 845,000 |

Additional seats may be added at CNY 1,450 per seat per Subscription Year, pro rata for the remaining part of the Subscription Year. Additional seats are not part of the Total Order Value.

**A3. Invoicing and payment.** Subscription fees are invoiced quarterly in arrears, at the end of each calendar quarter, for the seats active in that quarter. The onboarding fee is invoiced after Onboarding Acceptance under A5. Invoices are payable within 30 days. No amount is payable in advance.

**A4. Onboarding.** Provider shall complete onboarding by 31 March 2026. Onboarding includes configuration of service regions, skills and working calendars, import of the Customer's technician, customer and spare-parts master data, integration with the Customer's call-centre system through the standard API, and training of dispatchers and technician team leaders in Ningbo.

**A5. Onboarding Acceptance.** The Customer shall test the configured service within ten business days after Provider's notice of readiness. Onboarding Acceptance requires: (a) the test cases agreed in the onboarding plan pass; (b) work orders created in the call-centre system appear in FieldPath within one minute; (c) route plans are produced for all service regions for five consecutive business days; and (d) imported master data reconciles with the Customer's source files. Use of the service in production does not by itself constitute Onboarding Acceptance.

**A6. Late onboarding.** If Onboarding Acceptance is not achieved by 31 March 2026 for reasons attributable to Provider, Provider shall pay the Customer CNY 500 for each day of delay, and the Subscription Term start date shall not move.

**A7. Renewal.** The subscription ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

Signed for FieldPath Software LLC: ____________________ Date: __________

Signed for Ningbo Jiale Home Appliance Service Co., Ltd.: ____________________ Date: __________

## Part B — FieldPath General Terms

### Section 1. The Service

1.1 Provider shall make the Service available to the Customer's authorised users over the internet during the Subscription Term in accordance with the documentation and this Order Form.

1.2 The Service is hosted in a data centre in Shanghai operated by Provider's hosting partner named in the documentation.

1.3 Provider may improve the Service from time to time, provided that no change materially reduces the functions described in the Order Form. Provider shall give at least 14 days' notice of any change that affects the Customer's users or integrations.

1.4 The Customer is responsible for its users' conduct, for keeping their log-in credentials secret and for the accuracy of the data it enters into the Service.

### Section 2. Service Levels

2.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.

2.2 Provider shall respond to support requests as follows: Severity 1 (the Service is unavailable or dispatching is impossible for all users) within 30 minutes, at any time; Severity 2 (a major function is impaired) within 2 hours during business hours; Severity 3 (other issues) within one business day.

2.3 If monthly availability falls below the level in 2.1, the Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point (or part of it) below that level, up to half of the month's fee. If a Severity 1 response is late, the Customer receives a credit of CNY 800 for each hour or part of an hour of delay. Credits are deducted from the next invoice.

2.4 Provider shall send the Customer a monthly service report with availability, incidents and response times.

### Section 3. Use of the Service

3.1 The Customer shall use the Service only for its own after-sales service business and shall not resell it, use it to build a competing product or attempt to access parts of the Service not made available to it.

3.2 Provider may suspend a user account that is used in breach of 3.1 or that threatens the security of the Service, after notifying the Customer's administrator and only for as long as the threat continues. Provider shall not suspend the Service as a whole because of a payment dispute that the Customer has raised in good faith.

3.3 The mobile application is provided for Android and iOS devices that meet the minimum requirements in the documentation. The Customer provides the devices and mobile data plans of its technicians.

### Section 4. Fees and Taxes

4.1 Fees are as stated in the Order Form and are fixed for the Subscription Term.

4.2 Prices include value-added tax. Provider shall issue valid Chinese VAT invoices through its Shanghai affiliate.

4.3 Undisputed amounts not paid when due bear interest at 0.02% per day.

### Section 5. Customer Data

5.1 "Customer Data" means all data entered into the Service by or for the Customer, including data of the Customer's own customers, technicians and spare parts, and all records generated from it by the Service.

5.2 Customer Data belongs to the Customer. Provider may use Customer Data only to provide the Service to the Customer and shall not sell it or use it for any other purpose.

5.3 During the Subscription Term and for 30 days after it the Customer may export Customer Data in CSV format through the Service. After that period Provider shall delete Customer Data from the Service.

### Section 6. Intellectual Property

6.1 Provider owns the Service, the software and the documentation, and all improvements to them.

6.2 Configurations, report templates and integration mappings created for the Customer during onboarding belong to the Customer, who may use, copy and modify them and let third parties use them freely.

### Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information received in connection with this agreement, use it only for this agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

7.2 These obligations continue for three years after the end of the Subscription Term.

### Section 8. Subcontracting

8.1 Provider shall not subcontract the performance of its obligations, other than hosting by the hosting partner named in the documentation, without the Customer's prior written consent. Provider remains responsible for all subcontractors.

### Section 9. Warranties

9.1 Provider warrants that the Service will perform materially in accordance with the documentation and that onboarding will be performed with reasonable skill and care.

9.2 If the Service does not so perform, Provider shall correct it without charge.

### Section 10. Limitation of Liability

10.1 Provider's total liability arising out of or in connection with this agreement, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss.

### Section 11. Term and Termination

11.1 This agreement runs for the Subscription Term.

11.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates for Provider's breach, Provider shall refund any fees for the period after termination that have been paid.

11.3 On termination Section 5.3 applies.

### Section 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding.

### Section 13. General

13.1 This Order Form and these General Terms are the entire agreement on their subject matter. Amendments must be in writing and signed by both parties.

13.2 Notices shall be given in writing to the addresses in the Order Form or to email addresses notified by each party.

13.3 Neither party may assign this agreement without the other party's written consent, except to an affiliate that takes over the relevant business.
"""

H547E03 = """T:Supply and Installation Contract for Grain Storage Monitoring Sensors
P:Contract No. HBGC-2026-EQ-027
P:This Contract is made between Hebei Fengyuan Grain Storage Co., Ltd., 9 Cangchu Road, Luancheng District, Shijiazhuang, Hebei Province, China (the "Buyer"), and Prairie Grain Instruments, Inc., 415 Poyntz Avenue, Manhattan, Kansas 66502, United States (the "Supplier").
P:The Buyer operates 24 flat and squat warehouses holding wheat and maize reserves and wishes to install a digital temperature and moisture monitoring system. The Supplier manufactures grain cable sensors and monitoring software. This Contract is issued on the Buyer's standard terms; all prices are in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, cables, gateways and accessories listed in Clause 3.
P:1.2 "Software" means the GrainWatch monitoring software licensed under Clause 9.
P:1.3 "Final Acceptance" means the Buyer's signed certificate under Clause 6.4.
P:1.4 "Buyer Data" means all temperature, moisture, stock and alarm data produced by the Equipment and the Software at the Buyer's sites.
H:2. Scope
P:2.1 The Supplier shall supply, deliver to the Buyer's depot in Shijiazhuang, install, configure and commission the Equipment and the Software in the 24 warehouses, integrate the Software with the Buyer's grain management system and train the Buyer's staff.
P:2.2 Installation includes suspension of cables from the roof trusses, cable routing, gateway mounting, power connection and calibration of every sensor.
H:3. Price
P:3.1 The Contract Price is CNY 1,600,000, fixed and inclusive of VAT, duties, freight, insurance and installation, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cable, 12 sensing points, 18 m|420|1,860|781,200
TB:2|Capacitive moisture probe with cable|96|3,450|331,200
TB:3|LoRa wireless gateway with backup battery|24|7,800|187,200
TB:4|GrainWatch software, perpetual site licence|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||1,447,600
TB:5|Installation, calibration and commissioning|1 lot|138,000|138,000
TB:6|Training (operators and administrators)|1 lot|14,400|14,400
TB:|Contract Price|||1,600,000
H:4. Payment
P:4.1 10% of the Contract Price (CNY 160,000) within 15 days after the Supplier provides a bank advance-payment guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 880,000) after delivery and installation in all 24 warehouses, confirmed by a signed installation record. The installation record is not acceptance.
P:4.3 35% of the Contract Price (CNY 560,000) after Final Acceptance.
P:4.4 The Supplier shall issue a valid Chinese VAT invoice through its Tianjin subsidiary before each payment.
H:5. Delivery and Delay
P:5.1 The Equipment shall be delivered within 70 days after signature and installation shall be completed within 45 days after delivery.
P:5.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:5.3 The Equipment shall be packed for sea and road transport, protected against moisture and marked with the contract number and the destination warehouse. Each shipment shall be accompanied by a packing list, certificates of origin and quality, and the factory test report of every cable.
P:5.4 Risk in the Equipment passes to the Buyer on delivery to the Buyer's depot; title passes on payment under Clause 4.2.
H:5A. Site Work
P:5A.1 The Supplier's installers shall follow the Buyer's grain depot safety rules, including the rules on work at height, fumigation notices, hot work permits and dust control, and shall wear the protective equipment the Buyer prescribes.
P:5A.2 Work inside a warehouse that holds grain shall be scheduled with the depot manager at least two days in advance and shall not take place during fumigation or within the gas-clearance period after it.
P:5A.3 The Supplier is responsible for the safety of its personnel and for any damage it causes to the warehouses, the grain or the Buyer's other property.
P:5A.4 Within 15 days after signature the Supplier shall provide a performance bond from a bank in China for 5% of the Contract Price, valid until 30 days after Final Acceptance.
H:6. Acceptance
P:6.1 After installation the Supplier shall calibrate each cable against a reference thermometer and submit the calibration records.
P:6.2 The system then runs for 21 days under the Buyer's observation.
P:6.3 The acceptance criteria are: (a) every sensor reads within ±0.5 °C of the reference; (b) moisture probes read within ±0.8 percentage points of laboratory samples taken by the Buyer; (c) data completeness of at least 98% for each warehouse over the 21-day run; (d) high-temperature and gateway-offline alarms reach the Buyer's duty phones within two minutes in a test; and (e) readings appear correctly in the Buyer's grain management system.
P:6.4 If all criteria are met, the Buyer signs the Final Acceptance certificate within seven days. Otherwise the Supplier shall correct the defects and the tests are repeated. Use of the system before Final Acceptance does not constitute acceptance.
H:7. Warranty and Service Levels
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months after Final Acceptance. During this period it shall repair or replace faulty items free of charge, including parts, labour and travel.
TB:Severity|Definition|Response|On-site attendance|Restoration
TB:Severity 1|Gateway failure or loss of data from a whole warehouse|2 hours|24 hours|48 hours
TB:Severity 2|Failure of one or more cables or probes|8 hours|72 hours|7 days
TB:Severity 3|Software questions and minor defects|next business day|as agreed|as agreed
P:7.2 The Supplier shall keep spare cables, probes and a spare gateway at its service partner's store in Shijiazhuang.
P:7.3 If the Supplier misses a response or restoration time for a Severity 1 fault, it shall pay CNY 400 for each hour of delay, deducted from the next payment or the performance bond.
H:8. Support after the Warranty
P:8.1 After the warranty the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 101,332 per year, fixed for the first two support years. Support is ordered year by year and does not renew automatically.
P:8.2 Annual support covers the same services and service levels as Clause 7, plus one on-site inspection and recalibration of a sample of sensors each year.
H:9. Software Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's sites.
P:9.2 Site drawings, sensor layout plans, configuration files and the interface to the Buyer's grain management system prepared for this Contract belong to the Buyer, who may use and modify them freely and give them to other contractors.
H:10. Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:10.2 The Software runs on the Buyer's own servers. The Supplier shall access them only on site or through the Buyer's VPN with a named account approved for each session. Gateways shall send data only to the Buyer's servers.
P:10.3 The Supplier shall report any security incident affecting Buyer Data within 24 hours and shall be liable for losses caused by an incident attributable to it.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's stock levels, site plans, security arrangements and other non-public information, and shall not disclose them to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract for three years.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The installation crew of its service partner named in the tender is approved by signature of this Contract.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages reach their maximum.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be referred to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang.
H:16. Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, if it notifies the other party within five days and takes reasonable steps to limit the effect. The dates in this Contract are extended by the period of the event.
H:17. Documentation and Training
P:17.1 The Supplier shall deliver operation and maintenance manuals in Chinese, as-built drawings of each warehouse and the calibration records in paper and electronic form.
P:17.2 Training covers daily monitoring, alarm handling, replacement of a cable or probe and administration of the Software, for at least 20 operators and four administrators.
H:18. General
P:18.1 This Contract is signed in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H547E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. PRM-GZ-2026-006**

**Between** Platte River Managed IT, Inc., 1201 O Street, Lincoln, Nebraska 68508, United States, acting through its branch office in Guangzhou ("Provider"),

**and** Guangzhou Meiya Dental Clinics Co., Ltd., 88 Tianhe North Road, Tianhe District, Guangzhou, Guangdong Province ("Customer").

Customer operates 34 dental clinics and a central laboratory in Guangdong. Customer wishes to outsource the day-to-day operation of its IT environment. Provider offers managed IT services. The parties agree as follows. All charges are in Chinese yuan (CNY).

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the targets in Schedule 2.

1.3 "Customer Data" means all data of Customer and its patients held in, or processed by, the systems covered by the Services, including patient records, dental images, appointment data and accounts.

1.4 "Service Commencement Date" means the date stated in the Transition Acceptance certificate under Clause 4.

1.5 "Term" means 24 months from the Service Commencement Date.

## 2. SERVICES

2.1 Provider shall provide the Services for the Term from the Service Commencement Date, using qualified personnel, in accordance with good industry practice and the Service Levels.

2.2 Provider shall provide a service desk in Chinese from 07:30 to 22:00 every day, with an on-call engineer for Priority 1 incidents outside these hours.

2.3 Customer shall give Provider remote access to the systems covered by the Services, access to the clinics during opening hours, and timely information on planned changes such as new clinics or new equipment.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 1,450,000.

3.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt. Nothing is payable in advance.

3.3 The Monthly Service Charge covers up to 36 clinics. Each additional clinic is charged at the rate in Schedule 3 from the month after it is added; these additional charges are not part of the total charges in 3.1.

3.4 Charges are fixed for the Term and include VAT.

## 4. TRANSITION

4.1 Provider shall take over the Services from Customer's current contractor in accordance with the transition plan in Schedule 4, including the inventory of all devices, the documentation of the network and servers, the transfer of administrator accounts and a backup restore test.

4.2 Transition Acceptance requires that: (a) every item in Schedule 4 has been completed and confirmed by Customer's IT manager; (b) a full restore of the patient records database to a test server has succeeded; (c) monitoring covers every server, firewall and clinic router; and (d) the service desk has handled live calls for ten consecutive days without a Priority 1 incident left unresolved. Customer shall issue the Transition Acceptance certificate within five business days after all criteria are met. Starting the service desk does not by itself mean Transition Acceptance.

4.3 Transition Acceptance is planned for 1 July 2026. If it is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 5. SERVICE LEVELS

5.1 Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

5.2 The Service Levels are performance targets. If Provider does not meet a Service Level, Provider shall investigate the cause and submit a remediation plan within ten business days. No service credits, fee reductions or other compensation apply to a failure to meet a Service Level.

## 6. DATA PROTECTION

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and on Customer's documented instructions, and shall not use it for any other purpose.

6.2 Provider shall comply with the Personal Information Protection Law, the Data Security Law and the rules on medical data of the People's Republic of China. Customer Data shall stay on Customer's servers and backup systems in Guangzhou; Provider shall not copy it to its own systems or outside China.

6.3 Provider's engineers shall access Customer's systems only through Customer's bastion host with personal accounts and multi-factor authentication. All sessions are recorded. Provider shall remove the access of any engineer who leaves the account team within one business day.

6.4 Provider shall report to Customer any incident affecting Customer Data within 6 hours of becoming aware of it, shall assist with notifications to authorities and patients, and shall be liable for all losses, fines and costs caused by an incident attributable to Provider or its personnel.

## 7. INTELLECTUAL PROPERTY

7.1 Provider retains its own tools and methods.

7.2 Runbooks, network diagrams, configuration records and other documentation prepared for Customer belong to Customer, who may use and modify them and give them to another service provider.

## 8. LIABILITY

8.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the Term, except for liability under Clause 6, for personal injury and for wilful misconduct, which is not limited.

8.2 Neither party is liable for indirect loss or loss of profit, except under Clause 6.

## 9. SUBCONTRACTING

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice.

10.3 On expiry or termination Provider shall cooperate in the transfer of the Services to Customer or a new provider for up to 60 days at the rates in Schedule 3 and shall hand over all documentation under Clause 7.2.

## 11. CHANGES AND FORCE MAJEURE

11.1 Either party may propose a change to the Services in writing. Provider shall state the effect of the change on the charges and the Service Levels within ten business days. No change is binding until both parties sign a change note.

11.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government orders, provided it notifies the other party promptly and does what it reasonably can to continue the Services. Provider's business continuity plan shall cover the loss of its Guangzhou office and of key engineers.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. GENERAL

13.1 This Agreement with its Schedules is the entire agreement of the parties on its subject. Amendments must be in writing.

13.2 Neither party may assign this Agreement without the other party's written consent.

Signed for Provider: ____________________ Signed for Customer: ____________________

## SCHEDULE 1 — SERVICES

| Service | Scope |
|---|---|
| Service desk | Calls, chat and email from clinic staff; ticket logging and tracking |
| End-user devices | 410 PCs and laptops, 68 printers; patching, antivirus, replacement coordination |
| Servers and backup | 12 servers at head office; daily backup, monthly restore test |
| Network | 35 sites: routers, firewalls, Wi-Fi; VPN to head office |
| Clinic applications | First-line support for practice management and imaging software |
| Reporting | Monthly service report and quarterly review meeting |

## SCHEDULE 2 — SERVICE LEVELS

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| Priority 1 | Practice management system or network down at head office or at three or more clinics | 30 minutes | 6 hours |
| Priority 2 | One clinic cannot work normally | 1 hour | 8 business hours |
| Priority 3 | One user affected | 2 business hours | 2 business days |
| Backup | Daily backup success | 98% of jobs per month | failed jobs rerun the same day |

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 46,000 |
| Monthly Service Charge | CNY 58,500 × 24 months | 1,404,000 |
| Total charges for the Term | | 1,450,000 |
| Additional clinic | per clinic per month | 1,450 |
| Transfer assistance | per engineer day | 2,800 |

## SCHEDULE 4 — TRANSITION PLAN

| Step | Deliverable | Owner |
|---|---|---|
| 1 | Device and licence inventory | Provider |
| 2 | Network and server documentation | Provider, with current contractor |
| 3 | Transfer of administrator accounts | Customer |
| 4 | Monitoring set-up | Provider |
| 5 | Backup restore test | Provider |
| 6 | Service desk go-live | Provider |
"""

H547E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CTD-API-2026-118

This Data API Subscription Agreement (the "Agreement") is made between:

Chesapeake Tidewater Data, Inc., a Maryland corporation, 100 Main Street, Annapolis, Maryland 21401, United States ("Provider"); and

Qingdao Haiyun International Freight Forwarding Co., Ltd., 21 Xianggang Middle Road, Shinan District, Qingdao, Shandong Province, China ("Customer").

Provider collects and processes vessel position (AIS), port call and schedule data and makes it available through an application programming interface. Customer arranges ocean freight for exporters and wishes to show its clients the position and expected arrival of their containers' vessels. Provider has agreed, at Customer's request, to state and invoice all fees in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means Provider's Vessel Tracking API, version 4, with the endpoints described in the documentation: vessel positions, port calls, estimated times of arrival and schedule changes.

1.2 "Provider Data" means the data made available through the API.

1.3 "Customer Data" means the container numbers, booking references, vessel lists, client names and other information that Customer submits to the API, and all query logs relating to Customer's account.

1.4 "Subscription Year" means each successive period starting on the Service Start Date or an anniversary of it.

1.5 "Service Start Date" means 1 June 2026.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years from the Service Start Date, a non-exclusive right to call the API and to use Provider Data in Customer's tracking portal, client notifications and internal planning.

2.2 Customer may display Provider Data to its own clients in its portal and notifications, but shall not resell Provider Data as a data feed or make bulk extracts available to third parties.

2.3 The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above this volume are charged under Clause 3.3.

3. FEES

3.1 The fees are:
(a) subscription fee: CNY 336,000 per Subscription Year, that is CNY 672,000 for the two Subscription Years;
(b) onboarding and integration support (test environment, credentials, two integration workshops, mapping of Customer's container references to vessel voyages): CNY 18,000, one-time.
The total fees under this Agreement are CNY 690,000.

3.2 The subscription fee is invoiced quarterly in arrears, in four equal instalments in each Subscription Year. The onboarding fee is invoiced after Onboarding Acceptance. Invoices are payable within 30 days after receipt. No amount is payable in advance.

3.3 Calls above the included volume are charged at CNY 45 per 1,000 calls, invoiced with the next quarterly invoice. These usage charges are not part of the total fees in 3.1.

3.4 The fees are fixed for the two Subscription Years and include VAT. Provider shall issue Chinese VAT invoices through its agent in Shanghai.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall provide the test environment and credentials within ten days after signature and hold the integration workshops in Qingdao or by video conference.

4.2 Provider shall make the production API available to Customer by the Service Start Date. If it fails to do so for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

4.3 Onboarding Acceptance takes place when Customer confirms in writing that: (a) the production API returns positions for at least 98% of the vessels on a test list of 500 vessels supplied by Customer; (b) estimated times of arrival are returned for all port calls on the test list; (c) the average response time over a test of 10,000 calls is below 800 milliseconds; and (d) the reference mapping in 3.1(b) has been delivered and tested. Customer shall carry out the tests within ten business days. Use of the API in production does not by itself mean Onboarding Acceptance.

5. SERVICE LEVELS

5.1 Provider shall make the production API available at least 99.95% of each calendar month, measured by Provider's external monitoring, excluding maintenance announced at least five days in advance and performed on Sundays between 01:00 and 03:00 China Standard Time.

5.2 Provider shall respond to incidents as follows: Severity 1 (the API is unavailable or returns errors for most calls) within 1 hour at any time; Severity 2 (one endpoint unavailable or data for a major trade lane missing) within 3 hours; Severity 3 (other issues) within two business days.

5.3 Position data shall be no older than 15 minutes for vessels within terrestrial AIS coverage and no older than 3 hours for other vessels, for at least 95% of vessels on Customer's active list.

5.4 If monthly availability falls below 99.95%, Customer receives a credit of 10% of the monthly share of the subscription fee for each started 0.1 percentage point below that level, up to the full monthly share. If a Severity 1 response is late, Customer receives a credit of CNY 500 per hour of delay. Credits are deducted from the next invoice.

5.5 Provider shall send a monthly report on availability, incidents, response times and data freshness.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer, and shall not sell it, share it or use it for any other purpose, including analytics or products for other customers.

6.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, logged access and annual penetration tests. Customer Data shall be stored on servers in mainland China operated by Provider's hosting partner named in the documentation; Customer shall not submit personal data to the API.

6.3 Provider shall notify Customer of any incident affecting Customer Data within 24 hours of becoming aware of it, shall take all reasonable steps to contain it and shall be liable for the losses caused to Customer by an incident attributable to Provider.

6.4 Within 30 days after the end of this Agreement Provider shall delete Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the API, Provider Data and its documentation.

7.2 The reference mapping, integration scripts and sample code prepared for Customer during onboarding belong to Customer, who may use, modify and license them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for this Agreement and disclose it only to staff and advisers who need it and are bound by similar obligations.

8.2 These obligations continue for three years after the end of this Agreement.

9. SUBCONTRACTING

9.1 Provider shall not subcontract its obligations under this Agreement, except hosting by the cloud provider named in the documentation, without Customer's prior written consent. Provider remains responsible for any subcontractor.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 200% of the total fees in Clause 3.1, except for liability under Clause 6 and for wilful misconduct.

10.2 Neither party is liable for loss of profit or indirect loss.

10.3 Provider does not warrant the accuracy of positions reported by vessels themselves, but shall correct processing errors promptly.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a written agreement signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund any fees paid for the period after termination.

11.3 Provider may suspend access if Customer uses the API in breach of Clause 2.2 and fails to stop within ten days after notice.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the State of Maryland, United States, without regard to its conflict-of-laws rules.

12.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Baltimore, Maryland, and the language of the arbitration is English.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 Notices shall be sent to the addresses above or to email addresses that each party notifies in writing.

13.4 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or a general failure of satellite or terrestrial AIS reception, provided it notifies the other party promptly and does what it reasonably can to limit the effect. Fees are reduced for any period in which the API cannot be used for such a reason.

13.5 This Agreement is signed in English and Chinese. In case of inconsistency the English version prevails.

Signed for Chesapeake Tidewater Data, Inc.: ____________________  Name: ____________  Date: __________

Signed for Qingdao Haiyun International Freight Forwarding Co., Ltd.: ____________________  Name: ____________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h547z01_agri_product_traceability_platform.pdf", "zh", H547Z01),
    "z02": ("h547z02_textile_ring_spinning_control_retrofit.docx", "zh", H547Z02),
    "z03": ("h547z03_tea_chain_pos_membership_saas.txt", "zh", H547Z03),
    "z04": ("h547z04_metro_pis_annual_maintenance.txt", "zh", H547Z04),
    "z05": ("h547z05_salted_egg_qc_software_supplier_template.md", "zh", H547Z05),
    "e01": ("h547e01_cold_chain_wms_perpetual_licence_mn_vendor.pdf", "en", H547E01),
    "e02": ("h547e02_field_service_saas_order_form_mo_vendor.md", "en", H547E02),
    "e03": ("h547e03_grain_storage_sensors_ks_vendor.docx", "en", H547E03),
    "e04": ("h547e04_dental_clinics_managed_it_ne_vendor.md", "en", H547E04),
    "e05": ("h547e05_vessel_tracking_data_api_md_vendor.txt", "en", H547E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key -> (category, term overrides, extra overrides, design: fee base for TCO, forum outside mainland, expected rules)
SPEC = {
    "z01": ("software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                             final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                             contract_kind="goods_or_licence"),
            dict(post_warranty_fee_capped=True, contract_value=2080000), 1180000, False, []),
    "z02": ("hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=20, acceptance_clause=False,
                             final_payment_on_acceptance=False, warranty_months=18, post_warranty_fee_pct=6,
                             subcontract_without_consent=True, contract_kind="goods_or_licence"),
            dict(post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=1726000), 1581600, False,
            ["CR-ACCEPTANCE", "CR-SUBCONTRACT"]),
    "z03": ("cloud", dict(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=1500 / 1779600 * 100,
                          liability_cap_pct=150, auto_renewal_price_increase=True),
            dict(contract_value=1779600), None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", dict(availability_pct=99.95, p1_response_hours=10 / 60, ld_rate_per_day_pct=0.1, liability_cap_pct=60,
                             termination_for_breach=False),
            dict(contract_value=2364000), None, False, ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "z05": ("software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                             ld_rate_per_day_pct=0.02, liability_cap_pct=50, prepayment_pct=50,
                             final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=25,
                             subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
            dict(post_warranty_fee_capped=True, contract_value=680000), 560000, False,
            ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", dict(sla_remedy=False, liability_cap_pct=150, prepayment_pct=20, final_payment_on_acceptance=True,
                             warranty_months=18, post_warranty_fee_pct=14, contract_kind="goods_or_licence"),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, contract_value=1860000), 1320000, False,
            ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e02": ("cloud", dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                          ld_rate_per_day_pct=500 / 845000 * 100, liability_cap_pct=6 / 36 * 100),
            dict(contract_value=845000), None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e03": ("hardware", dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                             final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                             contract_kind="goods_or_licence"),
            dict(post_warranty_fee_capped=True, contract_value=1600000), 1447600, False, []),
    "e04": ("services", dict(p1_response_hours=0.5, sla_remedy=False, confidentiality=False,
                             ld_rate_per_day_pct=1200 / 1450000 * 100, liability_cap_pct=150),
            dict(contract_value=1450000), None, False, ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "e05": ("cloud", dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=600 / 690000 * 100,
                          liability_cap_pct=200, governing_law="Maryland"),
            dict(contract_value=690000), None, True, ["CR-GOVERNING-LAW"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, value, fee_base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * fee_base * years
    return fees / (value + fees) * 100


def my_rules(t, x, fee_base, forum_foreign):
    """My own reading of policy.md section 3 (not project code), applied to a label."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    sla = x.get("sla_clause", True)
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if not x.get("ld_stated", True):
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x.get("acceptance_deemed_on_delivery") or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_foreign:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x["contract_value"], fee_base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, lang, _ = FILES[key]
    cat, over, xover, fee_base, forum, design = SPEC[key]
    t = dict(BASE, **over)
    terms = {k: t[k] for k in TERM_KEYS}
    goods = terms["contract_kind"] == "goods_or_licence"
    extra = {"sla_clause": True, "ld_stated": terms["ld_rate_per_day_pct"] is not None}
    if goods:
        extra["post_warranty_fee_capped"] = xover.get("post_warranty_fee_capped", True)
    extra["acceptance_deemed_on_delivery"] = False
    extra.update({k: v for k, v in xover.items() if k != "post_warranty_fee_capped"})
    extra = {k: extra[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                                   "contract_value"] if k in extra}
    rules = my_rules(terms, extra, fee_base, forum)
    assert rules == sorted(design), (key, rules, design)
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": rules}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
CN = "〇零一二三四五六七八九十百千万两"
THRESH = [
    ("availability 99.9", r"(?<![\d.])99\.9(?!\d)\s*(%|％|percent|per\s*cent)|百分之九十九点九(?!\d|[〇零一二三四五六七八九])"),
    ("4 hours", r"(?<![\d.])4\s*(个)?\s*(小时|h\b|hours?\b|hrs?\b)|(?<![@])四\s*个?\s*小时|(?<![\w-])four\s*(\(4\)\s*)?hours?\b|(?<![\d.])240\s*(分钟|minutes?\b)".replace("@", CN)),
    ("LD 0.05 %", r"(?<![\d.])0\.05(?!\d)\s*(%|％|percent|per\s*cent)|万分之五(?![十百@])".replace("@", CN)),
    ("100 %", r"(?<![\d.])100(?!\d)\s*(%|％|percent|per\s*cent)|百分之百|百分之一百|(?<![\w-])(one\s+)?hundred\s+per\s*cent"),
    ("30 %", r"(?<![\d.])30(?!\d)\s*(%|％|percent|per\s*cent)|百分之三十(?![@])|三成|thirty\s+per\s*cent".replace("@", CN)),
    ("12 months", r"(?<![\d.])12\s*(个\s*月|months?\b)|(?<![@])十二\s*个\s*月|twelve\s*(\(12\)\s*)?months?|(?<![@])一\s*年|(?<![\w-])one[\s-]+year".replace("@", CN)),
    ("15 %", r"(?<![\d.])15(?!\d)\s*(%|％|percent|per\s*cent)|百分之十五(?![@])|fifteen\s+per\s*cent".replace("@", CN)),
    ("40 %", r"(?<![\d.])40(?!\d)\s*(%|％|percent|per\s*cent)|百分之四十(?![@])|四成|forty\s+per\s*cent".replace("@", CN)),
    ("5 years", r"(?<![\d.])5\s*(个)?\s*(年|years?\b|-year)|(?<![@])五\s*年|(?<![\w-])five[\s-]+years?|(?<![\d.])60\s*(个\s*月|months?\b)|六十\s*个\s*月".replace("@", CN)),
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "15 %", "40%", "四成",
            "5年", "五年", "five years", "60 months", "4 hours", "one-year", "five-year"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度", "14 hours",
             "24 hours", "0.055%", "1,300%", "12.5%", "第12条", "三十六个月", "十八个月", "25%", "45%", "35%", "0.5 hours",
             "twenty-four hours" if False else "24 hours", "Subscription Year", "二十五年", "三年", "18 months", "2026年12月31日", "12月", "0.5%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pat in THRESH:
            for m in re.finditer(pat, variant, re.I):
                hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert any(re.search(p, s, re.I) for _, p in THRESH), ("must hit", s)
    for s in MUST_MISS:
        assert not any(re.search(p, s, re.I) for _, p in THRESH), ("must miss", s)


LABEL_THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
                "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    sources = {k: v[2] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
    covered, bad = set(), []
    for k, (name, lang, src) in FILES.items():
        lab = label(k)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        for kk, th in LABEL_THRESH.items():
            v = lab["expected_terms"][kk]
            assert v is None or abs(v - th) > 1e-9, (k, kk, v)
        share = tco_share(lab["expected_terms"], lab["expected_extra"]["contract_value"], SPEC[k][3])
        assert share is None or abs(share - 40) > 2, (k, share)
        text = read_back(OUT / name)
        hits = scan(text) + scan(src)
        if hits:
            bad.append((k, hits[:6]))
        n = len(text) if lang == "zh" else len(text.split())
        nows = len(re.sub(r"\s", "", text))
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        assert ok, (name, n)
        print(f"{name}: {lang} {'chars' if lang == 'zh' else 'words'}={n} (non-space {nows}) {'OK' if ok else 'OUT OF RANGE'}"
              f" value={lab['expected_extra']['contract_value']} tco_share={share and round(share, 2)}"
              f" rules={lab['expected_rules']} risk={risk(lab['expected_rules'])}")
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    for b in bad:
        print("THRESHOLD HIT", b)
    assert not bad
