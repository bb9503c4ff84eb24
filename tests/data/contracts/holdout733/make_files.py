"""holdout733: builds the ten held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written as they are, the
.docx/.pdf through ../word_pdf.py. Then every built file is read back (python-docx / pypdf), its length is checked, it
is scanned for threshold figures, and each label's rules are derived from its terms and compared with the design.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = r"""
T:临江市城市照明智能监控平台建设项目合同
P:合同编号：LJZM-2026-HT-031
P:甲方（采购人）：临江市城市照明管理处
P:乙方（供应商）：杭州明途物联科技有限公司
P:签订地点：临江市
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临江市公共资源交易中心公开招标（项目编号LJCG-2026-GK-0117）的中标结果，甲乙双方就路灯监控平台软件许可、定制开发及实施服务，经协商一致，订立本合同，共同遵守。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“城市照明智能监控平台”标准软件许可一套，许可为永久许可，不限用户数和并发数，覆盖全市约三万六千盏路灯、八百二十个配电箱及其单灯控制器的接入与管理。
P:1.2 乙方按照招标文件技术需求和双方确认的需求规格说明书完成定制开发，包括：单灯调光策略模块、回路电流电压监测与告警模块、故障工单与市民热线联动模块、节能统计报表、移动巡检应用以及与甲方现有地理信息系统和资产管理系统的接口。
P:1.3 乙方负责平台部署、历史资产台账数据迁移、系统联调、操作培训及上线保障，培训对象为甲方管理人员及值班人员，不少于六期。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），其中：平台软件许可费¥1,120,000；定制开发费¥680,000；实施部署及数据迁移费¥146,000；培训费¥34,000。
P:2.2 合同总价为固定价格，已包含乙方履行本合同所需的人工、差旅、第三方测评配合、税费等全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后二十日内，甲方支付合同总价的20%作为预付款，即¥396,000。
P:3.2 系统初验合格后二十日内，甲方支付合同总价的45%，即¥891,000。
P:3.3 系统终验合格并签署终验报告后二十日内，甲方支付合同总价的35%，即¥693,000。
P:3.4 乙方每次请款前应向甲方开具等额合法增值税发票。甲方付款按财政国库集中支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成平台部署和定制开发，并向甲方提交初验申请；初验合格后进入九十日试运行期。
P:4.2 乙方应指定具备相应资质的项目经理全程负责本项目，未经甲方书面同意不得更换。乙方应每周向甲方提交进度报告。
H:第五条 验收
P:5.1 初验标准：（1）功能逐项符合招标文件技术需求及需求规格说明书；（2）由甲方随机抽取不少于五百盏路灯进行远程开关与调光测试，执行失败的不超过三盏，且失败原因均已查明；（3）告警信息在二十秒内推送至值班终端和移动巡检应用；（4）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 终验标准：试运行期内未发生一级故障，初验遗留问题全部闭环，定制部分源代码、部署手册、运维手册及培训资料齐全并经甲方确认。
P:5.3 平台上线运行、甲方实际使用或支付任何款项，均不视为验收合格。验收以双方签署的验收报告为准；验收不合格的，乙方应在二十日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持。
P:6.2 质保期满后，如甲方继续委托乙方提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥100,800，且该费率自质保期满之日起三年内不予上调。维护合同按年度另行签订，期满不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划停机除外；计划停机应提前三日书面告知并经甲方同意，且应安排在夜间亮灯时段以外。
P:7.2 一级故障（平台整体不可用，或一个以上片区路灯无法远程控制）：乙方应在三十分钟内响应，二小时内到达现场，八小时内恢复；二级故障：一小时内响应，次日内解决；三级故障：在下一个版本中修复。
P:7.3 乙方未按时响应或到场的，每延迟一小时向甲方支付违约金¥1,500；月度可用率每低于承诺值0.01个百分点，向甲方支付¥2,000。上述款项可从履约保证金或维护费中直接扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，甲方获得永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用并许可他人使用。乙方保证其交付成果不侵犯任何第三方的合法权利。
H:第九条 数据安全
P:9.1 平台采集的路灯运行数据、资产数据、巡检记录及日志均属于甲方所有，乙方仅为履行本合同之目的使用，不得用于任何其他目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，远程运维须经甲方逐次审批并通过堡垒机进行，不得将数据复制或带离甲方环境；合同终止时乙方应删除其持有的全部数据并出具书面说明。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在二小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括监管部门的处罚。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方商业秘密、工作秘密及网络拓扑、口令等信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 任何一方违约给对方造成损失的，应赔偿对方的全部实际损失。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，且在收到甲方书面通知后二十日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 乙方逾期交付超过六十日的，甲方有权解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 乙方应在合同签订前提交合同总价5%的履约保函，有效期至终验合格后六十日。终验合格后，甲方退还履约保函，乙方违约应承担的款项可从中扣除。
P:15.3 不可抗力：因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在五日内书面通知对方并提供证明，履行期限相应顺延。
P:15.4 通知送达：双方往来通知以书面形式发送至本合同首部所列地址或双方确认的电子邮箱，即视为送达。
P:15.5 廉洁条款：乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，违反的，甲方有权解除合同。
P:甲方（盖章）：临江市城市照明管理处    乙方（盖章）：杭州明途物联科技有限公司
P:日期：二〇二六年　月　日
"""

SRC["z02"] = r"""
T:织造及剪毛生产线电控系统改造合同
P:合同编号：HY-JS-2026-018
P:甲方（买方）：南通恒雅浴巾织造有限公司
P:乙方（卖方）：常州驰控自动化系统有限公司
P:甲方拟对其二号厂房毛巾织造车间及剪毛车间的电控系统进行改造。经甲方比选，乙方承接本项目。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 合同标的
P:1.1 乙方为甲方四十八台剑杆毛巾织机提供电控改造套件，包括主控制器、伺服送经与卷取单元、电子多臂接口及断纬检测装置，并完成拆旧、安装与调试。
P:1.2 乙方为甲方六台剪毛机提供伺服驱动系统和张力控制单元，实现剪毛高度与车速的自动联动。
P:1.3 乙方提供车间数据采集网关、工业交换机及生产监控软件许可一套（永久许可），实现织机效率、停台原因、产量和能耗的实时采集与统计，并与甲方现有ERP系统对接。
H:第二条 价格明细
P:合同价格明细如下表，合同总价为人民币贰佰零壹万元整。
TB:序号|项目|数量|金额（元）
TB:1|剑杆织机电控改造套件|48台|1,008,000
TB:2|剪毛机伺服驱动及张力控制系统|6台|372,000
TB:3|数据采集网关及工业交换机|1批|186,000
TB:4|生产监控软件许可（永久）|1套|264,000
TB:小计|设备及软件小计| |1,830,000
TB:5|安装调试及ERP接口|1项|158,000
TB:6|操作及维修培训|1项|22,000
TB:合计|合同总价| |2,010,000
P:上述价格为含税固定价格，包括运输、保险、安装、调试、接口开发及培训等全部费用。
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完毕、经甲方签收后二十日内，甲方支付合同总价的55%。到货签收仅确认数量和外观，不视为验收。
P:3.3 项目终验合格后二十日内，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后六十日内将全部设备运至甲方厂房，并在到货后四十五日内完成安装调试。
P:4.2 改造须分批进行，每批停机的织机不超过十台，乙方应与甲方生产计划协调，尽量减少对生产的影响。
P:4.3 乙方人员进入甲方厂房应遵守甲方安全生产、消防和防尘管理制度，动火、登高及带电作业须办理作业许可；因乙方人员违规造成的人身伤害和财产损失由乙方承担。
P:4.4 改造期间拆除的旧电控箱、电机和线缆归甲方所有，乙方应分类整理后交甲方指定人员签收，不得擅自处置。
H:第五条 验收
P:5.1 终验标准：（1）全部织机和剪毛机按技术协议连续运行二十日，无因电控原因导致的批量质量问题；（2）织机平均效率不低于改造前同品种水平；（3）剪毛高度偏差在技术协议允许范围内；（4）生产监控软件数据与人工抽查记录一致，ERP接口数据准确；（5）技术资料和备件清单交付齐全。
P:5.2 甲方应在乙方提交终验申请后十日内组织验收。设备投入生产或甲方付款均不视为验收合格，验收以双方签署的终验报告为准。
H:第六条 质保及维保
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内，因设备或软件本身原因出现的故障，乙方免费维修或更换，并免费提供软件升级。
P:6.2 质保期满后，甲方可委托乙方提供年度维保服务，年度维保费为设备及软件小计的8%，即每年¥146,400，该价格在质保期满后三年内保持不变。
H:第七条 服务响应
P:7.1 一级故障（整条生产线或五台以上织机因电控原因停机）：乙方应在一小时内响应，六小时内到达现场，十小时内排除故障。
P:7.2 二级故障（单台设备停机）：乙方应在二小时内响应，次日内排除故障。
P:7.3 乙方应在甲方所在地常备易损件，并向甲方提供服务热线和值班工程师名单。
H:第八条 知识产权
P:8.1 控制器固件及生产监控软件的标准产品知识产权归乙方或其原厂所有，甲方获得永久使用许可。
P:8.2 为本项目编写的PLC程序、工艺参数配置、报表及ERP接口程序，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或交由他人维护。
H:第九条 数据安全
P:9.1 生产数据、工艺参数、订单信息均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须事先取得甲方批准，通过甲方指定的通道登录，不得擅自复制或带走甲方数据。因乙方原因导致数据泄露、丢失或生产系统被入侵的，乙方应立即报告甲方并赔偿由此造成的全部损失。
H:第十条 保密
P:10.1 乙方对在本项目中知悉的甲方工艺、配方、客户和价格信息负有保密义务，不得向任何第三方披露，保密期限至该信息公开之日止。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:11.3 设备质量不符合约定的，乙方应负责更换或退货，并赔偿甲方因此遭受的损失。
H:第十二条 分包
P:12.1 乙方可将线缆敷设、桥架安装等辅助性工作分包给具备相应能力的第三方，但应提前三个工作日书面通知甲方。乙方对分包方的工作质量和安全承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后二十日内仍未纠正的，甲方有权解除本合同，乙方应返还已收款项并赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。发生争议时，双方应友好协商；协商不成的，提交南通仲裁委员会仲裁，仲裁裁决是终局的。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:15.3 不可抗力：因地震、台风、洪水等不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在十日内提供有关证明，履行期限相应顺延，双方均不承担违约责任。
P:15.4 技术资料：乙方应随设备提供中文操作手册、电气原理图、接线图、参数清单、备件清单及软件安装介质，终验前还应提交竣工资料一套，包括改造前后的效率对比记录。
P:15.5 培训：乙方应为甲方挡车工、电工和设备主管分别组织操作和维修培训，培训结束后进行考核，考核合格的人员名单作为终验资料。
P:15.6 变更：甲方要求增加改造台数或功能的，双方另行协商价格并以书面补充协议确认；未经书面确认的变更，乙方不得据此要求增加费用。
P:15.7 通知：双方指定的联系人及联系方式见附件，任何一方变更联系人的，应书面通知对方。
P:15.8 备品备件：乙方应随货提供一批随机备件，包括主控板、伺服驱动器、断纬传感器和常用保险元件各若干，清单见附件；质保期满后，乙方应保证在八年内以不高于本合同单价的价格供应备件。
P:15.9 廉洁：双方人员在本合同签订和履行过程中不得索取或收受对方的财物及其他不正当利益。
P:15.10 附件：技术协议、设备清单、改造实施计划及验收记录表为本合同附件，与本合同具有同等效力。
P:15.11 乙方应在终验后第一个生产旺季前派工程师到厂巡检一次，检查各织机的控制参数、接线端子和散热情况，并出具巡检报告。
P:甲方（盖章）：    乙方（盖章）：
P:代表签字：    代表签字：
"""

SRC["z03"] = r"""门店预约及会员管理云服务合同

