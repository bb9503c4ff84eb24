"""holdout356: ten ordinary draft contracts (5 zh, 5 en) with sidecar labels. Writes every file of this folder except
NOTES.md. Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:数字档案馆系统建设项目采购合同
P:合同编号：SDA-ZC-2025-017        采购方式：公开招标
P:甲方（采购人）：临川市档案局        地址：临川市文昌路88号
P:乙方（供应商）：江右典藏信息技术有限公司        地址：南昌市高新区艾溪湖北路302号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件（项目编号LCZC2025-G041）、乙方投标文件和中标通知书，双方就临川市数字档案馆系统建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供数字档案管理系统及电子档案长期保存模块的软件许可，完成馆藏数字化成果的数据迁移、与市政务OA系统及电子文件归档接口的开发，并负责部署、实施和培训。
P:1.2 系统部署于甲方机房的政务外网服务器及国产化环境，须符合DA/T 70、DA/T 92等档案行业标准以及招标文件技术需求。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾肆万元整（¥2,340,000），为固定总价，含税费、运输、部署、培训及质保期内的全部服务费用。分项如下：
P:数字档案管理系统软件许可（永久，不限用户数）  ¥1,280,000
P:电子档案长期保存模块许可（永久）  ¥360,000
P:软件许可小计  ¥1,640,000
P:存量数据迁移（约420万条目录及对应影像）  ¥420,000
P:OA及电子文件归档接口开发  ¥186,000
P:部署实施及培训  ¥94,000
P:合计  ¥2,340,000
P:2.2 除本合同另有约定外，甲方无须另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即¥468,000。
P:3.2 系统上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,053,000。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥819,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方以国库集中支付方式付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成系统部署及数据迁移，并提交初步验收申请。
P:4.2 乙方应在实施前提交实施方案、迁移方案及回退预案，经甲方书面确认后执行。
H:第五条 验收
P:5.1 初步验收由甲方组织，检验内容包括：功能清单逐项测试全部通过；迁移数据与源数据逐条比对，目录条目一致率及影像挂接正确率均须达到招标文件要求；在300个并发用户下常用检索响应时间不超过2秒；OA归档接口连续10个工作日无丢失、无重复。
P:5.2 初步验收合格后系统试运行60日，试运行期间未发生一级故障且遗留问题全部整改完毕的，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 系统上线、甲方使用系统或支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、现场及远程技术支持。
P:6.2 服务水平：系统月度可用率不低于99.95%；一级故障（系统无法登录或检索、数据可能丢失）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥1,500，从应付款或履约保证金中扣除。
P:6.4 质保期满后，甲方如需续购运维服务，年度运维费不超过软件许可小计的10%（即每年¥164,000），质保期满后三个年度内不上调。续购与否由甲方决定，不自动续期。
H:第七条 知识产权
P:7.1 软件产品的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的接口程序、迁移脚本、配置文件及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。乙方保证交付成果不侵犯第三方权利。
H:第八条 数据安全
P:8.1 档案目录、电子文件、影像及系统日志等全部数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及档案安全管理规定，实施人员须签署保密承诺，仅在甲方机房通过堡垒机操作，不得将数据拷贝出甲方网络；迁移介质使用完毕后当场销毁。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:乙方对在履行合同中知悉的甲方工作秘密、档案内容及网络信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条不因合同终止而失效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交初步验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:10.3 乙方提供的系统不符合合同约定的，甲方有权要求更换、修复，并由乙方赔偿甲方因此遭受的损失。
H:第十一条 分包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或发生重大违约且经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有档案信息化项目经验的项目经理一名，项目经理在实施期间每周不少于三个工作日驻场，未经甲方同意不得更换。
P:14.2 乙方应按周提交项目进度报告，记录已完成工作、存在问题及下周计划；甲方有权对实施人员的工作质量提出更换要求。
P:14.3 乙方负责对甲方系统管理员及档案业务人员分别进行培训，培训不少于40人次，并提供中文操作手册和管理员手册。
P:14.4 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方协商确定合同是否继续履行。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分，与本合同不一致的，以本合同为准。
P:15.2 本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：临川市档案局        乙方（盖章）：江右典藏信息技术有限公司
P:法定代表人或授权代表：________        法定代表人或授权代表：________
P:签订日期：2025年6月18日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """T:辊道窑烧成控制系统改造合同
P:合同编号：GYT-JG-2025-0609
P:甲方：佛山市南庄恒瓷陶瓷有限公司        乙方：广东炉控智能装备有限公司
P:甲方现有两条280米辊道窑，温控依赖人工调节，烧成温差大、燃气单耗偏高。经技术交流和商务谈判，甲方委托乙方对两条窑炉的烧成控制系统进行改造。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）乙方负责两条辊道窑的PLC控制系统、测温仪表、燃烧器比例调节阀组及变频器的供货、安装、接线与调试，配套上位机监控系统及组态软件，并完成烧成曲线优化。
P:（二）改造须在甲方安排的停窑检修窗口内完成，每条窑停窑时间不超过7日。
H:二、合同价格
P:（一）合同总价为人民币壹佰肆拾柒万元整（¥1,470,000），含税、运输、安装、调试、培训费用。明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含控制柜）|6套|522,000
TB:2|热电偶及智能温控仪表|1批|186,000
TB:3|燃烧器比例调节阀组|1批|348,000
TB:4|风机变频器|1批|124,000
TB:5|上位机及组态软件许可|2套|96,000
TB:|软硬件小计||1,276,000
TB:6|安装调试|1项|138,000
TB:7|烧成曲线优化服务|1项|56,000
TB:|合计||1,470,000
P:（二）上表价格为固定价格，不因原材料或人工价格波动而调整。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%；签收仅表示数量清点，不构成质量验收。
P:（三）两条窑炉均通过终验后，甲方支付合同总价的45%。
H:四、交货与工期
P:（一）乙方应在合同生效后45日内将全部设备运至甲方厂区。
P:（二）第一条窑炉改造在停窑窗口内完成并恢复生产，第二条窑炉在第一条终验后30日内完成。
H:五、验收
P:（一）每条窑炉改造完成后连续运行15日，达到以下指标即为合格：烧成带各温区实测温度与设定值偏差不超过±3℃；同一截面横向温差不超过5℃；燃气单耗较改造前三个月平均值下降不少于6%；产品一级品率不低于改造前水平；系统无一级故障。
P:（二）甲乙双方共同记录测试数据，由甲方出具书面终验报告。设备安装、点火或投入生产均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改后重新验收，整改所生费用由乙方承担。
H:六、质量保证与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内设备及软件出现故障，乙方免费维修或更换。
P:（二）故障响应：一级故障（窑炉停烧或温控失灵）乙方应在1小时内响应，3小时内到场；二级故障8小时内到场。乙方超时到场的，每超时1小时向甲方支付¥800。
P:（三）质保期满后，乙方继续提供维保服务（含备件、巡检、软件升级、7×24小时电话支持），维保费为每个服务年度人民币331,760元，即软硬件小计的26%，按服务年度预付。该费用在质保期满后的四个服务年度内固定不变。
P:（四）维保服务的故障响应标准与本条第（二）项相同。
H:七、分包
P:乙方可将设备安装、电缆敷设及保温恢复等工作分包给具有相应资质的单位，分包前书面通知甲方即可，乙方对分包单位的工作向甲方负责。
H:八、知识产权
P:（一）组态软件产品的著作权归原厂所有，甲方获得永久使用许可。
P:（二）乙方为本项目编写的PLC程序、组态画面、烧成曲线参数及源程序，知识产权归甲方所有，乙方应在终验时一并移交，甲方可自行修改或交由他人维护。
H:九、数据安全
P:（一）窑炉运行数据、烧成曲线、能耗数据及配方参数归甲方所有，乙方仅为履行本合同使用，不得向第三方提供。
P:（二）乙方远程维护须经甲方逐次批准，通过甲方指定的VPN接入并全程留痕；乙方应确保其接入终端无恶意程序。
P:（三）发生数据泄露或因乙方原因导致控制系统遭受网络攻击的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:十、保密
P:乙方对甲方的工艺参数、配方、产量及经营信息负有保密义务，未经甲方书面同意不得披露，保密期限至相关信息公开为止。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金。
P:（二）因乙方原因导致窑炉停烧的，乙方除承担修复费用外，还应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、合同解除
P:（一）乙方逾期超过20日，或乙方严重违约经书面催告后10日内仍未改正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:（二）甲方逾期付款超过60日的，乙方有权解除合同。
H:十三、安全生产、培训与资料
P:（一）乙方进入甲方厂区施工，应遵守甲方安全生产、动火作业和高温区域管理制度，施工人员须持证上岗并购买意外伤害保险。因乙方原因发生的安全事故，由乙方承担全部责任。
P:（二）涉及燃气管路的作业，乙方应提前提交作业方案，经甲方能源部门审批，并在甲方安全员在场时进行；作业完成后须进行气密性检测并形成记录。
P:（三）乙方应在每条窑炉恢复生产前对甲方窑炉操作工、电工及工艺员进行培训，内容包括系统操作、报警处理、烧成曲线调整和日常点检，每条窑炉培训不少于3个班次，并经甲方考核合格。
P:（四）乙方应在终验时向甲方移交：电气原理图、接线图、PLC程序及组态工程文件备份、设备说明书、备品备件清单、调试记录及烧成曲线参数表。技术资料不全的，甲方可拒绝出具终验报告。
P:（五）乙方应在质保期内在佛山设立备件库，常用备件库存不少于备件清单所列数量，保证更换备件在24小时内到位。
P:（六）因不可抗力导致任何一方不能履行合同的，应及时通知对方并提供证明，双方根据影响程度协商延期履行或部分免除责任。
P:（七）乙方应在合同生效后10日内提交改造实施方案，包括停窑计划、设备安装位置图、旧设备拆除方案、应急恢复预案及人员安排。实施方案经甲方生产、设备、能源三个部门会签后执行。
P:（八）改造期间拆除的旧仪表、旧阀组及电缆归甲方所有，乙方应清点后移交甲方仓库，不得自行处置。
P:（九）乙方应保证新系统保留手动操作模式，在上位机或网络故障时窑炉仍可由操作工在现场控制柜上维持烧成，切换过程不得造成断火。
P:（十）乙方应在每条窑炉终验后提交改造效果报告，列明改造前后燃气单耗、烧成周期、温差及一级品率的对比数据，作为甲方内部节能考核的依据。
P:（十一）双方各指定一名项目联系人，负责日常沟通、现场协调和文件签收，联系人变更应提前书面通知对方。
H:十四、法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）本合同未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：佛山市南庄恒瓷陶瓷有限公司        乙方（盖章）：广东炉控智能装备有限公司
P:代表签字：________        代表签字：________        日期：2025年7月3日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
Z03 = """验光及会员管理SaaS服务与实施合同

合同编号：MJ-SaaS-2025-112

甲方：湖南明镜视光连锁有限公司（下称"甲方"）
住所：长沙市开福区湘江中路二段177号

乙方：杭州瞳云软件科技有限公司（下称"乙方"）
住所：杭州市余杭区文一西路998号

鉴于甲方在湖南省内经营35家眼镜门店，拟统一使用云端验光档案及会员管理系统，乙方为该类SaaS服务的提供者，双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方向甲方35家门店开通"瞳云视光"SaaS平台，功能包括验光档案、配镜处方、会员积分、储值卡、复查提醒及门店经营报表。
（2）乙方负责实施服务：历史会员及验光数据迁移、与门店电脑验光仪和收银系统的对接、门店人员培训，以及为甲方定制的总部经营报表。
（3）服务期为三个服务年度，自系统上线验收合格之日起计算。

第二条 费用
（1）订阅费：每家门店每个服务年度人民币6,600元，35家门店合计每个服务年度人民币231,000元，三个服务年度共计人民币693,000元。
（2）实施费：人民币147,000元，一次性支付。
（3）合同总价：人民币840,000元。门店数量增加的，新增门店按同一单价按剩余服务期折算。

第三条 付款
（1）合同签订后7日内，甲方向乙方一次性支付实施费及首个服务年度订阅费，合计人民币378,000元；乙方收款后开始实施。
（2）第二、第三个服务年度的订阅费，甲方应在该服务年度开始前10日内支付。
（3）乙方收款后5个工作日内开具增值税专用发票。

第四条 实施与上线验收
（1）乙方应在收到首期款后60日内完成全部门店的上线。
（2）上线验收标准：历史会员数据迁移完整率与抽检正确率均达到双方确认的迁移方案要求；35家门店的验光仪数据均可自动导入；收银对接连续7日对账无差异；总部经营报表与甲方需求确认书一致。
（3）满足上述标准后，甲方签署上线验收单。门店开始使用不视为验收合格。

第五条 服务水平
（1）平台月度可用率不低于99.95%（计划维护除外，计划维护须提前3日通知且安排在门店营业时间以外）。
（2）一级故障（全部或多家门店无法开单、无法调阅验光档案）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，次日内解决。
（3）可用率低于承诺值的，按当月订阅费的5%至20%分档抵扣；一级故障响应超时的，每次扣减人民币1,000元。

第六条 数据
（1）甲方及其顾客的验光数据、处方、会员信息属于甲方所有。
（2）甲方同意，乙方可将去标识化后的验光及配镜数据用于产品改进、算法训练和行业分析报告，该使用权在本合同终止后继续有效。
（3）乙方应将数据存储于中国境内的云平台，平台通过网络安全等级保护第三级测评；数据传输和存储加密，按最小权限原则管理内部访问并保留审计日志。
（4）发生数据泄露、丢失等安全事件的，乙方应在12小时内通知甲方，配合处置并承担因其过错造成的全部损失。
（5）合同终止后30日内，乙方应向甲方交付完整的数据导出文件，并在甲方确认后删除平台上的甲方数据。

第七条 知识产权
（1）平台软件的知识产权归乙方所有。
（2）为甲方定制的总部经营报表、接口配置及相关文档归甲方所有，甲方可自行使用、修改或交第三方使用。

第八条 保密
双方对在合作中获知的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内继续有效。

第九条 续约
（1）服务期满前30日内任何一方未书面提出不续约的，本合同自动续展一个服务年度，以此类推。
（2）每次续展时，乙方有权根据其当期价格政策上调订阅费，上调幅度不超过上一服务年度订阅费的10%，乙方以电子邮件通知甲方即生效。

第十条 违约责任
（1）乙方未按第四条约定期限完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（2）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金，逾期超过30日的，乙方可暂停服务。
（3）任何一方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因违反第六条、第八条或故意、重大过失造成的损失不受此限。

第十一条 分包
乙方不得将实施服务分包给第三方；确需由第三方完成验光仪对接的，须事先取得甲方书面同意。

第十二条 解除
（1）一方严重违约，经另一方书面通知后15日内仍未纠正的，守约方有权解除本合同。
（2）因乙方违约解除合同的，乙方应按剩余服务期比例退还已收订阅费。

第十三条 运营支持与培训
（1）服务期内，乙方为甲方指定客户成功经理一名，每月与甲方总部召开一次运营例会，通报系统运行、故障处理和功能更新情况。
（2）乙方提供门店服务热线，服务时间为每日8:00至22:00，与甲方门店营业时间一致；营业时间以外的一级故障通过值班电话受理。
（3）乙方在上线前为每家门店至少培训2名验光师和2名店员，上线后一个月内提供远程跟踪辅导；新开门店的培训由乙方免费提供。
（4）乙方发布涉及验光档案、处方打印或会员权益计算的功能变更，应提前15日书面通知甲方，并提供测试环境供甲方确认；未经甲方确认，不得在甲方门店启用。
（5）乙方应每季度向甲方提供服务报告，内容包括可用率统计、故障清单、工单处理时效和改进措施。

（6）甲方总部可在平台上自行设置会员等级、积分规则及门店权限，乙方应提供必要的配置指导；甲方要求乙方代为配置的，每个服务年度内免费提供不超过20人日的配置服务。
（7）乙方应保证平台在甲方门店常用的浏览器、收银电脑及平板设备上正常使用，并在新版本发布前完成兼容性测试。
（8）服务期内乙方平台如增加验光相关的新功能模块，甲方可选择试用，试用期内不另收费，正式启用须双方另行书面约定价格。
（9）甲方门店闭店、搬迁或更名的，甲方可在系统中停用或变更该门店账号，停用门店的订阅费自下一服务年度起不再计收；停用门店的会员和验光数据应继续保留并可在其他门店调阅。
（10）乙方应提供标准数据接口，甲方经书面申请可将会员及验光数据同步至甲方自有的数据仓库，接口调用不另收费。
（11）双方的日常通知可通过电子邮件发送至本合同首页所列联系人，涉及费用、续约或解除的通知须以书面盖章文件送达。

第十四条 不可抗力
因地震、洪水、战争、政府行为等不可抗力导致本合同不能履行的，受影响一方应在3日内通知对方，并在10日内提供证明。不可抗力持续超过30日的，双方可协商解除合同，乙方应退还未履行期间的订阅费。

第十五条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方住所地人民法院起诉。

第十六条 其他
（1）本合同附件包括：门店清单、功能清单、数据迁移方案、报表需求确认书。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：湖南明镜视光连锁有限公司
授权代表：
乙方（盖章）：杭州瞳云软件科技有限公司
授权代表：
签订日期：2025年8月12日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
Z04 = """澧阳市图书馆智慧借阅系统运维服务合同

