"""holdout390: ten ORDINARY draft contracts (5 zh, 5 en) with their labels, written blind from policy.md / API.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), then every .json label,
reads every built file back, checks lengths, scans for threshold figures, derives the expected rules from the labels
and asserts they match the hand-written lists and that every CR rule fires at least once.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H390Z01 = """T:公共数据开放平台建设项目采购合同
P:合同编号：QZSJ-ZFCG-2025-0117　　采购方式：公开招标　　项目编号：QZCG2025-GK-046
P:甲方（采购人）：青州市政务服务数据管理局
P:乙方（供应商）：杭州数衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青州市公共数据开放平台建设项目达成如下协议，共同遵守。招标文件、投标文件、中标通知书及双方确认的澄清材料均为本合同的组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方负责提供公共数据开放平台软件（数据目录、开放门户、API网关、数据沙箱四个模块）的永久使用许可，完成开放门户定制开发、与46个委办局业务系统的接口对接、存量数据治理与迁移，以及部署实施和培训。
P:1.2 合同总价为人民币贰佰肆拾叁万元整（¥2,430,000），为固定总价，含税费、运输、安装、培训及质保期内的全部服务费用，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（四个模块）|1,286,000
TB:2|开放门户定制开发及委办局接口对接|734,000
TB:3|存量数据治理与迁移|318,000
TB:4|部署实施及培训|92,000
TB:|合计|2,430,000
P:1.3 上表第1项为“软件许可小计”，是本合同维保费用的计算基数。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订之日起150日内完成平台部署并提交初验申请，初验通过后进入90日试运行期。
P:2.2 平台部署于甲方指定的市政务云，乙方不得将平台或数据部署在其他任何环境。
P:2.3 乙方应在合同签订后10日内提交项目实施方案，明确项目组织、里程碑、风险应对和各委办局对接计划，经甲方确认后执行。乙方项目经理及核心技术人员应与投标文件一致，未经甲方同意不得更换；甲方认为乙方人员不能胜任的，有权要求更换。
P:2.4 乙方应每周向甲方报送项目周报，每月参加甲方组织的项目例会，如实报告进度、问题和整改情况。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函的，甲方于15个工作日内支付合同总价的20%作为预付款，即486,000元。
P:3.2 平台通过初验后，甲方支付合同总价的45%，即1,093,500元。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即850,500元。
P:3.4 乙方每次请款应提供合法有效的发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延后不视为甲方违约。
P:3.5 甲方在付款前发现乙方交付内容与合同不符的，可书面通知乙方整改，整改完成前相应款项暂缓支付。
H:第四条 验收
P:4.1 初验标准：招标文件功能清单逐项实现；开放门户在2,000个并发用户下页面平均响应时间不超过3秒；46个委办局接口全部联通，连续7日数据同步无差错；迁移数据经抽样核对无差异。
P:4.2 终验标准：试运行期内未发生一级故障；第三方测评机构出具的网络安全等级保护三级测评报告和商用密码应用安全性评估报告结论为符合；乙方提交全部源代码、技术文档和运维手册。
P:4.3 验收由甲方组织，可邀请专家参加，并形成书面验收报告。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第五条 质量保证与维保
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费为软件许可小计的9%，即每年115,740元；该费用在质保期满后三个服务年度内固定不变，之后的调整须双方书面协商一致。维保服务按年度另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 平台年度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分为三级：一级故障指平台整体不可用或开放门户、API网关中断，乙方须在30分钟内响应、2小时内到场、6小时内恢复；二级故障指单一模块或接口异常，2小时内响应、24小时内修复；三级故障为其他问题，在下一版本中解决。
P:6.3 响应或恢复每超时1小时，甲方从维保费或履约保证金中扣减2,000元；年度可用率每低于承诺值0.01个百分点，扣减3,000元。
H:第七条 知识产权
P:7.1 本项目定制开发的门户页面、接口程序、数据治理脚本及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其所属单位。
P:7.3 乙方保证所交付成果不侵犯第三方权利，因侵权引起的索赔由乙方负责处理并承担费用。
H:第八条 数据安全
P:8.1 平台汇聚的公共数据、开放日志及用户信息均属于甲方，乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应落实等级保护三级要求，数据分级分类管理，敏感字段加密存储，运维操作经甲方堡垒机进行并全程审计，禁止私自开通远程通道。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因导致的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第九条 保密
P:9.1 双方对履约中获知的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:10.3 乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金（银行保函形式），终验合格后退还。乙方未履行本合同义务的，甲方有权从履约保证金中扣收违约金和赔偿款。
H:第十一条 分包
P:11.1 乙方不得转包；未经甲方书面同意，不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力导致不能履行的，受影响方应及时书面通知对方并提供证明，双方协商延期履行；不可抗力持续超过90日致使合同目的不能实现的，任何一方可解除合同。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青州市政务服务数据管理局　　法定代表人或授权代表：________　　日期：2025年6月18日
P:乙方（盖章）：杭州数衡信息技术有限公司　　法定代表人或授权代表：________　　日期：2025年6月18日
"""

H390Z02 = """T:隧道窑燃烧控制系统改造合同
P:合同编号：DYTC-SB-2025-032
P:甲方：佛山市德元陶瓷卫浴有限公司（买方）
P:乙方：广州热控自动化工程有限公司（卖方）
P:甲方二号生产线隧道窑（长168米）现有温控系统老化，烧成温差大、能耗偏高。经比选，甲方委托乙方实施该隧道窑燃烧控制系统改造。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）乙方负责供货、安装、编程和调试：PLC主站及远程IO、窑温热电偶及变送器（96点）、燃烧控制器及比例阀、风机变频器、工控机及HMI组态软件、窑炉专家控制软件，并开发烧成曲线控制程序，对甲方操作及维修人员进行培训。
P:（二）改造须在甲方计划停窑检修期间完成，停窑时间不超过21天。
P:（三）乙方应指派具有窑炉自控项目经验的项目经理常驻现场，负责施工组织、安全管理和与甲方生产部门的协调。乙方施工人员进入厂区应遵守甲方安全生产和动火作业管理制度，因乙方违章作业造成的人身伤害和财产损失由乙方承担。
H:二、合同价格
P:（一）合同总价为人民币壹佰捌拾伍万元整（¥1,850,000），含13%增值税，分项如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC主站及远程IO模块|1套|486,000
TB:2|窑温热电偶及温度变送器|96点|214,000
TB:3|燃烧控制器及比例阀组|1批|328,000
TB:4|风机变频器|14台|176,000
TB:5|工控机、HMI及组态软件许可|1套|158,000
TB:6|窑炉专家控制软件许可|1套|118,000
TB:|设备及软件许可小计||1,480,000
TB:7|安装调试|1项|216,000
TB:8|烧成曲线控制程序开发|1项|132,000
TB:9|操作及维修培训|1项|22,000
TB:|合同总价||1,850,000
P:（二）上述价格为固定价格，除甲方书面变更范围外不作调整。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即185,000元。
P:（二）设备全部到货并经甲方签收后，支付合同总价的35%，即647,500元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，支付合同总价的50%，即925,000元。
P:（四）余下5%即92,500元作为质量保证金，质保期满且无未决质量问题后无息支付。
H:四、交付与工期
P:（一）设备应在合同生效后45日内运抵甲方厂区。
P:（二）乙方应在停窑后21日内完成安装调试并点火升温，升温曲线须经甲方工艺部门确认。
P:（三）乙方应在停窑前提交详细施工方案和停窑期间的逐日计划，列明拆除、安装、接线、程序下载和冷态调试的节点，经甲方设备部和工艺部会签后执行。
P:（四）乙方交付的设备应为原厂全新产品，附合格证、出厂检验报告和装箱单；热电偶、比例阀等关键部件须提供原厂质保证明。
H:五、验收
P:（一）验收标准：窑内各温区实测温度与设定值偏差不超过±3℃；连续72小时满负荷运行无停窑故障；单位产品天然气消耗较改造前降低不少于6%；报警、联锁和熄火保护经逐项测试动作正确；移交全部程序、组态文件和图纸。
P:（二）满足上述标准后，双方签署最终验收报告。设备安装完成、点火投产或甲方开始使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内完成整改并申请复验；复验仍不合格的，甲方有权要求更换相关设备或解除合同，由此发生的费用由乙方承担。
P:（四）乙方应在最终验收时移交设备清单、电气原理图、PLC程序及注释、HMI组态工程、操作维护手册和备品备件清单，纸质版两套、电子版一套。
H:六、质量保证
P:（一）质保期为六个月，自最终验收之日起计算。质保期内设备及软件的故障由乙方免费维修或更换。
P:（二）质保期满后，乙方按年度提供维保服务，年度维保费按设备及软件许可小计的22%计取，即每年325,600元，在本合同签订后不作上调。维保服务由甲方按年度下达订单，不自动续期。
P:（三）质保期内乙方每季度派工程师到厂巡检一次，检查热电偶漂移、比例阀动作和控制柜散热情况，并出具巡检报告；发现的隐患应及时消除。
H:七、故障响应
P:（一）一级故障指隧道窑温控失效、燃烧系统联锁停机或可能导致停窑的故障，乙方须在30分钟内电话响应，2小时内到达现场，8小时内恢复运行。
P:（二）二级故障指单个温区或单台设备异常但不影响连续生产，乙方须在2小时内响应，48小时内修复。
P:（三）乙方响应或到场每超时1小时，向甲方支付1,500元；因乙方原因导致停窑的，另按甲方实际损失赔偿。
P:（四）乙方应在甲方仓库存放常用备件（热电偶、比例阀执行器、通讯模块），备件清单由双方在验收时确认，保证故障发生时可立即更换。
H:八、生产数据与工控安全
P:（一）系统运行产生的温度、能耗、配方及生产数据均属于甲方，乙方不得复制、带离现场或用于本合同以外的目的。
P:（二）乙方应配合甲方落实工控安全措施：控制网络与办公网络隔离，工程师站设置账号口令和操作日志，远程维护须经甲方逐次审批并在甲方人员监督下进行，调试用移动存储介质须先经查毒。
P:（三）发生数据泄露、被篡改或工控安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:（一）乙方对在甲方厂区获知的烧成工艺、配方、产能和客户信息负有保密义务，合同终止后三年内仍须遵守。
H:十、知识产权
P:（一）乙方为本项目开发的烧成曲线控制程序、组态工程文件及相关文档，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:（二）乙方标准软件的知识产权归原权利人，甲方在本设备上永久使用。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方未按本合同约定提供质保或维保服务的，甲方有权另行委托第三方处理，所产生的费用由乙方承担，甲方可从质量保证金中扣除。
H:十二、分包
P:（一）电缆敷设及桥架安装如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十三、合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同并要求赔偿损失。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:十五、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供有关证明。不可抗力持续超过60日的，双方协商是否继续履行或解除合同。
H:十六、通知
P:（一）本合同项下的通知以书面形式送达合同首部所列地址或双方项目负责人的电子邮箱，邮件发出即视为送达。
H:十七、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：佛山市德元陶瓷卫浴有限公司　　代表：________
P:乙方（盖章）：广州热控自动化工程有限公司　　代表：________
P:签订日期：2025年7月9日
"""

H390Z03 = """明视连锁眼镜验光档案及会员管理系统服务合同

