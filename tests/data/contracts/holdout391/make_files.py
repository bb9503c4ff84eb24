"""holdout391: ten ordinary draft contracts (5 zh, 5 en) written blind, with their sidecar labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly; .docx/.pdf through ../word_pdf.py write(..., wrap_words=True)), the ten
.json labels, reads every built file back, asserts the text lengths, the threshold-free texts and labels, the price
sums, and that every CR rule of policy.md is expected at least once. Prints the expected rules per contract.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 — 藏药材质量追溯平台 (政府采购 公开招标, buyer's paper), PDF, 第X条 + 1.1, compliant
# ---------------------------------------------------------------------------------------------------------------
H391Z01 = """T:昌都市藏医药管理局藏药材质量追溯平台建设项目政府采购合同
P:合同编号：CDZY-ZFCG-2026-017
P:采购方式：公开招标（招标编号：CDGP2026-0342）
P:甲方（采购人）：昌都市藏医药管理局
P:地址：西藏自治区昌都市卡若区茶马广场东路18号
P:乙方（中标供应商）：拉萨雪域数联信息技术有限公司
P:地址：西藏自治区拉萨市柳梧新区察古大道66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就藏药材质量追溯平台建设事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求说明书均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方为甲方建设藏药材质量追溯平台，覆盖藏药材人工种植与野生采集登记、产地初加工、炮制、仓储、流通以及藏医医疗机构入库使用各环节，实现"一物一码、全程可查"。
P:1.2 平台部署于昌都市政务云，对接自治区药品监管信息系统和甲方所属藏医院的医院信息系统，并提供面向公众的扫码查询小程序（藏汉双语界面）。
P:1.3 建设内容包括：平台基础软件许可、追溯业务模块定制开发、溯源标签打印机及手持扫码终端供货、实施部署与历史数据初始化、用户培训。各项功能和性能指标以需求说明书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾捌万元整（¥1,980,000.00），为含税全包价，包括软件、硬件、开发、实施、运输、培训及质保期内服务的全部费用，甲方不再另行支付其他费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|追溯平台基础软件永久许可（含移动端）|1套|680,000
TB:2|追溯业务模块定制开发（种植采集、炮制、流通、医疗机构入库）|1项|920,000
TB:3|溯源标签打印机及手持扫码终端|62台|186,000
TB:4|实施部署及历史数据初始化|1项|154,000
TB:5|培训（管理员、药材企业、医疗机构操作员）|1项|40,000
TB:合计|||1,980,000
P:2.2 上表第1项与第3项合计¥866,000，为本合同的软硬件小计，作为质保期满后维护费的计费基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，计¥396,000。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，计¥891,000。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，计¥693,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付程序付款，因财政国库审批造成的合理延误不视为甲方违约。
H:第四条 交付与实施进度
P:4.1 乙方应于合同签订后90日内完成平台部署和初验准备，于合同签订后150日内完成试运行准备并提交终验申请。
P:4.2 溯源标签打印机及扫码终端应于合同签订后45日内送达甲方指定地点，由双方现场清点签收。签收仅确认数量和外观，不代表质量验收。
P:4.3 乙方应指派具有同类项目经验的项目经理常驻昌都，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验标准：（1）需求说明书所列功能逐项测试通过；（2）以不少于300个批次的藏药材样本完成从采集到医疗机构入库的全链条扫码测试，追溯信息完整、准确；（3）500个并发用户下页面平均响应时间不超过2秒；（4）与自治区药品监管系统的数据交换连续10日无差错；（5）通过第三方网络安全等级保护测评。
P:5.2 初验合格后进入90日试运行。试运行期间未发生一级故障、二级故障累计不超过3次，且乙方已提交全部源代码、数据字典、部署及运维文档的，甲方组织专家终验并出具终验报告。
P:5.3 平台上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并申请复验，所需费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换和现场技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.3 故障分级及响应：一级故障（平台整体不可用或追溯数据无法写入）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分模块不可用）1小时内响应，次日内解决；三级故障（一般问题）3个工作日内解决。
P:6.4 乙方未按6.3条时限响应或恢复的，每超时1小时支付违约金¥800；月度可用率每低于承诺值0.01个百分点，支付违约金¥1,000。上述款项甲方可从应付款或履约保证金中直接扣除。
P:6.5 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过软硬件小计的8%，即每个服务年度不超过¥69,280，该价格在质保期满后的三个服务年度内保持不变，具体以双方另行签订的维护合同为准。维护合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的业务模块、接口程序、源代码、数据模型及全部文档，其知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发，无需另行付费。
P:7.2 平台基础软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属藏医医疗机构。
P:7.3 乙方保证所交付的软件和成果不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的追溯数据、药材企业信息、医疗机构用药记录等全部数据归甲方所有。乙方仅为履行本合同使用数据，不得复制、留存或用于任何其他目的。
P:8.2 乙方应落实网络安全等级保护第三级要求，对数据实施加密存储和加密传输、分级授权和操作日志审计；乙方人员远程运维须经甲方逐次审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对在履行合同过程中知悉的甲方工作秘密、技术资料和其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，逾期违约金累计不超过合同总价的10%。
P:10.2 乙方交付的产品或服务不符合合同约定的，应负责修复或更换；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同全部或部分义务转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或存在其他根本违约行为且在甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:第十四条 其他
P:14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：昌都市藏医药管理局　法定代表人或授权代表：________　日期：____年__月__日
P:乙方（盖章）：拉萨雪域数联信息技术有限公司　法定代表人或授权代表：________　日期：____年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 — 玻璃瓶回收厂 破碎分选线控制系统改造 + 维保, DOCX, 一、/（一）, Word price table
# ---------------------------------------------------------------------------------------------------------------
H391Z02 = """T:破碎分选线控制系统改造合同
P:合同编号：QC-JG-2026-009
P:甲方（买方）：宿州清瓷玻璃再生资源有限公司
P:地址：安徽省宿州市埇桥区循环经济产业园纬三路9号
P:乙方（卖方）：合肥恒拓自动化工程有限公司
P:地址：安徽省合肥市高新区望江西路2188号
P:甲方现有废玻璃瓶破碎分选线一条，原继电器控制系统老化、故障频繁，光学分选精度已不能满足下游玻璃厂对碎玻璃纯度的要求。甲方经询比价选定乙方承担控制系统改造。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、改造范围
P:（一）拆除原继电器控制柜，新建PLC主控柜及远程I/O站，更换给料、破碎、筛分、风选、磁选、色选各工段的变频器和电机保护装置。
P:（二）升级光学色选机控制模块及高速喷阀组，实现白料、棕料、绿料三色分选和陶瓷、石子等杂质剔除。
P:（三）新建中控室上位机监控系统，含产量统计、能耗计量、设备报警、联锁保护和班组报表功能。
P:（四）完成全线联动调试、操作及维修人员培训和全部技术资料移交。
H:二、合同价款
P:（一）合同总价为人民币壹佰捌拾陆万元整（¥1,860,000），含13%增值税、运输、保险、安装、调试及培训费用。价格明细见下表：
TB:序号|名称|规格及数量|金额（元）
TB:1|PLC主控柜及远程I/O站|1主3从|486,000
TB:2|变频器及电机保护装置|38台|412,000
TB:3|光学色选控制模块及高速喷阀组|3套|398,000
TB:4|上位机工作站及HMI触摸屏|2套、6台|122,000
TB:5|监控软件永久许可|1套|166,000
TB:|设备及软件小计||1,584,000
TB:6|安装、布线及联动调试|1项|162,000
TB:7|PLC及上位机程序编制|1项|96,000
TB:8|培训及技术资料|1项|18,000
TB:|合计||1,860,000
P:（二）设备及软件小计¥1,584,000为质保期满后维保费的计费基数。
H:三、付款方式
P:（一）合同签订后10日内，甲方支付合同总价的10%作为预付款，计¥186,000。
P:（二）设备全部到货并经双方清点签收后10日内，支付合同总价的35%，计¥651,000。到货签收不视为质量验收。
P:（三）系统验收合格后15日内，支付合同总价的50%，计¥930,000。
P:（四）余款5%（¥93,000）作为质量保证金，质保期满且无未决质量问题后10日内无息支付。
H:四、工期
P:（一）乙方应于合同签订后75日内完成全部设备供货，并利用甲方安排的停产检修窗口（不超过10日）完成拆旧、安装和单机调试。
P:（二）停产窗口的具体日期由甲方提前15日书面通知乙方。停产窗口内未能完成安装的，乙方应采取措施保证原系统可恢复运行。
H:五、验收
P:（一）验收标准：1.全线连续满负荷运行72小时无停机性故障；2.处理能力不低于设计值；3.色选出料纯度：白料不低于98.5%，棕料、绿料不低于97%；4.陶瓷及石子杂质剔除率不低于95%；5.上位机数据与现场仪表偏差不超过1%；6.全部报警及联锁经逐项测试有效。
P:（二）验收由双方共同进行，检测数据由双方签字确认，甲方在测试通过后7日内出具验收报告。设备安装完毕或甲方投入生产使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改后重新验收，由此增加的停产损失由乙方承担。
H:六、质量保证与售后服务
P:（一）质保期为十八个月，自验收合格之日起计算。质保期内因设备或软件本身原因出现的故障，乙方免费维修或更换。
P:（二）故障响应：一级故障（整线停机）乙方应在1小时内电话响应，6小时内工程师到达现场，当日内恢复生产；二级故障（单段设备停机但可旁路运行）2小时内响应，次日内到场处理；三级故障3个工作日内处理。
P:（三）乙方超过上述时限的，每超时1小时向甲方支付¥1,500违约金，甲方可从质量保证金中扣除。
P:（四）质保期满后，乙方继续提供维保服务（季度巡检、易损备件更换、程序维护、全天候电话支持），年度维保费按设备及软件小计的28%计取，即每个服务年度¥443,520，该费率在质保期满后的三个服务年度内固定不变。维保合同按服务年度签订，不自动续期。
H:七、知识产权
P:（一）乙方为本项目编制的PLC程序、上位机组态工程、报表模板及其源文件的知识产权归甲方所有，乙方应在验收时全部移交，甲方可自行修改或委托第三方修改。
P:（二）监控软件平台的知识产权属于原厂商，甲方获得永久使用许可。
H:八、数据与网络安全
P:（一）产线运行数据、工艺参数和生产报表归甲方所有，乙方不得复制、对外提供或用于本合同以外的任何目的。
P:（二）乙方应确保控制网络与办公网络隔离，不得在控制系统中设置未经甲方同意的远程通道。确需远程维护的，须经甲方逐次书面批准并在甲方人员监督下进行，维护结束立即断开。
P:（三）乙方提供的软件及移动介质应经病毒查杀。因乙方原因导致控制系统感染病毒、数据泄露或被篡改的，乙方应在2小时内报告甲方，承担全部修复费用并赔偿甲方停产等损失。
H:九、保密
P:乙方对甲方的工艺流程、设备参数、客户和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:十、违约责任
P:（一）乙方逾期供货或逾期完成验收的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）因乙方施工造成甲方设备损坏或人员伤害的，乙方承担赔偿责任。
H:十一、分包
P:乙方不得转包本合同。电缆桥架制作等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十二、合同解除
P:乙方逾期超过30日，或验收连续两次不合格，或有其他严重违约行为经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交宿州仲裁委员会仲裁。
H:十四、安全文明施工
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产管理制度，正确佩戴劳动防护用品。破碎及色选设备周边作业前，乙方应会同甲方办理停电挂牌和动火作业审批手续。
P:（二）施工产生的废旧电缆、控制柜等拆除物归甲方所有，由乙方按甲方指定地点分类堆放。
H:十五、培训及资料移交
P:（一）乙方应为甲方培训中控操作人员不少于8名、电气维修人员不少于4名，培训内容包括系统操作、参数调整、常见故障判断和备件更换，培训结束后进行现场考核。
P:（二）验收时乙方应移交电气原理图、接线图、I/O点表、程序源文件、设备说明书和备件清单各两套（纸质及电子版）。
H:十六、其他
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或解除合同。
P:（二）本合同一式四份，双方各执二份，经双方签字盖章后生效。
P:甲方：宿州清瓷玻璃再生资源有限公司（盖章）　代表：________
P:乙方：合肥恒拓自动化工程有限公司（盖章）　代表：________
P:签订日期：____年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 — 连锁少儿游泳馆 排课及会员 SaaS + 实施, TXT, 第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
H391Z03 = """排课及会员管理SaaS服务与实施合同