项目编号：LYCG-2025-CS-0236（竞争性磋商）
合同编号：LYTSG-YW-2025-03

采购人（甲方）：澧阳市图书馆
地址：澧阳市滨湖东路16号

供应商（乙方）：湘楚书联信息服务有限公司
地址：长沙市岳麓区麓谷大道627号

根据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件、乙方响应文件及成交通知书，甲乙双方就澧阳市图书馆智慧借阅系统运维服务达成如下协议。

1. 服务范围
1.1 乙方为甲方提供智慧借阅系统的运维服务，对象包括：图书管理集成系统、RFID自助借还机42台、24小时自助图书馆3座、智能书架及门禁系统、读者服务小程序及其后台。
1.2 服务内容包括：日常巡检、故障处理、系统补丁与版本维护、数据备份与恢复演练、读者证数据核对、设备清洁保养和季度运行分析报告。
1.3 服务期为一个服务年度，自2025年9月1日起至2026年8月31日止。服务期满本合同自动终止，后续服务由甲方另行组织采购。

2. 服务费用
2.1 服务费总额为人民币肆拾捌万陆仟元整（¥486,000），包括人工、差旅、工具、常用易损件及税费。
2.2 易损件以外的设备主要部件更换，由乙方报价、甲方书面确认后另行结算。

