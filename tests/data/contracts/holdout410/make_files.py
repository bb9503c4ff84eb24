"""holdout410: ten blind, ordinary draft contracts (5 zh, 5 en) with labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the .txt/.md files directly, the .docx and
.pdf through ../word_pdf.py (wrap_words=True), writes the ten .json labels, derives each draft's expected rules from its
labels by my own reading of policy.md §3, checks them against the design list, asserts full coverage of the 20 CR rules,
measures lengths from the built files read back, and scans every source and built file for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青岚市林业和草原局森林防火监测预警平台建设项目政府采购合同
P:合同编号：QLLC-ZC-2026-017　　采购方式：公开招标　　项目编号：QLCG2026-0309
P:甲方（采购人）：青岚市林业和草原局　　地址：青岚市松涛路18号
P:乙方（供应商）：杭州瞭林数智科技有限公司　　地址：杭州市余杭区文一西路998号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青岚市森林防火监测预警平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“瞭林”森林防火监测预警平台软件永久使用许可（不限用户数，部署于甲方政务云），并完成以下定制开发：（1）前端瞭望塔视频与热成像火点识别模型的接入与告警联动；（2）护林员巡护移动端（含轨迹上报、隐患拍照上传）；（3）与省级森林防火指挥平台、气象部门火险等级数据的接口对接；（4）市、县、乡三级指挥大屏。
P:1.2 项目范围以招标文件技术需求及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾壹万陆仟元整（¥1,916,000），含税，包括软件许可、定制开发、部署实施、培训及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可|1,180,000
TB:2|定制开发（火点识别接入、巡护移动端、省级及气象接口、指挥大屏）|640,000
TB:3|部署实施及培训|96,000
TB:合计||1,916,000
P:2.2 除本合同另有约定外，甲方无需支付任何其他费用。政务云计算、存储资源由甲方另行申请，乙方应提前提交资源需求清单。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥383,200。
P:3.2 平台通过初步验收后十个工作日内，甲方支付合同总价的45%，即¥862,200。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥670,600。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，但不得无故拖延。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成全部开发与部署，并提交初步验收申请。乙方应派驻项目经理及不少于三名开发、实施人员，人员变更须经甲方书面同意。
P:4.2 乙方应在合同签订后十日内提交项目实施计划，每两周向甲方报送进度报告，并配合甲方完成政务云资源申请和等级保护测评工作。
P:4.3 乙方逾期完成的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
H:第五条 验收
P:5.1 初步验收：乙方完成部署后，由甲方组织按需求规格说明书逐项测试，全部测试用例通过、火点告警从识别到推送至指挥大屏不超过30秒、移动端在护林员实际巡护中连续使用十五日无严重缺陷，方为初步验收合格。
P:5.2 试运行：初步验收合格后进入为期六十日的试运行，试运行期间平台无一级故障，且经第三方测评机构完成安全测评，方可申请最终验收。
P:5.3 乙方应在申请验收时提交需求规格说明书、测试报告、用户手册、部署文档和源代码清单。
P:5.4 最终验收：由甲方组织专家按招标文件和本合同约定的标准进行，出具书面验收报告。平台上线使用或甲方支付款项均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内乙方每季度对平台进行一次巡检，防火紧要期（每年11月至次年5月）安排工程师驻场保障，并在重大节假日、高火险天气期间提供全天值守。
P:6.3 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费为平台软件许可费的8%，即每年¥94,400，自质保期满之日起三个年度内不得上调。
H:第七条 服务水平
P:7.1 平台在防火期内的月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或火点告警中断）乙方应在30分钟内响应，2小时内到场或远程恢复；二级故障应在2小时内响应，当日内解决。
P:7.3 乙方未达到上述响应或恢复要求的，每超时1小时向甲方支付500元；月度可用率每低于约定值0.01个百分点，扣减当年维护费用或质保金1,000元。
H:第八条 知识产权
P:8.1 平台原有软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的程序、源代码、接口文档及全部成果的知识产权归甲方所有，乙方应在最终验收时一并移交源代码和技术文档。
H:第九条 数据安全
P:9.1 平台采集、存储的视频、火情、巡护轨迹及护林员个人信息等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计，运维操作须经甲方堡垒机进行，不得将数据复制到甲方系统之外。
P:9.3 发生数据泄露等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:乙方对履行本合同知悉的甲方工作秘密、布防点位及未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 分包
P:本项目不允许分包或转包。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 培训与履约保证
P:14.1 乙方应建立项目质量管理制度，关键节点成果须经甲方书面确认后方可进入下一阶段。
P:14.2 乙方应为市级指挥中心及各县区管理员、护林员分别开展集中培训和现场培训，累计不少于六场，并提供操作手册和视频教程。
P:14.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第十五条 不可抗力
P:因地震、洪水、重大火灾等不可抗力导致不能履行的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免责；不可抗力持续超过九十日致使合同目的不能实现的，任何一方可书面解除合同。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：青岚市林业和草原局　　　　乙方（盖章）：杭州瞭林数智科技有限公司
P:法定代表人或授权代表：________　　　　法定代表人或授权代表：________
P:签订日期：2026年3月　日
"""

Z02 = """T:超高温瞬时杀菌机控制系统改造及维保合同
P:合同编号：MY-SB-2026-042
P:甲方：内蒙古牧源乳业有限公司（买方）　　地址：呼和浩特市金山开发区乳业大街6号
P:乙方：上海科隆自动化工程有限公司（卖方）　　地址：上海市闵行区春申路1288号
P:鉴于甲方液态奶车间两条UHT超高温瞬时杀菌生产线的控制系统已运行多年、备件停产，甲方决定对其进行改造。双方经友好协商，就控制系统硬件供货、软件许可、编程调试、安装验证及维保服务订立本合同。
H:一、合同标的与价格
P:（一）乙方负责两条杀菌线原继电器及老旧PLC控制系统的整体改造，包括控制柜、人机界面、温度与流量检测仪表、批次记录软件的供货，以及控制程序编写、安装、调试和验证。
P:（二）合同总价为人民币玖拾肆万肆仟元整（¥944,000），含13%增值税、运输、保险及质保期内服务。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制系统硬件（含控制柜、冗余电源）|2套|368,000
TB:2|HMI触摸屏及工控机|2套|86,000
TB:3|温度、流量传感器及无纸记录仪|1批|124,000
TB:4|杀菌批次记录与追溯软件许可（永久）|1套|150,000
TB:硬件及软件许可小计|||728,000
TB:5|控制程序设计、编程及调试|1项|156,000
TB:6|安装、现场验收测试及工艺验证|1项|48,000
TB:7|操作及维护培训|1项|12,000
TB:合计|||944,000
P:（三）上述价格为固定总价，除甲方书面变更需求外不作调整。技术协议与本合同正文不一致的，以对甲方更有利的约定为准。
P:（四）乙方应指派具有乳品行业杀菌设备改造经验的项目经理负责本项目，项目经理未经甲方同意不得更换。乙方应在合同生效后十日内提交详细设计方案、施工计划和停产切换计划，经甲方工艺、设备部门会签后实施。
H:二、付款
P:（一）合同生效后十五个工作日内，甲方支付合同总价的20%，即¥188,800。
P:（二）设备全部到货并经甲方清点无误后十五个工作日内，甲方支付合同总价的35%，即¥330,400。到货清点不视为验收。
P:（三）系统通过最终验收后十五个工作日内，甲方支付合同总价的45%，即¥424,800。
H:三、交货与工期
P:（一）乙方应于合同生效后六十日内将全部设备运抵甲方车间。改造施工须利用甲方安排的停产检修窗口进行，每条线停产不超过七日。
P:（二）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:（三）乙方进入甲方车间施工，应遵守甲方食品生产卫生管理规定，人员须持健康证并按要求更衣消毒，工具和材料进入灌装区前须经清洁检查；施工不得污染生产区域，动火、登高、带电作业须事先办理甲方作业许可。因乙方施工造成甲方设备损坏、产品报废或人员伤害的，由乙方负责赔偿。
P:（四）乙方应在改造前完成原系统程序和参数的备份，并编制停产切换方案报甲方批准；切换失败时应能在二十四小时内恢复原系统运行。
P:（五）设备应采用适合长途运输和防潮的包装，随货提供装箱单、合格证、仪表出厂校准证书。设备在交付甲方前的毁损、灭失风险由乙方承担。
H:四、验收
P:（一）改造完成后进行现场验收测试：杀菌温度控制精度±0.5℃，保持管出口温度低于设定值时自动转流，批次记录完整且不可篡改，报警及联锁功能逐项测试合格。
P:（二）现场测试合格后，两条线连续试生产二十日，产品经甲方质检部门微生物检测全部合格，且期间未发生因控制系统导致的停机，方为最终验收合格，双方签署验收报告。
P:（三）试生产期间甲方使用设备生产的产品不视为对系统的验收。
P:（四）验收不合格的，乙方应在十五日内整改并重新组织测试，因此延误的时间计入乙方逾期天数。验收所需的检测仪器和测试用料由乙方准备。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件本身原因出现的故障，乙方免费维修或更换。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费为硬件及软件许可小计的9%，即每年¥65,520，质保期满后三个年度内不上调，具体另签维保合同。
P:（三）乙方应随设备免费提供两年用量的易损件和一套关键备件（CPU模块、电源模块、温度变送器各一件），并提供完整的电气图纸、程序清单、操作规程和维护手册。
P:（四）乙方应对甲方操作人员、电气维修人员和质量管理人员分别进行培训，培训合格后方可上岗操作新系统。
H:六、维保服务水平
P:（一）一级故障（杀菌线控制失灵、停机或温度记录中断）：乙方在1小时内响应并远程诊断，8小时内工程师到场。二级故障（单台仪表或记录异常）：乙方在当日内响应，四十八小时内到场。
P:（二）乙方每超过约定响应或到场时间1小时，向甲方支付200元，从维保费或质保金中扣除。
P:（三）质保期内乙方每季度上门巡检一次，检查控制柜、仪表校准状态和软件运行日志，并出具巡检报告。
P:（四）维保期内乙方每年提供两次预防性维护，包括仪表校准、程序备份、控制柜清洁和软件补丁更新，并为甲方提供全天候电话技术支持。
H:七、知识产权与数据
P:（一）乙方为本项目编写的PLC控制程序、HMI画面及配置文件的知识产权归甲方所有，乙方应在验收时交付源程序及注释。批次记录软件的著作权归乙方，甲方取得永久使用许可。
P:（二）生产工艺参数、批次记录等数据属于甲方，乙方只能为履行本合同使用。乙方远程维护须经甲方批准并通过甲方指定的VPN进行，不得留存或外传甲方数据；乙方人员应遵守甲方数据安全和食品安全管理制度。因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任。
H:八、保密
P:双方对在履行合同中获悉的对方技术资料、配方工艺及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至相关信息公开时止。
H:九、分包
P:乙方可将现场安装、电缆敷设等辅助工作分包给具备相应资质的单位，但应在进场前书面通知甲方；乙方对分包单位的工作向甲方负责。
H:十、违约责任、不可抗力与合同解除
P:（一）乙方交付的设备、软件不符合技术协议要求的，乙方应在十日内免费更换或整改，并承担由此增加的费用；整改后仍不合格的，乙方应按不合格部分价款的10%支付违约金，并赔偿甲方因停产造成的直接损失。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:（三）因不可抗力不能履行合同的，受影响方部分或全部免责，但应及时通知对方。
P:（四）因不可抗力致使合同目的不能实现的，双方可以协商解除合同。
H:十一、法律适用与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交呼和浩特仲裁委员会仲裁。
H:十二、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备清单、验收测试方案。
P:甲方（盖章）：内蒙古牧源乳业有限公司　　乙方（盖章）：上海科隆自动化工程有限公司
P:授权代表：________　　　　授权代表：________
P:日期：2026年4月　日
"""

