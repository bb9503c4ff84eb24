"""holdout599: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
of the brief (lengths, thresholds, rules derived from the labels, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:临江市水务集团有限公司供水管网漏损监测平台采购合同
P:合同编号：LJSW-ZC-2026-0418
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市水务集团有限公司
P:乙方（供应商）：江南慧水信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就供水管网漏损监测平台的采购事宜订立本合同，共同遵守。
H:第一条 采购内容
P:1.1 乙方向甲方提供供水管网漏损监测平台软件（含DMA分区计量、夜间最小流量分析、压力与流量监测、漏损工单闭环四个模块）的永久使用许可，许可范围为甲方及其下属各供水分公司，不限用户数。
P:1.2 乙方根据甲方需求进行定制开发，包括：与甲方SCADA调度系统、营业收费系统、管网GIS系统的数据接口；按甲方管网分区规则建立的漏损评估模型；面向巡检班组的移动巡检应用。
P:1.3 乙方负责平台部署、历史数据导入、试运行保障以及操作人员和管理人员的培训。
P:1.4 平台部署于甲方数据中心，服务器、数据库及操作系统由甲方提供，乙方应在合同签订后十日内书面提出配置要求。
P:1.5 培训对象包括调度中心、营销中心及各分公司管网管理人员，培训不少于三期。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾陆万肆仟元整（¥1,764,000），为固定总价，其中：平台软件许可费¥980,000；定制开发费¥640,000；部署实施费¥118,000；培训费¥26,000。
P:2.2 合同总价已包含税费、差旅、第三方组件授权及乙方完成本合同所需的全部费用，甲方不再另行支付。
P:2.3 合同签订前，乙方应向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额增值税专用发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、全部接口联调通过并经初步验收合格后，甲方支付合同总价的45%。
P:3.3 平台经最终验收合格后，甲方支付合同总价的35%。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成平台部署及全部定制开发，并向甲方提交初步验收申请。
P:4.2 乙方应指派具有同类项目经验的项目经理常驻甲方现场，未经甲方同意不得更换。
P:4.3 乙方应在合同签订后十五日内提交项目实施方案，明确进度计划、人员配置、数据迁移方案和风险应对措施，经甲方确认后执行。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题和下周计划；进度滞后的，应提出赶工措施。
H:第五条 验收
P:5.1 初步验收标准：（1）四个模块的功能与招标文件技术参数表逐项一致；（2）与SCADA、营收、GIS三个系统的接口连续十个工作日数据比对无差错；（3）平台在200个并发用户下页面响应时间不超过3秒；（4）通过甲方委托的第三方安全测评。
P:5.2 初步验收合格后进入九十日试运行。试运行期间未发生一级故障，且漏损评估模型对甲方抽取的二十个DMA分区的计算结果与人工核算的偏差在技术附件约定范围内的，甲方组织最终验收并出具验收报告。
P:5.3 平台上线运行、甲方使用平台或支付部分价款，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如委托乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即¥88,200），自质保期满起三年内不得上调。
P:6.3 质保期内乙方每季度进行一次平台巡检和数据库健康检查并提交巡检报告，在汛期和冬季管网高风险期前完成专项检查。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.5%，经甲方同意的计划内维护时间除外。
P:7.2 一级故障（平台整体不可用或监测数据中断）乙方应在30分钟内响应，2小时内到达现场；二级故障应在2小时内响应，次日内解决。
P:7.3 月度可用率每低于约定值0.1个百分点，扣减¥2,000；一级故障响应每迟延1小时，扣减¥800。扣减金额从维护费或履约保证金中抵扣。
P:7.4 乙方每月向甲方提交服务水平报告，列明可用率、故障次数、响应与处理时间。
H:第八条 知识产权
P:8.1 平台标准软件的著作权归乙方所有，甲方按第一条取得永久使用许可。
P:8.2 定制开发形成的接口程序、漏损评估模型、移动巡检应用及其源代码和技术文档，知识产权归甲方所有，乙方应在最终验收时一并交付，甲方可自行修改或委托他人维护。
P:8.3 乙方保证其提供的软件和交付成果不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台采集和处理的管网监测数据、用户用水数据以及甲方提供的一切数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应按照网络安全等级保护第三级的要求实施部署，远程维护须经甲方审批并通过堡垒机进行，不得将数据拷贝至甲方网络以外。
P:9.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的损失由乙方全额承担。
P:9.4 合同终止或维护服务结束后，乙方应删除其持有的全部甲方数据，并向甲方书面确认。
H:第十条 保密
P:双方对在合同履行中知悉的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。管网布局、加压站参数、用户信息等资料属于甲方保密信息。保密义务在合同终止后三年内继续有效。
H:第十一条 分包
P:11.1 乙方可将压力监测点现场安装、管网听漏测试等非主体工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。
P:11.2 乙方对分包单位的工作质量和安全生产负责。
H:第十二条 违约责任
P:12.1 乙方逾期完成部署或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付成果不符合约定的，应在甲方规定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:12.4 乙方应付的违约金及赔偿金，甲方可从履约保证金或应付款项中直接扣除。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：________    乙方（盖章）：________
"""