3. 付款
3.1 服务费按季度支付，每季度¥121,500。
3.2 每季度结束后，乙方提交运行报告，甲方依据本合同第5条考核确认后15个工作日内支付当季服务费（扣除当季应扣款项）。
3.3 甲方不预付任何款项。

4. 服务接管
4.1 乙方应在服务期开始前完成与原运维单位的交接，包括账号、文档、备份及设备清单的核对，并提交接管报告。
4.2 乙方应配备驻场工程师2名，工作日8:30至18:00驻场，节假日安排值班。

5. 服务水平与考核
5.1 图书管理集成系统及读者小程序月度可用率不低于99.95%。
5.2 一级故障（全馆无法借还、读者数据无法访问或自助图书馆全部停止服务）：15分钟内响应，1小时内到场，3小时内恢复。
5.3 二级故障（单台设备或单项功能故障）：1小时内响应，当日内修复。
5.4 考核扣款：一级故障响应或恢复每超时30分钟扣¥800；月度可用率每低于承诺值0.01个百分点扣¥1,000；巡检缺项每项扣¥300。扣款从当季服务费中扣除。
5.5 季度验收：甲方依据故障记录、巡检记录、备份恢复演练结果和读者投诉处理情况对乙方进行季度考核，考核得分80分以上为合格；不合格的，乙方应在15日内整改。

6. 数据安全
6.1 读者个人信息、借阅记录、馆藏数据及系统日志均归甲方所有，乙方仅为履行本合同访问和处理，不得复制、留存或用于其他目的。
6.2 乙方人员通过甲方堡垒机访问系统，使用个人账号并全程审计；乙方应落实网络安全等级保护第二级要求，不得私自开启远程端口。
6.3 发生或可能发生数据泄露的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任和相应法律责任。
6.4 服务期满时，乙方应交回全部账号、文档和数据副本，并书面确认已删除其持有的甲方数据。

7. 保密
乙方及其人员对服务中知悉的读者信息、甲方网络结构及内部资料负有保密义务，未经甲方书面同意不得向任何第三方披露，该义务在合同终止后持续有效。

8. 成果归属
乙方在服务期内形成的运维文档、脚本、配置记录、分析报告归甲方所有，甲方可自由使用并交由后续服务单位使用。

9. 违约责任
9.1 乙方未按第4.1条按时完成接管的，每逾期一日按服务费总额的千分之二支付违约金。
9.2 乙方连续两个季度考核不合格的，甲方有权另行委托第三方提供服务，所生费用由乙方承担。
9.3 甲方无故逾期付款的，按逾期金额每日万分之二支付违约金。

10. 分包
乙方不得将本合同项下服务转包或分包。

11. 合同解除
11.1 乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。
11.2 因不可抗力致使合同无法履行的，双方可协商解除。

12. 人员与现场管理
12.1 乙方驻场工程师应具备三年以上图书馆自动化系统或RFID设备运维经验，名单及资质证明作为本合同附件；乙方更换驻场人员应提前7日书面告知甲方并经甲方同意，且新人员资质不得低于原人员。
12.2 乙方人员应遵守甲方的作息、着装、安全及读者服务规范，在馆内作业不得影响读者借阅，涉及停机的维护须安排在闭馆时段。
12.3 乙方应建立运维工单制度，所有故障、变更和巡检均须在工单系统中登记，工单记录作为季度考核依据，甲方可随时查阅。
12.4 乙方每季度至少组织一次数据备份恢复演练，演练方案和结果报甲方信息部门确认；每半个服务年度对自助设备进行一次全面保养。
12.5 乙方应在服务期满前30日向甲方提交服务总结和交接清单，配合甲方或后续服务单位完成交接，交接期内乙方继续履行本合同义务。

12.6 乙方应为本项目配备备品备件，包括RFID读写模块、自助机触摸屏、小票打印机及门禁控制器，备件清单作为本合同附件，备件数量不足导致修复超时的，按第5.4条扣款。
12.7 读者证数据核对每月进行一次，核对结果及差异处理情况报甲方读者服务部确认；发现异常借阅记录或异常账号的，乙方应在当日报告甲方。
12.8 乙方应在重大节假日、阅读推广活动及全民阅读月期间增派技术人员值守，确保自助借还和预约功能正常运行，值守安排提前一周报甲方。

12.9 乙方应于每季度首月10日前提交上季度运行分析报告，内容包括设备完好率、借还量统计、故障分布、读者投诉处理情况及改进建议，报告经甲方签认后作为付款依据之一。
12.10 乙方对自助设备进行软件升级或参数调整前，应在测试设备上验证并书面报告甲方，不得在开馆时段进行可能中断服务的操作。
12.11 甲方信息部门负责人为本合同的甲方联系人，负责考核组织、工单确认及与乙方的日常沟通；乙方应指定一名项目负责人，对服务质量和人员管理全面负责，每月至少到馆一次参加运维例会。
13. 不可抗力
因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明；双方根据不可抗力的影响，协商延期履行、部分履行或解除合同。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