Z03 = """琴行排课及学员管理系统SaaS服务及实施合同

合同编号：YL-SaaS-2026-0115

甲方（客户）：成都悦律琴行连锁管理有限公司
地址：成都市武侯区科华北路62号
乙方（服务商）：深圳课栈云科技有限公司
地址：深圳市南山区科苑南路3099号

鉴于甲方在成都、重庆、绵阳等地经营24家钢琴培训琴行，需要统一的排课、学员管理、课消及家长沟通系统；乙方提供“课栈”SaaS平台服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方24家琴行开通“课栈”平台订阅服务，包括：排课与琴房管理、教师课表、学员档案与课时包、课消及续费提醒、家长端小程序、财务对账报表。
1.2 乙方负责实施服务：历史学员及课时数据迁移、门店与琴房配置、与甲方用友财务系统的对账接口开发、两套定制经营分析报表，以及对各门店店长和前台的培训。
1.3 服务期内乙方对平台标准功能的升级、修复免费向甲方提供，重大版本升级前应提前十日通知甲方并提供操作说明，不得降低甲方已使用功能。
1.4 订阅服务期为两个服务年度，自2026年6月1日起至2028年5月31日止。

2. 费用
2.1 合同总价为人民币叁拾陆万肆仟肆佰元整（¥364,400），含6%增值税：
    订阅费：每家琴行每个服务年度6,800元，24家共计163,200元/服务年度，两个服务年度合计326,400元；
    实施费（一次性）：38,000元。
2.2 短信通知按实际发送量另行结算，不计入合同总价。
2.3 上述费用已包含平台服务、系统运维、数据存储、家长端小程序、标准功能升级和客服支持，乙方不得另行收取其他费用。

3. 付款
3.1 实施费在上线验收合格后十个工作日内一次性支付。
3.2 订阅费按季度支付，每季度首月十日前支付当季费用40,800元，首期自上线验收合格之日所在季度起算。
3.3 乙方收款前开具增值税专用发票。
3.4 本合同订阅服务期内，订阅单价固定不变；甲方减少琴行的，自下一季度起按实际开通门店数计费。

4. 实施与验收
4.1 乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
4.2 上线验收标准：（1）全部历史学员档案和剩余课时迁移完整，抽查200条与原系统一致；（2）24家琴行排课、调课、课消、请假补课流程测试通过；（3）家长端小程序能正常接收上课提醒和课后点评；（4）对账接口与用友财务系统连续十日数据一致；（5）两套定制报表经甲方确认。
4.3 甲方在收到申请后七个工作日内组织验收，不合格的乙方应在十日内整改后重新验收。系统试用或甲方门店开始使用均不视为验收合格。
4.4 乙方应在实施期间每周提交进度报告，数据迁移前须经甲方确认迁移方案和字段映射表。
4.5 因乙方原因逾期完成实施的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。

5. 服务水平
5.1 平台月度可用率不低于99.5%，计划内维护应安排在每日22:00至次日7:00之间并提前三日通知。
5.2 一级故障（平台无法登录或排课、课消功能整体不可用）：乙方在30分钟内响应，3小时内恢复；二级故障在2小时内响应，次一工作日内解决。
5.3 乙方提供工作日9:00至21:00的在线客服和电话支持，周末及寒暑假排课高峰期提供值班支持；乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
5.4 月度可用率每低于约定值0.5个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障恢复超时的，每超时1小时按当月订阅费的1%抵扣，当月抵扣合计不超过当月订阅费。

6. 数据
6.1 甲方在平台中录入和产生的学员、家长、教师、课时及财务数据归甲方所有。合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并在导出确认后删除。
6.2 乙方应每日对甲方数据进行增量备份、每周全量备份，备份数据保存于中国境内，并每季度进行一次恢复演练，数据恢复点不早于故障前一日。
6.3 甲方同意，乙方可将甲方数据进行去标识化处理后，用于平台功能改进、产品研发及发布行业分析报告。

7. 数据安全
7.1 乙方应按网络安全等级保护第三级要求运行平台，对学员（含未成年人）个人信息加密存储，实行最小权限访问和操作日志留存。
7.2 发生个人信息泄露等安全事件的，乙方应在24小时内通知甲方并协助向监管部门报告。因乙方原因造成数据泄露的，乙方承担由此产生的全部责任，赔偿甲方及学员的损失。

8. 保密
双方对履行本合同获知的对方商业秘密、价格、学员名单等信息负有保密义务，未经对方书面同意不得披露，合同终止后三年内继续有效。

9. 知识产权
9.1 课栈平台及其标准功能的知识产权归乙方所有。
9.2 乙方为甲方开发的对账接口和两套定制报表的知识产权归甲方所有，甲方可自由使用、修改。

10. 续期
10.1 订阅服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
10.2 续期时乙方有权根据市场情况调整订阅单价，并以书面或平台公告方式通知甲方，调整后的价格自续期之日起执行。

11. 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第7条造成的损失不受此限。

12. 分包
乙方不得将本合同项下服务转包，未经甲方书面同意亦不得分包。

13. 合同解除
13.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未使用期间的订阅费。
13.2 平台连续两个月可用率低于约定值的，甲方有权解除合同。

13.3 合同解除或终止的，乙方应按第6.1条协助甲方导出数据，并在此之前保持甲方账号只读可用不少于三十日。

14. 法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

15. 双方其他义务
15.1 甲方应指定项目负责人，及时确认需求、配置方案和迁移结果，提供历史数据和门店、琴房、教师基础资料，并组织门店人员参加培训。
15.2 乙方应为甲方每家琴行的店长和前台提供不少于两场培训，上线后首月安排专人驻场或远程陪跑，新开琴行开通时免费提供配置和培训。
15.3 甲方新增琴行的，按每家每个服务年度6,800元的同等单价按剩余月份折算增加订阅费。

16. 不可抗力
因不可抗力或基础电信网络大面积中断导致服务中断的，受影响方应及时通知对方，在影响范围内免责，但应尽力减少损失；该期间不计入可用率考核的除外时间应有书面证明。

17. 其他
17.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
17.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都悦律琴行连锁管理有限公司
乙方（盖章）：深圳课栈云科技有限公司
日期：2026年5月　日
"""

