"""holdout520: ten blind, ordinary draft contracts (5 zh, 5 en), their labels, and the checks.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. It writes the .txt/.md files, builds the
.docx/.pdf through ../word_pdf.py, writes the .json labels, derives every draft's expected rules from its labels by
my own reading of policy.md §3, checks them against the design list, asserts all 20 CR rules fire, scans every
source and every built file (read back) for threshold figures, and prints the text lengths as read back.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
H520Z01 = """
T:云溪市生态环境局排污许可监管平台建设项目合同
P:项目编号：YXZC-2026-0317　采购方式：公开招标（政府采购）
P:甲方（采购人）：云溪市生态环境局　地址：云溪市滨江大道88号
P:乙方（供应商）：江苏绿衡环境信息技术有限公司　地址：南京市建邺区江东中路216号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供排污许可监管平台软件许可（永久使用许可，不限用户数），并按甲方需求完成定制开发、数据迁移与系统对接、部署实施和培训，使平台覆盖全市持证排污单位的许可证信息管理、执行报告审核、证后监管和在线监测数据分析。
P:1.2 定制开发内容包括：证后监管任务派发模块、执行报告智能审核模块、执法人员移动端、与省级排污许可管理信息平台及污染源自动监控系统的数据接口。详细功能以附件一《需求规格说明书》为准。
P:1.3 平台部署在甲方政务云资源上，所需云资源由甲方另行提供，乙方负责平台的安装、配置和调优。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾陆万元整（¥2,460,000），为固定总价，已包含税费、差旅、安装、培训及质保期内服务等全部费用。价格构成如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久许可）|1,180,000
TB:2|定制开发（三个模块及两类接口）|968,000
TB:3|历史数据迁移与系统对接|214,000
TB:4|部署实施与培训|98,000
TB:合计||2,460,000
H:第三条 付款方式
P:3.1 合同签订后，甲方在收到乙方开具的合法发票后十五个工作日内支付合同总价的20%作为预付款，即¥492,000。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即¥1,107,000。
P:3.3 平台试运行期满并通过终验后，甲方支付合同总价的35%，即¥861,000。
P:3.4 乙方每次请款时应提供等额增值税普通发票。甲方按照国库集中支付的规定办理付款手续。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后一百二十日内完成部署并提交初验申请；初验合格后进入试运行，试运行满九十日后进行终验。
P:4.2 乙方应向甲方提交项目实施方案、周报和阶段成果，甲方指定专人负责协调。
H:第五条 验收
P:5.1 初验标准：附件一所列功能全部实现；与省级平台及自动监控系统的接口连续七日数据一致率不低于99.8%；系统在200个并发用户下主要页面响应时间不超过3秒；第三方网络安全等级保护测评无高风险问题。
P:5.2 终验标准：试运行期间无一级故障；历史数据迁移经甲方抽查核对无差错；乙方已提交源代码、接口文档、运维手册及培训记录。
P:5.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。系统上线使用或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程支持和每季度一次的现场巡检。
P:6.2 服务水平：平台年度可用率不低于99.95%（计划内维护除外，且须提前三日经甲方同意）。一级故障（平台整体不可用或数据无法上报）乙方应在30分钟内响应、2小时内到达现场、6小时内恢复；二级故障在2小时内响应、24小时内解决；三级故障在下一工作日内解决。
P:6.3 未达到上述服务水平的，乙方按如下标准支付违约金：一级故障响应或恢复每超时1小时支付¥2,000；年度可用率每低于约定值0.01个百分点支付¥3,000。上述款项甲方可从应付款中直接扣除。
P:6.4 质保期满后，甲方如需继续购买运维服务，年度运维服务费不超过平台软件许可费的10%（即每年不超过¥118,000），前三个服务年度价格固定不变，服务内容与质保期内相同。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和升级，无需另行付费。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的排污单位信息、监测数据、执法记录等全部数据归甲方所有，乙方仅为履行本合同之目的接触和处理，不得用于任何其他用途，不得留存、复制或向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，采取访问控制、加密存储、操作审计等措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、执法信息和排污单位商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方交付成果不符合合同约定的，应负责免费整改；给甲方造成损失的，应予赔偿。
H:第十一条 分包
P:11.1 本项目不得转包。未经甲方书面同意，乙方不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条之一 不可抗力
P:因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响一方应在三日内书面通知对方并提供证明，在不可抗力影响范围内免除责任，但应尽力减少损失。不可抗力消除后，双方应继续履行合同。
P:乙方派驻本项目的项目经理和技术骨干应与投标文件一致，未经甲方书面同意不得更换；确需更换的，接替人员的资历不得低于原人员。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及附件均为本合同的组成部分。本合同一式六份，甲乙双方各执三份，经双方签字盖章后生效。
P:甲方（盖章）：云溪市生态环境局　　法定代表人或授权代表：__________
P:乙方（盖章）：江苏绿衡环境信息技术有限公司　　法定代表人或授权代表：__________
P:签订日期：2026年3月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, Word price table)
H520Z02 = """
T:浆纱机电气控制系统改造及维保合同
P:合同编号：HX-SB-2026-042
P:甲方：河北恒信纺织有限公司　地址：河北省高阳县纺织产业园振兴路9号
P:乙方：无锡博科自动化工程有限公司　地址：无锡市新吴区长江路31号
P:鉴于甲方拟对其织造车间六台浆纱机的电气控制系统进行改造升级，乙方具备相应的设计、供货和施工能力，双方经平等协商，签订本合同。
H:一、改造范围
P:（一）乙方负责六台浆纱机（GA308型）电气控制系统的整体改造，包括拆除原有继电器控制柜，提供并安装PLC控制柜、伺服驱动及张力传感器、触摸屏，部署浆纱工艺管理软件，实现上浆率、回潮率、张力和车速的闭环控制。
P:（二）乙方负责按甲方工艺要求定制开发浆纱工艺参数配方库、换轴提醒及产量报表，并与甲方现有MES系统对接。
P:（三）改造分批进行，每批停机不超过七日，不得影响甲方其余浆纱机的正常生产。
H:二、合同价款
P:（一）合同总价为人民币壹佰捌拾伍万肆仟元整（¥1,854,000），含设备、软件、运输、安装、调试、培训及税费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、低压电器）|6套|168,000|1,008,000
TB:2|伺服驱动及张力传感器|6套|54,500|327,000
TB:3|触摸屏（HMI）|6台|12,800|76,800
TB:4|浆纱工艺管理软件（永久许可）|1套|186,000|186,000
TB:|软硬件小计|||1,597,800
TB:5|安装调试|1项|142,000|142,000
TB:6|工艺参数定制开发及MES对接|1项|96,000|96,000
TB:7|操作及维护培训|1项|18,200|18,200
TB:|合计|||1,854,000
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款（¥185,400）。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的50%（¥927,000）。到货签收仅为数量清点，不代表质量验收。
P:（三）六台浆纱机全部改造完成并经最终验收合格后，甲方支付合同总价的35%（¥648,900）。
P:（四）余款5%（¥92,700）作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:四、工期
P:（一）乙方应在合同生效后九十日内完成全部六台浆纱机的改造。每台设备改造完成后连续试车七十二小时。
P:（二）甲方应按乙方施工计划安排停机，并提供施工所需的电源和场地。
H:五、验收
P:（一）验收标准：上浆率控制偏差不超过±0.5%，回潮率偏差不超过±0.8%，张力波动不超过设定值的±3%；车速在规定范围内稳定运行；软件配方调用、产量报表及MES数据对接正确；连续生产十五日无因控制系统导致的停机。
P:（二）验收由甲方设备部、生产部共同进行，并形成书面验收报告。设备投入试生产或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件升级。
P:（二）故障响应：一级故障（浆纱机因控制系统停机）乙方应在8小时内响应，24小时内到达现场，36小时内修复；二级故障（单项功能异常）24小时内响应，三日内修复。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付¥800。
P:（四）质保期满后，乙方提供维保服务，年度维保费为软硬件小计的12%，即每年¥191,736，前三个服务年度费用固定不变。维保内容包括定期巡检、故障维修（含备件）和软件升级。
H:七、知识产权
P:（一）乙方为本项目定制开发的配方库、报表、对接程序及PLC程序源文件的知识产权归甲方所有，甲方可自行使用和修改。软件产品本身的知识产权归原权利人，甲方获得永久使用许可。
H:八、数据安全
P:（一）浆纱工艺参数、配方和生产数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方同意并通过甲方指定的方式接入，维护结束后立即断开；乙方应采取病毒防护和访问控制措施。因乙方原因导致甲方数据泄露或生产系统遭受攻击的，乙方承担全部赔偿责任。
H:九、保密
P:（一）乙方对知悉的甲方工艺技术、配方、客户信息等商业秘密负有保密义务，保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十一、分包
P:（一）乙方不得将本合同转包；确需将电缆敷设等辅助工作分包的，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同并要求赔偿损失。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三之一、现场施工与安全
P:（一）乙方施工人员应遵守甲方厂区安全生产、消防和用电管理制度，进入车间须穿戴劳保用品，动火、登高作业须办理审批手续。
P:（二）乙方应在改造前对原控制系统的接线、参数进行记录和备份，改造后向甲方移交全套电气图纸、PLC程序备份、接线表和设备说明书。
P:（三）因乙方施工原因造成甲方设备损坏、人员伤害或火灾的，由乙方承担全部责任。
H:十三之二、培训
P:（一）乙方应为甲方电工和挡车工各组织不少于两期培训，内容包括系统操作、配方管理、常见故障判断与处理、日常保养，培训后进行考核，考核合格人员不少于二十名。
H:十三之三、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商合同的变更或解除。
H:十三之四、通知与联络
P:（一）双方指定的项目联系人见附件。与本合同有关的通知应以书面形式送达对方联系人，以专人送达、快递或电子邮件方式发出，电子邮件以进入对方系统之日视为送达。
P:（二）任何一方变更联系人或联系方式的，应在三日内书面通知对方，否则向原联系方式发出的通知视为有效送达。
P:（三）乙方应在每批改造开始前五日提交施工计划，经甲方生产部确认后实施；每批改造完成后提交调试记录。
P:（四）乙方应在每次巡检或维修后填写服务记录单，注明故障现象、原因、处理措施和更换的部件，经甲方设备部签字确认后存档。维保期间更换下来的旧部件归甲方所有。
P:（五）乙方应在质保期内每半个服务年度对六台浆纱机的控制系统进行一次全面检查，并出具检查报告和改进建议。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：河北恒信纺织有限公司　　代表：________
P:乙方（盖章）：无锡博科自动化工程有限公司　　代表：________
P:日期：2026年4月　日
"""

