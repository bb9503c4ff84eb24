"""holdout570: builds ten ordinary draft contracts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py), their
labels (.json), derives each draft's expected CR rules from its labels by my own reading of policy.md §3, checks them
against the design list, asserts that all 20 CR rules fire in the set, scans every source and built file for threshold
figures and prints the text lengths as read back. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H570Z01 = """T:住房公积金归集业务系统建设项目合同
P:合同编号：GJJ-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江城市住房公积金管理中心
P:乙方（供应商）：江城华数信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就归集业务系统平台软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条　项目内容
P:1.1 乙方向甲方提供归集业务平台软件的永久使用许可，并按甲方业务规则完成定制开发、历史数据迁移、系统实施和培训，使系统覆盖单位缴存登记、汇缴、补缴、缓缴、个人账户转移、封存启封及年度结息等归集业务。
P:1.2 本项目的需求说明书、技术方案和投标文件为本合同附件，与本合同具有同等效力。
H:第二条　合同价款
P:2.1 合同总价为人民币贰佰贰拾陆万元整（¥2,260,000），含税，包括软件许可、定制开发、数据迁移、实施培训及质保期内全部服务费用。分项如下：
P:（1）平台软件许可小计 ¥1,280,000，其中归集核心模块 ¥680,000，单位网上业务大厅模块 ¥360,000，数据交换组件 ¥240,000；
P:（2）归集业务定制开发及与银行、税务、不动产登记系统的接口开发 ¥736,000；
P:（3）历史数据清洗及迁移 ¥148,000；
P:（4）系统实施及培训 ¥96,000。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%，即¥452,000，作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，即¥1,017,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥791,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款须符合财政国库集中支付的规定。
H:第四条　交付与工期
P:4.1 乙方应于合同签订后一百五十日内完成系统部署、数据迁移和试运行准备，并提交初步验收申请。
P:4.2 试运行期为六十日，试运行结束后十五个工作日内组织最终验收。
P:4.3 乙方应在合同签订后十日内提交项目实施计划，明确需求调研、开发、测试、迁移演练及上线切换的时间节点，经甲方确认后执行。
H:第五条　验收
P:5.1 初步验收标准：需求说明书所列功能全部实现；迁移数据经全量比对，单位及个人账户余额、缴存明细与原系统一致；各接口联调通过；在五百个并发用户下，常用业务页面响应时间不超过二秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；系统通过第三方安全测评及商用密码应用安全性评估；培训及文档按附件交付。
P:5.3 甲方依本条组织验收并出具书面验收报告。系统上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条　服务水平
P:6.1 质保期内，系统月可用率不低于99.95%。
P:6.2 一级故障（系统整体不可用或资金类业务无法办理）乙方应在三十分钟内响应，二小时内到达现场；二级故障应在二小时内响应，次一工作日内解决。
P:6.3 可用率每低于约定值0.01个百分点，或响应每超时一小时，乙方向甲方支付违约金人民币1,000元，可从应付款中扣除。
H:第七条　质保及质保期后维护
P:7.1 质保期为最终验收合格之日起三十六个月，期内乙方免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，如甲方续签维护合同，年度维护费不超过平台软件许可小计的8%，即每年不超过¥102,400，且自质保期满起三个服务年度内不予上调。
H:第八条　知识产权
P:8.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据迁移脚本及相关文档的知识产权归甲方所有，乙方应交付源代码。
H:第九条　数据安全
P:9.1 系统内的缴存单位及职工个人信息、账户及资金数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方人员须通过甲方堡垒机访问系统，不得私自复制、导出或留存任何数据，并应遵守《数据安全法》《个人信息保护法》及甲方安全管理制度。
P:9.3 发生数据泄露或安全事件的，乙方应在二小时内报告甲方并配合处置；因乙方原因造成的损失，由乙方承担全部赔偿责任。
H:第十条　保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、业务数据及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条　违约责任
P:11.1 乙方未按第四条约定期限提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付款项的万分之三支付违约金。
H:第十二条　分包
P:本项目不得分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条　合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未改正的，或逾期超过六十日的，甲方有权解除本合同并要求乙方赔偿损失。
H:第十四条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　项目管理与人员
P:15.1 乙方应指派具有同类公积金系统实施经验的项目经理，项目经理及核心开发人员名单作为附件，未经甲方书面同意不得更换。
P:15.2 乙方人员进入甲方场所应遵守甲方的考勤、保密及安全管理制度，乙方对其人员的行为负责。
P:15.3 双方每两周召开一次项目例会，乙方应提交项目周报，如实报告进度、风险及需要甲方协调的事项。
H:第十六条　培训与文档
P:16.1 乙方应对甲方业务人员、系统管理员及柜面人员分批开展培训，培训合格后方可上岗操作。
P:16.2 乙方应交付需求规格说明书、设计说明书、数据字典、接口说明、操作手册、运维手册及源代码，文档应为中文。
H:第十七条　不可抗力
P:因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任，工期相应顺延。
H:第十八条　其他
P:18.1 廉洁：双方应遵守反商业贿赂的法律规定，任何一方不得向对方人员提供回扣、礼金、有价证券或其他不正当利益。一方违反本条的，另一方有权向其主管部门报告。
P:18.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：江城市住房公积金管理中心　　　　乙方（盖章）：江城华数信息技术有限公司
P:法定代表人或授权代表：　　　　　　　　　　　　法定代表人或授权代表：
P:日期：2025年　月　日　　　　　　　　　　　　　日期：2025年　月　日
"""

H570Z02 = """T:辊道窑控制系统改造及维保合同
P:合同编号：TC-JS-2025-0612
P:甲方（买方）：佛岭市恒瓷陶瓷有限公司
P:乙方（卖方）：广州瑞窑自动化工程有限公司
P:甲方拟对其二号车间两条辊道窑的燃烧及温控系统进行改造。乙方为甲方选定的供应商。双方经友好协商，就本项目的设备供货、软件许可、安装调试、培训及维保事宜订立本合同。
H:1. 项目范围
P:1.1 乙方负责两条辊道窑（各长一百八十米）控制系统的改造，包括PLC主站及I/O模块、燃烧控制器及火焰检测装置、风机变频器、温度及压力仪表的供货与安装，上位机监控软件的许可，窑炉工艺画面及烧成曲线配方程序的定制，以及系统联调和操作培训。
P:1.2 改造须在甲方安排的停窑检修期内完成，每条窑停窑时间不超过二十日。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰贰拾贰万元整（¥1,220,000），含税及运费，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC主站、I/O模块及控制柜|2套|386,000
TB:2|燃烧控制器及火焰检测装置|2套|264,000
TB:3|风机变频器|24台|148,000
TB:4|温度、压力仪表|1批|96,000
TB:5|上位机监控软件许可（永久）|2套|128,000
TB:|软硬件小计||1,022,000
TB:6|安装调试|1项|118,000
TB:7|工艺画面及配方程序定制|1项|64,000
TB:8|操作及维护培训|1项|16,000
TB:|合计||1,220,000
P:2.2 合同价格为固定价格，不因材料或人工价格变化而调整。
H:3. 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%，即¥122,000。
P:3.2 设备到货并安装完毕后，甲方支付合同总价的55%，即¥671,000。到货、安装不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥427,000。
H:4. 交货与工期
P:4.1 乙方应于合同生效后七十五日内将全部设备运至甲方工厂，并在停窑检修期内完成安装调试。
P:4.2 乙方逾期交货或逾期完成调试的，每逾期一日，应按合同总价的0.08%向甲方支付违约金。
H:5. 验收
P:5.1 系统连续投产运行三十日后进行最终验收。验收标准：各温区实际温度与设定值偏差不超过±3℃；燃烧器点火成功率及熄火保护动作全部符合技术协议；产品合格率不低于改造前三个月平均水平；上位机曲线、报警及报表功能全部实现。
P:5.2 验收合格的，双方签署验收证书。验收不合格的，乙方应在十日内整改并重新验收。
H:6. 质保
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内因设备或软件本身原因产生的故障，乙方免费维修或更换。
P:6.2 质保期内，一级故障（窑炉停烧或燃烧系统失控）乙方应在三十分钟内远程响应，八小时内到达现场；二级故障应在二小时内响应，两日内解决。响应或到场每超时一小时，乙方向甲方支付人民币500元。
H:7. 质保期满后的维保
P:7.1 质保期满后，乙方按甲方要求提供年度维保服务，年度维保费为软硬件小计的9%，即每年¥91,980，自质保期满起三个服务年度内不上调。
P:7.2 年度维保服务包括季度巡检、备件供应、软件补丁和全天候电话支持。
H:8. 知识产权
P:8.1 监控软件及PLC固件的知识产权归其权利人所有，甲方享有永久使用权。
P:8.2 乙方为本项目定制的工艺画面、配方程序及其源程序归甲方所有，甲方可自行修改和使用。
H:9. 数据安全
P:9.1 窑炉运行数据、烧成曲线及配方参数属于甲方，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方逐次授权，通过甲方指定的VPN接入，并不得拷贝生产数据；乙方应采取防病毒及访问控制措施，防止控制系统遭受网络攻击。
P:9.3 因乙方原因导致数据泄露、篡改或控制系统被攻击的，乙方承担全部赔偿责任。
H:10. 保密
P:10.1 双方对在履行合同中获知的对方技术资料、工艺配方和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。
H:11. 责任限制
P:11.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
H:12. 分包
P:12.1 乙方不得将本合同项下的工作分包给第三方，但经甲方书面同意的设备运输和高空作业除外。
H:13. 合同变更
P:13.1 本合同的任何变更须经双方书面确认。
P:13.2 因不可抗力致使合同目的无法实现的，双方可协商解除本合同。
H:14. 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方应协商解决；协商不成的，提交佛岭仲裁委员会仲裁。
H:15. 双方义务
P:15.1 甲方应按计划安排停窑检修期，提供施工用电、压缩空气、吊装设备及现场安全交底，并指派工艺及电气负责人配合调试。
P:15.2 乙方应指派具有辊道窑改造经验的项目经理和调试工程师常驻现场，遵守甲方的安全生产及动火作业管理制度，对其人员的安全负责。
P:15.3 乙方应在改造前提交详细的施工方案、停窑计划及应急预案，经甲方书面确认后实施。施工中发现原有设备缺陷的，乙方应及时书面告知甲方。
H:16. 培训与资料
P:16.1 乙方应对甲方窑炉操作工、电工及工艺员分两批开展培训，内容包括系统操作、报警处理、配方调整及日常维护，培训合格后出具记录。
P:16.2 乙方应交付电气原理图、接线图、PLC程序及注释、上位机组态文件、设备说明书、合格证及备件清单，并在最终验收前完成资料移交。
H:17. 包装、运输与风险
P:17.1 设备应采用适合长途运输的包装，因包装不良造成的损坏由乙方负责。
P:17.2 设备在甲方签收前的毁损、灭失风险由乙方承担。
P:17.3 设备到货时双方共同开箱检验，核对型号、数量及外观，并签署到货清单。到货清单仅证明设备数量，不作为验收依据。
H:18. 不可抗力
P:18.1 因不可抗力不能履行合同的一方，应在事件发生后五日内书面通知对方，并提供有关证明，相应免除部分或全部责任。
H:19. 通知与联系人
P:19.1 双方的通知应以书面形式送达本合同所载地址，或发送至双方项目联系人的电子邮箱。联系人变更的，应提前三日书面通知对方。
P:19.2 停窑、点火、升温等关键节点须由双方联系人共同签字确认。
H:20. 廉洁
P:20.1 廉洁：双方应遵守反商业贿赂的法律规定，任何一方不得向对方人员提供回扣、礼金、有价证券或其他不正当利益。一方违反本条的，另一方有权向其主管部门报告。
H:21. 环境保护
P:21.1 乙方拆除的旧控制柜、电缆及仪表由甲方处置，乙方施工产生的包装物及垃圾由乙方负责清运，不得影响甲方车间的正常生产。
H:22. 其他
P:22.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方：佛岭市恒瓷陶瓷有限公司（盖章）　　授权代表：　　　日期：
P:乙方：广州瑞窑自动化工程有限公司（盖章）　　授权代表：　　　日期：
"""

H570Z03 = """洁衣坊门店收衣及会员管理SaaS服务合同