Z04 = """滨江市不动产登记中心不动产登记业务系统年度运维服务合同

项目名称：不动产登记业务系统年度运维服务
采购方式：竞争性磋商（项目编号：BJCG-2026-CS-021）
合同编号：BJBDC-YW-2026-03

甲方（采购人）：滨江市不动产登记中心
乙方（成交供应商）：南京智图信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就不动产登记业务系统运维服务事宜达成如下协议。

（1）服务范围
乙方为甲方不动产登记业务系统（含受理、审核、登簿、缮证、发证、档案、互联网+不动产登记、与税务和住建部门的接口）及其数据库、中间件提供运维服务，包括：日常巡检、故障处理、系统优化、配合业务规则调整的小型功能修改（全年不超过120人日）、数据治理、安全加固、节假日保障和配合年度等级保护测评。

具体服务内容如下：
① 日常巡检：每日检查应用服务器、数据库服务器、存储和备份任务运行状态，检查接口调用日志和异常登簿记录，发现问题当日处理并记录。
② 故障处理：对系统故障、数据异常、接口中断进行诊断和修复，必要时协调原厂、网络运营商和政务云服务商共同处理。
③ 系统优化：每季度对数据库进行性能分析，清理冗余数据，优化慢查询，保证高峰时段受理和审核操作流畅。
④ 数据治理：配合甲方开展历史登记数据整合、图属关联和问题数据清理，每月提交数据质量报告。
⑤ 安全加固：按甲方要求及时修补系统漏洞，配合开展网络安全检查和渗透测试整改。
⑥ 应急保障：制定系统故障和数据恢复应急预案，每半年组织一次应急演练。

（2）服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满，甲方按规定另行组织采购，本合同不自动延续。

（3）服务方式与人员
乙方应在合同签订后七日内完成人员进场和系统交接，熟悉系统架构、业务流程和现有运维文档。
① 乙方派驻2名运维工程师常驻甲方办公场所，工作时间与甲方窗口服务时间一致，周六窗口开放日安排值班；另配备1名数据库工程师和1名项目经理提供远程支持。
② 驻场人员须具备三年以上同类系统运维经验，名单报甲方备案，更换须提前十日征得甲方书面同意。

（4）合同价款及支付
① 本合同总价为人民币肆拾陆万捌仟元整（¥468,000），为固定总价，含驻场人员、远程支持、备品备件及税费。
② 服务费按季度支付，每季度¥117,000。每季度结束后，甲方依据服务质量考核结果在十五个工作日内支付当季服务费，考核扣款从当季服务费中扣除。
③ 甲方不支付预付款。
④ 小型功能修改超过120人日的部分，由双方另行协商并按规定履行采购程序，乙方不得以此为由拒绝或拖延合同范围内的服务。

④ 乙方应为驻场人员缴纳社会保险，驻场人员须遵守甲方考勤、安全和机房管理制度，因乙方人员违反甲方制度造成损失的由乙方负责。

（5）服务水平
① 不动产登记业务系统在窗口服务时间内的可用率不低于99.95%。
② 一级故障（系统整体不可用、无法登簿或发证）：15分钟内响应，1小时内到场处置，2小时内恢复业务；二级故障（单一功能或接口不可用）：30分钟内响应，8小时内解决；三级故障：1个工作日内解决。
③ 乙方每日巡检并填写巡检记录，每月提交运维月报，重大节假日前完成专项检查。
④ 运维月报应包括系统运行情况、故障清单及处理结果、变更记录、数据质量问题、安全漏洞整改情况和下月工作计划。
⑤ 春节、国庆等长假及不动产集中办理期间，乙方应增派一名工程师现场值守，并保持远程支持人员全天可联系。

（6）考核与扣款
① 甲方按季度对乙方服务进行考核，考核表见附件一，考核内容包括故障响应及时率、问题解决率、巡检完成情况、文档规范性和业务科室满意度，满分100分。考核结果由双方签字确认。
② 一级故障未按时恢复的，每超时1小时扣减当季服务费2,000元；窗口服务时间内可用率每低于约定值0.01个百分点，扣减当季服务费1,000元；驻场人员无故缺岗的，每人次扣减500元。
③ 季度考核得分低于80分的，甲方书面约谈乙方；连续两个季度低于80分的，甲方有权解除合同。

（7）验收
乙方应在服务期满前十五日提交年度运维总结报告，内容包括全年故障统计、系统性能变化、数据治理成果、安全整改情况和下一服务年度运维建议。服务期满后，甲方依据磋商文件服务要求、四个季度考核结果、运维文档移交情况组织年度服务验收：全部季度考核得分不低于80分、小型功能修改均已上线并经业务科室确认、运维手册和配置清单完整移交，方为验收合格。

（8）数据安全
① 不动产登记数据及权利人个人信息属于甲方，乙方仅可为本合同运维目的访问，不得用于任何其他目的。
② 乙方所有运维操作须通过甲方堡垒机进行并留存日志，不得私自导出、复制数据，不得在互联网终端存储甲方数据，对生产库的变更须经甲方审批。
③ 发生数据泄露、篡改、丢失等安全事件的，乙方应立即报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

④ 乙方驻场及远程人员均须签署个人数据安全承诺书，离场时由甲方收回账号和权限。

（9）知识产权
乙方在服务期内为甲方编写的脚本、程序修改、运维文档等成果的知识产权归甲方所有。

乙方使用的第三方工具软件应为合法授权，因侵犯第三方权利引起的纠纷由乙方负责处理并承担费用。

（10）分包
乙方不得将本合同服务转包或分包。

（11）违约责任
乙方未按合同约定提供服务的，除按第（6）项扣款外，应赔偿甲方因此遭受的实际损失。甲方逾期支付服务费的，应按同期贷款市场报价利率向乙方支付利息。

（12）合同解除
服务期内乙方出现以下情形之一的，视为严重违约：擅自撤离驻场人员、拒不执行甲方安全管理要求、因乙方原因发生重大数据安全事件。
乙方严重违约或出现第（6）项第③目情形的，甲方有权书面通知解除合同，并按实际服务时间和考核结果结算服务费。

（13）服务交接
服务期满前三十日，乙方应编制交接计划报甲方确认。服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的新服务商完整移交系统账号、配置清单、运维记录、脚本和文档，并配合完成交接，交接期间不得中断服务。

（14）甲方义务
甲方应为驻场人员提供办公场所和必要的网络、设备条件，按时支付服务费，组织季度考核，及时审批运维变更申请，指定专人负责与乙方的日常联系。

（15）争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（16）其他
本合同一式五份，甲方三份，乙方两份，经双方签章后生效。磋商文件、响应文件、成交通知书及附件为合同组成部分。

附件一：运维服务质量季度考核表（略）

甲方（盖章）：滨江市不动产登记中心　　　　乙方（盖章）：南京智图信息技术有限公司
签订日期：2026年3月　日
"""