# ---------------------------------------------------------------- z03 (txt, 1. 1.1)
H520Z03 = """连锁酒店收益管理系统订阅及实施服务合同

合同编号：QY-IT-2026-009

甲方：上海栖悦酒店管理有限公司（旗下25家直营门店）
地址：上海市闵行区虹梅路1888号
乙方：杭州云价科技有限公司
地址：杭州市西湖区文三路477号

鉴于甲方拟为其25家直营门店引入收益管理系统，以提升房价决策的效率和准确性，乙方以软件即服务（SaaS）方式提供该系统，双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方25家门店提供“云价”收益管理平台的订阅服务，包括需求预测、动态定价建议、竞争对手价格监测、渠道价格一致性检查及经营分析报表。
1.2 乙方提供一次性实施服务：与甲方酒店管理系统（PMS）及中央预订系统对接；导入各门店近两个年度的历史入住数据；按门店配置定价规则；培训各门店收益经理。
1.3 门店清单见附件一。服务期内甲方新增门店的，按附件二所列单价另行签订补充协议。

2. 服务期限
2.1 订阅服务期为三个服务年度，自上线验收合格之日起算，预计为2026年7月1日至2029年6月30日。

3. 费用与支付
3.1 合同总金额为人民币捌拾捌万元整（¥880,000），构成如下：
    订阅服务费：25家门店 × ¥9,600/店/服务年度 × 3个服务年度 = ¥720,000
    实施服务费（一次性）：¥138,000
    培训费（一次性）：¥22,000
3.2 订阅服务费按服务年度结算：每个服务年度开始后十五日内，甲方支付该服务年度的订阅服务费¥240,000。
3.3 实施服务费和培训费共计¥160,000，在上线验收合格后十五日内一次性支付。本合同不设预付款。
3.4 乙方应在每次收款前开具增值税专用发票。

4. 上线验收
4.1 乙方应在合同签订后六十日内完成全部门店的对接与配置，并书面申请上线验收。
4.2 验收标准：25家门店的PMS数据每日自动同步，抽查五家门店的历史数据与PMS报表一致；每家门店每日生成未来九十日的房价建议；竞争对手价格监测覆盖甲方指定的竞品酒店；门店收益经理培训考核合格率达到90%以上。
4.3 甲方应在收到验收申请后七个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十日内整改后重新申请验收。
4.4 乙方逾期完成上线验收的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。

5. 服务水平
5.1 平台月度可用率不低于99.5%。计划内维护应安排在凌晨2:00至5:00之间，并提前48小时通知甲方。
5.2 一级故障（平台无法登录或房价建议无法生成）乙方应在1小时内响应、3小时内恢复；二级故障应在2小时内响应、1个工作日内解决；一般问题在3个工作日内答复。
5.3 月度可用率低于约定值的，每低于0.1个百分点，乙方按当月订阅服务费的5%向甲方提供服务抵扣，当月抵扣总额以当月订阅服务费为限；一级故障恢复超时的，每次另行抵扣¥1,000。

6. 数据
6.1 甲方通过平台上传或在平台中产生的房态、房价、入住、会员及经营数据归甲方所有。
6.2 甲方同意，乙方可以在对上述数据进行脱敏和汇总处理后，将其用于乙方的行业基准报告、市场价格指数及定价模型训练，该等汇总数据及由此形成的成果归乙方所有。
6.3 乙方应采取加密传输与存储、访问权限控制、操作日志留存等安全措施，保障甲方数据安全，平台数据存储于中国境内。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方赔偿。
6.4 服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方书面确认后予以删除。

7. 保密
7.1 双方对在合作中知悉的对方商业秘密（包括甲方的价格策略、经营数据和会员信息）负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。

8. 知识产权
8.1 平台及其算法的知识产权归乙方所有。
8.2 乙方为甲方定制的定价规则、报表模板和对接配置归甲方所有，甲方可自由使用和修改。

9. 续期与价格
9.1 服务期满前三十日内双方均未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。
9.2 每次续期时，乙方有权根据其当期价格体系调整订阅服务费单价，涨幅不超过上一服务年度单价的8%，乙方在续期前书面通知甲方即可。

10. 责任限制
10.1 乙方在本合同项下的累计赔偿责任不超过合同总金额的150%，但数据泄露和侵犯知识产权造成的损失不受此限。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下的任何服务分包给第三方。

12. 合同解除
12.1 一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。因乙方违约导致合同解除的，乙方应退还甲方已付但未使用服务期对应的订阅服务费。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

13A. 双方义务与协作
13A.1 甲方应指定总部收益管理负责人作为项目联系人，协调各门店提供PMS接口权限和历史数据，并及时确认定价规则。
13A.2 乙方应指定客户成功经理，每月向甲方提交服务报告，内容包括可用率、故障记录、各门店系统使用情况和定价建议采纳率，并每季度与甲方召开一次经营复盘会议。
13A.3 平台的价格建议仅供甲方参考，最终房价由甲方自行决定。乙方应根据甲方反馈持续优化各门店的定价规则，不另行收费。
13A.4 乙方对平台进行重大版本升级的，应提前十五日通知甲方，并确保升级不影响已配置的规则、报表和对接。

13B. 不可抗力
13B.1 因不可抗力导致无法履行合同的，受影响一方应及时通知对方并提供证明，在影响范围内免除责任。不可抗力持续超过六十日的，任何一方可书面解除合同，乙方应退还未使用服务期的费用。

13C. 通知
13C.1 与本合同有关的通知应以书面形式发送至双方在本合同首页列明的地址或双方确认的电子邮箱。一方变更联系信息的，应在三日内通知对方。
13C.2 乙方的服务通知、维护通知和故障通报应同时发送甲方总部联系人及受影响门店的店长。
13C.3 甲方增加或关闭门店的，应提前三十日书面通知乙方；关闭门店的订阅服务费自下一服务年度起相应调减。

13C.4 乙方应每半个服务年度为新入职的门店收益经理组织一次线上培训，不另行收费。

13C.5 乙方应为甲方开通二十个总部及区域管理账号，并按甲方要求设置各门店账号的查看和修改权限；账号的增减由甲方管理员在平台中自行操作。

14. 其他
14.1 附件一《门店清单》、附件二《新增门店单价》为本合同的组成部分。
14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海栖悦酒店管理有限公司
乙方（盖章）：杭州云价科技有限公司
签署日期：2026年5月  日
"""