合同编号：JYF-IT-2025-031

甲方（客户）：上海洁衣坊洗涤服务连锁有限公司
乙方（服务商）：杭州云铺网络科技有限公司

鉴于甲方在上海、苏州两地经营四十五家干洗门店及一个中央洗涤工厂，需要统一的收衣开单、衣物流转、会员储值及营销管理系统；乙方提供“云铺洗护”SaaS服务。双方经协商，订立本合同。

一、服务内容
（一）乙方向甲方四十五家门店及中央工厂提供云铺洗护SaaS服务，包括收衣开单、衣物条码流转、工厂分拣、取衣通知、会员储值与积分、小程序预约及经营报表。
（二）乙方负责实施服务：门店终端配置、历史会员及储值余额迁移、与甲方现有支付通道对接、店长及店员培训。
（三）为甲方定制的报表模板及与甲方财务系统的接口，交付后其知识产权归甲方所有。

二、服务期限
（一）服务期为三个服务年度，自上线验收合格之日起算。
（二）服务期满前三十日，任何一方未书面提出终止的，本合同自动续期一个服务年度。续期服务费按乙方届时公布的价格标准执行，乙方有权调整续期价格。

三、费用
（一）门店及工厂订阅费：每店每服务年度人民币2,400元，共四十六个站点（四十五家门店及中央工厂），每服务年度¥110,400。
（二）会员小程序模块：每服务年度¥33,600。
（三）订阅费合计每服务年度¥144,000，三个服务年度共¥432,000。
（四）一次性实施费¥58,000。
（五）合同总价¥490,000（含税）。超出约定短信条数的短信费按实际用量另行结算，不计入合同总价。

四、付款
（一）实施费在上线验收合格后十五个工作日内支付。
（二）首个服务年度订阅费在上线验收合格后十五个工作日内支付；此后各服务年度的订阅费于该服务年度开始前十五日内支付。
（三）本合同不设预付款。
（四）乙方应在收款前开具合法有效的增值税专用发票，甲方以银行转账方式付款。因乙方发票不符合要求导致付款延迟的，甲方不承担逾期付款责任。

五、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）验收标准：四十五家门店及中央工厂全部上线使用；会员及储值余额迁移经双方逐户核对无误；开单、流转、取衣及支付功能连续五个营业日无一级故障；与财务系统的对账数据一致。
（三）甲方在验收标准满足后出具上线验收单。
（四）乙方逾期上线的，每逾期一日，应向甲方支付违约金人民币500元。

六、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划内维护须提前三日通知且安排在凌晨零时至六时。
（二）一级故障（全部门店无法开单或无法收款）乙方应在一小时内响应，二级故障应在三小时内响应。
（三）月度可用率未达约定的，按当月订阅费的5%至20%给予服务抵扣；一级故障响应超时的，每次抵扣人民币300元。

七、数据
（一）甲方会员资料、订单、储值及交易数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的，也不得向第三方提供。
（二）乙方应将数据存储于中国境内的云平台，采取加密存储、传输加密、访问权限控制及操作日志审计等措施，并遵守《个人信息保护法》。
（三）发生数据泄露的，乙方应在二小时内通知甲方并采取补救措施；因乙方原因造成甲方或会员损失的，乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并予删除。

八、保密
双方对履行本合同过程中获知的对方商业信息、价格及会员信息承担保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后继续有效。

九、第三方服务
乙方可将短信发送、门店终端上门安装及部分运维工作委托第三方服务商完成，书面通知甲方即可，无需取得甲方同意。乙方对第三方的行为承担责任。

十、违约与解除
（一）任何一方严重违约，经对方书面催告后十五日内未纠正的，守约方有权解除本合同。
（二）乙方连续两个月月度可用率未达约定的，甲方有权解除本合同，乙方退还未履行期间的订阅费。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。

十二、甲方的义务
（一）甲方应指定一名项目联系人，负责协调各门店的上线安排，并按乙方实施计划提供门店清单、价目表、会员及储值余额原始数据。
（二）甲方应自备门店电脑、小票打印机、条码打印机及扫码枪，或按乙方推荐的型号另行采购，并保证门店网络正常。
（三）甲方应妥善保管系统账号及密码，因甲方人员泄露账号导致的损失由甲方自行承担。

十三、乙方的义务
（一）乙方应指派实施顾问驻场支持上线，上线首周每日安排人员在中央工厂及重点门店巡回指导。
（二）乙方应提供门店操作手册、工厂分拣操作指引和常见问题解答，并在系统功能变更前七日通知甲方。
（三）乙方应提供工作日九时至二十一时的热线及在线客服，节假日提供值班支持，并每月向甲方提供服务报告，列明可用率、故障及处理情况。
（四）乙方对系统的重大版本升级应安排在营业时间以外进行，并事先在测试环境中验证。

十四、培训
乙方应在上线前对四十五家门店的店长及店员分三批开展收衣开单、衣物流转、会员储值及对账操作培训，对中央工厂的分拣及质检人员单独培训，并对甲方财务人员开展报表及对账培训。新开门店的人员培训，乙方在服务期内免费提供远程培训。

十五、不可抗力
因不可抗力或电信运营商、云平台大面积故障等非乙方原因导致服务中断的，乙方应及时通知甲方并尽力恢复，相应期间不计入不可用时间，但乙方应提交相关证明。

十六、通知
双方的通知以书面形式送达本合同首页所载地址或双方确认的电子邮箱，电子邮件自发出之日视为送达。涉及服务中断、数据迁移或价格的通知，应同时抄送甲方信息部负责人及财务部负责人。