合同编号：LH-IT-2026-03
甲方：杭州浪花少儿游泳培训连锁有限公司
住所：浙江省杭州市拱墅区丽水路518号
乙方：杭州潮汐云软件有限公司
住所：浙江省杭州市滨江区江南大道3880号

鉴于：甲方在浙江省内经营25家少儿游泳馆，需要统一的课程排期、教练排班、会员卡管理、家长端约课和签到系统；乙方为排课及会员管理SaaS服务提供商，愿意按本合同约定向甲方提供服务并完成实施。双方本着平等自愿的原则，经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方25家门店提供"潮汐课堂"排课及会员管理SaaS服务，包括：课程与泳道排期、教练排班与课时统计、会员卡及课包管理、家长端微信小程序（约课、请假、签到、课后点评）、门店收银与对账、总部经营报表。
（2）乙方完成实施服务：门店及泳道基础数据配置、现有会员及剩余课时数据迁移、与甲方微信支付商户号及门禁闸机的对接、总部及门店人员培训。
（3）开通账号：总部管理账号20个，门店账号和家长端用户数不限。
（4）门店清单见附件三。甲方关闭门店的，可书面通知乙方停用该门店账号，自下一服务季度起相应减少订阅费；门店数据仍由乙方按第七条保存，直至甲方要求导出或删除。
（5）乙方应保证家长端小程序支持课时余额查询、课程提醒推送和电子发票申请，并符合微信平台及未成年人模式的相关要求。

第二条 服务期限与续期
（1）首期服务期为三个服务年度，自上线验收合格之日起计算。
（2）首期服务期届满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。续期时乙方有权根据市场情况调整订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前以短信或系统公告方式告知甲方。

第三条 费用
（1）订阅费：每家门店每个服务年度人民币9,600元，25家门店每个服务年度合计人民币240,000元，首期三个服务年度合计人民币720,000元。
（2）实施费：一次性人民币86,000元。
（3）本合同首期总价为人民币806,000元（含6%增值税）。
（4）甲方在服务期内新增门店的，按第（1）项单价，以剩余服务月数折算计费，另行签订订单。

第四条 付款
（1）本合同不设预付款。
（2）实施费在上线验收合格后15个工作日内一次性支付。
（3）订阅费按季度结算：乙方在每个服务季度结束后10个工作日内开具增值税专用发票，甲方收到发票后15个工作日内支付当季订阅费人民币60,000元。

第五条 实施与上线验收
（1）乙方应于合同签订后45日内完成全部25家门店的配置、数据迁移和对接，并提交上线验收申请。
（2）验收标准：① 迁移的会员、课包和剩余课时数据经甲方逐店抽查，与原系统核对一致，差错为零；② 排课、约课、请假、签到、退课和收银对账全流程在3家试点门店连续运行7日无一级故障；③ 小程序在1,000名家长同时约课时响应时间不超过2秒；④ 与微信支付、门禁闸机的对接测试通过。
（3）验收合格的，双方签署上线验收单。系统开通或甲方门店开始使用，均不视为验收合格。
（4）乙方未能按期提交上线验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。

第六条 服务水平
（1）乙方保证服务的月度可用率不低于99.5%。经甲方同意的计划内维护除外，计划内维护应安排在22:00至次日6:00之间，并提前48小时通知甲方。
（2）故障分级：一级故障指全部或多家门店无法约课、签到或收银；二级故障指单一门店或单一功能不可用；三级故障指其他一般问题。一级故障乙方应在30分钟内响应、2小时内恢复；二级故障1小时内响应、8小时内解决；三级故障2个工作日内解决。
（3）服务补偿：月度可用率低于承诺值的，每低0.1个百分点减免当季订阅费的2%；一级故障恢复超时的，每超时1小时减免当季订阅费的1%。减免总额以当季订阅费为限，在下一期付款中直接抵扣。
（4）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障及处理情况。

第七条 数据归属与安全
（1）甲方录入和产生的会员信息、儿童学员信息、家长联系方式、消费及课时记录等数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的。
（2）乙方应将数据存储于中国境内的数据中心，对儿童个人信息单独加密存储，实施最小权限访问和操作日志审计，每日备份并保留30日备份。乙方应遵守《中华人民共和国个人信息保护法》及未成年人个人信息保护的相关规定。
（3）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和向家长支付的赔偿。
（4）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交还甲方，并在甲方确认后彻底删除。

第八条 知识产权
（1）"潮汐课堂"平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方专门开发的闸机对接程序、总部定制报表及其源代码的知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

第九条 违约责任与责任限制
（1）任何一方违约的，应赔偿对方因此遭受的直接损失。
（2）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。

第十条 分包
乙方不得将本合同项下的服务转包；将部分实施工作分包的，须事先取得甲方书面同意。

第十一条 合同解除
（1）乙方一个服务季度内一级故障累计超过3次，或发生重大数据安全事件，或有其他根本违约行为且经甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同，乙方应退还已付未使用期间的费用。
（2）合同解除或终止的，乙方应按第七条第（4）项交还数据，并提供不少于30日的过渡期服务。

第十二条 培训与客户支持
（1）上线前，乙方应为甲方总部运营人员和各门店店长、前台、教练分批组织线上及现场培训，并提供操作手册和培训视频。
（2）服务期内，乙方提供7×12小时在线客服和专属客户成功经理，每季度回访一次，收集门店使用意见并提交改进计划。
（3）乙方对平台进行版本升级的，应提前7日通知甲方，涉及门店操作流程变化的，应提供免费培训。升级不得影响甲方已有数据和已配置的课程规则。

第十三条 不可抗力
因地震、台风、疫情防控措施等不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明；在不可抗力影响范围内免除责任，但乙方仍应尽力恢复服务并保障数据安全。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交杭州仲裁委员会仲裁。