合同编号：JS-SaaS-2026-0045
甲方：四川箭鸣文体连锁管理有限公司
乙方：成都云栈信息技术有限公司

甲方在四川、重庆经营四十五家射箭及气步枪射击馆。为统一各门店的场道预约、会员储值和教练排课管理，甲方向乙方订购“场馆通”预约及会员管理云服务及配套实施服务。双方根据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方四十五家门店提供预约及会员管理服务，功能包括：线上场道预约与排队、会员注册与储值、次卡和课程包、教练排课、器材租用登记、安全须知电子签署、营业报表及总部看板。
2. 服务账号按门店开通，每家门店不限前台账号数量；总部开通管理账号十个。
3. 乙方负责平台的运行、监控、备份、安全防护及版本更新，甲方无需自建服务器。
（二）实施服务
1. 乙方负责四十五家门店的系统配置、原有会员数据迁移、小程序上线、收银设备对接以及店长和前台人员培训。
2. 实施服务应在合同生效后七十五日内完成，全部门店上线并通过甲方验收。

二、服务期限
（一）本合同订阅服务期限为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，第二个服务年度紧随其后。
（二）服务期满前，如任何一方未提前六十日书面提出不再续订，本合同自动续期一个服务年度，续期次数不限。
（三）续期时，乙方有权根据市场情况和产品功能调整订阅单价，并应在服务期满前六十日通知甲方；甲方未在期满前提出异议的，视为接受调整后的价格。

三、费用及支付
（一）订阅费为每家门店每个服务年度人民币6,800元，四十五家门店每个服务年度合计306,000元，两个服务年度合计612,000元。
（二）实施费为一次性费用人民币138,000元。
（三）合同总价为人民币750,000元（柒拾伍万元整）。
（四）支付方式：
1. 实施费在全部门店上线验收合格后二十日内一次性支付。
2. 订阅费按季度结算，每个季度结束后十个工作日内，甲方按当季服务情况支付该季度订阅费76,500元。
3. 乙方应在收款前开具等额增值税专用发票。甲方不预付任何款项。

四、验收
（一）实施完成后，乙方提交上线验收申请，甲方在十日内组织验收。
（二）验收标准：1. 合同约定的全部功能在每家门店可正常使用；2. 原有会员的余额、次数及有效期迁移后与原系统逐户核对一致；3. 高峰时段并发预约压力测试下页面响应时间不超过三秒；4. 小程序通过平台审核并上线；5. 培训完成并有签到记录。
（三）甲方试用或部分门店先行使用的，不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.95%，计划维护应安排在凌晨二时至六时并提前三日通知甲方。
（二）一级故障（全部或多家门店无法预约、收银）：乙方应在十五分钟内响应，二小时内恢复；二级故障：一小时内响应，八小时内解决；三级故障：在下一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低于0.1个百分点，减免当季订阅费的2%；一级故障未按时响应的，每次减免当季订阅费的1%。减免金额从当季应付订阅费中直接扣除。

六、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，向甲方支付违约金人民币600元。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）任何一方违反本合同约定给对方造成损失的，应予赔偿。

七、知识产权
（一）平台软件及其后续版本的知识产权归乙方所有，甲方在服务期限内享有使用权。
（二）乙方为甲方专门配置的会员等级规则、课程包模板、报表和小程序页面设计，其知识产权归甲方所有，甲方可自行修改或交由其他服务商使用。

八、数据的归属与使用
（一）甲方会员信息、预约记录、消费及储值记录等业务数据归甲方所有。
（二）甲方同意，乙方可在对上述数据进行去标识化处理后，将其汇总用于行业经营分析、产品改进以及向其他客户提供的行业对标报告，该项使用在本合同终止后仍可继续。
（三）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部业务数据交付甲方，并在交付确认后删除平台上的甲方数据。

九、数据安全及个人信息保护
（一）乙方应按照《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》的要求处理会员个人信息，采取加密存储、传输加密、访问权限分级和操作日志留存等安全措施。
（二）平台应部署在境内机房，并通过网络安全等级保护第三级测评。
（三）发生数据泄露、篡改、丢失等安全事件的，乙方应在两小时内通知甲方，配合甲方向主管部门报告和通知受影响会员；因乙方原因造成的，乙方承担全部赔偿责任。

十、保密
双方对因本合同知悉的对方经营信息、价格、会员规模及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。

十一、转委托
乙方不得将本合同项下的实施服务或运维服务转委托第三方；确需委托第三方的，应事先取得甲方书面同意，并对第三方的行为承担责任。

十二、合同解除
（一）一方严重违约，经对方书面催告后二十日内仍未纠正的，守约方有权解除本合同。
（二）连续两个月未达到承诺可用率的，甲方有权解除本合同，乙方应退还已付但未使用期间的费用。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十三之一、不可抗力及其他约定
（一）因不可抗力、电信运营商网络故障或政府行为导致服务中断的，受影响一方应及时通知对方并尽力减少损失；该期间不计入可用率考核，但乙方应在条件恢复后立即恢复服务。
（二）双方通知以书面或电子邮件方式发送至本合同附件所列联系人，发送即视为送达。
（三）乙方应为甲方指定一名客户成功经理，负责每季度回顾服务情况、收集门店意见并提出优化建议，季度回顾会议纪要由双方确认。
（四）乙方更新平台版本前，应提前七日告知甲方更新内容；涉及门店收银、会员储值规则的更新，应先在测试环境由甲方确认。
（五）甲方新开或关闭门店的，订阅费按门店实际开通月份折算，于下一季度结算时一并调整。
（六）乙方应为平台购买网络安全保险，并在合同签订后三十日内向甲方提供保单复印件。