十七、数据迁移
（一）乙方应在上线前两周完成会员资料、储值余额、积分及未取衣物订单的试迁移，并出具迁移报告。
（二）正式迁移在门店闭店后进行，迁移完成后由甲方财务人员会同乙方逐店核对储值余额总额及会员数量，核对无误后签字确认。
（三）迁移中发现原始数据错误的，乙方应列出清单，由甲方确认处理方式。

十八、廉洁
廉洁：双方应遵守反商业贿赂的法律规定，任何一方不得向对方人员提供回扣、礼金、有价证券或其他不正当利益。一方违反本条的，另一方有权向其主管部门报告。

十九、服务终止后的配合
服务期满不续期或合同解除的，乙方应继续提供三十日的只读访问，协助甲方将数据迁移至新系统，并按甲方要求提供数据字典及字段说明。过渡期内乙方不另行收费。

二十、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：上海洁衣坊洗涤服务连锁有限公司（盖章）
授权代表：
日期：

乙方：杭州云铺网络科技有限公司（盖章）
授权代表：
日期：
"""

H570Z04 = """燃气管网监测系统年度运维服务合同

项目编号：RQJT-CS-2025-044（竞争性磋商）

甲方（采购人）：南川市燃气集团有限公司
乙方（成交供应商）：南川智感物联运维服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就燃气管网监测系统年度运维服务事宜，订立本合同。

（1）服务范围
1）对燃气管网监测平台（含数据采集服务、GIS展示、报警推送及移动巡检应用）进行运行维护，包括日常监控、数据备份、补丁更新及性能优化。
2）对分布在中压管网沿线的四百二十个前端监测点（压力、流量及可燃气体浓度监测终端）进行巡检、校准、电池更换及故障维修。
3）派驻两名运维工程师在甲方调度中心驻场，工作时间为工作日八时至十八时，其余时间提供电话值守。
4）按季度提交运维报告，并配合甲方完成汛期、冬季保供等重点时段的专项保障。

（2）服务期限
服务期自2025年7月1日起至2026年6月30日止。期满后如需继续服务，由甲方另行组织采购，本合同不自动续期。

（3）合同价款
1）平台运维服务费¥186,000；
2）前端监测点巡检维护费¥264,000；
3）备品备件包干费¥72,000；
4）驻场人员服务费¥168,000；
合同总价为人民币陆拾玖万元整（¥690,000），含税。

（4）付款方式
1）服务费按季度支付，每季度末经季度考核后支付该季度费用¥172,500，考核扣减的款项从当季费用中扣除。
2）本合同不设预付款。

（5）考核与验收
1）季度考核指标：平台可用率、前端监测点数据上线率不低于98%、故障响应及修复时限、巡检计划完成率、运维报告质量。
2）服务期满后十五日内，甲方组织年度验收。验收标准：全年考核均合格；全部监测点完成两次校准并有记录；运维文档、备件台账及配置资料完整移交。
3）甲方出具书面验收意见，验收不合格的，乙方应限期整改。

（6）服务水平
1）平台月度可用率不低于99.5%。
2）一级故障（平台中断或十个以上监测点同时失联）乙方应在十五分钟内响应，二小时内到达现场；二级故障应在一小时内响应，八小时内修复。
3）平台可用率低于约定值的，每低0.1个百分点扣减当季服务费人民币2,000元；一级故障响应或到场每超时一次，扣减人民币2,000元。

（7）运维数据
1）平台及前端监测点产生的监测数据、报警记录和巡检记录均归甲方所有，乙方不得用于本合同以外的目的。

（8）保密
乙方对履行本合同中知悉的管网布局、场站信息、用户信息及甲方其他非公开资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。

（9）成果归属
乙方在运维过程中编写的运维手册、巡检方案、配置脚本及报告，其知识产权归甲方所有。

（10）违约责任
1）乙方未按巡检计划完成前端监测点巡检或校准的，每逾期一日，按合同总价的千分之一支付违约金。
2）驻场人员未经甲方同意缺岗的，每人每日扣减人民币800元。
3）甲方逾期支付服务费的，应按未付款项的万分之二每日支付违约金。

（11）分包
乙方不得将本合同服务分包。监测终端返厂维修须委托原厂的，应事先取得甲方书面同意。

（12）合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，或连续两个季度考核不合格的，甲方有权解除本合同。

（13）法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交南川仲裁委员会仲裁。

（14）人员要求
1）乙方驻场工程师应具有三年以上燃气或工业物联网系统运维经验，并持有相应的电工或计算机专业证书，人员名单经甲方确认后不得随意更换。
2）乙方应为巡检人员配备可燃气体检测仪、防爆工具及劳动防护用品，巡检车辆应张贴统一标识。
3）驻场工程师应遵守甲方调度中心的值班、交接班及保密管理制度，发现异常应立即报告甲方值班调度员。

（15）安全生产
1）乙方在燃气设施附近作业，应严格执行甲方的作业许可、动火及受限空间管理规定，未经许可不得操作阀门等燃气设施。
2）乙方对其人员在作业中的人身安全负责，应为作业人员办理意外伤害保险。
3）因乙方违章作业造成燃气泄漏、停气或其他安全事故的，乙方承担相应的法律责任及赔偿责任。

（16）备品备件
1）乙方应在南川市区设立备件库，常用监测终端、电池、通信模块及传感器备件数量不少于在用数量的5%。
2）更换下来的故障设备由乙方登记后交还甲方，电池按规定进行回收处置。
3）备件包干费以外的大宗设备更换，由乙方报价，经甲方书面确认后另行采购。

（17）不可抗力
因地震、洪水、台风等不可抗力导致不能按期履行的，乙方应及时通知甲方并提供证明，相应期间可免于考核。

（18）运维报告与考核程序
1）乙方应于每季度结束后五个工作日内提交季度运维报告，内容包括平台运行指标、监测点上线率、故障清单及处理情况、巡检及校准记录、备件消耗及改进建议。
2）甲方在收到报告后十个工作日内完成季度考核，并将考核结果书面告知乙方。乙方对考核结果有异议的，可在五个工作日内提出复核申请。
3）重大节假日及冬季保供期间，乙方应增派人员值守，并提前提交保障方案。

（19）应急响应
1）发生燃气泄漏报警、管网压力异常等紧急情况时，乙方应立即核实监测数据的准确性，并协助甲方抢修队伍定位异常监测点。
2）乙方应每半个服务年度参加一次甲方组织的应急演练，并在演练后五个工作日内提交总结，对发现的问题提出整改措施并按期完成。

（20）廉洁
廉洁：双方应遵守反商业贿赂的法律规定，任何一方不得向对方人员提供回扣、礼金、有价证券或其他不正当利益。一方违反本条的，另一方有权向其主管部门报告。

（21）交接
1）服务开始前，乙方应与甲方原运维单位办理交接，核对平台账号、监测点台账、备件库存及遗留问题清单，交接清单由三方签字。
2）服务期满或合同解除时，乙方应将全部运维资料、账号口令、备件台账及未结问题清单移交甲方或甲方指定的单位，并配合完成交接，交接期不少于十五日。
3）交接期间乙方应保证平台及监测点正常运行，不得以任何理由停止服务或删除数据。

（22）通知
双方的通知以书面形式送达本合同所载地址，紧急情况下可先以电话或即时通讯通知，并在二十四小时内补发书面通知。任何一方变更联系人或联系方式的，应提前三日书面告知对方。
乙方应向甲方提交加盖公章的驻场人员及项目负责人联系方式清单，并保证全天候可以联系。

（23）其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：南川市燃气集团有限公司
代表：
日期：

乙方（盖章）：南川智感物联运维服务有限公司
代表：
日期：
"""

H570Z05 = """# 禾匠腌制车间管理系统 软件许可及定制开发合同（标准文本 V3.0）

合同编号：HJ-XS-2025-______

甲方（客户）：临江县老坛香酱菜食品有限公司

乙方（供应商）：成都禾匠工业软件有限公司

本合同为乙方标准合同文本。甲方为提升腌制车间的批次管理、盐度温度监控及质量追溯能力，决定采购乙方“禾匠腌制车间管理系统”软件许可并委托乙方进行定制开发。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供禾匠腌制车间管理系统标准软件的永久使用许可，并根据甲方需求进行定制开发、安装部署及实施培训。

1.2 系统覆盖原料入池、腌制池管理、盐度及温度采集、翻池及出池、批次追溯和质检记录等业务。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 腌制池管理模块许可 | 240,000 |
| 2 | 批次追溯模块许可 | 180,000 |
| 3 | 盐度/温度采集接口模块许可 | 140,000 |
| | 软件许可小计 | 560,000 |
| 4 | 定制开发（车间看板、质检流程、与甲方ERP接口） | 180,000 |
| 5 | 安装部署及实施培训 | 60,000 |
| | 合计 | 800,000 |

合同总价为人民币捌拾万元整（¥800,000），含税。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%，即¥400,000。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的50%，即¥400,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首期款项后九十日内完成系统安装部署，并安排上线运行。

