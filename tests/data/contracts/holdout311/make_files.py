"""holdout311: ten ordinary draft contracts (5 zh, 5 en), their labels, and the checks on them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:湘潭市人民防空办公室人防工程智能监测平台建设项目采购合同
P:合同编号：XTRF-ZC-2025-017
P:采购方式：公开招标（招标编号：XTZC2025-GK-0388）
P:甲方（采购人）：湘潭市人民防空办公室
P:乙方（供应商）：湖南砥石物联科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就湘潭市人防工程智能监测平台建设项目订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方负责在全市48处公用人防工程内部署环境与设施状态监测终端及边缘网关，建设人防工程智能监测平台，并完成与市人防指挥信息系统的数据对接。
P:1.2 监测内容包括：温湿度、二氧化碳及有害气体浓度、积水水位、防护密闭门开闭状态、通风及滤毒设备运行状态，以及告警时的视频联动。
P:1.3 乙方应按招标文件技术需求书的规格供货，所有设备须为全新、原厂正品，并随货提供合格证明、检测报告和装箱清单。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾万元整（¥1,700,000.00），为固定总价，包含设备、软件、运输、安装、调试、集成、培训、税费及质保期内的全部服务费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|多参数监测终端|212套|3,600|763,200
TB:2|边缘计算网关|48台|5,200|249,600
TB:3|智能监测平台软件（永久许可）|1套|386,000|386,000
TB:—|软硬件小计|||1,398,800
TB:4|安装调试及系统集成|1项|156,400|156,400
TB:5|定制开发（平战转换看板、指挥系统接口）|1项|118,000|118,000
TB:6|培训|1项|26,800|26,800
TB:—|合计|||1,700,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥340,000。
P:3.2 全部设备到货并完成安装调试、乙方提交安装报告后15个工作日内，甲方支付合同总价的45%，即¥765,000。本期付款不代表甲方对货物或系统的验收。
P:3.3 项目最终验收合格并签署验收报告后15个工作日内，甲方支付合同总价的35%，即¥595,000。
P:3.4 乙方应在每次付款前向甲方开具等额增值税专用发票，甲方通过国库集中支付系统付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后60日内完成全部设备的供货及安装，90日内完成平台部署与接口联调，并提交试运行申请。
P:4.2 乙方进入人防工程施工，须遵守甲方的工程管理规定，施工不得破坏防护结构和密闭性能，施工完毕后恢复原状。
H:第五条 验收
P:5.1 系统连续试运行30日，试运行期间未发生一级故障的，乙方方可申请最终验收。
P:5.2 最终验收标准：（一）全部212套终端、48台网关接入平台，数据上报间隔不超过60秒；（二）各类告警阈值的触发测试全部通过，告警推送至值班人员的时间不超过10秒；（三）与市人防指挥信息系统的数据接口按接口规范联调通过，双方数据逐项核对一致；（四）平台通过第三方网络安全等级保护二级测评；（五）技术文档、源代码及操作手册齐全。
P:5.3 验收由甲方组织，可邀请相关专家参加。设备安装完成、平台上线或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供软硬件维修、更换、升级及技术支持服务。
P:6.2 质保期内平台月可用率不低于99.95%。
P:6.3 故障分级及响应：一级故障（平台整体不可用，或十处以上工程数据中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、次日内处理完毕；三级故障于下一个工作日处理。
P:6.4 乙方响应或恢复超时的，每超时1小时扣减履约保证金800元；平台月可用率每低于承诺值0.01个百分点，扣减1,500元。
P:6.5 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的8%（即不超过¥111,904），该价格在质保期满后两个维保年度内不得上调。维保合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台采集、产生的全部监测数据、告警记录、运行日志及工程基础信息均属甲方所有，乙方不得用于本合同以外的任何目的。
P:7.2 平台部署于甲方指定的政务云资源。乙方须落实访问控制、数据加密传输和存储、操作日志审计等安全措施；乙方远程运维须经甲方逐次审批，并通过甲方堡垒机进行，不得复制或导出数据。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第八条 保密
P:8.1 人防工程的位置、结构、防护等级及相关资料属于敏感信息。乙方及其人员对履约中知悉的上述信息及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。
P:8.2 乙方参与本项目的人员均须签署保密承诺书，人员名单报甲方备案，人员变更须提前告知甲方。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的平战转换看板、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:9.2 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.3 乙方保证所供货物和软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成安装、联调的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方所供货物不符合合同约定的，应无偿更换，并赔偿由此给甲方造成的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：湘潭市人民防空办公室　　法定代表人或授权代表：__________
P:乙方（盖章）：湖南砥石物联科技有限公司　　法定代表人或授权代表：__________
P:签订日期：2025年8月__日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """T:3号辊道窑控制系统改造合同
P:合同编号：NZTC-JS-2025-041
P:甲方（买方）：佛山市南庄瓷都陶瓷有限公司
P:乙方（卖方）：广东焰控自动化工程有限公司
P:鉴于甲方3号辊道窑（长度268米）原控制系统设备老化、温控精度不足，甲方决定对其进行改造；乙方具备工业自动化系统集成能力。双方经友好协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）乙方负责3号辊道窑控制系统的设计、供货、编程、安装、调试及培训，包括PLC控制柜、变频器、温控仪表及热电偶、燃烧控制系统、上位机监控系统的更换与升级。
P:（二）改造须利用甲方计划停窑检修期完成，停窑时间不超过16日。
H:二、合同价格
P:（一）合同总价为人民币壹佰肆拾肆万贰仟元整（¥1,442,000），含税。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|68,000|408,000
TB:2|变频器|42台|5,800|243,600
TB:3|温控仪表及热电偶|1批|156,000|156,000
TB:4|燃烧控制系统（比例阀、火焰检测）|1批|218,400|218,400
TB:5|上位机SCADA软件许可|1套|124,000|124,000
TB:6|工控机及操作站|4台|16,500|66,000
TB:|软硬件小计|||1,216,000
TB:7|设计、编程及安装调试|1项|168,000|168,000
TB:8|停窑改造施工配合及烘窑调试|1项|46,000|46,000
TB:9|操作及维护培训|1项|12,000|12,000
TB:|合同总价|||1,442,000
P:（二）上述价格为固定价格，包含运输、保险、安装材料及乙方人员差旅费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即¥144,200。
P:（二）设备全部到货、安装调试完成并点火投产后，甲方支付合同总价的50%，即¥721,000。点火投产不视为验收合格。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的35%，即¥504,700。
P:（四）合同总价的5%即¥72,100作为质量保证金，质保期满且无质量问题后10个工作日内无息支付。
H:四、交付与工期
P:（一）乙方应在合同签订后45日内将全部设备运至甲方厂区，并在停窑检修期内完成拆除、安装和接线。
P:（二）停窑检修期结束前，乙方应完成冷态调试；烘窑升温及热态调试应在复产后10日内完成。
H:五、验收
P:（一）窑炉复产后连续稳定运行20日，乙方可书面申请最终验收。
P:（二）验收标准：1.各温区实际温度与设定值偏差不超过±3℃；2.烧成曲线可按产品配方自动切换，切换过程无断火；3.燃烧系统熄火保护及超温联锁测试全部通过；4.上位机画面、报警记录、历史曲线及报表功能符合技术协议；5.程序源代码、电气图纸及操作手册已移交甲方。
P:（三）验收由甲方设备部、生产部共同进行并签署验收报告。点火投产、甲方使用设备或支付款项，均不视为验收合格。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备质量或安装原因造成的故障，乙方免费维修或更换。
P:（二）一级故障（窑炉停烧、燃烧系统失控或整线停机）：乙方应在15分钟内电话响应，2小时内到达现场，6小时内排除故障；二级故障1小时内响应，24小时内到场处理。
P:（三）乙方响应或到场超时的，每超时1小时，甲方可从质量保证金中扣除1,000元。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度全包维保服务，内容包括备品备件更换、每月驻厂巡检、程序优化及停窑抢修。
P:（二）年度维保费按软硬件小计的28%计取，即每年¥340,480，自质保期满之日起三个维保年度内固定不变，按季度支付。
P:（三）维保合同期满前，双方另行协商续签事宜，不自动续期。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、上位机组态工程文件、报表及其源代码的知识产权归甲方所有，甲方可自行修改或委托他人修改。
P:（二）SCADA软件产品的知识产权归原厂所有，甲方获得永久使用许可。
H:九、生产数据与安全
P:（一）窑炉运行数据、烧成曲线、产品配方等生产工艺数据均属甲方所有，乙方不得用于本合同以外的目的，不得向第三方提供。
P:（二）控制系统与办公网络之间须设置工业防火墙；乙方远程维护须经甲方审批并在甲方人员监督下进行，会话结束后立即断开。
P:（三）因乙方原因造成数据泄露、被篡改或控制系统遭受攻击的，乙方应在2小时内通知甲方，承担处置费用并赔偿甲方全部损失。
H:十、保密
P:（一）双方对履约过程中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或未能在停窑检修期内完成安装的，每逾期一日按合同总价的万分之八支付违约金。
P:（二）乙方累计承担的赔偿责任（含违约金）以合同总价的1.5倍为限，但人身伤害、故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:十二、分包
P:（一）乙方可将电气安装施工分包给具有相应资质的单位，但须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十三、合同解除
P:（一）任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除合同并要求赔偿损失。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，提交佛山仲裁委员会仲裁。
H:十五、不可抗力
P:（一）因地震、洪水、疫情防控措施等不可抗力导致一方不能履行合同的，该方应在3日内书面通知对方并提供证明，在影响范围内免除责任，但应尽力减少损失。
P:（二）不可抗力持续超过60日致使合同目的无法实现的，双方可协商解除合同，已完成部分按实结算。
H:十六、安全生产与现场管理
P:（一）乙方人员进入甲方厂区须遵守甲方安全生产管理制度，佩戴劳动防护用品，动火、登高、带电作业须办理作业许可。
P:（二）因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
P:（三）乙方应在停窑检修期开始前提交施工方案、人员名单及特种作业资格证书，经甲方审核后实施。
H:十七、技术资料与培训
P:（一）乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序清单、参数设定表、备件清单及操作维护手册各三套，并提供电子版。
P:（二）乙方应为甲方培训操作人员和电气维护人员不少于12人次，培训内容包括系统操作、配方切换、常见故障判断及处理，培训结束后进行考核。
P:（三）乙方应在质保期内每季度到厂巡检一次，检查控制柜、变频器散热及热电偶状态，并提交巡检记录，巡检发现的隐患应及时消除。
P:（四）乙方应在甲方厂区留存常用备件，包括热电偶、火焰检测器、I/O模块各若干，备件清单经甲方确认。
H:十八、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方：佛山市南庄瓷都陶瓷有限公司（盖章）　　代表：__________
P:乙方：广东焰控自动化工程有限公司（盖章）　　代表：__________
P:日期：2025年9月__日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
Z03 = """自助洗衣门店管理及会员SaaS服务合同

合同编号：JL-IT-2025-09
甲方（客户）：成都净邻洗衣连锁管理有限公司
乙方（服务商）：杭州泡泡云科技有限公司

甲方在成都市经营65家自助洗衣门店，拟使用乙方“泡泡云”自助洗衣门店管理及会员SaaS平台，实现设备扫码启动、在线支付、会员储值与积分、门店经营分析等功能。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方65家门店提供泡泡云SaaS平台的使用服务，包括设备物联控制、扫码及小程序支付、会员储值与积分、营销券、门店经营报表等模块。
（2）乙方负责实施服务：门店洗衣机、烘干机物联模块的接入调试，会员及储值余额数据从甲方原系统迁移，甲方专属小程序界面及会员等级规则配置，以及店长培训。
（3）平台由乙方在中国境内的云资源上部署和运行，甲方无需采购服务器。

第二条 服务期限
（1）服务期为三个服务年度，自上线验收通过之日起计算。
（2）服务期满前30日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前以书面形式通知甲方新价格。

第三条 费用
（1）门店订阅费：每店每服务年度1,680元，65家门店合计每服务年度109,200元。
（2）会员模块平台费：每服务年度36,000元。
（3）以上订阅费合计每服务年度145,200元，三个服务年度合计435,600元。
（4）实施费（一次性）：58,400元。
（5）合同总价：人民币肆拾玖万肆仟元整（¥494,000）。
（6）支付通道手续费由甲方与持牌支付机构另行结算，不属于本合同费用。

第四条 付款方式
（1）甲方无需预付任何款项。
（2）实施费在上线验收通过后15个工作日内一次性支付。
（3）订阅费按服务季度后付，每个服务季度结束后15个工作日内，甲方支付该季度订阅费36,300元。
（4）乙方应在收款前开具增值税专用发票。

第五条 实施与上线验收
（1）乙方应于合同签订后45日内完成全部65家门店的接入和数据迁移，并提交上线验收申请。
（2）验收标准：①65家门店全部设备可扫码启动，连续试运行14日无一级故障；②会员账户、储值余额和积分与甲方原系统逐笔核对一致；③专属小程序界面及会员规则与双方确认的需求说明一致；④店长培训完成并考核通过。
（3）甲方在收到申请后7个工作日内组织验收，验收通过后签署上线验收单。平台投入使用或甲方付款，均不视为验收通过。
（4）乙方逾期提交上线验收申请的，每逾期一日向甲方支付违约金400元。

第六条 服务水平
（1）平台月可用率不低于99.5%，计划内维护须在凌晨2:00至5:00之间进行并提前3日通知甲方，不计入不可用时间。
（2）故障分级：一级故障指全部或多数门店无法启动设备或无法支付；二级故障指单个门店或单个功能模块异常；三级故障指不影响营业的一般问题。
（3）一级故障乙方应在15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障于2个工作日内解决。
（4）服务费抵扣：月可用率每低于承诺值0.1个百分点，抵扣当季订阅费的2%；一级故障恢复超时的，每超时1小时抵扣当季订阅费的1%；单季抵扣合计不超过当季订阅费的25%。

第七条 数据
（1）甲方的会员信息、交易记录、储值余额、门店经营数据（以下合称“甲方数据”）归甲方所有。
（2）乙方有权在服务期内及服务期满后，将甲方数据经脱敏、汇总处理后用于乙方的行业经营分析报告、产品改进及算法优化，该等脱敏汇总数据的权利归乙方。
（3）乙方应按照网络安全等级保护三级要求保护平台及甲方数据，对会员个人信息加密存储，实行最小权限访问并留存操作日志。
（4）发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应的赔偿责任。
（5）合同终止后30日内，乙方应向甲方完整交付甲方数据，并在甲方确认后删除平台中的甲方数据。

第八条 知识产权
（1）泡泡云平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方专门制作的小程序界面设计、会员等级规则配置及相关文档归甲方所有，甲方可自行或委托第三方使用和修改。

第九条 保密
（1）双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。
（2）保密义务在本合同终止后三年内持续有效。

第十条 违约与赔偿
（1）除第五条（4）及第六条（4）约定外，任何一方违约给对方造成损失的，应赔偿对方的实际损失。
（2）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。

第十一条 转包与分包
乙方不得将本合同项下的服务转包；如需将门店现场接入工作分包，须事先取得甲方书面同意。

第十二条 合同解除
（1）乙方严重违约，或连续两个月平台月可用率低于98%的，甲方有权书面通知解除本合同，并按实际服务期结算费用。
（2）甲方连续两个季度未付款，经乙方催告后30日内仍未支付的，乙方有权解除合同。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方所在地人民法院管辖。

第十四条 双方的其他义务
（1）甲方应指定项目负责人，及时提供门店清单、设备型号、原系统数据导出文件及网络条件，并组织店长参加培训。
（2）乙方应指定项目经理和客户成功经理，每月向甲方提交服务报告，内容包括平台可用率、故障清单及处理情况、服务费抵扣计算、功能更新说明。
（3）乙方对平台功能进行重大调整或下线甲方正在使用的功能的，应提前30日书面通知甲方，不得降低甲方已订阅的服务内容。
（4）门店新增或关闭的，订阅费按实际门店数和服务天数于当季结算，新增门店的接入费用按每店900元另行计收。

（5）乙方应为甲方提供店长及客服人员使用的操作手册和常见问题解答，并在平台内提供在线客服，服务时间为每日8:00至23:00，与门店营业时间一致。
（6）甲方发现平台计费、退款或储值余额异常的，乙方应在2个工作日内核查并书面答复；确属平台原因造成会员损失的，由乙方承担。

第十五条 不可抗力
（1）因自然灾害、公共卫生事件、电信运营商大范围网络中断等不可抗力导致不能履行的，受影响一方应及时通知对方，并在影响范围内免责。
（2）不可抗力消除后，双方应继续履行合同；持续超过30日的，甲方可解除合同且无需承担违约责任。

第十六条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都净邻洗衣连锁管理有限公司
授权代表：__________
乙方（盖章）：杭州泡泡云科技有限公司
授权代表：__________
日期：2025年10月__日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
Z04 = """绵阳市疾病预防控制中心免疫规划信息系统年度运维服务合同