Z05 = """# 云酿MES生产执行系统软件许可及实施合同（标准文本 V3.0）

**合同编号：** YN-MES-2026-088

**甲方（用户）：** 桂林漓香腐乳食品有限公司　　地址：桂林市临桂区食品工业园8号

**乙方（供应商）：** 广州云酿软件科技有限公司　　地址：广州市天河区软件路15号

> 本合同采用乙方标准合同文本。甲方向乙方购买云酿MES生产执行系统软件使用许可及定制开发、实施服务，双方经协商一致签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供云酿MES系统永久使用许可，覆盖豆坯制作、前期发酵、腌坯、装坛、后期发酵、灭菌包装六个工序，含生产计划、批次追溯、质量检验、仓储物料和设备管理模块，授权并发用户80个。

1.2 乙方根据甲方需求调研结果，在标准产品基础上进行定制开发：发酵房温湿度采集系统对接、坛号与批次一一对应的追溯功能、与甲方金蝶ERP的物料及成品接口、车间看板。

1.3 乙方负责系统部署、基础数据初始化、上线辅导及用户培训。

1.4 本系统采用B/S架构，车间终端可使用工业平板或扫码枪录入，支持离线暂存。系统的功能范围以乙方产品说明书及双方签署的需求确认书为准。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云酿MES软件永久许可（六工序、80并发用户） | 900,000 |
| 2 | 定制开发（温湿度采集对接、坛号追溯、金蝶ERP接口、车间看板） | 320,000 |
| 3 | 部署实施及培训 | 80,000 |
| | 合计 | 1,300,000 |

合同总价为人民币壹佰叁拾万元整（¥1,300,000），含税。

上述价格不包括服务器、操作系统、数据库软件、工业网关及温湿度传感器等硬件，由甲方按乙方提供的配置清单自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即¥650,000，乙方收到款项后启动项目。

3.2 系统上线后十个工作日内，甲方支付合同总价剩余的50%，即¥650,000。

3.3 甲方逾期付款的，乙方有权暂停服务，顺延工期。

## 第四条 项目实施

4.1 乙方应在收到首笔款项后一百二十日内完成系统部署和定制开发，并在甲方车间上线运行。

4.2 甲方应提供服务器、网络环境、现场设备接口资料及基础数据，并指定项目联系人。甲方应在乙方提出需求后五个工作日内完成需求确认、测试数据准备和阶段成果确认，逾期未确认的视为确认。因甲方原因导致延误的，工期相应顺延。

4.3 乙方逾期完成上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

4.4 项目实施分为需求调研、方案确认、开发测试、部署上线四个阶段。需求调研结束后，双方签署需求确认书；需求确认后甲方提出的新增或变更需求，由双方另行评估工作量和费用。

4.5 乙方为甲方的车间主任、质检员、仓管员和系统管理员提供集中培训和上机实操培训，培训资料以电子版形式提供。

## 第五条 上线与验收

5.1 系统部署完成、在甲方车间上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后使用系统的，视为认可系统符合合同约定。

## 第六条 质保与维护

6.1 乙方提供六个月免费质保期，自系统上线之日起计算。质保期内乙方免费修复软件缺陷。

6.2 质保期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的25%，即每年¥225,000，包括远程支持、缺陷修复和版本升级。

6.3 年度维护费于每个维护年度开始前一次性支付。甲方未续签维护合同的，乙方不再提供缺陷修复和版本升级；甲方日后恢复维护的，应补缴中断期间的维护费。

## 第七条 技术支持

7.1 乙方提供工作日远程技术支持。一级故障（系统无法使用、生产无法录入）乙方在8小时内响应；其他问题在2个工作日内响应。

7.2 乙方提供400服务热线和在线工单系统，甲方应通过工单系统提交问题并描述故障现象。乙方服务时间为工作日9:00至18:00，节假日不提供远程支持。

7.3 需要现场服务的，乙方在双方确认后安排工程师到场，差旅费用由甲方承担。

## 第八条 知识产权

8.1 云酿MES系统及本项目定制开发形成的全部程序、源代码、文档的知识产权均归乙方所有。

8.2 甲方在本合同范围内享有对上述成果的永久使用权，但不得修改、反向工程或许可第三方使用。

## 第九条 数据安全与数据归属

9.1 甲方生产、质量、配方工艺及库存数据属于甲方。乙方仅为实施和维护目的访问甲方系统，不得将甲方数据用于其他目的。

9.2 乙方远程访问须经甲方开通临时账号，乙方应采取必要的安全措施防止数据泄露、篡改和丢失；因乙方原因造成数据安全事件的，乙方应赔偿甲方由此遭受的损失。

9.3 甲方应自行负责服务器的日常备份、病毒防护和网络安全。因甲方网络环境、操作不当或第三方原因造成的数据问题，乙方不承担责任。

## 第十条 保密

双方对在合作中获知的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期至该信息依法公开时止。

## 第十一条 责任限制

乙方在本合同项下的全部赔偿责任总额，不超过合同总价的50%。乙方对甲方的间接损失、利润损失不承担责任。

## 第十二条 合同解除

12.1 乙方逾期上线超过九十日，或乙方人员严重违反甲方生产现场安全卫生规定，或交付的系统存在严重缺陷经甲方书面通知后三十日内仍未修复的，甲方有权解除合同。

12.2 甲方逾期付款超过六十日的，乙方有权解除合同，已收款项不予退还。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。不可抗力包括但不限于自然灾害、政府行为、疫情、网络运营商故障及大规模网络攻击。

## 第十五条 通知与送达

双方的通知、确认及变更文件均以书面形式发送至本合同首部所列地址或双方项目联系人的电子邮箱，电子邮件发出即视为送达。

## 第十六条 其他

16.1 本合同附件包括报价单、需求确认书和实施计划，附件与本合同正文不一致的，以本合同正文为准。

16.2 本合同签订后，甲方采购订单或其他文件中与本合同不一致的条款不发生效力，双方另有书面补充协议的除外。

16.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：桂林漓香腐乳食品有限公司　　　乙方（盖章）：广州云酿软件科技有限公司

日期：2026年5月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RVA-CN-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made on 16 March 2026 between:
P:(1) Rift Valley Agritech Software Limited, a company incorporated in Kenya with its registered office at Kenyatta Avenue, Nakuru, Kenya (the "Vendor"); and
P:(2) Yunnan Cloud Peak Tea Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Dianchi Road, Kunming, Yunnan Province (the "Customer").
P:Background: The Vendor develops FarmTrace, a farm-to-cup traceability and outgrower management software used by tea and coffee processors. The Customer buys green leaf from about 3,600 smallholder growers and runs two processing factories. The Customer wishes to acquire perpetual licences of FarmTrace, together with implementation, integration and training services, and the Vendor has agreed to provide them on the terms below. At the Customer's request, all prices are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the FarmTrace server application, the FarmTrace Field mobile application and the related documentation, in the version current at the date of this Agreement, and all updates provided under this Agreement.
P:1.2 "Customised Deliverables" means the interface between the Software and the Customer's Kingdee ERP system, the grower payment export, the Chinese-language label templates and any other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.4.
P:1.4 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including grower records, plot locations, purchase weights and payment records.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in Kunming for the Customer's internal business, for one server instance and sixty named users. The Customer may make backup copies.
P:2.2 The Vendor shall install and configure the Software, migrate the Customer's existing grower register, develop the Customised Deliverables, and train the Customer's staff, as described in the Statement of Work attached as Schedule 1.
H:Article 3 Fees
P:3.1 The Contract Price is CNY 984,000, inclusive of all taxes applicable in Kenya, and is made up as follows:
P:(a) FarmTrace server licence (perpetual, one instance): CNY 420,000;
P:(b) FarmTrace named user licences (perpetual, 60 users at CNY 4,500): CNY 270,000;
P:Licence subtotal: CNY 690,000;
P:(c) implementation and configuration services: CNY 186,000;
P:(d) ERP integration and grower payment export: CNY 84,000;
P:(e) training (two on-site sessions in Kunming and remote follow-up): CNY 24,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff for the work in Schedule 1 are included.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments:
P:(a) 10% (CNY 98,400) within 15 days after signature of this Agreement and receipt of the Vendor's invoice;
P:(b) 45% (CNY 442,800) within 15 days after the Software has been installed in the Customer's environment and the grower register has been migrated;
P:(c) 45% (CNY 442,800) within 15 days after Final Acceptance.
P:4.2 Payments shall be made by bank transfer to the account named in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and deliver all Customised Deliverables for testing within 100 days after signature.
P:5.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:5.3 Acceptance testing shall follow the test plan agreed in Schedule 2. The acceptance criteria are: (a) all test cases in the test plan are passed with no open critical or major defect; (b) the migrated grower register reconciles with the Customer's source records, checked on a sample of 500 growers; (c) purchase weights and payments posted from the Software are received correctly by the ERP system for 20 consecutive working days; and (d) the field application works offline and synchronises correctly on the Customer's devices in at least three collection stations.
P:5.4 When the criteria are met, the Customer shall issue a written Final Acceptance certificate within 10 working days. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customised Deliverables will perform materially in accordance with the documentation and Schedule 1 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 After the warranty period the Customer may buy annual support. The annual support fee is 11% of the licence subtotal, i.e. CNY 75,900 per year, fixed for the first three support years; thereafter any increase shall not exceed 3% per year.
P:6.3 Support requests are classified by priority. Priority 1 means the Software is down or grower purchases cannot be recorded at any factory. For Priority 1 the Vendor shall respond within 1 hour, 24 hours a day during the harvest season (March to October) and during business hours otherwise, and shall restore service or provide a workaround within 8 hours. Priority 2 requests shall be responded to within 8 business hours.
P:6.4 For each full hour by which the Vendor exceeds the Priority 1 response or restoration time, the Vendor shall give a service credit of CNY 800, set off against the next payment or support fee due.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Customised Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation with Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Customised Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics or product development.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with named accounts and logging, and shall not copy Customer Data out of the Customer's environment. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law in respect of grower personal information.
P:8.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, shall cooperate in the response and shall be liable for all losses caused by an incident attributable to the Vendor.
H:Article 9 Confidentiality
P:Each party shall keep the other party's confidential information secret, including the Customer's grower lists and prices, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:10.2 The limit does not apply to breach of Article 8 or Article 9, infringement claims under Article 7.3, death or personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement starts on signature and, as to the licences, continues perpetually. Support after the warranty period is renewed only by a written order from the Customer.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates before Final Acceptance because of the Vendor's breach, the Vendor shall refund all amounts paid.
H:Article 13 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Kenya.
P:14.2 Any dispute shall first be discussed between senior managers of the parties. If not resolved within 30 days, it shall be referred to arbitration at the Nairobi Centre for International Arbitration under its rules, in English, by a sole arbitrator. The seat of arbitration is Nairobi.
H:Article 15 General
P:This Agreement, with Schedule 1 (Statement of Work) and Schedule 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:Signed for Rift Valley Agritech Software Limited: ____________________  Name / Title / Date
P:Signed for Yunnan Cloud Peak Tea Co., Ltd.: ____________________  Name / Title / Date
"""