（七）乙方应按甲方要求为新入职的门店店长提供线上培训，每个服务年度不少于六次，培训视频和操作手册在平台上长期提供。
（八）会员通过小程序签署的射击安全须知电子文本应完整留存，并可按门店、日期和会员检索，供甲方应对监管检查使用。
（九）平台与门店收银设备、闸机或储物柜对接所需的接口说明，乙方应免费提供。

（十）双方同意在每个服务年度结束前一个月召开年度服务评审会，共同确认下一服务年度的门店清单和功能需求。

十四、其他
（一）本合同附件包括：门店清单、功能清单、服务水平说明，附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：四川箭鸣文体连锁管理有限公司
乙方（盖章）：成都云栈信息技术有限公司
日期：2026年  月  日
"""

SRC["z04"] = r"""滨州市城市雕塑档案管理系统年度运维服务合同

项目名称：城市雕塑档案管理系统2026年度运维服务
采购方式：竞争性磋商（采购编号：BZCG-2026-CS-062）
甲方（采购人）：滨州市城市雕塑管理办公室
乙方（成交供应商）：济南文衡数字科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就城市雕塑档案管理系统年度运维服务事宜，订立本合同。

第一条 服务范围
（一）系统运维：对城市雕塑档案管理系统（含档案库、三维模型浏览、巡查管理、公众查询网站及移动端）提供日常巡检、故障处理、补丁与版本维护、性能优化和备份恢复演练。
（二）数据维护：对全市四百六十余件城市雕塑的档案数据进行更新补录，包括新建雕塑建档、历史照片扫描挂接、巡查及修缮记录录入，并按季度出具数据质量报告。
（三）安全运维：配合甲方完成网络安全等级保护测评及整改，每季度开展一次漏洞扫描并修复中高危漏洞。
（四）驻场服务：乙方派驻一名运维工程师在甲方工作日驻场，节假日安排远程值守。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同即行终止，不自动续期；甲方如需继续采购，将依法另行组织采购。

第三条 合同价款
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），其中：系统运维费¥286,000，数据维护费¥124,000，安全运维费¥46,000，驻场服务费¥30,000。
（二）合同总价为固定价格，包含乙方完成本合同全部服务所需的人工、工具、差旅、税费等一切费用。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度服务期满并经甲方季度考核合格后二十日内，甲方支付合同总价的25%，即¥121,500。
（三）季度考核不合格的，甲方按本合同第七条扣减相应费用后支付。
（四）乙方应在每次付款前开具合法有效发票。

第五条 服务水平
（一）系统月度可用率不低于99.5%，计划停机须提前两个工作日报甲方同意。
（二）故障分级及响应：一级故障（系统整体不可用或数据损坏）三十分钟内响应，两小时内到场，六小时内恢复；二级故障（部分功能不可用）一小时内响应，当日内解决；三级故障（一般问题）两个工作日内解决。
（三）乙方应每月提交运维月报，内容包括巡检记录、故障处理、备份检查和数据更新情况。

第六条 服务考核
（一）甲方按季度对乙方进行考核，考核内容包括服务水平达成情况、数据补录质量、驻场出勤和文档提交情况。
（二）考核办法及评分细则见磋商文件第三章，考核结果作为季度付款的依据。

第七条 违约责任
（一）一级故障未按时响应或恢复的，每超时一小时扣减服务费¥800；月度可用率未达到承诺值的，每低于0.1个百分点扣减当季服务费的2%。
（二）乙方未按期完成季度数据补录或未按时提交季度数据质量报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（三）驻场工程师无故缺勤的，每人每日扣减¥600。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第八条 数据安全
（一）系统中的雕塑档案、图纸、三维模型、照片及巡查记录等数据均属于甲方所有，乙方仅可为提供本合同约定的服务使用，不得用于其他任何目的。
（二）乙方运维人员应使用甲方分配的实名账号，通过堡垒机进行操作，所有操作留存日志；不得擅自将数据下载、复制或带离甲方网络环境。
（三）乙方应每日检查备份作业，每季度进行一次恢复演练，确保数据可恢复。
（四）发生数据丢失、篡改、泄露或系统被入侵等安全事件的，乙方应在一小时内向甲方报告，并立即采取处置措施；因乙方原因造成的，乙方承担修复费用和全部赔偿责任。

第九条 知识产权
运维过程中乙方编写的脚本、运维文档、数据字典及报告，其知识产权归甲方所有，甲方可自由使用、修改并交由其他服务商使用。

第十条 人员管理
（一）乙方派驻人员应遵守甲方的规章制度，乙方更换驻场工程师应提前十日书面告知并经甲方同意。
（二）乙方人员在服务期间发生的人身伤害及劳动纠纷，由乙方自行负责。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 合同解除
（一）乙方连续两个季度考核不合格，或严重违反本合同约定且经书面通知后十日内未改正的，甲方有权解除合同，并按实际合格服务期间结算费用。
（二）因不可抗力致使合同目的不能实现的，任何一方可解除合同。

第十三条 服务交接
服务期满或合同解除时，乙方应在二十日内完成交接，移交全部账号、脚本、文档和数据，并配合新服务商完成过渡，交接期间不得中断服务。

第十四条 适用法律及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十四条之一 安全与文明服务
（一）乙方驻场人员进入甲方办公区域应佩戴工作证，遵守甲方的考勤、用电和消防管理规定；外出巡查雕塑现场时应注意交通安全，高处拍照或测量须采取防护措施。
（二）乙方开展巡查和数据采集时，不得对雕塑本体造成损伤；发现雕塑存在倾斜、开裂、锈蚀或基座松动等安全隐患的，应当日报告甲方。
（三）乙方应建立运维工作台账，完整记录巡检、故障、变更、数据补录及恢复演练情况，台账随季度考核提交甲方。
（四）系统软件、中间件和数据库的变更，乙方应提前提交变更方案，经甲方同意后在非工作时间实施，并做好回退准备。
（五）服务期内如遇重大活动保障，乙方应按甲方通知安排专人值守。

第十四条之二 不可抗力
因不可抗力导致服务不能正常提供的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复服务；不可抗力期间不计入可用率统计。

第十四条之三 服务人员
（一）乙方投入本项目的人员应与响应文件一致，包括项目负责人一名、驻场运维工程师一名、数据维护人员两名及安全工程师一名；人员资格证明在合同签订时提交甲方备案。
（二）乙方人员不能胜任工作的，甲方有权要求更换，乙方应在十日内派出符合要求的人员。
（三）乙方数据维护人员应熟悉城市雕塑档案的著录规范，补录的档案应包括作品名称、作者、材质、尺寸、落成时间、所在位置、权属单位及历次修缮情况。

（四）乙方应在服务期开始后二十日内提交年度运维服务方案，内容包括组织架构、巡检计划、备份策略、应急预案及数据补录计划，经甲方确认后执行。
（五）乙方应每半年组织一次应急演练，演练场景包括数据库故障、网站被篡改及机房断电，演练报告报甲方备案。

第十四条之四 履约评价
服务期满后，甲方根据季度考核结果对乙方作出履约评价，并按政府采购有关规定记录和公开。

第十五条 其他
（一）磋商文件、响应文件、成交通知书及双方确认的服务方案为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：滨州市城市雕塑管理办公室
乙方（盖章）：济南文衡数字科技有限公司
签订日期：2026年2月  日
"""

SRC["z05"] = r"""# 塑迹MES滚塑生产追溯系统软件许可及开发合同

> 塑迹软件标准合同文本 V3.0（本文本由乙方提供）

**合同编号：** SJ-HT-2026-0219

**甲方（需方）：** 永嘉县乐童滑梯玩具厂

**乙方（供方）：** 宁波塑迹软件有限公司

甲方为实现滚塑滑梯、攀爬架及儿童游乐部件从原料、模具、加热冷却到成品出厂的全过程追溯，向乙方购买“塑迹MES滚塑生产追溯系统”软件许可并委托乙方进行定制开发。双方经协商一致，签订本合同。

## 第一条 合同内容

1.1 乙方向甲方提供塑迹MES滚塑生产追溯系统标准版软件许可一套，许可范围为甲方桥下厂区八台滚塑机、三条后处理线及成品仓库。