15. 其他
15.1 磋商文件、响应文件、成交通知书及本合同附件（设备清单、巡检表、考核细则）均为合同组成部分。
15.2 本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：澧阳市图书馆
乙方（盖章）：湘楚书联信息服务有限公司
签订日期：2025年8月20日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
Z05 = """# 软件产品许可及定制开发合同

> 麻辣通MES标准合同文本 V3.0（乙方范本）

合同编号：MLT-MES-2025-041

**甲方（买方）**：平江县香辣源食品有限公司
**乙方（卖方）**：湖南智造云联软件有限公司

甲方为调味面制品（辣条）生产企业，拟建设生产执行系统（MES）。乙方同意向甲方提供MES软件产品许可及定制开发服务，双方经协商订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"智造云联MES"标准版软件许可一套，覆盖甲方两个生产车间的四条生产线。

1.2 乙方根据甲方需求进行定制开发，包括：配料称重防错、批次追溯与召回、挤压机及包装机数据采集、质检放行流程和车间看板。

1.3 乙方负责系统部署、基础数据导入及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | MES标准版软件许可（永久） | 680,000 |
| 2 | 定制开发（配料防错、追溯、设备采集、质检、看板） | 540,000 |
| 3 | 部署实施及培训 | 90,000 |
| | 合计 | 1,310,000 |

合同总价为人民币壹佰叁拾壹万元整（¥1,310,000）。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，即¥851,500，乙方收款后启动项目。

3.2 系统安装部署完成后5个工作日内，甲方支付合同总价的35%，即¥458,500。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停实施。

## 第四条 交付

4.1 乙方于收到首期款后120日内完成安装部署。

4.2 因需求变更、甲方现场条件不具备或设备厂家不配合导致的延误，交付期相应顺延。

## 第五条 验收

5.1 系统安装部署完成后，乙方书面通知甲方。甲方在收到通知后7日内未提出书面异议的，视为验收合格。

5.2 甲方开始使用系统的，视为验收合格。

## 第六条 免费维护与售后

6.1 乙方自系统安装部署完成之日起提供六个月的免费维护。

6.2 一级故障（系统整体不可用）乙方在接到报修后8小时内响应，二级故障在2个工作日内响应。

6.3 乙方将尽力在合理时间内解决故障，但不对故障处理时间作出承诺，亦不因响应或处理超时承担扣款、赔偿或违约责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准执行。

## 第七条 知识产权

7.1 标准版软件的知识产权归乙方所有。

7.2 定制开发形成的程序、源代码、数据模型、报表模板及文档的知识产权均归乙方所有，乙方授予甲方在本合同项下非独占的使用权。甲方不得修改、反编译或许可第三方使用。

7.3 乙方有权将定制开发成果用于其他客户。

## 第八条 数据

8.1 甲方的生产数据归甲方所有。

8.2 乙方有权在脱敏后使用甲方的生产数据、工艺参数及设备运行数据，用于产品优化和行业解决方案的开发。

8.3 乙方在远程维护时应采取必要的安全防护措施，使用加密通道并记录操作日志；因乙方过错导致甲方数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第九条 保密

双方对合作过程中获知的对方技术信息和经营信息负有保密义务，未经对方书面许可不得披露，保密期限为合同终止后两年。

## 第十条 分包

乙方有权根据项目需要将部分开发或实施工作交由合作伙伴完成，无需事先取得甲方同意。

## 第十一条 违约责任

11.1 因乙方原因逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部责任（包括违约金、赔偿及其他责任）累计不超过合同总价的20%。

11.3 任何情况下乙方均不承担甲方的间接损失、利润损失或停产损失。

## 第十二条 甲方义务

12.1 甲方应指定项目负责人，负责需求确认、资料提供和内部协调，并在乙方提出需求确认要求后5个工作日内书面答复，逾期未答复的，视为确认。

12.2 甲方应提供满足系统运行要求的服务器、网络、工控机及扫码设备，并负责生产设备厂家的协调，确保设备通讯协议开放。

12.3 甲方应组织关键用户参加培训，并按乙方要求准备物料、配方、工艺路线、设备台账等基础数据。因甲方基础数据不完整导致的返工，乙方有权另行收费。

## 第十三条 需求变更及服务约定

13.1 需求规格说明书经甲方签字确认后，甲方提出的任何新增或修改需求均视为需求变更。

13.2 需求变更由乙方评估工作量并报价，按每人日人民币2,800元计费，费用经甲方确认后另行支付，交付期相应顺延。

13.3 乙方对需求变更的评估和实施期间，原交付期自动中止计算。

13.4 乙方交付的标准版功能以乙方产品说明书为准，产品说明书未列明的功能不属于本合同交付范围。

13.5 甲方要求乙方派员驻场的，驻场费用按每人日人民币2,200元另行计算，差旅费用由甲方承担。

13.6 乙方有权对标准版软件进行升级，升级后的功能以乙方届时发布的版本为准，甲方应配合乙方完成升级。

13.7 甲方自行或委托第三方修改系统、调整数据库结构或在系统中安装其他软件的，乙方对由此产生的故障不承担维护义务，恢复工作按人日另行收费。

13.8 乙方提供的培训为一次性培训，共计3天，培训对象不超过15人；甲方需要追加培训的，费用另计。

13.9 甲方应妥善保管乙方提供的软件安装介质、授权文件和账号密码，因甲方保管不善造成的授权失效，由甲方承担重新授权的费用。

13.10 双方往来的通知以电子邮件发送至合同首页所列地址即视为送达，乙方以系统公告方式发布的通知对甲方具有同等效力。

## 第十四条 不可抗力

因不可抗力、政策调整、网络运营商故障或第三方软硬件缺陷导致乙方不能按期履行的，乙方不承担违约责任。

## 第十五条 合同解除

15.1 任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除合同。

15.2 因甲方原因解除合同的，已付款项不予退还。

## 第十六条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地长沙市的人民法院诉讼解决。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同条款为乙方标准条款，双方另有书面约定的除外。

**甲方（盖章）**：平江县香辣源食品有限公司　　代表：________

**乙方（盖章）**：湖南智造云联软件有限公司　　代表：________

签订日期：2025年9月5日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N)
E01 = """T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. VG-JDZ-2025-08
P:This Agreement is made between Jingdezhen Qingyao Ceramic Art Studio Co., Ltd., a company established in the People's Republic of China with its registered office at 12 Taoxi Road, Zhushan District, Jingdezhen, Jiangxi Province (the "Customer"), and Vidrado Software, Lda., a company incorporated in Portugal with its registered office at Rua Formosa 41, 3500-135 Viseu, Portugal (the "Vendor").
P:Recitals. The Customer designs and fires celadon and blue-and-white porcelain and keeps several thousand glaze recipes and firing records in paper notebooks and spreadsheets. The Vendor publishes GlazeLab, a software suite for glaze chemistry calculation, recipe management and kiln-curve planning. The Customer wishes to acquire perpetual licences of GlazeLab, to have it adapted to Chinese raw materials and to its own recipe archive, and the Vendor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means GlazeLab Studio Edition version 6 and the Kiln-Curve Planner module, in object code, with their documentation and the updates released during the Warranty Period.
P:1.2 "Customisation" means the Chinese raw-material library, the conversion of the Customer's recipe archive, the Chinese user interface adjustments and the two custom reports described in Annex 2.
P:1.3 "Customer Data" means the Customer's glaze recipes, oxide analyses, firing logs, test-tile photographs and any other data entered into or produced by the Software for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on eight named workstations at the Customer's premises in Jingdezhen, and on one replacement workstation for each licensed workstation that fails.
P:2.2 The Vendor shall deliver and perform the Customisation, install the Software, migrate the recipe archive and train the Customer's staff, as set out in Annex 1 and Annex 2.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY). The total price is CNY 564,000 (the "Contract Price"), fixed and inclusive of all taxes, travel and expenses. It is made up as follows:
P:Item 1 - GlazeLab Studio Edition perpetual licence, 8 seats at CNY 42,000 - CNY 336,000
P:Item 2 - Kiln-Curve Planner module, perpetual site licence - CNY 64,000
P:Licence subtotal - CNY 400,000
P:Item 3 - Customisation: Chinese raw-material library, recipe archive conversion, custom reports - CNY 118,000
P:Item 4 - Installation and training (two on-site visits of five working days) - CNY 46,000
P:Total Contract Price - CNY 564,000
P:3.2 No other fee, royalty or charge is payable for the Software during the Warranty Period.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 112,800) within 20 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 253,800) within 20 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software has been installed on the licensed workstations and is not acceptance.
P:4.3 The Customer shall pay the balance of 35% of the Contract Price (CNY 197,400) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days and complete the Customisation within 100 days after signature.
P:5.2 The acceptance tests are: (a) every function in Annex 1 works as described; (b) at least 2,000 recipes of the Customer's archive are converted and a random sample of 200 matches the source notebooks in every oxide value; (c) the unity molecular formula calculated by the Software for 30 reference glazes agrees with the Customer's laboratory results within the tolerance stated in Annex 2; (d) the Kiln-Curve Planner exports firing programmes that the Customer's two gas kilns accept; and (e) the two custom reports are produced as specified.
P:5.3 When all tests are passed the Customer shall sign a Final Acceptance certificate within 10 days. Installation, use of the Software in production or any payment does not constitute acceptance. If a test fails, the Vendor shall correct the defect within 15 days and the test shall be repeated at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customisation will conform to Annex 1 and Annex 2 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote support free of charge.
P:6.2 Severity 1 means that the Software cannot be started or Customer Data cannot be opened. The Vendor shall respond to a Severity 1 incident within 2 hours during the Customer's business hours (08:30 to 17:30 Beijing time) and provide a workaround or fix within two business days. Severity 2 incidents shall be answered within one business day.
P:6.3 If the Vendor responds late to a Severity 1 incident, the Vendor shall credit CNY 500 for each hour of delay against the next payment or the support fee.
P:6.4 After the Warranty Period the Customer may order annual support, including updates and the same response times, for a fee of 11% of the Licence subtotal (CNY 44,000 per year). This fee is fixed for the three years following the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Chinese raw-material library, the converted recipe archive, the custom reports and all other results of the Customisation are the property of the Customer from their delivery. The Customer may use, modify and license them freely, also to third parties. The Vendor shall deliver their source files and templates with the Final Acceptance.
P:7.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and bear the resulting costs and damages.
H:Article 8 Customer Data
P:8.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and shall not copy, analyse or use it for any other purpose.
P:8.2 The Software stores Customer Data locally on the Customer's workstations and server; no data is transmitted to the Vendor. Remote support takes place only through a session opened by the Customer, with a one-time password, and the Vendor shall not download Customer Data during such a session.
P:8.3 The Vendor shall keep its support tools free of malicious code, restrict remote sessions to named engineers and keep a log of each session. The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data and shall be liable for all loss caused by a breach of this Article 8.
H:Article 9 Liquidated Damages
P:9.1 If the Vendor fails to complete the installation or the Customisation by the dates in Article 5.1, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:9.2 Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:10.2 This limit does not apply to liability under Article 7.3 or Article 8, to personal injury or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Duration and Termination
P:12.1 This Agreement enters into force on signature. The licences are perpetual.
P:12.2 Neither party may terminate this Agreement once it has been signed. In case of breach, the Customer's remedies are limited to the correction of defects, the liquidated damages under Article 9 and damages within the limits of Article 10.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Portugal.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, by a sole arbitrator, seated in Lisbon, in the English language.
H:Article 14 Training
P:14.1 The Vendor shall train up to twelve of the Customer's glaze technicians and designers in two sessions at the Customer's studio, in English with Chinese interpretation provided by the Vendor, and shall supply the training materials in Chinese.
H:Article 15 Miscellaneous
P:15.1 This Agreement, with Annex 1 (Functional Description) and Annex 2 (Customisation Specification), is the entire agreement between the parties on its subject.
P:15.2 Amendments must be in writing and signed by both parties.
P:15.3 Notices shall be sent by email and registered mail to the addresses above.
P:15.4 This Agreement is made in two English originals, one for each party.
P:For the Customer: Jingdezhen Qingyao Ceramic Art Studio Co., Ltd.  Name: ____________  Title: ____________
P:For the Vendor: Vidrado Software, Lda.  Name: ____________  Title: ____________
P:Date: 22 September 2025
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# ORDER FORM AND GENERAL TERMS - GATEPASS TICKETING SERVICE

Order Form No. TK-ZJJ-0925

## PART A - ORDER FORM

**Customer:** Zhangjiajie Tianmen Skywalk Tourism Development Co., Ltd., No. 8 Ziwu Road, Yongding District, Zhangjiajie, Hunan Province, People's Republic of China ("Customer").

**Provider:** Pagasitikos Digital Systems S.A., 27 Iasonos Street, 38221 Volos, Greece ("Provider").

**Background.** Customer operates a glass suspension bridge and a cliff walkway that receive up to 18,000 visitors a day in peak season. Customer wishes to replace its on-site ticket windows with an online booking, real-name ticketing and turnstile validation service. Provider offers the GatePass cloud ticketing service used by museums and attractions in several countries. This Order Form and the General Terms in Part B form one agreement (the "Agreement").