SRC["z02"] = """T:纺丝生产线控制系统改造及维保合同
P:合同编号：HX-SB-2026-073
P:甲方：浙江恒信化纤股份有限公司
P:乙方：杭州远拓工业自动化有限公司
P:甲方涤纶长丝车间三条纺丝线的控制系统已运行多年，备件停产，故障频发。双方经平等协商，就控制系统设备供货、软件许可、安装调试及质保期满后的维保服务订立本合同。
H:一、合同标的与价格
P:（一）乙方负责提供并安装下列设备和软件，完成原控制系统的拆除、新系统组态、调试和切换，使三条纺丝线恢复正常生产。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制机柜（含冗余CPU、I/O模块）|6套|168,000|1,008,000
TB:2|纺丝泵及卷绕变频器|48台|9,500|456,000
TB:3|卷绕张力控制模块|24套|12,500|300,000
TB:4|HMI操作站（工业计算机及显示器）|8台|21,000|168,000
TB:5|生产过程控制软件许可（永久）|1套|214,000|214,000
TB:小计|硬件及软件小计|||2,146,000
TB:6|工程组态及联调|1项|318,000|318,000
TB:7|拆除、安装及停机切换|1项|156,000|156,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:合计|合同总价|||2,644,000
P:（二）合同总价为人民币贰佰陆拾肆万肆仟元整，含税、运输、保险、安装及乙方派驻人员的全部费用。
P:（三）技术协议约定的设备品牌和型号不得变更；确需变更的，应取得甲方书面同意，且性能不得低于原约定。
P:（四）设备运抵后，双方共同开箱检验数量、型号和外观，形成开箱记录。
H:二、付款
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的55%。到货签收不代表质量验收。
P:（三）系统经最终验收合格后，甲方支付合同总价的35%。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:三、交货与实施
P:（一）设备应于合同生效后六十日内运抵甲方车间，乙方负责卸货和就位。
P:（二）改造按线分批实施，每条纺丝线停机切换时间不得超过七十二小时，具体安排以甲方生产计划为准。
P:（三）乙方应在每条线切换前提交切换方案和回退方案，经甲方生产部和设备部会签后实施。
P:（四）乙方现场人员应遵守甲方安全生产和防火管理制度，进入车间须佩戴劳保用品，动火作业须办理审批手续。
P:（五）乙方应为现场作业人员办理意外伤害保险，作业中发生的人身伤害由乙方负责。
P:（六）乙方应指定一名项目经理负责本项目，项目经理须全程在现场组织切换，未经甲方同意不得更换。
H:四、验收
P:（一）每条纺丝线切换完成后连续运行七日，卷绕张力波动、纺丝泵转速精度、断头报警等指标达到技术协议要求的，由甲方签署单线验收记录。
P:（二）三条纺丝线均完成单线验收并连续稳定运行三十日，未发生因控制系统原因造成的停车，且产品优等品率不低于改造前三个月的平均水平的，甲方组织最终验收。
P:（三）设备安装、试车或甲方投入生产，均不视为最终验收合格。
P:（四）最终验收不合格的，乙方应在十五日内整改后重新组织验收；因整改增加的停机损失由乙方承担。
P:（五）验收所需的检测仪器和记录表格由乙方准备，甲方工艺、设备和质检部门共同参加验收。
P:（六）乙方应于最终验收时提交竣工资料，包括设备清单、接线图、组态程序备份、操作手册和维护手册。
H:五、质保及维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备硬件故障免费更换，软件缺陷免费修复。
P:（二）质保期满后，乙方按年提供维保服务，年度维保费为硬件及软件小计的7%，即每年¥150,220，自质保期满起三年内固定不变。维保合同每年由双方另行签订，不自动续期。
P:（三）一级故障（任一纺丝线因控制系统原因停车）乙方应在30分钟内响应，2小时内到达现场；二级故障（单台设备故障但不影响生产）应在8小时内到场处理。
P:（四）一级故障响应每迟延1小时，乙方支付¥1,500；到场每迟延1小时，乙方支付¥2,000。
P:（五）乙方应为甲方储备常用备件，清单见技术协议附件，质保期内备件费用由乙方承担。
P:（六）质保期内乙方每季度上门巡检一次，检查控制柜、变频器散热及接线情况，并提交巡检报告。
P:（七）质保期内同一设备同一故障发生三次以上的，乙方应免费更换同型号新设备。
H:六、知识产权
P:（一）控制软件为永久许可，乙方保证其拥有合法授权。
P:（二）乙方为本项目编写的组态程序、控制逻辑、画面文件及技术文档，其知识产权归甲方所有，乙方应交付可编辑的源文件，甲方可自行修改或委托第三方维护。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理。
H:七、数据与网络安全
P:（一）控制系统产生的工艺参数、生产记录及配方数据属于甲方，乙方不得复制、留存或用于本合同以外的用途。
P:（二）乙方远程维护须经甲方批准，通过甲方指定的工控安全网关接入，操作全程记录。乙方不得在控制网络中接入未经甲方检测的移动存储设备。
P:（三）因乙方原因导致病毒感染、数据泄露或生产中断的，乙方应立即报告甲方，并承担由此造成的全部损失。
P:（四）合同终止后，乙方应删除其持有的甲方工艺数据并书面确认。
P:（五）乙方应为控制系统提供病毒防护方案，补丁及防病毒库更新须先在离线环境测试。
H:八、保密
P:双方对履行本合同获得的对方技术资料、工艺参数和商业信息负有保密义务，保密期限至合同终止后三年。乙方人员不得在车间拍照、录像，确因工作需要的须经甲方同意。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）因乙方原因造成停机切换超出约定时间的，每超出一小时支付¥3,000。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限。
P:（四）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
P:（五）乙方应付的违约金可从甲方应付款项中直接扣除。
H:十、合同的履行与解除
P:（一）本合同生效后，除因不可抗力致使合同目的无法实现外，任何一方不得解除本合同。
P:（二）乙方违约的，甲方可以要求乙方继续履行、采取补救措施或者支付违约金，但不得以此为由解除合同。
P:（三）合同履行中发生争议的，双方应继续履行无争议部分。
H:十一、分包
P:乙方不得将本合同项下工作转包；确需将部分辅助安装工作分包的，须事先取得甲方书面同意。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交绍兴仲裁委员会仲裁。
H:十三、其他
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明。
P:（二）双方往来通知以书面形式送达本合同载明的地址。
P:（三）本合同一式四份，双方各执二份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:（四）本合同未尽事宜，由双方另行协商并签订补充协议。
P:甲方（盖章）：________    乙方（盖章）：________
"""

SRC["z03"] = """托育园家园共育平台服务合同

合同编号：XHTY-FW-2026-019
甲方：杭州小禾托育服务有限公司
乙方：宁波启贝网络科技有限公司

甲方在杭州、宁波、绍兴经营四十家连锁托育园。为统一家园沟通和园所管理，甲方委托乙方提供家园共育平台服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其“贝贝家园”云平台向甲方旗下40家托育园提供以下服务：
1. 家长端应用：入离园签到、每日成长记录、膳食与睡眠记录、通知公告、在线请假；
2. 园所端管理后台：幼儿考勤、班级管理、收费提醒、保育员排班；
3. 总部运营看板：各园出勤、在园人数及家长满意度统计；
4. 视频查看：家长在甲方授权的时段查看所在班级的实时画面。
（二）乙方负责实施服务：40家园所的基础数据初始化、与甲方门禁闸机和园内视频系统的对接、家长端甲方品牌定制界面、园长及保育员培训。
（三）乙方为甲方指定专属客户成功经理，负责需求对接、月度运营分析和园长培训。
（四）乙方应在平台中为甲方提供数据导出功能，甲方可随时以通用格式导出全部数据。
（五）服务期为两个服务年度。第一服务年度自平台上线验收合格之日起算，每个服务年度为连续的三百六十五日。

二、费用
（一）订阅服务费按园所计收，每园每个服务年度¥6,800，40家园所每个服务年度合计¥272,000，两个服务年度合计¥544,000。
（二）实施费¥86,000，培训费¥18,000。
（三）合同总价为人民币陆拾肆万捌仟元整（¥648,000）。服务期内甲方新增园所的，按每园每个服务年度¥6,800按月折算。
（四）上述费用已包含短信通知、云存储、平台升级和技术支持费用，乙方不得另行收取。服务期内订阅单价不作调整。

三、付款
（一）实施费和培训费在上线验收合格后十五个工作日内一次付清。
（二）订阅服务费按服务季度支付。每个服务季度结束后，乙方提交服务报告和发票，经甲方确认后十五个工作日内支付当季费用¥68,000。
（三）甲方不向乙方支付任何预付款。
（四）乙方应付的逾期违约金可从实施费中直接扣除。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部40家园所的实施，并书面申请上线验收。
（二）上线验收标准：
1. 平台功能与本合同附件一功能清单逐项一致；
2. 40家园所门禁签到数据与闸机记录连续七日比对一致；
3. 家长端在2,000名家长同时在线时，页面加载时间不超过2秒；
4. 通过甲方委托的第三方安全测评和个人信息保护合规评估；
5. 平台数据导出功能可用，导出数据完整。
（三）以上标准全部满足后，甲方签署上线验收单。园所试用或家长注册使用不视为验收合格。
（四）实施期间乙方应派人到各园所现场，完成设备调试和保育员操作指导，每园不少于半日。
（五）上线验收前，乙方应组织不少于两场家长使用说明会，并提供家长使用手册。
（六）实施完成后，乙方应向甲方移交实施文档、接口说明及各园所账号清单。
（七）乙方每逾期一日完成上线验收，应向甲方支付违约金人民币伍佰元。

五、服务水平
（一）平台月度可用率不低于99.95%。
（二）一级故障（家长端或园所端整体无法登录、签到数据中断）乙方应在15分钟内响应，2小时内恢复；二级故障应在1小时内响应，当日解决。
（三）月度可用率未达标或一级故障恢复超时的，按附件二服务水平表扣减当季订阅服务费，单季扣减额最高为当季费用的20%。
（四）乙方每月向甲方提交服务报告，载明可用率、故障处理情况、家长投诉及处理结果。
（五）计划内维护应安排在晚间二十二时至次日六时之间，并提前三日通知甲方。
（六）乙方提供全天候故障报修热线和在线客服，工作日9时至18时另设专人处理园所咨询。
（七）乙方进行重大版本升级的，应提前十五日通知甲方并提供升级说明，升级不得降低已约定的功能和服务水平。

六、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）为甲方开发的门禁及视频对接程序、品牌定制界面及相关文档，知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。
（三）乙方保证平台不侵犯第三方知识产权；因侵权引起的纠纷由乙方负责处理并承担责任。

七、数据安全与个人信息
（一）平台涉及婴幼儿及其家长的个人信息。乙方应依照《个人信息保护法》及儿童个人信息保护的要求处理，数据存储于中国境内，采用加密存储和传输，按最小必要原则设置访问权限，平台应通过网络安全等级保护第三级测评。
（二）发生个人信息泄露等安全事件的，乙方应在2小时内告知甲方，配合甲方向主管部门报告并通知家长；因乙方原因造成的损失，由乙方承担赔偿责任。
（三）甲方上传的以及平台运行中产生的幼儿档案、成长记录、家长信息等数据归甲方所有。乙方可在去除个人身份标识后使用上述数据，用于产品改进、算法训练和编制托育行业分析报告，该等使用在服务期满后仍可继续。
（四）园内视频仅供甲方授权的家长实时查看，乙方不得存储视频画面，不得在家长端推送与托育服务无关的商业广告。
（五）乙方每年至少开展一次数据安全自查，并向甲方提供第三方渗透测试报告；乙方员工访问甲方数据须经审批并留存日志。
（六）乙方应每日备份甲方数据，备份保存于境内不同机房；乙方不得将甲方数据存储或传输至境外。

八、保密
双方对合同履行中知悉的对方经营信息、收费标准和客户资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。
乙方员工应签署保密承诺书。

九、续期
服务期满前三十日，双方均未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权按其届时公布的标准价格调整订阅服务费，并提前三十日通知甲方。

十、违约与解除
（一）乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除本合同，并要求乙方退还已付未使用期间的服务费。
（二）合同终止后三十日内，乙方应向甲方交还全部数据，并在甲方确认后删除平台中甲方的原始数据。
（三）乙方逾期上线超过三十日的，甲方有权解除本合同。
（四）乙方违反个人信息保护义务造成严重后果的，甲方有权立即解除合同。

十一、分包
乙方不得将本合同服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交杭州仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

十三、其他
（一）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，相应免除责任。
（二）双方通知以书面或电子邮件方式送达本合同载明的联系人。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一功能清单、附件二服务水平表为本合同组成部分。

甲方（盖章）：              乙方（盖章）：
"""