第十五条 其他
（1）本合同附件包括：服务功能清单、实施计划、门店清单。
（2）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：杭州浪花少儿游泳培训连锁有限公司　授权代表：________
乙方（盖章）：杭州潮汐云软件有限公司　授权代表：________
签订日期：____年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 — 市殡葬管理所 殡葬服务管理系统 年度运维 (政府采购 竞争性磋商), TXT, 1. / 1.1, compliant
# ---------------------------------------------------------------------------------------------------------------
H391Z04 = """鹤川市殡葬管理所殡葬服务管理系统运维服务合同

项目编号：HCZC-2026-CS-021
采购方式：竞争性磋商
甲方（采购人）：鹤川市殡葬管理所
乙方（成交供应商）：广东信和数智科技有限公司

1. 总则
1.1 根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就殡葬服务管理系统运维服务事宜订立本合同。磋商文件、响应文件和成交通知书为本合同的组成部分。
1.2 殡葬服务管理系统（以下简称"系统"）部署于鹤川市政务云，包括遗体接运调度、火化预约、骨灰寄存、惠民殡葬补贴审核、网上祭扫和收费管理等子系统，服务全市殡仪馆、公墓和各街道民政窗口。

2. 服务内容
2.1 日常运维：全天候监控系统运行状态，每日巡检应用、数据库和接口，每周检查备份并每季度开展一次备份恢复演练。
2.2 故障处理：按本合同第6条的时限受理和处理各级故障。
2.3 优化完善：根据甲方需求进行小版本优化，每个服务年度不超过80人日。
2.4 安全运维：每季度开展一次漏洞扫描并完成整改，配合甲方完成网络安全等级保护测评及整改。
2.5 驻场服务：乙方安排1名运维工程师在工作日驻场；清明、冬至等祭扫高峰期间增派1名工程师驻场。
2.6 节日保障：清明、冬至及春节前后祭扫高峰期间，乙方应提前制定保障方案，开展专项巡检和压力测试，并安排工程师全天值守，确保网上祭扫预约和现场祭扫登记正常运行。
2.7 年度总结：每个服务年度结束后15个工作日内，乙方提交年度运维总结，分析系统运行趋势、故障原因和安全风险，并提出下一服务年度的优化建议。
2.8 初始检查：合同签订后20日内，乙方完成系统全面健康检查，提交初始巡检报告（含资产清单、漏洞清单、性能瓶颈和整改建议）。

3. 服务期限
3.1 服务期为两个服务年度，自2026年4月1日起至2028年3月31日止。
3.2 服务期满本合同终止，不自动续期。甲方如需继续采购运维服务，应重新履行政府采购程序。

4. 合同价款
4.1 合同总价为人民币肆拾捌万陆仟元整（¥486,000），其中：运维服务费每个服务年度¥228,600，两个服务年度共计¥457,200；初始健康检查及等级保护测评配合费¥28,800（一次性）。
4.2 合同价款为含税价格，包括人员、差旅、工具、备品及本合同约定全部服务的费用。

5. 付款方式
5.1 本合同不设预付款。
5.2 运维服务费按季度支付：每季度考核合格后15个工作日内，甲方支付当季服务费¥57,150。
5.3 初始健康检查及等级保护测评配合费在初始巡检报告通过甲方审核后15个工作日内支付。
5.4 乙方应在每次付款前开具合法有效的发票。

6. 服务水平
6.1 服务期内系统月度可用率不低于99.95%，经甲方批准的计划内维护时间不计入不可用时间。
6.2 故障分级：一级故障指火化预约、遗体接运调度或收费功能中断；二级故障指其他子系统不可用或性能严重下降；三级故障指一般功能缺陷或咨询类问题。
6.3 响应及处理时限：一级故障15分钟内响应、1小时内到场、3小时内恢复；二级故障30分钟内响应、8小时内解决；三级故障2个工作日内解决。
6.4 服务扣款：一级故障响应超时的每次扣款¥1,000，恢复超时的每超时1小时扣款¥800；月度可用率每低于承诺值0.01个百分点，扣减当季服务费的1%。扣款从当季服务费中直接扣除。

7. 考核与验收
7.1 初始巡检报告提交后5个工作日内，甲方按以下标准审核：资产清单与现场核对一致；漏洞清单列明风险等级和整改建议；备份恢复演练完成且数据可完整恢复。审核通过的，甲方出具书面确认。
7.2 每季度结束后10个工作日内，乙方提交季度运维报告，甲方依据磋商文件所附考核细则，按可用率、故障处理时效、巡检完成率和用户满意度评分，得分85分及以上为合格。
7.3 乙方仅提交报告而未达到考核标准的，不视为考核合格。季度考核不合格的，扣减当季服务费的10%，并由乙方限期整改。

8. 数据安全
8.1 系统中逝者信息、家属身份信息及联系方式、补贴审核材料和收费记录等全部数据归甲方所有。乙方仅为履行本合同接触数据，不得用于其他任何目的。
8.2 乙方运维人员应通过甲方堡垒机操作，不得下载、导出或在个人设备中存储任何数据；乙方应落实网络安全等级保护要求，定期更换口令，离职人员账号当日注销。
8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

9. 保密
乙方及其人员对履行本合同过程中知悉的甲方工作秘密和未公开信息负有保密义务，不得向任何第三方披露。乙方应与驻场人员签署保密承诺书。保密义务在本合同终止后继续有效。

10. 知识产权
乙方在运维过程中为甲方编写的脚本、优化代码、运维手册和各类报告，其知识产权归甲方所有，甲方可自由使用和修改。

11. 违约责任
11.1 乙方逾期提交初始巡检报告的，每逾期一日向甲方支付违约金¥500。
11.2 乙方未按本合同提供服务给甲方造成损失的，应予赔偿。
11.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据安全事件、故意或重大过失造成的损失不受此限。

12. 分包
本项目不允许转包或分包，乙方应以自有人员完成全部服务。

13. 合同解除
13.1 乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
13.2 合同解除或终止时，乙方应移交全部运维资料、账号和口令，并配合新的运维单位完成交接。

14. 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15. 服务团队
15.1 乙方应组建不少于5人的运维服务团队，其中项目经理1名、驻场工程师1名、数据库工程师1名、网络安全工程师1名、开发工程师1名，人员名单及资质证明作为本合同附件。
15.2 乙方更换项目经理或驻场工程师的，应提前15日书面征得甲方同意，接替人员的资历不得低于原人员，并完成不少于5个工作日的交接。
15.3 乙方人员在甲方场所工作期间，应遵守甲方的管理制度和殡葬服务场所的礼仪规范，尊重逝者及其家属。

16. 不可抗力
因不可抗力导致一方不能履行合同的，该方应立即通知对方，并在10日内提供有关证明。不可抗力消除后，乙方应尽快恢复服务。

17. 廉洁条款
乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。违反本条的，甲方有权解除合同，并按政府采购有关规定处理。

18. 其他
18.1 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：鹤川市殡葬管理所　授权代表：________
乙方（盖章）：广东信和数智科技有限公司　授权代表：________
日期：____年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 — 藕粉厂 MES licence + custom development, supplier's own template, MD, "## 第X条" + 1.1, many problems
# ---------------------------------------------------------------------------------------------------------------
H391Z05 = """# 精耕MES制造执行系统软件许可及实施合同

> 精耕智造标准合同文本 V4.0（2026版）

合同编号：JG-MES-2026-0415

甲方（买方）：湖州荷乡藕粉食品有限公司
地址：浙江省湖州市吴兴区八里店镇荷花荡路7号

乙方（卖方）：苏州精耕智造软件有限公司
地址：江苏省苏州市工业园区星湖街328号

甲方拟在其藕粉生产基地上线制造执行系统（MES），乙方为"精耕MES"软件的著作权人。双方经友好协商，就软件许可、定制开发及实施事宜签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供精耕MES V4软件许可，包括生产管理、质量管理、仓储管理三个模块，并发用户数50个。

1.2 乙方根据甲方藕粉生产工艺（鲜藕清洗、磨浆、沉淀、削片、烘干、包装）进行定制开发，内容包括：原料及成品批次追溯、称重及包装线对接、检验数据采集、生产日报及月报。

1.3 乙方负责系统部署、基础数据导入、操作人员培训，并提供工业PDA和工控一体机等采集终端。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰贰拾贰万元整（¥1,220,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 精耕MES V4软件许可（三个模块，50并发） | 1套 | 560,000 |
| 2 | 采集终端（工业PDA、工控一体机） | 18台 | 84,000 |
| 3 | 藕粉工艺定制开发 | 1项 | 480,000 |
| 4 | 实施部署及培训 | 1项 | 96,000 |
| | 合计 | | 1,220,000 |

2.2 上述价格含增值税。甲方需要增加模块或并发用户的，按乙方届时报价另行签订合同。

2.3 合同价款不包括服务器、网络设备、操作系统、数据库软件及第三方接口费用，也不包括乙方人员在约定次数以外的现场服务差旅费用，上述费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，计¥793,000。

3.2 系统上线运行后5个工作日内，甲方支付剩余35%，计¥427,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方有权暂停实施和技术支持直至甲方付清款项。

## 第四条 交付与实施

4.1 乙方在收到首期款后90日内完成软件部署、定制开发和上线。

4.2 因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的3%。

4.3 乙方派驻现场的实施人员不超过2名，现场实施时间合计不超过40个工作日；超出部分按乙方人天单价另行计费。

4.4 因甲方原因（包括基础数据未及时提供、现场网络及设备条件不具备、甲方需求变更）造成延误的，工期相应顺延，乙方不承担责任。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在系统上线后10日内未书面提出异议的，亦视为验收合格。甲方提出异议的，乙方予以解释或修改，但不影响第三条付款。

## 第六条 售后服务

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持。一级故障（系统无法登录或生产数据无法录入）乙方在8小时内响应，其他故障在3个工作日内响应。

6.3 乙方将尽力排除故障，但对故障修复时限不作承诺，亦不因故障承担任何扣款、赔偿或违约金。

6.4 以下情形不属于免费维护范围：甲方自行修改配置或数据库、甲方硬件或网络故障、病毒感染、停电、超出本合同约定范围的新增需求。乙方处理上述问题的，按乙方标准收费。

6.5 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维保合同，维保费按乙方届时公布的服务价格标准执行。

## 第七条 知识产权

7.1 精耕MES软件及其所有版本、补丁和文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、接口、报表模板及其源代码，知识产权亦归乙方所有。甲方获得在本厂区内非独占、不可转让的使用权，不得修改、反向工程或提供给任何第三方。

## 第八条 数据

8.1 甲方的生产数据归甲方所有。

8.2 乙方应采取防火墙、访问控制、数据加密和每日备份等措施保护系统中的数据。发生数据泄露或丢失的，乙方应在48小时内通知甲方并协助恢复；因乙方原因造成的，乙方承担相应的赔偿责任。

8.3 甲方同意，乙方可将系统运行中产生的生产数据经脱敏处理后，用于乙方产品改进、行业模型训练及行业分析报告，无需另行征得甲方同意或支付费用。

## 第九条 保密

双方对在合作中获悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定或第八条第8.3款约定的除外。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。

10.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十一条 分包与合作

11.1 乙方可根据项目需要，将部分定制开发、实施或现场服务工作交由其合作伙伴完成，无需另行征得甲方同意。乙方对合作伙伴的工作质量负责。

## 第十二条 合同解除

12.1 任何一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已付款项不予退还。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 甲方的义务

14.1 甲方应指定项目负责人，协调各车间配合实施，并在乙方提出需求后5个工作日内提供物料编码、配方、工艺路线、设备清单等基础数据。

14.2 甲方应自行准备服务器、网络、操作系统和数据库软件，并保证其满足乙方提出的配置要求。因甲方软硬件环境导致的系统故障，不属于乙方维护范围。

