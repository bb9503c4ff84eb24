"""holdout301: ten ordinary draft contracts (5 zh, 5 en) and their labels, written blind from policy.md / API.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py with wrap_words=True) and the ten
.json labels, reads every built file back, and asserts text lengths, sums, off-threshold labels, the absence of
threshold figures in the texts, the expected rules derived from the labels and the coverage of all 20 CR rules.
"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01  水利局 河湖水位及视频监测平台 — .pdf, 第X条 + 1.1, buyer's paper (政府采购 公开招标); compliant
# ---------------------------------------------------------------------------------------------------------------
H301Z01 = """
T:青溪县河湖水位及视频监测平台建设项目采购合同
P:合同编号：QXSL-ZC-2026-017　　采购方式：公开招标　　项目编号：QXCG2026-0342
P:甲方（采购人）：青溪县水利局　　地址：青溪县滨江路88号
P:乙方（中标供应商）：浙江澜汐水文科技有限公司　　地址：杭州市余杭区文一西路1218号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的技术方案均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方负责在全县7条主要河道、3座中型水库及11处山塘建设水位及视频监测站点，完成监测平台软件部署、定制开发、安装调试、系统集成及人员培训，实现水位、雨量、视频数据实时汇聚至县防汛指挥中心。
P:1.2 设备及软件的品牌、型号、技术参数以乙方投标文件为准，乙方不得擅自变更；确需变更的，须经甲方书面同意且性能不得低于投标承诺。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰柒拾柒万陆仟元整（¥2,776,000.00），为固定总价，含设备、软件、运输、安装、调试、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|雷达水位计（含支架、防雷）|48套|12,800|614,400
TB:2|一体化视频监测站（含太阳能供电）|36套|23,500|846,000
TB:3|遥测终端机RTU|48台|6,200|297,600
TB:4|监测平台软件许可（永久）|1套|286,000|286,000
TB:5|服务器及存储设备|1批|198,000|198,000
TB:|软硬件小计||| 2,242,000
TB:6|安装调试及立杆基础施工|1项|325,000|325,000
TB:7|平台定制开发（预警模型、省级平台接口）|1项|188,000|188,000
TB:8|操作及运维培训|1项|21,000|21,000
TB:|合计|||2,776,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付合同价款以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，计¥555,200。
P:3.2 全部设备到货并经甲乙双方开箱清点签收后15个工作日内，甲方支付合同总价的35%，计¥971,600。到货签收仅确认数量与外观，不代表质量验收合格。
P:3.3 项目通过本合同第六条规定的最终验收后15个工作日内，甲方支付合同总价的45%，计¥1,249,200。
P:3.4 甲方以国库集中支付方式付款，乙方账户信息以合同首页为准。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后60日内完成全部设备到货，120日内完成安装调试并具备初验条件。
P:4.2 现场施工须遵守水利工程安全管理规定，施工期间不得影响河道行洪和水库调度。
H:第五条 技术服务与服务水平
P:5.1 质保期内，乙方提供7×24小时技术支持热线及远程服务，并在青溪县设立不少于2人的常驻服务点。
P:5.2 监测平台月度可用率不低于99.95%，计划内维护须提前3个工作日报甲方同意且不得安排在汛期。
P:5.3 故障分级响应：一级故障（平台中断或10个以上站点同时离线）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单站离线或数据异常）1小时内响应，24小时内修复；三级故障（一般咨询）次日答复。
P:5.4 乙方未达到上述响应、到场或恢复时限的，每超时一小时扣减质保金人民币1,000元；平台月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元，由甲方在应付款项中直接扣除。
P:5.5 汛期（每年5月1日至9月30日）乙方应安排专人值守，遇防汛应急响应时按甲方指令提供现场保障。
H:第六条 验收
P:6.1 乙方完成安装调试后书面申请初验。初验标准：全部站点按设计点位建成；水位测量误差不超过±1厘米；视频画面清晰、可远程调阅云台；平台预警模型按招标文件规则正确推送；省级平台接口数据交换正常。
P:6.2 初验合格后进入试运行，试运行期为90日，期间无一级故障且二级故障均按时修复，乙方提交竣工资料后，甲方组织最终验收并出具验收报告。
P:6.3 设备到货签收、安装完成、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用，整改后重新验收。
H:第七条 质量保证与后续维保
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供维修、更换、软件升级及巡检服务，每年汛前巡检不少于两次。
P:7.2 质保期满后，甲方如需继续委托乙方维保，年度维保费不超过软硬件小计的8%（即每年不超过¥179,360），该标准在质保期满后前两个维保年度内固定不变，具体以双方另行签订的维保合同为准。
H:第八条 数据安全
P:8.1 本项目采集、传输、存储的水位、雨量、视频及平台运行数据均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，包括访问控制、传输加密、日志审计和漏洞修复；远程维护须经甲方逐次审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成安全事件的，乙方承担全部责任并赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、防汛调度信息、网络拓扑及口令负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 为本项目定制开发的预警模型、接口程序、配置文件及其源代码，知识产权归甲方所有，乙方应在最终验收时全部移交，甲方可自行修改、使用或委托第三方维护。
P:10.2 乙方原有平台软件的知识产权仍归乙方，甲方在本项目范围内享有永久、免费的使用许可。乙方保证所供产品不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方所供设备不符合合同约定的，应无条件更换，并承担由此产生的全部费用。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本合同。立杆基础等土建施工确需分包的，须事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。合同期满、双方义务履行完毕后自然终止，不自动续期。
P:甲方（盖章）：青溪县水利局　　　　乙方（盖章）：浙江澜汐水文科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年  月  日　　　　签订地点：青溪县
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  乳品厂 巴氏杀菌线控制系统改造 — .docx, 一、/（一）, Word price table; post-warranty 维保 fee too high
# ---------------------------------------------------------------------------------------------------------------
H301Z02 = """
T:巴氏杀菌生产线控制系统改造合同
P:合同编号：BSR-SB-2026-0815
P:甲方（买方）：内蒙古白崖乳业有限公司
P:乙方（卖方）：上海迅驰工业自动化有限公司
P:鉴于甲方拟对二号车间两条巴氏杀菌生产线的控制系统进行升级改造，乙方具备相应的设计、供货及实施能力，双方根据《中华人民共和国民法典》，就改造项目的设备供货、软件许可及实施服务达成如下协议。
H:一、项目范围
P:（一）乙方负责两条巴氏杀菌线（每小时10吨）的控制系统改造，包括PLC及I/O模块、HMI触摸屏、温度及流量仪表、变频器的供货，SCADA监控软件与批次追溯软件的许可，程序设计、编程调试、安装及停产切换、操作培训。
P:（二）改造后系统应实现杀菌温度、保温时间及回流阀的自动联锁控制，关键工艺参数全程记录并可按批次追溯，满足乳制品生产许可审查细则及甲方质量体系要求。
H:二、合同价格
P:（一）本合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），含税、运输、保险、安装及质保期内服务。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|1套|468,000
TB:2|HMI触摸屏|4台|74,000
TB:3|温度、流量及液位仪表|1批|236,000
TB:4|变频器|12台|117,600
TB:5|SCADA监控软件许可|1套|152,000
TB:6|批次追溯软件许可|1套|96,000
TB:|设备及软件小计||1,143,600
TB:7|工艺程序设计、编程及调试|1项|214,000
TB:8|现场安装及停产切换|1项|88,400
TB:9|操作及维护培训|1项|14,000
TB:|合同总价||1,460,000
P:（二）上述价格为固定价格，合同履行期间不因原材料或汇率变动而调整。
P:（三）乙方保证所供设备为全新原厂正品，随货提供原厂合格证及质保证明，并保证在质保期满后至少八年内可供应备件。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计¥146,000。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%，计¥511,000。签收仅为数量确认，不视为质量验收。
P:（三）系统通过最终验收后15个工作日内，甲方支付合同总价的50%，计¥730,000。
P:（四）剩余5%（¥73,000）作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
H:四、交付与实施
P:（一）乙方应于合同生效后45日内完成设备到货，切换工作须安排在甲方指定的停产检修窗口内完成，单条线停产时间不超过72小时。
P:（二）乙方实施人员进入车间须遵守甲方食品安全、卫生及安全生产管理制度。
P:（三）乙方应在切换前提交详细的切换方案、回退预案及停产时间表，经甲方生产部、质量部书面确认后方可实施；切换完成后首个生产班次由乙方工程师全程跟班。
P:（四）乙方应随设备提供中文操作手册、电气原理图、I/O清单、备件清单及仪表校准证书，并对甲方操作工和维修电工分别进行不少于3天的培训，考核合格后方可独立上岗。
P:（五）设备到货前3日乙方应通知甲方，甲方仓库人员会同乙方开箱清点，缺件、破损或型号不符的，乙方应在7日内补齐或更换，由此延误的工期计入乙方逾期。
H:五、验收
P:（一）验收标准：杀菌温度控制精度±0.3℃；保温时间不足时回流阀自动动作，模拟测试20次全部正确；批次记录完整且不可篡改；连续生产运行14日无停线故障；满足招标技术规格书全部条款。
P:（二）乙方完成调试后书面提交验收申请，甲方在10个工作日内组织验收并签署验收报告。到货签收、安装完成或投入生产使用均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:六、质量保证与维保服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并提供软件补丁及远程技术支持。
P:（二）服务响应：一级故障（杀菌线停线或温度失控）30分钟内远程响应，3小时内工程师到场；二级故障（局部功能异常）2小时内响应，次日到场。乙方未按时响应或到场的，每超时一小时向甲方支付人民币800元。
P:（三）质保期满后，乙方提供年度维保服务（含预防性维护、备件更换及软件升级），年度维保费按设备及软件小计的32%计取，即每年人民币365,952元，按年度签订服务确认单，年初支付。维保费标准在质保期满后的前四个维保年度内保持不变。
P:（四）维保期内的服务响应标准与质保期相同。
P:（五）质保期内乙方每半年进行一次预防性巡检，包括仪表校准核查、PLC程序备份、UPS电池检测及报警记录分析，并向甲方提交书面巡检报告。
H:七、数据与网络安全
P:（一）控制系统产生的工艺参数、批次记录及生产数据归甲方所有，乙方仅为履行本合同使用，不得复制、带离或用于其他目的。
P:（二）乙方应落实工业控制系统安全防护要求：关闭不必要的端口和服务，部署工控防火墙，远程维护须经甲方逐次批准并全程记录；乙方调试电脑及移动介质须经甲方查毒后方可接入。
P:（三）因乙方原因发生数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并配合处置，承担由此造成的全部损失。
P:（四）乙方应对实施人员进行安全教育，项目结束或人员离场时收回其全部账号及权限。
H:八、保密
P:（一）乙方对知悉的甲方配方、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:九、知识产权
P:（一）为本项目编写的PLC程序、HMI画面、组态工程文件及其源文件归甲方所有，乙方应在验收时完整移交，甲方可自行修改或委托他人维护。
P:（二）SCADA及批次追溯软件为乙方或第三方原厂产品，甲方获得永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:（二）因乙方原因造成停线、产品报废的，乙方应赔偿甲方实际损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意、重大过失或违反第七、八条造成的损失不受此限。
P:（四）甲方逾期付款的，按每日万分之三向乙方支付违约金。
H:十一、分包
P:（一）乙方不得转包。电气安装工程确需分包的，应事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同并要求赔偿损失。
P:（二）乙方逾期交货超过30日，或系统两次验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十三、不可抗力
P:（一）因地震、洪水、疫情防控措施等不可抗力导致不能履行的，受影响一方应在3日内通知对方并提供证明，双方协商调整履行期限；不可抗力持续超过60日的，任何一方可书面解除合同。
H:十四、法律适用与争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交呼和浩特仲裁委员会仲裁，仲裁裁决为终局。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同不设自动续期条款，维保服务期满后是否续签由双方另行商定。
P:甲方：内蒙古白崖乳业有限公司（盖章）　　　乙方：上海迅驰工业自动化有限公司（盖章）
P:授权代表：__________　　　授权代表：__________
P:日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  干洗连锁 (55 家) 订单及会员 SaaS + 实施 — .txt, 第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
H301Z03 = """洁序门店订单及会员管理云服务合同