合同编号：MS-IT-2025-019

甲方：湖南明视眼镜连锁有限公司
地址：长沙市开福区芙蓉中路一段398号
乙方：长沙云瞳软件科技有限公司
地址：长沙市岳麓区麓谷大道627号

甲方在湖南、江西两省经营70家验光配镜门店，现有验光记录分散在各门店单机软件中，会员积分也无法跨店使用。甲方决定采用乙方的“云瞳”验光档案及会员管理云服务，并委托乙方完成实施。双方订立本合同如下。

第一条 服务内容
（1）乙方向甲方70家门店提供“云瞳”云服务，包括电子验光档案（主觉验光、角膜曲率、配镜处方及复查提醒）、会员及积分管理、门店收银对接和总部报表。
（2）乙方负责实施：各门店历史验光档案的清洗和迁移、与甲方现有收银系统及微信公众号的对接、门店培训和上线支持。
（3）服务期为三个服务年度，首个服务年度自全部门店上线验收通过之日起算。

第二条 费用
（1）订阅费按门店计收，每店每个服务年度6,200元，70家门店每个服务年度合计434,000元，三个服务年度共1,302,000元。
（2）一次性实施费218,000元（含档案迁移、系统对接、培训）。
（3）本合同总价为1,520,000元（含6%增值税）。服务期内新增门店按每店每个服务年度6,200元按月折算。

（4）乙方按甲方门店数量开通账号，每家门店配置店长、验光师和收银三类角色，总部配置管理员、财务和运营角色，账号数量不另收费。
（5）乙方提供验光档案打印模板、复查短信提醒和会员生日关怀功能，短信通道费用按实际发送量由甲方另行承担。

第三条 付款
（1）合同签订后10个工作日内，甲方一次性支付一次性实施费和首个服务年度订阅费，合计652,000元，乙方收款后启动实施。
（2）第二、第三个服务年度的订阅费，于该服务年度开始前15日内支付。
（3）乙方应在收款前开具增值税专用发票。

第四条 实施与上线验收
（1）乙方应在收到第三条第（1）款款项后75日内完成全部门店上线。
（2）上线验收标准：历史验光档案迁移后抽取每店不少于50条逐项核对，无差异；会员积分余额与原系统一致；收银对接连续14日对账无差错；门店端查询档案响应时间不超过2秒；甲方指定的10家门店店长完成操作考核。
（3）甲方在乙方提交验收申请后10个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收通过。
（4）乙方逾期完成全部门店上线的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。

（5）乙方应为甲方指定项目经理和门店实施小组，按区域分批上线，每批上线前完成门店店员培训并提供操作手册和视频教程。甲方应指定总部联系人，提供历史数据导出文件和收银系统接口资料。
（6）上线后首月，乙方提供工作日远程值守，门店在营业时间内提出的问题应在当日答复。

第五条 服务水平
（1）云服务月度可用率不低于99.95%，计划维护须提前3日通知并安排在22:00至次日7:00之间。
（2）一级故障（全部或多家门店无法调阅档案或收银）乙方须在15分钟内响应、2小时内恢复；二级故障（单店或单一功能异常）须在1小时内响应、8小时内解决。
（3）月度可用率低于承诺值的，当月订阅费按5%抵扣；低于99.5%的，按10%抵扣。一级故障每超出恢复时限1小时，另抵扣2,000元。抵扣在下一期订阅费中结算。

（4）乙方应每月向甲方提供服务报告，列明可用率、故障记录、处理时长和抵扣金额，甲方对报告有异议的，双方在10个工作日内核对确认。
（5）乙方对系统进行版本升级的，应提前7日通知甲方并说明变更内容，不得降低本合同约定的功能和服务水平。

第六条 客户数据
（1）甲方的验光档案、会员信息、消费记录等数据（以下称“客户数据”）属于甲方。
（2）乙方可对客户数据进行去标识化处理后形成统计数据，用于乙方产品改进、算法训练和发布眼视光行业报告，该使用权在合同终止后继续有效。
（3）除本条第（2）款外，乙方不得将客户数据提供给第三方。

（4）甲方有权随时通过系统后台以通用格式导出全部客户数据，乙方应提供导出功能和字段说明，不得为此另行收费。
（5）乙方不得在系统中向甲方会员推送乙方或第三方的广告。

第七条 数据安全
（1）云服务部署在境内数据中心并通过网络安全等级保护三级测评；验光档案及会员手机号加密存储，后台访问实行最小权限和双因素认证，所有访问留存日志不少于180日。
（2）乙方应按《个人信息保护法》履行受托处理者义务，发生个人信息泄露、篡改、丢失的，须在24小时内书面通知甲方，并配合甲方向主管部门报告；因乙方原因导致的，乙方承担由此产生的全部赔偿和处罚责任。
（3）服务终止后30日内，乙方应以通用格式向甲方返还全部客户数据并删除其存储的副本（第六条第（2）款所述统计数据除外）。

第八条 知识产权
（1）“云瞳”平台的知识产权归乙方。
（2）乙方为甲方定制的报表模板、收银接口程序和数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方维护。

第九条 保密
（1）双方对在合作中获知的对方商业秘密，包括门店经营数据、价格政策和技术资料，负有保密义务，保密期至合同终止后三年。

第十条 续期与调价
（1）服务期届满前30日内任何一方未书面提出不再续约的，本合同自动续展一个服务年度，并可依此类推。
（2）每次续展时，乙方有权上调订阅费单价，上调幅度不超过上一服务年度单价的8%，以乙方书面通知为准。

第十一条 责任限额
（1）乙方在本合同项下的累计赔偿责任以本合同总价的两倍为限，但乙方违反第七条或故意、重大过失造成的损失不受此限。

（2）责任限额不适用于乙方依第五条应予抵扣的费用和依第四条第（4）款应支付的违约金。

第十二条 分包
（1）乙方不得将本合同项下实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

第十三条 合同解除
（1）任何一方严重违约，且在收到对方书面通知后15日内未纠正的，守约方有权解除本合同。因乙方违约解除的，乙方退还未履行期间已收取的订阅费。

第十四条 法律适用与争议
（1）本合同适用中华人民共和国法律。
（2）因本合同发生的争议，提交长沙仲裁委员会仲裁。

第十五条 不可抗力与通知
（1）因自然灾害、疫情、政府行为等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，不可抗力期间的停机时间不计入不可用时间，但乙方未按约定做好异地备份的除外。
（2）本合同项下的通知以书面或电子邮件方式发送至双方在合同首部所列地址及项目联系人邮箱。

第十六条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：湖南明视眼镜连锁有限公司（盖章）　　授权代表：________
乙方：长沙云瞳软件科技有限公司（盖章）　　授权代表：________
2025年8月4日
"""

H390Z04 = """城市智慧停车系统运维服务合同

采购项目编号：LCCG-2025-CS-0208（竞争性磋商）
甲方（采购人）：临川市停车管理中心
乙方（供应商）：江西泊联智能科技有限公司

根据临川市城市智慧停车系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方签订本合同。磋商文件、响应文件及成交通知书为本合同的组成部分，内容不一致的，以本合同为准。

1. 服务范围
1.1 运维对象：全市8,600个路内泊位的地磁检测器和高位视频桩，42个路外停车场出入口设备，城市停车综合管理平台、停车诱导屏及“临川停车”小程序。
1.2 服务内容：设备巡检、故障维修和备件更换；平台及小程序的日常运维、补丁更新、数据备份；派驻6名现场运维人员，工作日8:00至20:00值守，其余时间电话值班；每月提交运维报告。
1.3 服务期为两个服务年度，自2025年10月1日起至2027年9月30日止。期满后本合同终止，不自动续期。