14.3 甲方应按乙方要求安排关键用户参加培训。甲方人员违反操作手册造成的数据错误，由甲方自行承担。

## 第十五条 培训

15.1 乙方为甲方提供不超过3天的集中培训，培训对象为甲方系统管理员和各车间关键用户，人数不超过20人。超出部分的培训按乙方标准收费。

15.2 乙方提供电子版用户手册，不提供纸质资料和源代码。

## 第十六条 不可抗力

因不可抗力或政府行为、网络运营商故障、第三方软件缺陷等乙方无法控制的原因导致不能履行或延迟履行的，乙方不承担责任。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同文本为乙方标准文本，双方对条款已充分协商，均无异议。

甲方（盖章）：湖州荷乡藕粉食品有限公司　代表：________

乙方（盖章）：苏州精耕智造软件有限公司　代表：________

签订日期：____年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 — Fengxiang clay-tiger workshop, painting-template software, perpetual licences; Jordanian vendor (Karak). PDF
# ---------------------------------------------------------------------------------------------------------------
H391E01 = """T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. FXHH-SW-2026-02
P:This Agreement is made between:
P:Baoji Fengxiang Huahu Clay Art Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 6 Liulin Road, Fengxiang District, Baoji, Shaanxi Province (the "Buyer"); and
P:Pixelcraft Karak Software Solutions LLC, a limited liability company registered in the Hashemite Kingdom of Jordan, with its office at King Talal Street, Karak, Jordan (the "Vendor").
P:Background. The Buyer makes and paints the traditional Fengxiang clay tigers and other clay figures in its workshop, and wishes to move its painting templates from paper stencils to a digital design tool. The Vendor publishes PatternForge, a desktop application for drawing, storing and printing colour templates for hand-painted crafts, and has agreed to license it to the Buyer, digitise the Buyer's traditional motifs and install the system, on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means PatternForge Studio version 7 and the PatternForge Motif Library module, in object code, with their user documentation.
P:1.2 "Custom Templates" means the digital templates, colour palettes and layer files that the Vendor creates from the Buyer's traditional clay-tiger, clay-ox and facial-mask motifs under Article 3.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
P:1.4 "Workstations" means the fourteen design computers in the Buyer's painting workshop and design office.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software on fourteen Workstations at the Buyer's premises in Fengxiang and at any later premises of the Buyer in mainland China.
P:2.2 The Buyer may move a licence from one Workstation to another by deactivating it on the first one. The Buyer may make back-up copies of the Licensed Software for its own use.
P:2.3 The licence fee is paid once. No annual licence fee is due for continued use of the Licensed Software.
H:Article 3 Customisation and Installation
P:3.1 The Vendor shall digitise one hundred and twenty motifs supplied by the Buyer as photographs and paper stencils, and deliver them as Custom Templates with layered colour separations that the painters can print at scale onto tracing film.
P:3.2 The Vendor shall install the Licensed Software on the Workstations, configure the two large-format printers, and train up to twenty painters and two designers in five days of on-site training in Fengxiang.
P:3.3 The Vendor shall complete delivery of the Licensed Software within thirty days after signature, and the Custom Templates and installation within ninety days after signature.
H:Article 4 Price
P:4.1 At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY). The total Contract Price is CNY 432,000, inclusive of all taxes payable in China, travel and accommodation of the Vendor's staff. The price is made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|PatternForge Studio 7 perpetual licence|14 seats x 18,500|259,000
TB:2|PatternForge Motif Library module, perpetual site licence|1|64,000
TB:Licence subtotal|||323,000
TB:3|Digitisation of 120 motifs into Custom Templates|1 lot|88,000
TB:4|Installation, printer set-up and on-site training|1 lot|21,000
TB:Total Contract Price|||432,000
P:4.2 The Licence subtotal of CNY 323,000 is the base for the maintenance fee under Article 7.4.
H:Article 5 Payment
P:5.1 The Buyer shall pay twenty per cent (20%) of the Contract Price, CNY 86,400, within fifteen days after signature, against the Vendor's invoice.
P:5.2 The Buyer shall pay forty-five per cent (45%), CNY 194,400, within fifteen days after the Vendor has installed the Licensed Software on all Workstations and the parties have signed an installation note. The installation note records delivery only and is not acceptance.
P:5.3 The Buyer shall pay the balance of thirty-five per cent (35%), CNY 151,200, within fifteen days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the Vendor's account named in its invoice. Bank charges outside China are for the Vendor.
H:Article 6 Acceptance
P:6.1 After installation and delivery of the Custom Templates, the parties shall carry out the acceptance tests in Annex 2, which include: (a) every Custom Template opens on every Workstation and prints at full scale with colour layers registered within 0.5 mm; (b) each of the 120 motifs is checked by the Buyer's master painter against the original stencil and signed off; (c) the Motif Library search returns a motif by name, colour or figure type within three seconds; and (d) the system runs for ten working days of normal production without loss of files.
P:6.2 If a test fails, the Vendor shall correct the defect within ten days and the test shall be repeated.
P:6.3 When all tests have been passed, the Buyer shall sign a Final Acceptance certificate within five working days. Installation, use of the Licensed Software in production or payment of any instalment does not amount to acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software will perform substantially in accordance with its documentation, and that the Custom Templates will match the approved motifs, for eighteen (18) months after Final Acceptance. During that period the Vendor shall correct defects and supply updates free of charge.
P:7.2 Support requests may be made by e-mail or through the Vendor's online help desk. The Vendor will use commercially reasonable efforts to respond to support requests and to correct reported defects, during its normal business hours in Jordan.
P:7.3 The Vendor may provide remote assistance only when the Buyer has opened a remote session for that purpose.
P:7.4 After the warranty period the Buyer may order annual maintenance (updates, defect correction and help-desk access) at eleven per cent (11%) of the Licence subtotal, that is CNY 35,530 per maintenance year. The Vendor shall not increase this fee during the first three maintenance years. Maintenance is ordered by the Buyer each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:8.2 The Custom Templates, and all copyright and other rights in them, belong to the Buyer from creation. The Buyer may use, modify, reproduce and license the Custom Templates freely, including outside PatternForge.
P:8.3 The Buyer's traditional motifs remain the Buyer's cultural heritage material. The Vendor shall not add them to its standard libraries, show them to other customers or use them in marketing.
P:8.4 The Vendor shall defend and indemnify the Buyer against any claim that the Licensed Software infringes a third party's rights.
H:Article 9 Buyer Data and Security
P:9.1 All files, photographs, stencil scans, order records and design drafts of the Buyer ("Buyer Data") belong to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement.
P:9.2 The Licensed Software stores all Buyer Data on the Workstations and the Buyer's local file server. It shall not send Buyer Data to any server outside the Buyer's premises. The Vendor shall access Buyer Data only in remote sessions opened by the Buyer, shall not copy Buyer Data to its own systems, and shall keep its remote-access tools patched and protected by multi-factor authentication.
P:9.3 If the Vendor becomes aware of any loss, unauthorised access or disclosure of Buyer Data, it shall notify the Buyer within twelve hours and help to contain it. The Vendor is responsible for all loss caused to the Buyer by a security incident attributable to the Vendor or its staff.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's unpublished designs and customer list, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation and delivery of the Custom Templates by the date in Article 3.3, it shall pay the Buyer delay damages of CNY 350 for each day of delay, up to ten per cent of the Contract Price.
P:11.2 The total liability of the Vendor under this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to the indemnity in Article 8.4, to breach of Articles 9 and 10, or to wilful misconduct.
P:11.3 Neither party is liable for loss of profit or indirect loss, except as stated in Article 11.2.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after being notified of it.
P:13.2 The Buyer may also terminate by written notice if delay damages reach their maximum under Article 11.1. On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid, less the value of the licences the Buyer decides to keep.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Hashemite Kingdom of Jordan.
P:14.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within thirty days shall be finally resolved by arbitration in Amman, Jordan, by a sole arbitrator, in the English language.
H:Article 15 General
P:15.1 Neither party is liable for failure to perform caused by force majeure.
P:15.2 This Agreement, with Annex 1 (Motif list) and Annex 2 (Acceptance tests), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. The Agreement is signed in two English originals, one for each party.
P:For the Buyer: Baoji Fengxiang Huahu Clay Art Co., Ltd.   Name: ____________   Signature: ____________   Date: ________
P:For the Vendor: Pixelcraft Karak Software Solutions LLC   Name: ____________   Signature: ____________   Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 — Yading shuttle operator ticketing SaaS, Order Form + General Terms; Egyptian vendor (Mansoura). MD
# ---------------------------------------------------------------------------------------------------------------
H391E02 = """# Order Form No. NTS-CN-0419 — TicketNile Cloud

**Provider:** Nile Delta Ticketing Systems S.A.E., 14 Gomhoreya Street, Mansoura, Dakahlia, Egypt ("Provider")

**Customer:** Daocheng Yading Eco-Shuttle Transport Co., Ltd., Xianggelila Town, Daocheng County, Garze Prefecture, Sichuan Province, People's Republic of China ("Customer")

This Order Form (Part A) and the TicketNile General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Services

Customer operates the electric shuttle buses that carry visitors inside the Yading Nature Reserve between the visitor centre, Chonggu Temple, Luorong Pasture and the lake trailheads. Provider shall supply its TicketNile Cloud service for shuttle ticketing, which includes:

- online sale of timed shuttle tickets through Customer's WeChat mini-program and website, with real-name booking;
- sale and refund at eight ticket windows at the visitor centre;
- QR-code validation at 26 boarding gates and on 40 handheld scanners carried by shuttle staff;
- daily capacity control per time slot, in line with the visitor quotas set by the reserve administration;
- settlement reports, reconciliation with the payment channels, and a management dashboard.

### A2. Subscription Term

The Initial Term is three Subscription Years, starting on the date of Go-Live Acceptance. This Agreement does not renew automatically. Any extension requires a new Order Form signed by both parties.

### A3. Fees

At Customer's request all fees are stated and paid in Chinese Renminbi (CNY).