E02 = """# ORDER FORM — RouteBook Field Sales Platform

**Order Form No.:** PS-OF-2026-0311

**Provider:** Pearl Shift Software Limited, Plot 14 Lumumba Avenue, Kampala, Uganda (registered in Uganda)

**Customer:** Hunan Xiangwei Foods Distribution Co., Ltd., 209 Furong Middle Road, Changsha, Hunan Province, People's Republic of China

This Order Form is entered into under, and incorporates, the RouteBook General Terms set out below (together, the "Agreement"). The Customer distributes packaged snacks and condiments to about 9,000 small shops in Hunan and uses a team of 150 field sales representatives. It wishes to use RouteBook to plan visit routes, take orders in shops, record shelf photos and collect payments. Prices are in Chinese Yuan (CNY) at the Customer's request.

## Section 1. Order Details

1.1 **Service:** RouteBook Field Sales Platform, Professional edition, hosted by the Provider, with the mobile app for Android devices and the web console for supervisors.

1.2 **Subscribed users:** 150 named field users and 12 supervisor accounts (supervisor accounts are included at no charge).

1.3 **Subscription Term:** two Subscription Years, from 1 May 2026 to 30 April 2028. The first Subscription Year runs from 1 May 2026 to 30 April 2027, and the second from 1 May 2027 to 30 April 2028.

1.4 **Onboarding Services:** configuration of the Customer's product catalogue (about 1,400 SKUs), price lists and sales territories; import of the shop master list; a connector for sending confirmed orders to the Customer's Kingdee ERP; three custom report templates (route coverage, sales by shop category, payment collection); and training of supervisors and field users in Changsha.

## Section 2. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, first Subscription Year | 150 users x CNY 720 | 108,000 |
| Subscription fee, second Subscription Year | 150 users x CNY 720 | 108,000 |
| Onboarding Services (one-time) | fixed price | 18,000 |
| **Total Contract Value** | | **234,000** |

2.1 Additional users may be added at any time at CNY 60 per user per month for the remainder of the Subscription Term. Additional users are not part of the Total Contract Value.

2.2 The subscription fee is fixed for the Subscription Term. All fees include VAT.

## Section 3. Invoicing and Payment

3.1 Subscription fees are invoiced quarterly in advance, at CNY 27,000 per quarter, starting on the first day of the Subscription Term. The Customer shall pay each invoice within 30 days of receipt.

3.2 The Onboarding Services fee is invoiced after Onboarding Acceptance under Section 4 and is payable within 30 days.

3.3 Payments are made by bank transfer in CNY to the Provider's account with its bank's Shanghai branch named in the invoice.

## Section 4. Onboarding and Acceptance

4.1 The Provider shall complete the Onboarding Services by 15 June 2026 (the "Target Go-Live Date").

4.2 Onboarding is accepted when all of the following are met: (a) the full product catalogue, price lists and shop master list are loaded and checked by the Customer on a sample of 300 records; (b) orders entered on the app by ten pilot users are received correctly by the Kingdee ERP for ten consecutive working days; (c) the three custom report templates produce results matching the Customer's own figures for the pilot period; and (d) all supervisors and field users have received training. The Customer shall confirm acceptance in writing within five working days after the criteria are met, or state which criteria are not met ("Onboarding Acceptance").

4.3 If Onboarding Acceptance is not reached by the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay delay damages of 0.1% of the Total Contract Value for each day of delay, up to a maximum of 10% of the Total Contract Value.

Signed for the Provider: ____________________ Name / Title / Date

Signed for the Customer: ____________________ Name / Title / Date

---

# RouteBook General Terms

## Section 5. Use of the Service

5.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive right to use the Service for its internal business by the number of users in the Order Form.

5.2 The Customer is responsible for its users' credentials and for the devices on which the mobile app is installed. The Customer shall not resell the Service or use it to build a competing product.

5.3 The Provider may update the Service from time to time, provided that updates do not materially reduce the functions the Customer has subscribed to.

## Section 6. Availability and Support

6.1 The Provider will use commercially reasonable efforts to make the Service available 24 hours a day, seven days a week, except for planned maintenance and events beyond its reasonable control.

6.2 The Provider offers support by e-mail and through the in-app help desk during its business hours, Monday to Friday. The Provider will use commercially reasonable efforts to respond to support requests promptly and to resolve them as soon as practicable, having regard to their urgency.

6.3 The Provider will publish planned maintenance windows in the web console in advance, and will try to schedule them outside the Customer's working hours in China.

## Section 7. Customer Data

7.1 "Customer Data" means all data submitted to the Service by or for the Customer, including shop details, orders, shelf photos, payment records and user location data collected during working hours.

7.2 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer under this Agreement and shall not use it for any other purpose.

7.3 The Customer may export Customer Data at any time through the web console in CSV format. For 30 days after the end of the Subscription Term, the Provider shall keep the Customer Data available for export and shall then delete it.

## Section 8. Intellectual Property

8.1 The Provider owns the Service, the RouteBook software and all improvements to them.

8.2 The ERP connector configuration and the three custom report templates created for the Customer under the Order Form are owned by the Customer once paid for. The Customer may use, modify and have them modified by others freely.

8.3 The Provider shall defend the Customer against any claim that the Service infringes a third party's intellectual property rights and pay the resulting damages and costs.

## Section 9. Confidentiality

9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including prices, customer lists and business plans, and shall use it only for the purposes of this Agreement.

9.2 Confidential information may be disclosed only to employees and advisers who need to know it and are bound by similar duties, or where required by law. This Section survives for three years after the end of the Agreement.

## Section 10. Warranties

10.1 The Provider warrants that the Service will perform materially in accordance with its published documentation and that the Onboarding Services will be performed with reasonable skill and care.

10.2 If the Service does not conform to this warranty, the Provider shall correct the non-conformity within a reasonable time. If it cannot do so, the Customer may terminate under Section 12 and receive a refund of prepaid fees for the remaining period.

## Section 11. Limitation of Liability

11.1 Each party's total liability arising out of or in connection with this Agreement is limited to 150% of the Total Contract Value.

11.2 Neither party is liable for indirect or consequential loss or loss of profits. These limits do not apply to breach of Section 9, the indemnity in Section 8.3, or fraud.

## Section 12. Term and Termination

12.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.

12.3 On termination by the Customer under Section 12.2, the Provider shall refund any fees paid for the period after termination.

## Section 13. Subcontracting and Assignment

13.1 The Provider shall not subcontract the performance of the Service or the Onboarding Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

## Section 14. Governing Law and Disputes

14.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

## Section 15. General

15.1 Notices shall be in writing and sent by e-mail to the contacts named in the Order Form, with a copy by courier for notices of breach or termination.

15.2 If the Order Form and these General Terms conflict, the Order Form prevails. This Agreement is the entire agreement between the parties about its subject matter.
"""