### A1. Service ordered

GatePass Attractions edition, with: online booking (mini-program and website), timed-entry capacity control, real-name ticket binding with identity document number, group and travel-agency accounts, turnstile validation at 12 gates, refund handling, and daily sales reconciliation reports.

### A2. Subscription Term

Three Subscription Years. The first Subscription Year starts on the Go-Live Date defined in A5. Each further Subscription Year starts on the anniversary of the Go-Live Date.

### A3. Fees

At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| GatePass subscription, 12 gates, unlimited tickets | per Subscription Year | 264,000 |
| Subscription for three Subscription Years | 3 x 264,000 | 792,000 |
| Set-up: configuration, turnstile integration, payment integration, staff training | one-time | 58,000 |
| **Total for the Subscription Term** | | **850,000** |

Payment gateway charges of the payment institutions are borne by Customer directly and are not part of the fees.

### A4. Invoicing and payment

(a) The set-up fee is invoiced on Go-Live Acceptance and paid within 30 days of invoice.

(b) The subscription fee of each Subscription Year is invoiced in four equal quarterly instalments of CNY 66,000 at the start of each quarter of that Subscription Year, payable within 30 days of invoice.

(c) Nothing is payable before Go-Live Acceptance.

### A5. Go-Live and acceptance

(a) Provider will aim to make the Service ready for acceptance testing within 60 days after signature. The dates in this A5 are targets.

(b) Acceptance tests: (i) 2,000 test bookings across all ticket types, including group and refund cases, are processed and reconciled without error; (ii) each of the 12 turnstiles validates a ticket within 1 second in a 30-minute simulated peak; (iii) real-name binding rejects invalid identity numbers; (iv) the daily reconciliation report matches the payment institution's statement for three consecutive days.

(c) When all tests are passed Customer signs a Go-Live Acceptance certificate; the date of signature is the "Go-Live Date". Selling tickets during testing or using the Service does not by itself mean acceptance.

### A6. Contacts

Customer: Head of Information Centre. Provider: Customer Success Manager for Asia-Pacific. Each party may change its contact by email.

Signed for Customer: ____________ Date: ________

Signed for Provider: ____________ Date: ________

## PART B - GENERAL TERMS

### B1. The Service

1.1 Provider shall provide the Service described in A1 to Customer during the Subscription Term, in accordance with the documentation published for the Attractions edition.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to resolve reported problems promptly. Provider does not commit to any particular availability level, response time or resolution time.

1.3 Customer may report problems through the support portal or by email. Support is provided in English and Chinese during Provider's working hours.

1.4 Provider may change the Service from time to time, provided that it does not materially reduce the functions listed in A1.

### B2. Customer obligations

2.1 Customer shall supply and maintain the turnstiles, network connections and ticket-window equipment at its site, and shall keep its user credentials secure.

2.2 Customer is responsible for the ticket prices, capacity limits and refund rules it configures in the Service.

2.3 Customer shall appoint a project lead who answers Provider's configuration questions within three business days and who approves the ticket types, prices, time slots and capacity limits before they are published.

2.4 Customer shall inform Provider at least ten days in advance of any event, holiday promotion or expected peak that may multiply the number of bookings, so that Provider can plan capacity on the hosting platform.

2.5 Customer is responsible for obtaining the visitors' consent required for real-name ticketing and for publishing its own privacy notice on the booking pages, using the template Provider supplies.

### B2A. Support, training and changes

2A.1 Provider shall train up to twenty of Customer's ticket-office staff and supervisors before Go-Live, in Chinese, at the Customer's site or online, and shall supply a Chinese user guide for ticket-office staff and a separate guide for administrators.

2A.2 Provider shall keep the turnstile interface compatible with the turnstile models listed in the Order Form annex. If Customer replaces turnstiles with another model, Provider shall quote for the integration work, which is performed only on Customer's written order.

2A.3 Provider shall announce new releases that change the booking pages or the reports at least seven days before release, by email to Customer's project lead, with release notes in Chinese.

2A.4 Provider shall provide a monthly usage report with the number of bookings, validations, refunds and support requests, and the list of open problems.

### B3. Customer Data

3.1 All data entered into the Service by or for Customer, including visitor names, identity document numbers, contact details, bookings and transaction records ("Customer Data"), belongs to Customer. Provider processes Customer Data only on Customer's instructions and only to provide the Service.

3.2 Provider shall host the Service and Customer Data on a cloud platform located in mainland China that holds an MLPS level-3 filing, shall encrypt Customer Data in transit and at rest, shall restrict access to named support staff with multi-factor authentication, and shall keep access logs for at least six months.

3.3 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not transfer Customer Data outside mainland China.

3.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain it, and shall be responsible for all losses, fines and costs caused by a security incident attributable to Provider or its hosting provider.

3.5 Within 30 days after the end of the Subscription Term Provider shall return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### B4. Intellectual property

4.1 Provider retains all rights in the Service and its software.

4.2 The ticket templates, booking page designs, report layouts and configurations made for Customer belong to Customer, which may use, modify and hand them to any successor provider.

### B5. Confidentiality

5.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement, and disclose it only to its staff and advisers who need to know it and are bound by similar duties.

5.2 These duties continue for three years after the end of this Agreement.

### B6. Subcontracting

6.1 Provider hosts the Service with the mainland cloud provider named in the Order Form annex, which Customer approves by signing. Provider shall not use any other subcontractor for the Service without Customer's prior written consent.

### B7. Liability

7.1 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term stated in A3.

7.2 The limit does not apply to breach of B3 or B5, to personal injury or to wilful misconduct.

7.3 Neither party is liable for loss of profit or indirect loss.

### B8. Term and termination

8.1 This Agreement starts on signature and ends at the end of the third Subscription Year. It does not renew automatically; any further subscription requires a new Order Form.

8.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after being notified.

8.3 If Customer terminates under 8.2, Provider shall refund any fees paid for the period after termination.

### B9. Governing law and disputes

9.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

### B10. General

10.1 This Agreement is the entire agreement between the parties on its subject. Amendments must be in writing.

10.2 Neither party may assign this Agreement without the other party's written consent.

10.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disaster, epidemic measures or government action, provided it notifies the other party promptly and resumes performance as soon as possible.

10.4 Notices under this Agreement are given in writing by email to the contacts in A6 and are effective on the next business day.