| Fee item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, up to 1.2 million validated tickets | 212,000 |
| Subscription Fees, Initial Term | 3 Subscription Years | 636,000 |
| Set-up and integration fee | one-time: configuration, gate integration, payment channels, training | 58,000 |
| **Total fees for the Initial Term** | | **694,000** |
| Tickets above the included volume | per validated ticket, billed quarterly in arrears | 0.12 |

### A4. Invoicing and Payment

A4.1 Provider shall invoice the Set-up and integration fee together with the Subscription Fee for the first Subscription Year on signature of this Order Form. Customer shall pay that invoice of CNY 270,000 within ten days after receipt, and in any case before Provider starts the set-up work.

A4.2 The Subscription Fee for each later Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days.

A4.3 Customer pays by bank transfer in CNY to Provider's account with a bank in mainland China named in the invoice. Each party bears its own bank charges.

### A5. Set-up and Go-Live

A5.1 Provider shall complete set-up and present the service for Go-Live Acceptance within sixty days after receipt of the payment under A4.1, so that the service is live before the summer visitor season.

A5.2 Go-Live Acceptance requires that: (a) 2,000 test tickets are sold, validated and refunded across all sales channels without error; (b) all 26 gates and 40 scanners validate a ticket in under one second; (c) the mini-program handles 3,000 concurrent buyers with pages loading in under two seconds; (d) settlement reports reconcile with the payment channels for five consecutive days; and (e) the capacity limits stop sales when a time slot is full. Customer shall sign a Go-Live Acceptance certificate when these tests are passed. Selling tickets to the public before the certificate is signed is not acceptance.

A5.3 If Provider does not present the service for Go-Live Acceptance by the date in A5.1 for reasons within its control, it shall pay Customer CNY 600 for each day of delay, up to CNY 36,000.

### A6. Hosting

The service is hosted for Customer on a cloud region in Chengdu, mainland China, operated by a licensed Chinese cloud provider named in Annex 1, which Customer approves by signing this Order Form.

### A7. Contacts

Customer: Operations Manager, Yading visitor centre. Provider: Customer Success Lead for Greater China.

Signed for Customer: ______________ Date: ________

Signed for Provider: ______________ Date: ________

## Part B — TicketNile General Terms

### B1. Service Levels

B1.1 Provider shall make the service available at least 99.95% of each calendar month, measured at the public ticketing interface and the gate-validation interface, excluding maintenance agreed with Customer in advance and scheduled between 22:00 and 05:00 Beijing time.

B1.2 Incidents are classified as Priority 1 (ticket sales or gate validation down for all or most users), Priority 2 (a channel or function down) and Priority 3 (other). Provider shall respond to a Priority 1 incident within fifteen minutes at any time of day and restore service within two hours; Priority 2 within one hour (response) and eight hours (restoration); Priority 3 within one business day.

B1.3 Gate validation shall continue in offline mode during a connection loss, with the validated tickets synchronised once the connection is restored.

B1.4 If availability falls below the level in B1.1, Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each 0.1 percentage point, or part of one, below that level, up to half of that monthly share. If a Priority 1 incident is not restored in time, Customer receives an additional credit of CNY 2,000 for each started hour of delay. Credits are deducted from the next invoice or refunded at the end of the term.

### B2. Customer Data

B2.1 Passenger names, identity-document numbers, phone numbers, booking and payment records and all other data entered into or produced by the service for Customer ("Customer Data") belong to Customer.

B2.2 Provider shall process Customer Data only on Customer's documented instructions and only to provide the service. Provider shall not sell, analyse, aggregate or otherwise use Customer Data for any other purpose, including after the end of the Agreement.

B2.3 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named staff using multi-factor authentication, log all access, and comply with the Personal Information Protection Law and the Data Security Law of the PRC.

B2.4 Provider shall notify Customer of any security incident affecting Customer Data within twelve hours of becoming aware of it, take all reasonable steps to contain it, and bear the costs and losses that an incident caused by Provider or its subcontractors causes to Customer, including notification of passengers and administrative fines.

B2.5 At the end of the Agreement Provider shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

### B3. Intellectual Property

B3.1 Provider owns the TicketNile platform and its standard features.

B3.2 Ticket layouts, time-slot rules, report templates and the gate-integration scripts made for Customer belong to Customer, and Customer may use, modify and hand them to any successor provider.

### B4. Confidentiality

Each party shall keep confidential the other party's non-public information received under the Agreement and use it only for the Agreement, during the term and for three years afterwards.

### B5. Subcontracting

Provider may not subcontract any part of the service without Customer's prior written consent, except the hosting provider approved in A6. Provider remains liable for its subcontractors.

### B6. Liability

B6.1 Provider's total aggregate liability arising out of or in connection with the Agreement, in contract, tort or otherwise, is limited to the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

B6.2 The limit in B6.1 does not apply to breach of B2, to personal injury or to fraud.

B6.3 Neither party is liable for lost profits, lost revenue or indirect loss.

### B7. Term and Termination

B7.1 Either party may terminate the Agreement by written notice if the other commits a material breach and does not cure it within thirty days after written notice.

B7.2 Customer may also terminate by written notice if availability falls below 99% in two consecutive months. On termination for Provider's breach, Provider shall refund the prepaid fees for the remaining part of the current Subscription Year.

### B8. Suspension

Provider may suspend the service only if an invoice is more than sixty days overdue after a written reminder, and never during the peak visitor periods listed in Annex 2.

### B9. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

### B10. Changes to the Service

B10.1 Provider may improve the service and add features. Provider shall not remove or materially reduce any feature described in A1 during the Initial Term, and shall give Customer at least thirty days' notice, with release notes in Chinese, before any change to the mini-program, the gate interface or the settlement reports.

B10.2 Provider shall keep the service compatible with the gate readers and handheld scanners used by Customer on the date of this Order Form, and shall test each new release against them in a staging environment before release.

### B11. General

B11.1 Notices must be in writing, in English or Chinese, and sent to the contacts in A7 by courier or e-mail.

B11.2 Force majeure, including landslides and road closures in the reserve, excuses performance for as long as it lasts.