合同编号：JX-SaaS-2026-0093

甲方（客户）：成都净衣坊洗涤服务连锁有限公司
统一社会信用代码：91510100MA6C2K8Q7T
地址：成都市武侯区科华北路62号

乙方（服务商）：杭州洁序云科技有限公司
地址：杭州市滨江区江南大道3880号

鉴于甲方在成都、绵阳、德阳经营55家干洗门店，需要统一的收衣开单、衣物流转、取衣通知及会员储值管理系统；乙方拥有"洁序"门店管理云平台并提供软件即服务。双方本着平等自愿原则，就甲方订阅该平台及乙方提供实施服务事宜订立本合同。

第一条 服务内容
（1）乙方向甲方55家门店及总部开通"洁序"云平台，包括收衣开单、衣物条码及挂衣位管理、洗涤工厂流转、取衣短信及微信通知、会员储值与积分、营业报表等功能模块。
（2）乙方为甲方提供一次性实施服务：历史会员及储值余额迁移（约8.6万名会员）、门店收银小票机与条码打印机对接、美团及微信小程序订单接口对接、门店店长及收银员培训。
（3）平台由乙方部署于境内公有云，甲方通过浏览器及门店终端使用，不需自行采购服务器。
（4）服务期内乙方免费提供平台版本升级、7×12小时在线客服及每月一次的运营数据分析报告，新功能上线前应提前通知甲方并提供操作说明。

第二条 服务期限
（1）订阅服务期为三个服务年度，自平台正式上线之日起算。
（2）订阅期满前30日内任何一方未书面提出异议的，本合同自动续订一个服务年度，续订次数不限。每次续订时，乙方有权根据其成本及产品升级情况上调订阅费，上调幅度不超过上一服务年度订阅费的10%，乙方以书面或系统公告方式通知甲方即可。

第三条 费用及支付
（1）费用明细：
    门店端订阅费：55家 × 2,880元/家/服务年度 = 158,400元/服务年度
    总部管理端订阅费：36,000元/服务年度
    订阅费小计：194,400元/服务年度，三个服务年度合计583,200元
    一次性实施费：128,000元
    合同总额：人民币711,200元（含增值税）
（2）实施费在平台通过第五条上线验收后15个工作日内一次付清。
（3）订阅费按季度结算，每季度结束后10个工作日内，乙方提供上季度服务报告及发票，甲方核对无误后支付当季订阅费48,600元。
（4）甲方新增门店的，按每家2,880元/服务年度并按剩余服务月数折算。短信通知超出套餐部分按每条0.045元另行结算，不计入合同总额。
（5）乙方不收取任何预付款或押金。

第四条 实施与上线
（1）乙方应在合同签订后45日内完成实施并上线，分三批切换门店，每批切换安排在营业低峰时段。
（2）乙方未能按期上线的，每逾期一日向甲方支付违约金人民币600元，逾期超过30日的，甲方可解除合同且无需支付任何费用。
（3）甲方应指定项目联系人，按乙方实施计划提供门店清单、会员原始数据、收银设备型号及网络条件，并组织门店人员参加培训。因甲方未按时提供资料导致延误的，上线期限相应顺延。
（4）乙方应为每批切换门店安排驻店实施人员，切换当日至少保留一名实施人员在成都现场值守，门店开单异常时应立即切回应急开单流程，确保门店正常营业。

第五条 上线验收
（1）验收标准：历史会员数据及储值余额迁移后逐户核对一致；55家门店均可完成开单、收款、取衣全流程；条码打印及小票打印正常；美团及小程序订单在1分钟内同步到门店；报表数据与收款记录一致。
（2）全部门店试运行10日无一级故障后，双方签署上线验收单。平台开通或甲方门店开始使用，均不视为验收合格。

第六条 服务水平
（1）乙方承诺平台月度可用率不低于99.5%（不含提前48小时通知的计划维护，计划维护只可安排在凌晨0点至6点）。
（2）故障分级：一级故障为全部或10家以上门店无法开单收款，乙方应在30分钟内响应、2小时内恢复；二级故障为单店或单一功能异常，2小时内响应、当日解决；三级为咨询及优化需求，2个工作日内答复。
（3）服务补偿：月度可用率低于承诺值的，乙方按以下标准减免当月订阅费：低于99.5%但不低于99%的，减免10%；低于99%的，减免25%。一级故障每超过恢复时限一小时，另减免当月订阅费的2%。减免额在下一季度结算时直接抵扣。

第七条 数据安全
（1）甲方会员信息、订单、储值及经营数据归甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于任何其他目的。
（2）乙方应按网络安全等级保护第二级以上要求运营平台，对会员手机号等个人信息加密存储，实行最小权限和操作日志留存，每日备份并异地保存。
（3）发生或可能发生数据泄露、丢失的，乙方应在12小时内通知甲方，采取补救措施并配合甲方履行个人信息保护法规定的义务；因乙方原因导致的，乙方承担全部赔偿责任及行政处罚后果。
（4）合同终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（5）乙方运维人员访问甲方生产数据须经甲方管理员授权，访问记录保留不少于六个月，甲方可随时调阅。

第八条 知识产权
（1）平台软件及其升级版本的知识产权归乙方所有。
（2）乙方为甲方专门开发的报表模板、接口程序及配置成果归甲方所有，甲方可自由使用、修改或交由第三方继续开发。

第九条 责任限制
乙方在本合同项下的累计赔偿责任不超过合同总额的1.5倍；因乙方违反第七条造成的损失以及人身伤害不受此限。

第十条 分包
乙方不得将实施服务分包给第三方，确需分包门店硬件对接工作的，应事先取得甲方书面同意。

第十一条 合同解除
（1）一方严重违约，经对方书面催告后15日内仍未改正的，守约方可书面通知解除本合同，并要求违约方赔偿损失。
（2）平台连续两个月可用率低于99%的，甲方可解除合同，乙方退还已付未使用的订阅费。
（3）合同因任何原因终止的，乙方应给予甲方不少于60日的过渡期，过渡期内按原标准提供服务，并配合甲方将会员储值余额及订单数据迁移至甲方指定系统。

第十二条 法律适用与争议
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十三条 其他
第十三条 不可抗力
因自然灾害、公有云服务商重大故障以外的不可预见、不可避免且不能克服的事件导致不能履行的，受影响一方应及时通知对方并在10日内提供证明，双方协商延期或解除合同，互不承担违约责任。

第十四条 其他
（1）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
（2）附件：门店清单、功能清单、实施计划，均为本合同组成部分。
（3）本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。任何通知以书面形式送达合同首部所列地址即视为送达。