1.4 乙方应在服务期开始前提交运维服务方案，内容包括组织架构、巡检计划、备件清单、应急预案和交接计划，经甲方确认后执行。
1.5 乙方每月至少对全部路内泊位设备完成一次巡检，对路外停车场出入口设备每周巡检一次，并在运维平台记录巡检结果和照片。

2. 服务费用
2.1 每个服务年度运维费用为人民币1,240,000元，其中设备运维612,000元、平台及小程序运维286,000元、驻场人员342,000元。
2.2 两个服务年度合同总价为人民币2,480,000元，已包含人工、备件、交通、税费等全部费用。单件价值超过3,000元的设备整机更换，由甲方另行采购。

2.3 服务期内，甲方新增的泊位和停车场纳入运维范围的，新增部分按本合同单价折算增加费用，新增总额不超过合同总价的10%；超过的，双方另行签订补充协议。

3. 付款方式
3.1 运维费按季度支付，每季度末经甲方考核后15个工作日内支付该季度运维费310,000元，考核扣减金额从当季费用中扣除。
3.2 本合同不设预付款。
3.3 乙方应在每次付款前开具合法发票。

4. 服务接管与考核
4.1 乙方应在服务期开始前完成与原运维单位的交接，完成全部设备台账核对、平台账号及文档移交。
4.2 接管验收标准：设备台账与现场逐一核对并标注状态；平台备份恢复演练成功；运维人员全部到岗并通过甲方安全培训。甲方在5个工作日内出具接管验收意见。
4.3 乙方未按期完成接管的，每逾期一日，按合同总价的千分之一支付违约金。
4.4 甲方按季度考核，考核内容为第5条服务水平、巡检记录完整性和运维报告质量，季度考核结果作为付款依据。

4.5 季度考核得分低于80分的，甲方有权约谈乙方并要求限期整改；同一事项连续两次整改不到位的，视为严重违约。
4.6 甲方有权不定期抽查巡检记录和现场设备状态，抽查结果计入季度考核。

5. 服务水平
5.1 停车综合管理平台及小程序的月度可用率不低于99.5%。
5.2 故障分级及时限：
（1）一级故障：平台或小程序整体中断，缴费通道不可用，或同一区域超过200个泊位检测失效。乙方须在30分钟内响应，3小时内恢复。
（2）二级故障：单个停车场出入口或单台诱导屏故障。1小时内响应，8小时内修复。
（3）三级故障：单个泊位设备故障。24小时内修复。
5.3 地磁检测准确率每季度抽测不低于95%。
5.4 月度可用率每低于承诺值0.1个百分点，扣减当季运维费5,000元；一级故障每超时1小时扣减2,000元，二级故障每超时1小时扣减500元。

5.5 遇重大节假日、大型活动或极端天气，乙方应按甲方通知增派人员保障，费用已包含在运维费中。
5.6 乙方每月5日前提交上月运维报告，内容包括可用率统计、故障清单、备件消耗和改进建议。

6. 人员要求
6.1 项目经理须具有8年以上智能交通项目运维经验，驻场人员须持有电工证或相关技术证书。
6.2 乙方更换项目经理须提前15日征得甲方同意，更换其他驻场人员须提前7日书面报甲方备案。

6.3 乙方驻场人员应遵守甲方考勤和工作纪律，着统一工装上岗；在道路上作业时应设置安全警示标志，作业安全由乙方负责。
6.4 乙方应为驻场人员依法缴纳社会保险，乙方与其人员之间的劳动关系与甲方无关。

7. 数据安全
7.1 停车记录、车牌信息、缴费数据及用户手机号等数据属于甲方，乙方仅为履行运维服务使用，不得复制、留存或向第三方提供。
7.2 乙方应遵守甲方网络安全管理制度，运维操作通过甲方堡垒机进行，账号专人专用，禁止将数据导出至个人设备；数据备份按甲方要求异地存放。
7.3 发生数据泄露或网络安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

7.4 服务期满或合同解除后，乙方应在甲方监督下删除其掌握的全部甲方数据，并出具书面删除确认。

8. 保密
8.1 乙方及其人员对履约过程中接触的甲方工作秘密、系统架构和账号口令负有保密义务，乙方应与驻场人员签订保密承诺书。保密义务在合同终止后继续有效。

8.2 乙方应建立驻场人员信息安全培训制度，新进人员上岗前须经甲方信息安全培训并签署承诺书；人员离岗时应立即注销其全部账号和门禁权限。
8.3 甲方有权对乙方的保密和数据安全措施进行检查，乙方应予配合。

9. 知识产权
9.1 乙方在服务期内编写的运维脚本、巡检记录、故障知识库和运维报告归甲方所有，甲方可自由使用并交由后续运维单位使用。

10. 责任限额
10.1 乙方在本合同项下对甲方的累计赔偿总额不超过人民币620,000元。

11. 分包
11.1 乙方不得将本合同项下的服务转包或分包。

12. 合同解除
12.1 乙方连续两个季度考核不合格，或严重违约经甲方书面通知后10日内未改正的，甲方有权解除合同。
12.2 合同解除后，乙方应在15日内完成运维交接，交接期间继续履行服务义务。

13. 法律适用与争议
13.1 本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院起诉。

13.2 因自然灾害、疫情等不可抗力造成设备损坏或服务中断的，乙方应在条件允许后尽快恢复服务，因此产生的可用率损失不予扣减，但乙方应提供相应证明。

14. 其他
14.1 本合同未尽事宜按磋商文件执行。本合同一式五份，甲方三份，乙方两份。

14.2 服务期满或合同解除时，乙方应向甲方或甲方指定的后续运维单位完整移交设备台账、账号口令、运维脚本、知识库和备份数据，并协助完成交接，交接完成前不得撤离驻场人员。
甲方（盖章）：临川市停车管理中心　　负责人：________
乙方（盖章）：江西泊联智能科技有限公司　　授权代表：________
签订日期：2025年9月12日
"""

H390Z05 = """# 食品质量追溯系统软件许可及定制开发合同

**链溯科技标准合同文本（2024修订版）**

合同编号：LS-HT-2025-0766

- 甲方（买方）：广东顺德荣记腊味食品有限公司
- 乙方（卖方）：深圳链溯科技有限公司

鉴于甲方需要建立腊肠、腊肉产品从原料肉进厂到经销商出货的全程追溯体系，乙方拥有“链溯”食品追溯平台并提供定制开发服务，双方经协商一致，按乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“链溯”食品追溯平台软件（标准版）的使用许可，并按甲方需求进行定制开发，提供扫码终端及部署实施服务。

1.2 定制开发内容包括：原料肉批次入库登记、灌肠及烘烤工序数据采集、成品一物一码赋码、经销商扫码出入库、消费者扫码查询页面。

1.3 乙方负责在甲方三个生产车间部署扫码终端和数据采集点，为甲方配置追溯码规则、产品档案及经销商档案，并对甲方生产、仓储和销售人员进行操作培训。

1.4 系统部署在乙方提供的云服务器上，甲方通过浏览器和扫码终端访问。云服务器费用在免费维护期内由乙方承担。

## 第二条 合同价款

2.1 合同价款明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 链溯食品追溯平台软件许可（标准版） | 1套 | 268,000 |
| 2 | 定制开发（工序采集、赋码、经销商模块） | 1项 | 342,000 |
| 3 | 工业扫码终端（PDA） | 20台 | 96,000 |
| 4 | 部署实施 | 1项 | 64,000 |
| | 合计 | | 770,000 |

2.2 合同总价为人民币柒拾柒万元整（¥770,000）。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即500,500元，乙方收到该款项后启动项目。

3.2 系统安装部署完成后5个工作日内，甲方支付剩余合同价款269,500元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方收到每笔款项后10个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在付款前书面提出。

## 第四条 交付

4.1 乙方根据项目进展情况安排交付，计划工期约为90日。该工期仅供双方参考，乙方将尽力按计划完成，但不对具体交付日期作出保证。

4.2 甲方应按乙方要求提供场地、网络和配合人员，因甲方配合原因导致的延误，工期相应顺延。

4.3 甲方应在项目启动后10个工作日内确定项目联系人，并按乙方提供的模板整理原料供应商、产品规格和经销商资料。甲方提出的需求变更，乙方有权另行报价并相应调整工期。

4.4 扫码终端由乙方负责发货至甲方工厂，甲方收货时应当场检查外观和数量，事后提出的异议乙方不予处理。

## 第五条 验收

5.1 系统在甲方现场安装部署完成后，即视为甲方验收合格。

5.2 甲方在安装部署完成后提出的功能意见，乙方将在后续版本中酌情考虑。

5.3 甲方在系统安装部署完成后需要乙方进行培训或现场指导的，乙方可按实际人天另行收费。

## 第六条 知识产权

6.1 “链溯”平台软件及本合同项下定制开发形成的全部程序、源代码、数据库设计及文档，知识产权均归乙方所有。

6.2 乙方授予甲方在本企业内部使用上述软件的非独占、不可转让的许可，甲方不得修改、反向工程或交由第三方维护。

## 第七条 数据

7.1 甲方在系统中录入和产生的原料、生产、销售及追溯数据，由甲方享有。