B11.3 The Agreement may be amended only in writing signed by both parties.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 — Jiangsu crab farm pond-oxygen sensors, buyer's paper; Moroccan integrator (Tetouan). DOCX, Section N / N.N
# ---------------------------------------------------------------------------------------------------------------
H391E03 = """T:Supply and Installation Contract for Pond Dissolved-Oxygen Monitoring
P:Contract No. XHJZ-EQ-2026-011
P:Buyer: Xinghua Golden Claw Aquaculture Co., Ltd., Anfeng Town, Xinghua City, Jiangsu Province, People's Republic of China (the "Buyer")
P:Supplier: AquaSense Tetouan Integration SARL, Avenue Mohammed V, Tetouan, Kingdom of Morocco (the "Supplier")
P:The Buyer farms Chinese mitten crabs in 96 ponds over about 3,000 mu near Xinghua. Oxygen depletion on hot, still nights is the main cause of crab losses, and the aerators are still switched by hand. Following the Buyer's request for quotations, the Supplier offered to supply, install and commission an automatic dissolved-oxygen monitoring and aerator control system. This Contract is issued on the Buyer's standard terms for equipment purchases.
H:Section 1 Definitions and Scope
P:1.1 "System" means the sensors, gateways, control boxes, software and installation work listed in Section 2, forming one automatic dissolved-oxygen monitoring and aerator control system for all 96 ponds.
P:1.2 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Section 6.3.
P:1.3 The Supplier shall supply one optical dissolved-oxygen and temperature sensor for each pond, solar-powered LoRa gateways and controllers, relay control boxes that switch the existing aerators automatically when oxygen falls below the set point, and the monitoring platform licence; install and calibrate the equipment; connect the alarms to the farm managers' mobile phones; and train the Buyer's pond keepers.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Renminbi (CNY). The Contract Price is CNY 900,000, fixed, including VAT, delivery to the farm, customs clearance, installation, calibration and training:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen and temperature sensor with float and anti-fouling brush|96|3,850|369,600
TB:2|Solar LoRa gateway and controller|24|9,200|220,800
TB:3|Aerator relay control box (two aerators each)|48|2,650|127,200
TB:4|Monitoring platform, perpetual licence, one farm|1|86,000|86,000
TB:|Equipment and licence subtotal|||803,600
TB:5|Installation, pond cabling and mounting posts|1 lot|71,400|71,400
TB:6|Calibration, commissioning and training|1 lot|25,000|25,000
TB:|Contract Price|||900,000
P:2.2 The Equipment and licence subtotal of CNY 803,600 is the base for the support fee in Section 7.4.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 90,000) within ten working days after signature, against the Supplier's invoice.
P:3.2 Installation payment: 55% of the Contract Price (CNY 495,000) within fifteen working days after all equipment has been installed in all ponds and the parties have signed an installation record. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 315,000) within fifteen working days after Final Acceptance.
P:3.4 All payments are made in CNY to the Supplier's account in mainland China named in its invoice.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm within sixty days after signature and complete installation within a further thirty days. Installation work in the ponds shall be coordinated with the Buyer's stocking and feeding schedule and shall not drain or disturb any stocked pond.
P:4.2 Risk in the equipment passes to the Buyer on signature of the installation record; title passes on payment of the installation payment.
H:Section 5 Delay
P:5.1 If the Supplier fails to complete installation by the date in Section 4.1, it shall pay the Buyer liquidated damages of 0.02% of the Contract Price for each day of delay, up to 5% of the Contract Price.
P:5.2 If the delay exceeds forty-five days, the Buyer may also terminate under Section 12.
H:Section 6 Acceptance
P:6.1 Acceptance tests: (a) each sensor reads within ±0.2 mg/L of the Buyer's calibrated reference meter at three points during one day; (b) when oxygen in a pond falls below the set point, the aerators of that pond start within sixty seconds and an alarm reaches the manager's phone within ninety seconds; (c) the platform records readings from all 96 ponds every five minutes without gaps; (d) the gateways keep working for three nights without sun on battery power.
P:6.2 After the tests, the System shall run for fourteen consecutive days with no failure that leaves a pond without monitoring or aerator control for more than thirty minutes.
P:6.3 When the tests and the run have been passed, the Buyer shall sign an acceptance certificate within five working days. Installation or use of the System in production is not acceptance.
H:Section 7 Warranty and Support
P:7.1 The warranty period is twenty-four (24) months from Final Acceptance. During that period the Supplier shall repair or replace any defective equipment, including sensor membranes that fail before their rated life, and correct software defects free of charge.
P:7.2 Faults are classed as Critical (oxygen monitoring or automatic aerator control lost for a group of ponds or the whole farm), Major (a single pond affected) and Minor (other). The Supplier's local service partner shall respond to a Critical fault within one hour by telephone or remote session and be on site within six hours; Major faults within two hours (response) and the next day (on site); Minor faults within three working days.
P:7.3 For each hour by which the Supplier exceeds a response or on-site time for a Critical or Major fault, the Supplier shall pay CNY 500, deducted from the next payment due or claimed separately.
P:7.4 After the warranty period the Buyer may buy annual support (repair, spare membranes, software updates and the response times in Section 7.2) at 9% of the Equipment and licence subtotal per year, that is CNY 72,324, a figure fixed for the first three support years. Support is ordered by the Buyer each year and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The platform software remains the property of its publisher; the Buyer's licence is perpetual and may be transferred with the farm.
P:8.2 The alarm rules, pond maps, configuration files and integration scripts prepared for the Buyer belong to the Buyer, which may use, change and give them to any other contractor.
H:Section 9 Farm Data
P:9.1 The oxygen, temperature and aerator records produced by the System, and all pond and production information supplied by the Buyer, belong to the Buyer. The Supplier shall use them only to perform this Contract.
H:Section 10 Confidentiality
P:10.1 The Supplier shall keep confidential all information it receives about the Buyer's ponds, stocking densities, yields, prices and customers, and shall not disclose it to any third party without the Buyer's written consent. This obligation survives the Contract for three years.
H:Section 11 Subcontracting
P:11.1 The Supplier may engage local installation and service subcontractors in Jiangsu Province by notifying the Buyer in writing of their names before they start work. The Supplier remains responsible for their work and conduct on the farm.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or in the case described in Section 5.2.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the payments received and remove its equipment at its own cost, unless the Buyer elects to keep the equipment already installed at the unit prices in Section 2.
H:Section 13 Liability and Insurance
P:13.1 The Supplier shall compensate the Buyer for loss caused by the Supplier's breach of this Contract, including the loss of stock caused by a failure of the System during the warranty period that the Supplier did not repair within the times in Section 7.2.
P:13.2 The Supplier shall hold public liability insurance covering its installation staff while they work on the farm.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Taizhou Arbitration Commission for arbitration in Taizhou, Jiangsu. The language of the arbitration is Chinese, with English interpretation provided at the Supplier's cost.
H:Section 15 Training and Documentation
P:15.1 The Supplier shall train the Buyer's twelve pond keepers and two farm managers on site, in Chinese, covering sensor cleaning, membrane replacement, calibration checks, alarm handling and manual override of the aerators. Training material shall be provided in Chinese.
P:15.2 At installation the Supplier shall hand over the pond map with the sensor positions, wiring diagrams of the control boxes, the configuration backup of the platform, and the maintenance instructions of every equipment type.
H:Section 16 Site Rules
P:16.1 The Supplier's staff shall follow the Buyer's biosecurity rules, including disinfection of boots and tools between pond groups, and shall not use boats or walk on pond dikes without the Buyer's pond keeper.
P:16.2 The Supplier shall remove all packaging and waste from the farm at its own cost.
H:Section 17 General
P:17.1 The Buyer's purchase order number shall appear on all invoices and delivery notes.
P:17.2 This Contract is signed in English and Chinese; both versions are equally valid.
P:Signed for the Buyer: ____________________   Signed for the Supplier: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 — Danyang tool maker, managed network monitoring; Tunisian provider (Gabès). MD, numbered clauses + Schedules
# ---------------------------------------------------------------------------------------------------------------
H391E04 = """# Managed Network Monitoring Services Agreement

**Agreement reference:** GNW-DY-2026-07

**Between**

1. **Danyang Jinfeng Precision Tools Co., Ltd.**, No. 88 Huayang Road, Development Zone, Danyang, Jiangsu Province, People's Republic of China (the "Customer"); and
2. **NetWatch Gabès SARL**, Zone Industrielle, Route de Médenine, Gabès, Tunisia (the "Provider").

**Recitals**

(A) The Customer makes drills, taps and milling cutters in three plants in Danyang and runs about 180 network devices (core and access switches, firewalls, wireless controllers and the industrial switches of its grinding lines).

(B) The Customer wishes to have these devices monitored around the clock by a managed service, so that faults are detected and escalated before they stop production. The Provider operates a network operations centre ("NOC") and has offered to provide that service.

The parties therefore agree as follows.

## 1. Definitions

1.1 **"Services"** means the managed monitoring services described in clause 3 and Schedule 1.

1.2 **"Service Commencement"** means the date on which the Customer signs the commencement certificate under clause 4.3.

1.3 **"Monitored Devices"** means the devices listed in the inventory agreed during onboarding, as updated under clause 3.4.

1.4 **"Service Year"** means the period from Service Commencement to the day before its first anniversary, and each later period between two consecutive anniversaries.

## 2. Term

2.1 This Agreement starts on signature. The Initial Term of the Services is two Service Years from Service Commencement.

2.2 After the Initial Term, this Agreement continues for further periods of one Service Year each, at the same Charges and on the same terms, unless either party gives the other at least sixty days' written notice before the end of the Initial Term or of the current renewal period.

## 3. Services

3.1 The Provider shall monitor the availability, performance, interface errors, temperature and configuration changes of every Monitored Device, around the clock and on every day of the year, from its NOC, through a collector appliance installed in the Customer's data room in Danyang.

3.2 The Provider shall classify and escalate incidents in accordance with Schedule 1, open a ticket for each incident in its portal, and guide the Customer's IT staff or the Customer's hardware maintainer through diagnosis and recovery.

3.3 The Provider shall deliver a monthly service report with device health, incident statistics, capacity trends and recommendations, and hold a quarterly review meeting by video conference.

3.4 The Customer may add or remove devices once a month. Changes of up to 10% of the inventory do not change the Charges.

## 4. Onboarding and Service Commencement

4.1 Within thirty days after signature the Provider shall ship and configure the collector appliance, import the device inventory, set thresholds and escalation contacts with the Customer, and test alerting.

4.2 The Provider will use reasonable endeavours to reach Service Commencement within forty-five days after signature, but gives no guarantee of that date.

4.3 The commencement tests are: (a) every Monitored Device is polled and shown in the portal; (b) a simulated link failure, a simulated device reboot and a simulated high temperature each produce an alert and a ticket within five minutes; (c) escalation by telephone and WeChat reaches the named contacts; and (d) the monthly report template has been approved by the Customer. When these tests are passed, the Customer shall sign a commencement certificate.

## 5. Charges and Payment

5.1 At the Customer's request all Charges are stated and paid in Chinese Renminbi (CNY). The Charges are set out in Schedule 2.

5.2 The onboarding fee is invoiced after Service Commencement. The monthly charge is invoiced monthly in arrears. No amount is payable in advance.

5.3 The Customer shall pay each correct invoice within thirty days by bank transfer to the Provider's CNY account in mainland China.

## 6. Service Levels

6.1 The Provider shall meet the response and escalation times in Schedule 1.

6.2 If the Provider misses a target time in any month, it shall explain the reason in the monthly report and propose corrective actions. No service credits, fee reductions or other compensation are payable for failure to meet the target times, and the corrective action plan is the Customer's only remedy for such failure.

## 7. Customer Data and Security

7.1 All configuration files, device logs, performance data, network diagrams and credentials received or collected by the Provider ("Customer Data") belong to the Customer and shall be used only to provide the Services.

7.2 The collector appliance shall keep Customer Data in the Customer's data room. The Provider's NOC may view it only through an encrypted connection that the Customer can switch off at any time, with multi-factor authentication, named accounts and full logging. Device credentials shall be stored only in the collector's encrypted vault and never copied to the NOC. The Provider holds ISO/IEC 27001 certification and shall keep it for the term.

7.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within six hours of becoming aware of it, cooperate in the investigation, and compensate the Customer for all loss caused by an incident that is due to the Provider's fault.

7.4 On expiry or termination, the Provider shall return Customer Data, wipe the collector appliance in the presence of the Customer's staff and certify the deletion.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Customer's network design, plant layouts and production schedules, and shall use it only for this Agreement.

8.2 This clause survives termination for three years.

## 9. Intellectual Property

9.1 The Provider keeps all rights in its monitoring platform, portal and standard report formats.

9.2 Thresholds, escalation rules, runbooks and network documentation prepared for the Customer belong to the Customer, which may use, modify and pass them to any future service provider.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total Charges payable for the Initial Term.

11.2 The limit does not apply to breach of clauses 7 and 8, to fraud or to personal injury.

11.3 Neither party is liable for indirect or consequential loss, including loss of production.

## 12. Duration and Ending of the Agreement

12.1 This Agreement may not be terminated by either party before the end of the Initial Term, except where the other party becomes insolvent, enters liquidation or ceases business.

12.2 Where one party is in breach, the other party's remedies are the corrective action plan under clause 6.2 and a claim for damages under clause 11; breach does not entitle either party to terminate this Agreement.

12.3 On expiry or termination the Provider shall remove its collector appliance and hand over the documentation in clause 9.2.

## 13. Customer Responsibilities

13.1 The Customer shall provide rack space, power and a network connection for the collector appliance, read-only monitoring access to the Monitored Devices, and an up-to-date list of duty contacts.

13.2 The Customer remains responsible for repairs and replacement of its devices, either through its own staff or through its hardware maintainer. The Provider shall cooperate with that maintainer and share the incident information it needs.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be referred to the Zhenjiang Arbitration Commission for arbitration in Zhenjiang, Jiangsu, in the Chinese language.