甲方（盖章）：成都净衣坊洗涤服务连锁有限公司      乙方（盖章）：杭州洁序云科技有限公司
授权代表：                                      授权代表：
日期：2026年  月  日                             日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  市图书馆 图书馆集成管理系统 年度运维 (政府采购 竞争性磋商) — .txt, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
H301Z04 = """临江市图书馆集成管理系统运维服务采购合同

项目名称：临江市图书馆集成管理系统（ILS）运维服务
采购方式：竞争性磋商（项目编号：LJZC2026-C-0211）
合同编号：LJTSG-YW-2026-01

采购人（甲方）：临江市图书馆
地址：临江市文昌路9号

成交供应商（乙方）：南京书联信息技术有限公司
地址：南京市建邺区江东中路359号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就临江市图书馆集成管理系统运维服务事项，经协商一致，签订本合同。

1. 服务范围
1.1 乙方为甲方图书馆集成管理系统提供运维服务，范围包括：采访、编目、流通、期刊、OPAC检索、读者管理、统计模块，以及与自助借还机、门禁、24小时自助图书馆、市民卡平台和省联合编目中心的接口。
1.2 服务对象包括市馆总馆、14个分馆及26个城市书房的系统终端。
1.3 服务内容包括：驻场运维、远程技术支持、故障处理、系统版本升级、数据库巡检与优化、数据备份、应急演练和操作培训。
1.4 服务器、存储、网络设备及自助借还机等硬件的原厂维修不在本合同范围内，但乙方应负责故障判断，并协助甲方联系原厂或硬件维保单位处理。

2. 服务期限
2.1 服务期为一个服务年度，自2026年3月1日起至2027年2月28日止。
2.2 服务期满本合同自行终止，不自动续期。甲方如需继续采购，依法重新组织采购程序。

3. 合同价款
3.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，包含人员、差旅、工具、备件以外的全部服务费用及税费。
3.2 价款构成：
    驻场运维服务（2人，工作日驻场）  312,000元
    远程技术支持及系统版本升级      96,000元
    年度巡检及数据库优化            48,000元
    应急演练及操作培训              30,000元
    合计                            486,000元
3.3 服务期内甲方新增分馆或城市书房不超过5个的，乙方应一并提供运维，不另行收费。

4. 付款方式
4.1 本合同不设预付款。
4.2 服务费按季度支付，每季度121,500元。每季度结束后，甲方按第7条完成季度考核，考核合格后15个工作日内支付当季服务费；考核发现扣款事项的，在当季服务费中直接扣减。

5. 服务要求
5.1 乙方派驻2名具有三年以上图书馆系统运维经验的工程师，工作日8:30至17:30在总馆驻场；周末及节假日安排远程值班。驻场人员变更须提前10个工作日经甲方同意。
5.2 故障等级及时限：
    一级故障（流通系统中断、全馆无法借还）：15分钟内响应，1小时内到场，2小时内恢复；
    二级故障（单一模块或单个分馆故障）：30分钟内响应，8小时内解决；
    三级故障（一般问题及操作咨询）：1个工作日内解决。
5.3 乙方应于2026年6月30日前完成系统版本升级，于2026年9月30日前完成年度数据库巡检与优化，并分别提交升级报告和巡检报告。
5.4 乙方每日对业务数据库进行增量备份，每周全量备份，每季度组织一次恢复演练；每年组织一次停电及网络中断应急演练。
5.5 乙方每月向甲方提交运维月报，内容包括故障统计、处理记录、系统运行指标及改进建议。
5.6 在世界读书日、暑期阅读季、年度读者证集中办理等重大活动期间，乙方应增派一名工程师现场保障，并提前完成系统压力检查。
5.7 服务期满前30日，乙方应编制运维交接清单，包括系统配置、接口参数、账号清单、脚本及未结问题，向甲方或甲方指定的后续服务单位完成交接，交接期间不得中断服务。
5.8 乙方应建立运维工单记录，每个故障从报修到关闭的时间、处理人和处理过程均应可追溯，甲方可随时查阅。

6. 服务水平考核与扣款
6.1 一级故障超过响应、到场或恢复时限的，每超时一小时扣款人民币500元；二级故障超时的，每次扣款人民币200元。
6.2 驻场人员无故缺勤的，每人每日扣款人民币600元。
6.3 季度内一级故障累计超过3次的，当季服务费另扣减5%。

7. 考核与验收
7.1 季度考核：甲方依据运维月报、故障记录和读者投诉情况，按磋商文件所附考核表对乙方评分，80分以上为合格。
7.2 年度验收：服务期满前，甲方组织验收，标准为：版本升级完成且功能测试通过；巡检报告问题项已整改；备份可成功恢复；全部季度考核合格；运维文档移交完整。验收通过后甲方出具验收意见。
7.3 季度付款不视为年度验收通过。
7.4 年度验收不合格的，乙方应在15日内整改完毕并申请复验；复验仍不合格的，甲方可扣减第四季度服务费的10%。

8. 数据归属
8.1 图书馆集成管理系统中的书目数据、读者信息、借阅记录及统计数据均归甲方所有，乙方不得将上述数据用于本合同以外的任何目的。

9. 保密
9.1 乙方及其驻场人员对在服务过程中知悉的甲方内部资料、系统账号口令、网络结构及读者个人信息负有保密义务，未经甲方书面许可，不得以任何形式向第三方披露。
9.2 乙方应与驻场人员签订保密承诺书并报甲方备案。保密义务在本合同终止后继续有效。

10. 知识产权
10.1 乙方在服务过程中为甲方编写的脚本、接口调整程序、运维文档及报告，其知识产权归甲方所有。
10.2 乙方保证提供的服务及工具不侵犯第三方知识产权。

11. 违约责任
11.1 乙方未按第5.3条约定期限完成系统版本升级或年度巡检的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
11.2 乙方服务质量不符合约定，经甲方书面通知后7日内仍未改正的，甲方有权委托第三方处理，费用由乙方承担。
11.3 甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率向乙方支付逾期利息。
11.4 乙方违约给甲方造成损失的，除支付违约金和扣款外，还应赔偿甲方的实际损失。

12. 分包
12.1 乙方不得将本合同服务转包或分包给第三方。

13. 合同解除
13.1 乙方连续两个季度考核不合格，或有其他严重违约行为经书面通知后15日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
13.2 因政策调整或财政预算变化导致项目无法继续的，甲方可提前30日书面通知乙方终止合同，按实际服务期间结算费用，双方互不承担违约责任。

14. 争议解决
14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

15. 其他
15.1 本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方签字盖章之日起生效。
15.2 磋商文件、响应文件、成交通知书及考核表为本合同附件，与本合同具有同等效力。

甲方：临江市图书馆（盖章）              乙方：南京书联信息技术有限公司（盖章）
法定代表人或委托代理人：                法定代表人或委托代理人：
签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  糕点厂 质量管理系统 (QMS) licence + custom development, on the supplier's own template — .md; many problems
# ---------------------------------------------------------------------------------------------------------------
H301Z05 = """# 品衡QMS质量管理系统软件许可及实施合同

> 本合同采用乙方标准合同文本（品衡软件 PH-QMS-STD-2025版），双方确认已充分阅读并理解全部条款。

**合同编号：** PH-2026-QMS-0418

**甲方（用户）：** 佛山酥香园食品有限公司

**乙方（供方）：** 苏州品衡软件科技有限公司

甲方为加强月饼、蛋黄酥及西式糕点生产过程的质量管理，满足食品安全管理体系及客户审核要求，拟采购乙方QMS质量管理系统软件并委托乙方进行定制开发和实施。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供品衡QMS质量管理系统标准版软件使用许可（50个并发用户），包括检验管理、不合格品管理、纠正预防措施、文件管理、培训记录模块。

1.2 乙方根据甲方需求进行定制开发，内容包括：HACCP关键控制点记录、原辅料批次追溯、供应商来料检验、移动端车间巡检及金属探测记录。定制需求以双方签字的需求说明书为准。

1.3 乙方负责系统部署于甲方服务器、基础数据初始化及用户培训。

1.4 甲方服务器、操作系统、数据库软件、网络及移动终端由甲方自行采购，不在本合同范围内。乙方提供的软件许可仅限甲方在佛山生产基地使用，增加用户数或使用地点的，应另行购买许可。

## 第二条 合同价款

2.1 合同总价为人民币柒拾贰万伍仟元整（¥725,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 品衡QMS标准版软件许可（50并发用户） | 360,000 |
| 2 | 定制开发（HACCP、批次追溯、来料检验、移动巡检） | 295,000 |
| 3 | 部署实施及数据初始化 | 58,000 |
| 4 | 用户培训 | 12,000 |
| | **合计** | **725,000** |

2.2 需求说明书签字确认后，甲方提出的需求变更，乙方按每人天2,800元另行收费。

2.3 上述价格不含甲方服务器及第三方软件费用，不含上线后的功能新增及报表调整。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即人民币398,750元，乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即人民币326,250元。

3.3 甲方逾期付款的，乙方有权暂停实施及服务，由此造成的工期延误由甲方承担。

3.4 乙方在收到每笔款项前向甲方开具等额增值税专用发票。甲方付款账户与合同签约主体不一致的，应提前书面告知乙方。

## 第四条 实施周期

4.1 乙方在收到首期款后90日内完成定制开发及部署。因甲方需求变更、资料提供不及时或现场条件不具备导致的延误，工期相应顺延。

4.2 甲方应指定项目负责人，及时确认需求、提供基础数据并组织人员参加培训。

4.3 甲方应在乙方进场前准备符合乙方配置要求的服务器环境并开放必要的远程访问权限。甲方环境不符合要求的，乙方可暂停部署，所耗人天按第2.2条计费。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格，甲方不再另行组织验收。

5.2 上线后甲方发现的功能问题，按第六条维护服务处理，不影响验收结论及付款。

## 第六条 免费维护与服务

6.1 乙方自系统上线之日起提供六个月免费维护服务，包括缺陷修复和远程技术支持。

6.2 服务响应：一级故障（系统无法登录或核心模块不可用）乙方在8小时内响应；二级故障2个工作日内响应；一般咨询5个工作日内答复。

6.3 乙方将尽力在合理时间内排除故障，但对故障造成的任何影响不承担扣款、赔偿或违约责任。

6.4 免费维护期内乙方提供一次上门巡检，其余服务均以远程方式提供；甲方要求额外上门服务的，差旅费用由甲方承担。

6.5 甲方应通过乙方客户服务平台或服务热线报告故障，并提供故障截图、日志及复现步骤。因甲方自行修改配置、操作不当或服务器环境问题导致的故障，乙方可另行收费。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护服务及版本升级，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。

7.2 甲方未购买年度维护的，乙方不再提供任何技术支持及补丁。

7.3 甲方中断年度维护后再次购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 软件产品及乙方为本项目开发的全部定制功能、程序源代码、表单模板及相关文档的知识产权均归乙方所有。

8.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或委托第三方进行二次开发。

## 第九条 数据

9.1 甲方在系统中录入的检验记录、批次信息及供应商资料归甲方所有。

9.2 甲方同意，乙方可将系统中的质量检验数据经脱敏处理后，用于产品改进、行业质量分析及乙方其他客户的基准对比服务。

9.3 乙方对其能够接触的甲方数据采取访问控制、传输加密及操作日志等安全措施；发生数据泄露的，乙方应在24小时内通知甲方，并对因乙方过错造成的损失承担赔偿责任。

## 第十条 保密

10.1 双方对在合作中获知的对方商业秘密及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

10.2 乙方可在其宣传材料及客户案例中使用甲方名称及标识。

## 第十一条 违约责任

11.1 因乙方原因未能按期完成部署的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.3 因不可抗力、第三方软件缺陷、网络运营商或甲方原因导致的延误或损失，乙方不承担责任。

11.2 乙方在本合同项下对甲方承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据丢失的责任。

## 第十二条 合作伙伴

12.1 乙方有权根据项目需要，将部分开发、部署及培训工作交由其认证合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作质量负责。

12.2 乙方可根据业务需要更换合作伙伴，更换时以邮件方式告知甲方即可。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方可以解除本合同。

13.2 甲方解除合同的，已支付款项不予退还。

13.3 合同解除后，甲方应停止使用乙方软件并删除所有副本，已完成的定制成果不予交付。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。发生争议的，双方应友好协商；协商不成的，提交苏州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