SRC["z04"] = """滨海市图书馆自助借还系统年度运维服务合同

项目编号：BHTSG-CS-2026-006（竞争性磋商）
甲方：滨海市图书馆
乙方：滨海智阅信息服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对本馆自助借还系统提供年度运维服务。双方订立本合同如下。

第一条 服务范围
1. 运维对象：总馆及六个分馆的自助借还机36台、RFID安全门12套、馆员工作站10台、自助办证机6台、智能书架管理终端8台，以及自助借还管理软件和与图书馆集成管理系统的接口。
4. 乙方应保持与设备原厂的技术支持渠道；原厂停产的部件，由乙方负责寻找兼容替代件，并经甲方书面确认后使用。
5. 设备清单及分布见附件一，运维考核细则见附件二。乙方应在服务开始前与原运维单位做好交接，交接中发现的设备问题应书面报告甲方。
2. 服务内容：驻场运维、日常巡检、故障处理、备品备件更换、软件版本升级、接口维护、设备清洁保养和年度性能检测。
3. 服务期自2026年7月1日起至2027年6月30日止。服务期满合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第二条 服务费用
1. 年度运维服务费为人民币叁拾捌万陆仟元整（¥386,000），为固定总价，包括驻场人员费用、备品备件、软件升级、交通及税费。
2. 单件价值超过¥3,000的主要部件（主板、RFID读写器、触摸屏）更换均包含在上述费用中，甲方不另行支付。
3. 合同价款在服务期内固定不变。服务期内甲方新增同类设备的，双方另行签订补充协议。

第三条 付款方式
1. 服务费按季度支付，每季度¥96,500。
2. 每季度结束后，经甲方考核合格，乙方开具发票，甲方在十个工作日内支付该季度服务费。
3. 本合同不设预付款。
4. 乙方开具的发票内容应与实际服务内容一致，甲方付款前有权核对。

第四条 服务要求
1. 乙方派驻一名运维工程师在总馆工作，开馆时间内在岗，分馆故障由乙方另派人员处理。
2. 乙方每周巡检总馆设备一次，每月巡检各分馆设备一次，并提交巡检记录。
3. 乙方应在服务开始后十日内完成设备清点交接，建立设备台账。
4. 乙方驻场人员应具有两年以上同类设备运维经验，名单报甲方备案，未经甲方同意不得更换；驻场人员临时离岗的，乙方应安排替岗人员。
5. 乙方应建立运维工单记录，每个故障的报修时间、响应时间、处理过程和结果均需登记，每月汇总提交甲方。
6. 乙方应在寒暑假读者高峰前完成一次全面检查，并协助甲方完成年度设备盘点。
7. 乙方应每季度对自助借还机进行一次清洁除尘和读写器灵敏度校准，对安全门进行一次报警测试并记录。
8. 乙方应在总馆建立备件库，读写器、打印机、扫码器、触摸屏等常用备件库存不少于两套。
9. 重大活动和节假日期间，乙方应按甲方要求增派保障人员。
10. 更换下来的旧部件归甲方所有，乙方应登记后交甲方处置。

第五条 服务水平
1. 开馆时间内自助借还系统可用率不低于99.95%，按月统计。
2. 一级故障（借还系统整体中断或与集成管理系统接口中断）乙方应在30分钟内响应，1小时内到达现场，2小时内恢复或启用备机；二级故障（单台设备故障）应在2小时内修复或更换。
3. 月可用率未达标的，每低0.01个百分点扣减当季服务费¥500；一级故障每超时1小时扣减¥1,000；扣减金额从当季服务费中直接扣除。
4. 软件升级须先在测试环境验证，在闭馆时间实施，升级前应备份数据和配置。
5. 乙方每月5日前提交上月运维月报，内容包括故障统计、可用率、巡检情况和改进建议。
6. 读者投诉涉及设备故障的，乙方应在当日处理并向甲方反馈。

第六条 考核与验收
1. 甲方每季度按本合同第五条及考核细则对乙方进行考核，考核项包括故障响应和修复时限、巡检记录完整性、备件更换及时性和读者投诉处理情况。考核合格的，甲方签署季度考核表。
2. 服务期满前十五日，乙方提交年度运维报告、设备台账和全部运维文档。甲方按考核细则进行终验，四个季度考核均合格且资料齐全的，签署终验意见。
3. 季度考核不合格的，乙方应在十日内整改，整改后由甲方复核；复核仍不合格的，该季度服务费按考核细则扣减。
4. 终验合格后，甲方支付最后一个季度的服务费。

第七条 数据安全
1. 读者信息、借阅记录和系统日志均属于甲方，乙方不得复制、留存或用于本合同以外的用途。
2. 乙方工程师只能通过甲方分配的账号操作系统，禁止远程访问读者数据库；更换下来的存储部件须在甲方监督下消磁或交甲方保管。
3. 发生读者信息泄露或系统被攻击等事件的，乙方应在1小时内报告甲方，并配合处置；因乙方原因造成损失的，乙方承担全部赔偿责任。
4. 服务期满或合同解除后，乙方应将全部账号、密码、配置文件和运维资料移交甲方，并书面确认未保留任何读者数据。
5. 乙方工作人员入场前应签署保密与安全承诺书，不得在运维终端安装与运维无关的软件，不得通过运维终端访问互联网。

第八条 保密
乙方及其工作人员对在服务中知悉的读者信息、网络配置和甲方内部资料负有保密义务，该义务不因合同终止而解除。乙方不得利用在服务中获得的信息从事与本合同无关的活动。

第九条 知识产权
乙方在服务中形成的运维文档、巡检记录、配置脚本和接口维护程序归甲方所有，甲方可自由使用和修改。

第十条 分包
乙方不得将本合同服务转包或分包。

第十一条 违约责任
1. 乙方未按约定期限完成设备交接或逾期完成甲方书面要求的整改的，每逾期一日按合同总价的千分之一支付违约金。
2. 乙方驻场人员无故缺岗的，每缺岗一日扣减服务费¥300。
3. 乙方应付的违约金和扣减金额可从应付服务费中直接扣除。
4. 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十二条 合同解除
乙方连续两个季度考核不合格，或存在其他严重违约行为并在甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。合同解除后，乙方应配合甲方完成与新服务商的交接。甲方因此另行委托第三方提供服务而增加的费用，由乙方承担。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。诉讼期间，双方应继续履行无争议部分。

第十四条 其他
1. 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度免除相应责任。
2. 双方的通知以书面形式送达本合同所列地址，电子邮件通知经对方确认后有效。
3. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
4. 本合同一式四份，甲乙双方各执二份。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：              乙方（盖章）：
"""