1.2 乙方根据甲方需求进行定制开发，内容包括：模具温度曲线与烘箱数据采集、批次及颜色母粒追溯、成品质检记录与二维码标识、与甲方财务及ERP软件的数据接口。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 塑迹MES标准版软件许可 | 960,000 |
| 2 | 定制开发（数据采集、追溯、质检、接口） | 148,000 |
| 3 | 安装部署及培训 | 52,000 |
| | 合计 | 1,160,000 |

合同总价为人民币壹佰壹拾陆万元整（¥1,160,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即¥580,000，乙方收款后开始实施。

3.2 系统上线后十个工作日内，甲方支付合同总价剩余的50%，即¥580,000。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过二十日的，乙方有权暂停实施和技术支持服务。

## 第四条 实施与交付

4.1 乙方计划在收到首付款后九十日内完成系统安装和定制开发，具体进度以双方确认的实施计划为准。

4.2 因甲方需求变更、现场条件不具备或设备接口不开放等原因造成的延误，实施期限相应顺延。

4.3 因乙方原因造成进度延误的，双方协商调整实施计划，乙方应增派人员尽快完成。

4.4 乙方派出的实施顾问在甲方现场工作期间，甲方应提供办公场所、网络和必要的生活便利。乙方实施人员的差旅费用已包含在合同价款中，但因甲方原因增加的现场工作天数，按乙方人天单价另行结算。

4.5 甲方应在乙方提交需求确认书后五个工作日内签字确认；甲方逾期未确认的，视为同意需求确认书的内容，乙方可按该内容开发。

## 第五条 上线与验收

5.1 乙方完成安装部署和定制开发后，通知甲方系统上线。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的问题，由乙方在维护期内处理。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括远程问题解答和软件缺陷修复。

6.2 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的24%，即每年¥230,400，按年预付。

6.3 甲方未续签维护协议的，乙方不再提供缺陷修复、版本升级及远程支持。

6.4 维护期间，乙方将尽商业上合理的努力及时处理甲方提出的问题，具体处理时间视问题的复杂程度而定。

## 第七条 知识产权

7.1 塑迹MES系统及其全部组成部分的知识产权归乙方所有。

7.2 乙方根据本合同为甲方定制开发的功能模块、接口程序、源代码及相关文档，其知识产权亦归乙方所有。甲方在许可范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，不得提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产、质检、客户及订单数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 系统部署在甲方服务器上。乙方远程维护须经甲方同意并使用甲方提供的账号，操作完成后甲方可关闭远程通道；乙方不得复制甲方数据。因乙方人员操作不当造成数据丢失或泄露的，乙方应及时通知甲方，协助恢复，并赔偿甲方因此遭受的直接损失。

## 第九条 保密

9.1 双方应对在合作中获得的对方技术资料、商务信息和价格条款予以保密，未经对方同意不得向第三方披露。保密期限为本合同终止后两年。

## 第十条 违约责任

10.1 任何一方违反本合同约定，应承担相应的违约责任。

10.2 乙方对因软件使用导致的甲方停产、利润损失、商誉损失等间接损失不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面通知后二十日内未纠正的，另一方有权解除本合同。

11.2 合同解除的，甲方已支付的软件许可费不予退还。

## 第十二条 争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可提交宁波仲裁委员会仲裁。

## 第十二条之一 培训与资料

12.3 乙方为甲方操作人员提供一次集中培训，培训内容包括系统登录、工单扫码、模具温度曲线查看和报表导出，培训时间不超过两日。超出部分的培训按乙方收费标准另行计费。

12.4 乙方向甲方提供电子版用户手册。定制开发部分的设计文档和源代码属于乙方技术资料，不向甲方交付。

## 第十二条之二 甲方责任

12.5 甲方应按乙方要求提供服务器、操作系统、数据库和网络环境，并负责滚塑机、烘箱及温度传感器的接口开放。因甲方环境不满足要求导致系统不能正常运行的，由甲方自行负责。

12.6 甲方应指定专人负责系统管理员工作，妥善保管账号和密码。因甲方人员操作不当导致的问题，乙方处理时按次另行收费。

12.7 甲方应保证提供的基础数据（模具清单、物料编码、产品图号等）真实准确，因基础数据错误造成的追溯结果偏差，乙方不承担责任。

## 第十二条之三 不可抗力

12.8 因不可抗力导致本合同不能履行或不能按期履行的，受影响一方不承担责任，但应及时通知对方。停电、网络中断、第三方软件故障、病毒攻击视为不可抗力。

## 第十二条之四 维护协议续签

12.9 年度维护协议期满前三十日，乙方向甲方发出续签通知及付款通知书，甲方应在维护期届满前付清下一年度维护费。维护费逾期未付的，乙方有权暂停远程支持。

12.10 甲方中途终止维护后再次要求恢复维护的，应补交中断期间的维护费，并承担乙方重新检查系统环境的费用。

12.11 系统版本升级需要更换服务器或数据库的，相关硬件和第三方软件费用由甲方承担；乙方提供的升级服务另行报价。

## 第十二条之五 其他约定

12.12 乙方有权在其宣传资料和客户名单中使用甲方名称及项目案例。

12.13 本合同签订后，甲方要求增加功能或修改需求的，乙方按人天单价另行报价，双方签订补充协议后实施，实施周期相应延长。

12.14 系统上线后，甲方新增滚塑机或生产线接入的，按乙方届时的标准价格另行购买许可。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。

13.2 本合同未约定的事项，以乙方公布的服务规范为准。

**甲方（盖章）：** 永嘉县乐童滑梯玩具厂　　　　**乙方（盖章）：** 宁波塑迹软件有限公司

**日期：** 2026年　月　日
"""

SRC["e01"] = r"""
T:Software Licence and Services Agreement
P:Agreement No. NJ-YN-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Yunling Tea Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Pu'er, Yunnan Province (the "Customer"), and Highland Leaf Systems Limited, a company incorporated in the United Republic of Tanzania with its principal office in Njombe, Njombe Region (the "Vendor").
P:The Vendor develops and licenses LeafTrack, a software product for tea-garden registration, green-leaf intake, grading, weighing and grower payment. The Customer operates four processing factories and buys green leaf from about nine thousand smallholder growers. The Customer wishes to license LeafTrack and to engage the Vendor to configure, extend and implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the LeafTrack Enterprise Edition in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, mobile forms, scripts and documents that the Vendor creates specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data that the Customer or its growers enter into or generate with the Software, including grower identities, plot records, weights, grades and payment records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's servers in the People's Republic of China for the business of the Customer and its affiliates, without limit on the number of users, factories or growers.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence survives the end of the support period.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software to the Customer's grading rules and factory layout, build interfaces to the Customer's weighbridges, its finance system and its payment bank, migrate the grower and plot records of the last three seasons, and train the Customer's staff.
P:3.2 The Vendor shall provide a project plan within ten days after signature, and shall complete installation and configuration within one hundred days after signature.
P:3.3 The Vendor's project manager and lead consultant named in the plan shall not be replaced without the Customer's written approval, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,820,000, made up of: Licence Fee CNY 1,260,000; configuration and interfaces CNY 418,000; data migration CNY 96,000; training CNY 46,000. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price within twenty days after signature, against the Vendor's invoice; (b) 55% of the Contract Price within twenty days after installation of the Software in all four factories, which is confirmed by an installation note and is not acceptance; and (c) 25% of the Contract Price within twenty days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After installation the Vendor shall run the acceptance tests in the acceptance plan agreed in the project plan, in the presence of the Customer.
P:5.2 The acceptance criteria are: (a) every function in the agreed specification works as described; (b) weights captured from every weighbridge match the weighbridge display in a sample of at least three hundred tickets; (c) grower payment files are accepted by the Customer's bank in a test run without error; (d) migrated records reconcile with the old registers by grower count and season totals; and (e) the system runs through one full plucking month without a Severity 1 fault.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within ten days. Use of the system in production, or any payment, does not by itself mean acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 After the Warranty Period the Customer may order annual support at a fee of 11% of the Licence Fee, that is CNY 138,600 per year. This fee is fixed for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
P:6.3 Support requests are classified as follows. Severity 1 (leaf intake or grower payment stopped in any factory): response within one hour, remote work until restored, a workaround within eight hours. Severity 2 (a function impaired with a workaround): response within two hours, fix within three working days. Severity 3 (minor or cosmetic): response within one working day, fix in the next update.
P:6.4 If the Vendor misses a Severity 1 or Severity 2 response or workaround time, it shall pay the Customer CNY 1,000 for each full hour of delay, which the Customer may deduct from any amount due.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables belong to the Customer from creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including by engaging third parties.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights, and shall bear the resulting costs and damages.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics or product development.
P:8.2 The Vendor shall access the Customer's systems only through the remote-access channel provided by the Customer, with individual accounts and multi-factor authentication, after approval of each session. The Vendor shall not copy Customer Data outside the Customer's environment and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within six hours of becoming aware of it, shall assist the Customer to contain it and to report it, and shall be liable for losses caused by the Vendor's breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement, and shall disclose it only to its staff and advisers who need to know it. This obligation continues for three years after this Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation and configuration by the date in Article 3.2, or fails to achieve Final Acceptance within the time set in the project plan, for reasons attributable to the Vendor, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any subcontractor that the Customer approves.
H:Article 12 Term and Termination
P:12.1 This Agreement starts on signature and continues until the last support year ordered under Article 6.2 has ended. The licence in Article 2 survives.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after a notice describing the breach, or if the delay damages under Article 10.1 reach their limit.
P:12.3 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted and shall deliver all work in progress.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the United Republic of Tanzania.
P:13.2 Any dispute arising out of or in connection with this Agreement shall first be discussed by the parties' senior managers for twenty days. If it is not settled, it shall be finally resolved by arbitration in Dar es Salaam under the rules of the Tanzania Institute of Arbitrators, by one arbitrator, in English.
H:Article 14 General
P:14.1 This Agreement, with its Annex 1 (Specification) and Annex 2 (Acceptance Plan), is the entire agreement of the parties on its subject.
P:14.2 Amendments are valid only in writing signed by both parties. Notices shall be in writing and sent to the addresses above.
P:14.3 This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