# ---------------------------------------------------------------- z04 (txt, 【】 headings, （1） clauses, 竞争性磋商)
H520Z04 = """南屿市青少年宫培训报名系统年度运维服务合同

项目编号：NYQSG-CS-2026-02（竞争性磋商）

甲方：南屿市青少年宫
乙方：南屿智联信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方培训报名系统的年度运维服务达成如下协议。

【服务内容与期限】
（1）运维对象：甲方培训报名系统，包括报名网站、微信小程序、缴费对账模块、教务排课模块及后台数据库，以及部署在甲方机房的两台应用服务器和一台数据库服务器。
（2）服务期限：2026年3月1日至2027年2月28日。服务期满本合同终止，后续服务由甲方依法重新组织采购。
（3）服务内容：每周一次日常巡检；故障处理；系统小版本升级与安全补丁；每季度一次数据库备份恢复演练；报名季保障，即春季、暑期、秋季、寒假各报名季开放前完成压力测试和扩容准备，开放首三日派员驻场；用户咨询支持；以及甲方提出的少量功能调整（全年不超过120人日）。

【服务费用及支付】
（4）服务费总额为人民币贰拾捌万陆仟元整（¥286,000），包括：日常运维¥168,000；报名季保障¥58,000；功能调整¥60,000（按¥500/人日，共120人日）。
（5）服务费按季度支付：每季度结束后，经甲方季度考核合格，甲方在十五个工作日内支付该季度服务费¥71,500。本合同不设预付款。
（6）乙方应在每次收款前开具合法有效的发票。

【服务水平】
（7）故障分级与时限：一级故障（报名系统整体无法访问或无法缴费）乙方应在30分钟内响应、2小时内恢复；二级故障（部分功能异常）应在2小时内响应、8小时内解决；三级故障（一般问题或咨询）应在1个工作日内处理。
（8）报名季开放期间，报名系统应能支撑不少于3,000名用户同时在线，主要页面响应时间不超过3秒。
（9）乙方未达到上述时限或指标的，应在三日内向甲方提交书面情况说明和整改措施，并在当季考核中如实记录。

【考核与验收】
（10）甲方每季度根据巡检记录、故障台账和用户满意度调查对乙方进行考核，考核结果作为支付当季服务费的依据。
（11）服务期满前十五日内，甲方组织年度验收。验收标准：全年巡检、备份演练和报名季保障记录完整；各报名季开放期间系统无持续超过2小时的一级故障；功能调整需求均已完成并经使用部门确认；运维文档、配置清单和账号权限已移交甲方。

【数据与个人信息保护】
（12）报名系统中的学员、家长个人信息及缴费数据归甲方所有。乙方仅可为运维目的在甲方授权范围内访问，不得下载、复制、留存或用于其他任何目的。
（13）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，运维操作须通过甲方堡垒机进行并保留日志；数据库备份应加密存放于甲方指定位置；乙方人员账号实行一人一号，离岗即注销。
（14）发生个人信息泄露、篡改或丢失的，乙方应在1小时内报告甲方，并配合开展调查处置；因乙方原因造成的，乙方承担全部法律责任，并赔偿甲方及相关学员家长的全部损失。

【违约责任】
（15）乙方未能在任一报名季开放前完成压力测试和扩容准备的，每逾期一日，按服务费总额的千分之二向甲方支付违约金。
（16）乙方其他违约行为给甲方造成损失的，应予赔偿。
（17）甲方逾期支付服务费的，应按同期贷款市场报价利率支付利息。

【知识产权】
（18）乙方在运维过程中为甲方编写的脚本、功能调整代码及运维文档归甲方所有，甲方可自由使用和修改。

【转包与分包】
（19）乙方不得将本合同项下服务转包或分包给第三方。

【合同解除】
（20）乙方严重违约，或一个季度内累计发生三次以上一级故障，经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期间结算服务费。

【争议解决】
（21）因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

【人员与驻场要求】
（21A）乙方应指定一名项目负责人和两名运维工程师负责本项目，名单见响应文件。项目负责人应具有三个以上同类项目的运维经验，运维工程师应熟悉报名系统所用的数据库和中间件。
（21B）报名季开放首三日，乙方应派不少于两名工程师在甲方信息中心驻场值守，其余时间应保证工作时间内电话随时可以联系、必要时两小时内到场。
（21C）乙方更换项目负责人或运维工程师的，应提前十日书面征得甲方同意，接替人员的能力不得低于原人员，并完成工作交接。

【运维记录与报告】
（21D）乙方应建立运维台账，如实记录每次巡检、故障处理、变更和备份演练的时间、内容和结果，运维台账由甲方随时查阅。
（21E）乙方应在每月五日前提交上月运维报告，在每个报名季结束后七日内提交报名季保障总结，内容包括系统访问量、并发峰值、故障情况和改进建议。
（21F）系统变更（包括版本升级、配置调整和功能调整上线）应事先提交变更方案，经甲方审批后在非报名时段实施，并做好回退准备。

【甲方责任】
（21G）甲方应指定信息中心一名工作人员作为联系人，为乙方提供必要的机房出入、账号权限和工作场所，并及时确认功能调整需求。
（21H）甲方应负责机房供电、空调和网络线路的正常运行，因上述原因导致的故障不计入乙方的服务指标。

【不可抗力】
（21I）因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，在影响范围内免除责任，双方协商后续安排。

【通知】
（21J）与本合同有关的通知以书面形式送达对方联系人，可采用专人送达、快递或电子邮件方式。紧急故障可先电话通知，事后补发书面记录。
（21K）任何一方变更联系人或联系方式的，应在三日内通知对方。
（21L）乙方应对甲方工作人员进行系统操作培训，每学期开学前至少一次，培训资料交甲方存档，培训对象包括各培训部门的报名管理员和财务对账人员。
（21M）服务期满时，乙方应向甲方或甲方指定的后续服务单位完成全部交接，包括系统账号、配置文档、源代码、数据库结构说明和未结问题清单，并在交接后十五日内提供必要的咨询。

【廉洁与合规】
（21N）乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。乙方人员在甲方场所工作期间，应遵守甲方的考勤、出入、机房管理和未成年人保护等各项规章制度，不得擅自接触学员和家长。
（21O）乙方应为其派驻人员依法缴纳社会保险，乙方人员在工作中发生的人身伤害由乙方负责处理。

（21P）乙方应配合甲方接受财政、审计等部门对本项目的检查，如实提供服务记录和相关资料。
（21Q）本项目的服务质量纳入甲方供应商履约评价，评价结果作为今后采购的参考。

【其他】
（22）磋商文件、响应文件、成交通知书为本合同的组成部分。本合同一式四份，甲方执三份，乙方执一份，自双方盖章之日起生效。

甲方（盖章）：南屿市青少年宫        代表：__________
乙方（盖章）：南屿智联信息技术有限公司    代表：__________
日期：2026年2月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
H520Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

**鼎仓软件标准合同文本 V3.0**

合同编号：DC-WMS-2026-118

- 甲方：内蒙古草原红食品有限公司（地址：呼和浩特市金川开发区金盛路6号）
- 乙方：青岛鼎仓软件有限公司（地址：青岛市崂山区松岭路169号）

甲方因牛肉干成品及原辅料仓储管理需要，向乙方购买鼎仓WMS软件使用许可，并委托乙方进行定制开发。双方在平等自愿的基础上签订本合同。

## 第一条 许可与开发内容

1.1 乙方向甲方提供鼎仓WMS V6标准版软件永久使用许可（一个法人主体、两个仓库：原料冷库及成品库），包含入库、上架、拣货、盘点、出库、批次追溯模块，以及20台RF手持终端的客户端授权。

1.2 乙方按甲方需求进行定制开发：与甲方ERP及称重系统对接；冷库温湿度数据接入与超限告警；按生产批次和保质期的先到期先出（FEFO）拣货规则；经销商发货标签打印。

1.3 具体功能以乙方提供的《功能清单》为准。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 鼎仓WMS V6标准版软件许可（含批次追溯、RF客户端授权） | 420,000 |
| 2 | 定制开发（ERP/称重对接、温控接入、FEFO规则、标签打印） | 86,000 |
| 3 | 实施部署及培训 | 24,000 |
| | 合计 | 530,000 |

合同总价为人民币伍拾叁万元整（¥530,000）。上述价格不含RF手持终端硬件、服务器及数据库软件，该等设备和软件由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%（¥344,500）。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总价的35%（¥185,500）。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与验收

4.1 乙方在收到首期款后七十五日内完成软件安装部署及定制功能交付。因需求变更、甲方配合不到位等原因造成延误的，交付期相应顺延。

4.2 乙方交付延误的，双方协商确定新的交付时间，乙方应尽力追赶进度。

4.3 软件安装部署完成即视为甲方验收合格。甲方在使用中发现的问题，由乙方在质保期内负责处理。

## 第五条 质保与技术支持

5.1 免费质保期为六个月，自安装部署完成之日起计算。

5.2 质保期内乙方提供远程技术支持，对甲方报告的问题将尽合理努力及时处理。

5.3 质保期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可费的22%收取，即每年¥92,400，按服务年度预付。未签订维护协议的，乙方不再提供升级和技术支持。

5.4 乙方提供的技术支持方式包括电话、电子邮件和远程协助，工作日9:00至17:30受理，节假日可通过邮件提交问题。

5.5 乙方定期发布软件补丁和新版本，质保期内甲方可免费获得，质保期满后须在签订维护协议的前提下获得。

## 第六条 知识产权

6.1 鼎仓WMS软件以及乙方为本合同定制开发的全部程序、接口、报表模板及文档的知识产权均归乙方所有。

6.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译或提供给第三方使用。

6.3 甲方如需将软件用于新增仓库或新增法人主体，应另行向乙方购买许可，价格按乙方当时的报价执行。

## 第七条 数据

7.1 甲方在系统中录入和产生的库存、批次、客户及经营数据归甲方所有，乙方仅为实施和技术支持目的访问，不得用于其他用途。

7.2 乙方远程维护须经甲方同意，并对其人员的操作采取账号管理和日志记录等安全措施。因乙方原因造成甲方数据泄露或丢失的，乙方承担相应的赔偿责任。

## 第八条 保密

8.1 双方对本合同内容及在履行中知悉的对方技术信息、经营信息负有保密义务，保密期至合同终止后两年。

## 第九条 分包

9.1 乙方可将部分实施及对接工作交由其合作伙伴完成，事先书面通知甲方即可，乙方对合作伙伴的工作负责。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任以合同总价的20%为限，且不承担甲方的间接损失和利润损失。

## 第十一条 合同解除

11.1 任何一方严重违约，经对方书面通知后三十日内仍未纠正的，守约方有权解除合同。

## 第十二条 法律适用与争议

12.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十二条之一 甲方责任

12A.1 甲方应按乙方要求准备服务器、数据库、网络及RF手持终端等软硬件环境，并指定项目负责人配合乙方实施。

12A.2 甲方应在乙方通知之日起三日内提供基础资料，包括物料编码、库位编码、客户及经销商信息、期初库存数据，并对资料的准确性负责。

12A.3 甲方应组织仓库管理员、叉车工及财务人员参加乙方的培训，并按乙方的操作手册使用系统。因甲方操作不当造成的问题，不属于质保范围。

## 第十二条之二 不可抗力

12B.1 因不可抗力、政府行为、网络运营商故障等非乙方所能控制的原因造成的延误或损失，乙方不承担责任。

## 第十二条之三 通知

12C.1 双方往来通知以书面形式发送至本合同首页所列地址或双方确认的电子邮箱，电子邮件发出即视为送达。

12C.2 一方变更地址或联系方式的，应提前书面通知对方。

## 第十二条之四 其他约定

12D.1 乙方的报价单、功能清单、实施方案与本合同不一致的，以本合同为准。

12D.2 甲方同意乙方在其官网及宣传材料中将甲方列为客户案例，并使用甲方的名称和标识。

12D.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

## 第十二条之五 培训与文档

12E.1 乙方为甲方提供一次集中培训，培训对象为甲方仓库管理员、叉车工、财务人员及系统管理员，培训时长两天，地点在甲方厂区。

12E.2 乙方向甲方提供电子版操作手册和系统管理员手册。甲方需要额外培训的，按乙方当时的培训报价另行收费。

12E.3 乙方实施人员在甲方现场工作期间，甲方应提供必要的办公场所和网络条件，并遵守双方确认的实施计划。

12E.4 乙方为甲方配置的库位规则、打印模板和报表参数，甲方可在系统中自行调整，调整造成的问题由甲方自行负责。

## 第十三条 其他

13.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。乙方《功能清单》为本合同附件。

甲方（盖章）：内蒙古草原红食品有限公司　　日期：

乙方（盖章）：青岛鼎仓软件有限公司　　日期：
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Faroese vendor, perpetual licences)
H520E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HB-CN-2026-0042
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Havbrún Software P/F, a company registered in the Faroe Islands with its office at Vestara Bryggja 15, 100 Tórshavn, Faroe Islands (the "Vendor"); and
P:(2) Dalian Haixin Seafood Processing Co., Ltd., a company incorporated in the People's Republic of China with its office at 66 Jinma Road, Jinzhou District, Dalian, Liaoning Province (the "Customer").
P:Background: The Customer operates two fish and shellfish processing plants in Dalian and wishes to plan production and trace every lot from landing to dispatch. The Vendor publishes the FiskFlow production planning and traceability software. The Customer has selected FiskFlow after a tender and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FiskFlow server, client and traceability module in the version current at delivery, with its documentation.
P:1.2 "Services" means implementation, integration with the Customer's weighing scales and ERP system, data migration and training as described in Annex 1.
P:1.3 "Customisations" means the reports, label layouts, interface programs and configuration scripts that the Vendor prepares for the Customer under this Agreement.
P:1.4 "Acceptance" means the signed acceptance certificate issued under Article 6.
P:1.5 "Customer Data" means all data entered into or generated by the Software at the Customer's plants, including catch, lot, yield, quality and customer records.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at its two plants for its own business, for the number of named users stated in Article 3.
P:2.2 The Vendor shall perform the Services so that the Software is in productive use in both plants, connected to 18 weighing stations and to the Customer's ERP system.
P:2.3 The Customer shall provide servers, the operating system, the database licence and network access in accordance with the Vendor's written requirements.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The prices are fixed and include all taxes, travel and expenses.
P:Item | Description | Quantity | Unit price (CNY) | Amount (CNY)
P:1 | FiskFlow server licence (perpetual) | 1 | 360,000 | 360,000
P:2 | FiskFlow named user licences (perpetual) | 60 | 4,800 | 288,000
P:3 | Lot traceability module (perpetual) | 1 | 156,000 | 156,000
P:Licence subtotal | | | | 804,000
P:4 | Implementation and configuration | 1 | 212,000 | 212,000
P:5 | Scale and ERP integration | 1 | 118,000 | 118,000
P:6 | Training of key users and administrators | 1 | 36,000 | 36,000
P:Total Contract Price | | | | 1,170,000
P:3.2 The Total Contract Price is CNY 1,170,000.
H:Article 4 Payment
P:4.1 20% of the Total Contract Price (CNY 234,000) is payable within 20 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 45% (CNY 526,500) is payable within 30 days after the Software is installed in both plants and the integration tests under Annex 2 have been passed. Installation is not Acceptance.
P:4.3 35% (CNY 409,500) is payable within 30 days after Acceptance.
P:4.4 The Vendor shall issue a valid invoice for each payment. Bank charges outside China are borne by the Vendor.
H:Article 5 Delivery and Time Schedule
P:5.1 The Vendor shall deliver the Software within 15 days after signature and complete the Services so that Acceptance tests can start within 120 days after signature.
P:5.2 The Vendor shall provide a project manager who speaks Chinese and shall report progress every week.
H:Article 6 Acceptance
P:6.1 Acceptance tests follow Annex 2 and include: all functions listed in Annex 1 working in both plants; lot traceability from landing to dispatch in no more than 10 seconds for any lot; weight data from all 18 stations matching the scales within 0.1%; ERP postings reconciled for 20 consecutive production days; and no open Severity 1 or Severity 2 defect.
P:6.2 The Customer shall issue the acceptance certificate within 10 working days after the tests are passed, or give written reasons for refusal. The Vendor shall correct the defects and repeat the tests at its own cost.
P:6.3 Productive use of the Software or any payment does not by itself constitute Acceptance.
H:Article 7 Warranty and Support
P:7.1 The warranty period is 18 months from Acceptance. During the warranty period the Vendor shall correct defects, provide all new versions and remote support free of charge.
P:7.2 Defects are classified in Annex 3. For a Severity 1 defect (production planning or label printing stopped in a plant) the Vendor shall respond within 1 hour and provide a workaround within 8 hours. For a Severity 2 defect the response time is 2 hours, and for a Severity 3 defect the next working day.
P:7.3 If the Vendor misses a response or workaround time, it shall pay the Customer CNY 2,000 for each hour or part of an hour of delay.
P:7.4 After the warranty period, the Vendor shall offer annual support at a fee of 13% of the licence subtotal, that is CNY 104,520 per year, fixed for three support years. The support covers the same services as the warranty.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all intellectual property rights in the Software.
P:8.2 The Customisations belong to the Customer when they are created. The Vendor shall hand over their source code. The Customer may use, modify and license them freely.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and may not keep, copy or use it for any other purpose.
P:9.2 Remote access by the Vendor requires the Customer's approval in each case and shall use the Customer's VPN with personal accounts. The Vendor shall protect any Customer Data it handles by access control, encryption in transit and logging, and shall comply with Chinese data protection laws; no Customer Data may be transferred outside China.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data and is liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Customer's recipes, yields, prices and customer lists, and use it only for this Agreement. This obligation survives for three years after termination.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to meet the date in Article 5.1, it shall pay delay damages of 0.1% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Price. The limit does not apply to death or personal injury, wilful misconduct or breach of Articles 9 and 10.
H:Article 11A Project Organisation
P:11A.1 Each party shall name a project manager within 10 days after signature. The project managers shall meet every two weeks, by video or at the Customer's plant, and keep minutes of decisions and open issues.
P:11A.2 The Vendor shall provide an implementation plan within 20 days after signature, showing the work packages, the Customer's tasks, the test dates and the planned date for the start of the Acceptance tests. Changes to the plan require the agreement of both project managers.
P:11A.3 The Vendor's consultants working at the plants shall follow the Customer's food hygiene, safety and visitor rules.
P:11A.4 The Customer shall give the Vendor's consultants access to the plants, the servers and the key users, and shall take decisions on open questions within five working days.
P:11A.5 The Vendor shall deliver the user manuals and the administrator guide in Chinese before the Acceptance tests start.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for its approved subcontractors.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Faroe Islands.
P:14.2 Disputes shall be settled by the courts of Tórshavn, Faroe Islands.
H:Article 15 Miscellaneous
P:15.1 This Agreement is made in English and Chinese. Annex 1 (Scope of Services), Annex 2 (Acceptance Tests) and Annex 3 (Defect Classes) form part of it.
P:15.2 Amendments must be in writing and signed by both parties.
P:For Havbrún Software P/F: ____________________    Name, title, date
P:For Dalian Haixin Seafood Processing Co., Ltd.: ____________________    Name, title, date
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N, Azores vendor)
H520E02 = """# ORDER FORM — PulseBox Customer Feedback Platform