4.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

4.3 因甲方未及时提供场地、网络、基础资料或配合人员导致的延误，工期相应顺延。

## 第五条 验收

5.1 系统安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后使用系统的，视为对系统功能及质量的确认。

## 第六条 质保

6.1 质保期为系统上线之日起六个月。质保期内乙方免费修复软件缺陷。

6.2 因甲方操作不当、擅自修改或硬件环境原因导致的问题，不属于免费质保范围。

## 第七条 技术支持

7.1 质保期内，一级故障（系统整体无法使用）乙方在接到甲方报修后八小时内响应，二级故障在两个工作日内响应。

7.2 乙方通过电话、远程方式提供支持，需现场服务的，差旅费由甲方承担。

## 第八条 维护服务

8.1 质保期满后，甲方应与乙方签订年度维护合同。年度维护费为软件许可小计的25%，即每个服务年度¥140,000。

8.2 年度维护服务包括缺陷修复、版本升级和远程技术支持。

## 第九条 知识产权

9.1 标准软件及乙方为本项目定制开发的全部成果（包括车间看板、质检流程及接口程序）的知识产权均归乙方所有。

9.2 甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第十条 数据

10.1 甲方在系统中录入的生产及质检数据归甲方所有。

10.2 甲方同意乙方可以将经脱敏处理的生产工艺数据用于乙方产品改进、行业分析及模型训练。

10.3 乙方应采取合理的技术措施保护系统数据安全，远程访问须经甲方授权并留存日志；因乙方原因造成甲方数据泄露或丢失的，乙方承担相应的赔偿责任。

## 第十一条 保密

双方对在合作中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至相关信息公开之日止。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后三十日内仍未改正的，对方有权解除本合同。

12.2 合同解除后，甲方已支付的许可费用不予退还，但乙方违约导致解除的除外。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 第十四条 甲方配合义务

14.1 甲方应在合同签订后十个工作日内提供车间布局图、腌制池编号、工艺标准、质检表单及ERP接口资料，并指定项目联系人。

14.2 甲方应自行准备服务器、数据库软件、网络环境及车间现场的触摸屏终端，并满足乙方提出的配置要求。

14.3 盐度计、温度探头等现场采集设备由甲方自行采购，乙方负责与本系统对接。

14.4 甲方未按约定提供资料或配合的，乙方的交付期限相应顺延，由此增加的实施工作量按乙方人天单价另行收费。

## 第十五条 培训

15.1 乙方在系统上线前为甲方提供一次集中培训，培训对象为车间主任、班组长、质检员及系统管理员，培训时间共三天。

15.2 超出上述范围的培训，按乙方届时的培训报价另行收费。

15.3 培训教材及操作手册以电子版形式提供，甲方可在内部复制使用，但不得提供给第三方。

## 第十六条 不可抗力

因不可抗力导致一方不能履行本合同的，该方不承担违约责任，但应及时通知对方并提供证明。

## 第十七条 通知

双方的通知以书面形式送达本合同所载地址或项目联系人的电子邮箱。任何一方变更地址或联系人的，应在变更后三日内通知对方，否则按原地址送达视为有效。

## 第十八条 系统环境与升级

18.1 系统运行的服务器、操作系统及数据库版本应符合乙方发布的环境要求。甲方自行变更运行环境导致系统异常的，乙方提供的排查服务另行收费。

18.2 乙方发布的新版本标准软件，在质保期或维护服务期内可免费升级，但不包含为新版本重新进行的定制开发。

## 第十九条 服务申请方式

19.1 甲方报修应通过乙方客服电话、服务邮箱或在线工单提交，并说明故障现象、发生时间及影响范围。

19.2 乙方以工单记录的受理时间作为响应时间的起算点。非工作时间提交的二级故障，自下一工作日开始计算。

19.3 甲方应指定两名经过培训的系统管理员负责日常报修及与乙方的沟通。

## 第二十条 付款与发票

乙方在每期款项到期前开具增值税专用发票，甲方应在收到发票后按本合同约定的期限付款。甲方要求变更开票信息的，应提前书面通知乙方。维护服务费在每个服务年度开始前支付。

## 第二十一条 其他

21.1 本合同未尽事宜，以乙方的报价单和技术方案为准。

21.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：临江县老坛香酱菜食品有限公司

授权代表：　　　　　　　日期：

乙方（盖章）：成都禾匠工业软件有限公司

授权代表：　　　　　　　日期：
"""

H570E01 = """T:Software Licence and Services Agreement
P:Agreement No. JS-FS-2025-088
P:This Agreement is made between Foshan Muyun Furniture Manufacturing Co., Ltd., a company registered in Foshan, Guangdong, People's Republic of China (the "Customer"), and Harbourline Planning Software Limited, a company registered in Jersey with its office at 14 Bond Street, St Helier, Jersey (the "Vendor").
P:Background: the Customer makes panel and upholstered furniture in two plants and wishes to plan orders, materials and production lines in one system. The Vendor licenses the Harbourline Planner product and provides configuration, interface and training services. At the Customer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Harbourline Planner modules listed in Article 3, in object code, with their documentation and updates.
P:1.2 "Custom Deliverables" means the configurations, reports, interface programs and data conversion scripts made by the Vendor for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Customer uses the configured system for live orders in both plants.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for the internal business of the Customer and its affiliates in mainland China, for the number of named users stated in Article 3.
P:2.2 The Customer may make backup copies and may move the Licensed Software to other servers it controls. The licence survives any termination of this Agreement except termination for the Customer's failure to pay the Licence Fees.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,508,000, inclusive of taxes, made up as follows:
P:(a) Planner Core, 60 named user licences at CNY 14,500 each: CNY 870,000;
P:(b) Line Scheduling module, site licence for two plants: CNY 190,000;
P:Licence Fee subtotal: CNY 1,060,000;
P:(c) configuration and report design: CNY 284,000;
P:(d) interfaces to the Customer's ERP, cutting-optimisation and warehouse systems: CNY 126,000;
P:(e) training of key users and administrators: CNY 38,000.
P:3.2 The Contract Price is fixed. Travel and living costs of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 301,600) within 20 days after signature and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 678,600) within 20 days after Go-Live. Go-Live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 527,800) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the invoice.
H:Article 5 Delivery and Project Plan
P:5.1 The Vendor shall deliver the Licensed Software within 10 days after signature and shall reach Go-Live within 120 days after signature, following the project plan in Annex 1.
P:5.2 If the Vendor fails to reach Go-Live or Final Acceptance by the dates in the project plan for reasons attributable to the Vendor, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 Final Acceptance testing starts after 30 days of live operation. The acceptance criteria are: all functions in the functional specification work as described; the schedules produced for a test week of orders respect every machine, shift and material constraint; the interfaces exchange orders, bills of material and stock movements without loss for ten consecutive working days; a full planning run for both plants finishes within 15 minutes; no open Severity 1 or Severity 2 defect.
P:6.2 If the criteria are met, the Customer issues the Final Acceptance certificate within 10 working days. If they are not met, the Customer lists the failures in writing and the Vendor shall correct them and repeat the tests.
P:6.3 Use of the system in live operation, payment or the passing of time does not mean acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants for 18 months from Final Acceptance that the Licensed Software and the Custom Deliverables will perform in accordance with their specifications. During this period the Vendor corrects defects and provides updates and support free of charge.
P:7.2 During the warranty period and any support period, the Vendor shall respond to Severity 1 incidents (planning or order release stopped in a plant) within 1 hour and to Severity 2 incidents within 8 business hours, and shall provide a workaround for a Severity 1 incident within 8 hours.
P:7.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit CNY 1,000 against the next invoice.
H:Article 8 Support after Warranty
P:8.1 After the warranty period the Customer may order annual support. The annual support fee is 13% of the Licence Fee subtotal, that is CNY 137,800 per year, and shall not be increased for the first three support years.
P:8.2 Support is ordered by purchase order for each year and does not renew automatically. Support includes updates, defect correction and the service levels in Article 7.
H:Article 9 Intellectual Property
P:9.1 The Licensed Software remains the property of the Vendor.
P:9.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
H:Article 10 Customer Data and Security
P:10.1 All data entered into or produced by the system, including orders, designs, customer lists and production records, belongs to the Customer. The Vendor may use it only to perform this Agreement.
P:10.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer data outside the Customer's network, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 The Vendor shall notify the Customer of any security incident affecting Customer data within 12 hours, shall help contain it, and is liable for all loss caused by a breach attributable to the Vendor.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct or breach of Article 10.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:14.2 The Customer may also terminate if the delay damages under Article 5.2 reach their maximum. On termination for the Vendor's breach, the Vendor refunds the amounts paid for undelivered work.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of the Island of Jersey.
P:15.2 The courts of Jersey have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 16 Project Management
P:The Vendor shall appoint a project manager with experience of comparable projects, who attends a weekly progress meeting with the Customer's project lead and reports progress, risks and open decisions in writing. The Vendor shall not replace the project manager or other key staff named in the project plan without the Customer's prior written agreement, which shall not be unreasonably withheld. The Customer shall provide timely access to its premises, systems, data and staff as set out in the project plan.
H:Article 17 Force Majeure
P:Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may end the affected part of the work by written notice, and amounts paid for work not performed are refunded.
H:Article 18 Notices
P:Notices under this Agreement must be in writing, in English or Chinese, and delivered by hand, by courier or by e-mail to the addresses stated above or to another address notified in writing. A notice sent by e-mail is received on the next business day after it is sent, unless the sender receives an error message.
H:Article 19 Assignment
P:Neither party may assign or transfer this Agreement, in whole or in part, without the prior written consent of the other party, except that either party may assign it to a successor to substantially all of its business on written notice.
H:Article 20 Severability and Waiver
P:If any provision of this Agreement is held invalid or unenforceable, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose. A failure or delay in exercising a right is not a waiver of that right.
H:Article 21 General
P:21.1 This Agreement, with Annex 1 (project plan) and Annex 2 (functional specification), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:21.2 This Agreement is signed in English in two originals.
P:For the Customer: ____________________ Name: Title: Date:
P:For the Vendor: ____________________ Name: Title: Date:
"""

H570E02 = """# ORDER FORM — Sarnia Revenue Cloud