SRC["z05"] = """# 味享云MES系统软件许可及实施合同

**（云厨数智标准合同文本 V3.0）**

合同编号：YCSZ-2026-HT-0215

甲方：成都川味麻辣烫餐饮管理有限公司

乙方：成都云厨数智科技有限公司

甲方为其中央厨房采购乙方“味享云MES”生产执行系统。双方本着平等自愿的原则，按照乙方标准合同文本订立本合同。

乙方是一家专注于餐饮供应链数字化的软件企业，味享云MES已在多家连锁餐饮中央厨房使用。

## 第一条 合同内容

1.1 乙方向甲方授予味享云MES标准软件的永久使用许可，包括生产计划、配方与BOM管理、批次追溯、冷链温度监控和仓储管理五个模块，许可用于甲方中央厨房一处。

1.2 乙方根据甲方需求进行定制开发：门店要货系统对接、称重终端接口、食品安全追溯小程序。

1.3 乙方负责系统安装部署、基础数据导入和操作培训。

1.4 系统部署于甲方中央厨房机房，服务器、网络设备和称重终端由甲方自行采购，费用不包含在本合同价款内。

1.5 乙方提供的软件版本为乙方发布时的最新正式版本。许可不包括源代码，甲方不得对软件进行反向工程。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 味享云MES标准软件许可（五个模块） | 760,000 |
| 2 | 定制开发（要货对接、称重接口、追溯小程序） | 96,000 |
| 3 | 安装部署、数据导入及培训 | 38,000 |
| 合计 | 合同总价 | 894,000 |

合同总价为人民币捌拾玖万肆仟元整，含增值税。

本合同价款不包含差旅费用，乙方人员赴甲方现场的交通、住宿费用由甲方按实际发生承担。定制开发超出需求说明范围的，按每人日¥2,800另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方收到款项后开具增值税普通发票。乙方暂停服务的，由此造成的损失由甲方承担。

## 第四条 交付

4.1 乙方在收到首笔款项后六十个工作日内完成系统部署。因甲方未及时提供场地、网络、基础数据或配合人员造成的延误，交付期限相应顺延。

4.3 乙方完成部署后书面通知甲方，甲方应在收到通知后三个工作日内安排上线；甲方未按时安排的，视为系统已于通知之日上线。

4.4 甲方应指定项目联系人，在乙方要求的时间内提供基础数据；因甲方原因导致项目暂停超过三十日的，乙方有权按已完成工作量结算。

4.5 乙方按甲方中央厨房现有工艺流程实施，甲方要求调整流程的，按变更处理。称重终端接口以乙方适配的终端型号为准。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，乙方将视情况在后续版本中统筹考虑。

5.3 甲方不得以系统存在非关键性问题为由拒绝上线或拒付款项。

5.4 系统上线后三十日内，乙方可根据甲方使用情况进行参数优化。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方在工作日的工作时间内提供电话和远程技术支持，并将尽合理努力及时处理甲方反映的问题。现场服务视乙方人员安排而定。

6.3 因甲方操作不当、擅自修改系统或第三方软硬件引起的问题，不属于免费维护范围。

6.4 免费维护期满后甲方未购买维保服务的，乙方不再提供任何技术支持，由此产生的后果由甲方自行承担。

6.5 乙方提供两次远程培训，每次不超过半日；甲方需要增加培训的，按乙方报价另行支付。

6.6 乙方技术支持时间为周一至周五9:00-18:00，法定节假日除外。甲方报告问题时应提供问题描述、截图和操作步骤，信息不完整的，乙方可暂不处理。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费按软件许可费的26%计取，即每年人民币197,600元。

7.2 维保服务内容包括远程技术支持、软件补丁和小版本升级。大版本升级和新增功能另行收费。

7.3 维保费在每个维保年度开始前一次性支付。甲方逾期支付的，乙方有权停止提供维保服务和软件更新。

7.4 甲方中断维保后重新购买的，应补缴中断期间的维保费。

7.5 每个维保服务期限为一年，期满后甲方如需继续，应另行签订维保合同。

## 第八条 知识产权

8.1 味享云MES软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、追溯小程序及相关源代码，知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

8.3 甲方不得将软件用于许可范围以外的厨房或门店，否则乙方有权追收相应许可费。

8.4 乙方有权在新版本中调整软件功能。

## 第九条 数据安全

9.1 系统中甲方的配方、生产和采购数据归甲方所有，乙方不得用于本合同以外的用途。

9.2 乙方应采取必要的技术和管理措施保护甲方数据安全，包括访问控制、数据备份和操作日志审计。发生数据泄露等安全事件的，乙方应及时通知甲方并采取补救措施；因乙方原因导致数据泄露或丢失的，乙方承担相应的赔偿责任。

9.3 甲方应自行做好数据的定期备份。合同终止后，乙方将在甲方书面要求后三十日内协助导出甲方数据，导出服务另行收费。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得披露。甲方的配方和工艺资料属于甲方商业秘密。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何一方均不对对方的间接损失、利润损失承担责任。

11.3 因不可抗力、网络故障、第三方软硬件缺陷等非乙方原因造成的损失，乙方不承担责任。

11.4 甲方超出许可范围使用软件的，应按相应许可费的两倍向乙方支付违约金。

## 第十二条 合同解除

一方严重违约且在守约方书面通知后三十日内未纠正的，守约方有权解除本合同。

合同解除的，甲方已支付的款项不予退还。

## 第十三条 争议解决

因本合同引起的争议，双方友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的服务说明为准。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

14.3 本合同附件包括：报价单、功能清单、定制开发需求说明。本合同的任何修改须经双方书面确认。

甲方（盖章）：

乙方（盖章）：

日期：
"""