SRC["e02"] = r"""# Order Form — GroveLink Traceability Cloud

Order Form No. GL-OF-2026-0311, issued by Zambezia GroveLink Lda. under its General Terms (Part B)

## Part A — Order Form

### A1 Parties

**Provider:** Zambezia GroveLink Lda., a company registered in Mozambique, with its office at Avenida Eduardo Mondlane, Gurue, Zambézia Province.

**Customer:** Nanhai Orchard Foods Co., Ltd., a company registered in the People's Republic of China, with its office in Zhanjiang, Guangdong Province.

The Customer imports macadamia and tea from growers in Mozambique, Malawi and Kenya and needs one system to record supplier farms, field audits, harvest lots and shipments, so that each consignment can be traced to the farm and the audit behind it.

### A2 Subscription

The Customer subscribes to the GroveLink Traceability Cloud, Business plan, with the following scope:

- up to 1,200 registered supplier farms and 60 named users;
- the field audit mobile application for up to 25 auditors;
- lot and shipment tracing, document vault and customs certificate templates;
- the standard API for connection with the Customer's ERP system in Zhanjiang.

The Subscription Term is twenty-four months from the Go-Live Date, divided into two Subscription Years. The Go-Live Date is the date on which the Customer signs the go-live certificate described in Section 4 of Part B.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | annual | 286,000 |
| Subscription fee, Subscription Year 2 | annual | 286,000 |
| Onboarding (configuration, data load, ERP connector, training) | one-time | 64,000 |
| Total for the Subscription Term | | 636,000 |

Additional farms above the plan limit are charged at CNY 160 per farm per Subscription Year and are not included in the total above.

### A4 Invoicing and Payment

The onboarding fee is invoiced after the Customer signs the go-live certificate. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within twenty-five days of receipt, in CNY, to the Provider's account stated on the invoice. No amount is payable before the Go-Live Date.

### A5 Service Details

Hosting location: the Provider's cloud tenancy with a hosting provider in the Shenzhen region of mainland China. Hosting and email delivery subprocessors approved by signature of this Order Form: Huanan Cloud Computing Co., Ltd. (hosting) and Pearl River Messaging Co., Ltd. (email notifications).

Service levels: see Section 6 of Part B. Support hours: 08:00 to 20:00 China Standard Time on working days, and an emergency line at all times for Priority 1 incidents.

### A6 Signatures

By signing below, the parties agree to this Order Form and to the General Terms in Part B. If this Order Form and Part B conflict, this Order Form prevails.

For the Provider: ____________________ Name: Title: Date:

For the Customer: ____________________ Name: Title: Date:

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the GroveLink Traceability Cloud described in the Order Form, including its mobile applications, API and documentation.

1.2 "Customer Data" means all data that the Customer, its users or its supplier farms submit to the Service, including farm records, audit photographs, lot records, shipment documents and personal information of farm contacts.

1.3 "Configurations" means the workflows, forms, report layouts and connector mappings that the Provider builds for the Customer during onboarding or later at the Customer's request.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with the Order Form, these General Terms and the documentation.

2.2 The Provider may update the Service from time to time, provided that no update materially reduces the functions described in the Order Form.

2.3 The Customer shall keep its user credentials secure and shall be responsible for the acts of its users.

### 3. Onboarding

3.1 The Provider shall complete onboarding within sixty days after signature of the Order Form. Onboarding consists of configuring the Customer's audit checklists and lot rules, loading the Customer's existing farm list, building the ERP connector and training the Customer's users and auditors.

3.2 If onboarding is not completed within that period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, deducted from the onboarding fee and, if necessary, from the first subscription invoice.

### 4. Go-Live

4.1 When onboarding is complete, the Provider shall demonstrate to the Customer that: (a) all farms in the Customer's list have been loaded and match the list by count and identifier; (b) an audit completed offline on the mobile application synchronises correctly when the device reconnects; (c) a test shipment can be traced from the customs document back to each farm and audit; and (d) the ERP connector transfers lot and shipment records without error for ten consecutive working days.

4.2 When the criteria are met, the Customer shall sign the go-live certificate within five working days. Use of the Service for training or testing does not amount to go-live.

### 5. Fees and Renewal

5.1 The fees are those in the Order Form. The amounts stated include VAT.

5.2 At the end of the Subscription Term the subscription renews automatically for a further Subscription Year, and after that for successive Subscription Years, unless either party gives notice of non-renewal at least sixty days before the end of the current term.

5.3 The Provider may increase the subscription fee for any renewal Subscription Year by notifying the Customer at least seventy-five days before the renewal date. The increase shall not exceed 9% over the fee for the preceding Subscription Year.

### 6. Service Levels

6.1 The Service shall be available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance.

6.2 Incident response targets: Priority 1 (the Service is unavailable or no user can record audits or lots): response within one hour, at any time; Priority 2 (a major function is impaired): response within three hours during support hours; Priority 3: response within two working days.

6.3 The service levels in this Section are targets. A failure to meet them does not entitle the Customer to service credits, fee reductions or damages. The Provider will report the cause of any Priority 1 incident to the Customer within five working days.

### 7. Customer Data

7.1 As between the parties, the Customer owns all Customer Data. The Provider processes Customer Data only to provide the Service and support to the Customer and for no other purpose.

7.2 At the end of the Subscription Term the Provider shall make the Customer Data available for export in a standard format for sixty days and shall then delete it, confirming the deletion in writing.

### 8. Data Security

8.1 The Provider shall host Customer Data only in mainland China at the location in the Order Form, shall encrypt it in transit and at rest, shall restrict access to named staff with multi-factor authentication, and shall keep access logs for at least six months.

8.2 The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in respect of Customer Data.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Data within eight hours after becoming aware of it, shall take immediate steps to contain it, and shall be responsible for the losses that its breach of this Section causes, subject to Section 11.

### 9. Intellectual Property

9.1 The Service and all its components remain the property of the Provider.

9.2 The Configurations belong to the Customer. The Customer may use, copy and modify them, and may let a successor provider use them, without any further payment.

### 10. Confidentiality

10.1 Each party shall keep the other party's confidential information secret, shall use it only for the purposes of this agreement and shall not disclose it to third parties, except to its employees and professional advisers who are bound by similar duties. This obligation continues for three years after the end of this agreement.

### 11. Limitation of Liability

11.1 Neither party is liable for loss of profit, loss of business or any indirect or consequential loss.

11.2 Each party's total aggregate liability arising out of or in connection with this agreement is limited to the fees paid and payable by the Customer in the six months before the event giving rise to the claim. This limit does not apply to the Customer's obligation to pay fees, to personal injury, or to fraud.

### 12. Subcontracting

12.1 Apart from the subprocessors approved in Part A, the Provider shall not subcontract any part of the Service or process Customer Data through any other third party without the Customer's prior written consent.

### 13. Termination

13.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within twenty days after receiving notice of the breach.

13.2 If the Customer terminates under Section 13.1, the Provider shall refund the fees paid for the unused part of the current Subscription Year.

### 14. Governing Law and Disputes

14.1 This agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen, in Chinese or English as the tribunal decides. The award is final and binding.

### 15. General

15.1 Neither party may assign this agreement without the other party's written consent.

15.2 Notices shall be in writing and sent to the addresses in the Order Form.
"""