项目编号：MYCDC-CS-2025-006（竞争性磋商）
甲方：绵阳市疾病预防控制中心
乙方：四川衡数信息技术有限公司
签订地点：四川省绵阳市

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方的响应文件，甲方确定乙方为成交供应商。为保障全市免疫规划信息系统稳定运行，双方订立本合同。

1. 服务范围
1.1 运维对象为甲方免疫规划信息系统，包括预防接种管理、疫苗流通与追溯、冷链温度监测、儿童预防接种证查验等子系统，覆盖全市9个县（市、区）的412个预防接种单位。
1.2 服务内容：驻场运维、系统巡检与版本维护、接种单位技术支持热线、重大活动及应急接种期间的保障服务。
1.3 乙方应配合甲方完成上级平台（省免疫规划信息平台）的数据对接调整及系统年度版本升级工作。

2. 服务期限
2.1 服务期自2025年7月1日起至2026年6月30日止。
2.2 服务期满，本合同自然终止，不自动续期。下一服务年度的运维服务由甲方依法另行采购。

3. 合同金额
3.1 本合同总金额为人民币陆拾贰万捌仟元整（¥628,000），为固定总价。构成如下：
（1）驻场运维（2人，全服务期）：384,000元；
（2）系统巡检及版本维护：138,000元；
（3）接种单位技术支持热线：64,000元；
（4）重大活动及应急保障：42,000元。
3.2 上述金额已包含乙方人员工资、差旅、工具、税费等全部费用。

4. 付款
4.1 本合同不设预付款。
4.2 服务费按季度支付。每季度结束后，甲方依据第6条进行季度考核，考核合格后15个工作日内支付当季服务费157,000元。
4.3 考核扣分对应的扣款从当季服务费中扣除。