Order Form No. SRC-2025-0419, issued under and incorporating the General Terms below.

| Item | Details |
|---|---|
| Provider | Sarnia Hospitality Systems Limited, Le Marchant Street, St Peter Port, Guernsey |
| Customer | Hangzhou Xiling Lakeside Hotels Management Co., Ltd., Hangzhou, Zhejiang, PRC |
| Service | Sarnia Revenue Cloud: rate recommendations, demand forecasting, channel rate push and reporting |
| Properties | 9 hotels, 1,284 rooms in total |
| Subscription Term | two Subscription Years from the Subscription Start Date |
| Subscription Start Date | the date of Go-Live Acceptance under Section 3.2 |
| Currency | CNY, at the Customer's request |

## Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, 9 properties | 186,000 |
| Subscription Fees for the Subscription Term | 2 Subscription Years | 372,000 |
| Onboarding Fee | one-time: set-up, PMS and channel manager interfaces, historic data load, training | 48,000 |
| Total Order Value | | 420,000 |

Payment: Subscription Fees are invoiced quarterly in advance, starting on the Subscription Start Date. The Onboarding Fee is invoiced on Go-Live Acceptance. There is no advance payment before the Subscription Start Date. Invoices are payable within 30 days.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

# GENERAL TERMS

## Section 1 Definitions

1.1 "Customer Data" means all data that the Customer or its hotels enter into or send to the Service, including reservations, rates, guest counts and revenue figures.

1.2 "Service" means the hosted software service described in the Order Form, with its documentation.

1.3 "Subscription Year" means each period that starts on the Subscription Start Date or on an anniversary of it and ends on the day before the next anniversary.

## Section 2 The Service

2.1 The Provider grants the Customer and its hotels a non-exclusive right to use the Service during the Subscription Term for the number of properties in the Order Form.

2.2 The Provider hosts the Service for the Customer on servers located in mainland China and may update the Service from time to time without reducing its functions.

## Section 3 Onboarding and Acceptance

3.1 The Provider shall connect the Service to the Customer's property management system and channel manager, load three years of booking history and train the revenue team, and shall offer the Service for Go-Live testing within 60 days after the Order Form is signed.

3.2 Go-Live Acceptance requires: all 9 properties connected; rate pushes reaching every connected channel within 5 minutes in a two-week test; forecast reports for each property matching the loaded history; no open Priority 1 or Priority 2 incident. The Customer confirms Go-Live Acceptance in writing within 5 business days after the criteria are met, or lists the failures.

3.3 If Go-Live Acceptance is delayed beyond the 60 days for reasons attributable to the Provider, the Provider shall pay CNY 300 for each day of delay.

## Section 4 Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced 5 days in advance and carried out between 01:00 and 05:00 Beijing time.

4.2 The Provider shall respond to Priority 1 incidents (Service unavailable, or rate pushes failing for any property) within 30 minutes, 24 hours a day, and to Priority 2 incidents within 2 business hours.

4.3 If monthly availability falls below the commitment, the Provider shall credit 10% of the monthly share of the Subscription Fee for each started 0.1 percentage point of shortfall, up to the full monthly share. Each late Priority 1 response gives a credit of CNY 500.

## Section 5 Fees and Renewal

5.1 The Customer shall pay the charges stated in the Order Form.

5.2 At the end of the Subscription Term, the subscription renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.

5.3 Fees for each renewal Subscription Year are charged at the Provider's list price in effect at the time of renewal, which the Provider may increase at its discretion.

## Section 6 Customer Data

6.1 As between the parties, Customer Data belongs to the Customer.

6.2 The Customer grants the Provider a perpetual licence to use Customer Data in aggregated and anonymised form to compile market benchmarks, train its forecasting models and improve its products, during and after the Subscription Term.

6.3 On termination, the Provider shall return Customer Data in CSV format within 30 days and then delete it.

## Section 7 Data Security

7.1 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for its staff, logging of administrative access and daily backups, and shall comply with the PRC Personal Information Protection Law and Data Security Law.

7.2 The Provider shall notify the Customer of any security breach affecting Customer Data within 24 hours, shall take all steps to contain it, and shall be responsible for the losses, regulatory penalties and notification costs caused by a breach attributable to the Provider.

## Section 8 Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its staff and advisers who need to know it.

8.2 This Section continues for three years after the end of the Subscription Term.

## Section 9 Intellectual Property

9.1 The Service and its software remain the property of the Provider.

9.2 The rate rules, report templates and interface mappings configured for the Customer belong to the Customer, and the Customer may use and modify them freely, also with other systems.

## Section 10 Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.3 The limit in Section 10.2 does not apply to breach of Section 7, personal injury or wilful misconduct.

## Section 11 Subcontracting

The Provider shall not subcontract the Service or any part of it, other than its hosting provider named in the Order Form, without the Customer's prior written consent.

## Section 12 Term and Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

12.2 The Customer may also terminate by written notice if monthly availability falls below the commitment in Section 4.1 in any two consecutive months.

12.3 On termination for the Provider's breach, the Provider refunds prepaid fees for the unused period.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding.

## Section 14 Force Majeure

14.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may end the affected part of the work by written notice, and amounts paid for work not performed are refunded.

## Section 15 Notices

15.1 Notices under this Agreement must be in writing, in English or Chinese, and delivered by hand, by courier or by e-mail to the addresses stated above or to another address notified in writing. A notice sent by e-mail is received on the next business day after it is sent, unless the sender receives an error message.

## Section 16 Anti-Bribery

16.1 Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer or give any payment, gift or other advantage to the other party's staff in order to obtain or keep business under this Agreement. A serious breach of this clause is a material breach.

## Section 17 Assignment

17.1 Neither party may assign or transfer this Agreement, in whole or in part, without the prior written consent of the other party, except that either party may assign it to a successor to substantially all of its business on written notice.

## Section 18 Insurance

18.1 The Provider shall maintain, with reputable insurers, public liability and professional indemnity insurance for amounts reasonable for the work under this Agreement, and shall provide evidence of that insurance on request.

## Section 19 Severability and Waiver

19.1 If any provision of this Agreement is held invalid or unenforceable, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose. A failure or delay in exercising a right is not a waiver of that right.

## Section 20 General

20.1 The Order Form prevails over these General Terms if they conflict.