SRC["e03"] = r"""
T:Supply and Licence Contract for Warehouse Climate Monitoring
P:Contract No. XMC-PUR-2026-044
P:Buyer: Xiamen Coastal Nut Processing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Xiamen, Fujian Province.
P:Supplier: Ruvuma Sensing Technologies Limited, a company incorporated in the United Republic of Tanzania, with its principal office in Masasi, Mtwara Region.
P:Background: The Buyer stores raw cashew nuts and kernels in six warehouses in Xiamen. Moisture, heat and carbon dioxide build-up in the stacks cause mould and quality loss. The Buyer has selected the Supplier, whose monitoring system is used in cashew warehouses in East Africa, to supply sensors, gateways and gas analysers, to license its monitoring software and to install and commission the system. This Contract is on the Buyer's standard purchase terms.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, analysers and accessories listed in the price table in clause 2.
P:1.2 "Software" means the ClimaStack monitoring software, licensed under clause 8.
P:1.3 "System" means the Equipment and the Software as installed and configured in the Buyer's warehouses.
P:1.4 The Supplier shall supply the Equipment, license the Software, install and configure the System, build the alarm and report functions set out in Annex 1, connect the System to the Buyer's warehouse management system, and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is CNY 1,396,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity probes for stacks|320|1,450|464,000
TB:2|LoRa gateways with backup power|24|9,800|235,200
TB:3|Carbon dioxide analysers|6|38,500|231,000
TB:4|ClimaStack monitoring software, perpetual licence|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,248,200
TB:5|Installation, configuration and WMS interface|1|126,000|126,000
TB:6|Training|1|21,800|21,800
TB:|Contract Price|||1,396,000
P:2.2 The Contract Price is fixed and includes delivery to the Buyer's warehouses (DDP Xiamen), import duties, taxes, insurance, installation materials and all expenses of the Supplier.
H:3. Payment
P:3.1 10% of the Contract Price is payable within twenty days after signature of this Contract, against the Supplier's invoice and an advance payment guarantee of the same amount from a bank acceptable to the Buyer.
P:3.2 65% of the Contract Price is payable within twenty days after the Buyer signs the Installation Certificate for all six warehouses. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 25% of the Contract Price is payable within twenty days after the Buyer signs the Final Acceptance Certificate.
P:3.4 All payments are made in CNY by bank transfer against a valid invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's warehouses within seventy days after signature and shall complete installation and configuration within thirty-five days after delivery.
P:4.2 The Supplier shall install probes at the stack positions shown in Annex 2, shall keep the warehouses clean and shall follow the Buyer's food-safety and fire rules on site.
P:4.3 If the Supplier fails to meet a date in clause 4.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
H:5. Acceptance
P:5.1 After installation the System shall run for twenty-eight consecutive days as a trial. The Final Acceptance tests are: (a) every probe reports at the configured interval with no gaps longer than two intervals; (b) probe readings agree with a calibrated reference instrument within the tolerance stated in Annex 1 at ten check points in each warehouse; (c) alarms reach the duty phone and the warehouse display within sixty seconds; (d) the WMS interface updates stack status correctly; (e) the documentation and calibration certificates are complete.
P:5.2 When the tests are passed, the Buyer shall sign the Final Acceptance Certificate within ten days. Use of the System during the trial, or any payment, does not mean acceptance. If a test fails, the Supplier shall remedy the defect and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During the warranty the Supplier shall repair or replace any defective Equipment, correct Software defects, supply Software updates and recalibrate the probes once a year, all free of charge.
P:6.2 After the warranty, the Buyer may order annual support covering the same services at 7% of the Hardware and Licence Subtotal, that is CNY 87,374 per year, fixed for the first two support years. Support is ordered by the Buyer each year and does not renew automatically.
P:6.3 Faults are handled as follows. Severity 1 (the System or a whole warehouse stops reporting, or alarms are not delivered): response within two hours, on site within one working day if remote repair fails, restoration within two days. Severity 2 (individual probes or a gateway fail): response within one working day, repair within five working days. The Supplier shall keep spare probes and a spare gateway in Xiamen.
P:6.4 If the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 800 for each hour of delay, which the Buyer may deduct from any sum due to the Supplier.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. Equipment firmware remains the property of its makers.
P:7.2 The alarm rules, dashboards, reports and WMS interface built for the Buyer under this Contract, with their source code and documents, belong to the Buyer. The Buyer may use, modify and license them freely.
H:8. Licence
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable and non-exclusive licence to use the Software for the Buyer's warehouses and those of its affiliates in the People's Republic of China, with no limit on users.
H:9. Buyer Data and Data Security
P:9.1 All readings, alarms, logs and warehouse records produced by the System ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The System shall run on the Buyer's servers. The Supplier shall access it remotely only through the Buyer's VPN with individual accounts, after the Buyer approves each session, and shall not copy Buyer Data out of the Buyer's network.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting the System or Buyer Data within six hours, shall help the Buyer to contain it, and shall be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's stock levels, suppliers and warehouse layouts, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Contract.
H:10A. Site Work and Safety
P:10A.1 The Supplier's installers shall follow the Buyer's food-safety, hygiene and fire rules, shall not smoke or eat in the warehouses, and shall work only at times agreed with the warehouse manager so that loading and fumigation are not disturbed.
P:10A.2 The Supplier shall remove all packaging and waste from the site and shall repair any damage it causes to racks, walls or stacks.
P:10A.3 The Supplier shall give the Buyer the calibration certificate of each probe and analyser before installation, and shall keep a log of all recalibrations during the warranty and support years.
P:10A.4 The Supplier shall name a project manager who attends a weekly progress meeting with the Buyer until Final Acceptance.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the delay damages under clause 4.3 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment and services that have not passed acceptance.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final.
H:15. General
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Probe Positions) form part of this Contract.
P:15.2 This Contract is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = r"""# Managed Services Agreement — Cuamba Ginning Site

Agreement No. NCC-MSA-2026-02

**Customer:** Northern Cotton Agro-Industry (Hubei) Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wuhan, Hubei Province.

**Provider:** Lúrio Managed IT Services, Lda., a company registered in Mozambique, with its office in Cuamba, Niassa Province.

**Background.** The Customer owns and runs a cotton ginning and seed-oil plant near Cuamba, with a weighbridge, a warehouse and an outgrower office. The plant's network, servers, CCTV, weighbridge PCs and power protection are managed today by the Customer's own staff sent from Wuhan. The Customer wishes the Provider, which has staff in Cuamba, to take over their day-to-day management for thirty-six months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the service acceptance note under Section 4.

1.3 "Customer Data" means all data held on or passing through the managed systems, including weighbridge tickets, grower records, payroll exports and CCTV recordings.

1.4 "Term" means thirty-six months from the Service Commencement Date.

## 2. Services

2.1 The Provider shall perform the Services in Schedule 1 at the service levels in Schedule 2 for the Term.

2.2 The Provider shall assign a named service manager, based in Cuamba, who shall attend a monthly service review with the Customer's IT manager, in person or by video call.

2.3 The Provider shall keep an asset register and a configuration record of the managed systems and shall hand them to the Customer at the end of the Term.

## 3. Transition

3.1 Within forty-five days after signature, the Provider shall complete the transition: take inventory of all managed systems, document the network and backups, install its monitoring tools, set up the service desk and shadow the Customer's staff for at least ten working days.

3.2 If the Service Commencement Date does not occur within that period for reasons attributable to the Provider, the Provider shall pay the Customer 0.28% of the Total Contract Value for each full week of delay, up to 5% of the Total Contract Value.

## 4. Service Acceptance

4.1 The Customer shall sign the service acceptance note when: (a) the asset register covers every device listed in Schedule 1; (b) monitoring alerts for all core devices reach the service desk in a test; (c) a full restore of the weighbridge server from backup has succeeded; and (d) the service desk has handled calls for five working days in parallel with the Customer's staff without a missed response target.

4.2 Use of any Service before the note is signed does not mean acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,184,000.

5.2 The transition fee is invoiced after the Customer signs the service acceptance note. The monthly service charge is invoiced at the end of each month for that month. Invoices are payable within twenty-five days after receipt, in CNY, by transfer to the Provider's account registered in the Customer's supplier records.

5.3 The charges are fixed for the Term. There is no advance payment.

## 6. Service Credits

6.1 If a service level in Schedule 2 is missed in a month, the Customer is entitled to the service credit stated there, deducted from the next invoice. Credits in a month shall not exceed 20% of that month's service charge.