**Order Form No.** AI-OF-2026-117
**Provider:** Atlântico Insights, Lda., Rua Ernesto do Canto 42, 9500-312 Ponta Delgada, São Miguel, Azores, Portugal
**Customer:** Hefei Jiahe Supermarket Chain Co., Ltd., 318 Changjiang West Road, Shushan District, Hefei, Anhui Province, China
**Customer contact:** Ms. Wang Li, Head of Customer Experience

This Order Form is entered into under, and incorporates, the PulseBox General Terms set out below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Order details

| Item | Details |
|---|---|
| Service | PulseBox customer feedback platform: in-store QR surveys, WeChat mini-program surveys, receipt surveys, sentiment analysis and store dashboards |
| Scope | 64 supermarkets and the head office; up to 150 named dashboard users; up to 1,200,000 survey responses per Subscription Year |
| Subscription Term | Two Subscription Years, from the Go-Live Date (planned 1 September 2026) to the day before the second anniversary of the Go-Live Date |
| Go-Live Date | The date on which the Customer signs the go-live acceptance under Section 4.2; no later than 45 days after signature |
| Hosting | Provider's cloud region in mainland China, operated by a licensed local data-centre partner named in Schedule B |
| Currency | CNY, at the Customer's request |

## Fees

| Fee item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, first Subscription Year | per Subscription Year | 186,000 |
| Platform subscription, second Subscription Year | per Subscription Year | 186,000 |
| Set-up, store onboarding and survey design (one-time) | fixed | 28,000 |
| **Total fees for the Subscription Term** | | **400,000** |