5. 服务要求
5.1 乙方派驻2名运维工程师，工作日8:30至17:30在甲方驻场，人员须具备三年以上医疗卫生信息系统运维经验，人员更换须经甲方同意。
5.2 乙方每月对系统服务器、数据库、接口及冷链监测设备在线情况进行一次全面巡检，并于次月5日前提交巡检报告。
5.3 热线服务时间为每日7:30至20:00，接种单位来电须在5分钟内接听。
5.4 故障分级：
（1）一级故障：全市或一个县（区）以上接种单位无法登记接种、疫苗追溯中断或冷链监测数据中断；
（2）二级故障：单个接种单位无法正常使用，或某一功能模块异常；
（3）三级故障：不影响接种业务的一般问题。
5.5 响应与处理时限：一级故障15分钟内响应，1小时内到达现场或远程介入，6小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障3个工作日内解决。
5.6 乙方响应或恢复超时的，每超时1小时从当季服务费中扣除500元；同一季度发生两次以上一级故障恢复超时的，另扣除当季服务费的3%。

6. 考核与验收
6.1 每季度末，甲方按照磋商文件所附运维考核表对乙方进行考核，考核内容包括：故障响应及恢复及时性、巡检报告质量、工单闭环情况、热线接听情况及接种单位满意度。
6.2 考核得分80分及以上为合格；低于80分的，每低1分扣除当季服务费1,000元；连续两个季度低于70分的，甲方有权解除合同。
6.3 服务期满，乙方提交年度运维总结报告，甲方组织终验。终验标准为：四个季度考核均合格，运维文档（系统配置清单、变更记录、巡检报告、应急预案）完整移交，遗留问题已关闭。

7. 接口调整与版本升级
7.1 上级平台接口规范调整的，乙方应在甲方书面通知之日起20日内完成接口修改和联调。
7.2 乙方应按甲方确认的升级计划，按期完成系统年度版本升级及升级后的回归测试。
7.3 乙方未按7.1或7.2约定的期限完成的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。

8. 系统数据
8.1 免疫规划信息系统中的受种者信息、接种记录、疫苗出入库及冷链数据均属于甲方所有。
8.2 乙方仅可为履行本合同之目的使用上述数据，不得将其用于任何其他目的。

9. 保密
9.1 乙方对履约过程中知悉的甲方信息，包括受种者个人信息、接种记录及甲方内部管理资料，负有保密义务，未经甲方书面同意，不得向任何第三方披露。
9.2 乙方应要求其驻场人员签署保密承诺书。保密义务在本合同终止后继续有效。

10. 知识产权
10.1 乙方在运维过程中为甲方编写的脚本、报表模板、运维文档及应急预案，其知识产权归甲方所有，甲方可自由使用和修改。
10.2 乙方保证其提供的服务及工具不侵犯第三方合法权益。

11. 违约责任
11.1 乙方违反本合同约定的，除按第5.6条、第6.2条、第7.3条承担扣款或违约金外，还应赔偿由此给甲方造成的损失。
11.2 甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。

12. 分包
12.1 乙方不得将本合同项下的服务转包或分包。

13. 合同解除
13.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（1）严重违约，经书面催告后10日内仍未改正；（2）第6.2条约定的情形；（3）擅自更换驻场人员两次以上。
13.2 合同解除的，甲方按乙方实际提供且考核合格的服务结算费用。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

15. 人员与工作交接
15.1 乙方驻场人员须遵守甲方的考勤及作息制度，服从甲方信息科的工作安排，工作日志每日提交甲方。
15.2 乙方应建立本项目的运维知识库，记录系统架构、配置变更、常见问题及处理方法，服务期满前向甲方完整移交。
15.3 服务期满或合同解除的，乙方应配合甲方或新的服务商完成工作交接，交接期不少于15日，交接期间乙方人员不得擅自撤离。

15.4 乙方应于每季度末向甲方提交季度运维报告，内容包括系统运行情况、故障统计及分析、巡检发现的问题、接种单位咨询统计及改进建议。
15.5 乙方驻场人员因病、休假等原因缺岗超过3个工作日的，乙方应安排具备同等能力的人员临时顶岗，并事先告知甲方。

16. 不可抗力
16.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。
16.2 突发公共卫生事件等应急状态下，乙方应按甲方要求增派人员开展保障，增派人员的费用由双方另行协商。

17. 其他
17.1 磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
17.2 本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。