SRC["e01"] = """T:Software Licence and Services Agreement - Transport Management System
P:Agreement No. OR-XY-2026-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Hunan Xiangyun Cold Chain Logistics Co., Ltd., a company registered in Changsha, Hunan Province, People's Republic of China (the "Customer"), and Osu Ridge Software Limited, a company registered in Accra, Republic of Ghana, with its office at 14 Oxford Street, Osu, Accra (the "Vendor").
P:The Customer operates refrigerated trucking and warehousing across central China and wishes to replace its dispatch and fleet tools with the Vendor's transport management system. The Vendor has offered a perpetual licence together with configuration, interfaces, data migration and training. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RidgeTMS product in the version current at signature, comprising the order management, route planning, dispatch, reefer temperature tracking, driver mobile application and freight settlement modules, with its documentation.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Customer under this Agreement, including interface programs, configuration sets, report templates, data migration scripts and their source code and documentation.
P:1.3 "Go-Live" means the first day on which the Software is used for live dispatch at all four of the Customer's depots.
P:1.4 "Final Acceptance" means the written acceptance issued by the Customer under Article 5.3.
P:1.5 "Customer Data" means all data entered into, processed by or generated by the Software for the Customer, including orders, consignee details, vehicle positions, temperature logs and driver records.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Customer's own servers for the business of the Customer and its subsidiaries, for up to 350 named users and 420 driver devices.
P:2.2 The Vendor shall configure the Software to the Customer's processes, build interfaces with the Customer's ERP, the telematics platform and the e-invoicing system, migrate open orders and master data from the legacy system, and train key users and administrators.
P:2.3 The Vendor shall assign a project manager and a solution architect for the whole project and shall not replace them without the Customer's consent.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,670,000, fixed and inclusive of taxes, travel and all expenses, made up as follows: Software licence fee CNY 1,120,000; configuration and interfaces CNY 420,000; data migration CNY 96,000; training CNY 34,000.
P:3.2 No other charge is payable for the scope of this Agreement. Additional work requires a written change order signed by both parties before it starts.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 30 days after Go-Live and receipt of the invoice. Go-Live is not acceptance.
P:4.3 The Customer shall pay 35% of the Contract Price within 30 days after Final Acceptance and receipt of the invoice.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account stated in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature, following the project plan agreed in the first two weeks of the project.
P:5.2 Final Acceptance tests shall show that: (a) every function in the agreed functional specification works as described; (b) the ERP, telematics and e-invoicing interfaces have exchanged data for 20 consecutive working days without unreconciled errors; (c) route planning for 600 daily orders completes within 90 seconds; (d) migrated open orders and master data match the legacy records; and (e) no Severity 1 incident has occurred in the 30 days before the tests.
P:5.3 When all criteria are met, the Customer shall issue a Final Acceptance certificate within ten working days. If a criterion is not met, the Vendor shall remedy the defect at its own cost and repeat the tests. Go-Live, live use of the Software or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 18 months after Final Acceptance. During the warranty period the Vendor shall correct defects, supply patches and new versions, and provide support free of charge.
P:6.2 After the warranty period the Customer may order annual support. The annual support fee is 13% of the Software licence fee, that is CNY 145,600 per year, and stays fixed for the first three support years. Each support year is ordered separately by purchase order and does not renew automatically.
P:6.3 The Vendor shall provide a support desk in Chinese or English during Beijing business hours and an on-call engineer for Severity 1 incidents at all times.
H:Article 7 Service Levels
P:7.1 A Severity 1 incident is one that stops dispatch or temperature tracking at any depot. The Vendor shall respond to a Severity 1 incident within one hour and restore service, by a workaround if needed, within eight hours.
P:7.2 A Severity 2 incident, where a module is impaired but dispatch continues, shall receive a response within two hours and a fix or workaround within two working days.
P:7.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Vendor shall pay CNY 1,000, deducted from the next payment or support fee.
H:Article 8 Delay Damages
P:8.1 If Go-Live is delayed beyond the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of CNY 1,200 for each day of delay, up to a maximum of 10% of the Contract Price.
P:8.2 Payment of liquidated damages does not release the Vendor from completing the work.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Data Protection and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:10.2 The Software is installed in the Customer's data centre in Changsha. The Vendor shall access the system remotely only through the Customer's VPN with multi-factor authentication and only after the Customer approves each session. Customer Data shall not be transferred outside the People's Republic of China.
P:10.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when handling Customer Data, and shall keep a log of all access by its personnel.
P:10.4 The Vendor shall notify the Customer within two hours after becoming aware of any security incident affecting Customer Data, shall cooperate in containing it, and shall be liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the non-public information of the other party received under this Agreement and shall use it only for this Agreement. This duty survives termination for three years.
P:11.2 The Customer's customer lists, freight rates and route data are its confidential information.
H:Article 12 Liability
P:12.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price.
P:12.2 The limit does not apply to personal injury, wilful misconduct, breach of Article 10 or Article 11, or the indemnity in Article 9.3.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 This Agreement takes effect on signature and continues until the end of the warranty period. The licence in Article 2.1 survives.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.
P:14.3 If the Customer terminates under Article 14.2 before Final Acceptance, the Vendor shall refund the amounts paid for work not accepted.
H:Article 15 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to reduce the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Republic of Ghana.
P:16.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration at the Ghana Arbitration Centre in Accra under its rules, in the English language, by a sole arbitrator.
H:Article 17 General
P:17.1 This Agreement, with its schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:17.2 Notices shall be sent in writing to the addresses above, with a copy by email.
P:Schedule 1: Functional specification. Schedule 2: Project plan. Schedule 3: Acceptance test plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# Order Form - LearnWave Cloud Learning Platform

**Baguida Cloud SARL** - Boulevard du 13 Janvier, Lome, Togo (the "Provider")

**Order Form No. BC-CN-2026-0087**, issued under and incorporating the General Terms in Part B.

## Part A - Order Details

### A1. Parties

Customer: Changzhou Hengrun Auto Parts Co., Ltd., No. 88 Longjin Road, Wujin District, Changzhou, Jiangsu, People's Republic of China (the "Customer").

Provider: Baguida Cloud SARL, registered in Lome, Togo, acting through its China delivery partner office in Shanghai for implementation and support.

### A2. Services and Subscription Term

The Provider will provide the LearnWave cloud learning platform to the Customer's employees: course catalogue and enrolment, compliance training tracks, assessments and certificates, a mobile learning application, manager dashboards and reporting. The subscription covers up to 1,800 active learners and 40 administrator accounts.

The Subscription Term is 24 months starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A5. The platform is hosted for the Customer in a data centre located in mainland China.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Year 1 | 1,800 learners, annual | 336,000 |
| Platform subscription, Year 2 | 1,800 learners, annual | 336,000 |
| Implementation and single sign-on integration | one-time | 58,000 |
| Migration of legacy courses and training records | one-time | 22,000 |
| **Total fees for the Subscription Term** | | **752,000** |

Additional learners above 1,800 may be added at CNY 190 per learner per year, prorated. All fees include VAT and all expenses of the Provider, including travel for on-site implementation work in Changzhou.

### A4. Invoicing and Payment

Subscription fees are invoiced quarterly in advance, in eight equal instalments of CNY 84,000, the first on the Subscription Start Date. The one-time fees are invoiced after Go-Live Acceptance. Invoices are payable within 30 days of receipt by bank transfer in CNY. No amount is payable before Go-Live Acceptance.

### A5. Implementation and Go-Live Acceptance

The Provider will complete implementation within 60 days after signature of this Order Form. Implementation includes tenant set-up, single sign-on with the Customer's identity system, an interface to the Customer's HR system for organisation and employee data, migration of 260 legacy courses and their completion records, branding, and training of 40 administrators.

Go-Live Acceptance requires that: (a) single sign-on works for all test users; (b) the HR interface has synchronised organisation and employee data for ten consecutive working days without errors; (c) all migrated courses open and completion records match the legacy export; (d) the mobile application passes the agreed test scripts; and (e) the Customer's security review finds no open high-risk item. The Customer signs a Go-Live Acceptance certificate when all criteria are met. Use of the platform by learners before that date is not acceptance.

If Go-Live Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay, deducted from the one-time fees.

### A6. Contacts and Signatures

Customer contact: HR Learning Centre, training@hengrun-auto.example. Provider contact: Customer Success, success@baguidacloud.example.

Signed for the Customer: ____________ Signed for the Provider: ____________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data uploaded to or generated in the platform by or for the Customer, including employee records, course content provided by the Customer, learning histories and assessment results.

1.2 "Customer Content" means courses, videos, quizzes and materials created by or for the Customer, including the materials the Provider configures or converts for the Customer under the Order Form.

### 2. Provision of the Services

2.1 The Provider shall provide the Services in accordance with the Order Form, these General Terms and the documentation.

2.2 The Provider may improve the platform from time to time, provided that no change materially reduces the functions or service levels agreed in the Order Form.

### 3. Service Levels

3.1 The platform shall be available 99.95% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 22:00 and 06:00 Beijing time.

3.2 Severity 1 incidents (platform unavailable, or login impossible for all users) shall receive a response within 30 minutes and a restoration within three hours. Severity 2 incidents shall receive a response within two hours.

3.3 If monthly availability falls below the committed level, the Customer receives a service credit of 5% of the quarterly subscription fee for each 0.1 percentage point of shortfall, up to half of that quarterly fee. Each late Severity 1 response earns a credit of CNY 1,000. Credits are deducted from the next invoice.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider processes it only on the Customer's instructions and only to provide the Services, and shall not use it for any other purpose.

4.2 The Provider shall store Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel under multi-factor authentication, log all administrative access, and keep the platform certified under MLPS level 3.

4.3 The Provider shall notify the Customer within two hours after becoming aware of any security incident affecting Customer Data, shall take immediate remedial action and shall bear the losses and costs caused by incidents attributable to it.

4.4 On expiry or termination the Provider shall return Customer Data in a standard export format within 20 days and then delete it.

### 5. Intellectual Property

5.1 The Provider owns the platform and its documentation.

5.2 Customer Content, including content converted or configured by the Provider and the single sign-on and HR interface configurations made for the Customer, belongs to the Customer, which may use, modify and license it freely.

### 6. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it to third parties except to advisers bound by equal duties. This clause survives for three years after termination.

### 7. Subcontractors and Sub-processors

The Provider may engage subcontractors and sub-processors, including its hosting provider and its China delivery partner, to perform any part of the Services. The Provider shall notify the Customer of each new subcontractor or sub-processor by email or by updating the list on its trust portal. The Provider remains responsible for their performance.

### 8. Renewal

8.1 At the end of the Subscription Term, the subscription renews automatically for successive periods of one year unless either party gives notice of non-renewal at least 60 days before the end of the current term.

8.2 For each renewal period the Provider may increase the subscription fees by up to 8% over the fees of the preceding period by notice given with the renewal invoice.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or loss of profit.

9.2 The Provider's total aggregate liability arising out of or in connection with the Order Form and these General Terms is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.3 The limits do not apply to personal injury, fraud or wilful misconduct.

### 10. Term and Termination

10.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

10.2 On termination by the Customer for the Provider's breach, the Provider shall refund prepaid fees for the period after termination.

### 11. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible. Payment obligations for Services received are not excused.

### 12. Governing Law and Disputes

This Order Form and these General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 13. General

13.1 The Order Form prevails over these General Terms where they conflict.

13.2 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.

13.3 Notices shall be in writing and sent to the contacts in A6.

13.4 The Provider shall provide administrator support in Chinese and English on working days from 08:30 to 18:00 Beijing time, and an incident hotline for Severity 1 incidents at all times.

13.5 The Provider shall deliver a monthly service report showing availability, incidents, response and restoration times and credits due, no later than the tenth day of the following month.

13.6 If any provision of these General Terms is held invalid, the remaining provisions stay in force, and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.
"""