15.2 本合同条款与需求说明书不一致的，以本合同为准。

15.3 双方往来通知以电子邮件发送至合同首页所列邮箱即视为送达。本合同未尽事宜，以乙方官网公布的服务条款为补充。

甲方（盖章）：佛山酥香园食品有限公司　　　　乙方（盖章）：苏州品衡软件科技有限公司

授权代表：　　　　　　　　　　　　　　　　　授权代表：

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Tianjin clay-figurine studio, 3D scanning software, perpetual licences; Greek vendor — .pdf, Article N / N.N
# ---------------------------------------------------------------------------------------------------------------
H301E01 = """
T:SOFTWARE LICENCE AND INSTALLATION AGREEMENT
P:Agreement No. KV-CN-2026-031
P:This Software Licence and Installation Agreement (the "Agreement") is made between:
P:(1) Tianjin Haihe Clay Figure Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 17 Guwenhua Street, Nankai District, Tianjin (the "Buyer"); and
P:(2) Kinaros Volumetrics S.A., a company incorporated in the Hellenic Republic with its registered office at Harbour Road 2, Nisida Kinaros, Dodecanese, Greece (the "Vendor").
P:Background. The Buyer produces hand-painted clay figurines and wishes to digitise its archive of historic figures and new designs by three-dimensional scanning, for restoration, reproduction moulds and an online catalogue. The Vendor develops and licenses the KinarosScan software suite. The Buyer wishes to acquire perpetual licences for six scanning workstations together with installation, calibration and training, on the terms below.
H:Article 1 Definitions
P:1.1 "Acceptance" means the written confirmation by the Buyer under Article 5 that the Software meets the Acceptance Criteria.
P:1.2 "Buyer Data" means all scans, point clouds, meshes, textures, photographs, design files and other data created, uploaded or processed by the Buyer with the Software, and all information about the Buyer's designs and customers.
P:1.3 "Software" means the KinarosScan Studio Pro application and the Texture and Colour Module, in the versions current on the Effective Date, together with their documentation and any updates supplied under this Agreement.
P:1.4 "Custom Deliverables" means the calibration profiles, turntable scripts, batch-processing templates and export presets that the Vendor prepares specifically for the Buyer's workstations and figurine types.
P:1.5 "Effective Date" means the date on which both parties have signed this Agreement.
H:Article 2 Scope
P:2.1 The Vendor grants to the Buyer a non-exclusive, perpetual, irrevocable licence to install and use the Software on six workstations at the Buyer's premises in Tianjin for the Buyer's own business, including the production of models, moulds and images for sale.
P:2.2 The Vendor shall deliver the licence keys and installation media, install the Software remotely on the six workstations prepared by the Buyer, calibrate each workstation with the Buyer's structured-light scanners and turntables, prepare the Custom Deliverables and train the Buyer's staff.
P:2.3 The Buyer may transfer a licence to a replacement workstation on written notice to the Vendor, provided the Software is removed from the old workstation.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and payable in Chinese yuan (CNY). The Contract Price is CNY 495,000, fixed, inclusive of all taxes, duties and bank charges on the Vendor's side. It is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|KinarosScan Studio Pro, perpetual licence|6|58,000|348,000
TB:2|Texture and Colour Module, perpetual licence|6|14,500|87,000
TB:|Licence Subtotal|||435,000
TB:3|Remote installation and calibration of six workstations|1|36,000|36,000
TB:4|Operator training, two sessions on site in Tianjin|2|12,000|24,000
TB:|Contract Price|||495,000
P:3.2 The Contract Price does not include scanners, turntables or computers, which the Buyer has already purchased from third parties.
H:Article 4 Payment
P:4.1 The Buyer shall pay twenty per cent of the Contract Price (CNY 99,000) within fifteen days after the Effective Date against the Vendor's invoice.
P:4.2 The Buyer shall pay the balance of eighty per cent (CNY 396,000) within twenty days after Acceptance against the Vendor's invoice and a copy of the signed Acceptance certificate.
P:4.3 Payments are made by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery, Installation and Acceptance
P:5.1 The Vendor shall deliver the licence keys within ten days after the Effective Date and complete installation, calibration and the Custom Deliverables within forty-five days after the Effective Date.
P:5.2 The Acceptance Criteria are: (a) on the Buyer's reference figurine, the measured geometric deviation of the scanned mesh does not exceed 0.03 mm; (b) the colour difference of the captured texture against the reference chart is below Delta E 3.0; (c) each workstation processes at least eight full-colour figurines per working day using the Custom Deliverables; (d) exports in OBJ, STL and PLY open correctly in the Buyer's mould software; and (e) the Software runs for ten consecutive working days without a defect that stops scanning.
P:5.3 The Buyer shall carry out the acceptance tests with the Vendor within ten working days after the Vendor's notice of readiness and shall sign the Acceptance certificate when the Acceptance Criteria are met, or give written reasons for refusal. The Vendor shall correct the reported failures and the tests shall be repeated.
P:5.4 Installation, use of the Software in production or any payment does not amount to Acceptance.
H:Article 6 Warranty and Maintenance
P:6.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for eighteen (18) months from Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct reported defects and supply all updates and new versions free of charge.
P:6.2 After the Warranty Period the Buyer may order annual maintenance, which includes defect correction, updates and new versions. The annual maintenance fee is 12.5 per cent of the Licence Subtotal, i.e. CNY 54,375 per maintenance year, and shall not be increased for the first three maintenance years. Maintenance is ordered by the Buyer's purchase order for each maintenance year and does not renew automatically.
P:6.3 If the Buyer does not order maintenance, the perpetual licence continues unaffected.
H:Article 7 Support
P:7.1 The Vendor will provide support by e-mail and through its online ticket portal during its normal business hours in Greece, excluding Greek public holidays.
P:7.2 The Vendor will use commercially reasonable efforts to respond to support requests and to correct reported defects within a reasonable time, having regard to their effect on the Buyer's work.
P:7.3 Remote access to the Buyer's workstations for support is given only when the Buyer opens a supervised session.
H:Article 8 Buyer Data and Security
P:8.1 All Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose, including training or improving its products.
P:8.2 The Software stores all Buyer Data locally on the Buyer's workstations and does not transmit scans or models to the Vendor. Licence activation sends only the licence key and a hardware identifier.
P:8.3 When the Vendor accesses a workstation under Article 7.3, it shall use named personnel with individual credentials, access only what is needed to resolve the request and keep a log of each session, which it shall provide to the Buyer on request.
P:8.4 The Vendor shall notify the Buyer within 24 hours after it becomes aware of any unauthorised access to, loss of or disclosure of Buyer Data caused by the Vendor or its personnel, take all reasonable steps to contain it, and compensate the Buyer for the losses that result.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:9.2 The Custom Deliverables and all rights in them belong to the Buyer from their creation. The Vendor shall deliver them in editable form, and the Buyer may use, modify and have them modified by any third party without restriction.
P:9.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's unreleased designs and customer lists and the Vendor's pricing, and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation, calibration and the Custom Deliverables by the date in Article 5.1 for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1 per cent of the Contract Price for each day of delay, up to ten per cent of the Contract Price.
P:11.2 The total liability of each party under this Agreement is limited to one and a half times the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 8 or Article 10, or the indemnity in Article 9.3.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of it.
P:13.2 If the Buyer terminates under Article 13.1 before Acceptance, the Vendor shall refund all amounts paid and the Buyer shall uninstall the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the courts of Athens, Greece.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; both versions are equally authentic.
P:15.2 Amendments are valid only in writing signed by both parties.
P:15.3 Notices shall be sent by courier or e-mail to the addresses stated above and are effective on receipt. Neither party may assign this Agreement without the other party's written consent, except that the Buyer may assign it to an affiliate that takes over its studio.
P:15.4 This Agreement, with its price table, is the entire agreement between the parties on its subject and supersedes all earlier proposals and correspondence.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
P:Date: ____________    Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Zhoushan ferry operator, ticketing SaaS, Order Form + General Terms; Estonian vendor — .md
# ---------------------------------------------------------------------------------------------------------------
H301E02 = """# SALTWAY TICKETING CLOUD — ORDER FORM AND GENERAL TERMS

**Order Form No.:** SW-ORD-2026-0457

# PART A — ORDER FORM

## A1. Parties

- **Customer:** Zhoushan Lianhai Passenger Ferry Co., Ltd., No. 8 Haitian Avenue, Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China.
- **Vendor:** Saltway Systems OÜ, Lighthouse Road 1, Naissaar, Viimsi Parish, Harju County, Estonia.