甲方（盖章）：绵阳市疾病预防控制中心
法定代表人或委托代理人：__________
乙方（盖章）：四川衡数信息技术有限公司
法定代表人或委托代理人：__________
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条" + 1.1, supplier's template)
Z05 = """# 质衡QMS质量管理软件许可及实施合同

（质衡软件标准合同文本 V3.2）

合同编号：ZH-QMS-2025-118

- 甲方（用户）：眉山市东坡区老坛香酸菜食品有限公司
- 乙方（许可方）：成都质衡软件有限公司

甲方为泡菜、酸菜生产企业，拟引入质量管理系统，覆盖原料验收、腌制发酵、检验检测、成品放行及追溯全过程。乙方为质衡QMS软件的著作权人。双方本着平等自愿原则，就软件许可及实施事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予质衡QMS标准版软件及移动端巡检模块的永久使用许可，许可用户数为50个。

1.2 乙方根据甲方需求进行定制开发，包括：腌制发酵批次追溯、亚硝酸盐检测记录、HACCP关键控制点监控看板。

1.3 乙方负责系统部署实施及用户培训。

## 第二条 合同价款

2.1 合同总价为人民币陆拾贰万元整（¥620,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质衡QMS标准版软件许可（永久，50用户） | 268,000 |
| 2 | 移动端巡检模块许可 | 46,000 |
| | 软件许可小计 | 314,000 |
| 3 | 定制开发（批次追溯、亚硝酸盐检测记录、HACCP看板） | 236,000 |
| 4 | 部署实施 | 52,000 |
| 5 | 培训 | 18,000 |
| | 合计 | 620,000 |

2.2 甲方所需的服务器、数据库、操作系统等软硬件环境由甲方自行准备，费用不包括在合同总价内。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的60%，即¥372,000。乙方收到该笔款项后启动项目。

3.2 系统上线后7日内，甲方支付合同总价的35%，即¥217,000。

3.3 系统上线满三个月后7日内，甲方支付剩余的5%，即¥31,000。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 实施与交付

4.1 乙方应在收到首笔款项后90日内完成标准软件部署及定制开发，并将系统上线。

4.2 甲方应按乙方要求及时提供需求资料、基础数据及现场条件；因甲方原因导致的延误，工期相应顺延。

4.3 乙方逾期上线的，每逾期一日按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的3%。

4.4 乙方应为项目配备项目经理一名及实施顾问两名，项目经理负责与甲方的日常沟通，每周以邮件形式向甲方报告项目进度、已完成工作和待甲方配合的事项。

4.5 定制开发的具体功能以双方确认的需求说明书为准；需求说明书确认后甲方提出的变更，按乙方人员的日费率另行计费。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用系统的，视为对交付成果的认可。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。维护期内乙方免费修复软件缺陷并提供远程技术支持。

6.2 一级故障（系统无法登录或主要业务无法使用）：乙方在接到报修后8小时内响应；二级故障2个工作日内响应；其他问题在下一版本中统一处理。

6.3 上述响应时间为乙方的服务目标。乙方不因响应或处理超时向甲方承担任何扣款、赔偿或违约金。

## 第七条 维保服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维保合同。

7.2 年度维保费按乙方届时公布的服务价格标准执行。

## 第八条 知识产权

8.1 质衡QMS软件及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、看板、报表及其源代码的知识产权归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第九条 数据

9.1 乙方应采取加密、权限控制等措施保护系统中的数据安全。发生数据泄露的，乙方应在48小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

9.2 为改进产品及行业质量模型，乙方有权在合同期内及期满后，将甲方的生产、检验数据经脱敏处理后用于乙方的产品研发和行业分析。

## 第十条 保密

10.1 双方对在合作过程中获悉的对方商业秘密负有保密义务，保密期限为合同终止后两年。

## 第十一条 合作伙伴

11.1 乙方有权将部分实施、培训工作交由其合作伙伴完成，无需取得甲方同意。乙方对合作伙伴的工作向甲方负责。

## 第十二条 责任限制

12.1 乙方在本合同项下的累计赔偿责任（含违约金），不超过合同总价的25%。

12.2 乙方不对甲方的间接损失、利润损失及数据丢失承担责任。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。

13.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同产生的争议，由乙方所在地人民法院管辖。

## 第十五条 甲方义务

15.1 甲方应提供符合乙方要求的服务器及网络环境，并指定专人负责项目的需求确认及协调工作。

15.2 甲方应按乙方提供的模板整理基础数据，包括物料清单、供应商名录、检验项目及标准、生产工序等，并保证数据真实准确。

15.3 甲方应在乙方提交需求说明书后5个工作日内予以确认；逾期未确认的，视为甲方同意该需求说明书。

## 第十六条 培训

16.1 乙方为甲方提供两次集中培训，对象为质量管理人员、检验员和系统管理员，每次不超过20人。

16.2 培训以外的额外培训需求，按乙方人员的日费率另行收费。

16.3 乙方提供系统操作手册、管理员手册的电子版各一份。

16.4 培训完成后，甲方人员应在培训签到表上签字确认，乙方据此视为培训义务已履行完毕。

## 第十七条 不可抗力

17.1 因不可抗力导致任何一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

17.2 不可抗力消除后，双方应继续履行合同。

## 第十八条 通知

18.1 双方的通知以书面形式发送至本合同首页所列地址或双方确认的电子邮箱，邮件发出即视为送达。

18.2 一方联系方式变更的，应在变更后3日内通知对方，否则由其自行承担相应后果。

## 第十九条 其他

19.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

19.2 本合同附件为《定制开发需求说明书》，与本合同具有同等效力。

甲方（盖章）：眉山市东坡区老坛香酸菜食品有限公司　　代表：__________

乙方（盖章）：成都质衡软件有限公司　　代表：__________

签订日期：2025年11月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price table printed as rows)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. TJFL-2025-SW-03
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Tianjin Fengyuan Kite and Lantern Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Xiqing District, Tianjin (the "Buyer"); and
P:(2) Dokos Aerostructures Software I.K.E., a private company incorporated in Greece with its registered office on Nisída Dokos, Argolis, Greece (the "Vendor").
P:Background: The Buyer designs and builds traditional and modern kites, festival lanterns and large light installations. The Vendor develops KiteFrame Studio, a design program for lightweight frame structures covering bamboo, carbon and aluminium spars, tension analysis under wind load and export of cutting patterns. The Buyer wishes to buy perpetual licences of KiteFrame Studio together with installation, a library of studio-specific templates and training, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means KiteFrame Studio version 7, including the modules listed in Article 2, and all corrections and updates supplied under this Agreement.
P:1.2 "Custom Template Library" means the set of parametric frame templates for the thirty-six traditional designs listed in Annex 1, including the Weifang swallow, the Tianjin centipede and the palace lantern frames, built by the Vendor for the Buyer.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
P:1.4 "Buyer Data" means all designs, drawings, measurements, templates and other files created or stored by the Buyer with the Software.
H:Article 2 Scope and Price
P:2.1 The Vendor shall supply the licences and perform the services set out below. At the Buyer's request, all prices are stated and paid in Chinese yuan (CNY) and include all taxes, travel and expenses.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|KiteFrame Studio Designer, perpetual named-user licence|8|18,600|148,800
TB:2|Tension and Wind Solver module, perpetual licence|4|22,500|90,000
TB:3|Pattern Export module, perpetual licence|2|9,400|18,800
TB:|Licence Subtotal|||257,600
TB:4|Installation and configuration|1|16,400|16,400
TB:5|Custom Template Library (36 designs)|1|48,000|48,000
TB:6|Training, four days on site|1|12,000|12,000
TB:|Contract Price|||334,000
P:2.2 The Contract Price of CNY 334,000 is fixed. No other charge is payable for the scope of this Agreement.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business at its premises in China by the number of named users purchased. The Buyer may reassign a named-user licence to another employee at any time.
P:3.2 The Buyer may make backup copies of the Software. The licence survives any termination of this Agreement once the licence fees have been paid.
H:Article 4 Delivery and Payment
P:4.1 The Vendor shall install and configure the Software on the Buyer's eight workstations and its file server within 20 days after signature, and deliver the Custom Template Library within 60 days after signature.
P:4.2 The Buyer shall pay the Contract Price as follows: (a) 20 % (CNY 66,800) as an advance within 15 days after signature, against the Vendor's invoice; (b) 45 % (CNY 150,300) within 15 days after the Vendor's installation report is countersigned by the Buyer; (c) 35 % (CNY 116,900) within 15 days after Final Acceptance.
P:4.3 Countersigning the installation report confirms only that the Software has been installed. It is not acceptance of the Software or of the Custom Template Library.
P:4.4 Payments shall be made by bank transfer to the Vendor's account with a bank in China named in its invoice.
H:Article 5 Acceptance
P:5.1 After installation and delivery of the Custom Template Library, the parties shall run the acceptance tests in Annex 2 within 10 working days.
P:5.2 The acceptance criteria are: (a) every one of the 36 templates opens, regenerates correctly when its span, sail area and spar material are changed, and matches the reference drawings supplied by the Buyer; (b) the Tension and Wind Solver reproduces the results of the five benchmark cases in Annex 2 within the stated tolerances; (c) cutting patterns exported for three sample kites are read by the Buyer's laser cutter without manual correction; (d) the Software runs on all eight workstations with the Buyer's existing files and no Severity 1 or Severity 2 defect remains open.
P:5.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate. If they are not met, the Vendor shall correct the defects at its own cost and repeat the tests. Use of the Software in production before that date does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Template Library will perform substantially in accordance with their documentation and Annex 2 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions and provide support free of charge.
P:6.2 Support is given by telephone, e-mail and remote session in Chinese or English from 8:00 to 20:00 Beijing time on working days. A Severity 1 defect is one that prevents all users from opening or saving designs. The Vendor shall respond to a Severity 1 defect within 2 hours and provide a fix or workaround within one working day. Severity 2 defects shall be answered within one working day.
P:6.3 For every full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit CNY 300 against the next amount payable by the Buyer, or pay that sum if nothing further is payable.
P:6.4 After the Warranty Period, the Buyer may order Annual Support, covering updates, new versions and the support described in Article 6.2. The Annual Support fee is 11 % of the Licence Subtotal, that is CNY 28,336 per support year, and will not be increased during the first three support years. Annual Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Custom Template Library and all designs, parameters and documentation made for the Buyer under this Agreement belong to the Buyer from delivery. The Buyer may use, modify, copy and license them to others without restriction. The Vendor shall not sell or supply the Custom Template Library, or templates derived from it, to any other customer.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software infringes a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement.
P:8.2 The Software is installed on the Buyer's own equipment and stores Buyer Data there. The Vendor shall not copy Buyer Data out of the Buyer's systems. Remote support sessions require the Buyer's approval for each session, shall be run through the Buyer's remote-access tool and shall be closed when the work is done.
P:8.3 The Vendor shall keep its support systems secure by industry-standard measures, including access control, encryption and logging. If the Vendor becomes aware of any unauthorised access to, loss of or disclosure of Buyer Data connected with its services, it shall notify the Buyer within 24 hours, help to contain it and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's designs and customer orders and the Vendor's pricing, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation or to deliver the Custom Template Library by the dates in Article 4.1 for reasons not attributable to the Buyer, the Vendor shall pay liquidated damages of 0.08 % of the Contract Price for each day of delay, up to 8 % of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to one and a half times the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8.
P:10.3 Neither party is liable for loss of profit or indirect loss, except under the exclusions in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any subcontractor approved by the Buyer.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after written notice.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid for items that have not passed the acceptance tests.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Greece.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry. The language of the arbitration is English.
H:Article 14 General
P:14.1 Annex 1 (template list) and Annex 2 (acceptance tests) form part of this Agreement. This Agreement is written in English and Chinese; both texts have equal force.
P:14.2 Amendments must be in writing and signed by both parties.
P:Signed for the Buyer: ____________________  Name and title: ____________________  Date: __________
P:Signed for the Vendor: ____________________  Name and title: ____________________  Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# GondolaPass Order Form and General Terms

**Order Form No. LT-CN-2025-0427**

## Part A: Order Form

**A1. Parties**

- **Customer:** Chongqing Yuzhong Ropeway Operation Co., Ltd., No. 151 Xinhua Road, Yuzhong District, Chongqing, People's Republic of China.
- **Vendor:** Letipea Ticketing OÜ, registry code 16402281, Letipea village, Viru-Nigula Parish, Lääne-Viru County, Estonia.

**A2. Service.** GondolaPass, the Vendor's cloud ticketing service for ropeways and attractions: online and counter sales, QR and ID-card entry at turnstiles, real-name registration, group bookings, dynamic capacity by time slot, refunds, and sales and passenger-flow reports (the "Service"). The Service is provided from the Vendor's hosting in a cloud region in mainland China.

**A3. Scope.** The Customer's Yangtze River cableway: two stations, 12 ticket counters, 16 turnstiles, the WeChat mini-program and the Customer's website.

**A4. Subscription Term.** Three Subscription Years starting on the date of Go-Live Acceptance. The Order Form ends at the end of the third Subscription Year and does not renew automatically. Any further period requires a new Order Form signed by both parties.

**A5. Fees.** At the Customer's request, all fees are stated and paid in Chinese yuan (CNY) and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Set-up Fee: configuration, turnstile and payment integration, mini-program, data migration, training | one-time | 93,600 |
| Subscription Fee, up to 2,000,000 tickets per Subscription Year | per Subscription Year | 268,800 |
| Subscription Fees for the Subscription Term | 3 Subscription Years | 806,400 |
| **Total fees under this Order Form** | | **900,000** |
| Additional tickets above the included volume | per ticket | 0.06 |

**A6. Invoicing and payment.** No amount is payable before Go-Live Acceptance. The Set-up Fee is invoiced on Go-Live Acceptance. Subscription Fees are invoiced quarterly in arrears, at CNY 67,200 per quarter. Additional tickets, if any, are invoiced with the last quarter of each Subscription Year. Invoices are payable within 30 days.

**A7. Target Go-Live Date.** 20 March 2026, before the spring season. The Vendor will use reasonable efforts to meet it and will add staff at its own cost if the project falls behind plan. Part B contains no compensation for a late Go-Live.

**A8. Contacts.** Customer: Ms Tan Lu, Information Department. Vendor: Mr Rasmus Kask, Delivery Manager.

## Part B: General Terms

**B1. Interpretation.** These General Terms apply to the Order Form above. If the Order Form and these General Terms conflict, the Order Form prevails.

**B2. Implementation**

2.1 The Vendor shall configure the Service, connect the Customer's 16 turnstiles and the payment gateway of the Customer's bank, publish the mini-program, migrate the Customer's season-pass holders and group customers, and train the Customer's counter staff and supervisors.

2.2 The Customer shall give the Vendor timely access to its staff, turnstile supplier and bank, and shall supply the data to be migrated in the agreed format.

**B3. Go-Live Acceptance**

3.1 Before Go-Live, the parties shall carry out the acceptance tests agreed in the implementation plan: (a) 500 test passages through the turnstiles with QR codes and ID cards, with every passage recorded correctly; (b) a full day's test sales reconciled to the bank's settlement file with no difference; (c) a load test at 1,200 ticket sales per minute with a median response below one second; (d) refunds and group bookings processed end to end; (e) migrated season passes checked one by one against the Customer's list.

3.2 When all tests are passed, the Customer shall sign a Go-Live Acceptance certificate within 5 working days. Use of the Service for live sales before the certificate is signed is not acceptance.

**B4. Service Levels**

4.1 The Vendor commits to a monthly availability of the Service of at least 99.95 %, excluding maintenance windows announced seven days in advance and held between 23:00 and 06:00 Beijing time.

4.2 Incidents are classed as follows. Priority 1: ticket sales or turnstile entry are stopped at a station. Priority 2: a function is impaired but tickets can still be sold and checked. Priority 3: other questions.

4.3 The Vendor shall respond to a Priority 1 incident within 30 minutes at any time and restore service within 3 hours; respond to a Priority 2 incident within 2 hours and resolve it within two working days; and answer Priority 3 questions within two working days.

4.4 The Vendor shall report the service levels achieved each month. No service credits, fee reductions or other compensation apply if a service level is not met.

**B5. Customer Data**

5.1 All data entered into or generated by the Service for the Customer, including passenger names, identity-card numbers used for real-name ticketing, sales and entry records (the "Customer Data"), belong to the Customer. The Vendor shall process Customer Data only to provide the Service to the Customer and in line with the Customer's instructions.

5.2 The Vendor shall store Customer Data only in mainland China and protect it by measures at least equal to MLPS level 3, including encryption of identity numbers at rest and in transit, role-based access, multi-factor authentication for administrators and retention of access logs for at least 180 days.

5.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take all steps needed to contain it and shall bear the costs and losses resulting from an incident caused by its breach of this clause B5.

5.4 At the end of the Subscription Term, the Vendor shall return all Customer Data in CSV format within 15 days and then delete it, and confirm the deletion in writing.

**B6. Intellectual Property**

6.1 The Service, its software and documentation remain the property of the Vendor.

6.2 Configurations, report layouts, the mini-program pages and integration adapters produced specifically for the Customer belong to the Customer. The Customer may use, modify and have them modified by third parties, also after the Subscription Term.

**B7. Confidentiality**

7.1 Each party shall keep confidential the other party's non-public business and technical information received in connection with the Order Form, and shall use it only for the Order Form. This duty lasts for three years after the Subscription Term ends.

**B8. Subcontractors**

8.1 The Vendor may engage subcontractors and sub-processors of its choice to perform any part of the Service, including hosting, support and implementation work. The Vendor keeps a current list on its trust portal and will inform the Customer of changes by e-mail. The Vendor remains responsible for the work of its subcontractors.

**B9. Liability**

9.1 Each party's total liability under the Order Form is limited to one and a half times the total fees under the Order Form. The limit does not apply to breach of clause B5, personal injury or wilful misconduct.

9.2 Neither party is liable for loss of profit, revenue or goodwill, or for indirect loss.

**B10. Term and Termination**

10.1 The Order Form runs until the end of the Subscription Term.

10.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

10.3 On termination by the Customer under clause 10.2, the Vendor shall refund any fees paid for the period after termination and shall support the transfer of Customer Data under clause 5.4.

**B11. Governing Law and Disputes**

11.1 At the Customer's request, the Order Form and these General Terms are governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing. The arbitration shall be conducted in Chinese, with an English translation provided at the Vendor's cost.

**B11A. Changes and Support**

11A.1 The Vendor may improve the Service from time to time. It shall give the Customer at least 30 days' written notice of any change that removes a function the Customer uses, and shall not reduce the functions described in clause A2 during the Subscription Term.

11A.2 Support is provided through a Chinese-speaking support line and the Vendor's ticket portal. Priority 1 incidents may be reported by telephone at any hour; other requests are handled on working days between 8:00 and 20:00 Beijing time.

11A.3 The Vendor shall provide a named customer success manager who shall hold a review meeting with the Customer once a quarter to discuss service reports, open incidents, planned releases and the seasonal capacity plan for public holidays.

11A.4 Before each national holiday period, the Vendor shall carry out a capacity check of the Service for the Customer's expected peak and confirm the result in writing at least seven days before the holiday.

**B11B. Force Majeure**

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, government action or a general failure of public networks, provided it notifies the other party promptly and does its best to limit the effect. This does not excuse the Vendor from maintaining the backups and the recovery arrangements it describes in its security documentation.

**B12. General**

12.1 Notices shall be in writing and sent to the contacts in A8 by e-mail with a copy by courier.

12.2 Neither party may assign the Order Form without the other party's written consent.

**Signatures**

For the Customer: ____________________ Name: ____________________ Date: __________

For the Vendor: ____________________ Name: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
E03 = """T:Purchase Contract for Greenhouse Sensor Network
P:Contract No. YNCY-PUR-2025-112
P:This Contract is entered into on the date of the last signature below between Yunnan Caiyun Flower Cultivation Co., Ltd., a company established in Jinning District, Kunming, Yunnan Province, People's Republic of China (the "Buyer"), and Skarø Greenhouse Systems ApS, a company registered in Denmark with its registered office on Skarø, 5700 Svendborg, Denmark (the "Supplier").
P:Whereas the Buyer grows roses, carnations and potted orchids in 38 greenhouses at its Jinning base and wishes to install a wireless sensor network and a climate platform to monitor growing conditions, and whereas the Supplier has been selected through the Buyer's invitation to bid, the parties agree as follows.
H:Section 1 Definitions
P:1.1 "System" means the sensor nodes, soil probes, gateways, the platform licence and the integration software listed in Section 2, installed and configured as a working whole.
P:1.2 "Installation Certificate" means the Buyer's signed confirmation that the System has been physically installed in all greenhouses.
P:1.3 "Final Acceptance" means the Buyer's signed certificate issued under Section 6.3.
P:1.4 "Buyer Data" means all measurements, settings, alarms, logs and other data collected or generated by the System.
H:Section 2 Scope of Supply and Contract Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System and integrate it with the Buyer's existing irrigation and fertigation controllers. At the Buyer's request, all prices are in Chinese yuan (CNY), delivered duty paid to the Buyer's Jinning base, including VAT, customs duties and freight.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Climate sensor node (temperature, humidity, CO2, light)|320|1,450|464,000
TB:2|Soil moisture and EC probe|480|620|297,600
TB:3|LoRaWAN gateway with 4G backhaul|14|8,800|123,200
TB:4|Greenhouse climate platform, perpetual site licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,070,800
TB:5|Installation and calibration|1|128,400|128,400
TB:6|Integration with irrigation and fertigation controllers|1|64,800|64,800
TB:7|Training of growers and technicians|1|16,000|16,000
TB:|Contract Price|||1,280,000
P:2.2 The Contract Price is fixed and covers everything needed to deliver the System in accordance with this Contract, including spare parts required during installation.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10 % of the Contract Price (CNY 128,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in China.
P:3.2 The Buyer shall pay 55 % of the Contract Price (CNY 704,000) within 15 days after the Installation Certificate. The Installation Certificate is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35 % of the Contract Price (CNY 448,000) within 15 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's agent in China.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Jinning base within 50 days after signature and complete installation in all 38 greenhouses within 80 days after signature.
P:4.2 Installation work shall be planned with the Buyer's growers so that planting, harvest and spraying are not disturbed. The Supplier's staff shall follow the Buyer's biosecurity rules on entering greenhouses.
H:Section 5 Delay
P:5.1 If the Supplier fails to complete installation by the date in Section 4.1 for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
P:5.2 If the delay exceeds 30 days, the Buyer may also terminate the Contract under Section 13.
H:Section 6 Acceptance
P:6.1 After installation, the System shall run for a trial period of 21 days.
P:6.2 The acceptance criteria are: (a) every sensor node and probe reports at least every five minutes to the platform during the trial period, with data loss below 0.5 % of expected readings; (b) each climate sensor, after calibration, is within the accuracy stated in its datasheet when checked against the Buyer's reference instruments at 20 sampled points; (c) alarms for temperature, humidity and CO2 limits reach the responsible grower's phone within 60 seconds; (d) irrigation controllers receive set-points from the platform and report their status correctly in every greenhouse; (e) manuals, as-built drawings and the source code of the integration software have been handed over.
P:6.3 When all criteria are met, the Buyer shall issue the Final Acceptance certificate within 7 days. Installation, operation of the System or any payment does not by itself constitute acceptance.
H:Section 7 Warranty
P:7.1 The Supplier warrants the System against defects in design, materials and workmanship for 24 months from Final Acceptance (the "Warranty Period"), including batteries of sensor nodes.
P:7.2 During the Warranty Period the Supplier shall repair or replace defective items free of charge, including freight and labour, and supply platform updates free of charge.
H:Section 8 Service Levels
P:8.1 During the Warranty Period the platform shall achieve a monthly availability of at least 99.95 %.
P:8.2 A Severity 1 fault is a loss of data from a whole greenhouse, or a failure of alarms or of the link to the irrigation controllers. The Supplier shall respond to a Severity 1 fault within 1 hour and restore service within 8 hours, if necessary by replacement from the spare-part stock it keeps in Kunming. Other faults shall be answered within one working day and fixed within three working days.
P:8.3 For each hour by which a response or restoration time is exceeded, the Supplier shall pay CNY 600, and for each 0.01 percentage point by which availability falls below Section 8.1 in a month, CNY 1,000. The Buyer may set these amounts off against any payment due.
H:Section 9 Post-Warranty Support
P:9.1 After the Warranty Period, the Supplier shall offer annual support covering repairs, replacement parts, platform updates and the service levels of Section 8.
P:9.2 The annual support fee is 9 % of the Hardware and Licence Subtotal, that is CNY 96,372 per year, fixed for the first three years after the Warranty Period. Support is ordered by separate purchase order each year and does not renew automatically.
H:Section 10 Intellectual Property
P:10.1 The platform licence is perpetual and irrevocable once paid. Title to the platform software remains with the Supplier.
P:10.2 The integration software, configurations, dashboards and documentation made for the Buyer belong to the Buyer, which may use, modify and license them freely, including to a future service provider.
H:Section 11 Data Protection and Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract.
P:11.2 The platform runs on the Buyer's server in Kunming. The Supplier shall harden the server and gateways, enable encrypted links between gateways and platform, use individual accounts for its staff and keep access logs. Remote access requires the Buyer's approval for each session through the Buyer's VPN.
P:11.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data, remedy it at its own cost and compensate the Buyer for losses caused by its failure to meet this Section.
H:Section 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information of the other party, including the Buyer's cultivation methods, varieties and yields, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the end of the Contract.
H:Section 13 Subcontracting, Liability and Termination
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
P:13.2 The Supplier's total liability under this Contract is limited to twice the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Section 11.
P:13.3 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or in the case described in Section 5.2.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Section 14A Training and Documentation
P:14A.1 The Supplier shall train up to 30 growers and technicians at the Jinning base in the use of the platform, alarm handling, sensor replacement and basic calibration, and shall provide training materials in Chinese.
P:14A.2 The Supplier shall deliver as-built drawings showing the position and identifier of every node, probe and gateway in each greenhouse, together with the spare-part list and recommended stock levels.
H:Section 14B Force Majeure
P:14B.1 A party affected by an event beyond its reasonable control, such as earthquake, flood, typhoon or an epidemic-related restriction, shall notify the other party promptly and is excused for as long as the event prevents performance, provided it takes reasonable steps to reduce its effect. The dates in Section 4.1 are extended accordingly.
H:Section 15 General
P:15.1 This Contract is made in English and Chinese in four originals. Both language versions have equal effect.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, Schedules with tables)
E04 = """# Managed Backup Services Agreement

Agreement reference: MV-CN-0093

**Between**

**Xiamen Haiyu Umbrella Manufacturing Co., Ltd.**, a company established in the People's Republic of China with its registered office in Jimei District, Xiamen, Fujian Province ("Customer"); and

**Meløy Vault AS**, a company registered in Norway with organisation number 927 551 304 and its registered office at Ørnes, Meløy, Norway ("Provider").

**Background**

(A) Customer makes umbrellas and parasols for export and runs its ERP, product-design, e-commerce and file servers in its own server room in Xiamen.

(B) Customer wishes to have these systems backed up daily with an off-site copy and tested restores, and Provider offers such a managed service through its local partner data centre in mainland China.

The parties agree as follows.

## 1. Definitions

1.1 **Services** means the managed backup and restore services described in clause 3 and Schedule 1.

1.2 **Customer Data** means all data of Customer backed up, stored, transmitted or otherwise processed by Provider.

1.3 **Service Acceptance** means Customer's written confirmation under clause 5.3.

1.4 **Initial Term** means 36 months starting on the date of Service Acceptance.

## 2. Term

2.1 This Agreement starts on signature and continues until the end of the Initial Term.

2.2 This Agreement does not renew automatically. Any continuation after the Initial Term requires a written agreement signed by both parties.

## 3. Services

3.1 Provider shall install backup agents on the 46 servers listed in Schedule 1, configure daily incremental and weekly full backups, keep an encrypted off-site copy in the partner data centre in Shanghai, and monitor all backup jobs.

3.2 Provider shall perform a test restore of two systems chosen by Customer every quarter and report the result.

3.3 On request, Provider shall restore files, databases or whole servers in accordance with the priorities in Schedule 2.

3.4 Provider shall keep daily backups for 35 days, weekly backups for 13 weeks and month-end backups for the whole Initial Term.

## 4. Charges and Payment

4.1 Customer shall pay the charges in Schedule 3. At Customer's request, all charges are stated and paid in Chinese yuan (CNY) and include VAT.

4.2 The Onboarding Charge is invoiced on Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears from Service Acceptance. Nothing is payable before Service Acceptance.

4.3 Customer shall pay undisputed invoices within 30 days of receipt.

## 5. Onboarding and Service Acceptance

5.1 Provider shall complete onboarding within 45 days after signature.

5.2 Service Acceptance requires that: (a) agents are installed and a full backup of every server in Schedule 1 has completed successfully; (b) the off-site copy has been verified by checksum; (c) test restores of the ERP database, one file server and one complete virtual machine have been completed within the restore times in Schedule 2 and checked by Customer's IT staff; (d) the runbook and the contact list have been delivered.

5.3 When these criteria are met, Customer shall sign a Service Acceptance certificate within 5 working days. Use of the Services before that date is not acceptance.

5.4 If Service Acceptance is delayed beyond the period in clause 5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

## 6. Service Levels and Service Credits

6.1 The backup portal shall be available at least 99.95 % of each month.

6.2 Provider shall respond to and resolve restore requests and incidents within the times in Schedule 2.

6.3 If Provider misses a response time for a Priority 1 request, it shall give a service credit of 5 % of the Monthly Service Charge for that month; if it also misses the restore time, a further 10 %. If portal availability falls below clause 6.1, the credit is 3 % of the Monthly Service Charge. Credits in a month shall not exceed half of the Monthly Service Charge and are deducted from the next invoice.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process it only to perform the Services and on Customer's documented instructions.

7.2 Provider shall encrypt Customer Data in transit and at rest with AES-256 under keys held in Customer's own key store, keep the off-site copy only in mainland China in a facility with an MLPS level 3 record, limit access to named engineers with multi-factor authentication, and log all access.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or corruption of Customer Data, shall help to investigate and contain it and shall be responsible for the losses caused by its failure to meet this clause 7.

7.4 At the end of this Agreement, Provider shall hand over the last month-end backup set on media supplied by Customer and then securely delete all Customer Data, with a deletion certificate.

## 8. Intellectual Property

8.1 Provider's software, tools and know-how remain Provider's property.

8.2 The runbook, restore scripts and configuration documents prepared for Customer belong to Customer, which may use and change them freely, also with another provider.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's product designs and customer lists, and shall use it only to perform this Agreement. This clause survives for three years after the end of this Agreement.

## 10. Subcontracting

10.1 Provider may use the partner data centre named in Schedule 1, which Customer approves by signing this Agreement. Provider shall not use any other subcontractor without Customer's prior written consent and remains responsible for all subcontractors.

## 11. Liability

11.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the charges paid or payable by Customer for the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, business or goodwill, or for indirect loss.

11.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 12. Termination

12.1 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 60 days after its due date and does not pay within a further 15 days after a written reminder.

12.2 Customer may not terminate this Agreement before the end of the Initial Term. Customer's remedies for any failure by Provider are the service credits under clause 6.3 and damages within the limit in clause 11.

12.3 On expiry or termination, Provider shall give the exit assistance described in clause 7.4.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 13A. Reporting and Reviews

13A.1 Provider shall send Customer a monthly report showing the status of every backup job, failed jobs and their causes, restore requests handled, portal availability, capacity used and any service credits due.

13A.2 The parties shall hold a service review every quarter to discuss the reports, the results of the quarterly test restores and any changes to the protected systems.

13A.3 Customer shall tell Provider at least ten working days in advance of any new server or major change that should be covered, and the parties shall agree in writing how Schedule 1 and Schedule 3 are to be adjusted.

## 13B. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly. Provider's obligations to keep the off-site copy and to restore data shall continue to the extent the event allows.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject.

14.2 Any amendment must be in writing and signed by both parties.

## Schedule 1: Protected Systems

46 servers (12 physical, 34 virtual) in Customer's server room in Jimei District, with about 18 TB of protected data at signature: ERP and database servers, product-design file servers, e-commerce order servers, mail archive and domain controllers. Partner data centre: Shanghai Yunhai Data Services Co., Ltd., Pudong, Shanghai.

## Schedule 2: Priorities

| Priority | Meaning | Response | Restore |
|---|---|---|---|
| P1 | ERP, order system or a whole server lost, production or shipping stopped | 15 minutes, 24 x 7 | ERP within 6 hours; other servers within 10 hours |
| P2 | single database, share or application restore needed, work impaired | 1 hour | within 1 business day |
| P3 | single file or folder restore, questions | next business day | within 2 business days |

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time | 38,200 |
| Monthly Service Charge (46 servers, up to 20 TB protected) | per month | 21,800 |
| Monthly Service Charges over the Initial Term | 36 months | 784,800 |
| **Total Contract Value** | | **823,000** |
| Additional protected capacity above 20 TB | per TB per month | 420 |

**Signed**

For Customer: ____________________ Name and title: ____________________ Date: __________

For Provider: ____________________ Name and title: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
E05 = """DATA SERVICE SUBSCRIPTION AGREEMENT
APPROVAL NUMBER CHECK API