SRC["e03"] = """T:Supply Contract for Warehouse Environmental Monitoring Sensors and Software
P:Contract No. GZYY-EQ-2026-031
P:Buyer: Jiangxi Ganzhong Pharmaceutical Distribution Co., Ltd., No. 1288 Jinsha Avenue, Nanchang, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Dantokpa Instruments SA, Lot 412 Haie Vive, Cotonou, Republic of Benin (the "Supplier").
P:The Buyer operates three pharmaceutical distribution warehouses with ambient, cool and cold zones that must be continuously monitored under the Good Supply Practice rules. After a tender, the Buyer has selected the Supplier to supply, install and validate a wireless environmental monitoring system. This Contract is on the Buyer's standard terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the sensors, gateways, calibration equipment and monitoring software listed in clause 2, install them in the Buyer's warehouses in Nanchang, Ganzhou and Jiujiang, carry out the temperature mapping study, perform installation and operational qualification, and train the Buyer's staff.
P:1.2 The monitoring software shall record temperature and humidity at intervals of not more than five minutes, raise alarms by SMS, telephone call and email, keep an audit trail and electronic signatures that meet the Buyer's quality requirements, and produce the reports required by the Buyer's quality department.
P:1.3 All equipment shall be new, of the models named in the technical annex, and delivered with calibration certificates traceable to national standards.
H:2. Contract Price
P:2.1 The Contract Price is fixed and includes delivery to each site, duties, taxes, insurance, installation and all expenses of the Supplier:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor with probe|620|1,150|713,000
TB:2|Gateway with cellular backup|32|8,600|275,200
TB:3|Reference calibration kit|1|46,000|46,000
TB:4|Monitoring software, perpetual licence, three sites|1|388,000|388,000
TB:Subtotal|Hardware and licence subtotal|||1,422,200
TB:5|Installation and temperature mapping study|1|168,000|168,000
TB:6|Installation and operational qualification (IQ/OQ)|1|74,800|74,800
TB:7|Training of users and administrators|1|19,000|19,000
TB:Total|Contract Price|||1,684,000
P:2.2 The Contract Price is CNY 1,684,000. No other amount is payable for the scope of this Contract.
H:3. Payment
P:3.1 10% of the Contract Price as an advance within 20 days after signature, against the Supplier's bank guarantee for the same amount.
P:3.2 55% of the Contract Price after all equipment has been delivered and installed at the three sites and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:3.3 35% of the Contract Price after Final Acceptance under clause 5.
P:3.4 Each payment is due within 30 days after receipt of a correct VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 45 days and complete installation at the three sites within 75 days after signature.
P:4.2 Installation shall be scheduled with the Buyer's warehouse managers so that storage operations are not interrupted. The Supplier's staff shall follow the Buyer's site safety and hygiene rules.
P:4.3 The Supplier shall appoint a project manager who speaks Chinese and is present on site during installation and qualification.
P:4.4 On delivery the parties shall jointly check the quantity, model and condition of the equipment against the packing list and record any shortage or damage, which the Supplier shall make good within ten days.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) the temperature mapping study for every storage zone has been approved by the Buyer's quality department; (b) IQ and OQ protocols have been executed without open deviations; (c) every sensor reports to the software and the readings of a sample of sensors agree with the reference kit within the tolerance in the technical annex; (d) alarms reach the on-duty staff within two minutes in tests at every site; and (e) the system has run for 30 consecutive days without a Severity 1 incident.
P:5.2 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within ten working days. Installation, use of the system in operations or any payment is not acceptance.
P:5.3 If a criterion is not met, the Supplier shall correct the defect at its cost within 15 days and the test shall be repeated.
H:6. Warranty and Post-Warranty Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment, correct software defects, supply software updates, and carry out one on-site recalibration of all sensors, all free of charge.
P:6.2 After the warranty period, the Buyer may order annual support covering repair, replacement of failed sensors, software updates and annual recalibration. The annual support fee is 8.5% of the hardware and licence subtotal, that is CNY 120,887 per year, fixed for three years after the warranty period. Support is ordered each year by purchase order and is not renewed automatically.
P:6.3 The Supplier shall keep spare sensors and gateways equal to at least two per cent of the installed quantity at each site during the warranty period, and shall replenish them within seven days after use.
H:7. Service Levels
P:7.1 A Severity 1 incident is a failure that stops monitoring or alarming for a whole storage zone. The Supplier shall respond within 30 minutes and restore monitoring, if necessary with spare gateways and sensors kept at each site, within eight hours.
P:7.2 Other incidents shall receive a response within one working day and be resolved within three working days.
P:7.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 800, deducted from any amount due or from the support fee.
H:8. Delay
P:8.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in this Contract for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 The Buyer may deduct liquidated damages from any payment due to the Supplier.
H:9. Data
P:9.1 All monitoring data, alarm records, audit trails and reports generated by the system belong to the Buyer. The Supplier shall not copy, keep or use them for any purpose other than performing this Contract.
P:9.2 The software is installed on the Buyer's servers. Remote access by the Supplier is allowed only through the Buyer's VPN with multi-factor authentication, only after the Buyer approves each session, and every session is logged. Data shall not leave the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer within two hours after becoming aware of any security incident affecting the system or its data, shall take immediate remedial action and shall be liable for all losses caused by its breach of this clause.
H:10. Intellectual Property
P:10.1 The standard software remains the property of the Supplier and is licensed to the Buyer perpetually under clause 2.
P:10.2 Reports, alarm rules, mapping study reports, qualification documents and interface scripts prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over editable versions on Final Acceptance.
H:11. Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including warehouse layouts, product lists and quality records, and shall not disclose it to any third party without prior written consent. This duty continues for three years after the end of this Contract.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 11.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:14.2 On termination the Supplier shall refund amounts paid for equipment or services not accepted.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:16. Miscellaneous
P:16.1 This Contract takes effect on signature by both parties. The technical annex, the tender documents and the Supplier's bid form part of it.
P:16.2 Amendments must be made in writing and signed by both parties.
P:16.3 Notices shall be given in writing to the addresses stated above. Notices by email are valid when the receiving party confirms receipt.
P:16.4 If any provision of this Contract is invalid, the other provisions remain in force.
P:Annex 1: Technical specification and site plan. Annex 2: Mapping and qualification plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed Infrastructure Services Agreement

**Agreement No. MDS-FS-2026-004**

**Between** Foshan Meilin Home Appliances Co., Ltd., No. 6 Xingye Road, Shunde District, Foshan, Guangdong, People's Republic of China (the "Customer")

**and** Maitama Digital Services Limited, Plot 1021 Aminu Kano Crescent, Wuse II, Abuja, Federal Republic of Nigeria (the "Provider").

## Background

The Customer runs its order, manufacturing and warehouse systems on servers, storage and networks at its Shunde head office and two factories. The Customer wishes to outsource the day-to-day operation of this infrastructure. The Provider operates a network operations centre and a service desk with Mandarin-speaking engineers and a delivery team in Guangzhou. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed infrastructure services described in Schedule 1.

1.2 "Managed Platform" means the servers, virtualisation clusters, storage arrays, backup systems, core and distribution network devices and firewalls listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 3.

1.4 "Customer Data" means all data stored on or passing through the Managed Platform, and all configurations, logs and records relating to it.

## Section 2 Term

2.1 The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement expires at the end of the Term. Any extension requires a written agreement signed by both parties; there is no automatic renewal.

## Section 3 Transition

3.1 The Provider shall complete transition within 75 days after signature. Transition includes discovery and documentation of the Managed Platform, installation of monitoring tools, creation of runbooks, connection of the service desk to the Customer's ticketing system, and a parallel run with the Customer's current team.

3.2 Transition Acceptance requires that: (a) every item in Schedule 1 is monitored and appears in the configuration database; (b) runbooks exist for every critical system and have been reviewed by the Customer; (c) a restore test of each critical system from backup has succeeded; (d) the service desk has handled all tickets during a 14-day parallel run within the Schedule 2 times; and (e) the Customer's IT manager has confirmed the hand-over checklist. The Customer signs the Transition Acceptance certificate when all criteria are met. Start of monitoring or any payment is not acceptance.

3.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,500 for each day of delay.

## Section 4 Services and Service Levels

4.1 The Provider shall deliver the Services in Schedule 1 to the service levels in Schedule 2.

4.2 The Provider shall keep the Managed Platform available at least 99.5% of each calendar month, measured for the production systems named in Schedule 1, excluding maintenance windows agreed with the Customer.

4.3 Service credits under Schedule 2 are deducted from the next invoice. Credits are not the Customer's only remedy for a serious or repeated failure.

4.4 The Provider shall deliver a monthly service report and attend a monthly service review with the Customer, and a quarterly review with the Customer's management covering capacity, risks and improvement actions.

4.5 The Provider shall implement changes to the Managed Platform only through the Customer's change process. Normal changes are submitted at least three working days in advance and carried out in the agreed maintenance windows; emergency changes are approved by the Customer's duty manager by telephone and recorded afterwards.

4.6 The Provider shall keep the configuration database, network diagrams and runbooks up to date and give the Customer read access to them at all times.

## Section 5 Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,184,000.

5.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date. No charge is payable in advance.

5.3 The Customer shall pay correct VAT invoices within 30 days after receipt by bank transfer in CNY. The charges are fixed for the Term.

5.4 If the number of managed servers or network devices changes by more than ten units, either party may ask for the Monthly Service Charge to be adjusted by a written change note at the unit rates in Schedule 3; no adjustment applies without such a note.

## Section 6 Customer Data

Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall return it to the Customer on request.

## Section 7 Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by equal duties.

7.2 This Section survives the end of this Agreement for three years.

## Section 8 Intellectual Property

8.1 The Provider keeps its monitoring tools and general methods.

8.2 Runbooks, configuration records, network diagrams, scripts and reports prepared for the Customer belong to the Customer, which may use, modify and pass them to any successor provider freely.

## Section 9 Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and shall give the Customer the names of engineers with administrator rights.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## Section 10 Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term. The limit does not apply to personal injury or wilful misconduct.

## Section 11 Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if monthly availability falls below the committed level in three months of any six-month period.

11.2 On expiry or termination the Provider shall provide exit assistance for up to 60 days, hand over all documentation and credentials, and cooperate with any successor provider at the rates in Schedule 3.

## Section 12 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

## Section 13 General

13.1 Changes to the Services or charges require a written change note signed by both parties.

13.2 Notices shall be in writing and sent to the addresses above.

13.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it informs the other party promptly and takes reasonable steps to limit the effect.

13.4 This Agreement, with its Schedules, is the entire agreement of the parties on its subject and replaces all earlier proposals. If a Schedule conflicts with the Sections, the Sections prevail.

13.5 Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 - Services and Managed Platform

| Service element | Scope | Location |
|---|---|---|
| Monitoring | 24x7 monitoring of 96 servers, 6 virtualisation clusters, 3 storage arrays, firewalls and 140 network devices | Provider NOC (remote) |
| Service desk | IT incident and request handling for 1,100 users, Mandarin and English | Remote, on-site escalation |
| Server and storage operations | patching, capacity management, virtual machine administration | Shunde head office, two factories |
| Backup and restore | daily backups, monthly restore tests, retention per Customer policy | Shunde head office |
| Network and firewall operations | change implementation, rule reviews, firmware upgrades | All sites |
| On-site support | one resident engineer at the head office, factory visits as needed | Shunde, factories |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | production system or site network down | 15 minutes | 3 hours | CNY 2,000 per incident |
| P2 | degraded production service | 30 minutes | 8 hours | CNY 800 per incident |
| P3 | single user or non-production issue | 2 hours | 2 working days | none |
| Availability | below the Section 4.2 level in a month | - | - | 5% of that month's Monthly Service Charge per 0.1 point of shortfall, up to half of it |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | 58,000 per month x 36 months | 2,088,000 |
| **Total for the Term** | | **2,184,000** |
| Additional work or exit assistance beyond scope | per engineer day | 2,600 |
| Change of scope, per managed server or network device | per month | 420 |

Signed for the Customer: ______________  Signed for the Provider: ______________
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. SAM-CN-2026-019

BETWEEN

Zhongnong Overseas Agriculture Development Co., Ltd., No. 37 Nongye Road, Jinshui District, Zhengzhou, Henan Province, People's Republic of China (the "Customer")

AND

Sahel Agrometrics SARL, Quartier Plateau, Avenue de la Mairie, Niamey, Republic of Niger (the "Provider")

BACKGROUND

The Customer manages irrigated and rain-fed farms and out-grower schemes in West Africa and plans planting, irrigation and input purchases from its head office in Zhengzhou. The Provider produces satellite-based rainfall estimates, vegetation indices, soil moisture and crop condition data for the Sahel and the Gulf of Guinea and delivers them through an application programming interface (API). The Customer wishes to subscribe to the Provider's data and connect it to its farm management system.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in clause 2.2, as updated by the Provider from time to time.

1.2 "API" means the Provider's REST interface through which the Data Products are delivered, with its documentation.

1.3 "Subscription Year" means each period of 365 days starting on the Subscription Start Date or on its anniversary. The Subscription Term consists of two Subscription Years.

1.4 "Subscription Start Date" means the date on which the Customer signs the Integration Acceptance certificate under clause 4.

1.5 "Customer Data" means all data the Customer sends to the Provider or the API, including farm boundaries, plot coordinates, crop plans, yield records and user accounts, and all results computed for those plots.

1.6 "Integration Work" means the onboarding and integration services described in clause 3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to download the Data Products, and to use them for the internal business of the Customer and its subsidiaries, including in reports to its management, lenders and government partners.

2.2 The subscription covers: (a) daily rainfall estimates at 5 km resolution for Niger, Mali, Burkina Faso, Ghana, Togo, Benin and Nigeria, with archive data from 2001; (b) ten-day vegetation index composites at 250 m resolution; (c) weekly soil moisture estimates; (d) crop condition indicators for up to 1,500 registered plots; and (e) seasonal rainfall outlooks issued before each rainy season.

2.3 The Customer may make up to 200,000 API calls per Subscription Year. Calls above that volume are charged at the rate in clause 5.3.

2.4 The Provider owns the Data Products and the API. Nothing in this Agreement transfers ownership of them to the Customer. The Customer may keep and continue to use Data Products downloaded during the Subscription Term after it ends.

3. INTEGRATION WORK

3.1 The Provider shall, within 45 days after signature: (a) register the Customer's plots and farm boundaries; (b) configure plot-level crop condition indicators for maize, sorghum, rice and soybean; (c) build and document a connector between the API and the Customer's farm management system; (d) set up user accounts and access keys; and (e) train the Customer's agronomists and IT staff in two remote sessions.

3.2 The connector scripts, configuration files and plot-level indicator settings made for the Customer under clause 3.1 belong to the Customer, which may use, modify and pass them to others freely. The Provider shall deliver their source code with the Integration Acceptance documents.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance requires that: (a) all 1,500 plots are registered and their boundaries match the Customer's files; (b) the connector has loaded every Data Product into the farm management system for 14 consecutive days without missing deliveries; (c) a sample of 50 plots checked by the Customer shows crop condition indicators computed for the correct boundaries; and (d) the documentation and source code under clause 3.2 have been delivered.

4.2 The Customer shall sign the Integration Acceptance certificate within seven working days after all criteria are met, or give written reasons for refusal. Use of the API during testing is not acceptance.

4.3 If a criterion is not met, the Provider shall correct the defect at its own cost and the test shall be repeated.

5. FEES AND PAYMENT

5.1 The fees are:
    Subscription fee, Subscription Year 1            CNY 268,000
    Subscription fee, Subscription Year 2            CNY 268,000
    Integration Work, one-time                       CNY  32,000
    Total for the Subscription Term                  CNY 568,000

5.2 The Integration Work fee is invoiced after Integration Acceptance. Each Subscription Year's fee is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt by bank transfer in CNY.

5.3 API calls above the included volume are charged at CNY 0.20 per call, invoiced at the end of each Subscription Year.

5.4 The fees include all taxes, bank charges on the Provider's side and expenses. The fees are fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 The Provider targets availability of the API of 99.95% in each calendar month, excluding maintenance announced at least three days in advance.

6.2 The Provider targets publication of daily rainfall estimates by 10:00 Beijing time on the following day, and of each ten-day vegetation composite within three days after the end of the period.

6.3 Severity 1 incidents (API unavailable or a Data Product not delivered) will receive a response within one hour and a restoration target of six hours. Severity 2 incidents will receive a response within one working day.

6.4 The service levels in this clause 6 are targets. Failure to meet them does not entitle the Customer to any service credit, fee reduction, refund or other compensation. The Provider will report performance against the targets every quarter.

7. DATA PROTECTION AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Data Products and the Integration Work, and shall not use it for any other purpose, sell it or combine it with the data of other customers.

7.2 The Provider shall host Customer Data on servers in mainland China operated by a hosting provider approved in writing by the Customer, encrypt Customer Data in transit and at rest, restrict access to named engineers with multi-factor authentication and keep access logs for at least one year.

7.3 The Provider shall notify the Customer within two hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and bear the losses and costs the Customer suffers because of an incident attributable to the Provider.

7.4 On expiry or termination the Provider shall return Customer Data in a standard format within 20 days and then delete it and confirm the deletion in writing.

8. WARRANTIES

8.1 The Provider warrants that the Data Products are produced with the methods described in the documentation and that it has the right to grant the subscription.

8.2 The Data Products are estimates based on satellite observation and models. The Customer is responsible for decisions it takes using them.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The Provider's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term. The limit does not apply to personal injury, wilful misconduct or the Provider's breach of clause 7.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Integration Work or the hosting of Customer Data without the Customer's prior written consent.

10.2 The Provider remains responsible for the acts and omissions of any approved subcontractor.

11. TERM AND TERMINATION

11.1 This Agreement takes effect on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

11.3 If the Customer terminates under clause 11.2, the Provider shall refund the part of the subscription fee paid for the period after termination.

12. FORCE MAJEURE

12.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including failure of satellites or ground stations operated by third parties, provided it notifies the other party promptly.

12.2 If a force majeure event prevents the delivery of a Data Product for more than 60 days, either party may terminate this Agreement for that Data Product with a pro rata refund.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules in force when the application is filed. The award is final and binding.

14. GENERAL

14.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Notices shall be given in writing to the addresses above and by email to the contacts named in the onboarding plan.

14.3 Neither party may assign this Agreement without the other party's prior written consent.

14.4 This Agreement is made in English and Chinese. Both versions have equal force.

SIGNED for the Customer: ____________________    SIGNED for the Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h599z01_water_group_leak_monitoring_platform", "pdf", "zh", "software"),
    "z02": ("h599z02_fibre_mill_spinning_line_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h599z03_childcare_chain_family_app_saas", "txt", "zh", "cloud"),
    "z04": ("h599z04_library_self_service_kiosk_om", "txt", "zh", "services"),
    "z05": ("h599z05_malatang_kitchen_mes_supplier_template", "md", "zh", "software"),
    "e01": ("h599e01_tms_perpetual_licence_accra_vendor", "pdf", "en", "software"),
    "e02": ("h599e02_lms_saas_order_form_lome_vendor", "md", "en", "cloud"),
    "e03": ("h599e03_warehouse_sensors_monitoring_cotonou_vendor", "docx", "en", "hardware"),
    "e04": ("h599e04_managed_infrastructure_abuja_vendor", "md", "en", "services"),
    "e05": ("h599e05_agro_data_api_subscription_niamey_vendor", "txt", "en", "cloud"),
}

G, S = "goods_or_licence", "service"


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, w, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": ds, "buyer_owns_data": own, "confidentiality": conf, "ld_rate_per_day_pct": ld,
            "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": w, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


# terms, extra (sla_clause, ld_stated, capped or None, deemed, contract_value), TCO fee base, forum outside mainland
LABELS = {
    "z01": (T(99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, True, "PRC", G),
            (True, True, True, False, 1764000), 980000, False),
    "z02": (T(None, 0.5, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 24, 7, False, False, False, "PRC", G),
            (True, True, True, False, 2644000), 2146000, False),
    "z03": (T(99.95, 0.25, True, "buyer", True, False, True, 500 / 648000 * 100, None, None, True, None, None, None,
              True, True, False, "PRC", S), (True, True, None, False, 648000), None, False),
    "z04": (T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
              "PRC", S), (True, True, None, False, 386000), None, False),
    "z05": (T(None, None, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 26, False, True, None,
              None, G), (False, True, True, True, 894000), 760000, False),
    "e01": (T(None, 1, True, "buyer", True, True, True, 1200 / 1670000 * 100, 150, 20, True, True, 18, 13, False, True,
              False, "Ghana", G), (True, True, True, False, 1670000), 1120000, True),
    "e02": (T(99.95, 0.5, True, "buyer", True, True, True, 600 / 752000 * 100, 6 / 24 * 100, None, True, None, None,
              None, True, True, True, "PRC", S), (True, True, None, False, 752000), None, False),
    "e03": (T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8.5, False, True, False, "PRC",
              G), (True, True, True, False, 1684000), 1422200, False),
    "e04": (T(99.5, 0.25, True, "buyer", False, True, True, 1500 / 2184000 * 100, 150, None, True, None, None, None,
              False, True, False, "PRC", S), (True, True, None, False, 2184000), None, False),
    "e05": (T(99.95, 1, False, "buyer", True, True, False, None, 150, None, True, None, None, None, False, True, False,
              "PRC", S), (True, False, None, False, 568000), None, False),
}

DESIGN = {
    "z01": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z02": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, base, cv):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (cv + fees) * 100


def derive(key):
    t, (sla, lds, capped, deemed, cv), base, forum_out = LABELS[key]
    r = set()
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
    if not lds:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, base, cv)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = [
    r"(?<![\d.])99\.90*(?![\d])",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![a-z])four[\s-]*hours?", r"四个?小时",
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![十\d])", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.,])100" + PCT, r"百分之一?百(?![分])", r"one\s*hundred" + PCT,
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z])thirty" + PCT,
    r"(?<![\d.,])15" + PCT, r"百分之十五(?![点])", r"(?<![a-z])fifteen" + PCT,
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z])forty" + PCT,
    r"(?<![\d.])12[\s-]*months?", r"(?<![a-z])twelve[\s-]*months?", r"十二个月", r"(?<![\d.])12\s*个月",
    r"(?<![\d.])5[\s-]*years?", r"(?<![a-z])five[\s-]*years?", r"(?<![\d〇零一二三四五六七八九十])五年",
    r"(?<![\d.])5\s*年(?!\d)",
]
THRESH_RE = re.compile("|".join(THRESH), re.I)
MUST_HIT = ["99.9%", "99.90%", "4 hours", "4小时", "四小时", "four hours", "0.05%", "0.05 per cent", "万分之五", "100%",
            "100 per cent", "百分之百", "30%", "百分之三十", "thirty per cent", "15%", "百分之十五", "40 %", "百分之四十",
            "12 months", "12-month", "twelve months", "十二个月", "12个月", "5 years", "five years", "五年", "5年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.055%", "1.05%", "万分之五十", "150%", "115%", "0.15%",
             "2.5%", "130%", "140%", "8.5%", "18 months", "2025年", "3 years", "二〇二五年", "百分之三十五", "25 years"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(variant)]
    return hits


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert THRESH_RE.search(s), s
    for s in MUST_MISS:
        assert not scan(s), (s, scan(s))
    sources, targets = {}, {}
    for key, (stem, ext, lang, cat) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = SRC[key], (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(SRC[key], encoding="utf-8")
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (stem, ext, lang, cat) in FILES.items():
        t, (sla, lds, capped, deemed, cv), base, forum_out = LABELS[key]
        text = readback(OUT / (stem + "." + ext))
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        # label values never on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        sh = tco_share(t, base, cv)
        assert sh is None or abs(sh - 40) > 2, (key, sh)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        extra = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = cv
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print(key, ext, n, "tco=%s" % (None if sh is None else round(sh, 2)), risk(rules), rules)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert [k for k in DESIGN if not DESIGN[k]] == ["z04", "e03"] and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z01", "z02", "z03", "e02", "e04", "e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