Responses above the yearly allowance are charged at CNY 0.08 per response, invoiced quarterly in arrears; such charges are not part of the fees above.

## Invoicing

The set-up fee is invoiced on the Go-Live Date. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year, the first Subscription Year starting on the Go-Live Date. Invoices are payable within 30 days. No amount is payable before the Go-Live Date.

Signed for the Provider: ______________________  Name / Title / Date

Signed for the Customer: ______________________  Name / Title / Date

---

# PULSEBOX GENERAL TERMS

## Section 1 Definitions

1.1 "Service" means the PulseBox platform described in the Order Form, including updates the Provider makes generally available.

1.2 "Customer Data" means all survey questions, responses, store and product information, contact details of shoppers and any other data that the Customer or its shoppers submit to the Service.

1.3 "Deliverables" means survey templates, dashboards, reports and integration settings that the Provider prepares for the Customer.

1.4 "Subscription Year" means each consecutive period described as such in the Order Form.

## Section 2 The Service

2.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with the Agreement and the documentation.

2.2 The Customer shall use the Service only for its own business and is responsible for its users' accounts.

2.3 The Provider may improve the Service during the Subscription Term but shall not materially reduce the functions described in the Order Form.

## Section 3 Set-up Services

3.1 The Provider shall configure the Service for the 64 stores, connect it to the Customer's membership system through the Provider's standard interface, design up to 12 survey templates with the Customer and train 40 store managers.

3.2 If the Go-Live Date has not occurred within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer delay damages of CNY 400 for each day of delay, up to CNY 20,000.

## Section 4 Go-Live Acceptance

4.1 The Provider shall give the Customer written notice when the set-up services are complete.

4.2 The Customer shall test the Service within 10 working days. The Service is accepted when: all 64 stores can collect responses through QR codes and the mini-program; responses appear in the dashboards within 5 minutes; the membership interface matches 500 test members without error; and the agreed survey templates are live. The Customer shall sign the go-live acceptance or list the failures in writing, and the Provider shall correct them and offer the Service for testing again.

## Section 5 Service Levels

5.1 The Provider shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced 72 hours in advance and carried out between 00:00 and 06:00 Beijing time.

5.2 Priority 1 incidents (the Service is unavailable or responses cannot be collected in more than five stores) shall be responded to within 2 hours and resolved within 8 hours, at any time. Priority 2 incidents shall be responded to within 8 business hours, and Priority 3 requests within two business days.

5.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly share of the subscription fee for each started 0.5 percentage point below the commitment. Each Priority 1 incident not resolved in time gives a further credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

## Section 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and shall not use it for any other purpose.

6.2 The Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it, keep access logs for at least six months and test its backups every quarter.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, cooperate in the response and bear the costs and losses caused by an incident attributable to the Provider or its subcontractors.

6.4 Within 30 days after the end of the Agreement the Provider shall return Customer Data in CSV format and then delete it.

6.5 The Provider shall give the Customer, on request and at least once per Subscription Year, a summary of its latest independent security assessment and shall correct any high-risk findings that concern the Service without delay.

## Section 7 Intellectual Property

7.1 The Provider owns the Service and its software.

7.2 The Deliverables and all results of the Customer's surveys belong to the Customer, which may use, modify and license them without restriction.

## Section 8 Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to employees and advisers who need it. This obligation continues for three years after the end of the Agreement.

## Section 9 Subcontractors

9.1 The Provider may use subcontractors, including the hosting partner named in Schedule B, to perform the Agreement. The Provider shall notify the Customer in writing of any new subcontractor 15 days before it starts work. The Provider remains responsible for its subcontractors.

## Section 10 Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Provider's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.3 Section 10.2 does not apply to the Customer's payment obligations or to liability that cannot be limited by law.

## Section 11 Term and Termination

11.1 The Agreement runs for the Subscription Term and ends at its expiry. Any extension requires a new Order Form signed by both parties.

11.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remaining period.

## Section 12 Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

12.3 Pending the outcome of any dispute, the Provider shall continue to provide the Service and the Customer shall continue to pay undisputed fees.

12.4 Before starting arbitration, the parties shall try for 30 days to settle the dispute through their senior managers.

12.5 Each party bears its own costs of any dispute unless the arbitral tribunal decides otherwise.

## Section 13 General

13.1 Notices shall be in writing and sent to the addresses in the Order Form.

13.2 Neither party may assign the Agreement without the other party's written consent.