## 15. General

15.1 Notices shall be sent by e-mail and courier to the contacts in Schedule 3.

15.2 Neither party is liable for delay caused by force majeure.

15.3 This Agreement, with its Schedules, is the entire agreement between the parties and may be changed only in writing signed by both.

Signed for the Customer: ____________________   Signed for the Provider: ____________________

Date: ____________________

## Schedule 1 — Priority Levels and Target Times

| Priority | Definition | Response target | Escalation / update |
|---|---|---|---|
| P1 | Core switch, firewall or plant backbone down; a whole plant or a grinding line loses network | 30 minutes, at any time | duty manager call at once, updates every hour |
| P2 | Redundancy lost, a building or a wireless controller down | 2 hours | updates every three hours |
| P3 | Single access device down, degraded performance | 8 business hours | daily update |
| P4 | Request, question, change of thresholds | 2 business days | on completion |

Response means that a NOC engineer has acknowledged the incident, opened a ticket and contacted the Customer's duty contact.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding fee (collector appliance, configuration, tests) | one-time | 36,800 |
| Monthly monitoring charge, up to 200 devices | per month | 23,800 |
| Monthly charges, Initial Term | 24 months | 571,200 |
| **Total Charges, Initial Term** | | **608,000** |

## Schedule 3 — Contacts