10.5 The English text of this Agreement is authoritative.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
E03 = """T:SUPPLY AND INSTALLATION CONTRACT - SOIL MONITORING NETWORK
P:Contract No. GXTG-SM-2025-14
P:Buyer: Guangxi Tiangan Sugarcane Plantation Co., Ltd., Chongzuo, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Agrosonda Sustavi d.o.o., Vukovarska cesta 88, 31000 Osijek, Croatia (the "Supplier").
P:The Buyer farms about 6,000 hectares of sugarcane on red-soil slopes and wishes to irrigate and fertilise by measured soil moisture and nutrient levels. Following the Buyer's invitation to tender, the Supplier has offered to supply and install a wireless soil monitoring network. The parties agree as follows on the Buyer's standard contract form.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission 420 soil sensor nodes (moisture, temperature, electrical conductivity and pH at three depths), 14 LoRaWAN gateways, 6 automatic weather stations and a perpetual licence of the AgroView monitoring platform, to be installed on the Buyer's server.
P:1.2 The Supplier shall train ten of the Buyer's field technicians and two IT staff and shall deliver the as-built node map, the calibration records and the operation manuals in Chinese.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Yuan (CNY). The Contract Price is CNY 1,296,000, fixed, including delivery to the Buyer's sites, import duties, taxes, installation and training. The breakdown is:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Soil sensor node, three-depth probe|420 at 1,680|705,600
TB:2|LoRaWAN gateway with solar power kit|14 at 9,800|137,200
TB:3|Automatic weather station|6 at 23,500|141,000
TB:4|AgroView platform, perpetual licence|1|126,000
TB:|Equipment and licence subtotal||1,109,800
TB:5|Installation, calibration and commissioning|lot|164,000
TB:6|Training and documentation|lot|22,200
TB:|Contract Price||1,296,000
H:Section 3 Payment
P:3.1 10% of the Contract Price within 15 days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price within 30 days after the Installation Certificate. The Installation Certificate confirms that all equipment is installed and transmitting; it is not acceptance.
P:3.3 35% of the Contract Price within 30 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's store in Chongzuo within 75 days after signature and complete installation within 45 days after delivery, outside the harvest season agreed in the installation plan.
P:4.2 The Supplier shall install the nodes at the positions in the Buyer's field plan, with a deviation of not more than 10 metres, and shall restore any furrow or drip line disturbed by the installation.
H:Section 5 Acceptance
P:5.1 After installation the network shall run for 30 days. Final Acceptance requires that: (a) at least 98% of the nodes deliver readings on each day of the run; (b) the moisture readings of 40 nodes chosen by the Buyer agree with gravimetric samples taken by the Buyer within the tolerance of the technical specification; (c) every gateway and weather station reports at the interval specified; (d) the AgroView platform shows alarms for the thresholds set by the Buyer within 5 minutes; and (e) the documentation under 1.2 is delivered.
P:5.2 When the criteria are met the Buyer shall issue a Final Acceptance Certificate within 10 days. Delivery, installation, use of the data or payment does not amount to acceptance. Failed tests shall be repeated after correction at the Supplier's cost.
H:Section 6 Warranty and After-Sales Service
P:6.1 The Supplier warrants all equipment and the platform for 24 months after Final Acceptance and shall repair or replace any defective item free of charge, including transport and field work.
P:6.2 Priority 1 means that a gateway, a weather station or the platform is down, or that more than 20 nodes fail at the same time. The Supplier shall respond to a Priority 1 fault within 2 hours, and have a technician on site within 24 hours, through its service partner in Nanning. Other faults shall be answered within one working day.
P:6.3 If the Supplier responds late to a Priority 1 fault or is late on site, the Supplier shall pay CNY 600 per hour of delay, deducted from any amount due.
P:6.4 After the warranty the Buyer may order annual support at 8% of the equipment and licence subtotal (CNY 88,784 per year), fixed for three years. Support is ordered by purchase order and does not renew automatically.
H:Section 7 Intellectual Property
P:7.1 Firmware and the AgroView platform remain the property of their owners and are licensed to the Buyer perpetually.
P:7.2 The field plan, the calibration models made for the Buyer's soils, the dashboards and the alarm rules configured for the Buyer belong to the Buyer, who may use and modify them freely.
H:Section 8 Field Data
P:8.1 All readings, maps and reports produced by the network belong to the Buyer and may be used by the Supplier only to perform this Contract.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information and shall not disclose it to third parties without prior written consent. This duty continues for three years after the end of this Contract.
H:Section 10 Delay Damages
P:10.1 If the Supplier fails to complete installation by the date under 4.1, the Supplier shall pay delay damages of 0.02% of the Contract Price for each day of delay.
P:10.2 Payment of delay damages does not relieve the Supplier of its obligations.
H:Section 11 Liability
P:11.1 The Supplier is liable for all direct loss caused by its breach of this Contract. Neither party is liable for loss of profit.
H:Section 12 Subcontracting
P:12.1 The Supplier's service partner in Nanning named in the tender is approved by signature. Any other subcontracting requires the Buyer's prior written consent.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not remedy the breach within 20 days after notice, or if the delay under Section 10 exceeds 60 days.
P:13.2 On such termination the Supplier shall refund the amounts paid for undelivered or rejected items.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:Section 15 Reports
P:15.1 During the warranty the Supplier shall send the Buyer a quarterly report on the health of the network: nodes offline, battery levels, calibration drift detected, faults and their resolution times, and recommended maintenance before the rainy season.
P:15.2 The Supplier shall keep a fault log in the AgroView platform that the Buyer can inspect at any time, showing for each fault the time of the report, the response, the arrival on site and the repair.
P:15.3 Each party shall name a project manager responsible for coordination and for signing the certificates under Sections 3 and 5. A change of project manager shall be notified in writing at least seven days in advance.
P:15.4 Before the rainy season of each warranty year the Supplier shall inspect all gateways and weather stations, check the solar panels, batteries and lightning protection, and report the results and any repairs to the Buyer within ten days.
P:15.5 The Supplier shall give the Buyer at least 30 days' notice of any firmware update for the nodes or gateways and shall perform it only after the Buyer's approval.
H:Section 16 Site Work and Safety
P:16.1 The Supplier's staff shall follow the Buyer's field safety rules, including the rules for working on slopes, near irrigation pumps and during crop-spraying periods, and shall wear the protective equipment the rules require.
P:16.2 The Supplier shall agree the installation schedule for each block of fields with the Buyer's field manager at least five days in advance, so that irrigation, fertilisation and harvesting are not disturbed.
P:16.3 The Supplier shall take back all packaging, cable offcuts and replaced batteries and dispose of them lawfully at its own cost.
H:Section 17 Spare Parts and Documentation
P:17.1 The Supplier shall deliver with the equipment a stock of spare parts equal to 3% of the sensor nodes and one spare gateway, which become the Buyer's property.
P:17.2 The Supplier shall keep spare parts for the supplied models available for purchase for at least seven years after Final Acceptance, at prices not higher than those in Section 2 adjusted by the published consumer price index.
P:17.3 The operation manuals shall describe the replacement of probes and batteries, the re-calibration procedure and the configuration of alarm thresholds, so that the Buyer's technicians can perform these tasks themselves.
H:Section 18 Force Majeure
P:18.1 A party prevented from performing by typhoon, flood, epidemic measures or other events beyond its control shall notify the other party within five days and shall resume performance as soon as the event ends. The time for performance is extended accordingly.
H:Section 19 General
P:19.1 The tender documents and the Supplier's offer form part of this Contract. In case of conflict this Contract prevails.
P:19.2 This Contract is made in English and Chinese; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 9 October 2025
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
E04 = """# MANAGED FIREWALL SERVICE AGREEMENT

Agreement reference: WZ-MFS-2025-031

**Between**

**Ouhai Stride Footwear Co., Ltd.**, Wenzhou, Zhejiang Province, People's Republic of China ("Customer"); and

**Wisla Secure Networks sp. z o.o.**, ul. Szosa Chelminska 60, 87-100 Torun, Poland ("Provider").

**Background.** Customer makes leather and injection-moulded shoes in two plants in Wenzhou and runs an online store and a design office in Shanghai. Provider operates a security operations centre that manages next-generation firewalls for manufacturing clients. Customer wishes Provider to take over the operation of its firewalls and VPN at its three sites.

## 1. Definitions

1.1 "Service" means the managed firewall service described in clause 2 and Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Service Acceptance Certificate under clause 4.

1.3 "Service Term" means 36 months from the Service Commencement Date.

1.4 "Monthly Charge" means the charge in Schedule 2.

## 2. The Service

2.1 Provider shall operate, monitor and maintain the six firewalls at Customer's sites (two in each plant and two in the Shanghai office), including rule-base management, VPN tunnels, firmware updates, intrusion-prevention signatures, log monitoring and monthly reports.

2.2 Provider shall process change requests within the times in Schedule 1 and keep a record of every change.

2.3 The firewalls remain Customer's property. Provider's monitoring platform is hosted in Provider's data centre in Hangzhou.

## 3. Charges and payment

3.1 At Customer's request all charges are in Chinese Yuan (CNY), as set out in Schedule 2.

3.2 The onboarding charge is invoiced after the Service Commencement Date. Monthly Charges are invoiced monthly in arrears. Customer pays within 30 days of a correct invoice. No charge is payable in advance.

## 4. Onboarding and acceptance

4.1 Provider shall complete onboarding within 40 days after signature: audit of the existing rule bases, migration of the rules into Provider's management platform, connection of log feeds and a joint failover test.

4.2 Service acceptance requires: (a) all six firewalls report to the platform; (b) the migrated rule bases are reviewed with Customer and no unapproved rule remains; (c) failover at each plant completes within 30 seconds in a test; (d) an alert test reaches Customer's contacts within the Priority 1 response time. Customer then signs the Service Acceptance Certificate. Starting monitoring alone is not acceptance.

4.3 If onboarding is not completed within the period in 4.1 for reasons attributable to Provider, Provider shall pay CNY 900 for each day of delay.

## 5. Service levels

5.1 Provider shall keep the managed firewall service, including the VPN between the sites, available at least 99.5% of each calendar month, excluding agreed maintenance windows.

5.2 Provider shall respond to and resolve incidents within the times in Schedule 1.

5.3 If a service level is missed, Customer receives the service credits in Schedule 1, deducted from the next invoice. Service credits for a month do not exceed 25% of the Monthly Charge.

## 6. Customer data and security

6.1 Configurations, logs, traffic records and reports relating to Customer's networks ("Customer Data") belong to Customer and may be used by Provider only to provide the Service.

6.2 Provider shall store Customer Data in mainland China, protect its platform to MLPS level 3, use multi-factor authentication for every administrator, record every administrative session and hold ISO 27001 certification throughout the Service Term.

6.3 Provider shall notify Customer within 12 hours after it becomes aware of a security incident affecting Customer Data or Customer's firewalls, shall assist Customer in the response, and is liable for the damage caused by an incident attributable to Provider.

6.4 At the end of the Service Term Provider shall hand over all configurations and logs and delete its copies.

## 7. Confidentiality

7.1 Each party shall keep the other's confidential information secret, use it only for this Agreement and not disclose it without written consent, during the Service Term and for three years afterwards.

## 8. Intellectual property

8.1 The rule bases, VPN configurations, runbooks and reports prepared for Customer belong to Customer, who may use and modify them and hand them to any successor provider. Provider's platform and tools remain Provider's.

## 9. Liability

9.1 Provider's total liability arising out of or in connection with this Agreement is limited to the Monthly Charges paid by Customer in the 6 months preceding the event giving rise to the claim.

9.2 Clause 9.1 does not apply to death, personal injury or fraud.

## 10. Subcontracting

10.1 Provider shall not subcontract the Service or any part of it without Customer's prior written consent.

## 11. Term and termination

11.1 This Agreement continues until the end of the Service Term and then expires. Any renewal requires a written agreement of both parties.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not cure it within 30 days after notice, or if availability is below the level in 5.1 in three consecutive months.

11.3 On expiry or termination Provider shall provide up to 30 days of hand-over assistance.

## 12. Customer responsibilities