E03 = """T:Supply and Installation Contract for Cold-Store Temperature Monitoring Equipment
P:Contract No. CCL-PUR-2026-118
P:This Contract is made on 8 April 2026 between:
P:Kunming Chunlian Cold Chain Logistics Co., Ltd., 56 Guandu Industrial Park Road, Kunming, Yunnan Province, People's Republic of China (the "Buyer"); and
P:Kilimanjaro Instruments Limited, Sokoine Road, Arusha, Tanzania (the "Supplier").
P:Whereas the Buyer operates a cold-storage warehouse of 14 cold rooms and 3 blast freezers in Kunming for fruit, vegetables and frozen food, and requires a wireless temperature and humidity monitoring system with alarms and records suitable for food safety inspections; and whereas the Supplier has offered to supply and install such a system following the Buyer's request for quotation dated 2 March 2026, the parties agree as follows.
H:1 Definitions and Documents
P:1.1 "Equipment" means the sensors, gateways, door contacts and accessories listed in clause 2.
P:1.2 "Software" means the ColdWatch monitoring software licensed under clause 2, including the web dashboard and the mobile alarm app.
P:1.3 "Site" means the Buyer's cold-storage warehouse at 56 Guandu Industrial Park Road, Kunming.
P:1.4 The following documents form part of this Contract and are read in this order of priority: this Contract; Annex 1 (Technical Specification); Annex 2 (Acceptance Test Plan); the Supplier's quotation dated 20 March 2026.
H:2 Scope and Price
P:2.1 The Supplier shall supply, deliver to the Site, install, calibrate and commission the Equipment and Software, configure alarm rules and dashboards for the Buyer, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 464,000, including VAT, customs duties, freight to the Site, insurance and all costs of installation. Prices are fixed and itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|320|680|217,600
TB:2|LoRa gateway with 4G backup|12|5,400|64,800
TB:3|Door contact sensor|80|260|20,800
TB:4|ColdWatch software, perpetual licence, unlimited sensors at Site|1|96,000|96,000
TB:|Equipment and licence subtotal|||399,200
TB:5|Installation and commissioning|1|46,000|46,000
TB:6|Calibration certificates (traceable to national standards)|1|12,800|12,800
TB:7|Training of warehouse and maintenance staff|1|6,000|6,000
TB:|Contract Price|||464,000
H:3 Payment
P:3.1 The Buyer shall pay 20% of the Contract Price (CNY 92,800) within 20 days after signature of this Contract and receipt of an advance payment guarantee from the Supplier's bank for the same amount.
P:3.2 The Buyer shall pay 45% of the Contract Price (CNY 208,800) within 20 days after all Equipment has been delivered to the Site and checked against the packing lists. Delivery does not amount to acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 162,400) within 20 days after Final Acceptance under clause 5.
P:3.4 The Supplier shall issue a valid VAT invoice before each payment. The Buyer is not required to pay any amount other than the Contract Price for the scope in clause 2.
H:4 Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Site within 60 days after signature and complete installation and commissioning within 25 days after delivery.
P:4.2 Installation work inside cold rooms shall be carried out in the time slots agreed with the Buyer's warehouse manager, so that goods in storage are not exposed to temperatures outside their range. The Supplier's staff shall wear cold-room protective clothing and follow the Buyer's food hygiene and safety rules.
P:4.3 If the Supplier fails to deliver or to complete commissioning by the dates in clause 4.1, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:5 Testing and Acceptance
P:5.1 After commissioning, the parties shall carry out the tests in Annex 2. The acceptance criteria are: (a) every sensor, checked against a calibrated reference thermometer at two points, reads within plus or minus 0.3 C; (b) during a 14-day trial run, no sensor misses more than two scheduled readings in any day; (c) alarms for high temperature, low battery, door left open and gateway offline reach the duty phone and the dashboard within 60 seconds in every test; and (d) daily temperature reports for each cold room can be exported in the format required by the local market supervision bureau.
P:5.2 When all criteria are met, the Buyer shall sign a Final Acceptance certificate within 7 working days. If any criterion is not met, the Supplier shall remedy the defects and the tests shall be repeated at its cost.
P:5.3 Use of the system by the Buyer during the trial run does not amount to acceptance.
H:6 Warranty and After-Warranty Service
P:6.1 The Supplier warrants the Equipment and Software against defects in design, materials and workmanship for 24 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including sensor batteries that fail early, and provide software updates.
P:6.2 After the warranty period the Buyer may order annual maintenance. The annual maintenance fee is 7% of the equipment and licence subtotal, that is CNY 27,944 per year, and shall not be increased for the three years after the warranty period.
P:6.3 Service levels for faults: a Critical fault is the loss of monitoring or alarms for any cold room or blast freezer. For a Critical fault the Supplier's support centre shall respond within 30 minutes at any time of day and restore monitoring within 12 hours, using spare sensors and gateways held by the Buyer if needed. Other faults shall be responded to within 8 working hours and fixed within 5 working days.
P:6.4 For each hour by which the Supplier exceeds the Critical response or restoration time, the Supplier shall pay CNY 300, deducted from the warranty retention or the maintenance fee.
P:6.5 During the warranty period the Supplier shall carry out a preventive maintenance visit every six months, replace weak batteries, check the calibration of a sample of sensors against a reference thermometer and give the Buyer a written visit report.
P:6.6 The Supplier shall deliver, free of charge, a spare kit of 10 sensors and one gateway to the Site, to be held by the Buyer for fast replacement.
H:7 Intellectual Property
P:7.1 The Supplier or its licensors keep the intellectual property in the Software and in the firmware of the Equipment. The Buyer receives a perpetual licence to use them at the Site.
P:7.2 The alarm rules, dashboards, report formats and integration scripts made for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely.
H:8 Data and Data Security
P:8.1 All temperature, humidity, door and alarm records collected by the system are the Buyer's data. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose.
P:8.2 The Software shall be installed on the Buyer's server. Remote access by the Supplier is allowed only through the Buyer's VPN with named accounts, and all access is logged. The Supplier shall change all default passwords of the Equipment and follow the Buyer's information security rules.
P:8.3 The Supplier shall report any security incident affecting the system or the Buyer's data to the Buyer within 24 hours and is liable for all losses resulting from an incident caused by the Supplier or its staff.
H:9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer and storage information and the Supplier's pricing, and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the end of this Contract.
H:10 Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:11 Termination
P:11.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under clause 4.3 reach their maximum.
P:11.2 On termination under clause 11.1 the Supplier shall refund the payments received for Equipment not accepted and compensate the Buyer's losses.
H:12 Force Majeure
P:A party prevented from performing by force majeure shall notify the other promptly and is excused to the extent of the effect. If force majeure lasts more than 90 days, either party may terminate by written notice.
H:13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:14 General
P:Notices under this Contract shall be in writing and delivered to the addresses above. This Contract is made in English and Chinese in four originals, two for each party; both versions have equal effect. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: TH-MSA-2026-021

Between **Thousand Hills Managed Services Ltd**, KG 7 Avenue, Kacyiru, Kigali, Rwanda (the "Provider"), and **Zhejiang Hengtai Textile Machinery Co., Ltd.**, 1 Keqiao Industrial Road, Shaoxing, Zhejiang Province, People's Republic of China (the "Customer").

The Customer sells and services textile machinery in East Africa through a regional service depot in Kigali and sales offices in Nairobi and Dar es Salaam, with about 70 staff. The Customer's head office IT department in Shaoxing wants a local provider to run day-to-day IT operations at these three locations. The Provider offers managed desktop, network and backup services. The parties agree as follows. All amounts are in Chinese Yuan (CNY) at the Customer's request.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Start Date" means 1 July 2026, or the later date on which Transition Acceptance is given under clause 4.

1.3 "Service Year" means each of the periods from 1 July 2026 to 30 June 2027 and from 1 July 2027 to 30 June 2028.

## 2. SERVICES

2.1 The Provider shall provide the Services to the Customer's three locations from the Service Start Date until 30 June 2028 (the "Term"), which covers two Service Years of 24 months in total.

2.2 The Services include a service desk in English, French, Kiswahili and Chinese (through a Chinese-speaking coordinator in Kigali), remote monitoring of the Customer's network devices, servers and firewalls, patching of laptops and servers, monthly backup tests, on-site support at the Kigali depot two days a week and on request at the other two offices, and management of the Customer's internet links with local carriers.

2.3 The Provider shall assign a named service manager who meets the Customer's head-office IT department by video call every month to review the service report, open problems and planned changes.

2.4 The Provider shall carry out the Services in line with the Customer's head-office IT policies as notified to the Provider from time to time.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. The monthly service charge is fixed for the Term.

3.2 The monthly service charge is invoiced at the end of each month for the Services provided in that month and is payable within 30 days of the invoice. The one-time transition fee is invoiced after Transition Acceptance and is payable within 30 days.

3.3 No advance payment is due under this Agreement.

## 4. TRANSITION AND ACCEPTANCE

4.1 Before the Service Start Date the Provider shall carry out the transition described in Schedule 1, Part B.

4.2 Transition Acceptance is given by the Customer in writing when: (a) all devices in the asset register are enrolled in the Provider's monitoring and patching tools; (b) a full backup and a test restore of the file server in Kigali have been completed; (c) the service desk has handled test tickets in all four languages within the response times in Schedule 3; and (d) run books for all three locations have been delivered and approved by the Customer's IT department.

4.3 If Transition Acceptance is not reached by 1 July 2026 for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 900 for each day of delay, up to a total of CNY 45,000.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the service levels in Schedule 3 and report on them monthly.

5.2 If a service level is missed, the Provider shall give the service credits set out in Schedule 3, deducted from the next monthly invoice. Service credits are without prejudice to the Customer's other rights.

## 6. CUSTOMER DATA AND SECURITY

6.1 All data of the Customer processed by the Provider, including e-mails, files, backups and logs, remains the property of the Customer. The Provider shall use it only to provide the Services.

6.2 The Provider shall keep backups encrypted, restrict administrator access to named engineers using multi-factor authentication, keep access logs for the Term and not copy Customer data to its own systems except the monitoring metadata needed for the Services.

6.3 The Provider shall notify the Customer's head-office IT department within 24 hours of any security incident affecting the Customer's systems or data, shall assist in investigating it, and shall be liable for all losses caused by an incident resulting from the Provider's breach of this clause.

## 7. INTELLECTUAL PROPERTY

7.1 The Provider keeps its monitoring tools, templates and know-how.

7.2 Run books, network diagrams, scripts and configuration documents created specifically for the Customer under this Agreement belong to the Customer, which may use and modify them freely and share them with any later provider.

## 8. CONFIDENTIALITY

Each party shall keep the other party's confidential information secret and use it only for this Agreement. This includes the Customer's network configuration, passwords, customer lists and prices. The duty continues for three years after the end of this Agreement.

## 9. SUBCONTRACTING

9.1 The Provider may subcontract any part of the Services, including on-site support in Nairobi and Dar es Salaam, to other service companies by giving the Customer written notice of the subcontractor's name and scope before it starts work.

9.2 The Provider remains responsible for the acts and omissions of its subcontractors.

## 10. LIMITATION OF LIABILITY

10.1 The Provider's total liability arising out of or in connection with this Agreement in any manner is limited to the charges paid by the Customer under this Agreement in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. Clause 10.1 does not apply to death or personal injury caused by negligence, or to fraud.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically. Any extension requires a written amendment agreed by both parties, including the charges.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the same service level in three consecutive months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the monthly service charge pro rata, hand over all passwords, documents and backups and then delete the Customer's data from its systems.

## 12. FORCE MAJEURE

Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, war or general failure of public networks, if it informs the other party promptly and takes reasonable steps to limit the effect.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Hangzhou. The language of arbitration is English.

## 14. GENERAL

This Agreement, with its Schedules, is the entire agreement. Changes must be in writing and signed by both parties.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

---

## SCHEDULE 1 — SERVICES

| Part | Service | Scope |
|---|---|---|
| A | Service desk | Phone, e-mail and chat, 08:00-20:00 East Africa Time, Monday to Saturday; on-call outside these hours for Priority 1 |
| A | Monitoring | Network devices, 6 servers, firewalls and internet links at all three locations, continuous |
| A | Patching | Monthly patching of about 80 laptops and 6 servers, emergency patches within 72 hours |
| A | Backup | Daily backup of file servers, monthly restore tests, encrypted off-site copy |
| A | On-site support | Kigali depot two days a week; Nairobi and Dar es Salaam on request within one business day |
| B | Transition | Asset register, tool enrolment, run books, first full backup; May and June 2026 |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 24 months x CNY 38,500 | 924,000 |
| Transition fee | one-time | 46,000 |
| **Total over the Term** | | **970,000** |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of the monitoring and service desk platform | 99.95% per month | 5% of the monthly charge |
| Priority 1 response (site down, server down or security incident) | 15 minutes, any time | 3% of the monthly charge per incident |
| Priority 1 restoration | 6 hours | 5% of the monthly charge per incident |
| Priority 2 response (single user or service degraded) | 1 business hour | 1% of the monthly charge per incident |
| Backup restore test success | every month | 2% of the monthly charge |

Total service credits in a month are capped at 20% of that month's charge.
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: AHD-API-2026-0904
Date: 20 August 2026

PARTIES

Abyssinia Highland Data PLC, a private limited company registered in Ethiopia, Bole Sub-City, Woreda 3, Addis Ababa, Ethiopia ("Provider").

Xiamen Lanshan Coffee Trading Co., Ltd., a company registered in the People's Republic of China, 168 Xiangyu Road, Huli District, Xiamen, Fujian Province ("Customer").

BACKGROUND

The Provider collects and publishes data on the Ethiopian coffee market, including daily auction prices at the Ethiopia Commodity Exchange, washing-station prices by region, export contract registrations, grade and cupping results, and shipment schedules from Djibouti. The Customer imports green coffee into China and wishes to receive this data through the Provider's application programming interface (API) for its purchasing and pricing systems. All fees are stated in Chinese Yuan (CNY) at the Customer's request.

1. DEFINITIONS

1.1 "API" means the Provider's Coffee Market Data API, version 3, and its documentation.

1.2 "Provider Data" means the market data made available through the API.

1.3 "Customer Data" means all data the Customer sends to the API or stores in its account, including its query parameters, watch lists, supplier lists, purchase volumes it uploads for price benchmarking, and its API usage logs.

1.4 "Subscription Year" means each period starting on 1 September and ending on 31 August of the following calendar year. The first Subscription Year starts on 1 September 2026.

1.5 "Trading Day" means a day on which the Ethiopia Commodity Exchange holds a coffee trading session.

1.6 "Integration Work" means the data mapping, Chinese field names and scripts the Provider prepares to load the Provider Data into the Customer's pricing system.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access the API and use the Provider Data for its internal business, including internal reports and price decisions, during the term of this Agreement.

2.2 The subscription includes up to 400,000 API calls per Subscription Year, five named API keys and access to historical data from 2015 onwards.

2.3 The Customer may add further named API keys during the term at CNY 6,000 per key per Subscription Year, pro rata; such additions are not included in the total fees in clause 4.1.

2.4 The Customer shall not resell the Provider Data or publish it in raw form, but may share summaries and charts derived from it with its own customers.

3. TERM AND RENEWAL

3.1 The initial term is two Subscription Years, from 1 September 2026 to 31 August 2028.

3.2 After the initial term, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

3.3 The Provider may increase the subscription fee for any renewal term by written notice to the Customer at least 30 days before the start of that renewal term. The increased fee applies from the start of the renewal term.

4. FEES AND PAYMENT

4.1 The fees for the initial term are:

    Subscription fee, first Subscription Year        CNY 148,000
    Subscription fee, second Subscription Year       CNY 148,000
    Integration Work (one-time)                      CNY  12,000
    Total fees for the initial term                  CNY 308,000

4.2 The subscription fee is invoiced quarterly in advance, CNY 37,000 per quarter, the first invoice being issued on 1 September 2026. Invoices are payable within 30 days.

4.3 The Integration Work fee is invoiced after Integration Acceptance under clause 6 and is payable within 30 days.

4.4 API calls above the annual allowance are charged at CNY 0.08 per call, invoiced quarterly in arrears. Such overage charges are not included in the total fees above.

4.5 The subscription fee is fixed for the initial term. Fees include VAT and all other taxes payable in Ethiopia; any withholding tax payable in China is borne as required by law. The Provider shall issue invoices that allow the Customer to make the payments from China in CNY.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 22:00 and 02:00 Beijing time.

5.2 A Priority 1 incident is one in which the API is unavailable or returns no current-day prices. The Provider shall respond to a Priority 1 incident within 1 hour at any time and shall restore service within 6 hours. Priority 2 incidents (delayed or partly missing data) shall be responded to within 8 hours.

5.3 The Provider shall give the Customer a named account manager and support by e-mail and telephone in English and Chinese between 08:00 and 20:00 Beijing time on working days, with an on-call line for Priority 1 incidents at all other times. The Provider shall send a monthly service report showing availability, incidents and data delays.

5.4 Daily auction prices shall be available through the API within 2 hours after the close of each trading session.

5.5 If availability in a month falls below the level in clause 5.1, the Customer receives a service credit of 5% of that month's fees for each full 0.1 percentage point of shortfall. For each Priority 1 incident not restored within the restoration time, the Customer receives a credit of 3% of that month's fees. Credits are deducted from the next invoice.

6. INTEGRATION AND ACCEPTANCE

6.1 The Provider shall deliver the Integration Work and give the Customer production API keys by 30 September 2026.

6.2 Integration Acceptance is given in writing by the Customer when: (a) every API endpoint listed in the documentation returns correct data for 20 consecutive trading days in the Customer's test environment; (b) data loaded into the Customer's pricing system matches the Provider's web portal on a sample of 200 records; and (c) the daily auction prices reach the Customer's system within the time in clause 5.4 on every day of the test.

6.3 If production access is not provided by 30 September 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 15,000.

7. CUSTOMER DATA

7.1 The Customer owns the Customer Data. The Provider shall use the Customer Data to provide the API and support to the Customer.

7.2 The Customer agrees that the Provider may also use Customer Data, in aggregated and anonymised form, to improve its services, to calculate and publish market indices and demand statistics, and in reports sold to other subscribers, provided that the Customer is not identified.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for its staff and regular security testing of the API.

8.2 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data or the Customer's API keys and shall be liable for the losses the Customer suffers from an incident caused by the Provider.

9. INTELLECTUAL PROPERTY

9.1 The Provider owns the API and the Provider Data.

9.2 The Integration Work belongs to the Customer once delivered. The Customer may use, modify and license it freely.

10. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's purchase plans and the Provider's prices, and shall not disclose it to third parties except to its advisers or as required by law. This clause survives for three years after the end of this Agreement.

11. SUBCONTRACTING

The Provider shall not subcontract the provision of the API or support without the Customer's prior written consent.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial term.

12.2 This limit does not apply to breach of clause 8 or clause 10, or to fraud or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 The Customer may also terminate by written notice if the API availability is below the level in clause 5.1 in any three months of a Subscription Year.

13.3 On termination by the Customer under this clause, the Provider shall refund the fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be settled by the Xiamen Arbitration Commission in Xiamen. The award is final.

15. GENERAL

15.1 Notices shall be in writing and sent by e-mail and courier to the addresses above. Routine operational messages may be sent by e-mail to the contacts named in the account settings.

15.2 Neither party may assign this Agreement without the other party's prior written consent.

15.3 This Agreement is the entire agreement between the parties. Changes must be in writing and signed by both parties.

SIGNATURES

For Abyssinia Highland Data PLC: ____________________  Name / Title / Date

For Xiamen Lanshan Coffee Trading Co., Ltd.: ____________________  Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, formats, labels

FILES = {
    "z01": ("h410z01_forestry_fire_monitoring_platform", "pdf", "zh", Z01),
    "z02": ("h410z02_dairy_uht_sterilizer_control_retrofit", "docx", "zh", Z02),
    "z03": ("h410z03_piano_school_chain_scheduling_saas", "txt", "zh", Z03),
    "z04": ("h410z04_real_estate_registry_system_om", "txt", "zh", Z04),
    "z05": ("h410z05_fermented_tofu_mes_supplier_template", "md", "zh", Z05),
    "e01": ("h410e01_tea_traceability_licence_kenya_vendor", "pdf", "en", E01),
    "e02": ("h410e02_field_sales_saas_order_form_uganda_vendor", "md", "en", E02),
    "e03": ("h410e03_cold_store_sensors_tanzania_supplier", "docx", "en", E03),
    "e04": ("h410e04_managed_it_services_rwanda_provider", "md", "en", E04),
    "e05": ("h410e05_coffee_market_data_api_ethiopia", "txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                           sub, law, kind]))


G, S = "goods_or_licence", "service"
LABELS = {
    # key: (category, terms, extra)
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                          False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1916000)),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, False,
                          True, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=944000)),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True, True,
                       False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=364400)),
    "z04": ("services", T(99.95, 0.25, True, "buyer", True, True, False, None, None, None, True, None, None, None,
                          False, True, False, None, S),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=468000)),
    "z05": ("software", T(None, 8, False, "supplier", True, True, True, 0.02, 50, 50, False, False, 6, 25, False, True,
                          None, None, G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1300000)),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False,
                          "Kenya", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=984000)),
    "e02": ("cloud", T(None, None, False, "buyer", False, True, True, 0.1, 150, None, True, None, None, None, False, True,
                       False, "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=234000)),
    "e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 7, False, True,
                          False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=464000)),
    "e04": ("services", T(99.95, 0.25, True, "buyer", True, True, True, 900 / 970000 * 100, 6 / 24 * 100, None, True,
                          None, None, None, False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=970000)),
    "e05": ("cloud", T(99.95, 1, True, "buyer", True, False, True, 500 / 308000 * 100, 150, None, True, None, None, None,
                       True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=308000)),
}

# TCO inputs for goods/licence drafts: itemised licence/hardware subtotal (fee base)
FEE_BASE = {"z01": 1180000, "z02": 728000, "z05": 900000, "e01": 690000, "e03": 399200}

DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
    "e02": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Nairobi seat

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    t, x = LABELS[key][1], LABELS[key][2]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    total = x["contract_value"] + fees
    return total, fees / total * 100


def rules_from_labels(key):
    """My own reading of policy.md §3 applied to the labels (not project code)."""
    t, x = LABELS[key][1], LABELS[key][2]
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and tco(key)[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan

THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|h\b|hours?\b|-hours?\b|hrs?\b)", r"(?<!十)四\s*个?\s*小时", r"(?<![\d.])240\s*(?:分钟|min)",
    r"four[\s-]*hours?",
    r"(?<![\d.])0\.05\s*%", r"(?<![\d.])0\.050*\s*%", r"万分之五(?![十百千万])", r"千分之零点五",
    r"(?<![\d.])100\s*%", r"百分之百", r"hundred\s*per\s*cent", r"hundred\s*percent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*per\s*cent", r"thirty\s*percent",
    r"(?<![\d.])12\s*(?:个月|months?|-months?)", r"十二\s*个\s*月", r"twelve[\s-]*months?", r"(?<!十)一\s*年",
    r"one[\s-]*years?", r"(?<![\d.])1\s*(?:years?\b|-year)",
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen\s*per\s*cent", r"fifteen\s*percent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s*per\s*cent", r"forty\s*percent",
    r"(?<![\d.])5\s*(?:年|years?\b|-years?\b)", r"五\s*年", r"five[\s-]*years?", r"(?<![\d.])60\s*(?:个月|months?)",
    r"六十\s*个\s*月", r"sixty[\s-]*months?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)

MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "240分钟", "240 minutes",
            "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months",
            "十二个月", "twelve months", "一年", "one year", "one-year", "15%", "15 %", "40%", "四成", "百分之四十",
            "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月", "thirty per cent"]
MUST_MISS = ["24小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "130%", "140%", "2025年",
             "2015", "万分之五十", "服务年度", "Subscription Year", "12 hours", "12小时", "25年", "0.055%", "45%", "35%",
             "一个服务年度", "二十四小时", "十四小时", "25%", "415%", "100,000", "60 days", "60日", "6个月", "18 months", "2026年"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------------------------------------------------------
# Build, read back, check

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


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
        else:
            sources[key], targets[key] = src, (stem + "." + ext, ext)
    write(sources, targets, OUT, wrap_words=True)


def write_labels():
    for key, (stem, ext, lang, src) in FILES.items():
        cat, terms, extra = LABELS[key]
        rules = rules_from_labels(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        lab = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
               "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")


def check():
    self_test()
    covered = set()
    for key in FILES:
        covered |= set(rules_from_labels(key))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    # the mix
    rs = {k: rules_from_labels(k) for k in FILES}
    assert sorted(k for k in rs if not rs[k]) == ["e03", "z01"]
    assert rs["e01"] == ["CR-GOVERNING-LAW"]
    assert all(2 <= len(rs[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert len(rs["z05"]) >= 8
    # no label on a threshold
    for key in FILES:
        t = LABELS[key][1]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        if key in FEE_BASE:
            share = tco(key)[1]
            assert abs(share - 40) > 2, (key, share)
    bad = False
    report = []
    for key, (stem, ext, lang, src) in FILES.items():
        path = OUT / (stem + "." + ext)
        text = read_back(path)
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        hits = scan(src) + scan(text)
        report.append((stem + "." + ext, lang, n, ok, hits))
        bad |= (not ok) or bool(hits)
    for r in report:
        print("%-58s %s %5d %s %s" % r)
    for key in FEE_BASE:
        print(key, "TCO %.2f share %.4f" % tco(key))
    assert not bad, "length or threshold check failed"


if __name__ == "__main__":
    build()
    write_labels()
    check()
    print("all checks passed")