7.2 甲方同意，乙方有权对上述数据进行脱敏和汇总处理后，用于乙方的行业分析、产品改进及向其他客户提供的增值服务。

7.3 乙方采取防火墙、访问控制、数据加密和每日备份等安全措施保护系统中的数据。如因乙方原因发生数据泄露或丢失，乙方应在24小时内通知甲方，并依照本合同第十一条承担赔偿责任。

## 第八条 售后服务

8.1 乙方提供六个月的免费维护期，自系统安装部署完成之日起计算。免费维护期内，乙方提供远程技术支持及缺陷修复。

8.2 故障响应：一级故障（系统无法登录、无法赋码或扫码）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内响应。

8.3 乙方将尽力在合理时间内修复故障。乙方不因响应或修复超时承担任何扣款、赔偿或违约责任。

## 第九条 维护服务

9.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按乙方当年公布的价格标准执行。

9.2 年度维护服务按服务年度自动续期，甲方未在到期前30日书面提出终止的，视为同意续期，续期费用按乙方届时公布的价格标准执行。

9.3 免费维护期及年度维护期内，乙方提供工作日9:00至18:00的电话和远程支持，现场服务按乙方收费标准另行计费，差旅费用由甲方承担。

9.4 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级，系统可继续使用，但乙方对系统运行不承担任何责任。

## 第十条 分包

10.1 乙方有权将部分开发、实施及运维工作委托乙方选定的合作伙伴完成，无需另行取得甲方同意。

## 第十一条 违约责任与责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下承担的全部责任（包括违约、赔偿及其他责任）累计不超过合同总价的百分之二十。

11.3 乙方不对甲方的利润损失、商誉损失、停产损失及任何间接损失承担责任。

11.4 因甲方提供的资料不准确、甲方人员误操作或第三方网络原因造成的损失，乙方不承担责任。

## 第十二条 保密

12.1 双方应对在合作过程中知悉的对方技术信息和经营信息保密，未经对方书面同意不得向第三方披露，保密期至合同终止后两年。

## 第十三条 合同解除

13.1 一方严重违约且在收到对方书面通知后30日内未纠正的，另一方有权书面通知解除本合同。

13.2 合同解除的，甲方已支付的许可费用及已完成工作对应的费用不予退还。

## 第十四条 争议解决

14.1 因本合同发生的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 不可抗力

15.1 因不可抗力、云服务商故障、电信线路中断等非乙方所能控制的原因导致系统中断或延迟交付的，乙方不承担责任。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准文本，双方另行约定的内容以书面补充条款为准。

甲方（盖章）：广东顺德荣记腊味食品有限公司　　授权代表：________

乙方（盖章）：深圳链溯科技有限公司　　授权代表：________

日期：2025年5月26日
"""

H390E01 = """T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. AMS-CN-2025-07
P:This Agreement is made on 21 July 2025 between:
P:(1) Fenghuang Lanyin Batik Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 12 Tuojiang Road, Fenghuang County, Xiangxi Tujia and Miao Autonomous Prefecture, Hunan Province (the "Buyer"); and
P:(2) Atlas Motif Software SARL, a company incorporated in the Kingdom of Morocco with its registered office at 44 Boulevard Mohammed V, Oujda, Morocco (the "Vendor").
H:Recitals
P:A. The Buyer produces hand-drawn wax-resist batik textiles and wishes to digitise its traditional Miao and Tujia motifs, prepare wax patterns on computer and drive its two wax-pen plotters from the same designs.
P:B. The Vendor publishes the WaxLine pattern design software and has agreed to grant perpetual licences of it, to build a custom motif library and pattern templates for the Buyer, and to install the software and train the Buyer's designers, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the WaxLine Designer application, the WaxLine Plotter Driver module and the WaxLine Pattern Library, in the versions listed in Annex 1, together with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the digitised motif library of the Buyer's traditional patterns, the custom pattern templates, the colour and dye tables, and all documentation prepared specifically for the Buyer.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Buyer Data" means all design files, scanned drawings, photographs, customer orders and other data that the Buyer stores in or processes with the Software.
H:Article 2 Scope
P:2.1 The Vendor shall supply the Software, grant the licences described in Article 3, digitise no fewer than 320 traditional motifs selected by the Buyer's master artisans, build 60 pattern templates for scarves, tablecloths and wall hangings, configure the plotter driver for the Buyer's two plotters, and train eight designers at the Buyer's workshop.
P:2.2 All work other than the digitisation of motifs shall be carried out at the Buyer's premises in Fenghuang. The Vendor's staff shall follow the Buyer's workshop rules and safety instructions.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on eight designer workstations and two plotter control computers at any premises of the Buyer in mainland China.
P:3.2 The Buyer may make backup copies and may move a licence to a replacement computer by notifying the Vendor. The licence survives any termination of this Agreement once the licence fee has been paid.
H:Article 4 Price and Payment
P:4.1 At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY). The Contract Price is CNY 340,000, fixed, inclusive of all taxes, travel and expenses, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|WaxLine Designer perpetual licences, 8 seats at CNY 18,500|148,000
TB:2|WaxLine Plotter Driver perpetual licences, 2 at CNY 23,000|46,000
TB:3|WaxLine Pattern Library perpetual licence|36,000
TB:|Licence subtotal|230,000
TB:4|Motif digitisation and custom pattern templates|84,000
TB:5|Installation, configuration and training|26,000
TB:|Contract Price|340,000
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price (CNY 68,000) within 15 days after signature, against the Vendor's invoice; (b) 45% (CNY 153,000) after installation of the Software on all workstations, which is not acceptance; and (c) the remaining 35% (CNY 119,000) within 20 days after Final Acceptance.
P:4.3 Payments are made by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days after signature and deliver the Custom Deliverables within 120 days after signature.
P:5.2 Acceptance tests shall show that: (a) all 320 motifs open in the Software as editable vector files matching the master drawings approved by the Buyer's artisans; (b) each of the 60 templates scales to the listed product sizes without distortion; (c) both plotters draw a test pattern of 2 square metres with a line deviation of no more than 0.3 mm; (d) the eight designers pass a practical test set by the Buyer; and (e) the Software runs for 20 working days in production without a Severity 1 fault.
P:5.3 When the tests are passed the Buyer shall sign a Final Acceptance certificate within 7 days. Installation, use of the Software in production or payment of any instalment does not amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for 24 months after Final Acceptance. During the warranty period the Vendor shall correct any defect free of charge and provide all updates and remote support.
P:6.2 Severity 1 means that the Software cannot start, cannot open design files or cannot send a pattern to a plotter. The Vendor shall respond to a Severity 1 fault within 2 hours of the Buyer's report, and restore operation within 24 hours. Severity 2 faults (a function fails but a workaround exists) shall be answered within 8 working hours and corrected in the next update.
P:6.3 For each hour by which the Vendor exceeds a response or restoration time for a Severity 1 fault, the Vendor shall pay or credit the Buyer CNY 300.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period the Buyer may order annual support covering updates, defect correction and the service levels of Article 6. The annual support fee is 10% of the licence subtotal, that is CNY 23,000 per year, and is fixed for the first three support years. Any later change requires the written agreement of both parties.
P:7.2 Support is ordered by a purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Custom Deliverables belong to the Buyer from creation. The Buyer may use, modify, reproduce and license them freely, including to other batik workshops of its cooperative. The Vendor shall deliver them in editable source formats.
P:8.2 The Software remains the property of the Vendor, subject to the licence in Article 3.
P:8.3 The Vendor warrants that the Software does not infringe any third party's rights and shall defend and indemnify the Buyer against any such claim.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy it, keep it or disclose it.
P:9.2 The Software is installed on the Buyer's own computers. Remote access by the Vendor is allowed only through a session opened by the Buyer for each case, and is logged. The Vendor shall not take any design file outside the Buyer's systems except the drawings needed for digitisation, which it shall keep encrypted and return or destroy on delivery.
P:9.3 The Vendor shall notify the Buyer within 24 hours of any loss, leak or unauthorised access to Buyer Data in its hands, shall assist the Buyer to contain it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's unpublished motifs and customer lists and the Vendor's source code, and shall not disclose it without prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay Damages
P:11.1 If the Vendor fails to install the Software or to deliver the Custom Deliverables by the dates in Article 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to infringement claims, breach of Article 9 or Article 10, or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Article 11 reach their limit.
P:14.2 On termination by the Buyer the Vendor shall refund the amounts paid for undelivered work and hand over all Custom Deliverables completed so far.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Kingdom of Morocco.
P:15.2 Any dispute arising from this Agreement shall be submitted to the Commercial Court of Oujda, Morocco.
H:Article 16 General
P:16.1 This Agreement is made in English and Chinese. Notices shall be in writing and sent by courier or email to the addresses above. This Agreement takes effect on signature by both parties.
P:Annex 1: Software versions and workstation list. Annex 2: Motif selection list approved by the Buyer's master artisans.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H390E02 = """# ORDER FORM AND GENERAL TERMS

**Petra Gate Ticketing Cloud**

Order Form No. PGT-OF-2025-114

## PART A - ORDER FORM

### A1. Parties

| | |
|---|---|
| Customer | Chishui Zhuhai Trails Tourism Development Co., Ltd., No. 8 Zhuhai Road, Chishui City, Guizhou Province, People's Republic of China |
| Vendor | Petra Gate Software LLC, King Abdullah II Street 17, Jerash, Hashemite Kingdom of Jordan |
| Effective Date | 15 September 2025 |