20.2 The Order Form and these General Terms are the entire agreement of the parties about the Service.
"""

H570E03 = """T:Supply Contract for Cold-Store Temperature Monitoring Equipment
P:Contract No. ZZ-LL-CS-2025-019
P:Buyer: Zhengzhou Lianli Cold Chain Logistics Co., Ltd., Zhengzhou, Henan, People's Republic of China.
P:Supplier: Manxline Sensing Limited, registered in the Isle of Man, 7 Athol Street, Douglas, Isle of Man.
P:The Buyer operates a cold store with 32 cold rooms and a loading dock for frozen and chilled food. Following the Buyer's request for quotation, the Buyer has selected the Supplier to supply, install and calibrate a wireless temperature and humidity monitoring system. This Contract is on the Buyer's standard terms. Prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, door contacts and accessories listed in clause 2.
P:1.2 "Software" means the monitoring software licensed under clause 2, including its alarm and reporting functions.
P:1.3 "System" means the Equipment and Software installed, configured and calibrated at the Buyer's site.
P:1.4 "Installation Certificate" means the Buyer's confirmation that the Equipment has been installed. It is not acceptance.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and calibrate the System and train the Buyer's staff. The Contract Price is CNY 901,000, inclusive of VAT, transport, insurance and installation, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C, ±0.3 °C|320|1,450|464,000
TB:2|Gateway with 4G backup link|24|6,800|163,200
TB:3|Door contact sensor|96|620|59,520
TB:4|Monitoring software, perpetual site licence|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||804,720
TB:5|Installation, configuration and calibration|1 lot||86,400
TB:6|Training|1 lot||9,880
TB:|Contract Price|||901,000
P:2.2 The Contract Price is fixed and covers all work needed to make the System operate as specified.
H:3. Payment
P:3.1 No advance payment is made.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 585,650) within 30 days after the Installation Certificate.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 315,350) within 30 days after the Final Acceptance Certificate.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver the Equipment to the Buyer's site within 45 days after signature and shall complete installation within 20 days after delivery, working around the Buyer's operations.
P:4.2 If the Supplier is late in delivery or installation for reasons not caused by the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 The System is tested over 21 days of normal operation after installation. The acceptance criteria are: every sensor reports at least every 2 minutes with no gap longer than 10 minutes; readings of a sample of 10% of the sensors are within ±0.3 °C of a calibrated reference thermometer; alarms for high temperature, low battery, lost signal and open doors reach the duty phone and the dashboard within 60 seconds; daily temperature records for every room are produced in the format required by the food-safety authority.
P:5.2 If the criteria are met, the Buyer issues the Final Acceptance Certificate within 7 working days. If not, the Supplier shall correct the faults and repeat the test. Installation, use or payment is not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty the Supplier repairs or replaces faulty Equipment free of charge, including batteries that fail early, and supplies Software updates.
P:6.2 Severity 1 faults (loss of monitoring or alarms for any cold room) shall be responded to within 30 minutes and fixed on site within 8 hours. Severity 2 faults (single sensors) shall be responded to within 2 hours and fixed within two working days.
P:6.3 For each hour by which a Severity 1 response or fix is late, the Supplier shall pay CNY 400.
H:7. Support after Warranty
P:7.1 After the warranty, the Supplier shall offer annual support at 7% of the Hardware and Licence Subtotal, that is CNY 56,330.40 per year, fixed for three years. Support covers the same repairs, updates and service levels as the warranty, except batteries.
P:7.2 Support is ordered by the Buyer each year by purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software and the Equipment firmware remain the Supplier's property and are licensed to the Buyer perpetually for use at the site.
P:8.2 The dashboards, alarm rules, room maps and report templates configured for the Buyer belong to the Buyer, which may change and use them freely.
H:9. Data Security
P:9.1 All temperature, humidity and door data and all records produced by the System belong to the Buyer. The Supplier shall not use them for any other purpose.
P:9.2 The System stores data on the Buyer's server. Remote access by the Supplier needs the Buyer's approval for each session, is logged, and uses individual accounts. Gateways use encrypted links.
P:9.3 The Supplier shall report any security incident within 12 hours and is liable for any loss caused by a breach attributable to it.
H:10. Confidentiality
P:10.1 Each party shall keep the other party's non-public information confidential and shall not disclose it to any third party without prior written consent. This clause continues for three years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clause 9, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under clause 4.2 reach their maximum.
P:13.2 On such termination the Supplier shall refund all amounts paid for Equipment or work that the Buyer returns or does not accept.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:15. Project Management
P:15.1 The Supplier shall appoint a project manager with experience of comparable projects, who attends a weekly progress meeting with the Buyer's project lead and reports progress, risks and open decisions in writing. The Supplier shall not replace the project manager or other key staff named in the project plan without the Buyer's prior written agreement, which shall not be unreasonably withheld. The Buyer shall provide timely access to its premises, systems, data and staff as set out in the project plan.
H:16. Documentation and Training
P:16.1 The Supplier shall deliver user and administrator documentation in English and Chinese, keep it up to date during the Contract and allow the Buyer to copy it for internal use. Training shall be given at the Buyer's premises or online, to the number of participants stated in the project plan, and the Supplier shall provide training records.
H:17. Force Majeure
P:17.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may end the affected part of the work by written notice, and amounts paid for work not performed are refunded.
H:18. Notices
P:18.1 Notices under this Contract must be in writing, in English or Chinese, and delivered by hand, by courier or by e-mail to the addresses stated above or to another address notified in writing. A notice sent by e-mail is received on the next business day after it is sent, unless the sender receives an error message.
H:19. Anti-Bribery
P:19.1 Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer or give any payment, gift or other advantage to the other party's staff in order to obtain or keep business under this Contract. A serious breach of this clause is a material breach.
H:20. Insurance
P:20.1 The Supplier shall maintain, with reputable insurers, public liability and professional indemnity insurance for amounts reasonable for the work under this Contract, and shall provide evidence of that insurance on request.
H:21. Assignment
P:21.1 Neither party may assign or transfer this Contract, in whole or in part, without the prior written consent of the other party, except that either party may assign it to a successor to substantially all of its business on written notice.
H:22. Records
P:22.1 The Supplier shall keep complete and accurate records of the work performed and the charges invoiced under this Contract for three years after its end, and shall allow the Buyer or its auditors to inspect them on reasonable notice during business hours.
H:23. Severability and Waiver
P:23.1 If any provision of this Contract is held invalid or unenforceable, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose. A failure or delay in exercising a right is not a waiver of that right.
H:24. General
P:24.1 Annex 1 (technical specification) and Annex 2 (room list) form part of this Contract. Amendments must be in writing.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H570E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. RK-XM-2025-07

**Customer:** Xiamen Haiyue Dental Clinics Co., Ltd., Siming District, Xiamen, Fujian, People's Republic of China.

**Provider:** Rock Bay Managed Services Limited, Europort, Gibraltar.

The Customer runs 38 dental clinics and a central office in Xiamen, Quanzhou and Zhangzhou. It wishes to outsource its IT service desk, endpoint management and backup to the Provider. The parties agree as follows. All charges are in CNY at the Customer's request.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement" means the date on which the Customer confirms in writing that the transition criteria in clause 3.2 are met.

1.3 "Customer Data" means all data of the Customer, its clinics and patients that the Provider handles, including patient records, images, appointment and billing data, and backups.

1.4 "Term" means 36 months from Service Commencement.

## 2. SERVICES

2.1 The Provider shall provide the Services for all clinics and the central office during the Term, to the service levels in Schedule 2.

2.2 The Provider shall keep a named service manager for the Customer and shall hold a monthly service review with the Customer's IT lead.

## 3. TRANSITION

3.1 Within 50 days after signature the Provider shall take over the service desk, enrol all 412 endpoints in its management tool, set up backup for the 40 sites and document the environment.

3.2 The transition criteria are: all endpoints enrolled and reporting; a full backup and a test restore completed for every site; the service desk running for 10 working days with the Schedule 2 service levels met; the runbook and asset register approved by the Customer.

3.3 If Service Commencement is delayed beyond the 50 days for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,580,000.

4.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Fee is invoiced after Service Commencement. No payment is due before Service Commencement.

4.3 Invoices are payable within 30 days. Service credits are deducted from the next invoice.

## 5. DATA PROTECTION AND SECURITY

5.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and on the Customer's instructions.

5.2 The Provider shall keep all Customer Data and backups in mainland China, encrypt backups, use individual accounts with multi-factor authentication for all staff, log all administrative access, and comply with the PRC Personal Information Protection Law, the Data Security Law and health-data rules.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, assist with notifications to patients and authorities, and be liable for all losses, penalties and costs caused by a breach attributable to the Provider or its subcontractors.

## 6. INTELLECTUAL PROPERTY

6.1 The Provider's tools and management software remain its property.

6.2 Runbooks, scripts, configurations, asset registers and reports made for the Customer belong to the Customer, which may use and change them freely, also with a future provider.

## 7. SUBCONTRACTING

7.1 The Provider may use subcontractors for on-site desk-side support, hardware repairs and backup storage by giving the Customer written notice of the subcontractor's name 10 days before it starts. The Customer's consent is not required.

7.2 The Provider remains responsible for its subcontractors.

## 8. LIABILITY

8.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for breach of clause 5, personal injury and wilful misconduct.

## 9. TERM AND TERMINATION

9.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically. Any extension needs a written amendment.

9.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider misses the Priority 1 response target in three months of any six.

9.3 On expiry or termination the Provider shall hand over all Customer Data, documentation and credentials and shall help the Customer or a new provider for up to 60 days at the rates in Schedule 3.

## 10. GOVERNING LAW AND DISPUTES

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 11. PROJECT MANAGEMENT

11.1 The Provider shall appoint a project manager with experience of comparable projects, who attends a weekly progress meeting with the Customer's project lead and reports progress, risks and open decisions in writing. The Provider shall not replace the project manager or other key staff named in the project plan without the Customer's prior written agreement, which shall not be unreasonably withheld. The Customer shall provide timely access to its premises, systems, data and staff as set out in the project plan.

## 12. CHANGE CONTROL

12.1 Either party may request a change to the scope or the plan. The Provider shall answer a change request within 10 business days with its effect on price, time and quality. A change binds the parties only when both have signed a written change order; until then the Provider continues the work as agreed.