Customer: IT Manager, Danyang Jinfeng Precision Tools Co., Ltd. Provider: NOC Service Manager, NetWatch Gabès SARL.
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 — Shanghai wine-import platform, label-registration check API subscription; Lebanese vendor (Zahle). TXT
# ---------------------------------------------------------------------------------------------------------------
H391E05 = """API SUBSCRIPTION AGREEMENT
LABEL-REGISTRATION CHECK SERVICE

Agreement No. VL-SH-2026-033

PARTIES

SHANGHAI VINPORT TRADING PLATFORM CO., LTD., a company established in the People's Republic of China, with its registered address at Room 1206, No. 500 Yanggao North Road, China (Shanghai) Pilot Free Trade Zone, Shanghai ("Customer"); and

VINOLABEL DATA S.A.L., a Lebanese joint-stock company, with its head office at Rue Brazil, Haouch el Omara, Zahle, Bekaa, Lebanon ("Vendor").

BACKGROUND

Customer runs an online platform through which foreign wineries and Chinese importers list and sell imported wine to distributors and restaurants in China. Every imported bottle must carry a Chinese back label with the content that Chinese food-labelling standards and the customs registration require. Vendor operates the VinoLabel Check API, which compares a wine's label files and registration data with those requirements and with the producer's declared data, and returns a list of deviations. Customer wishes to call the API from its listing workflow so that non-compliant labels are caught before goods are shipped.

1. DEFINITIONS

1.1 "API" means the VinoLabel Check application programming interface, its documentation and the web console.

1.2 "Subscription Year" means each period between Go-Live Acceptance, or an anniversary of it, and the day before the next anniversary.

1.3 "Customer Content" means all label images, label text, product data, importer and producer details, registration numbers and other information that Customer or its users submit to the API, and all results the API returns for them.

1.4 "Check" means one API call that submits one label set for checking.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API for up to 400,000 Checks per Subscription Year, with a sandbox environment for testing.

2.2 The API shall check each label set against the current mandatory Chinese labelling requirements for wine (including product name, ingredients, alcohol content, vintage and origin statements, importer details, date and storage statements) and against the registration data supplied by Customer, and shall return each deviation with the rule reference.

2.3 Vendor shall update the rule base within ten working days after a relevant Chinese standard or customs requirement is published, and notify Customer of each update.

2.4 The API shall be served to Customer from a cloud region in Shanghai.

3. TERM

3.1 The Initial Term is two Subscription Years from Go-Live Acceptance.

3.2 This Agreement does not renew automatically. Any extension shall be agreed in writing before the end of the Initial Term.

4. FEES AND PAYMENT

4.1 At Customer's request all fees are stated and paid in Chinese Renminbi (CNY). The fees are set out in the Schedule. The total fees for the Initial Term are CNY 318,000.

4.2 The onboarding fee is payable within twenty days after Go-Live Acceptance. The subscription fee is invoiced quarterly in arrears, in four equal instalments per Subscription Year. Checks above the included volume are invoiced quarterly in arrears at the rate in the Schedule.

4.3 No fee is payable in advance of Go-Live Acceptance or in advance of the quarter to which it relates.

4.4 Customer shall pay correct invoices within thirty days by bank transfer in CNY.

5. ONBOARDING AND GO-LIVE ACCEPTANCE

5.1 Vendor shall connect the API to Customer's listing workflow, map Customer's product fields, load Customer's historical registration data and train Customer's compliance staff, and present the integration for Go-Live Acceptance within forty-five days after signature.

5.2 Go-Live Acceptance requires: (a) a test set of 500 real label sets chosen by Customer, including 150 with known defects, is checked and every known defect is reported; (b) no more than 2% of the compliant label sets are wrongly reported as defective; (c) 95% of Checks return a result within three seconds; and (d) the results appear correctly in Customer's listing workflow. Customer shall sign a Go-Live Acceptance certificate when these tests are passed. Use of the API in production before signature is not acceptance.

5.3 If Vendor does not present the integration for Go-Live Acceptance by the date in clause 5.1, Vendor shall pay Customer CNY 300 for each day of delay, up to CNY 15,000.

6. SERVICE LEVELS

6.1 Vendor shall make the API available at least 99.95% of the time in each calendar month, excluding maintenance notified at least three days in advance and carried out between 23:00 and 06:00 Beijing time.

6.2 Severity 1 means that the API is unavailable or returns errors for most Checks. Severity 2 means that a feature is unavailable or results are delayed. Severity 3 means any other problem. Vendor shall respond to Severity 1 within thirty minutes, at any hour, and restore service within three hours; Severity 2 within two hours and restore within one business day; Severity 3 within two business days.

6.3 If monthly availability is below the level in clause 6.1, Customer receives a credit of 10% of that month's share of the subscription fee for each started 0.1 percentage point of shortfall, up to the full monthly share. If a Severity 1 incident is not restored in time, Customer receives a further credit of CNY 800 for each started hour. Credits are set off against the next invoice.

6.4 If a missed rule-base update under clause 2.3 causes a wrong result, Vendor shall correct it at no charge and re-check the affected label sets.

7. CUSTOMER CONTENT AND DATA SECURITY

7.1 Customer Content belongs to Customer. Vendor shall process Customer Content only to provide the API to Customer, and shall not use it to build databases, train models, compile statistics or provide services to others, whether or not the data is aggregated or de-identified.

7.2 Vendor shall store and process Customer Content only in the Shanghai cloud region, encrypt it in transit and at rest, limit access to named engineers using multi-factor authentication, log every access, and keep Customer Content logically separated from other customers' data. Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 Vendor shall notify Customer of any security incident affecting Customer Content within eight hours of becoming aware of it, take immediate measures to contain it, and compensate Customer for all losses caused by an incident for which Vendor is responsible.

7.4 At the end of the Agreement Vendor shall return Customer Content on request and then delete it, and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's supplier and price information, and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the API and its rule base.

9.2 The field mappings, integration code and custom rule sets made for Customer's products belong to Customer, which may use, modify and license them freely.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent, except the Shanghai cloud provider named in the Schedule, which Customer approves by signing this Agreement.

11. LIABILITY

11.1 Vendor's total liability under this Agreement is limited to twice the total fees for the Initial Term.

11.2 The limit does not apply to breach of clauses 7 and 8, to fraud or to wilful misconduct.

11.3 Neither party is liable for indirect loss or loss of profit.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within thirty days after written notice.

12.2 Customer may also terminate by written notice if monthly availability falls below 99% in any two months of a Subscription Year.

12.3 On termination for Vendor's breach, Vendor shall refund any fees paid for Checks not yet delivered and support the transfer of Customer Content to Customer.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Republic of Lebanon.

13.2 Any dispute that the parties cannot settle within thirty days shall be finally settled by arbitration in Beirut, Lebanon, by three arbitrators appointed under the rules of the Lebanese Arbitration Center, in the English language.

14. GENERAL

14.1 Notices shall be given in writing in English to the addresses above and by e-mail to the contacts in the Schedule.

14.2 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly.

14.3 This Agreement, with its Schedule, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

SCHEDULE - FEES, CLOUD PROVIDER AND CONTACTS

Subscription fee, per Subscription Year, up to 400,000 Checks: CNY 148,000
Subscription fees, Initial Term of two Subscription Years: CNY 296,000
Onboarding fee (one-time): CNY 22,000
Total fees, Initial Term: CNY 318,000
Checks above the included volume: CNY 0.35 per Check, invoiced quarterly in arrears

Approved cloud provider: a licensed cloud service operator in mainland China, Shanghai region, named in the onboarding plan.

Contacts: Customer - Head of Compliance, Shanghai. Vendor - Account Director, Zahle.

SIGNED for SHANGHAI VINPORT TRADING PLATFORM CO., LTD.: ____________________ Date: __________

SIGNED for VINOLABEL DATA S.A.L.: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels, checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "h391z01": ("h391z01_tibetan_medicine_herb_traceability_platform.pdf", "pdf", H391Z01),
    "h391z02": ("h391z02_glass_bottle_crushing_line_control_retrofit.docx", "docx", H391Z02),
    "h391z03": ("h391z03_swim_school_chain_scheduling_saas.txt", "txt", H391Z03),
    "h391z04": ("h391z04_funeral_services_system_om_service.txt", "txt", H391Z04),
    "h391z05": ("h391z05_lotus_root_starch_mes_supplier_template.md", "md", H391Z05),
    "h391e01": ("h391e01_clay_tiger_painting_template_licences_jordan_vendor.pdf", "pdf", H391E01),
    "h391e02": ("h391e02_yading_shuttle_ticketing_saas_order_form.md", "md", H391E02),
    "h391e03": ("h391e03_crab_farm_pond_oxygen_sensors.docx", "docx", H391E03),
    "h391e04": ("h391e04_tool_maker_managed_network_monitoring.md", "md", H391E04),
    "h391e05": ("h391e05_wine_label_check_api_subscription.txt", "txt", H391E05),
}

# price sums (asserted): items -> stated total
SUMS = {
    "h391z01": ([680000, 920000, 186000, 154000, 40000], 1980000),
    "h391z01_pay": ([396000, 891000, 693000], 1980000),
    "h391z02": ([486000, 412000, 398000, 122000, 166000, 162000, 96000, 18000], 1860000),
    "h391z02_sub": ([486000, 412000, 398000, 122000, 166000], 1584000),
    "h391z02_pay": ([186000, 651000, 930000, 93000], 1860000),
    "h391z03": ([25 * 9600 * 3, 86000], 806000),
    "h391z04": ([2 * 228600, 28800], 486000),
    "h391z04_q": ([4 * 57150], 228600),
    "h391z05": ([560000, 84000, 480000, 96000], 1220000),
    "h391z05_pay": ([793000, 427000], 1220000),
    "h391e01": ([14 * 18500, 64000, 88000, 21000], 432000),
    "h391e01_pay": ([86400, 194400, 151200], 432000),
    "h391e02": ([3 * 212000, 58000], 694000),
    "h391e02_adv": ([58000, 212000], 270000),
    "h391e03": ([96 * 3850, 24 * 9200, 48 * 2650, 86000, 71400, 25000], 900000),
    "h391e03_sub": ([96 * 3850, 24 * 9200, 48 * 2650, 86000], 803600),
    "h391e03_pay": ([90000, 495000, 315000], 900000),
    "h391e04": ([24 * 23800, 36800], 608000),
    "h391e05": ([2 * 148000, 22000], 318000),
}


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, capped, deemed, value):
    e = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra, forum outside mainland, TCO fee base or None, expected rules by hand)
LABELS = {
    "h391z01": ("zh", "software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True,
                      False, "PRC", G),
                extra(True, True, True, False, 1980000), False, 866000, []),
    "h391z02": ("zh", "hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 28, False, True,
                      False, "PRC", G),
                extra(True, True, True, False, 1860000), False, 1584000,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h391z03": ("zh", "cloud",
                terms(99.5, 0.5, True, "buyer", True, True, False, 0.1, 150, None, True, None, None, None, True, True,
                      False, "PRC", S),
                extra(True, True, None, False, 806000), False, None,
                ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
    "h391z04": ("zh", "services",
                terms(99.95, 0.25, True, "buyer", True, True, True, 500 / 486000 * 100, 200, None, True, None, None,
                      None, False, True, False, "PRC", S),
                extra(True, True, None, False, 486000), False, None, []),
    "h391z05": ("zh", "software",
                terms(None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True,
                      True, "PRC", G),
                extra(True, True, False, True, 1220000), False, 644000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-WARRANTY"]),
    "h391e01": ("en", "software",
                terms(None, None, False, "buyer", True, True, True, 350 / 432000 * 100, 150, 20, True, True, 18, 11,
                      False, True, False, "Jordan", G),
                extra(False, True, True, False, 432000), True, 323000,
                ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h391e02": ("en", "cloud",
                terms(99.95, 0.25, True, "buyer", True, True, True, 600 / 694000 * 100, round(6 / 36 * 100, 4),
                      270000 / 694000 * 100, True, None, None, None, False, True, False, "PRC", S),
                extra(True, True, None, False, 694000), False, None,
                ["CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
    "h391e03": ("en", "hardware",
                terms(None, 1, True, "buyer", False, True, True, 0.02, None, 10, True, True, 24, 9, False, True, True,
                      "PRC", G),
                extra(True, True, True, False, 900000), False, 803600,
                ["CR-DATA-SECURITY", "CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h391e04": ("en", "services",
                terms(None, 0.5, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, False,
                      False, "PRC", S),
                extra(True, False, None, False, 608000), False, None,
                ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h391e05": ("en", "cloud",
                terms(99.95, 0.5, True, "buyer", True, True, True, 300 / 318000 * 100, 200, None, True, None, None,
                      None, False, True, False, "Lebanon", S),
                extra(True, True, None, False, 318000), True, None, ["CR-GOVERNING-LAW"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(t, x, base):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years =
    5 - warranty years (pro rata); fee base = itemised licence/hardware subtotal. None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    annual = base * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = annual * years
    total = x["contract_value"] + fees
    return {"annual_fee": annual, "post_warranty_years": years, "fees": fees, "tco": total,
            "share_pct": fees / total * 100}


def rules_from_labels(t, x, forum_outside, base):
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(t, x, base)
        if tc and tc["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# --- threshold figures: digits, Chinese numerals, words --------------------------------------------------------
CN = "〇零一二三四五六七八九十两百千万"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?!\d)"],
    "P1 4 hours": [r"(?<![\d.])4\s*(?:-\s*)?(?:h\b|hrs?\b|hours?\b|个?小时)", r"(?<![%s])四\s*个?\s*小时" % CN,
                   r"(?<!twenty-)(?<!twenty )\bfour[\s-]+hours?\b", r"(?<![\d.])240\s*(?:minutes?|mins?\b|分钟)",
                   r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![%s\d])" % CN, r"千分之零点五"],
    "cap 100 %": [r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![%s点\d])" % CN, r"三成",
                        r"\bthirty[\s-]+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?\b|mos?\b)", r"(?<![%s])十二个月" % CN,
                           r"\btwelve[\s-]+months?\b", r"(?<![十〇零])一年", r"\bone[\s-]+years?\b",
                           r"(?<![\d.])1\s*(?:-\s*)?(?:years?\b|年(?!\d))"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![%s点\d])" % CN,
                               r"\bfifteen[\s-]+per\s*cent"],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![%s点\d])" % CN, r"四成",
                       r"\bforty[\s-]+per\s*cent"],
    "horizon 5 years / 60 months": [r"(?<![\d.])5\s*(?:-\s*)?(?:years?\b|年(?!\d))", r"(?<![%s])五年" % CN,
                                    r"\bfive[\s-]+years?\b", r"(?<![\d.])60\s*(?:-\s*)?(?:个月|months?\b)",
                                    r"(?<![%s])六十个月" % CN, r"\bsixty[\s-]+months?\b"],
}
COMPILED = [(name, re.compile(p, re.I)) for name, ps in THRESHOLD_PATTERNS.items() for p in ps]

MUST_HIT = ["99.9%", "99.90 %", "4小时", "四小时", "4 hours", "four hours", "4-hour", "240 minutes", "0.05%",
            "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "thirty per cent", "12个月",
            "十二个月", "12 months", "12-month", "twelve months", "一年", "one year", "1 year", "15%", "百分之十五",
            "fifteen per cent", "40%", "百分之四十", "forty per cent", "5年", "五年", "five years", "5 years",
            "60 months", "六十个月", "sixty months", "四个小时"]
MUST_NOT_HIT = ["24小时", "二十四小时", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "四十二个月",
                "2025年", "2026年4月1日", "万分之五十", "万分之八", "130%", "150%", "1.5倍", "thirty-five per cent",
                "forty-five per cent", "12小时", "48小时", "14 hours", "0.5%", "15日", "30日", "40家", "十五日",
                "二十五年", "24 months", "50%", "1,500", "100,000", "0.1 percentage point", "three hours",
                "十八个月", "三十六个月", "one Service Year", "every day of the year", "CNY 0.35", "2%", "5%"]


def threshold_hits(text):
    return [(name, m.group(0)) for name, rx in COMPILED for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), ("regex wrongly hits", s, threshold_hits(s))


# --- read back -------------------------------------------------------------------------------------------------
def read_back(path: Path) -> str:
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_labels(key, t, x, base):
    assert t["availability_pct"] != 99.9
    assert t["p1_response_hours"] != 4
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 0.005
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1
    assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1
    assert t["warranty_months"] not in (12, 60)
    assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - 15) > 0.5
    tc = tco(t, x, base)
    assert tc is None or abs(tc["share_pct"] - 40) > 1, (key, tc)


def main():
    self_test()
    for k, (items, total) in SUMS.items():
        assert sum(items) == total, (k, sum(items), total)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    all_rules = set()
    bad = []
    for k, (name, fmt, src) in FILES.items():
        lang, cat, t, x, forum_outside, base, hand = LABELS[k]
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(text)
            ok = 2800 <= n <= 3300
        else:
            n = len(text.split())
            ok = 1500 <= n <= 1700
        if not ok:
            bad.append((name, n))
        hits = threshold_hits(text) + threshold_hits(re.sub(r"\s+", " ", text)) + \
            threshold_hits(re.sub(r"\s+", "", text) if lang == "zh" else text) + threshold_hits(src)
        assert not hits, (name, hits)
        check_labels(k, t, x, base)
        derived = rules_from_labels(t, x, forum_outside, base)
        assert derived == sorted(hand), (k, derived, hand)
        all_rules |= set(derived)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": derived}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        tc = tco(t, x, base)
        tcs = "" if tc is None else " TCO %.0f share %.2f%%" % (tc["tco"], tc["share_pct"])
        print("%-62s %s %5d %-6s %s%s" % (name, lang, n, risk(derived), ", ".join(derived) or "(none)", tcs))
    assert not bad, ("length out of range", bad)
    assert all_rules == set(SEVERITY), ("rules never expected", set(SEVERITY) - all_rules)
    counts = sorted(len(LABELS[k][6]) for k in LABELS)
    assert counts.count(0) == 2 and len(LABELS["h391z05"][6]) >= 8
    singles = [k for k in LABELS if len(LABELS[k][6]) == 1]
    assert len(singles) == 1 and risk(LABELS[singles[0]][6]) == "low"
    assert sum(1 for k in LABELS if 2 <= len(LABELS[k][6]) <= 3) == 6
    print("all 20 CR rules expected at least once; lengths, sums, thresholds OK")


if __name__ == "__main__":
    main()