Agreement No.: KD-GZ-2025-031

THIS AGREEMENT is made between

GUANGZHOU KANGJIAN PHARMACY CHAIN CO., LTD., a company established in the People's Republic of China, with its registered office in Tianhe District, Guangzhou, Guangdong Province ("Customer"); and

KORNAT DATA D.O.O., a limited liability company registered in Croatia, with its registered office in Vrulje, Otok Kornat, Croatia ("Vendor").

BACKGROUND

Customer operates 214 retail pharmacies in Guangdong Province. Before a product is received into stock or sold, Customer's staff check that the drug approval number (药品批准文号) printed on the pack exists, is valid and matches the product name, dosage form and holder. Vendor operates an application programming interface (the "API") that checks approval numbers, registration certificates of imported drugs and medical-device registration numbers against a database compiled from official public registers and updated daily. Customer wishes to subscribe to the API and have it connected to its point-of-sale and warehouse systems.

1. DEFINITIONS

1.1 "Activation" means the issue of production API keys to Customer after Activation Acceptance.

1.2 "Activation Acceptance" means Customer's written confirmation under clause 4.3.

1.3 "Query Data" means all data sent to the API by or for Customer, including approval numbers, product names, batch numbers, store codes and supplier names, and all results returned to Customer.

1.4 "Subscription Year" means each successive period starting on the date of Activation or on an anniversary of it.