### A2. Services

The Vendor will provide the Petra Gate Ticketing Cloud (the "Platform") to the Customer for the bamboo-sea hiking trails and the two scenic entrances it operates. The Platform covers online ticket sales through the Customer's WeChat mini-program and official website, timed-entry quotas for each trail, QR-code validation at the entrance turnstiles, group and school bookings, refunds, and daily settlement reports for the Customer's finance team.

Onboarding Services: configuration of the Customer's ticket types, prices and quotas; connection of the Platform to the eleven turnstiles at the East Gate and the West Gate; connection to the Customer's WeChat Pay merchant account; migration of 26,000 season-pass holder records; and two days of training for ticket office staff.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance under A6. At the end of the Subscription Term the subscription renews for one further Subscription Year at the same fees and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

### A4. Fees

At the Customer's request all fees are stated and paid in Chinese Renminbi (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, up to 400,000 tickets per Subscription Year | per Subscription Year, 168,000 x 2 | 336,000 |
| Onboarding Services | one-time | 42,000 |
| Total fees for the Subscription Term | | 378,000 |
| Tickets above 400,000 in a Subscription Year | per ticket | 0.35 |

Fees exclude the payment processing charges of WeChat Pay, which the Customer pays to its payment provider directly.

### A5. Invoicing and Payment

The Onboarding Services fee is invoiced on Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Per-ticket charges are invoiced quarterly in arrears. The Customer pays each invoice within 30 days by bank transfer. No amount is payable before Go-Live Acceptance.

### A6. Go-Live and Go-Live Acceptance

The Vendor will make the Platform ready for Go-Live within 50 days after the Effective Date. Go-Live Acceptance takes place when the following tests have been passed in the Customer's presence: (a) 500 test tickets sold through the mini-program and the website are validated at every turnstile; (b) a full-day settlement report reconciles with the WeChat Pay statement without difference; (c) refunds and group bookings work as described in the Platform documentation; and (d) all season-pass records are checked by the Customer on a sample of 300 records. The Customer signs a Go-Live Acceptance certificate within 5 working days after the tests are passed. Using the Platform for a trial day does not count as Go-Live Acceptance.

If Go-Live Acceptance is delayed beyond the 50 days for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 300 for each day of delay.

### A6a. Peak Season

The Customer's peak seasons are the Spring Festival holiday, the May Day holiday, the summer school holidays and the National Day holiday. The Vendor will not schedule planned maintenance or Platform upgrades during those periods, and will keep a named engineer on call for the Customer on every day of them. The Customer will give the Vendor at least 14 days' notice of any special event, promotion or free-entry day that may cause unusual ticket volumes.

### A7. Customer Contacts

Customer: Mr. Luo, Ticketing Manager. Vendor: Ms. Haddad, Account Director. Either party may change its contact by email.

### A8. Signatures

This Order Form incorporates the General Terms in Part B. If there is a conflict, this Order Form prevails.

For the Customer: ____________________ Date: __________

For the Vendor: ____________________ Date: __________

## PART B - GENERAL TERMS

### B1. Use of the Platform

1.1 The Vendor grants the Customer and its staff a non-exclusive, non-transferable right to use the Platform during the Subscription Term for the Customer's own ticketing operations.

1.2 The Customer shall not resell access to the Platform and shall keep its user passwords secure. The Customer is responsible for the ticket prices and quotas it sets.

### B2. Support and Availability

2.1 The Vendor will use commercially reasonable efforts to keep the Platform available at all times, to schedule maintenance outside the Customer's opening hours where practicable, and to respond to support requests promptly.

2.2 Support requests may be raised through the Vendor's help desk portal or by email. Support is provided in Chinese and English through the Vendor's partner office in Chengdu during Beijing business hours.

2.3 The Vendor does not commit to any specific availability level, response time or resolution time, and no service credits apply.

2.4 The Vendor provides the Customer with an administrator console in which ticket office supervisors can raise and follow support requests, download settlement reports and manage staff accounts. Training materials and release notes are published in Chinese.

2.5 The Vendor may update the Platform from time to time, provided that updates do not remove functions that the Customer uses under this Order Form. Major changes to the ticket purchase pages are announced to the Customer at least 10 days in advance.

### B3. Customer Data

3.1 "Customer Data" means all data entered into or generated by the Platform for the Customer, including visitor names, identity document numbers, mobile numbers, bookings and payment records.

3.2 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Platform and the Onboarding Services and in accordance with the Customer's instructions, and shall not use it for any other purpose.

3.3 The Vendor hosts the Platform and all Customer Data in data centres located in mainland China operated by its hosting provider, and shall not transfer Customer Data outside mainland China.

### B4. Data Security

4.1 The Vendor shall maintain security measures appropriate to personal information, including encryption of identity numbers and mobile numbers at rest and in transit, role-based access, multi-factor authentication for administrative access, access logs retained for at least 180 days, and daily backups. The hosting environment holds a valid MLPS level 3 record.

4.2 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain it, and shall assist the Customer with any report required under the Personal Information Protection Law.

4.3 The Vendor is responsible for all losses, fines and costs of notification suffered by the Customer as a result of a security incident caused by the Vendor or its subcontractors.

4.4 On expiry or termination the Vendor shall return all Customer Data in CSV format within 15 days and then delete it from the Platform and from its backups.

### B5. Subcontractors

5.1 The Vendor may engage subcontractors, including hosting providers, local implementation partners and support partners, to perform any part of the services. The Vendor will inform the Customer by email of the subcontractors it uses from time to time.

5.2 The Vendor remains responsible for the performance of its subcontractors.

### B6. Intellectual Property

6.1 The Platform, including all improvements to it, remains the property of the Vendor.

6.2 The ticket templates, mini-program pages, report layouts and configuration prepared for the Customer during onboarding belong to the Customer, which may use, copy and modify them and let any other provider use them.

### B7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This obligation lasts during the Subscription Term and for three years afterwards.

### B8. Liability

8.1 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term stated in the Order Form.

8.2 The limit does not apply to breach of B4 or B7, to the Customer's obligation to pay fees, or to fraud or wilful misconduct.

### B9. Term and Termination

9.1 This Agreement runs from the Effective Date until the end of the Subscription Term, including any renewal.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.

9.3 If the Customer terminates under 9.2, the Vendor shall refund the unused part of any prepaid subscription fee.

### B10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang in accordance with its rules in force at the time. The award is final and binding on both parties.

### B11. General