6.2 Service credits do not limit the Customer's other rights for repeated or serious failures.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and for no other purpose, and shall return all copies at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep secret all confidential information of the other party that it receives under this Agreement, including the Customer's production figures, grower prices and site plans, and shall not disclose it to any third party except to its staff who need it for this Agreement. This obligation continues for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 The Provider's monitoring tools remain the property of the Provider and are removed at the end of the Term.

9.2 Scripts, documentation, network diagrams, runbooks and configurations that the Provider creates for the Customer's systems belong to the Customer, which may use and modify them freely and give them to a successor provider.

## 10. Personnel and Subcontracting

10.1 The Provider's staff on the Customer's site shall follow the Customer's site safety rules.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 10A. Site Rules and Reporting

10A.1 The Provider shall give the Customer a monthly service report within five working days after the end of each month, showing incidents, response and resolution times, availability, changes made, backup results and open risks.

10A.2 The Provider shall follow the Customer's change procedure: no change to core devices or servers may be made without an approved change request, except in an emergency, which shall be reported the same day.

10A.3 The Provider shall keep spare access switches, a spare access point and spare UPS batteries at the site so that common failures can be fixed without waiting for shipments.

10A.4 The Provider's service manager shall keep a risk log for the site and review it with the Customer at each monthly meeting.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud and wilful misconduct.

11.2 Neither party is liable for indirect loss or loss of profit.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically. Any extension requires a written amendment signed by both parties.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within twenty days after notice, or if the Provider misses the Priority 1 resolution target in three months out of any six consecutive months.

12.3 On expiry or termination the Provider shall give exit assistance for up to sixty days at the rates in Schedule 3, including handover of all documentation, passwords and the asset register.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing, in English. The award is final and binding.

## 14. General

14.1 The Schedules form part of this Agreement. If they conflict with the Sections, the Sections prevail.

14.2 Notices shall be in writing, in English, and sent by courier and email to the addresses above.

For the Customer: ____________________   For the Provider: ____________________

## Schedule 1 — Services and Scope

| Service | Scope | Hours |
|---|---|---|
| Service desk | Phone, email and messaging support for about 140 site users, in Portuguese, English and Chinese | 06:00 to 22:00 local time, seven days |
| Network management | Core switch, 18 access switches, 9 wireless access points, two internet links and the firewall | Monitoring at all times |
| Server management | Weighbridge server, file server, backup server; patching, backups and restore tests | Monitoring at all times |
| End-user devices | 62 desktops and laptops, 11 weighbridge and warehouse PCs, printers | On site during working days |
| CCTV | 46 cameras and two recorders: health checks and storage management | Monitoring at all times |
| Power protection | UPS units and the generator changeover for the server room | Monthly checks |

## Schedule 2 — Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of core network and weighbridge server | 99.95% per month | 5% of the monthly charge |
| Priority 1 response (site-wide outage, weighbridge down) | 30 minutes | 3% of the monthly charge |
| Priority 1 resolution or workaround | 6 hours | 5% of the monthly charge |
| Priority 2 response (a function impaired) | 2 hours | 2% of the monthly charge |
| Priority 3 resolution | 3 working days | 1% of the monthly charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 96,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total Contract Value | | 2,184,000 |
| Exit assistance beyond the scope above | per engineer day | 2,600 |
"""

SRC["e05"] = r"""CORRIDOR DATA SUBSCRIPTION AGREEMENT

Agreement No. TDM-CDS-2026-118

BETWEEN

Mbozi Corridor Analytics Limited, a company incorporated in the United Republic of Tanzania, with its principal office at Tunduma, Songwe Region ("Provider"); and

Changjiang Mineral Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Changsha, Hunan Province ("Customer").

BACKGROUND

The Customer moves copper and cobalt concentrate by road from Zambia and the Democratic Republic of the Congo through the Tunduma-Nakonde border post to the port of Dar es Salaam. The Provider collects and publishes data on border queues, clearance times, weighbridge waiting times, road conditions and truck movements along this corridor. The Customer wishes to receive this data through the Provider's application programming interface (API) to plan its truck dispatches and to inform its buyers of arrival dates.

1. DEFINITIONS

1.1 "Corridor Data" means the data sets described in Annex A, as updated by the Provider from time to time.

1.2 "API" means the Provider's programming interface through which the Customer receives the Corridor Data, with its documentation.

1.3 "Customer Data" means the truck registrations, trip plans, consignment references and other data that the Customer sends to the API to receive tracking and arrival estimates for its own trucks.

1.4 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Activation Date.

1.5 "Activation Date" means the date on which the Customer confirms in writing that the integration tests in clause 4 have been passed.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the two Subscription Years to receive the Corridor Data through the API, to use it in the Customer's own systems and to share summaries of it with the Customer's buyers, carriers and insurers in the ordinary course of business.

2.2 The Customer may make up to two hundred thousand API calls per day. Calls above that volume are charged under Annex B and are not included in the fees in clause 3.

2.3 The Customer shall not resell the Corridor Data as a data product.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 348,000 for each Subscription Year, or CNY 696,000 for the two Subscription Years.

3.2 The integration fee for connecting the API to the Customer's dispatch system, building the arrival-estimate feed and training the Customer's dispatch team is CNY 42,000, payable once.

3.3 The total fees under this Agreement are CNY 738,000.

3.4 The integration fee is invoiced after the Activation Date. The subscription fee is invoiced quarterly in arrears, in four equal instalments for each Subscription Year. Invoices are payable within twenty-five days of receipt in CNY. No fee is payable in advance.

4. INTEGRATION AND ACTIVATION

4.1 The Provider shall complete the integration within forty-five days after signature.

4.2 The integration tests are: (a) the API returns queue and clearance data for the Tunduma-Nakonde, Kasumbalesa and Dar es Salaam port gates at the refresh intervals stated in Annex A; (b) the Customer's dispatch system receives position and arrival estimates for at least twenty test trucks over ten consecutive days; (c) the average difference between estimated and actual arrival at the port is within the tolerance in Annex A; and (d) the documentation is complete.

4.3 If the integration is not completed within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay, deducted from the integration fee and then from the first invoices.

5. SERVICE LEVELS

5.1 The API shall be available 99.5% of the time in each calendar month, measured at the Provider's gateway and excluding scheduled maintenance notified at least two days in advance.

5.2 Incidents are classified and handled as follows. Priority 1 (the API is unavailable or returns no current data for a border post): response within one hour at any time, restoration within six hours. Priority 2 (data delayed or incomplete for part of the corridor): response within three hours, resolution within one working day. Priority 3 (documentation or minor errors): resolution within five working days.

5.3 If availability in a month is below the level in clause 5.1, the Customer shall receive a service credit of 5% of that quarter's subscription instalment for each full half percentage point of shortfall. If a Priority 1 response is late, the Customer shall receive a credit of CNY 1,000 for each hour of delay. Credits are deducted from the next invoice.

6. DATA QUALITY

6.1 The Provider shall use the sources described in Annex A, shall check the Corridor Data for obvious errors before publication and shall correct errors reported by the Customer within two working days.

6.2 The Provider does not warrant that the Corridor Data is complete or that border or road conditions will match it.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the API and the arrival estimates to the Customer, and shall not combine it with the Corridor Data offered to others or use it for any other purpose.

7.2 At the end of this Agreement the Provider shall delete all Customer Data within thirty days and shall confirm the deletion in writing.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data by encryption in transit and at rest, access limited to named staff with multi-factor authentication, logging of all access, and yearly penetration tests by an independent tester.

8.2 The Provider shall notify the Customer of any security incident affecting Customer Data within eight hours, shall contain it, and shall be liable for the losses caused by its breach of this clause.

8.3 Customer Data that contains personal information shall be processed in compliance with the Personal Information Protection Law of the People's Republic of China, as far as it applies.

9. INTELLECTUAL PROPERTY

9.1 The Corridor Data, the API and the Provider's platform remain the property of the Provider.

9.2 The arrival-estimate feed mappings, dispatch connectors and reports built for the Customer under clause 3.2 belong to the Customer, which may use and modify them freely.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's trip plans, volumes and buyers, and shall not disclose it to any third party without prior written consent, except as required by law. This obligation continues for three years after this Agreement ends.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 3.3, except for personal injury, fraud, wilful misconduct and breach of clauses 7, 8 and 10.

11.2 Neither party is liable for loss of profit or for indirect loss.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract the operation of the API or the processing of Customer Data without the Customer's prior written consent. Data sources listed in Annex A are not subcontractors.

13. TERM

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a new written agreement.

13.2 This Agreement is a committed subscription for the two Subscription Years. The Customer may not terminate it before the end of the second Subscription Year, and the fees for both Subscription Years remain payable. The Customer's remedies for the Provider's failures are the service credits in clause 5.3 and the damages available under clause 11.