2. SERVICES

2.1 Vendor shall give Customer access to the API for all of Customer's stores and warehouses, with up to 3,000,000 queries in each Subscription Year.

2.2 Vendor shall provide a sandbox environment, API documentation in Chinese and a plug-in for Customer's point-of-sale software and warehouse management system (the "Integration Plug-in").

2.3 Vendor shall answer Customer's questions about the API by e-mail and through its online ticket system on working days.

3. TERM

3.1 The subscription runs for two Subscription Years from Activation (the "Term").

3.2 The subscription ends at the end of the Term. It does not renew automatically. The parties may agree an extension in writing.

4. INTEGRATION AND ACTIVATION ACCEPTANCE

4.1 Vendor shall deliver the sandbox and the Integration Plug-in within 20 days after signature and support Customer's IT staff in installing the plug-in in three pilot stores and the central warehouse.

4.2 Activation Acceptance requires that: (a) a test set of 2,000 approval numbers chosen by Customer, including withdrawn and cancelled numbers, returns results that match the official register on the test date; (b) the median response time of the API measured from Customer's network during a 5-day pilot is below 800 milliseconds; (c) the Integration Plug-in blocks the receipt of a product whose approval number is invalid in the three pilot stores and the central warehouse; and (d) the documentation has been delivered.