11.1 Notices must be in writing and sent to the addresses in the Order Form. This Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.
"""

H390E03 = """T:Equipment Supply and Installation Contract
P:Contract No. CJG-EQ-2025-021 (Buyer's standard form)
P:Buyer: Pujiang Cuiguo Kiwifruit Orchard Co., Ltd., Ganxi Town, Pujiang County, Chengdu, Sichuan Province, People's Republic of China.
P:Supplier: Cedar Coast Integration SARL, Rue du Port 9, Batroun, Lebanon.
P:Background: The Buyer grows kiwifruit on 1,800 mu of orchards and uses drones for artificial pollination during the spring flowering weeks. It wishes to install sensor stations and a positioning base so that pollination flights can be planned on live weather, pollen and canopy data. The Supplier was selected after the Buyer's invitation to quote and has agreed to supply and install the equipment below on the Buyer's standard terms.
H:Section 1 Definitions
P:1.1 "Equipment" means the weather and pollen stations, canopy sensor nodes, LoRa gateways, RTK base stations and spare parts listed in Section 2.
P:1.2 "Software" means the OrchardSense monitoring software licensed under Section 3.3.
P:1.3 "Final Acceptance" means the Buyer's signed certificate under Section 6.3.
P:1.4 "Buyer Data" means all sensor readings, flight logs, maps, orchard records and other data produced by the Equipment or the Software or supplied by the Buyer.
H:Section 2 Scope and Price
P:2.1 The Supplier shall supply, install, configure and calibrate the Equipment, license the Software, connect the system to the Buyer's drone flight planning tool, and train the Buyer's orchard technicians.
P:2.2 At the Buyer's request the price is stated and paid in Chinese Renminbi (CNY). The Contract Price is CNY 774,000, fixed and inclusive of taxes, import duties, freight to the orchard and all expenses:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Weather and pollen monitoring station|12|18,600|223,200
TB:2|Canopy temperature and humidity sensor node|160|1,450|232,000
TB:3|LoRa gateway with solar power kit|6|9,800|58,800
TB:4|RTK base station for pollination drones|2|36,500|73,000
TB:5|OrchardSense monitoring software, perpetual licence|1|86,000|86,000
TB:|Equipment and licence subtotal|||673,000
TB:6|Installation, cabling and mounting|1|78,000|78,000
TB:7|Calibration and technician training|1|23,000|23,000
TB:|Contract Price|||774,000
H:Section 3 Delivery and Licence
P:3.1 The Supplier shall deliver the Equipment to the orchard within 60 days after signature and complete installation within 30 days after delivery, and in any event before 1 March 2026 so that the system is ready for the flowering season.
P:3.2 Title and risk in the Equipment pass to the Buyer on signed delivery at the orchard. Delivery does not mean acceptance.
P:3.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for its orchards, including any orchard it acquires later.
P:3.4 The Supplier shall pack the Equipment for transport on mountain roads, label every item with its installation zone, and deliver the Equipment to the orchard warehouse between 8:00 and 17:00 on working days. The Buyer provides forklift support and a secure storage area.
P:3.5 Installation work in the orchard shall avoid damage to vines, trellises and irrigation lines. Any damage caused by the Supplier's staff shall be repaired at its cost. Work at height shall follow the Buyer's safety rules, and the Supplier shall provide its staff with helmets, harnesses and insurance.
H:Section 4 Payment
P:4.1 10% of the Contract Price (CNY 77,400) is paid as an advance within 15 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 55% (CNY 425,700) is paid within 30 days after delivery and installation of all Equipment.
P:4.3 The remaining 35% (CNY 270,900) is paid within 30 days after Final Acceptance.
P:4.4 The Supplier shall issue a valid invoice for each payment.
H:Section 5 Delay Damages
P:5.1 If the Supplier is late in delivering or installing the Equipment, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under Section 14.
H:Section 6 Acceptance
P:6.1 After installation the system shall run for 21 consecutive days under the Buyer's observation.
P:6.2 Acceptance criteria: (a) every station and sensor node reports to the Software at least every 10 minutes, with no more than 2% of readings missing over the trial run; (b) temperature readings are within 0.3 degrees Celsius and humidity within 3 percentage points of a reference instrument at 20 sample points; (c) the RTK base stations give the drones a fixed position solution within 30 seconds at every flight zone; (d) the flight planning tool receives the data automatically; and (e) the technicians pass a practical test.
P:6.3 When the criteria are met, the Buyer signs a Final Acceptance certificate. Installation, use during the trial run or any payment is not acceptance.
H:Section 7 Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace faulty items free of charge, including parts, labour and shipping, and provide software updates.
P:7.2 The Supplier shall keep a stock of spare sensor nodes and one spare gateway in Chengdu for the warranty period.
P:7.3 If the same item fails three times during the warranty period, the Supplier shall replace it with a new item of the same or a better model. Replaced items become the Supplier's property after the Buyer has removed any Buyer Data from them.
H:Section 8 Service Levels
P:8.1 Severity 1 means a failure of an RTK base station or a gateway, or any fault that stops pollination flight planning. During the flowering season (March to May) the Supplier shall respond to a Severity 1 fault within 1 hour and have a technician on site within 24 hours. At other times the response time is 2 hours and the on-site time 48 hours.
P:8.2 Severity 2 means a fault affecting single sensors. The Supplier shall respond within 8 working hours and repair within 5 working days.
P:8.3 For each hour by which the Supplier exceeds a Severity 1 response or on-site time, it shall pay the Buyer CNY 500, deductible from any amount due.
H:Section 9 Maintenance after Warranty
P:9.1 After the warranty period the Buyer may order maintenance covering the services of Sections 7 and 8. The annual maintenance fee is 7.5% of the equipment and licence subtotal, that is CNY 50,475 per year, fixed for the three years after the warranty. Later changes require the written agreement of both parties.
P:9.2 Maintenance is ordered year by year by purchase order and does not renew automatically.
H:Section 10 Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not sell, share or analyse it for any other purpose.
P:10.2 The Software runs on the Buyer's server at the orchard office. The Supplier's remote access requires the Buyer's approval for each session, uses an encrypted connection with a personal account, and is logged. Default passwords on all Equipment shall be changed at installation.
P:10.3 The Supplier shall report any loss of, or unauthorised access to, Buyer Data within 12 hours, take steps to stop it, and compensate the Buyer for all losses caused by its breach of this Section.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's yields, orchard layout and customer data, and shall not disclose it without written consent, during the Contract and for three years after it ends.
H:Section 12 Intellectual Property
P:12.1 The dashboards, calibration models, flight-zone maps and integration scripts prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand them over with their source files.
P:12.2 The Software and the Equipment firmware remain the property of their owners, licensed to the Buyer under Section 3.3.
H:Section 13 Liability and Subcontracting
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, property damage, breach of Sections 10 and 11, and wilful misconduct, which are not limited.
P:13.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Mounting work by a local contractor approved in writing by the Buyer remains the Supplier's responsibility.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or under Section 5.2.
P:14.2 On termination the Supplier shall refund all amounts paid for Equipment not accepted and shall collect that Equipment at its own cost.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.
H:Section 16 General
P:16.1 This Contract is made in Chinese and English, both equally valid. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 2 October 2025
"""

H390E04 = """# MANAGED SD-WAN SERVICES AGREEMENT

Agreement reference: DNS-CN-0925-03

This Agreement is made on 3 November 2025 between **Jinjiang Haiyun Swimwear Co., Ltd.**, Wuli Industrial Park, Jinjiang, Fujian Province, People's Republic of China (the "Customer"), and **Delta Nile Networks S.A.E.**, Corniche Street 31, New Damietta, Arab Republic of Egypt (the "Provider").

The Customer makes swimwear and beachwear for export and operates a head office, two factories, a fabric warehouse and three showrooms. It wishes to replace its separate leased lines with one managed SD-WAN service connected to its cloud ERP. The parties agree as follows.

## 1. Definitions

1.1 "Service" means the managed SD-WAN service described in clause 2 and Schedule 1.

1.2 "Sites" means the seven Customer locations listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer signs the Network Acceptance certificate under clause 4.

1.4 "Customer Data" means the network configurations, traffic statistics, logs, addressing plans and any other data relating to the Customer's network or business that the Provider receives or produces under this Agreement.

1.5 "Monthly Recurring Charge" or "MRC" and "One-Time Charge" or "OTC" have the meanings given in Schedule 3.

## 2. The Service

2.1 The Provider shall design, supply, install and operate SD-WAN edge devices at every Site, provide dual internet underlay at the head office and the two factories, provide a secure gateway into the Customer's cloud ERP region, and monitor and manage the network from its network operations centre around the clock.

2.2 The Provider shall procure the local broadband circuits from the basic telecommunications carriers named in Schedule 1. Those carriers are approved by the Customer by signing this Agreement. The Provider shall not otherwise subcontract any part of the Service without the Customer's prior written consent.

2.3 Edge devices remain the property of the Provider. The Customer shall provide rack space, power and access for installation and maintenance.

2.4 The Provider shall assign a named service manager to the Customer, who shall hold a monthly service review with the Customer's IT manager, present the monthly report, and agree any improvement actions. The service manager shall speak Chinese or be supported by an interpreter.

2.5 Changes to the Service, such as adding bandwidth at a Site or changing application priorities, are requested through the Provider's portal and carried out within the times in Schedule 2 for Priority 3 requests, without additional charge unless new equipment is needed.

## 3. Term

3.1 The Initial Term is 36 months from the Service Commencement Date.

3.2 After the Initial Term this Agreement continues from month to month at the same charges and on the same terms until either party gives 90 days' written notice.

## 4. Deployment and Network Acceptance

4.1 The Provider shall complete deployment at all Sites within 70 days after the date of this Agreement.

4.2 Network Acceptance tests at each Site shall show: (a) failover between underlay links within 3 seconds without loss of ERP sessions; (b) application priority for ERP and video calls working as configured; (c) latency to the cloud ERP region below 40 milliseconds from the head office and below 60 milliseconds from other Sites; and (d) a 7-day stable run with no Priority 1 incident.

4.3 When all Sites pass, the Customer signs a Network Acceptance certificate. Carrying live traffic before that date does not amount to acceptance.

4.4 If the Provider fails to complete deployment by the date in clause 4.1, it shall pay the Customer CNY 1,200 for each day of delay.

## 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 2. Service availability is measured per Site per calendar month.

5.2 If the Provider misses a service level, it shall credit the Customer the service credits set out in Schedule 2 against the next invoice.

5.3 Planned maintenance shall be announced at least 5 working days in advance and carried out between 00:00 and 06:00 Beijing time, outside the Customer's peak production weeks notified in advance. Planned maintenance carried out in this way is not counted as unavailability.

## 6. Charges and Payment

6.1 At the Customer's request all charges are stated and paid in Chinese Renminbi (CNY), as set out in Schedule 3.

6.2 The OTC is invoiced after the Network Acceptance certificate is signed. The MRC is invoiced monthly in arrears from the Service Commencement Date. Nothing is payable before Network Acceptance.

6.3 The Customer shall pay undisputed invoices within 30 days of receipt.

## 7. Customer Data

7.1 Customer Data belongs to the Customer.

7.2 The Provider shall use Customer Data only to provide the Service and to produce the monthly reports under Schedule 2, and shall not sell it, analyse it for any other purpose or provide it to any third party.

7.3 On expiry or termination the Provider shall hand over the configurations of all edge devices and the addressing plan to the Customer or to a provider it names.

## 8. Intellectual Property

8.1 The network design, site plans, configuration templates and reports prepared for the Customer belong to the Customer, which may use, modify and disclose them, including to a successor provider.

8.2 The Provider's orchestration software and device firmware remain the property of their owners.

## 9. Confidentiality

9.1 Each party shall keep secret any non-public information received from the other party, including the Customer's production volumes, customer names, prices and designs, and may use it only for this Agreement. This obligation lasts for three years after this Agreement ends.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 3.

10.2 Neither party is liable for indirect or consequential loss, such as loss of profit or loss of orders, except in case of wilful misconduct.

## 11. Duration and Ending

11.1 This Agreement may not be terminated by either party before the end of the Initial Term, except under clause 12.2.

11.2 The Customer's remedies for any failure of the Service are the service credits under Schedule 2, the delay payments under clause 4.4 and damages under the law, within clause 10. A breach by the Provider, however serious, does not entitle the Customer to end this Agreement early.

11.3 On expiry the Provider shall cooperate for up to 30 days in the migration of the Sites to another provider.

## 12. Force Majeure

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as typhoon, flood, epidemic or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

12.2 If a force majeure event prevents the Service at all Sites for more than 60 consecutive days, either party may end this Agreement by written notice without liability.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 14. General

14.1 Notices shall be in writing and sent to the addresses above. Changes to this Agreement must be agreed in writing. The Schedules form part of this Agreement.

For the Customer: ____________________

For the Provider: ____________________

## Schedule 1 - Sites and Carriers

| Site | Location | Underlay |
|---|---|---|
| Head office | Jinjiang, Wuli Industrial Park | China Telecom 500M + China Unicom 300M |
| Factory 1 | Jinjiang, Anhai | China Telecom 300M + China Mobile 200M |
| Factory 2 | Shishi, Hongshan | China Telecom 300M + China Mobile 200M |
| Fabric warehouse | Jinjiang, Cizao | China Unicom 200M |
| Showroom Xiamen | Xiamen, Siming District | China Telecom 200M |
| Showroom Guangzhou | Guangzhou, Haizhu District | China Telecom 200M |
| Showroom Shanghai | Shanghai, Changning District | China Unicom 200M |

## Schedule 2 - Service Levels and Priorities

Service availability: at least 99.95% per Site per calendar month, for every Site including the showrooms.

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | A Site or the ERP gateway is down, or both underlay links at a factory fail | 15 minutes | 3 hours |
| Priority 2 | Degraded service at a Site, one underlay link down | 30 minutes | 8 hours |
| Priority 3 | Configuration change or question | Next business day | 3 business days |

Service credits: 5% of the MRC of the Site for each 0.1 percentage point below the availability target, up to 50% of that Site's MRC in the month; CNY 800 for each 30 minutes by which a Priority 1 response or restoration time is exceeded.

The Provider sends a monthly report with availability per Site, incidents and credits.

## Schedule 3 - Charges

| Item | Charge (CNY) |
|---|---|
| MRC, all seven Sites including underlay, devices, NOC management and ERP gateway | 48,600 per month |
| OTC, design, installation and configuration | 56,000 |
| Total Contract Value for the Initial Term (36 x 48,600 + 56,000) | 1,805,600 |

Additional Sites are charged at rates agreed in writing.
"""

H390E05 = """API SUBSCRIPTION AGREEMENT - ENERGY LABEL COMPLIANCE CHECK SERVICE

Agreement No. CBL-NB-2025-046
Date: 10 October 2025

BETWEEN

Ningbo Fengchi Export Trading Platform Co., Ltd., Room 1802, Building 3, Yinzhou Business Centre, Ningbo, Zhejiang Province, People's Republic of China ("Customer")

AND

Cap Bon Labelling Systems SARL, Avenue Habib Bourguiba 58, Nabeul, Tunisia ("Provider")

BACKGROUND

The Customer runs an export platform through which about 140 manufacturers in Cixi and Yuyao sell hair dryers, hair straighteners and small heating appliances to retailers in the European Union, the United Kingdom and the Middle East. Before a product listing is published, the platform must check that the energy label data, the product information sheet and the declared test values are complete and consistent with the rules of the destination market. The Provider operates an online rules engine that performs these checks through an application programming interface. The Customer wishes to subscribe to it and to have it connected to its listing workflow.

1. DEFINITIONS

1.1 "API Service" means the Provider's energy label compliance check interface, its rule library for the destination markets listed in the Schedule, the developer portal and the monthly rule updates.

1.2 "Integration" means the connection of the API Service to the Customer's listing workflow, the mapping of the Customer's product attributes to the Provider's data model, and the custom rule sets described in clause 3.2.

1.3 "Integration Acceptance" means the Customer's written confirmation under clause 4.3.

1.4 "Subscription Year" means the period beginning on the date of Integration Acceptance and ending on the day before its first anniversary, and each following period between two anniversaries.

2. SUBSCRIPTION

2.1 The Provider grants the Customer and the manufacturers using its platform the right to submit product records to the API Service during the Subscription Term.

2.2 The Subscription Term is two Subscription Years, the first beginning on the date of Integration Acceptance.

2.3 The Agreement ends at the end of the Subscription Term. Any further subscription requires a new written agreement.

3. INTEGRATION

3.1 The Provider shall complete the Integration within 45 days after the date of this Agreement.

3.2 The Provider shall build custom rule sets for the Customer's product catalogue, covering the attribute names, units and document types used by the manufacturers on the platform, and shall deliver them with their documentation.

3.3 If the Provider fails to complete the Integration by the date in clause 3.1 for reasons not caused by the Customer, it shall pay the Customer CNY 80 for each day of delay until Integration Acceptance.

4. ACCEPTANCE

4.1 The Provider shall notify the Customer when the Integration is ready for testing.

4.2 The acceptance tests are: (a) a test set of 2,000 product records chosen by the Customer is checked, and every result matches the expected result prepared by the Customer's compliance team; (b) the median response time of the API Service is below 800 milliseconds and 95 in every 100 calls answer within 2 seconds under a load of 20 calls per second; (c) every rejected record carries a reason code and a reference to the rule applied; and (d) the custom rule sets and their documentation have been delivered.

4.3 The Customer shall confirm Integration Acceptance in writing within 10 working days after the tests are passed, or state the failures. Use of the API Service in production before that confirmation is not acceptance.

4.4 If the tests fail, the Provider shall correct the failures and repeat the tests within 10 working days. The Customer may take part in every test and may add test records to the test set for checks that failed.

5. FEES AND PAYMENT

5.1 At the Customer's request all fees are stated and paid in Chinese Renminbi (CNY). The fees are set out in the Schedule.

5.2 The Integration fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears, a quarter of the annual fee for each quarter. Checks above the included volume are invoiced quarterly in arrears at the rate in the Schedule.

5.3 The Customer pays each invoice within 30 days after receipt. No fee is payable in advance.

6. SERVICE LEVELS

6.1 The API Service shall be available at least 99.95% of the time in each calendar month, excluding maintenance announced 3 days in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Priority 1 means that the API Service is unavailable or returns errors for more than 5% of calls. The Provider shall respond to a Priority 1 incident within 30 minutes, 24 hours a day, and restore the service within 3 hours. Priority 2 means that a single rule or market returns wrong results; the Provider shall respond within 2 hours and correct it within 2 working days.

6.3 If monthly availability falls below the target, the Provider shall credit 10% of the monthly portion of the subscription fee for each started 0.1 percentage point of shortfall, up to the whole monthly portion. For each hour by which a Priority 1 restoration time is exceeded, the Provider shall credit CNY 500.

6.4 The Provider shall publish each monthly rule update on the developer portal at least 10 days before it takes effect, with a list of changed rules and the legal source of each change, and shall keep the previous rule version available for testing for 30 days.

6.5 The Provider sends the Customer a monthly service report showing availability, response times, incidents, credits and the number of checks made.

7. CUSTOMER DATA AND SECURITY

7.1 "Customer Data" means all product records, test reports, manufacturer names and other data submitted to the API Service, and all results produced from them.

7.2 Customer Data belongs to the Customer. The Provider shall process it only to provide the API Service and shall not use it to build or improve rules for other customers, to compile statistics or for any other purpose.

7.3 The Provider shall process Customer Data on servers located in mainland China, encrypt it in transit and at rest, restrict access to named engineers using multi-factor authentication, keep access logs for 180 days, and delete submitted records within 30 days after the check unless the Customer asks for longer storage.

7.4 The Provider shall notify the Customer within 24 hours after it becomes aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and bear all losses and costs of the Customer caused by a security breach for which the Provider is responsible.

8. INTELLECTUAL PROPERTY

8.1 The API Service and its general rule library remain the property of the Provider.

8.2 The custom rule sets and the attribute mapping prepared for the Customer under clause 3.2 belong to the Customer, which may use, modify and license them freely, including with another provider.

9. LIABILITY

9.1 The Provider's total liability under this Agreement is limited to the subscription fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 The limit in clause 9.1 does not apply to breach of clause 7, to infringement of third-party rights, or to fraud or wilful misconduct.

9.3 Neither party is liable for loss of profit or indirect loss.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the API Service or the Integration, or any part of them, without the Customer's prior written consent, and remains responsible for any approved subcontractor.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.

11.2 The Customer may also terminate by written notice if monthly availability is below 99.5% in any two months of a Subscription Year.

11.3 On termination or expiry the Provider shall return all Customer Data and the custom rule sets in a machine-readable format within 10 days and then delete its copies.

11.4 The Customer's right to terminate under clause 11.1 or 11.2 does not affect any credits or delay payments already due.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

13. GENERAL

13.1 Notices must be in writing and sent to the addresses above or to the email addresses named by each party. This Agreement may be amended only in writing signed by both parties. The Schedule forms part of this Agreement.

13.2 Neither party may assign this Agreement without the written consent of the other party. If any provision of this Agreement is held invalid, the other provisions remain in force.

SCHEDULE - SERVICE DESCRIPTION AND FEES

Destination markets covered: European Union (energy labelling and ecodesign information for hair care appliances), United Kingdom, Saudi Arabia, United Arab Emirates.

Fees (CNY):

Subscription fee, per Subscription Year, including 300,000 checks: 126,000
Subscription fees for the Subscription Term (2 Subscription Years): 252,000
Integration, including custom rule sets (one-time): 24,000
Total fees for the Subscription Term: 276,000
Checks above the included volume: 0.28 per check

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

FILES = {  # key: (file name, format)
    "h390z01": ("h390z01_open_data_platform_gov_tender.pdf", "pdf"),
    "h390z02": ("h390z02_ceramics_tunnel_kiln_control_retrofit.docx", "docx"),
    "h390z03": ("h390z03_optical_chain_refraction_records_saas.txt", "txt"),
    "h390z04": ("h390z04_city_smart_parking_annual_om.txt", "txt"),
    "h390z05": ("h390z05_sausage_plant_traceability_supplier_template.md", "md"),
    "h390e01": ("h390e01_batik_wax_pattern_perpetual_licences.pdf", "pdf"),
    "h390e02": ("h390e02_bamboo_trail_ticketing_saas_order_form.md", "md"),
    "h390e03": ("h390e03_kiwi_orchard_pollination_sensors.docx", "docx"),
    "h390e04": ("h390e04_swimwear_managed_sdwan_service.md", "md"),
    "h390e05": ("h390e05_hair_dryer_energy_label_api_subscription.txt", "txt"),
}
SRC = {"h390z01": H390Z01, "h390z02": H390Z02, "h390z03": H390Z03, "h390z04": H390Z04, "h390z05": H390Z05,
       "h390e01": H390E01, "h390e02": H390E02, "h390e03": H390E03, "h390e04": H390E04, "h390e05": H390E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(**kw):
    assert set(kw) == set(TERM_KEYS), set(TERM_KEYS) ^ set(kw)
    return {k: kw[k] for k in TERM_KEYS}


# label data: (category, terms, extra, tco) -- tco: None (not applicable / not computable) or dict(fee_per_year)
L = {}
L["h390z01"] = ("software", terms(
    availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
    prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
    warranty_months=36, post_warranty_fee_pct=9, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=2430000), dict(fee=1286000 * 0.09))
L["h390z02"] = ("hardware", terms(
    availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
    prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
    warranty_months=6, post_warranty_fee_pct=22, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1850000), dict(fee=1480000 * 0.22))
L["h390z03"] = ("cloud", terms(
    availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
    prepayment_pct=652000 / 1520000 * 100, acceptance_clause=True, final_payment_on_acceptance=None,
    warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1520000), None)
L["h390z04"] = ("services", terms(
    availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=620000 / 2480000 * 100,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
    warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2480000), None)
L["h390z05"] = ("software", terms(
    availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
    buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=20,
    prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
    warranty_months=6, post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
    subcontract_without_consent=True, governing_law=None, contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
         contract_value=770000), None)
L["h390e01"] = ("software", terms(
    availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
    prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
    warranty_months=24, post_warranty_fee_pct=10, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="Morocco", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=340000), dict(fee=230000 * 0.10))
L["h390e02"] = ("cloud", terms(
    availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=300 / 378000 * 100, liability_cap_pct=200,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
    warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=378000), None)
L["h390e03"] = ("hardware", terms(
    availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
    prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
    warranty_months=36, post_warranty_fee_pct=7.5, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=774000), dict(fee=673000 * 0.075))
L["h390e04"] = ("services", terms(
    availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=1200 / 1805600 * 100, liability_cap_pct=150,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
    warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1805600), None)
L["h390e05"] = ("cloud", terms(
    availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=80 / 276000 * 100, liability_cap_pct=6 / 24 * 100,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
    warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=276000), None)

EXPECTED = {
    "h390z01": [],
    "h390z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h390z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
    "h390z04": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h390z05": ["CR-ACCEPTANCE", "CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                "CR-SUBCONTRACT", "CR-WARRANTY"],
    "h390e01": ["CR-GOVERNING-LAW"],
    "h390e02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h390e03": [],
    "h390e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h390e05": ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-LIABILITY-CAP"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
FOREIGN_FORUM = {"h390e01"}  # forum outside mainland China (Oujda)
HORIZON = 5


def tco(key):
    cat, t, x, tc = L[key]
    if t["contract_kind"] != "goods_or_licence" or tc is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * tc["fee"]
    total = x["contract_value"] + fees
    return dict(post_years=years, fees=fees, total=total, share=fees / total * 100)


def derive(key):
    """The rules of policy.md §3 applied to the label, as a procurement engineer reads them."""
    cat, t, x, _ = L[key]
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def off_thresholds(key):
    cat, t, x, _ = L[key]
    bad = []
    for k, v in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                 ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                 ("post_warranty_fee_pct", 15)):
        if t[k] is not None and abs(t[k] - v) < 1e-9:
            bad.append(k)
    tc = tco(key)
    if tc and (abs(tc["share"] - 40) < 1e-9 or abs(tc["post_years"] - 5) < 1e-9 and False):
        bad.append("tco_share")
    return bad


# ---- threshold figures in the text: digits, Chinese numerals and words
CN = "〇零一二三四五六七八九十百千两"
PATTERNS = [
    ("99.9", r"(?<![\d.])99\.90*(?![\d])"),
    ("4 hours", r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)"),
    ("4 hours", r"(?<![" + CN + r"])四\s*个?\s*小时"),
    ("4 hours", r"\bfour[\s-]+(?:\w+\s+)?hours?\b"),
    ("4 hours", r"(?<![\d.])240\s*(?:分钟|minutes?\b|min\b)"),
    ("0.05%", r"(?<![\d.])0?\.050*\s*(?:%|％|per\s*cent|percent)"),
    ("0.05%", r"万分之五(?![十])|千分之零点五|0\.5\s*‰"),
    ("100%", r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("100%", r"百分之(?:一)?百|one\s+hundred\s+per\s*cent"),
    ("30%", r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("30%", r"百分之三十(?![一二三四五六七八九])|(?<![" + CN + r"])三成|\bthirty\s+per\s*cent"),
    ("12 months", r"(?<![\d.])12\s*(?:个月|months?\b|-month)|(?<![" + CN + r"])十二个月|\btwelve[\s-]+(?:\w+\s+)?months?\b"),
    ("one year", r"一年|\bone[\s-]+year\b|(?<![\d.])1\s*(?:年|years?\b|-year)|\bannual\s+term\b"),
    ("15%", r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之十五(?![点])|\bfifteen\s+per\s*cent"),
    ("40%", r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之四十(?![一二三四五六七八九点])|\bforty\s+per\s*cent"),
    ("5 years", r"(?<![\d.])5\s*(?:年|years?\b|-year)|(?<![" + CN + r"])五\s*年|\bfive[\s-]+years?\b"),
    ("60 months", r"(?<![\d.])60\s*(?:个月|months?\b|-month)|(?<![" + CN + r"])六十个月|\bsixty\s+months\b"),
]
RX = [(name, re.compile(p, re.I)) for name, p in PATTERNS]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in RX:
            for m in rx.finditer(variant):
                hits.append((name, m.group(0)))
    return sorted(set(hits))


def selftest():
    must_hit = ["99.9%", "99.90 %", "4小时", "4 个小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour",
                "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%",
                "百分之三十", "三成", "30 per cent", "12个月", "十二个月", "12 months", "twelve months", "一年",
                "one year", "one-year", "1年", "15%", "百分之十五", "15 per cent", "40%", "百分之四十", "5年", "五年",
                "5 years", "five years", "five-year", "60个月", "六十个月", "60 months"]
    must_miss = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "1.5%", "0.055%",
                 "四十二个月", "2025年", "十五年", "36 months", "120 months", "230%", "45%", "35%", "130%", "25%",
                 "万分之八", "千分之一", "两个服务年度", "2 Subscription Years", "24 months", "6 months", "1,500",
                 "2015年", "240,000", "0.4 hours", "14 days", "百分之二十", "1,400%"]
    for s in must_hit:
        assert scan(s), ("regex misses", s)
    for s in must_miss:
        assert not scan(s), ("regex hits", s, scan(s))


def readback(path):
    ext = path.suffix
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for key, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    for key, (name, fmt) in FILES.items():
        cat, t, x, _ = L[key]
        rules = derive(key)
        assert rules == sorted(EXPECTED[key]), (key, rules, EXPECTED[key])
        fired |= set(rules)
        zh = key[4] == "z"
        label = {"file": name, "language": "zh" if zh else "en", "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        text = readback(OUT / name)
        n = len(text) if zh else len(text.split())
        lo, hi = (2800, 3300) if zh else (1500, 1700)
        ok = lo <= n <= hi
        hits = scan(text) + scan(SRC[key])
        bad = off_thresholds(key)
        tc = tco(key)
        print("%-62s %5d %s  risk=%-6s %s%s" % (name, n, "chars" if zh else "words", risk(rules),
                                                ", ".join(rules) or "(none)",
                                                "  TCO share %.2f%%" % tc["share"] if tc else ""))
        if not ok:
            problems.append((name, "length", n))
        if hits:
            problems.append((name, "threshold figure", sorted(set(hits))))
        if bad:
            problems.append((name, "label on threshold", bad))
    missing = set(SEVERITY) - fired
    print("rules never fired:", sorted(missing) or "none")
    for p in problems:
        print("PROBLEM", p)
    assert not missing and not problems


if __name__ == "__main__":
    main()