12.1 Customer shall give Provider's engineers the administrative access to the firewalls that the Service needs, keep the firewall hardware under a valid manufacturer support contract and inform Provider of planned network changes at least five business days in advance.

12.2 Customer shall approve or reject each change request through the ticket portal. Provider is not responsible for the consequences of a rule that Customer has instructed in writing against Provider's documented advice.

12.3 Customer shall name at least two contacts who can be reached at any time for Priority 1 incidents, and keep their details up to date in Schedule 2.

## 13. Reporting and reviews

13.1 Provider shall send a monthly report showing availability, incidents by priority, response and resolution times achieved, credits due, blocked attacks, expired rules and recommended changes.

13.2 The parties shall hold a quarterly service review by video conference. Customer may request an on-site review in Wenzhou once in each period of the Service Term between two anniversaries of the Service Commencement Date, at Provider's cost.

13.3 Provider shall carry out a full rule-base review twice during each such period and propose the removal of unused or overly broad rules.

## 14. Force majeure

14.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly. This does not excuse Provider from following its own business-continuity plan for the security operations centre.

14.2 A party affected by such an event shall use reasonable efforts to limit its effects. If the event prevents the Service for more than 30 consecutive days, Customer may terminate the affected part of the Service without charge.

14.3 Monthly Charges are not payable for any period during which the Service is not provided because of such an event.

14.4 Provider shall test its business-continuity plan at least once in each period between two anniversaries of the Service Commencement Date and share a summary of the results with Customer.

14.5 During the hand-over at the end of the Service Term, Provider shall answer the questions of Customer or its successor provider and shall not disable any configuration before the successor has taken over.

14.6 Provider shall keep a current list of the engineers who have administrative access to Customer's firewalls and shall remove the access of any engineer who leaves the team on the same day. Customer may ask for the list at any time.

## 15. Governing law and disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be referred to the Wenzhou Arbitration Commission for arbitration in Wenzhou.

## 16. General

16.1 This Agreement with its Schedules is the entire agreement on its subject. Changes must be agreed in writing.

16.2 Notices are sent by email to the contacts in Schedule 2 and confirmed by courier.

Signed for Customer: ____________ Date: ________

Signed for Provider: ____________ Date: ________

## Schedule 1 - Priorities, response and resolution

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | a site or the inter-site VPN is down, or an active attack is detected | 15 minutes | 3 hours | 5% of the Monthly Charge per incident |
| P2 | degraded performance, one firewall of a pair down | 1 hour | 8 hours | 2% of the Monthly Charge per incident |
| P3 | change request or question | 1 business day | 3 business days | none |
| Availability | below 99.5% in a month | - | - | 10% of the Monthly Charge |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time | 44,000 |
| Monthly Charge, six firewalls, three sites | per month | 38,500 |
| Monthly Charges for the Service Term | 36 x 38,500 | 1,386,000 |
| **Total contract value** | | **1,430,000** |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
E05 = """API SUBSCRIPTION AGREEMENT - TRADEMARK REGISTRY CHECK SERVICE

Agreement number: MK-HZ-2025-0077

PARTIES

(1) Hangzhou Yunshang Hui E-Commerce Co., Ltd., a company established in the People's Republic of China with its office at 699 Wangshang Road, Binjiang District, Hangzhou, Zhejiang Province ("Customer").

(2) Merkwacht B.V., a company incorporated in the Netherlands with its office at Brink 19, 7411 BR Deventer, the Netherlands ("Vendor").

BACKGROUND

(A) Customer operates an online marketplace on which third-party merchants list goods under brand names. Before a brand is approved for a merchant store, Customer must check whether the brand is registered, in which classes and by whom.

(B) Vendor operates an application programming interface that returns registration data from trademark registers, including the register of the China National Intellectual Property Administration, the EUIPO register and WIPO Madrid data.

(C) Customer wishes to subscribe to the interface for its merchant onboarding workflow on the terms below.

1. DEFINITIONS

1.1 "API" means Vendor's trademark registry check interface, version 4, with its documentation.

1.2 "Subscription Start Date" means the date of the Integration Acceptance Certificate under clause 4.

1.3 "Subscription Year" means the period from the Subscription Start Date to the day before its first anniversary, and each following period between two anniversaries.

1.4 "Subscription Term" means two Subscription Years.

1.5 "Query" means one call to the API that returns a result.

1.6 "Customer Data" means brand names, merchant details, queries, results as stored by Customer and any other data Customer sends to the API.

2. THE SERVICE

2.1 Vendor grants Customer, during the Subscription Term, a non-exclusive right to use the API for its own marketplace operations, up to the Query volume in the Schedule.

2.2 Vendor shall develop, for Customer, a connector between the API and Customer's merchant onboarding system, deliver it with its source code and support its integration.

2.3 Vendor shall keep the register data behind the API updated at least daily for the CNIPA register and weekly for the other registers.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and paid in Chinese Yuan (CNY). The fees are set out in the Schedule. The total contract value for the Subscription Term is CNY 828,000.

3.2 The onboarding fee is invoiced on the Subscription Start Date. The subscription fee of each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

3.3 Queries above the included volume are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

3.4 No amount is payable before the Subscription Start Date.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall give Customer sandbox access within 10 days and deliver the connector within 50 days after signature.

4.2 Integration acceptance tests: (a) 5,000 reference queries chosen by Customer return results that match the official registers on owner, status, classes and dates; (b) the median response time is below 800 milliseconds at 50 queries per second; (c) the connector writes results to Customer's onboarding system without loss for 5 consecutive days; (d) error messages are returned as documented. When all tests are passed Customer signs an Integration Acceptance Certificate. Use of the API in production during testing is not acceptance.

4.3 If Vendor fails to deliver the connector by the date in 4.1 for reasons attributable to Vendor, Vendor shall pay CNY 700 for each day of delay.

5. SERVICE LEVELS

5.1 Vendor shall keep the API available at least 99.95% of each calendar month, excluding maintenance announced five business days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Incident priorities, response times and service credits are set out in the Schedule. A Priority 1 incident shall be answered within 30 minutes at any time of day.

5.3 Service credits are deducted from the next invoice. Credits do not limit Customer's other rights.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API to Customer and shall not analyse, aggregate, sell or reuse it for any other purpose, also not in de-identified form.

6.2 Vendor shall serve Customer's queries from its node in the Alibaba Cloud Hangzhou region, shall not transfer Customer Data outside mainland China, shall encrypt all traffic, shall limit access to named engineers with multi-factor authentication and shall keep query logs no longer than 90 days.

6.3 Vendor shall notify Customer within 24 hours after discovering any security incident affecting Customer Data, shall cooperate in the investigation and shall be responsible for the losses and regulatory costs caused by an incident attributable to Vendor.

6.4 Vendor shall give Customer, on request and not more than twice in each Subscription Year, a written summary of its security controls and the results of its latest external penetration test.

7. CONFIDENTIALITY

7.1 Each party shall keep secret all non-public information received from the other party, shall use it only for this Agreement and shall disclose it only to staff and advisers who need it. This duty lasts for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 Vendor keeps all rights in the API and the register database.

8.2 The connector, its source code and documentation belong to Customer upon delivery. Customer may use, modify and license them without restriction.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to twice the total contract value in clause 3.1.

9.2 The limit does not apply to breach of clause 6 or 7, to fraud or to wilful misconduct.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the development of the connector or the operation of the API without Customer's prior written consent. The cloud hosting service named in clause 6.2 is approved by signature.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It is renewed only if both parties agree in writing.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. Customer may also terminate if availability falls below 99.5% in any two months of a Subscription Year.

11.3 On termination for Vendor's breach Vendor shall refund the prepaid subscription fee for the remaining part of the Subscription Year.

12. GOVERNING LAW AND JURISDICTION

12.1 This Agreement is governed by the laws of the Netherlands.

12.2 The courts of the district of Overijssel, sitting in Zwolle, the Netherlands, have exclusive jurisdiction over any dispute arising out of this Agreement.

13. CUSTOMER OBLIGATIONS

13.1 Customer shall keep its API keys secret, rotate them when staff with access leave, and use the API only from its own systems.

13.2 Customer remains responsible for its decisions on merchant applications. The results of the API are information taken from public registers and do not replace legal advice.

13.3 Customer shall inform Vendor at least 15 days in advance of campaigns that may raise the Query volume above twice the usual daily average.

14. CHANGES TO THE API

14.1 Vendor may release new versions of the API. Vendor shall keep version 4 available throughout the Subscription Term and shall announce any change to fields or error codes at least 60 days in advance, with a test environment.

14.2 Vendor shall add a register to the API at Customer's request only under a written change order with an agreed price.

14.3 Vendor shall maintain a public status page showing the current availability of the API and past incidents, and Customer may subscribe to its notices.

14.4 Vendor shall inform Customer without delay if a register stops supplying data to Vendor.

14.5 Vendor shall provide Customer's developers with technical support for the integration by email and instant messaging in English and Chinese during Beijing business hours.

15. GENERAL

15.1 This Agreement and its Schedule are the entire agreement between the parties. Changes must be in writing.

15.2 Neither party may assign this Agreement without the written consent of the other.

15.3 Notices are sent by email to the contacts in the Schedule.

SIGNATURES

For Customer: ______________________  Name and title: ______________________

For Vendor: ______________________  Name and title: ______________________

SCHEDULE - FEES, VOLUMES AND SERVICE CREDITS

Part 1 - Fees (CNY)

Onboarding and connector development, one-time: 36,000
Subscription fee per Subscription Year, including 3,000,000 Queries: 396,000
Subscription fees for the Subscription Term, 2 x 396,000: 792,000
Total contract value: 828,000
Overage: CNY 0.09 per Query above the included volume

Part 2 - Incident priorities

Priority 1: the API is unavailable or returns wrong data for all queries. Response 30 minutes, restoration 2 hours.
Priority 2: a register is out of date or responses are slow. Response 2 hours, restoration 1 business day.
Priority 3: documentation or minor issues. Response 1 business day.

Part 3 - Service credits

Availability from 99.5% to below 99.95%: 5% of the monthly portion of the subscription fee.
Availability below 99.5%: 12% of the monthly portion of the subscription fee.
Priority 1 response later than 30 minutes: CNY 1,000 per incident.

Part 4 - Contacts

Customer: Director of Merchant Compliance. Vendor: Account Manager, Asia.
"""