4.3 When these criteria are met, Customer shall confirm Activation Acceptance in writing within 5 working days, and Vendor shall issue the production API keys on the same day. Use of the sandbox or of the pilot does not count as acceptance.

4.4 If Activation Acceptance is not reached within 45 days after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay.

5. FEES AND PAYMENT

5.1 At Customer's request, all fees are stated and paid in Chinese yuan (CNY) and include VAT. The fees are set out in the Schedule.

5.2 The Integration Fee is invoiced after Activation Acceptance. The Subscription Fee is invoiced quarterly in arrears, at CNY 39,500 per quarter. Queries above the included volume are invoiced with the last quarter of each Subscription Year. Customer pays no amount before Activation.

5.3 Customer shall pay each correct invoice within 30 days after receipt.

6. SERVICE

6.1 Vendor will use commercially reasonable efforts to keep the API available and to deal with problems reported by Customer. Vendor does not commit to any availability level, response time or resolution time, and no service credits apply.

6.2 Vendor may carry out maintenance at any time and will try to announce planned maintenance on its status page in advance.

6.3 Customer acknowledges that the API supports, but does not replace, the checks that Customer's licensed pharmacists must carry out under the drug administration laws.

7. QUERY DATA AND SECURITY

7.1 Query Data belongs to Customer. Vendor shall use Query Data only to provide the API to Customer and shall not sell it, analyse it for other purposes or combine it with data of other customers.

7.2 Vendor shall host the API and Query Data in a data centre in mainland China, encrypt Query Data in transit and at rest, restrict access to named engineers, keep access logs for at least 180 days and delete query logs older than 90 days.

7.3 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to, loss of or disclosure of Query Data, shall take immediate steps to contain it and shall compensate Customer for losses caused by Vendor's failure to comply with this clause 7.

8. ACCURACY OF RESULTS

8.1 Vendor shall update its database from the official registers at least once a day and correct any error reported by Customer within two working days.

8.2 If a result returned by the API is wrong because Vendor's database did not reflect the official register as published two days before the query, Vendor shall compensate Customer's direct losses caused by it, within the limit in clause 11.

9. INTELLECTUAL PROPERTY

9.1 The API, the database and the standard software remain the property of Vendor and its licensors.

9.2 The Integration Plug-in adaptations made specifically for Customer's point-of-sale and warehouse systems, and their source code, belong to Customer, which may use, modify and have them modified by third parties without restriction.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the hosting or operation of the API, or the integration work, without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees payable for the Term as set out in the Schedule.

11.2 The limit in clause 11.1 does not apply to breach of clause 7, personal injury or wilful misconduct.

11.3 Neither party is liable for loss of profit or indirect loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 On termination by Customer under clause 12.1, Vendor shall refund fees paid for any period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

12.3 Termination does not affect rights and obligations that arose before it. Clauses 7, 9, 11 and 13 survive termination or expiry.

12.4 On expiry or termination for any reason, Vendor shall deliver a final export of Customer's query history for the last 90 days in CSV format within 10 days, and then delete the Query Data and confirm this in writing.

13A. CUSTOMER RESPONSIBILITIES

13A.1 Customer shall keep its API keys secure, give access to them only to its own staff and service providers who need them, and tell Vendor without delay if a key may have been disclosed, so that Vendor can revoke it and issue a new one.

13A.2 Customer shall provide a test environment of its point-of-sale and warehouse systems for the integration work, and make its IT staff available during the pilot.

13A.3 Customer shall use the API only for checks made in the course of its own pharmacy business and shall not resell results to third parties.

13B. CHANGES TO THE API

13B.1 Vendor shall give Customer at least 60 days' notice of any change to the API that requires a change to the Integration Plug-in or to Customer's systems, and shall adapt the Integration Plug-in at its own cost.

13B.2 Vendor shall keep the previous version of the API available for at least 90 days after a new version is released.

13C. FORCE MAJEURE

Neither party is liable for a failure to perform caused by events beyond its reasonable control, provided it informs the other party promptly and takes reasonable steps to limit the effect.

14. GENERAL

14.1 Notices shall be sent by e-mail to the addresses in the Schedule and confirmed by courier.

14.2 Neither party may assign this Agreement without the written consent of the other party.

14.3 This Agreement, including the Schedule, is made in English and Chinese. Both texts are equally authentic.

SCHEDULE: FEES AND CONTACTS

Integration Fee (sandbox, Integration Plug-in adaptation, pilot support), one-time: CNY 24,000
Subscription Fee per Subscription Year (up to 3,000,000 queries): CNY 158,000
Subscription Fees for the Term (two Subscription Years): CNY 316,000
Total fees for the Term: CNY 340,000
Queries above the included volume: CNY 0.03 per query

Customer contact: Mr Liang Zhiwei, IT Department, Guangzhou.
Vendor contact: Ms Ana Jurić, Customer Success, Otok Kornat.

SIGNED for Customer: ____________________ Date: __________

SIGNED for Vendor: ____________________ Date: __________
"""

# ================================================================ targets and labels
FILES = {  # key: (stem, ext, lang, category, kind, source)
    "h311z01": ("h311z01_civil_air_defence_monitoring_platform", "pdf", "zh", "hardware", "goods_or_licence", Z01),
    "h311z02": ("h311z02_ceramics_roller_kiln_control_retrofit", "docx", "zh", "hardware", "goods_or_licence", Z02),
    "h311z03": ("h311z03_laundry_chain_member_saas", "txt", "zh", "cloud", "service", Z03),
    "h311z04": ("h311z04_cdc_immunisation_system_annual_om", "txt", "zh", "services", "service", Z04),
    "h311z05": ("h311z05_pickle_factory_qms_supplier_template", "md", "zh", "software", "goods_or_licence", Z05),
    "h311e01": ("h311e01_kite_studio_frame_design_licences_greek_vendor", "pdf", "en", "software", "goods_or_licence", E01),
    "h311e02": ("h311e02_cable_car_ticketing_saas_order_form", "md", "en", "cloud", "service", E02),
    "h311e03": ("h311e03_flower_farm_greenhouse_sensors", "docx", "en", "hardware", "goods_or_licence", E03),
    "h311e04": ("h311e04_umbrella_maker_managed_backup", "md", "en", "services", "service", E04),
    "h311e05": ("h311e05_pharmacy_chain_approval_number_api", "txt", "en", "cloud", "service", E05),
}

# contract values (sums checked below) and derived figures
V = {
    "h311z01": 763200 + 249600 + 386000 + 156400 + 118000 + 26800,
    "h311z02": 408000 + 243600 + 156000 + 218400 + 124000 + 66000 + 168000 + 46000 + 12000,
    "h311z03": 3 * (65 * 1680 + 36000) + 58400,
    "h311z04": 384000 + 138000 + 64000 + 42000,
    "h311z05": 268000 + 46000 + 236000 + 52000 + 18000,
    "h311e01": 8 * 18600 + 4 * 22500 + 2 * 9400 + 16400 + 48000 + 12000,
    "h311e02": 93600 + 3 * 268800,
    "h311e03": 320 * 1450 + 480 * 620 + 14 * 8800 + 186000 + 128400 + 64800 + 16000,
    "h311e04": 38200 + 36 * 21800,
    "h311e05": 24000 + 2 * 158000,
}
assert V == {"h311z01": 1700000, "h311z02": 1442000, "h311z03": 494000, "h311z04": 628000, "h311z05": 620000,
             "h311e01": 334000, "h311e02": 900000, "h311e03": 1280000, "h311e04": 823000, "h311e05": 340000}, V
# payment schedules add up
assert 340000 + 765000 + 595000 == V["h311z01"] == 1700000 and 340000 == V["h311z01"] * 20 // 100
assert 144200 + 721000 + 504700 + 72100 == V["h311z02"]
assert 4 * 36300 == 65 * 1680 + 36000
assert 4 * 157000 == V["h311z04"]
assert 372000 + 217000 + 31000 == V["h311z05"] and 372000 == V["h311z05"] * 60 // 100
assert 66800 + 150300 + 116900 == V["h311e01"] and 66800 == V["h311e01"] * 20 // 100
assert 4 * 67200 == 268800 and 4 * 39500 == 158000
assert 128000 + 704000 + 448000 == V["h311e03"]
HW = {"h311z01": 763200 + 249600 + 386000, "h311z02": 408000 + 243600 + 156000 + 218400 + 124000 + 66000,
      "h311z05": 268000 + 46000, "h311e01": 148800 + 90000 + 18800, "h311e03": 464000 + 297600 + 123200 + 186000}
assert HW == {"h311z01": 1398800, "h311z02": 1216000, "h311z05": 314000, "h311e01": 257600, "h311e03": 1070800}
assert round(HW["h311z01"] * 0.08) == 111904 and round(HW["h311z02"] * 0.28) == 340480
assert round(HW["h311e01"] * 0.11) == 28336 and round(HW["h311e03"] * 0.09) == 96372

T = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC")
TERMS = {
    "h311z01": dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8),
    "h311z02": dict(p1_response_hours=0.25, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
                    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28),
    "h311z03": dict(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
                    ld_rate_per_day_pct=400 / V["h311z03"] * 100, auto_renewal_price_increase=True),
    "h311z04": dict(p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=0.02),
    "h311z05": dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                    ld_rate_per_day_pct=0.03, liability_cap_pct=25, prepayment_pct=60, acceptance_clause=False,
                    final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=True),
    "h311e01": dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                    governing_law="Greece"),
    "h311e02": dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, liability_cap_pct=150,
                    subcontract_without_consent=True),
    "h311e03": dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                    prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9),
    "h311e04": dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=700 / V["h311e04"] * 100,
                    liability_cap_pct=round(6 / 36 * 100, 4), termination_for_breach=False),
    "h311e05": dict(sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=300 / V["h311e05"] * 100,
                    liability_cap_pct=200),
}
SLA = {k: k != "h311e05" for k in FILES}
CAPPED = {"h311z01": True, "h311z02": True, "h311z05": False, "h311e01": True, "h311e03": True}
DEEMED = {k: k == "h311z05" for k in FILES}
RISK = {"h311z01": "low", "h311z02": "high", "h311z03": "medium", "h311z04": "high", "h311z05": "high",
        "h311e01": "low", "h311e02": "high", "h311e03": "low", "h311e04": "medium", "h311e05": "high"}
EXPECTED = {  # written by hand from the texts; the derivation below must agree
    "h311z01": [],
    "h311z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h311z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h311z04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h311z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-WARRANTY"],
    "h311e01": ["CR-GOVERNING-LAW"],
    "h311e02": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "h311e03": [],
    "h311e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "h311e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
FOREIGN_FORUM = {"h311e01"}  # Athens arbitration


def terms(k):
    t = dict(T)
    t.update(TERMS[k])
    t["contract_kind"] = FILES[k][4]
    return t


def tco(k):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    hardware/licence subtotal. Returns (tco, post-warranty fees, share %) or None when not computable."""
    t = terms(k)
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * HW[k] * t["post_warranty_fee_pct"] / 100
    total = V[k] + fees
    return total, fees, fees / total * 100