13.3 The Agreement is the entire agreement of the parties on its subject and may be amended only in writing.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, buyer's paper, Canary Islands vendor)
H520E03 = """
T:PURCHASE CONTRACT FOR GREENHOUSE MONITORING SENSORS AND SOFTWARE
P:Contract No. SGL-PUR-2026-0088
P:Buyer: Shouguang Greenfield Agricultural Technology Co., Ltd., 18 Nongsheng Road, Shouguang, Shandong Province, China ("Buyer").
P:Supplier: Agrosensa Canarias S.L., Calle León y Castillo 221, 35005 Las Palmas de Gran Canaria, Canary Islands, Spain ("Supplier").
P:The Buyer grows vegetables in 40 glass and film greenhouses at its Shouguang site and wishes to monitor soil, climate and weather conditions in each greenhouse. After comparing offers, the Buyer has chosen the Supplier. This contract is on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, climate stations, weather stations, gateways and accessories listed in the price table in clause 3.
P:1.2 "Software" means the AgroSense monitoring software, including the web dashboard and mobile application, licensed under clause 9.
P:1.3 "Site" means the Buyer's greenhouse site at Shouguang described in Annex 1.
P:1.4 "Final Acceptance" means the written acceptance by the Buyer under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software at the Site so that every greenhouse reports soil moisture, soil temperature, air temperature, humidity and CO2 concentration, and both weather stations report wind, rain, radiation and temperature.
P:2.2 The Supplier shall build dashboards and alarm rules for each crop type agreed with the Buyer's agronomists and connect the Software to the Buyer's irrigation controllers through the controllers' open interface.
P:2.3 The Supplier shall train the Buyer's technicians and greenhouse managers and deliver manuals in Chinese.
H:3. Contract Price
P:3.1 The Contract Price is CNY 700,000, fixed, including delivery to the Site (DDP Shouguang), duties, taxes, installation, commissioning and training. Details:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature sensors|160|1,450|232,000
TB:2|Air temperature, humidity and CO2 stations|40|3,800|152,000
TB:3|Weather stations|2|46,500|93,000
TB:4|LoRaWAN gateways with solar power|6|9,800|58,800
TB:5|AgroSense monitoring software, perpetual site licence|1|88,000|88,000
TB:|Equipment and Software subtotal|||623,800
TB:6|Installation and commissioning|1|64,200|64,200
TB:7|Calibration and training|1|12,000|12,000
TB:|Total Contract Price|||700,000
H:4. Payment
P:4.1 10% of the Contract Price (CNY 70,000) is paid within 15 days after signature against an advance payment bank guarantee of the same amount.
P:4.2 55% (CNY 385,000) is paid within 30 days after all Equipment has been delivered to the Site and counted. Delivery and counting are not acceptance.
P:4.3 35% (CNY 245,000) is paid within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid invoice. The Buyer pays in CNY to the Supplier's account stated in the contract.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within 60 days after signature and complete installation and commissioning within 30 days after delivery.
P:5.2 The Supplier's installation team shall follow the Site's hygiene and safety rules and shall not damage crops or greenhouse structures.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 30 consecutive days. Final Acceptance requires that: at least 98% of sensor readings arrive at the Software in that period; soil moisture readings are within ±3% of the Buyer's reference measurements at 20 test points; alarms reach the responsible managers within 2 minutes; the irrigation interface works in all greenhouses; and the documentation and training have been delivered.
P:6.2 The Buyer shall sign the acceptance certificate within 7 working days after the criteria are met, or state the failures in writing. The Supplier shall correct failures at its own cost and the test period is repeated as far as needed.
P:6.3 Installation, use of the system or payment does not mean acceptance.
H:7. Warranty
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, recalibrate sensors once a year and provide Software updates free of charge.
P:7.2 Faults are classified as follows. Severity 1 (a gateway, a weather station or the Software is down): response within 2 hours, repair within 48 hours. Severity 2 (single sensors or stations fail): response within 8 hours, repair within 5 working days. Severity 3 (questions and minor issues): answer within 2 working days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or repair time, it shall pay the Buyer CNY 500.
P:7.4 The Supplier keeps spare sensors and one spare gateway in Shouguang during the warranty period.
H:8. Support after the Warranty
P:8.1 After the warranty period, the Supplier shall provide support on the same terms as clause 7 for an annual fee of 8% of the Equipment and Software subtotal, that is CNY 49,904 per year. The fee is fixed for three years after the warranty period and the Buyer may decide each year whether to buy it.
H:9. Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Site.
P:9.2 The dashboards, alarm rules, crop models and interface settings prepared for the Buyer belong to the Buyer, which may use, change and pass them on freely.
H:10. Data
P:10.1 All measurements, images and farming records collected by the system belong to the Buyer. The Supplier may use them only to perform this contract.
P:10.2 The Software runs on the Buyer's server at the Site. The Supplier shall protect remote access with individual accounts and two-factor login, connect only with the Buyer's permission and keep a log of its work.
P:10.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the Buyer's data or systems and is liable for the losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's crops, yields, methods and customers, and shall not disclose it without the Buyer's written consent, during this contract and for three years after it ends.
H:12. Delay and Breach
P:12.1 If the Supplier is late with delivery or with completion of installation, it shall pay delay damages of 0.1% of the Contract Price for each day of delay.
P:12.2 The Supplier shall compensate the Buyer for other losses caused by its breach of contract.
H:13. Subcontracting
P:13.1 The Buyer approves Weifang Tianrun Electrical Installation Co., Ltd. as the Supplier's local installation subcontractor. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier materially breaches it and does not remedy the breach within 20 days after the Buyer's notice, or if the delay exceeds 60 days.
H:14A. Site Rules and Documentation
P:14A.1 The Supplier's staff and subcontractors shall register at the Site gate, follow the Buyer's biosecurity rules for greenhouses, wear protective clothing where required and remove their waste at the end of each working day.
P:14A.2 Before installation, the Supplier shall submit an installation plan showing the position of each sensor, station and gateway, the cable and power routes and the working sequence, for approval by the Buyer's site manager.
P:14A.3 On completion, the Supplier shall hand over as-built drawings, the list of serial numbers and installation positions, calibration certificates for the weather stations, user and maintenance manuals in Chinese, and the administrator passwords of all devices and of the Software.
H:14B. Force Majeure
P:14B.1 A party prevented from performing by force majeure shall notify the other party promptly and provide evidence. Performance is suspended while the force majeure lasts; if it lasts more than 60 days, either party may terminate the contract by written notice.
H:14C. Notices
P:14C.1 Notices under this contract shall be in writing and sent by courier or e-mail to the addresses on the first page or to addresses later notified. The Supplier shall keep a representative in China who can receive notices and speak Chinese during the contract.
P:14C.2 Each party shall inform the other in writing within five days of any change in its address, contact person or bank account. Changes to the Supplier's bank account must be confirmed by a letter signed by its legal representative before the Buyer makes a payment to the new account.
P:14C.3 The Supplier shall comply with Chinese rules on radio equipment and shall supply type-approval documents for the LoRaWAN gateways before delivery.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be brought before the people's court where the Buyer is located.
H:16. Final Provisions
P:16.1 This contract is made in Chinese and English; both texts have equal force. Annex 1 (Site plan) and Annex 2 (Technical specifications) form part of it.
P:16.2 This contract takes effect when signed and sealed by both parties.
P:Buyer: Shouguang Greenfield Agricultural Technology Co., Ltd.    Signature and seal: ____________    Date:
P:Supplier: Agrosensa Canarias S.L.    Signature: ____________    Date:
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + schedules as tables, Bermuda vendor)
H520E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** HMS-2026-NB-031

**Between**

1. **Harbourline Managed Services Ltd.**, a company incorporated in Bermuda, of 7 Front Street, Hamilton HM 11, Bermuda (the "Provider"); and
2. **Ningbo Hengda Garment Import & Export Co., Ltd.**, of 1200 Zhongshan East Road, Yinzhou District, Ningbo, Zhejiang Province, China (the "Customer").

**Background.** The Customer employs about 420 office staff in Ningbo and at two factories in Yuyao. It wishes to outsource its IT service desk, the management of its desktops and laptops, and the monitoring of its servers and network. The Provider delivers these services remotely from its service centres and on site through its own field engineers in Ningbo.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees and customers that the Provider receives or can access in performing the Services.

1.5 "Service Commencement Date" means the date on which the Customer confirms completion of onboarding under clause 3.3.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Term"), planned from 1 August 2026 to 31 July 2029.

2.2 The Agreement ends at the end of the Term. Any extension must be agreed in writing by both parties, including its charges.

2.3 Neither party may terminate this Agreement before the end of the Term, except that the Provider may terminate it by written notice if undisputed Charges remain unpaid for 60 days after their due date.

## 3. Onboarding

3.1 The Provider shall complete onboarding within 60 days after signature: discovery of all devices and accounts, deployment of the endpoint management agent to all devices, set-up of the monitoring platform, knowledge transfer from the Customer's current staff, and publication of the service catalogue in Chinese and English.

3.2 If onboarding is not completed within that period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,450 for each day of delay.

3.3 Onboarding is complete when the Customer confirms in writing that: the agent is installed on at least 98% of the devices in the asset list; all servers and network devices in Schedule 1 report to the monitoring platform; the service desk has handled calls in a two-week trial with at least 90% first-contact resolution for password and account requests; and the runbooks have been approved by the Customer's IT manager.

## 4. Charges and Payment

4.1 The Customer shall pay the Charges in Schedule 3. At the Customer's request all Charges are stated and paid in CNY and include all taxes.

4.2 The onboarding charge is invoiced when onboarding is complete. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days.

4.3 The Charges are fixed for the Term. A change in the number of users of more than 10% is handled by a written change order at the unit rates in Schedule 3.

## 5. Service Levels

5.1 The Provider shall meet the Service Levels in Schedule 2 and report on them each month.

5.2 If a Service Level is missed, the Customer receives the service credits in Schedule 2, deducted from the next invoice. Credits do not limit other remedies.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Agreement the Provider shall return all Customer Data and documentation to the Customer and delete its copies.

## 7. Intellectual Property

7.1 The Provider keeps its tools and know-how.

7.2 Runbooks, scripts, configuration baselines and documentation created for the Customer belong to the Customer, which may use and modify them freely, also with another provider.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff who need to know it. This obligation continues for three years after the Agreement ends.

## 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service manager and at least two field engineers based in Ningbo.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

9.3 The Provider's staff working at the Customer's premises shall follow the Customer's site and safety rules. The Customer may require the replacement of any member of the Provider's staff who does not meet the Customer's reasonable standards.

9.4 The Provider shall hold a governance meeting with the Customer's IT manager each month to review the Service Level report, open problems, planned changes and improvement proposals, and a review meeting with the Customer's management every quarter.

9.5 The Provider shall keep the asset records, runbooks and knowledge base up to date, and at the end of the Term shall give reasonable help, for up to 30 days and at no extra charge, to transfer the Services to the Customer or a new provider, including joint handover sessions.

9.6 The Customer shall give the Provider the administrator access, remote access and desk space it reasonably needs, and shall tell the Provider in advance about new offices, major purchases of equipment and changes to its business systems.

9.7 Each party shall name a contract manager. Notices under this Agreement shall be in writing and sent to the contract managers by e-mail and courier.

9.8 The Provider shall keep its service centre staff trained on the Customer's systems and shall give the Customer's IT manager a list of the staff who can access the Customer's systems, updated each quarter and whenever it changes.

9.9 The Provider shall keep a record of every change it makes to the Customer's servers, network devices and endpoint policies, and shall make this record available to the Customer's IT manager on request.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for wilful misconduct and personal injury, which are not limited.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be referred to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

## 12. General

12.1 Changes to this Agreement must be in writing and signed by both parties.

12.2 This Agreement is made in English; a Chinese translation is provided for reference.

---

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and WeCom support in Chinese and English for about 420 users | 08:00–20:00 Monday to Saturday |
| Endpoint management | Patching, software distribution, antivirus status, asset records for about 460 desktops and laptops | continuous |
| Server and network monitoring | 14 servers, 2 firewalls, 26 switches and 38 access points at three sites | 24 × 7 |
| On-site support | Field engineers in Ningbo; visits to Yuyao factories as needed | 08:00–18:00 working days |
| Monthly reporting | Service Level report, incident trends, asset changes | monthly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Restore time | Credit per miss |
|---|---|---|---|---|
| P1 | A site, the ERP system or e-mail is down for many users | 30 minutes | 6 hours | 3% of the monthly charge |
| P2 | A group of users or one server affected | 1 hour | 8 hours | 1% of the monthly charge |
| P3 | One user affected | 2 business hours | 2 business days | none |

| Other Service Level | Target | Credit |
|---|---|---|
| Service desk calls answered within 60 seconds | 90% per month | 2% of the monthly charge |
| Patches applied to endpoints within 14 days of release | 95% per month | 2% of the monthly charge |

Total credits in a month are limited to 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (one-time) | fixed | 64,000 |
| Monthly service charge | 38,500 per month × 36 months | 1,386,000 |
| **Total Charges for the Term** | | **1,450,000** |
| Additional user above the 10% band | per user per month | 85 |

Signed for Harbourline Managed Services Ltd.: ______________________ Date:

Signed for Ningbo Hengda Garment Import & Export Co., Ltd.: ______________________ Date:
"""