# ---------------------------------------------------------------- files and labels
FILES = {  # key: (file name, lang, category, source)
    "h356z01": ("h356z01_archives_bureau_digital_archive_system.pdf", "zh", "software", Z01),
    "h356z02": ("h356z02_tile_plant_roller_kiln_control_retrofit.docx", "zh", "hardware", Z02),
    "h356z03": ("h356z03_optical_chain_optometry_member_saas.txt", "zh", "cloud", Z03),
    "h356z04": ("h356z04_city_library_smart_lending_om_service.txt", "zh", "services", Z04),
    "h356z05": ("h356z05_latiao_factory_mes_supplier_template.md", "zh", "software", Z05),
    "h356e01": ("h356e01_porcelain_studio_glaze_software_licence.pdf", "en", "software", E01),
    "h356e02": ("h356e02_glass_bridge_ticketing_saas_order_form.md", "en", "cloud", E02),
    "h356e03": ("h356e03_sugarcane_farm_soil_sensor_network.docx", "en", "hardware", E03),
    "h356e04": ("h356e04_shoe_maker_managed_firewall_service.md", "en", "services", E04),
    "h356e05": ("h356e05_ecommerce_trademark_check_api_subscription.txt", "en", "cloud", E05),
}

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
ORDER = list(BASE)

# per contract: terms (over BASE), extra, fee base / fee per year for TCO
L = {
    "h356z01": dict(t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                           warranty_months=36, post_warranty_fee_pct=10),
                    value=2340000, capped=True, fee=164000),
    "h356z02": dict(t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=18,
                           post_warranty_fee_pct=26, subcontract_without_consent=True),
                    value=1470000, capped=True, fee=331760),
    "h356z03": dict(t=dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                           ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=378000 / 840000 * 100,
                           final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
                    value=840000),
    "h356z04": dict(t=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.2,
                           final_payment_on_acceptance=None, contract_kind="service"),
                    value=486000),
    "h356z05": dict(t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                           ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                           final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=True),
                    value=1310000, capped=False, fee=None, deemed=True),
    "h356e01": dict(t=dict(p1_response_hours=2, confidentiality=False, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                           prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=11,
                           termination_for_breach=False, governing_law="Portugal"),
                    value=564000, capped=True, fee=44000),
    "h356e02": dict(t=dict(sla_remedy=False, liability_cap_pct=200, final_payment_on_acceptance=None,
                           contract_kind="service"),
                    value=850000, sla=False, ld=False),
    "h356e03": dict(t=dict(p1_response_hours=2, data_security_clause=False, ld_rate_per_day_pct=0.02,
                           prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=8),
                    value=1296000, capped=True, fee=88784),
    "h356e04": dict(t=dict(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=900 / 1430000 * 100,
                           liability_cap_pct=6 / 36 * 100, final_payment_on_acceptance=None, contract_kind="service"),
                    value=1430000),
    "h356e05": dict(t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=700 / 828000 * 100,
                           liability_cap_pct=200, final_payment_on_acceptance=None, governing_law="Netherlands",
                           contract_kind="service"),
                    value=828000),
}

EXPECTED = {
    "h356z01": [],
    "h356z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h356z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
    "h356z04": [],
    "h356z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-WARRANTY"],
    "h356e01": ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-TERMINATION"],
    "h356e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h356e03": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h356e04": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h356e05": ["CR-GOVERNING-LAW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(d, t):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != "goods_or_licence" or d.get("fee") is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = d["fee"] * years
    return post / (d["value"] + post) * 100


def derive_rules(t, d):
    """The rules a careful reader of policy.md derives from the labelled terms (a cross-check of EXPECTED)."""
    r, sla, ld = set(), d.get("sla", True), d.get("ld", True)
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld:
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
    if goods and (t["post_warranty_fee_pct"] is None or not d.get("capped") or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    s = tco_share(d, t)
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    name, lang, cat, _ = FILES[key]
    d = L[key]
    t = dict(BASE)
    t.update(d["t"])
    assert list(t) == ORDER
    extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld", True)}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": sorted(EXPECTED[key])}


# ---------------------------------------------------------------- threshold scan
CN = "一二三四五六七八九十两〇零百千万"
FORBIDDEN = [
    r"99\.9(?!\d)", r"(?<![\d.])4\s*(小时|个小时|hours?\b|-hour)", r"(?<![" + CN + r"])四\s*(个)?小时",
    r"\bfour[\s-]+hours?\b", r"(?<![\d.])240\s*(minutes|分钟)",
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?![十])", r"(?<![\d.])100\s*%", r"百分之(一)?百",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?<![" + CN + r"])三成",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"(?<![" + CN + r"])四成",
    r"(?<![\d.])15\s*%", r"百分之十五", r"\b(thirty|forty|fifteen|one hundred)\s+per\s*cent",
    r"(?<![\d.])12\s*(个)?(月|months?\b|-month)", r"(?<![" + CN + r"])十二个月", r"\b(twelve|one)[\s-]+(calendar\s+)?(year|months?)\b",
    r"\btwelve[\s-]+(calendar\s+)?months?\b", r"(?<![" + CN + r"第每])一年", r"\ba\s+year\b",
    r"(?<![\d.])5\s*(年|years?\b|-year)", r"(?<![" + CN + r"])五年", r"\bfive[\s-]+years?\b",
    r"(?<![\d.])60\s*(个)?(月|months?\b|-month)", r"(?<![" + CN + r"])六十个月", r"\bsixty[\s-]+months?\b",
]
FRX = [re.compile(p, re.I) for p in FORBIDDEN]
MUST_HIT = ["99.9%", "4小时", "4 hours", "四小时", "four hours", "240 minutes", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "40%", "百分之四十", "15%", "百分之十五", "12个月", "12 months", "十二个月",
            "one year", "twelve months", "一年", "5年", "5 years", "五年", "five years", "60个月", "60 months",
            "fifteen per cent", "12-month"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "24 hours", "14 hours",
             "0.005%", "130%", "140%", "2.5%", "35%", "45%", "一个服务年度", "首个服务年度", "three years",
             "36 months", "18 months", "第一条", "20%", "0.4%", "25年", "1.5倍"]


def hits(text):
    return [m.group(0) for rx in FRX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not hits(s), "regex hits %s: %s" % (s, hits(s))


# ---------------------------------------------------------------- read-back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (name, lang, cat, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    fired, errors = set(), []
    counts = {"none": 0, "low1": 0, "mid": 0, "many": 0}
    for key, (name, lang, cat, src) in FILES.items():
        lab = label(key)
        t, d = lab["expected_terms"], L[key]
        derived = derive_rules(t, d)
        assert derived == lab["expected_rules"], (key, derived, lab["expected_rules"])
        # no derived value on a threshold
        assert t["availability_pct"] in (None,) or t["availability_pct"] != 99.9
        assert t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        s = tco_share(d, t)
        assert s is None or abs(s - 40) > 1, (key, s)
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        flat = re.sub(r"\s+", " " if lang == "en" else "", text)
        bad = hits(text) + hits(flat) + hits(src)
        print("%-58s %5d %s  %s  risk=%s  tco=%s" % (name, n, "chars" if lang == "zh" else "words",
              ",".join(r[3:] for r in lab["expected_rules"]) or "(none)", risk(lab["expected_rules"]),
              "-" if s is None else "%.2f%%" % s))
        if not lo <= n <= hi:
            errors.append((name, n))
        if bad:
            errors.append((name, bad))
        fired |= set(lab["expected_rules"])
        k = len(lab["expected_rules"])
        counts["none" if k == 0 else "low1" if k == 1 and risk(lab["expected_rules"]) == "low"
               else "mid" if k in (2, 3) else "many" if k >= 8 else "other"] = \
            counts.get("none" if k == 0 else "low1" if k == 1 and risk(lab["expected_rules"]) == "low"
                       else "mid" if k in (2, 3) else "many" if k >= 8 else "other", 0) + 1
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert not errors, errors
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    assert counts == {"none": 2, "low1": 1, "mid": 6, "many": 1}, counts
    print("all 20 rules fire; mix", counts)


if __name__ == "__main__":
    main()