def derive(k):
    t = terms(k)
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not SLA[k]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if SLA[k] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if t["ld_rate_per_day_pct"] is None:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not CAPPED[k] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or k in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    x = tco(k)
    if x and x[2] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(k):
    stem, ext, lang, cat, kind, _ = FILES[k]
    t = terms(k)
    extra = {"sla_clause": SLA[k], "ld_stated": t["ld_rate_per_day_pct"] is not None}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = CAPPED[k]
    extra["acceptance_deemed_on_delivery"] = DEEMED[k]
    extra["contract_value"] = V[k]
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": EXPECTED[k]}


# ================================================================ threshold figures that must not appear in any text
CN = "零〇一二三四五六七八九十两百"
PC = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"99\.90*(?!\d)", r"百分之九十九点九(?![零〇一二三四五六七八九])",
                          r"ninety[\s-]*nine\s+point\s+nine"],
    "P1 response 4 hours": [r"(?<![\d.])4[\s-]*个?\s*(?:(?:business|working|clock)\s+)?(?:小时|hours?\b|hrs?\b|h\b)",
                            r"(?<![%s])四\s*个?\s*小时" % CN, r"\bfour[\s-]*(?:\(4\)\s*)?(?:(?:business|working)\s+)?hours?\b",
                            r"(?<![\d.])240\s*(?:分钟|minutes?\b|mins?\b)", r"二百四十分钟"],
    "delay damages 0.05 %/day": [r"(?<![\d.])0\.050*(?!\d)", r"(?<![%s])万分之五(?![十百点零〇一二三四五六七八九])" % CN,
                                 r"千分之零点五(?![零〇一二三四五六七八九])"],
    "liability cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PC, r"百分之(?:一)?百(?![零〇一二三四五六七八九十])",
                            r"one\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PC, r"百分之三十(?![点零〇一二三四五六七八九])", r"三成",
                        r"\bthirty\s+(?:per\s*cent|percent)"],
    "warranty 12 months": [r"(?<![\d.])12\s*个?\s*月", r"(?<![\d.])12[\s-]*months?\b", r"(?<![%s])十二\s*个?\s*月" % CN,
                           r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b", r"(?<![十])一\s*年(?!度)", r"\bone[\s-]*years?\b",
                           r"(?<![\d.])1[\s-]*years?\b", r"(?<![\d.])1\s*年(?!度)"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(?:\.0+)?" + PC, r"百分之十五(?![点零〇一二三四五六七八九])",
                               r"\bfifteen\s+(?:per\s*cent|percent)"],
    "TCO service share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PC, r"百分之四十(?![点零〇一二三四五六七八九])", r"四成",
                               r"\bforty\s+(?:per\s*cent|percent)"],
    "5 years / 60 months": [r"(?<![\d.])5\s*个?\s*年(?!度)", r"(?<![%s])五\s*个?\s*年(?!度)" % CN,
                            r"(?<![\d.])5[\s-]*years?\b", r"\bfive[\s-]*(?:\(5\)\s*)?years?\b",
                            r"(?<![\d.])60\s*个?\s*(?:月|months?\b)", r"六十\s*个?\s*月", r"\bsixty[\s-]*months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}
MUST_HIT = ["99.9%", "99.90 %", "月可用率百分之九十九点九", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours",
            "four (4) hours", "4 business hours", "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%",
            "100 per cent", "百分之百", "百分之一百", "30%", "30 %", "百分之三十", "三成", "thirty per cent", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "one year", "one-year", "一年", "1年", "15%",
            "百分之十五", "fifteen per cent", "40%", "百分之四十", "四成", "forty percent", "5年", "五年", "5 years",
            "five-year", "five (5) years", "60个月", "60 months", "六十个月", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "130%", "250%",
                "四十二个月", "2025年", "2025年11月", "服务年度", "一个服务年度", "万分之五十", "百分之三十五", "百分之四十五",
                "0.055%", "1.5倍", "十八个月", "24 months", "2 business hours", "14 days", "45 %", "35 %", "统一年度",
                "Subscription Year", "three years", "36 months", "160 months", "0.5 %", "万分之二", "十五日",
                "15个工作日", "40 minutes", "130 per cent"]


def threshold_hits(text):
    hits = []
    for copy in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(copy):
                    hits.append((name, m.group(0), copy[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "should hit: " + s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), ("should not hit", s, threshold_hits(s))


# ================================================================ build, read back, check
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for k, (stem, ext, lang, cat, kind, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[k] = src
            targets[k] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    problems = []
    print()
    print("%-8s %-5s %-6s %-16s %-7s %s" % ("id", "lang", "risk", "size", "format", "expected rules"))
    for k, (stem, ext, lang, cat, kind, src) in FILES.items():
        text = read_back(OUT / (stem + "." + ext))
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append("%s length %d outside %d-%d" % (k, size, lo, hi))
        for h in threshold_hits(text):
            problems.append("%s threshold figure %r: %r" % (k, h[1], h[2]))
        t = terms(k)
        off = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
               ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
               ("post_warranty_fee_pct", 15)]
        for key, thr in off:
            if t[key] is not None and abs(t[key] - thr) < 1e-9:
                problems.append("%s %s sits on the threshold" % (k, key))
        x = tco(k)
        if x and abs(x[2] - 40) < 0.5:
            problems.append("%s TCO share %.2f too close to 40" % (k, x[2]))
        rules = derive(k)
        if rules != EXPECTED[k]:
            problems.append("%s derived %s != expected %s" % (k, rules, EXPECTED[k]))
        if risk(rules) != RISK[k]:
            problems.append("%s risk %s != %s" % (k, risk(rules), RISK[k]))
        covered.update(rules)
        (OUT / (stem + ".json")).write_text(json.dumps(label(k), indent=1, ensure_ascii=False), encoding="utf-8")
        extra = "" if not x else "  TCO %.0f, post-warranty %.0f, share %.2f %%" % x
        print("%-8s %-5s %-6s %-16s %-7s %s%s" % (k, lang, RISK[k], "%d %s" % (size, "chars" if lang == "zh" else "words"),
                                                 ext, ", ".join(r[3:] for r in EXPECTED[k]) or "(none)", extra))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    n = [len(EXPECTED[k]) for k in FILES]
    mix = (sum(1 for x in n if x == 0), sum(1 for k in FILES if EXPECTED[k] == ["CR-GOVERNING-LAW"]),
           sum(1 for x in n if 2 <= x <= 3), sum(1 for x in n if x >= 8))
    if mix != (2, 1, 6, 1) or len(EXPECTED["h311z05"]) < 8:
        problems.append("mix %s" % (mix,))
    print("\nall %d CR rules covered: %s" % (len(ALL_RULES), not missing))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