## 13. FORCE MAJEURE

13.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may end the affected part of the work by written notice, and amounts paid for work not performed are refunded.

## 14. NOTICES

14.1 Notices under this Agreement must be in writing, in English or Chinese, and delivered by hand, by courier or by e-mail to the addresses stated above or to another address notified in writing. A notice sent by e-mail is received on the next business day after it is sent, unless the sender receives an error message.

## 15. ANTI-BRIBERY

15.1 Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer or give any payment, gift or other advantage to the other party's staff in order to obtain or keep business under this Agreement. A serious breach of this clause is a material breach.

## 16. INSURANCE

16.1 The Provider shall maintain, with reputable insurers, public liability and professional indemnity insurance for amounts reasonable for the work under this Agreement, and shall provide evidence of that insurance on request.

## 17. RECORDS

17.1 The Provider shall keep complete and accurate records of the work performed and the charges invoiced under this Agreement for three years after its end, and shall allow the Customer or its auditors to inspect them on reasonable notice during business hours.

## 18. SEVERABILITY AND WAIVER

18.1 If any provision of this Agreement is held invalid or unenforceable, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose. A failure or delay in exercising a right is not a waiver of that right.

## 19. GENERAL

19.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties.

19.2 Neither party may assign this Agreement without the other party's written consent.

Signed for the Customer: ____________________ Date:

Signed for the Provider: ____________________ Date:

## SCHEDULE 1 — SERVICES

| Service | Description | Hours |
|---|---|---|
| Service desk | telephone, chat and e-mail support for about 520 users | 07:30 to 21:30, seven days a week |
| Endpoint management | patching, antivirus, software deployment, asset register for 412 endpoints | continuous |
| Backup | daily backup of clinic servers and imaging systems, monthly restore test | continuous |
| On-site support | visits to clinics for hardware faults and moves | 08:00 to 18:00, Monday to Saturday |
| Monthly reporting | tickets, service levels, patch status, backup results | monthly |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | a clinic cannot treat patients, imaging or billing down | 30 minutes | 6 hours | CNY 800 per incident |
| Priority 2 | several users affected, workaround exists | 1 hour | 1 business day | CNY 300 per incident |
| Priority 3 | single user issue | 8 business hours | 3 business days | none |
| Backup | failed backup not rerun | next day | next day | CNY 200 per site and day |

Credits in any month are limited to 20% of that month's Monthly Service Charge.

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 68,000 |
| Monthly Service Charge | 36 months × CNY 42,000 | 1,512,000 |
| Total Contract Value | | 1,580,000 |
| Additional on-site days | per engineer day, only when ordered | 1,600 |
"""

H570E05 = """VESSEL DATA API SUBSCRIPTION AGREEMENT

Agreement No. SGD-API-2025-112

BETWEEN

Somers Gate Maritime Data Ltd., a company incorporated in Bermuda, 22 Front Street, Hamilton, Bermuda ("Provider"); and

Ningbo Yongda International Freight Forwarding Co., Ltd., Yinzhou District, Ningbo, Zhejiang, People's Republic of China ("Customer").

BACKGROUND

The Customer books sea freight for exporters and wants to show its clients where their vessels are and when they will arrive. The Provider operates a vessel position and port-call data service delivered through an application programming interface (API). The Customer has asked for prices in CNY, and all amounts below are in CNY.

1. DEFINITIONS

1.1 "API" means the Provider's interface through which the Customer retrieves Provider Data.

1.2 "Provider Data" means vessel positions, voyage details, estimated arrival times, port calls and related data made available through the API.

1.3 "Customer Data" means the vessel lists, booking references, client names and other information that the Customer sends to the API or stores in its account.

1.4 "Subscription Year" means each period that starts on the Start Date or on an anniversary of it and ends on the day before the next anniversary.

1.5 "Start Date" means the date of Onboarding Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, to display Provider Data in the Customer's own tracking portal and mobile application, and to send it to the Customer's clients for their own shipments.

2.2 The Customer shall not resell Provider Data as a data feed or use it to build a competing database.

2.3 The Subscription Term is two Subscription Years from the Start Date.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 228,000 per Subscription Year for up to 3,000,000 API calls per Subscription Year, that is CNY 456,000 for the Subscription Term.

3.2 Calls above the included volume are charged at CNY 40 per 1,000 calls, invoiced monthly in arrears. Overage charges are not part of the subscription fee.

3.3 The subscription fee is invoiced quarterly in advance, each invoice covering the next three months, the first on the Start Date. There is no set-up fee and no payment before the Start Date.

3.4 Invoices are payable within 30 days by bank transfer in CNY.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall issue API keys and test access within 5 business days after signature and shall support the Customer's developers during integration.

4.2 Onboarding Acceptance takes place when the following criteria are met in a test of 10 business days: the API returns positions for at least 95% of a test list of 500 vessels named by the Customer; every field listed in the API documentation is returned in the documented format; the Customer's portal retrieves and displays the data without errors in the Provider's interface.

4.3 The Customer confirms Onboarding Acceptance in writing within 3 business days after the criteria are met, or lists the failures, which the Provider shall correct before a new test.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and the Provider Data current, and to carry out maintenance at times of low use.

5.2 The Provider provides e-mail support on business days, Hamilton time, and will deal with support requests as soon as reasonably practicable.

5.3 The Provider may change the API from time to time and will give at least 30 days' notice of any change that removes a field or endpoint.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Provider may use it only to provide the API service to the Customer and shall not disclose it or use it for any other purpose, including after the end of this Agreement.

6.2 On expiry or termination, the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. DATA SECURITY

7.1 The Provider shall protect Customer Data with encryption in transit and at rest, access keys that the Customer can revoke, restricted staff access with multi-factor authentication and logging, and regular security testing.

7.2 The Provider shall notify the Customer of any security breach affecting Customer Data within 24 hours, shall take all steps to contain it, and is liable for all losses caused to the Customer by a breach attributable to the Provider.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, and use it only for this Agreement.

8.2 This clause continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The API, the Provider Data and the Provider's databases remain the property of the Provider and its licensors.

9.2 The Customer's portal, applications, integration code and any reports or data sets that the Customer creates by combining Provider Data with Customer Data belong to the Customer. Any sample integration code that the Provider writes for the Customer belongs to the Customer, which may use and modify it freely.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to twice the subscription fees payable for the Subscription Term, except for breach of clauses 7 and 8 and for wilful misconduct.

11. SUBCONTRACTING

The Provider shall not subcontract the performance of this Agreement, other than its data centre and cloud hosting providers in the People's Republic of China approved on signature, without the Customer's prior written consent.

12. TERM, RENEWAL AND TERMINATION

12.1 After the Subscription Term this Agreement renews for further Subscription Years at the same fees unless either party gives written notice at least 60 days before the end of the current term.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it. On termination for the Provider's breach the Provider refunds fees paid for the remaining period.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

14. FORCE MAJEURE

14.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may end the affected part of the work by written notice, and amounts paid for work not performed are refunded.

15. NOTICES

15.1 Notices under this Agreement must be in writing, in English or Chinese, and delivered by hand, by courier or by e-mail to the addresses stated above or to another address notified in writing. A notice sent by e-mail is received on the next business day after it is sent, unless the sender receives an error message.

16. ANTI-BRIBERY

16.1 Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer or give any payment, gift or other advantage to the other party's staff in order to obtain or keep business under this Agreement. A serious breach of this clause is a material breach.

17. ASSIGNMENT

17.1 Neither party may assign or transfer this Agreement, in whole or in part, without the prior written consent of the other party, except that either party may assign it to a successor to substantially all of its business on written notice.

18. INSURANCE

18.1 The Provider shall maintain, with reputable insurers, public liability and professional indemnity insurance for amounts reasonable for the work under this Agreement, and shall provide evidence of that insurance on request.

19. CUSTOMER OBLIGATIONS

19.1 The Customer shall keep its API keys secure, ensure that only its own staff and systems use them, tell the Provider promptly if a key may have been disclosed, and use the API in line with the documentation and reasonable rate limits notified by the Provider.

20. RECORDS

20.1 The Provider shall keep complete and accurate records of the work performed and the charges invoiced under this Agreement for three years after its end, and shall allow the Customer or its auditors to inspect them on reasonable notice during business hours.

21. SEVERABILITY AND WAIVER

21.1 If any provision of this Agreement is held invalid or unenforceable, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose. A failure or delay in exercising a right is not a waiver of that right.

22. GENERAL

22.1 This Agreement is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.

22.2 Operational messages about API keys and changes may be given by e-mail to the technical contacts named by each party.

SIGNED for Somers Gate Maritime Data Ltd.: ____________________ Name: Title: Date:

SIGNED for Ningbo Yongda International Freight Forwarding Co., Ltd.: ____________________ Name: Title: Date:
"""

SOURCES = {"h570z01": H570Z01, "h570z02": H570Z02, "h570z03": H570Z03, "h570z04": H570Z04, "h570z05": H570Z05,
           "h570e01": H570E01, "h570e02": H570E02, "h570e03": H570E03, "h570e04": H570E04, "h570e05": H570E05}
NAMES = {"h570z01": "h570z01_housing_fund_collection_system.pdf",
         "h570z02": "h570z02_ceramics_roller_kiln_control_retrofit.docx",
         "h570z03": "h570z03_dry_cleaning_chain_store_saas.txt",
         "h570z04": "h570z04_gas_group_pipeline_monitoring_om.txt",
         "h570z05": "h570z05_pickle_factory_workshop_software_supplier_template.md",
         "h570e01": "h570e01_furniture_planning_licence_jersey_vendor.pdf",
         "h570e02": "h570e02_hotel_revenue_saas_order_form_guernsey.md",
         "h570e03": "h570e03_cold_store_sensors_isle_of_man_supplier.docx",
         "h570e04": "h570e04_dental_clinics_managed_it_gibraltar.md",
         "h570e05": "h570e05_vessel_data_api_bermuda.txt"}
TARGETS = {k: (v, v.rsplit(".", 1)[1]) for k, v in NAMES.items() if v.endswith((".pdf", ".docx"))}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, auto_renewal_price_increase=False,
          termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC")
GOODS, SERVICE = "goods_or_licence", "service"

# lang, category, terms (on top of OK), extra, tco design (fee base, annual post-warranty fee), forum outside mainland
D = {
 "h570z01": ("zh", "software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
            prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
            contract_kind=GOODS), dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=2260000),
            (1280000, 102400), False),
 "h570z02": ("zh", "hardware", dict(availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
            liability_cap_pct=50, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
            post_warranty_fee_pct=9, termination_for_breach=False, contract_kind=GOODS),
            dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=1220000), (1022000, 91980), False),
 "h570z03": ("zh", "cloud", dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=500 / 490000 * 100,
            final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
            auto_renewal_price_increase=True, subcontract_without_consent=True, contract_kind=SERVICE),
            dict(ld_stated=True, contract_value=490000), None, False),
 "h570z04": ("zh", "services", dict(availability_pct=99.5, p1_response_hours=0.25, data_security_clause=False,
            ld_rate_per_day_pct=0.1, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, contract_kind=SERVICE), dict(ld_stated=True, contract_value=690000), None, False),
 "h570z05": ("zh", "software", dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
            buyer_owns_data=False, ld_rate_per_day_pct=0.02, prepayment_pct=50, acceptance_clause=False,
            final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
            subcontract_without_consent=None, governing_law=None, contract_kind=GOODS),
            dict(ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=800000),
            (560000, 140000), False),
 "h570e01": ("en", "software", dict(availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1,
            liability_cap_pct=150, prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
            post_warranty_fee_pct=13, governing_law="Jersey", contract_kind=GOODS),
            dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=1508000), (1060000, 137800), True),
 "h570e02": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
            ld_rate_per_day_pct=300 / 420000 * 100, liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True, contract_kind=SERVICE),
            dict(ld_stated=True, contract_value=420000), None, False),
 "h570e03": ("en", "hardware", dict(availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
            liability_cap_pct=200, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
            contract_kind=GOODS), dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=901000),
            (804720, 56330.4), False),
 "h570e04": ("en", "services", dict(availability_pct=None, p1_response_hours=0.5, confidentiality=False,
            ld_rate_per_day_pct=1200 / 1580000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, subcontract_without_consent=True, contract_kind=SERVICE),
            dict(ld_stated=True, contract_value=1580000), None, False),
 "h570e05": ("en", "cloud", dict(availability_pct=None, p1_response_hours=None, sla_remedy=False,
            ld_rate_per_day_pct=None, liability_cap_pct=200, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, contract_kind=SERVICE), dict(sla_clause=False, ld_stated=False, contract_value=456000),
            None, False),
}
DESIGN = {
 "h570z01": [], "h570z02": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
 "h570z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
 "h570z04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
 "h570z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
 "h570e01": ["CR-GOVERNING-LAW"], "h570e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
 "h570e03": [], "h570e04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
 "h570e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(t, x, design):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    base, fee = design
    years = max(0.0, 5 - t["warranty_months"] / 12)
    service = years * fee
    total = x["contract_value"] + service
    return total, service / total * 100


def rules_from_labels(t, x, design, forum_outside):
    """My own reading of policy.md §3 applied to the labels."""
    r = set()
    sla = x["sla_clause"]
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
    if t["contract_kind"] == GOODS:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if design and t["warranty_months"] is not None and tco(t, x, design)[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if high & set(rules):
        return "high"
    return "medium" if set(rules) - {"CR-GOVERNING-LAW"} else "low"


def labels():
    out = {}
    for k, (lang, cat, terms, extra, design, forum) in D.items():
        t = dict(OK)
        t.update(terms)
        t = {key: t[key] for key in KEYS}
        x = {"sla_clause": extra.get("sla_clause", True), "ld_stated": extra["ld_stated"]}
        if t["contract_kind"] == GOODS:
            x["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
        x["acceptance_deemed_on_delivery"] = extra.get("acceptance_deemed_on_delivery", False)
        x["contract_value"] = extra["contract_value"]
        rules = rules_from_labels(t, x, design, forum)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        out[k] = {"file": NAMES[k], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                  "expected_rules": rules}
    fired = set().union(*(set(v["expected_rules"]) for v in out.values()))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    return out


# ---- threshold scan ----------------------------------------------------------------------------------------------
NUM = r"(?<![\d.,])"
ZHN = r"(?<![一二三四五六七八九十百千万两零〇])"
PATTERNS = [
    NUM + r"99\.9(?![\d])", r"99\.9\s*%",
    NUM + r"4\s*(?:个)?\s*(?:小时|h\b|hrs?\b|hours?\b|-hour|(?:business|working|clock)\s+hours?)", ZHN + r"四\s*(?:个)?\s*小时",
    r"\bfour[\s-]+(?:\w+\s+)?hours?\b", r"\bfour-hour\b", NUM + r"240\s*(?:分钟|min)",
    NUM + r"0\.05(?![\d])", r"万分之五(?![十百千\d])",
    NUM + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"one\s+hundred\s+per\s*cent",
    NUM + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s+per\s*cent",
    NUM + r"12\s*(?:个月|months?\b|-month)", ZHN + r"十二\s*个月", r"\btwelve[\s-]+(?:\w+\s+)?months?\b",
    r"一年", r"\bone[\s-]year\b",
    NUM + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s+per\s*cent",
    NUM + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s+per\s*cent",
    NUM + r"5\s*(?:年(?!度)|years?\b|-year)", ZHN + r"五\s*年(?!度)", r"\bfive[\s-]years?\b",
    NUM + r"60\s*(?:个月|months?\b|-month)", r"六十个月", r"sixty\s+months",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240分钟",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 months",
            "十二个月", "twelve months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "百分之四十", "5年",
            "五年", "five years", "60 months", "60个月", "4 business hours"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "140%", "1.5%", "0.5 小时", "14 小时", "120 months", "2015年", "25%", "130%", "5 天",
             "二十四个月", "十四小时", "万分之二", "0.055%", "99.98%", "348 hours", "45 years"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s) and hits("x" + s + "x") or hits(" " + s + " "), s
    for s in MUST_MISS:
        assert not hits(s) and not hits(" " + s + " "), (s, hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(k, text):
    return len(text) if D[k][0] == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    bad = []
    for k, src in SOURCES.items():
        for v in variants(src):
            if hits(v):
                bad.append((k, "source", hits(v)))
    for k, name in NAMES.items():
        if not name.endswith((".pdf", ".docx")):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
    write({k: SOURCES[k] for k in TARGETS}, TARGETS, OUT, wrap_words=True)
    lab = labels()
    for k, name in NAMES.items():
        text = read_back(OUT / name)
        for v in variants(text):
            if hits(v):
                bad.append((k, "built", hits(v)))
        n = measure(k, text)
        lo, hi = (2750, 3000) if D[k][0] == "zh" else (1450, 1650)
        flag = "" if lo <= n <= hi else "  <-- OUT OF RANGE"
        print(f"{name}: {n} {'chars' if D[k][0] == 'zh' else 'words'}{flag}")
        (OUT / (name.rsplit('.', 1)[0] + ".json")).write_text(json.dumps(lab[k], ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        t, x = lab[k]["expected_terms"], lab[k]["expected_extra"]
        if D[k][4] and t["contract_kind"] == GOODS:
            total, share = tco(t, x, D[k][4])
            assert abs(share - 40) > 2, (k, share)
            print(f"   TCO {total:,.1f} service share {share:.2f} %")
        print("   rules", lab[k]["expected_rules"], "risk", risk(lab[k]["expected_rules"]))
    for b in bad:
        print("THRESHOLD HIT", b)
    assert not bad