This Order Form and the General Terms in Part B together form the agreement between the Customer and the Vendor (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## A2. Services

The Vendor will provide its Saltway Ticketing Cloud service for the Customer's nine passenger ferry routes between Zhoushan Island, Daishan, Putuoshan and the smaller islands, covering:

1. online and counter ticket sales with real-name registration of passengers, as required for waterway passenger transport in China;
2. seat and vehicle-deck inventory by sailing, with overbooking control;
3. QR-code boarding at 24 ticket gates and counter terminals;
4. WeChat and Alipay payment integration and daily settlement reports;
5. an interface to the Zhejiang port and shipping authority passenger reporting platform; and
6. the one-time onboarding services described in A5.

## A3. Subscription Term

The subscription term is three Subscription Years. Subscription Year 1 starts on the date of Go-Live Acceptance under A6; each later Subscription Year starts on the anniversary of that date. The Agreement ends at the end of Subscription Year 3 unless the parties sign a new Order Form; there is no automatic renewal.

## A4. Fees

At the Customer's request all fees are stated and payable in Chinese yuan (CNY), inclusive of VAT.

| Item | Basis | Fee (CNY) |
|---|---|---|
| Ticketing Cloud platform subscription, 9 routes | per Subscription Year | 198,000 |
| Gate and counter terminal licences, 24 units at CNY 2,750 | per Subscription Year | 66,000 |
| Annual subscription total | per Subscription Year | 264,000 |
| Subscription fees for three Subscription Years | 3 × 264,000 | 792,000 |
| Onboarding (configuration, fare rules, data import, authority interface, training) | one-time | 58,000 |
| **Total contract value** | | **850,000** |

SMS notifications beyond 200,000 messages per Subscription Year are charged at CNY 0.04 per message. Payment-channel fees are charged by the payment providers directly. Neither is part of the total contract value.

## A5. Onboarding

The Vendor will configure routes, sailings, vessels, fare tables and discount rules; import the Customer's frequent-traveller records; connect the 24 gates and counter terminals; build the authority reporting interface; and train ticket-office staff and supervisors. The target date for Go-Live Acceptance is 1 May 2026. The Vendor will use reasonable endeavours to meet that date, and the Customer will provide route data, vessel certificates and test devices on time.

## A6. Go-Live Acceptance

Go-Live Acceptance requires that: (a) tickets for all nine routes can be sold online and at counters, with real-name checks passing; (b) a two-day parallel run reconciles every ticket and payment with the Customer's existing system; (c) all 24 gates validate QR codes within one second; (d) the authority interface has reported two days of sailings without rejection; and (e) no Priority 1 incident occurs during the parallel run. The Customer signs the Go-Live Acceptance certificate when these are met. Use of the service before that date does not count as acceptance.

## A7. Invoicing and Payment

1. The onboarding fee is invoiced on Go-Live Acceptance.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. Invoices are payable within 30 days of receipt by bank transfer. Nothing is payable before Go-Live Acceptance.

## A8. Hosting and Subcontractor

The service is hosted on Alibaba Cloud in its Hangzhou region, which the Customer approves as the Vendor's hosting subcontractor by signing this Order Form.

## A9. Contacts and Language

The Customer's project lead is the head of its ticketing department; the Vendor's project lead is its Asia delivery manager, supported by a Mandarin-speaking service desk in Hangzhou. Project meetings are held weekly by video until Go-Live Acceptance and monthly afterwards. Documentation and training materials are provided in Chinese.

# PART B — GENERAL TERMS

## B1. Service Levels

1.1 The service will be available at least 99.95 per cent of each calendar month, excluding maintenance windows announced at least five days in advance and held between 01:00 and 05:00 China Standard Time.

1.2 Incidents are classified by the Customer as follows. Priority 1: ticket sales or boarding stopped on any route. Priority 2: a function degraded with a workaround available. Priority 3: questions and minor defects.

1.3 The Vendor will respond to a Priority 1 incident within 30 minutes, around the clock, and restore the service or a workaround within 2 hours. Priority 2 incidents receive a response within 2 hours and a fix within three business days. Priority 3 incidents receive a response within one business day.

1.4 The Vendor will report monthly on availability and incidents.

1.5 The service levels in this section are targets. The Vendor's sole obligation when it misses a service level is to investigate, restore the service and report the root cause. No service credits, fee reductions, refunds or other compensation are payable for missing a service level.

## B2. Customer Obligations

2.1 The Customer is responsible for its network connections at ports and ticket offices, the gates and counter hardware, and the accuracy of the fares and sailing schedules it enters.

2.2 The Customer will keep user credentials secure and tell the Vendor promptly about any suspected misuse of its accounts.

2.3 The Customer may add routes, sailings and users at any time without extra charge. Additional gate or counter terminals are licensed at CNY 2,750 per unit per Subscription Year, pro rata for a partial Subscription Year.

## B3. Customer Data

3.1 "Customer Data" means all passenger names, identity document numbers, contact details, bookings, tickets, payments and other data entered into or generated by the service for the Customer. Customer Data belongs to the Customer.

3.2 The Vendor will process Customer Data to provide the service to the Customer.

3.3 The Vendor may also create aggregated and anonymised data derived from Customer Data, such as demand by route, season and booking channel, and use it to improve and develop its products and to publish industry benchmarks for ferry operators, both during and after the term of this Agreement. Such data does not identify the Customer or any passenger.

## B4. Data Security

4.1 The Vendor will keep all Customer Data in mainland China and maintain the service under the MLPS level 3 requirements, with encryption of identity numbers at rest and of all data in transit, role-based access, multi-factor authentication for administrative access and daily backups kept in a second availability zone.

4.2 The Vendor will notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, support the Customer in its reporting obligations under PRC law, and bear the losses and costs caused by any incident that results from its breach of this section.

## B5. Intellectual Property

5.1 The Vendor owns the service and its software. 5.2 The fare rules, report templates and the authority reporting interface configured specifically for the Customer belong to the Customer, which may use, modify and hand them to any successor provider.

## B6. Confidentiality

Each party will keep the other's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need it and are bound by equal duties. This section survives for three years after the Agreement ends.

## B7. Subcontracting

Apart from the hosting subcontractor approved in A8, the Vendor will not subcontract any part of the service without the Customer's prior written consent.

## B8. Liability

The total liability of each party under this Agreement is limited to one and a half times the total contract value in A4. The limit does not apply to personal injury, wilful misconduct or breach of B4 or B6. Neither party is liable for indirect or consequential loss.

## B9. Termination

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

9.2 On termination or expiry the Vendor will, for 60 days, let the Customer export all Customer Data in CSV format and will then delete it, except the aggregated and anonymised data described in B3.3.

## B10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan, whose award is final.

## B11. General

Notices must be in writing. This Agreement may be signed electronically and in counterparts. Amendments require a written document signed by both parties.

Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoons, port closures ordered by the authorities or a nationwide network outage, provided it notifies the other party promptly and resumes performance as soon as possible. Neither party may assign this Agreement without the other party's written consent.

**For the Customer:** ____________________  Name / Title / Date

**For the Vendor:** ____________________  Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Yunnan coffee plantation, weather and soil sensors, buyer's paper; Danish integrator — .docx; compliant
# ---------------------------------------------------------------------------------------------------------------
H301E03 = """
T:Supply and Installation Contract for Weather and Soil Monitoring Equipment
P:Contract No. PECF-PUR-2026-022
P:Buyer: Pu'er Cloudridge Coffee Estate Co., Ltd., Simao District, Pu'er, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Agersoe Field Sensing ApS, Havnevej 4, Agersø, 4230 Skælskør, Denmark, acting through its representative office in Kunming (the "Supplier").
P:The Buyer operates coffee plantations of about 1,900 hectares on terraced slopes in Simao and Ning'er. To plan irrigation, fertilisation and frost protection, the Buyer wishes to install a network of automatic weather stations and soil probes with a dashboard. After a competitive negotiation the Buyer has selected the Supplier. This Contract uses the Buyer's standard form for equipment purchases.
H:Section 1 Definitions and Documents
P:1.1 "Equipment" means the weather stations, soil probes, gateways and solar power kits listed in Section 2. "Software" means the Field Dashboard application licensed under Section 9. "System" means the Equipment and the Software installed and working together.
P:1.2 "Final Acceptance" means the Buyer's written acceptance of the System under Section 6.
P:1.3 The Contract consists of this document, Annex 1 (Technical Specification and Site Layout) and Annex 2 (Acceptance Test Plan). If they conflict, this document prevails.
H:Section 2 Scope and Price
P:2.1 The Supplier shall supply, deliver to the estate, install, configure and commission the System, develop the custom irrigation alert rules and the interface to the Buyer's ERP, and train the Buyer's agronomists and field technicians.
P:2.2 At the Buyer's request, all prices are in Chinese yuan (CNY). The Contract Price is CNY 1,465,000, fixed and inclusive of VAT, customs duties, transport to the estate, insurance and all services until the end of the Warranty Period:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station (rain, wind, temperature, humidity, radiation, leaf wetness)|12|38,500|462,000
TB:2|Soil moisture and temperature probe, three depths|180|2,150|387,000
TB:3|LoRaWAN gateway with 4G backhaul|6|16,800|100,800
TB:4|Solar panel and battery kit|18|4,600|82,800
TB:5|Field Dashboard software, perpetual licence|1|146,000|146,000
TB:|Equipment and Licence Subtotal|||1,178,600
TB:6|Installation, mounting and commissioning|1|168,400|168,400
TB:7|Custom irrigation alert rules and ERP interface|1|92,000|92,000
TB:8|Training of agronomists and technicians|1|26,000|26,000
TB:|Contract Price|||1,465,000
H:Section 3 Payment
P:3.1 Advance payment: ten per cent of the Contract Price (CNY 146,500) within 20 days after signature, against the Supplier's invoice and an irrevocable bank guarantee of the same amount from a bank in mainland China, valid until the Delivery and Installation Certificate.
P:3.2 Installation payment: fifty-five per cent (CNY 805,750) within 20 days after the Buyer signs the Delivery and Installation Certificate. This certificate records quantities and installed positions only and is not an acceptance of quality or performance.
P:3.3 Final payment: thirty-five per cent (CNY 512,750) within 20 days after Final Acceptance.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the estate warehouse in Simao within 50 days after signature and complete installation within 90 days after signature, outside the main harvest from November to February unless the Buyer agrees otherwise.
P:4.2 The Supplier shall install the stations and probes at the positions in Annex 1, adapting them to the terrain with the Buyer's field manager, and shall protect coffee trees and terraces during the works. Damage caused by the Supplier's personnel shall be repaired at its cost.
P:4.3 The Supplier shall comply with the estate's safety rules, including the rules on pesticides, slopes and vehicles.
P:4.4 With the Equipment the Supplier shall provide packing lists, certificates of origin, calibration certificates for every weather station, Chinese-language operation and maintenance manuals, and as-built drawings of the network showing every device with its coordinates.
H:Section 5 Delay
P:5.1 If the Supplier fails to complete installation by the date in Section 4.1 for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1 per cent of the Contract Price for each day of delay, up to ten per cent of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract under Section 14.
H:Section 6 Testing and Final Acceptance
P:6.1 After installation, the Supplier shall run the tests in Annex 2 with the Buyer, including: (a) each station's readings within the specified tolerances against a calibrated reference instrument; (b) no soil probe missing more than two consecutive scheduled readings at the dashboard over 14 consecutive days; (c) irrigation and frost alerts sent to the responsible field managers within two minutes in simulated events; (d) daily data transferred to the ERP and reconciled; and (e) no Priority 1 fault during the 14-day test run.
P:6.2 When all tests are passed, the Buyer shall sign the Final Acceptance certificate within ten working days. Delivery, installation, use of data or payment of any instalment does not constitute Final Acceptance. Failed tests shall be repeated at the Supplier's cost after correction.
H:Section 7 Warranty
P:7.1 The Supplier warrants the System against defects in design, materials and workmanship for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period it shall repair or replace defective items free of charge, including parts, labour, travel and transport, and provide software updates.
P:7.2 A replaced item carries a fresh warranty of not less than six months or the remaining Warranty Period, whichever is longer.
P:7.3 The Supplier shall keep in Kunming a stock of spare probes, gateway modules and sensor heads sufficient to meet the service levels in Section 8, and shall keep spare parts available for at least eight years after Final Acceptance.
H:Section 8 Service Levels and Support
P:8.1 During the Warranty Period and any support period, the Supplier shall operate a Chinese-speaking service desk in Kunming. Faults are classified as follows:
TB:Priority|Definition|Response|On site / resolution
TB:Priority 1|Dashboard unavailable, or data lost from one or more gateways|1 hour|On site within 48 hours if not fixed remotely
TB:Priority 2|A single station or group of probes not reporting|8 business hours|Resolved within 5 business days
TB:Priority 3|Questions, reports and minor defects|2 business days|Next scheduled visit
P:8.2 For each hour by which the Supplier exceeds the Priority 1 response time it shall pay CNY 600, and for each day by which it exceeds the Priority 1 on-site time it shall pay CNY 1,500. The Buyer may deduct these amounts from any payment due.
P:8.3 After the Warranty Period, the Buyer may order annual support (the same service levels, spare parts and software updates) at a fixed annual fee of nine per cent of the Equipment and Licence Subtotal, i.e. CNY 106,074 per year, for the first three support years. Support is ordered by purchase order each year and does not renew automatically.
H:Section 9 Software Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for its plantations and affiliates in China.
P:9.2 The custom irrigation alert rules, the ERP interface, their source code and the site documentation belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them at Final Acceptance.
H:Section 10 Data and Data Security
P:10.1 All sensor readings, plantation maps, yields and other data collected or generated by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:10.2 The dashboard shall be hosted on the Buyer's cloud account in mainland China. The Supplier shall apply encryption in transit, role-based access and logged, Buyer-approved remote access, and shall not copy Buyer Data outside the Buyer's environment.
P:10.3 The Supplier shall notify the Buyer within 24 hours of any data security incident, take remedial action and be liable for the losses caused by incidents attributable to it.
H:Section 11 Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's plantations, varieties, yields, prices and customers, and shall not disclose it without the Buyer's prior written consent. This obligation survives the end of the Contract.
H:Section 12 Liability
P:12.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 10 and 11, which are not limited.
H:Section 13 Subcontracting
P:13.1 The Supplier may subcontract the civil works for mast foundations only to a local contractor approved in advance in writing by the Buyer, and remains responsible for it. No other part of the work may be subcontracted.
H:Section 14 Termination
P:14.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or in the case of Section 5.1. The Supplier shall then refund the amounts paid for work not accepted.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Section 16 General
P:16.1 This Contract is made in English and Chinese, and both texts are equally authentic. It takes effect on signature by both parties and may be amended only in writing. Neither party is liable for delay caused by force majeure, such as landslides or typhoon rains, if it notifies the other party promptly and takes reasonable steps to limit the effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Ningbo bearing maker, managed log monitoring (SOC) service; Norwegian provider — .md, clauses + Schedules
# ---------------------------------------------------------------------------------------------------------------
H301E04 = """# MANAGED LOG MONITORING SERVICES AGREEMENT

Agreement reference: HSO-MSA-CN-2026-12

**Between**

**Ningbo Yongxin Precision Bearing Co., Ltd.**, Beilun District, Ningbo, Zhejiang Province, People's Republic of China ("Customer"); and

**Hitra Security Operations AS**, Fillan, 7240 Hitra, Norway ("Provider").

**Background**

(A) Customer manufactures deep-groove and tapered roller bearings in three plants in Ningbo and exports to automotive and wind-energy customers who require evidence of continuous security monitoring.

(B) Provider operates a security operations centre and offers managed log collection, correlation, threat detection and incident response as a service.

(C) Customer wishes to engage Provider to monitor its IT and plant network logs on the terms of this Agreement.

## 1. Definitions

1.1 "Services" means the managed log monitoring services described in Clause 3 and Schedule 1.

1.2 "Customer Logs" means all logs, events, alerts, network flow records, asset lists and other data collected from Customer's systems, and all reports and analyses about Customer's environment.

1.3 "Service Commencement" means the date on which Customer signs the Service Acceptance certificate under Clause 5.

1.4 "Initial Term" means 24 months from Service Commencement.

1.5 "Monthly Service Charge" means the charge stated in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature and continues until the end of the Initial Term.

2.2 The Agreement expires at the end of the Initial Term unless the parties extend it by a written agreement. There is no automatic renewal.

## 3. Services

3.1 Provider will collect and analyse logs from Customer's firewalls, domain controllers, ERP and MES servers, e-mail gateway, endpoint protection and the OT network monitoring sensors in the three plants, about 420 log sources in total.

3.2 Provider will monitor the logs around the clock, triage alerts, notify Customer of confirmed incidents with recommended containment steps, and, on Customer's instruction, carry out remote containment actions through the agreed tools.

3.3 Provider will deliver monthly service reports, a quarterly threat review and an annual summary suitable for Customer's customer audits.

3.5 Customer will name an incident contact for each plant who can be reached at all times, keep the log sources configured as agreed, and tell Provider in advance about planned network changes that affect log collection.

3.4 Log collectors will be installed on virtual machines in Customer's Ningbo data centre. Collected logs will be stored and analysed on Provider's platform hosted in a data centre in Shanghai. No Customer Logs will be transferred outside mainland China.

## 4. Onboarding

4.1 Provider will complete onboarding within 60 days after signature: install collectors, connect the log sources, tune the detection rules to Customer's environment, agree the escalation matrix and run a shadow-monitoring period of ten days.

4.3 Customer will provide the virtual machines, firewall openings and administrator accounts that Provider needs for onboarding within ten business days after signature. Delay caused by Customer extends the onboarding period accordingly.

4.2 If Service Commencement is delayed beyond that date for reasons attributable to Provider, Provider will pay Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## 5. Service Acceptance

5.1 Service Acceptance requires that: (a) at least 400 of the log sources listed in the onboarding plan are reporting; (b) each of the 20 test scenarios in the acceptance plan, including a simulated ransomware execution and a brute-force attack on the ERP, is detected and escalated within the Schedule 2 times; (c) the escalation matrix and runbooks are approved by Customer; and (d) the shadow-monitoring period has been completed without a missed confirmed incident.

5.2 Customer will sign the Service Acceptance certificate within five business days after the criteria are met, or give reasons for refusal. Collection of logs before that date does not constitute acceptance.

## 6. Service Levels

6.1 Provider will meet the response times in Schedule 2 for each priority.

6.2 The Customer portal will be available at least 99.95 per cent of each month, excluding maintenance announced five days in advance.

6.3 If Provider misses a service level in a month, Customer receives the service credits in Schedule 2, deducted from the next invoice. Service credits in a month are capped at twenty per cent of that month's Monthly Service Charge.

6.4 Provider's monthly service report will show, for each priority, the number of incidents, the response times achieved, the service credits due and the portal availability, together with the log sources that stopped reporting and the actions taken. The parties will review the report in a monthly service meeting held by video, and Customer may ask for an on-site review in Ningbo twice a year.

## 7. Charges and Payment

7.1 At Customer's request, all charges are in Chinese yuan (CNY) and include VAT. The charges are set out in Schedule 3.

7.2 The onboarding charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears from Service Commencement. Invoices are payable within 30 days. No amount is payable in advance.

## 8. Customer Logs and Data Security

8.1 Customer Logs belong to Customer. Provider will use Customer Logs only to perform the Services for Customer and will not use them for any other purpose, including the development of its products or services for other clients.

8.2 Provider will protect Customer Logs with encryption in transit and at rest, multi-factor authentication for analysts, access restricted to the analysts assigned to Customer, and full audit logging. Its Shanghai platform holds an MLPS level 3 record.

8.3 Provider will notify Customer within 24 hours of any security incident affecting Customer Logs, take immediate containment measures, and be liable for losses caused by incidents resulting from its failure to comply with this Clause.

8.4 At the end of the Agreement Provider will return Customer Logs in an agreed format and then delete them, and will certify the deletion in writing.

## 9. Intellectual Property

9.1 Provider keeps all rights in its platform, tools and general threat intelligence.

9.2 Detection rules, runbooks and reports written specifically for Customer belong to Customer, which may use, modify and give them to any other provider.

## 10. Confidentiality

Each party will keep confidential all information received from the other party under this Agreement, use it only for this Agreement and not disclose it to third parties except to professional advisers under a duty of confidence or where required by law. This obligation lasts for three years after the Agreement ends.

## 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement in any calendar year shall not exceed the total Monthly Service Charges paid by Customer in the six months before the event giving rise to the claim.

11.2 Clause 11.1 does not apply to personal injury, fraud or wilful misconduct. Neither party is liable for indirect or consequential loss, loss of profit or loss of production.

## 12. Subcontracting

Provider may subcontract any part of the Services, including out-of-hours monitoring shifts and forensic support, to its affiliates or to third parties by giving Customer written notice of the subcontractor's name and role. Provider remains responsible for its subcontractors.

## 13. Termination

13.1 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

13.2 Customer may not terminate this Agreement before the end of the Initial Term. If Provider fails to perform the Services, Customer's remedies are the service credits under Schedule 2 and damages within the limits of Clause 11.

13.3 On expiry or termination, Provider will support the transfer of the Services to Customer or a new provider for up to 30 days at its standard daily rates.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 15. General

Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's prior written consent. Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.

## Schedule 1 — Scope

Log sources: perimeter firewalls (6), domain controllers (4), ERP and MES servers (38), e-mail gateway (2), endpoint protection console (1), OT network sensors (9), other servers and network devices (about 360). Coverage: all three Ningbo plants and the head office.

## Schedule 2 — Priorities, Response Times and Service Credits

| Priority | Definition | Response time | Service credit per miss |
|---|---|---|---|
| P1 | Confirmed incident affecting production or ERP, or active ransomware | 15 minutes, 24 × 7 | 5 % of the Monthly Service Charge |
| P2 | Confirmed incident on a single system with no production impact | 1 hour, 24 × 7 | 2 % of the Monthly Service Charge |
| P3 | Suspicious activity needing Customer review | 8 business hours | 0.5 % of the Monthly Service Charge |
| Portal | Monthly availability below 99.95 per cent | — | 3 % of the Monthly Service Charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time | 76,000 |
| Monthly Service Charge | per month, 24 months | 61,500 |
| Monthly Service Charges over the Initial Term | 24 × 61,500 | 1,476,000 |
| **Total contract value** | | **1,552,000** |

Signed for Customer: ____________________  Signed for Provider: ____________________

Date: ____________  Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Hangzhou travel platform, passport MRZ verification API subscription; Croatian vendor — .txt; foreign law
# ---------------------------------------------------------------------------------------------------------------
H301E05 = """API SUBSCRIPTION AGREEMENT
PASSPORT MRZ VERIFICATION SERVICE

Agreement number: OBJ-API-2026-0078

THIS AGREEMENT is made between:

HANGZHOU QIANTANG WANDER TRAVEL TECHNOLOGY CO., LTD., a company established in the People's Republic of China, with its office at Building 5, No. 699 Wangshang Road, Binjiang District, Hangzhou ("Customer"); and

OBONJAN IDENTITY LABS D.O.O., a company established in the Republic of Croatia, with its registered office at Otok Obonjan bb, 22000 Šibenik, Croatia ("Vendor").

RECITALS

Customer operates an online travel platform that sells outbound tours, cruise packages and visa services. To check the passports that travellers upload when booking, Customer wishes to call a service that reads the machine-readable zone (MRZ) of a passport image, validates its check digits and returns structured fields. Vendor provides such a service through an application programming interface (the "API").

1. DEFINITIONS

1.1 "Verification" means one API call that submits one passport image and returns a result.
1.2 "Subscription Year" means the period from the Production Activation Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.
1.3 "Production Activation Date" means the date on which Customer signs the Integration Acceptance record under Clause 5.
1.4 "Customer Data" means passport images, MRZ contents, names, document numbers, dates of birth, nationalities and all other data that Customer submits, and all results returned for it.

2. SERVICE

2.1 Vendor shall provide the API, its documentation, a test environment with synthetic passports, and a Chinese-speaking technical support desk.
2.2 The API reads the MRZ of passports of all ICAO-compliant issuing states, validates the check digits and returns the fields with a confidence score. It does not verify chip data or the authenticity of the document.
2.3 The production API is hosted on Tencent Cloud in its Shanghai region. Customer Data is processed only in that region.
2.4 The support desk is staffed in Chinese and English around the clock for Priority 1 incidents and from 09:00 to 21:00 Beijing time on business days for other requests. Vendor shall publish a status page showing current availability and incidents, and shall inform Customer's named technical contacts by e-mail and instant message when a Priority 1 incident starts and ends.
2.5 Vendor may improve the API, but shall give Customer at least 90 days' notice before removing a field, changing a response format or retiring an API version, and shall keep the previous version running during that period.

3. TERM AND RENEWAL

3.1 The subscription term is two Subscription Years from the Production Activation Date.
3.2 At the end of the term the subscription renews for a further Subscription Year at the same fees and on the same terms unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Vendor may not change the fees on renewal.

4. FEES AND PAYMENT

4.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY), inclusive of VAT. The fees are set out in the Schedule.
4.2 The integration support fee is invoiced after Integration Acceptance.
4.3 The subscription fee is invoiced quarterly in arrears, CNY 54,000 per quarter. Verifications above the annual volume in the Schedule are invoiced quarterly in arrears at the overage rate.
4.4 Invoices are payable within 30 days of receipt. No fee is payable before the Production Activation Date.

5. INTEGRATION AND ACCEPTANCE

5.1 Vendor shall support Customer's integration: a kick-off workshop, review of Customer's API client, field mapping to Customer's booking system, and load testing in the test environment.
5.2 Integration Acceptance requires that, on Customer's test set of 2,000 real passport images from its archive (used with traveller consent) and 500 synthetic images: (a) all MRZ fields are read correctly for at least 1,960 of the 2,000 real images; (b) every image with a deliberately wrong check digit is flagged; (c) median response time is below 800 milliseconds and no response exceeds 3 seconds at 50 calls per second; and (d) the field mapping passes Customer's end-to-end booking test.
5.3 Customer shall sign the Integration Acceptance record within five business days after the criteria are met or give written reasons. Use of the test environment is not acceptance.
5.4 Vendor shall make the production API available for Integration Acceptance within 30 days after signature. For each day of delay attributable to Vendor, Vendor shall pay Customer CNY 450, up to CNY 22,500.

6. SERVICE LEVELS AND SERVICE CREDITS

6.1 Vendor shall keep the production API available at least 99.95 per cent of each calendar month, measured at its Shanghai endpoint and excluding maintenance announced seven days in advance and performed between 02:00 and 05:00 Beijing time.
6.2 Incident priorities and response times are set out in the Schedule. Vendor shall respond to a Priority 1 incident within 30 minutes, at any time, and restore service within 2 hours.
6.3 If monthly availability is below the level in Clause 6.1, or a Priority 1 response or restoration time is missed, Customer shall receive the service credit stated in the Schedule, deducted from the next invoice. Service credits do not limit Customer's other rights.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Vendor processes Customer Data only on Customer's documented instructions and only to return the Verification result. Vendor shall not keep, copy or use Customer Data for any other purpose, including training or testing its recognition models or creating statistics.
7.2 Passport images are processed in memory and deleted as soon as the result is returned. Results are kept in encrypted form for no more than 24 hours for troubleshooting and then deleted.
7.3 Vendor shall maintain security measures appropriate to personal information, including TLS encryption, isolation of Customer's tenant, multi-factor authentication for administrators, logging of all administrative access and an annual penetration test whose summary it shares with Customer. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
7.4 Vendor shall notify Customer within 12 hours after becoming aware of any personal information breach affecting Customer Data, take immediate containment measures, cooperate with Customer's notifications to regulators and travellers, and compensate Customer for all losses, fines and costs caused by a breach attributable to Vendor.

8. INTELLECTUAL PROPERTY

8.1 Vendor keeps all rights in the API, its models and its documentation.
8.2 The field mapping, integration scripts and test sets prepared for Customer belong to Customer, which may use and modify them freely and give them to another provider.

9. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after the Agreement ends.

10. SUBCONTRACTING

10.1 Customer approves Tencent Cloud as Vendor's hosting provider.
10.2 Vendor shall not subcontract any other part of the service, or engage any other processor of Customer Data, without Customer's prior written consent.

11. LIABILITY

Each party's total liability under this Agreement is limited to twice the total fees stated in the Schedule for the subscription term. The limit does not apply to breach of Clause 7 or Clause 9, personal injury or wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
12.2 Customer may also terminate if monthly availability is below 99 per cent in two consecutive months.
12.3 On termination Vendor shall refund any fees paid for the period after termination and confirm in writing that no Customer Data remains in its systems.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Republic of Croatia.
13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Permanent Arbitration Court at the Croatian Chamber of Economy in Zagreb, in English.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above or to the e-mail addresses the parties name for this purpose.
14.2 Neither party may assign this Agreement without the other party's prior written consent.
14.3 This Agreement, with its Schedule, is the entire agreement between the parties on its subject.

SCHEDULE - FEES, PRIORITIES AND SERVICE CREDITS

A. FEES (CNY)
Subscription fee, including 1,200,000 Verifications per Subscription Year: 216,000 per Subscription Year
Subscription fees for two Subscription Years: 432,000
Integration support, one-time: 18,000
Total contract value: 450,000
Overage above the annual volume: CNY 0.16 per Verification (not included in the total)

B. PRIORITIES AND RESPONSE TIMES
Priority 1 - API unavailable or error rate above 5 per cent of calls: response 30 minutes, restoration 2 hours, 24 x 7
Priority 2 - degraded performance or errors for some issuing states: response 2 hours, resolution 1 business day
Priority 3 - questions and documentation: response 1 business day

C. SERVICE CREDITS (per month, deducted from the next quarterly invoice)
Availability below 99.95 per cent but at least 99.5 per cent: 10 per cent of the monthly share of the subscription fee
Availability below 99.5 per cent: 25 per cent of the monthly share of the subscription fee
Each missed Priority 1 response or restoration time: 5 per cent of the monthly share of the subscription fee

SIGNED for and on behalf of Customer: ____________________  Date: __________
SIGNED for and on behalf of Vendor: ____________________  Date: __________
"""

# ===============================================================================================================
# Files, labels, checks
# ===============================================================================================================
FILES = {  # stem -> (file name, kind, source)
    "h301z01": ("h301z01_water_bureau_level_video_monitoring.pdf", "pdf", H301Z01),
    "h301z02": ("h301z02_dairy_pasteuriser_control_retrofit.docx", "docx", H301Z02),
    "h301z03": ("h301z03_dry_cleaning_chain_order_member_saas.txt", "txt", H301Z03),
    "h301z04": ("h301z04_city_library_ils_annual_operations.txt", "txt", H301Z04),
    "h301z05": ("h301z05_bakery_qms_supplier_template.md", "md", H301Z05),
    "h301e01": ("h301e01_clay_studio_3d_scanning_licences_greek_vendor.pdf", "pdf", H301E01),
    "h301e02": ("h301e02_ferry_ticketing_saas_order_form.md", "md", H301E02),
    "h301e03": ("h301e03_coffee_estate_weather_soil_sensors.docx", "docx", H301E03),
    "h301e04": ("h301e04_bearing_maker_managed_soc_service.md", "md", H301E04),
    "h301e05": ("h301e05_travel_platform_mrz_api_croatian_vendor.txt", "txt", H301E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# the arithmetic behind the labels (asserted below)
assert 614_400 + 846_000 + 297_600 + 286_000 + 198_000 == 2_242_000
assert 2_242_000 + 325_000 + 188_000 + 21_000 == 2_776_000
assert 555_200 + 971_600 + 1_249_200 == 2_776_000 and 555_200 == 2_776_000 * 20 // 100
assert 2_242_000 * 8 // 100 == 179_360
assert 468_000 + 74_000 + 236_000 + 117_600 + 152_000 + 96_000 == 1_143_600
assert 1_143_600 + 214_000 + 88_400 + 14_000 == 1_460_000
assert 146_000 + 511_000 + 730_000 + 73_000 == 1_460_000
assert 1_143_600 * 32 // 100 == 365_952
assert 55 * 2_880 == 158_400 and 158_400 + 36_000 == 194_400 and 3 * 194_400 == 583_200
assert 583_200 + 128_000 == 711_200 and 194_400 // 4 == 48_600
assert 312_000 + 96_000 + 48_000 + 30_000 == 486_000 and 486_000 // 4 == 121_500
assert 360_000 + 295_000 + 58_000 + 12_000 == 725_000 and 398_750 + 326_250 == 725_000
assert 725_000 * 55 // 100 == 398_750
assert 6 * 58_000 == 348_000 and 6 * 14_500 == 87_000 and 348_000 + 87_000 == 435_000
assert 435_000 + 36_000 + 24_000 == 495_000 and 99_000 + 396_000 == 495_000 and 99_000 == 495_000 // 5
assert 435_000 * 125 // 1000 == 54_375
assert 198_000 + 24 * 2_750 == 264_000 and 3 * 264_000 + 58_000 == 850_000
assert 12 * 38_500 + 180 * 2_150 + 6 * 16_800 + 18 * 4_600 + 146_000 == 1_178_600
assert 1_178_600 + 168_400 + 92_000 + 26_000 == 1_465_000
assert 146_500 + 805_750 + 512_750 == 1_465_000 and 1_178_600 * 9 // 100 == 106_074
assert 24 * 61_500 + 76_000 == 1_552_000
assert 2 * 216_000 + 18_000 == 450_000 and 216_000 // 4 == 54_000


def terms(avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
LABELS = {  # stem -> (category, terms, sla_clause, ld_stated, capped (goods only), deemed, value, fee base, rules)
    "h301z01": ("hardware", terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8,
                                  False, True, False, "PRC", G),
                True, True, True, False, 2776000, 2242000, []),
    "h301z02": ("hardware", terms(None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 32,
                                  False, True, False, "PRC", G),
                True, True, True, False, 1460000, 1143600, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h301z03": ("cloud", terms(99.5, 0.5, True, "buyer", True, True, False, 600 / 711200 * 100, 150, None, True,
                               None, None, None, True, True, False, "PRC", S),
                True, True, None, False, 711200, None,
                ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
    "h301z04": ("services", terms(None, 0.25, True, "buyer", False, True, True, 0.02, None, None, True, None, None,
                                  None, False, True, False, "PRC", S),
                True, True, None, False, 486000, None, ["CR-DATA-SECURITY", "CR-LD-LOW"]),
    "h301z05": ("software", terms(None, 8, False, "supplier", True, False, True, 0.02, 20, 55, False, False, 6, None,
                                  False, True, True, "PRC", G),
                True, True, False, True, 725000, 360000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-WARRANTY"]),
    "h301e01": ("software", terms(None, None, False, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 12.5,
                                  False, True, False, "Greece", G),
                False, True, True, False, 495000, 435000, ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h301e02": ("cloud", terms(99.95, 0.5, False, "buyer", True, False, True, None, 150, None, True, None, None, None,
                               False, True, False, "PRC", S),
                True, False, None, False, 850000, None, ["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "h301e03": ("hardware", terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False,
                                  True, False, "PRC", G),
                True, True, True, False, 1465000, 1178600, []),
    "h301e04": ("services", terms(99.95, 0.25, True, "buyer", True, True, True, 1200 / 1552000 * 100, 6 / 24 * 100,
                                  None, True, None, None, None, False, False, True, "PRC", S),
                True, True, None, False, 1552000, None, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h301e05": ("cloud", terms(99.95, 0.5, True, "buyer", True, True, True, 450 / 450000 * 100, 200, None, True, None,
                               None, None, False, True, False, "Croatia", S),
                True, True, None, False, 450000, None, ["CR-GOVERNING-LAW"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(t, value, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years pro rata; None when the fee is not stated."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return value + fees, fees, fees / (value + fees) * 100


def derive_rules(t, sla, ld_stated, capped, value, base):
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
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
        x = tco(t, value, base)
        if x and x[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # in this set every foreign law comes with a foreign forum
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---- threshold figures that must not appear anywhere in the texts -------------------------------------------
NUM_ZH = "一二三四五六七八九十百千万两零"
PC = r"\s*(?:%|％|per\s*cent|percent)"
FORBIDDEN = [
    ("availability 99.9", r"99\.9(?!\d)"),
    ("P1 4 hours", r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)"),
    ("P1 四小时", r"(?<![%s])四\s*个?\s*小时" % NUM_ZH),
    ("P1 four hours", r"\bfour[\s-]+hours?\b"),
    ("P1 240 minutes", r"(?<![\d.])240\s*(?:minutes?|mins?|分钟)|二百四十分钟"),
    ("LD 0.05 %", r"(?<![\d.])0?\.05" + PC),
    ("LD 万分之五", r"万分之五(?![十百千])"),
    ("cap 100 %", r"(?<![\d.])100" + PC + r"|百分之一?百|\b(?:one\s+)?hundred\s+per\s*cent"),
    ("30 %", r"(?<![\d.])30" + PC + r"|百分之三十(?![一二三四五六七八九])|三成|\bthirty\s+per\s*cent"),
    ("40 %", r"(?<![\d.])40" + PC + r"|百分之四十(?![一二三四五六七八九])|四成|\bforty\s+per\s*cent"),
    ("15 %", r"(?<![\d.])15" + PC + r"|(?<![%s])十五%s|百分之十五(?![一二三四五六七八九])|\bfifteen\s+per\s*cent"
     % (NUM_ZH, r"\s*(?:%|％)")),
    ("12 months", r"(?<![\d.])12\s*(?:-\s*)?(?:calendar\s+)?(?:months?|个月)|(?<![%s])十二\s*个月|\btwelve[\s-]+(?:calendar\s+)?months?\b"
     % NUM_ZH),
    ("one year", r"\b(?:one|1|a\s+single)[\s-]+years?\b|一年|(?<![\d.])1\s*年(?!\d)"),
    ("5 years", r"(?<![\d.])5\s*(?:-\s*)?(?:years?|年)(?!\d)|(?<![%s])五\s*年|\bfive[\s-]+years?\b" % NUM_ZH),
    ("60 months", r"(?<![\d.])60\s*(?:-\s*)?(?:months?|个月)|六十\s*个月|\bsixty[\s-]+months?\b"),
]
FORBIDDEN_RE = [(n, re.compile(p, re.I)) for n, p in FORBIDDEN]
MUST_HIT = ["4小时", "4 hours", "4-hour", "四小时", "四个小时", "four hours", "240 minutes", "99.9%", "99.9 %",
            "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "百分之一百", "30%", "30 per cent", "百分之三十",
            "三成", "thirty per cent", "40%", "百分之四十", "forty per cent", "15%", "15 per cent", "百分之十五",
            "12个月", "十二个月", "12 months", "twelve months", "twelve calendar months", "one year", "1 year", "一年",
            "5年", "五年", "five years", "5-year", "60个月", "六十个月", "60 months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.95 per cent", "115%", "0.15%",
                "0.5%", "130%", "150%", "1.5倍", "四十二个月", "2025年", "2026年", "十五年", "二十五年", "three years",
                "0.045元", "万分之五十", "18 months", "24 months", "2 Subscription Years", "Subscription Year",
                "服务年度", "1,200,000 Verifications", "CNY 0.16", "45%", "35%", "百分之三十五", "140 minutes",
                "1.5 years", "2.5%"]


def hits(text):
    out = []
    for cand in (text, re.sub(r"\s+", " ", text)):
        for name, rx in FORBIDDEN_RE:
            m = rx.search(cand)
            if m:
                out.append((name, m.group(0)))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), "regex misses %r" % s
    for s in MUST_NOT_HIT:
        assert not hits(s), "regex wrongly hits %r: %r" % (s, hits(s))


def read_back(path):
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(stem):
    cat, t, sla, ld_stated, capped, deemed, value, base, rules = LABELS[stem]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": FILES[stem][0], "language": "zh" if stem[4] == "z" else "en", "category": cat,
           "expected_terms": t, "expected_extra": extra, "expected_rules": sorted(rules)}
    return json.dumps(lab, ensure_ascii=False, indent=1)


def check_thresholds(stem):
    cat, t, sla, ld_stated, capped, deemed, value, base, rules = LABELS[stem]
    off = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
           ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
           ("post_warranty_fee_pct", 15)]
    for k, thr in off:
        v = t[k]
        assert v is None or abs(v - thr) > 1e-6, (stem, k, v)
    x = tco(t, value, base)
    if x:
        assert abs(x[2] - 40) > 0.5, (stem, x)
    if t["contract_kind"] == S:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and capped is None
        assert t["final_payment_on_acceptance"] is None or stem in ()
    return x


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: FILES[k][2] for k in built}, built, OUT, wrap_words=True)
    for stem, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    fired = set()
    print()
    print("%-8s %-4s %-6s %-7s %-6s %s" % ("stem", "lang", "chars", "words", "risk", "expected rules"))
    for stem, (name, kind, src) in FILES.items():
        text = read_back(OUT / name)
        zh = stem[4] == "z"
        n_chars, n_words = len(text), len(text.split())
        if zh:
            assert 2800 <= n_chars <= 3300, (name, n_chars)
        else:
            assert 1500 <= n_words <= 1700, (name, n_words)
        h = hits(text) + hits(src)
        assert not h, (name, h)
        cat, t, sla, ld_stated, capped, deemed, value, base, rules = LABELS[stem]
        assert list(t) == TERM_KEYS
        derived = derive_rules(t, sla, ld_stated, capped, value, base)
        assert derived == sorted(rules), (stem, derived, rules)
        x = check_thresholds(stem)
        fired |= set(rules)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(stem), encoding="utf-8")
        tco_s = "" if x is None else "  TCO %.2f, post-warranty %.2f, share %.2f %%" % x
        print("%-8s %-4s %-6d %-7d %-6s %s%s" % (stem, "zh" if zh else "en", n_chars, n_words, risk(rules),
                                                 ", ".join(rules) or "(none)", tco_s))
    assert fired == set(SEVERITY), sorted(set(SEVERITY) - fired)
    n = [len(LABELS[s][-1]) for s in LABELS]
    assert sorted(n).count(0) == 2 and sum(1 for s in LABELS if LABELS[s][-1] and risk(LABELS[s][-1]) == "low") == 1
    assert sum(1 for k in n if 2 <= k <= 3) == 6 and len(LABELS["h301z05"][-1]) >= 8
    print("\nall 20 CR rules fire at least once; mix 2 compliant / 1 single low / 6 with 2-3 / z05 with %d"
          % len(LABELS["h301z05"][-1]))


if __name__ == "__main__":
    main()