13.3 The Provider may suspend the API if any invoice remains unpaid thirty days after its due date, after giving ten days' written notice.

13A. REPORTING

13A.1 The Provider shall send the Customer a monthly report showing availability, incidents, data refresh delays and service credits due, within five working days after the end of each month.

13A.2 The Provider shall inform the Customer at least thirty days in advance of any change to the API that is not backward compatible.

14. FORCE MAJEURE

14.1 Neither party is liable for delay caused by events beyond its reasonable control, including border closures, civil unrest or the failure of public networks, provided that it notifies the other party promptly and limits the effects.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, in English. The award is final and binding.

16. GENERAL

16.1 Annex A (Corridor Data sets and refresh intervals) and Annex B (Excess usage charges) form part of this Agreement.

16.2 This Agreement may be amended only in writing signed by both parties.

SIGNED for the Provider: ____________________   SIGNED for the Customer: ____________________
Name and title:                                   Name and title:
Date:                                             Date:
"""

# ---------------------------------------------------------------- design: files, terms, expected rules
NAMES = {
    "z01": ("h733z01_street_lighting_monitoring_platform.pdf", "zh", "software"),
    "z02": ("h733z02_towel_weaving_shearing_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h733z03_archery_range_chain_booking_saas.txt", "zh", "cloud"),
    "z04": ("h733z04_sculpture_archive_system_om_service.txt", "zh", "services"),
    "z05": ("h733z05_slide_toy_rotomoulding_tracking_supplier_template.md", "zh", "software"),
    "e01": ("h733e01_tea_leaf_intake_licence_njombe_vendor.pdf", "en", "software"),
    "e02": ("h733e02_traceability_saas_order_form_gurue_vendor.md", "en", "cloud"),
    "e03": ("h733e03_warehouse_climate_sensors_masasi_vendor.docx", "en", "hardware"),
    "e04": ("h733e04_ginning_site_managed_services_cuamba_vendor.md", "en", "services"),
    "e05": ("h733e05_corridor_data_api_subscription_tunduma_vendor.txt", "en", "cloud"),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# defaults of an ordinary compliant draft; each entry overrides
BASE = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
            liability_cap_pct=None, acceptance_clause=True, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC")
G, S = "goods_or_licence", "service"
D = {
    "z01": dict(value=1980000, base=1120000, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                capped=True, contract_kind=G, rules=[]),
    "z02": dict(value=2010000, base=1830000, availability_pct=None, p1_response_hours=1, sla_remedy=False,
                ld_rate_per_day_pct=0.02, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
                post_warranty_fee_pct=8, capped=True, subcontract_without_consent=True, contract_kind=G,
                rules=["CR-LD-LOW", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "z03": dict(value=750000, availability_pct=99.95, p1_response_hours=0.25, buyer_owns_data=False,
                ld_rate_per_day_pct=600 / 750000 * 100, prepayment_pct=None, final_payment_on_acceptance=None,
                auto_renewal_price_increase=True, contract_kind=S, rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "z04": dict(value=486000, availability_pct=99.5, p1_response_hours=0.5, confidentiality=False,
                ld_rate_per_day_pct=0.1, prepayment_pct=None, final_payment_on_acceptance=None, contract_kind=S,
                rules=["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
    "z05": dict(value=1160000, base=960000, sla=False, availability_pct=None, p1_response_hours=None,
                sla_remedy=False, ip_owner="supplier", ld=False, ld_rate_per_day_pct=None, prepayment_pct=50,
                acceptance_clause=False, deemed=True, final_payment_on_acceptance=False, warranty_months=6,
                post_warranty_fee_pct=24, capped=True, subcontract_without_consent=None, contract_kind=G,
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                       "CR-WARRANTY"]),
    "e01": dict(value=1820000, base=1260000, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.08,
                liability_cap_pct=150, prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
                post_warranty_fee_pct=11, capped=True, governing_law="Tanzania", foreign_forum=True,
                contract_kind=G, rules=["CR-GOVERNING-LAW"]),
    "e02": dict(value=636000, availability_pct=99.95, p1_response_hours=1, sla_remedy=False,
                ld_rate_per_day_pct=500 / 636000 * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
                final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind=S,
                rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "e03": dict(value=1396000, base=1248200, availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.1,
                liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36,
                post_warranty_fee_pct=7, capped=True, contract_kind=G, rules=[]),
    "e04": dict(value=2184000, availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                ld_rate_per_day_pct=0.28 / 7, liability_cap_pct=150, prepayment_pct=None,
                final_payment_on_acceptance=None, contract_kind=S, rules=["CR-DATA-SECURITY", "CR-LD-LOW"]),
    "e05": dict(value=738000, availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=450 / 738000 * 100,
                liability_cap_pct=200, prepayment_pct=None, final_payment_on_acceptance=None,
                termination_for_breach=False, contract_kind=S, rules=["CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# thresholds of policy §3 (and the 5-year TCO horizon)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def label(k):
    d = dict(BASE, **D[k])
    name, lang, cat = NAMES[k]
    terms = {}
    for key in KEYS:
        terms[key] = d.get(key)
    if d["contract_kind"] == S:
        terms["warranty_months"] = terms["post_warranty_fee_pct"] = None
    extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld", True)}
    if d["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(d["rules"])}


def tco_share(k):
    d = dict(BASE, **D[k])
    t = label(k)["expected_terms"]
    if d["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d.get("base", d["value"]) * years
    return fees / (d["value"] + fees) * 100


def derive(k):
    """My reading of policy §3 applied to the label."""
    lab = label(k)
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(k)
        if sh is not None and sh > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or D[k].get("foreign_forum"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
CN = "零〇一二三四五六七八九十百千两"
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])\s*%?",                                   # 99.9 %
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)",               # 4 hours
    r"(?<![" + CN + r"])四\s*(?:个)?\s*小时", r"\bfour[\s-]+hours?\b",
    r"(?<![\d.])0\.05(?![\d])", r"万分之五(?![十" + CN + r"])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100\s*%", r"百分之(?:一)?百", r"one hundred per\s*cent",
    r"(?<![\d.,])(?:30|15|40)\s*%", r"百分之(?:三十|十五|四十)(?![" + CN + r"点])",
    r"\b(?:thirty|fifteen|forty)\s*per\s*cent",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月|月)", r"(?<![" + CN + r"])十二\s*个?\s*月", r"\btwelve[\s-]+months?\b",
    r"(?<![\d.,])5\s*-?\s*(?:years?|年)", r"(?<![" + CN + r"第])五\s*年", r"\bfive[\s-]+years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["可用率99.9%", "99.9 %", "within 4 hours", "4小时内", "四小时", "four hours", "0.05% per day", "万分之五",
            "100%", "100 %", "百分之百", "30%", "30 %", "15%", "40%", "百分之三十", "百分之十五", "百分之四十",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "5 years", "five years", "五年", "5年",
            "fifteen per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四个月", "24 months", "0.08%", "万分之八", "万分之二",
             "2025年", "2026年3月", "150%", "200%", "130%", "45%", "35%", "25%", "115%", "1,500", "第五年度",
             "十四小时", "0.28%", "1.4 hours", "412 months", "十五日", "30 days"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for k, (name, lang, cat) in NAMES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[k], targets[k] = SRC[k], (name, ext)
        else:
            (OUT / name).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    for k in NAMES:
        lab = label(k)
        (OUT / (NAMES[k][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")


def check():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    covered = set()
    for k, (name, lang, cat) in NAMES.items():
        lab = label(k)
        t = lab["expected_terms"]
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = scan(text)
        rules = derive(k)
        sh = tco_share(k)
        print("%s %-62s len %5d %s  risk %-6s tco %s  %s" % (k, name, n, "ok" if ok else "OUT OF RANGE",
              risk(rules), "-" if sh is None else "%.2f" % sh, ", ".join(r[3:] for r in rules) or "(none)"))
        assert ok, (k, n)
        assert not hits, (k, hits)
        assert rules == lab["expected_rules"], (k, rules, lab["expected_rules"])
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        assert sh is None or abs(sh - TCO_SHARE_TH) > 2, (k, sh)
        covered |= set(rules)
    mix = {k: derive(k) for k in NAMES}
    assert sorted(set(ALL_RULES) - covered) == [], sorted(set(ALL_RULES) - covered)
    assert mix["e01"] == ["CR-GOVERNING-LAW"]
    assert [k for k in mix if not mix[k]] == ["z01", "e03"]
    assert 8 <= len(mix["z05"]) <= 10
    assert all(2 <= len(mix[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    build()
    check()