# ---------------------------------------------------------------- e05 (txt, UPPER-CASE headings, Cape Verde vendor)
H520E05 = """MARINE FORECAST DATA API SUBSCRIPTION AGREEMENT

Agreement No. BOD-API-2026-014

PARTIES
Barlavento Ocean Data, S.A., Avenida Marginal 12, Mindelo, São Vicente, Cape Verde ("Provider").
Zhoushan Pinghai Ocean Fishing Co., Ltd., 55 Haiyuan Road, Putuo District, Zhoushan, Zhejiang Province, China ("Customer").

BACKGROUND
The Customer operates a fleet of 26 distant-water fishing vessels. It wants to receive marine weather, sea-state and ocean-current forecasts through an application programming interface and show them in its fleet dispatch system and on board its vessels. The Provider produces such forecasts from its own models and public observations. The parties agree as follows.

DEFINITIONS
"API" means the Provider's Marine Forecast API, version 3, with its documentation.
"Forecast Data" means the forecasts, analyses and derived values delivered through the API.
"Customer Data" means vessel positions, routes, catch areas, queries and any other data the Customer sends to the API or stores in its account.
"Go-Live Date" means the date on which the Customer confirms in writing that the acceptance tests under the ACCEPTANCE heading have been passed.
"Subscription Year" means the period from the Go-Live Date to 31 August 2027 (the first Subscription Year) and the period from 1 September 2027 to 31 August 2028 (the second Subscription Year), and each renewal period under RENEWAL.
"Subscription Term" means the first and second Subscription Years together with any renewal periods.

SUBSCRIPTION
1. The Provider grants the Customer, for the Subscription Term, a non-exclusive right to call the API and to use the Forecast Data within its own business, including display on its vessels and in reports to its fishery association.
2. The subscription covers: global wave, wind and current forecasts at 0.1 degree resolution in the Customer's fishing areas in the Indian Ocean, the Southwest Atlantic and the Eastern Pacific, updated four times a day with ten-day horizons; storm and typhoon track alerts; sea-surface temperature and chlorophyll layers; and up to 3,000,000 API calls per Subscription Year.
3. The Provider shall support the Customer's developers in integrating the API with the dispatch system and shall deliver a compressed data package suitable for satellite links to the vessels.

FEES
4. At the Customer's request, all fees are stated and paid in CNY:
   Subscription fee, first Subscription Year ............ CNY 264,000
   Subscription fee, second Subscription Year ........... CNY 264,000
   Onboarding and integration support (one-time) ........ CNY 32,000
   Total fees ........................................... CNY 560,000
5. API calls above the yearly allowance are charged at CNY 6 per 1,000 calls, invoiced quarterly in arrears; these charges are not part of the total fees.
6. The onboarding fee is invoiced on the Go-Live Date. The subscription fee for each Subscription Year is invoiced on its first day and is payable within 30 days. Nothing is payable before the Go-Live Date.

ONBOARDING AND DELAY
7. The Provider shall issue production credentials, configure the Customer's fishing areas and deliver the vessel data package within 30 days after signature.
8. If the Provider is late for reasons attributable to it, it shall pay the Customer CNY 112 for each day of delay, deducted from the first invoice.

ACCEPTANCE
9. The Customer shall test the API within 10 working days after the Provider's notice of readiness. The tests are passed when: all agreed areas and layers are delivered; forecast files for each update cycle are available within 30 minutes after the scheduled time on seven consecutive days; the vessel package stays below 2 MB per vessel per update; and the Customer's dispatch system displays the data correctly. The Customer shall confirm the Go-Live Date in writing or list the failed tests, which the Provider shall correct before the tests are repeated.

SERVICE LEVELS
10. The API shall be available at least 99.95% of the time in each calendar month, measured at the Provider's API gateway, excluding maintenance announced 72 hours in advance and limited to two hours a month.
11. Priority 1 incidents (the API is unavailable, or a scheduled forecast update is more than two hours late, or a storm alert fails) shall be responded to within 1 hour at any time, with updates every two hours until resolved. Priority 2 incidents shall be responded to within 6 hours, and other requests within two business days.
12. For each started 0.1 percentage point of availability below the commitment in a month, the Customer receives a credit of 3% of the monthly share of the subscription fee. Each Priority 1 response that is late gives a further credit of CNY 800. Credits are deducted from the next invoice.

CUSTOMER DATA AND SECURITY
13. Customer Data belongs to the Customer. The Provider may process it only to deliver the API to the Customer and shall not use, sell or share it for any other purpose, including in aggregated form.
14. The Provider shall protect Customer Data with encryption in transit and at rest, access controls, logging and regular security testing, and shall keep vessel positions in a separate account accessible only to named staff.
15. The Provider shall notify the Customer within 24 hours after it becomes aware of a security incident affecting Customer Data and shall bear the losses caused by an incident attributable to it.

INTELLECTUAL PROPERTY
16. The Provider owns the API, its models and the Forecast Data.
17. Integration code, maps, route plans and reports that the Customer or the Provider prepares for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely.

CONFIDENTIALITY
18. Each party shall keep confidential the other party's non-public information, including the Customer's fishing areas and vessel movements, and shall use it only for this Agreement. The obligation lasts for three years after the Agreement ends.

RENEWAL
19. At the end of the second Subscription Year the Agreement renews automatically for further Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.
20. The Provider may increase the subscription fee for any renewal Subscription Year by up to 7% by written notice given 90 days before the renewal.

SUBCONTRACTING
21. The Provider shall not subcontract the delivery or support of the API without the Customer's prior written consent. Its cloud hosting provider, named in the annex, is approved.

LIABILITY
22. The Provider's total liability under this Agreement is limited to 200% of the total fees, except for breaches of the CUSTOMER DATA AND SECURITY and CONFIDENTIALITY clauses, which are not limited.
23. The Forecast Data are forecasts. The Provider does not guarantee actual weather conditions, and the masters of the Customer's vessels remain responsible for navigation decisions.

TERMINATION
24. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the remaining part of the current Subscription Year.
25. On termination or expiry, the Provider shall return Customer Data in a standard format within 30 days and then delete it.

SUPPORT AND REPORTING
24A. The Provider shall provide a support desk by e-mail and telephone, staffed by forecasters who can explain the data to the Customer's dispatch officers, and shall give the Customer two online training sessions each Subscription Year.
24B. The Provider shall send the Customer a monthly report showing availability, update delays, incidents, API call volumes against the allowance and any planned changes to the API. Changes that could break the Customer's integration shall be announced at least 60 days in advance, and the previous API version shall remain available during that period.
24C. The Customer shall keep its API keys safe, shall tell the Provider promptly if it believes a key has been disclosed, and shall not share the Forecast Data with other fishing companies.

FORCE MAJEURE
24D. Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters or failures of public networks, if it notifies the other party promptly and does its best to limit the effects.

NOTICES
24E. Notices under this Agreement shall be in writing and sent by e-mail with a copy by courier to the addresses above. The Provider shall name a contact person who can communicate with the Customer in Chinese or English.

24F. The parties shall review the list of fishing areas and layers each quarter and may change it by written agreement without changing the fees.

GOVERNING LAW AND DISPUTES
26. This Agreement is governed by the laws of the People's Republic of China.
27. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

GENERAL
28. This Agreement, with its annex listing the fishing areas, layers and the approved hosting provider, is the entire agreement of the parties. Amendments must be in writing.

SIGNATURES
For Barlavento Ocean Data, S.A.: ______________________  Name / Title / Date
For Zhoushan Pinghai Ocean Fishing Co., Ltd.: ______________________  Name / Title / Date
"""

SOURCES = {"h520z01": H520Z01, "h520z02": H520Z02, "h520z03": H520Z03, "h520z04": H520Z04, "h520z05": H520Z05,
           "h520e01": H520E01, "h520e02": H520E02, "h520e03": H520E03, "h520e04": H520E04, "h520e05": H520E05}
FILES = {"h520z01": "h520z01_eco_bureau_discharge_permit_platform.pdf",
         "h520z02": "h520z02_textile_mill_sizing_machine_controls.docx",
         "h520z03": "h520z03_hotel_chain_revenue_management_saas.txt",
         "h520z04": "h520z04_youth_palace_enrolment_system_om.txt",
         "h520z05": "h520z05_beef_jerky_wms_supplier_template.md",
         "h520e01": "h520e01_faroese_seafood_traceability_licence.pdf",
         "h520e02": "h520e02_azores_feedback_saas_order_form.md",
         "h520e03": "h520e03_canary_greenhouse_sensors_purchase.docx",
         "h520e04": "h520e04_bermuda_managed_it_services.md",
         "h520e05": "h520e05_cape_verde_marine_forecast_api.txt"}
TARGETS = {k: (v, v.rsplit(".", 1)[1]) for k, v in FILES.items() if v.endswith((".docx", ".pdf"))}

# ---------------------------------------------------------------- labels
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
GOOD = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
SERVICE = dict(GOOD, final_payment_on_acceptance=None, contract_kind="service")

V = {"h520z01": 1180000 + 968000 + 214000 + 98000, "h520z02": 1597800 + 142000 + 96000 + 18200,
     "h520z03": 25 * 9600 * 3 + 138000 + 22000, "h520z04": 168000 + 58000 + 60000, "h520z05": 420000 + 86000 + 24000,
     "h520e01": 360000 + 60 * 4800 + 156000 + 212000 + 118000 + 36000, "h520e02": 186000 * 2 + 28000,
     "h520e03": 232000 + 152000 + 93000 + 58800 + 88000 + 64200 + 12000, "h520e04": 64000 + 38500 * 36,
     "h520e05": 264000 * 2 + 32000}
assert V == {"h520z01": 2460000, "h520z02": 1854000, "h520z03": 880000, "h520z04": 286000, "h520z05": 530000,
             "h520e01": 1170000, "h520e02": 400000, "h520e03": 700000, "h520e04": 1450000, "h520e05": 560000}, V
# payment and subtotal sums stated in the texts
assert 492000 + 1107000 + 861000 == V["h520z01"] and 185400 + 927000 + 648900 + 92700 == V["h520z02"]
assert 1008000 + 327000 + 76800 + 186000 == 1597800 and round(1597800 * 0.12) == 191736
assert 240000 * 3 + 160000 == V["h520z03"] and 71500 * 4 == V["h520z04"] and 120 * 500 == 60000
assert 344500 + 185500 == V["h520z05"] and 420000 * 22 // 100 == 92400
assert 360000 + 288000 + 156000 == 804000 and 234000 + 526500 + 409500 == V["h520e01"] and 804000 * 13 // 100 == 104520
assert 232000 + 152000 + 93000 + 58800 + 88000 == 623800 and 70000 + 385000 + 245000 == V["h520e03"]
assert 623800 * 8 // 100 == 49904 and 160 * 1450 == 232000 and 40 * 3800 == 152000 and 6 * 9800 == 58800

# (terms, extra, category, licence/hardware fee base, capped, forum outside mainland)
L = {
    "h520z01": (dict(GOOD, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                     warranty_months=24, post_warranty_fee_pct=10), "software", 1180000, True, False),
    "h520z02": (dict(GOOD, p1_response_hours=8, ld_rate_per_day_pct=0.03, liability_cap_pct=50, prepayment_pct=10,
                     warranty_months=24, post_warranty_fee_pct=12), "hardware", 1597800, True, False),
    "h520z03": (dict(SERVICE, availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False,
                     ld_rate_per_day_pct=0.1, liability_cap_pct=150, auto_renewal_price_increase=True),
                "cloud", None, None, False),
    "h520z04": (dict(SERVICE, p1_response_hours=0.5, sla_remedy=False, confidentiality=False,
                     ld_rate_per_day_pct=0.2, governing_law=None), "services", None, None, False),
    "h520z05": (dict(GOOD, sla_remedy=False, ip_owner="supplier", liability_cap_pct=20, prepayment_pct=65,
                     acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                     post_warranty_fee_pct=22, subcontract_without_consent=True), "software", 420000, True, False),
    "h520e01": (dict(GOOD, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                     warranty_months=18, post_warranty_fee_pct=13, governing_law="Faroe Islands"),
                "software", 804000, True, True),
    "h520e02": (dict(SERVICE, availability_pct=99.5, p1_response_hours=2, ld_rate_per_day_pct=400 / 400000 * 100,
                     liability_cap_pct=6 / 24 * 100, subcontract_without_consent=True), "cloud", None, None, False),
    "h520e03": (dict(GOOD, p1_response_hours=2, ld_rate_per_day_pct=0.1, prepayment_pct=10, warranty_months=36,
                     post_warranty_fee_pct=8), "hardware", 623800, True, False),
    "h520e04": (dict(SERVICE, p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=1450 / 1450000 * 100,
                     liability_cap_pct=150, termination_for_breach=False), "services", None, None, False),
    "h520e05": (dict(SERVICE, availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=112 / 560000 * 100,
                     liability_cap_pct=200, auto_renewal_price_increase=True), "cloud", None, None, False),
}
NO_SLA = set()  # every draft but z05 has a measurable SLA
NO_SLA.add("h520z05")
NO_LD = {"h520z05"}

DESIGN = {
    "h520z01": [],
    "h520z02": ["CR-LD-LOW", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "h520z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h520z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "h520z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
                "CR-WARRANTY"],
    "h520e01": ["CR-GOVERNING-LAW"],
    "h520e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h520e03": [],
    "h520e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h520e05": ["CR-AUTO-RENEWAL", "CR-LD-LOW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, value, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def my_rules(t, x, base, forum_outside):
    """My own reading of policy.md §3, from the labels only."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if tco_share(t, x["contract_value"], base) > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def labels():
    out = {}
    for k, (t, cat, base, capped, forum) in L.items():
        t = {key: t[key] for key in T}
        x = {"sla_clause": k not in NO_SLA, "ld_stated": k not in NO_LD}
        if t["contract_kind"] == "goods_or_licence":
            x["post_warranty_fee_capped"] = capped
        x["acceptance_deemed_on_delivery"] = k == "h520z05"
        x["contract_value"] = V[k]
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        if base:
            share = tco_share(t, V[k], base)
            assert abs(share - 40) > 2, (k, share)
        rules = my_rules(t, x, base, forum)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        lang = "zh" if k[4] == "z" else "en"
        out[k] = {"file": FILES[k], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                  "expected_rules": rules}
    fired = set(r for d in out.values() for r in d["expected_rules"])
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    # the required mix
    n = {k: len(d["expected_rules"]) for k, d in out.items()}
    assert [k for k in n if n[k] == 0] == ["h520z01", "h520e03"]
    assert [k for k in n if out[k]["expected_rules"] == ["CR-GOVERNING-LAW"]] == ["h520e01"]
    assert sorted(k for k in n if 2 <= n[k] <= 3) == ["h520e02", "h520e04", "h520e05", "h520z02", "h520z03", "h520z04"]
    assert n["h520z05"] >= 8
    return out


# ---------------------------------------------------------------- threshold scan
BAD = [r"(?<![\d.])99\.90*(?!\d)\s*%", r"百分之九十九点九(?![\d一二三四五六七八九])",
       r"(?<![\d.])4\s*-?\s*(?:小时|个小时|hours?|hrs?(?![a-z])|h(?![a-z]))", r"(?<![十\d])四\s*个?\s*小时",
       r"(?<![a-z-])four[\s-]*hours?", r"(?<![\d.])240\s*(?:分钟|min)",
       r"(?<![\d.])0?\.050*\s*%", r"万分之五(?![十百千\d])", r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之一?百",
       r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成",
       r"(?<![\d.])12\s*-?\s*(?:个月|months?)", r"十二\s*个\s*月", r"(?<![a-z])twelve[\s-]*months?", r"一年",
       r"(?<![a-z])one[\s-]*years?(?![a-z])", r"(?<![\d.])1\s*-?\s*(?:年(?!级)|years?(?![a-z]))",
       r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![一二三四五六七八九])",
       r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])", r"四成",
       r"(?<![\d.])5\s*-?\s*(?:年|years?(?![a-z]))", r"(?<![十])五\s*年", r"(?<![a-z])five[\s-]*years?",
       r"(?<![\d.])60\s*-?\s*(?:个月|months?)", r"(?<![a-z])sixty[\s-]*months?"]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4-hour", "4 hours", "240分钟",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months",
            "twelve months", "一年", "第一年", "one year", "one-year", "1 year", "15%", "百分之十五", "40%", "四成",
            "百分之四十", "5年", "五年", "five years", "5-year", "60 months", "60个月"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年3月", "万分之五十",
             "万分之八", "服务年度", "Subscription Year", "14 hours", "24 hours", "0.5%", "130%", "45%", "6 months",
             "18 months", "36 months", "three years", "once a year", "twenty-four hours", "350%", "0.1%"]


def hits(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for f in forms for rx in BAD_RE for m in rx.finditer(f)})


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for k, src in SOURCES.items():
        assert not hits(src), (k, "source", hits(src))
    for k, name in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, d in labels().items():
        (OUT / (FILES[k].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1),
                                                                 encoding="utf-8")
    ok = True
    for k, name in FILES.items():
        text = read_back(OUT / name)
        h = hits(text)
        if k[4] == "z":
            n, lo, hi, unit = len(text), 2750, 3000, "chars"
            n2 = len(re.sub(r"\s+", "", text))
        else:
            n, lo, hi, unit = len(text.split()), 1450, 1650, "words"
            n2 = n
        flag = "" if lo <= n <= hi and not h else "  <-- CHECK"
        ok = ok and not flag
        print(f"{name}: {n} {unit} (non-space {n2}) threshold hits {h}{flag}")
    assert ok, "length or threshold check failed"
    print("all checks passed")
