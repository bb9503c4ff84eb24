import sys; sys.dont_write_bytecode = True  # noqa: E702  (no __pycache__ here or in ../)
"""holdout392: ten ordinary draft contracts (5 zh, 5 en), written blind, with their labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the .txt / .md files directly, the .docx / .pdf through ../word_pdf.py (wrap_words=True), the .json labels,
then reads every built file back and checks lengths, threshold figures, sums and the rule coverage.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 知识产权局 专利导航与预警平台 (政府采购 公开招标, 采购人合同文本) — .pdf, 第X条 + 1.1 — compliant
# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:专利导航与预警服务平台建设项目政府采购合同
P:合同编号：HZIP-ZC-2025-017　　采购项目编号：HZCG2025-GK-0342（公开招标）
P:采购人（甲方）：衡州市知识产权局
P:地址：衡州市湘江北路218号市民服务中心B座
P:供应商（乙方）：北辰智析信息技术有限公司
P:地址：长沙市岳麓区麓谷大道658号麓谷信息港A3栋
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就专利导航与预警服务平台建设事宜订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分；内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设专利导航与预警服务平台（以下简称“平台”），提供平台软件许可、专利数据加工与导航模型定制开发、部署实施及培训。
P:1.2 平台应实现：重点产业专利数据库、产业专利导航分析、企业专利风险预警、海外维权线索推送、专利质押融资评估辅助等功能，具体以需求规格说明书为准。
P:1.3 平台部署在甲方政务云专区，乙方不得将甲方数据迁出该专区。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾壹万元整（¥2,110,000.00），含税，为固定总价，包括软件许可、开发、部署、培训、质保期服务及税费等全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久使用，不限用户数）|1,180,000
TB:2|专利数据加工与导航模型定制开发|760,000
TB:3|部署实施及系统联调|136,000
TB:4|用户培训（三期）|34,000
TB:|合计|2,110,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥422,000。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥949,500。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥738,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
H:第四条 交付期限
P:4.1 乙方应在合同生效后一百二十日内完成平台部署并提交初步验收申请，在初步验收后九十日内完成试运行并提交最终验收申请。
P:4.2 因甲方原因导致工期延误的，工期相应顺延。
P:4.3 乙方应指定具有高级职称的项目经理及不少于六名的实施人员，项目实施期间项目经理每周驻场不少于三日。未经甲方同意，乙方不得更换项目经理。
P:4.4 乙方应在每周五向甲方提交项目周报，说明进度、问题及下周计划；关键节点前应提交阶段成果供甲方审查。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：需求规格说明书所列功能全部实现；专利数据库覆盖本市八个重点产业，数据加工差错率不高于千分之三；单次检索响应时间在300个并发用户下不超过3秒；通过第三方软件测评机构的功能与安全测试。
P:5.2 最终验收在平台连续试运行四十五日、期间未发生一级故障后进行，甲方可邀请专家参与。验收合格的，双方签署最终验收报告。
P:5.3 平台上线使用、甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、数据更新及技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥106,200），该价格在质保期满后两个服务年度内不上调。运维合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，且不计入不可用时间。
P:7.2 故障分级及响应：一级故障（平台无法访问或核心检索功能不可用）乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中解决。
P:7.3 乙方一级故障响应每超时1小时，扣减履约保证金¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000。扣减款项由乙方在十个工作日内补足。
H:第八条 数据安全
P:8.1 平台中的专利数据、企业信息、检索日志及分析结果均属于甲方，乙方仅得为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密存储、操作审计和备份措施，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、未公开的专利申请信息和企业商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的导航模型、分析报告模板、接口程序及其源代码和文档，知识产权归甲方所有，甲方有权自行修改、使用及许可他人使用。乙方原有的平台软件知识产权仍归乙方，甲方依第2.1条取得永久使用许可。
P:10.2 乙方保证交付成果不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方在本合同项下累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或数据安全事件造成的损失除外。
P:11.3 甲方逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲乙双方各执两份，政府采购监督管理部门及采购代理机构各执一份，自双方签字盖章之日起生效。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方协商延期履行或解除合同。
P:15.3 本合同未尽事宜，由双方签订书面补充协议，补充协议不得违背招标文件和投标文件的实质性内容。
P:甲方（盖章）：衡州市知识产权局　　乙方（盖章）：北辰智析信息技术有限公司
P:法定代表人或授权代表：＿＿＿＿　　法定代表人或授权代表：＿＿＿＿
P:签订日期：2025年　月　日　　签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 电机厂 绕线及浸漆车间控制系统改造 + 质保期后维保 — .docx, 一、/（一）, Word price table — SUBCONTRACT, TERMINATION
# ----------------------------------------------------------------------------------------------------------------
Z02 = """T:绕线及浸漆车间控制系统改造合同
P:合同编号：XTDJ-SB-2025-0611
P:甲方（买方）：湘潭永兴电机制造有限公司
P:住所：湘潭市九华经济区吉利路66号
P:乙方（卖方）：株洲恒控自动化工程有限公司
P:住所：株洲市天元区黄河南路399号
P:鉴于甲方拟对绕线车间十二台自动绕线机及浸漆车间真空压力浸漆线的控制系统进行改造，乙方具备相应的设计、供货和调试能力，双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）更换绕线机原有继电器控制柜，配置PLC控制柜及远程IO，实现张力闭环控制、匝数自动计数和断线停机。
P:（二）改造浸漆线温度控制、真空度控制及滴漆时间控制，实现工艺曲线自动执行和超限报警。
P:（三）新建车间监控系统，采集设备状态、工艺参数和产量数据，并与甲方现有MES系统对接。
P:（四）乙方负责设计、供货、安装、编程、调试、培训及质保期服务，交钥匙完成。
H:二、合同价款及明细
P:（一）合同总价为人民币壹佰玖拾肆万元整（¥1,940,000），含13%增值税、运输、保险、安装调试等全部费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|绕线机PLC控制柜（含远程IO、触摸屏）|12套|68,000|816,000
TB:2|浸漆线温控及真空控制系统|1套|428,000|428,000
TB:3|工业以太网交换机及工控机|1批|186,000|186,000
TB:4|车间监控软件许可（运行版，永久）|1套|214,000|214,000
TB:|硬件及软件小计|||1,644,000
TB:5|安装、接线及系统联调|1项|152,000|152,000
TB:6|定制控制程序编制|1项|118,000|118,000
TB:7|操作及维护培训|1项|26,000|26,000
TB:|合计|||1,940,000
P:（二）上述价格在合同履行期间固定不变。
H:三、付款方式
P:（一）合同签订后十日内，甲方支付合同总价的10%作为预付款，即¥194,000。
P:（二）全部设备到货并安装完毕、经甲方签收后十五日内，甲方支付合同总价的55%，即¥1,067,000。到货签收不构成验收。
P:（三）系统通过最终验收后十五日内，甲方支付合同总价的35%，即¥679,000。
H:四、交货与工期
P:（一）乙方应在合同签订后七十五日内完成全部设备供货，并利用甲方安排的停产窗口完成安装，每条产线停线时间不超过六日。
P:（二）全部改造应在合同签订后一百二十日内完成并提交验收申请。
P:（三）乙方施工人员进入甲方厂区，应遵守甲方安全生产、动火作业和防爆管理规定，持证上岗。因乙方违反安全规定造成人身伤害或财产损失的，由乙方负责。
P:（四）乙方应在每条产线改造前提交施工方案和应急回退方案，经甲方设备部批准后实施；改造期间原有控制柜应保留至新系统验收合格，以便必要时恢复生产。
H:五、验收
P:（一）验收标准：绕线匝数误差为零；张力波动不超过设定值的±3%；浸漆线温度控制精度±1.5℃，真空度达到工艺要求；监控系统数据采集周期不超过2秒，与MES对接数据一致；连续带载运行三十日无一级故障。
P:（二）验收由甲方设备部组织，乙方配合。验收合格后双方签署验收报告；安装完成、投入生产或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改后重新验收。
P:（四）验收时乙方应移交竣工图纸、电气原理图、PLC程序及注释、设备说明书、备件清单和操作规程各两套，并提供电子版。
H:六、质量保证
P:（一）质保期为二十四个月，自验收合格之日起计算。质保期内因设备或程序质量问题产生的维修、更换和程序修改由乙方免费负责。
P:（二）故障响应：一级故障（整条产线停机）乙方应在30分钟内电话响应，3小时内到达现场，8小时内恢复生产；二级故障（单台设备停机）2小时内响应，24小时内修复；三级故障48小时内处理。
P:（三）乙方一级故障到场每超时1小时，向甲方支付¥800；二级故障修复每超时1小时，支付¥300。上述款项甲方可从应付款中直接扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度向甲方提供维保服务，内容包括季度巡检、备件供应、程序维护和故障处理，服务水平同第六条。
P:（二）年度维保费为硬件及软件小计的8%，即每年¥131,520，在质保期满后的三个服务年度内固定不变，按季度于服务完成后支付。维保合同期满后是否续签由甲方决定，不自动续期。
H:八、数据与网络安全
P:（一）控制系统及监控系统中的工艺参数、生产数据和配方均属于甲方，乙方不得复制、带离或用于其他目的。
P:（二）乙方应落实工控网络与办公网络隔离、账号分级授权和远程维护审批制度，远程维护须经甲方同意后临时开通。
P:（三）发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部责任。
H:九、保密
P:（一）乙方对甲方的生产工艺、产品参数和经营信息负有保密义务，未经甲方书面同意不得披露，合同终止后仍然有效。
H:十、知识产权
P:（一）乙方为本项目编制的定制控制程序（含源程序）、组态工程文件及技术文档归甲方所有，甲方有权自行修改和使用。
P:（二）车间监控软件的著作权归原权利人，甲方获得永久使用许可。
P:（三）乙方保证所供设备为原厂全新正品，附合格证和原厂质保文件，所供软件为正版授权；因侵犯第三方权利引起的纠纷由乙方负责处理并承担费用。
P:（四）乙方应在验收前对甲方电工和设备维护人员进行不少于三日的培训，使其能够独立完成日常操作、参数调整和一般故障处理。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完工的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）因乙方原因导致停线时间超过约定的，乙方应赔偿甲方因此产生的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付利息。
H:十二、分包
P:（一）乙方可将控制柜制作、电缆敷设及辅材安装等工作分包给第三方，但应在分包前五个工作日通知甲方。乙方对分包工作承担全部责任。
H:十三、合同的解除
P:（一）本合同签订后，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。
P:（二）乙方违约的，甲方有权要求乙方继续履行、采取补救措施并按第十一条支付违约金，但不得以此为由解除本合同。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同引起的争议，双方协商解决；协商不成的，提交湘潭仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）因不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。
P:（三）本合同附件包括技术协议、设备清单及验收大纲，与本合同具有同等效力。本合同未尽事宜，双方另行签订书面补充协议。
P:甲方：湘潭永兴电机制造有限公司（盖章）　　乙方：株洲恒控自动化工程有限公司（盖章）
P:代表：＿＿＿＿　　代表：＿＿＿＿
P:日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03 连锁书法培训学校 排课及缴费 SaaS + 实施 — .txt, 第X条 + （1） — DATA-OWNERSHIP, SLA-AVAILABILITY, AUTO-RENEWAL
# ----------------------------------------------------------------------------------------------------------------
Z03 = """墨韵排课缴费云平台服务合同

合同编号：MYSF-2025-0419

甲方（客户）：南京墨韵书法教育咨询有限公司
地址：南京市鼓楼区中山北路105号
乙方（服务商）：杭州云格教育科技有限公司
地址：杭州市滨江区江南大道3880号华荣时代大厦12层

鉴于甲方在江苏、安徽两省经营书法培训校区共40家，需要统一的排课、学员管理及缴费系统；乙方运营“云格校务”SaaS平台，双方经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方40家校区开通“云格校务”平台的排课、学员档案、课消统计、线上缴费及家长端小程序功能，每校区不限教师和学员账号数量。
（2）乙方提供实施服务：历史学员数据及课时余额迁移、校区与课程体系配置、收费项目与优惠规则配置、与甲方现有微信商户号及财务软件对接、管理员及前台培训。
（3）平台由乙方在中国境内的云服务器上运行和维护，甲方无需采购服务器。
（4）服务期内乙方免费提供平台的功能升级，并为甲方指定一名客户成功经理，负责需求沟通、使用培训和季度回访。
（5）乙方提供7×24小时故障受理电话和在线工单系统，工作日9:00至21:00提供在线咨询。

第二条 服务期限
（1）订阅服务期为三个服务年度，自上线验收合格之日起算。
（2）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（3）续期时，乙方有权按其届时公布的标准价格调整订阅费，并于续期前十五日通知甲方，甲方未提出异议的视为接受。

第三条 费用
（1）订阅费：每校区每服务年度人民币4,800元，40家校区每服务年度合计192,000元，三个服务年度合计576,000元。
（2）实施费：一次性人民币68,000元。
（3）本合同总额为人民币644,000元（含6%增值税）。
（4）服务期内新增校区的，按每校区每服务年度4,800元按月折算增加费用，不计入上述总额。

第四条 付款方式
（1）实施费在上线验收合格后十日内一次性支付。
（2）订阅费按服务年度支付，每个服务年度开始后十五日内甲方支付该服务年度订阅费。
（3）乙方收款前应提供合法发票。
（4）甲方通过银行转账方式付款，乙方收款账户以本合同所列账户为准；乙方变更收款账户的，应提前十日以加盖公章的书面函件通知甲方，否则甲方按原账户付款即视为已履行付款义务。

第五条 实施与验收
（1）乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。
（2）上线验收标准：40家校区全部开通；历史学员档案及课时余额迁移后逐校抽查核对无差错；排课冲突（教师、教室、时段）自动校验有效；线上缴费与微信商户号对账一致；家长端小程序可正常查看课表、请假和缴费；管理员培训完成。
（3）验收通过后甲方签署上线验收单。平台试用或甲方使用个别功能，均不视为验收合格。
（4）验收未通过的，乙方应在七日内完成整改并重新提交验收；因乙方原因两次验收未通过的，甲方有权解除本合同，乙方退还甲方已支付的全部款项。
（5）甲方应指定项目联系人，按时提供校区资料、课程体系、收费标准和历史数据，并组织各校区人员参加培训。

第六条 服务水平
（1）平台月可用率不低于99.5%，计划内维护应安排在每日22:00至次日6:00之间并提前通知。
（2）一级故障（平台无法登录或无法缴费）乙方应在1小时内响应，6小时内恢复；二级故障（部分功能异常）3小时内响应，两个工作日内解决；一般咨询在工作时间内当日答复。
（3）月可用率低于约定值的，按以下标准抵扣下一期订阅费：低于99.5%但不低于99%的，抵扣当月对应订阅费的5%；低于99%的，抵扣10%。一级故障响应每超时1小时，抵扣500元。

第七条 数据
（1）甲方在平台中录入或产生的学员、家长、教师、课程及缴费数据归甲方所有。
（2）乙方有权在去除可识别个人身份的信息后，将上述数据用于平台产品改进、教学行业统计分析及对外发布行业报告，该权利在本合同终止后继续有效。
（3）乙方应采取加密传输、加密存储、权限分级、操作日志留存和异地备份等安全措施，平台按网络安全等级保护第二级要求建设。
（4）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成数据安全事件的，由乙方承担赔偿责任。
（5）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并删除平台中的甲方数据。
（6）乙方工作人员仅可在处理甲方工单时按最小权限访问甲方数据，访问记录保存不少于六个月，甲方可随时查询。
（7）家长端小程序收集学员及家长个人信息的，乙方应按照《中华人民共和国个人信息保护法》提供隐私政策模板，并配合甲方处理个人信息查阅、更正和删除请求。

第八条 保密
双方对在合作中知悉的对方商业信息负有保密义务，包括甲方的招生计划、收费标准、师资安排和经营数据，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

第九条 知识产权
（1）平台软件的知识产权归乙方所有。
（2）乙方为甲方定制的课程体系配置、收费规则、报表模板及对接程序归甲方所有，甲方有权自行修改或交由第三方使用。

第十条 违约责任
（1）乙方逾期完成实施工作的，每逾期一日向甲方支付违约金500元。
（2）乙方在本合同项下的累计赔偿责任以本合同总额的1.5倍为限，但因数据安全事件造成的损失不受此限。
（3）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

第十一条 分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。乙方对经同意的分包方的行为承担全部责任。

第十二条 合同解除
（1）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
（2）平台连续两个月可用率低于99%的，甲方有权解除本合同，乙方退还已付未使用期间的订阅费。
（3）合同解除或终止的，乙方应按第七条第（5）项交付数据，并在交付完成前保持平台以只读方式可用，期间不另行收费。
（4）因甲方关闭部分校区而减少校区数量的，甲方应提前三十日书面通知乙方，自下一服务年度起按实际校区数量计算订阅费。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交南京仲裁委员会仲裁。

第十四条 其他
（1）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（2）因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，双方根据影响程度部分或全部免除责任。
（3）双方的通知以书面形式发送至本合同首部所列地址或双方确认的电子邮箱，发出后第三日视为送达。
（4）本合同附件包括服务功能清单、实施计划及数据迁移方案，与本合同具有同等效力。
（5）本合同未尽事宜，双方可另行签订书面补充协议；补充协议与本合同不一致的，以补充协议为准。

甲方（盖章）：南京墨韵书法教育咨询有限公司
授权代表：
乙方（盖章）：杭州云格教育科技有限公司
授权代表：
签订日期：2025年 月 日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 市文化馆 公共文化服务系统 年度运维 (政府采购 竞争性磋商) — .txt, 1. / 1.1 — CONFIDENTIALITY, SUBCONTRACT
# ----------------------------------------------------------------------------------------------------------------
Z04 = """宜川市文化馆公共文化服务系统运维服务采购合同

采购项目名称：宜川市文化馆公共文化服务系统年度运维服务
采购项目编号：YCCG-2025-CS-0087（竞争性磋商）
合同编号：YCWHG-YW-2025-02

采购人（甲方）：宜川市文化馆
地址：宜川市文昌路18号
成交供应商（乙方）：陕西秦数信息服务有限公司
地址：西安市高新区科技二路72号零壹广场C座

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，经甲乙双方协商，就宜川市文化馆公共文化服务系统运维服务签订本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

1. 服务范围
1.1 运维对象：文化馆门户网站、场馆及活动预约系统、数字文化资源库、非遗数字展厅、志愿者管理系统，及其所在的服务器、存储、网络和安全设备。
1.2 服务内容：驻场运维、日常巡检、系统优化、安全加固与漏洞修复、数据备份与恢复演练、重大文化活动期间的应急保障，以及甲方交办的与上述系统有关的其他技术支持。
1.3 乙方派驻两名运维工程师在甲方机房现场工作，工作时间为周二至周日9:00至18:00（文化馆周一闭馆），节假日活动期间按甲方要求安排值守。

2. 服务期限
2.1 服务期为一个服务年度，自2025年3月1日起至2026年2月28日止。
2.2 服务期满后，甲方按政府采购程序重新确定运维服务供应商，本合同不自动续期。
2.3 服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的新供应商完成交接，包括运维文档、账号权限、配置清单和未结工单，并配合新供应商平稳过渡。

3. 合同价款
3.1 合同总价为人民币肆拾捌万陆仟元整（¥486,000），含税，为固定总价。分项如下：
  驻场运维（2人，一个服务年度）：¥288,000
  系统巡检与性能优化：¥72,000
  安全加固及漏洞修复：¥64,000
  数据备份与恢复演练：¥38,000
  重大活动应急保障：¥24,000
  合计：¥486,000
3.2 服务期内甲方新增的运维对象，在原价款的5%以内乙方不另行收费。

4. 付款方式
4.1 本合同不设预付款。
4.2 服务费按季度支付。每季度结束后，甲方依照第7条进行季度考核，考核通过后十五个工作日内支付该季度服务费¥121,500，考核扣减的金额从当期款项中扣除。
4.3 乙方应在每次付款前提供合法有效的发票。

5. 服务水平
5.1 门户网站及预约系统月可用率不低于99.95%。
5.2 故障等级与时限：
  一级故障（门户网站或预约系统无法访问、数据库宕机）：15分钟内响应，2小时内恢复；
  二级故障（部分功能异常、个别场馆无法预约）：30分钟内响应，8小时内恢复；
  三级故障（不影响对外服务的一般问题）：2小时内响应，3个工作日内解决。
5.3 每月至少进行一次全面巡检，每季度进行一次备份恢复演练，并提交巡检报告和演练报告。
5.4 乙方驻场人员应在合同生效之日到岗；更换驻场人员须提前十日经甲方同意。
5.5 驻场人员应具备三年以上系统运维经验，至少一人持有信息安全相关资格证书，遵守甲方考勤和机房管理制度，着装整洁，服务态度良好。
5.6 乙方应建立工单台账，对每一故障记录发生时间、响应时间、恢复时间、原因及处理措施，每月5日前提交上月运维月报。

6. 服务考核与扣减
6.1 一级故障响应或恢复每超时1小时，扣减当季服务费¥1,000；二级故障每超时1小时，扣减¥300。
6.2 月可用率每低于约定值0.01个百分点，扣减当季服务费¥1,500。
6.3 驻场人员无故缺勤的，每人每日扣减¥800。
6.4 当季扣减总额不超过当季服务费的20%；连续两个季度考核不合格的，甲方有权解除本合同。

7. 考核与验收
7.1 季度考核：由甲方信息部门依据第5条的服务水平、工单记录、巡检报告和演练报告进行，出具季度考核意见。
7.2 年度验收：服务期满前十五日内，甲方组织验收，标准为：各季度考核均已完成且扣减事项已处理；全年一级故障不超过两次；运维文档、配置清单、账号密码清单已完整移交；备份数据经抽样恢复验证可用。验收合格后双方签署验收报告，甲方支付第四季度服务费。
7.3 乙方提交报告或系统正常运行本身不视为验收通过。

8. 数据安全
8.1 运维对象中的全部数据（含读者信息、预约记录、志愿者信息、数字资源及日志）属于甲方，乙方仅为提供本合同服务而接触，不得复制、下载或用于任何其他用途。
8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护第二级的要求，运维操作一律通过甲方堡垒机进行并留存审计日志，严禁使用个人设备接入甲方网络。
8.3 发生数据泄露、丢失、篡改或网络攻击事件的，乙方应立即处置并在1小时内报告甲方；因乙方原因造成数据安全事件的，由乙方承担全部法律责任并赔偿甲方由此遭受的损失。

9. 知识产权
乙方在服务过程中形成的运维文档、巡检和演练报告、配置脚本及优化方案归甲方所有，甲方有权自由使用和修改。乙方使用的运维工具软件应为正版或开源软件，因侵权引起的纠纷由乙方负责。

10. 服务委托
乙方可将机房精密空调、UPS电源的专项巡检及消防设施检测等工作委托具有相应资质的第三方实施，事先告知甲方即可。乙方对第三方的工作质量承担责任。

11. 违约责任
11.1 乙方驻场人员未按第5.4条到岗的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
11.2 乙方未按约定提供服务给甲方造成损失的，应予赔偿。
11.3 因乙方原因导致重大文化活动期间门户网站或预约系统中断，造成恶劣社会影响的，甲方有权要求乙方书面说明原因、公开致歉并承担由此产生的全部费用。
11.4 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

12. 合同解除
乙方严重违反本合同约定，经甲方书面通知后十日内未改正的，甲方有权解除本合同，并要求乙方赔偿损失。

13. 争议解决
本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，向宜川市人民法院提起诉讼。

14. 其他
14.1 本合同未尽事宜，按政府采购相关规定执行，或由双方另行签订补充协议。
14.2 本合同一式五份，甲方三份、乙方一份、采购代理机构一份，自双方签字盖章之日起生效。
14.3 因不可抗力致使一方不能履行合同的，应及时通知对方并提供证明，双方协商处理。
14.4 本合同附件包括运维对象清单、服务考核细则和驻场人员名单，与本合同正文具有同等法律效力；附件与正文不一致的，以正文为准。

甲方（盖章）：宜川市文化馆
负责人或授权代表：
乙方（盖章）：陕西秦数信息服务有限公司
法定代表人或授权代表：
签订日期：2025年 月 日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 饺子厂 MES 许可 + 定制开发, 乙方合同范本 — .md, "## 第X条" + 1.1, markdown price table — many problems
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 智造云MES软件许可及实施合同

> 瀚川智造标准合同文本 HC-MES-2024 版（乙方范本）

合同编号：HC-MES-2025-0733

**甲方（用户）：** 郑州鲜禾食品有限公司
地址：郑州市惠济区天河路1号食品产业园

**乙方（供应商）：** 苏州瀚川智造软件有限公司
地址：苏州工业园区星湖街328号创意产业园11栋

甲方拟在速冻水饺、汤圆生产车间实施制造执行系统，乙方为“智造云MES”软件的著作权人。双方本着平等自愿原则，就软件许可、定制开发及实施事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“智造云MES”标准版软件许可，包括生产计划、工单管理、质量管理、仓储物流、设备管理五个模块，许可用户数不限，许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：速冻隧道及包装线数据采集接口、原料批次与成品追溯码关联、金属检测及称重剔除数据对接、与甲方金蝶ERP的接口。

1.3 乙方负责系统部署、基础数据初始化、用户培训及上线支持。

## 第二条 合同价款

2.1 合同总价为人民币壹佰柒拾伍万元整（¥1,750,000），含税。

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云MES标准版软件许可（永久） | 1,260,000 |
| 2 | 定制开发（采集接口、追溯、ERP接口） | 380,000 |
| 3 | 部署实施、数据初始化及培训 | 110,000 |
| | 合计 | 1,750,000 |

2.2 甲方需自行准备服务器、数据库及网络环境，相关费用不包含在上述价款中。

2.3 甲方在实施过程中提出的超出第1.2条范围的新增需求，按乙方人天单价每人天¥2,800另行计费。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥962,500，作为预付款，乙方收到后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，即¥787,500。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术支持。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税专用发票。甲方以商业承兑汇票支付的，须经乙方事先书面同意。

## 第四条 实施周期

4.1 乙方在收到预付款后九十日内完成部署及定制开发，并安排系统上线。

4.2 因甲方需求变更、现场条件不具备或配合不到位导致延误的，实施周期相应顺延，乙方不承担责任。

4.3 甲方应指定项目负责人及关键用户，按乙方实施计划提供物料编码、工艺路线、设备清单和人员信息等基础数据，并对数据的准确性负责。

4.4 乙方为甲方关键用户提供不超过五日的集中培训，培训后由甲方负责内部推广。

4.5 实施过程中需要甲方车间停线配合调试的，由甲方自行安排生产计划，因停线产生的损失由甲方承担。

4.6 乙方有权根据项目需要调整实施人员，并及时告知甲方项目负责人。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的问题，乙方按第六条在维护期内处理，不影响验收结论和付款。

## 第六条 免费维护期

6.1 系统上线之日起六个月为免费维护期，乙方提供远程技术支持及缺陷修复。维护期内的版本升级需另行付费。

6.2 故障响应：一级故障（系统整体无法使用）乙方在24小时内响应；其他故障在3个工作日内响应。现场服务的差旅费用由甲方承担。

6.3 乙方将尽力在合理时间内修复故障，但不对修复时间作出承诺，亦不因响应或修复超时承担扣款、赔偿或违约金。

## 第七条 年度服务

7.1 免费维护期满后，甲方应向乙方购买年度服务，年度服务费为软件许可费的28%，即每年¥352,800，每年年初一次性支付。

7.2 年度服务内容包括远程支持、缺陷修复和版本升级。未购买年度服务的，乙方不再提供任何支持和升级。

7.3 甲方需要乙方现场服务的，除年度服务费外，另按每人天¥2,800加差旅费用计费。

## 第八条 知识产权

8.1 “智造云MES”软件及其全部文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的采集接口、追溯功能、ERP接口及相关源代码的知识产权均归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中产生的生产、质量和仓储数据归甲方所有。

9.2 乙方应对其可访问的系统采取必要的安全防护措施，包括账号权限控制、传输加密和访问日志；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任，并在发现后24小时内通知甲方。

9.3 甲方同意乙方在对数据进行脱敏处理后，将其用于乙方产品优化、食品行业工艺模型训练及行业基准分析。

9.4 甲方应妥善保管系统管理员账号和密码，因甲方原因导致账号泄露造成的损失由甲方自行承担。

## 第十条 保密

双方应对履行本合同过程中获得的对方技术信息和商业信息保密，未经对方同意不得向第三方披露。乙方可将本项目作为成功案例用于市场宣传，但不得公开甲方的配方和工艺参数。

## 第十一条 违约责任

11.1 因乙方原因导致系统上线逾期的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或停产损失。

## 第十二条 合同解除

12.1 一方严重违约且在收到对方书面通知后三十日内未纠正的，守约方有权解除本合同。

12.2 合同解除的，甲方应支付乙方已完成工作对应的费用；已支付的软件许可费不予退还。

12.3 甲方未按期支付任何款项超过三十日的，乙方有权解除本合同并收回软件许可，由此造成的损失由甲方承担。

## 第十三条 争议解决

因本合同引起的争议，双方友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同条款为乙方标准条款，经双方确认后适用。

14.3 因不可抗力、政策变化、网络运营商故障等非乙方原因导致不能履行的，乙方不承担责任。

14.4 本合同附件包括软件功能清单、定制开发需求说明和实施计划。附件与本合同正文不一致的，以正文为准。

14.5 双方往来通知以电子邮件发送至双方项目负责人邮箱即视为送达。

甲方（盖章）：郑州鲜禾食品有限公司　　　　乙方（盖章）：苏州瀚川智造软件有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：2025年　月　日　　　　　　　　　　　日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 Yangzhou jade-carving studio, cutting-plan software, perpetual licences; vendor in Kandy — .pdf — GOVERNING-LAW
# ----------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KLS-YZ-2025-08
P:This Agreement is made between Yangzhou Qingyu Jade Carving Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 27 Wenchang West Road, Hanjiang District, Yangzhou, Jiangsu ("Buyer"), and Kandy Lapis Software (Private) Limited, a company incorporated in Sri Lanka with its registered office at 114 Peradeniya Road, Kandy, Sri Lanka ("Vendor").
H:Recitals
P:(A) The Buyer designs and carves nephrite and jadeite objects and wishes to plan the cutting of rough stones with software that reads a three-dimensional scan of each stone, maps inclusions and colour zones, and proposes cutting plans that maximise usable material.
P:(B) The Vendor develops and licenses the "GemPlan Studio" cutting-plan software and the "GemScan" scanning module, and has agreed to license them to the Buyer, to install and configure them, to build a library of jade material templates for the Buyer, and to train the Buyer's carvers, on the terms below.
P:(C) At the Buyer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means GemPlan Studio version 7 and the GemScan module, in object code, with their user documentation and all updates provided under this Agreement.
P:1.2 "Template Library" means the set of material templates, colour-zone rules and yield parameters that the Vendor will build for the Buyer's nephrite and jadeite stock under Article 3.3.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Template Library meet the criteria of Article 5.2.
P:1.4 "Contract Price" means the total price stated in Article 2.1.
H:Article 2 Price
P:2.1 The Contract Price is CNY 550,000 (five hundred and fifty thousand yuan), inclusive of all taxes, duties and expenses, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|GemPlan Studio perpetual licence, named workstation|6|58,000|348,000
TB:2|GemScan scanning module perpetual licence|2|46,000|92,000
TB:|Licence Subtotal|||440,000
TB:3|Installation and configuration at the Buyer's workshop|1|38,000|38,000
TB:4|Template Library (custom development)|1|54,000|54,000
TB:5|Training of carvers and designers (three sessions)|1|18,000|18,000
TB:|Contract Price|||550,000
P:2.2 The Contract Price is fixed. The Vendor bears its own travel, accommodation and visa costs for work in Yangzhou.
H:Article 3 Licence and Services
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six named workstations and two scanning stations at the Buyer's premises for the Buyer's own business. The Buyer may move a licence to a replacement workstation on notice to the Vendor.
P:3.2 The Vendor shall install and configure the Software on the Buyer's hardware, connect it to the Buyer's two structured-light scanners, and set up user accounts and backup of project files to the Buyer's file server.
P:3.3 The Vendor shall build the Template Library from not fewer than 200 sample scans supplied by the Buyer, covering the Buyer's main stock of Hetian nephrite, Qinghai nephrite and Myanmar jadeite.
P:3.4 The Vendor shall deliver three training sessions in Chinese (through an interpreter engaged by the Vendor) for up to twelve participants each.
H:Article 4 Delivery Schedule and Delay
P:4.1 The Vendor shall complete installation within 45 days after the Effective Date and shall make the Software and the Template Library ready for acceptance testing within 90 days after the Effective Date.
P:4.2 If the Vendor fails to meet either date for reasons not attributable to the Buyer, the Vendor shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the delay exceeds 60 days, the Buyer may also terminate this Agreement under Article 12.
H:Article 5 Acceptance
P:5.1 The Vendor shall give the Buyer written notice when the Software and the Template Library are ready for acceptance testing.
P:5.2 Acceptance testing shall be carried out at the Buyer's workshop within 15 working days after the notice. The criteria are: (a) all functions in the user documentation work on every licensed workstation; (b) scan-to-model accuracy is within 0.1 mm on the Vendor's calibration block; (c) on 20 test stones chosen by the Buyer, the proposed cutting plans yield on average no less usable material than the Buyer's master carvers' own plans; (d) the Template Library recognises the colour zones of the test stones as agreed with the Buyer's chief designer; and (e) the system runs for 10 consecutive working days without a Severity 1 fault.
P:5.3 If the criteria are met, the Buyer shall sign a Final Acceptance certificate. If they are not met, the Vendor shall correct the defects within 15 days and the tests shall be repeated. Installation, use of the Software for production or payment of any instalment is not acceptance.
H:Article 6 Payment
P:6.1 The Buyer shall pay the Contract Price by bank transfer in CNY in three instalments, each against the Vendor's invoice: (a) 20% (CNY 110,000) within 15 days after the Effective Date; (b) 45% (CNY 247,500) within 15 days after the Buyer signs the installation certificate; and (c) 35% (CNY 192,500) within 15 days after Final Acceptance.
P:6.2 The installation certificate confirms only that the Software has been installed on the licensed workstations and does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Template Library will conform to the documentation and to Article 5.2 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects, provide all updates and new versions of the Software, and provide remote support, free of charge.
P:7.2 Severity 1 means that no workstation can generate cutting plans; Severity 2 means that a function or a workstation is unavailable; Severity 3 means any other defect. The Vendor shall respond to a Severity 1 fault within 2 hours, at any time, and restore the service within 24 hours; to a Severity 2 fault within 8 hours; and to a Severity 3 fault within 2 working days.
P:7.3 For each full hour by which the Vendor misses the response time for a Severity 1 fault, the Vendor shall pay the Buyer CNY 500, and for each day by which it misses the restoration time, CNY 1,000. The Buyer may deduct these amounts from any sum due to the Vendor.
P:7.4 After the Warranty Period, the Buyer may order annual support for the same services at an Annual Support Fee of 10% of the Licence Subtotal, that is CNY 44,000 per support year. This fee is fixed for the first three support years after the Warranty Period. Each support year is ordered by a separate purchase order; support does not renew automatically.
H:Article 8 Buyer Data
P:8.1 All stone scans, three-dimensional models, cutting plans, designs and photographs created or stored with the Software ("Buyer Data") belong to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Software shall store Buyer Data only on the Buyer's workstations and file server. The Vendor may access the Buyer's systems remotely only for a support case, through a connection opened by the Buyer for that session, and shall keep a log of each access.
P:8.3 The Vendor shall keep its own systems and staff secure, shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to or loss of Buyer Data, shall cooperate in the remedy, and shall be liable for all loss caused by a security breach attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's designs, stock records and prices, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all intellectual property rights in the Software.
P:10.2 The Template Library and any other deliverable made specifically for the Buyer belong to the Buyer upon creation. The Buyer may use, modify and license them freely, including for use with other software. The Vendor shall deliver the Template Library in an open, documented file format.
P:10.3 The Vendor shall indemnify the Buyer against any claim that the Software infringes a third party's rights.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for breach of Articles 8 and 9, for infringement under Article 10.3, or for wilful misconduct.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after the Buyer's written notice, or if the delay under Article 4.2 exceeds 60 days. On such termination the Vendor shall refund all amounts paid for items not accepted.
P:12.2 Either party may terminate this Agreement if the other party becomes insolvent.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the services or assign this Agreement without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Democratic Socialist Republic of Sri Lanka.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration in Colombo, Sri Lanka, under the rules of the Sri Lanka National Arbitration Centre, by a sole arbitrator, in English.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; both texts are equally valid. It takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: ____________________  Name and title:  Date:
P:For the Vendor: ____________________  Name and title:  Date:
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 Zhangye danxia-park shuttle ticketing SaaS, Order Form + General Terms; vendor in Pokhara — .md
#     PREPAYMENT, LIABILITY-CAP, GOVERNING-LAW
# ----------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM — TrailPass Ticketing Cloud

**Order Form No.** TP-CN-2025-0046

## Part A — Order Form

### A1. Parties

| | |
|---|---|
| **Customer** | Zhangye Caihong Scenic Shuttle Transport Co., Ltd., No. 9 Danxia Avenue, Linze County, Zhangye, Gansu, People's Republic of China |
| **Provider** | Annapurna TrailPass Technologies Pvt. Ltd., Lakeside Road Ward 6, Pokhara, Gandaki Province, Nepal |

This Order Form and the TrailPass General Terms in Part B together form the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Background

The Customer runs the sightseeing shuttle buses between the four viewing platforms of the Zhangye Danxia scenic area and sells shuttle tickets at the gate, online and through travel agencies. It wants one ticketing system for timed-entry booking, QR-code boarding, agency allocations and daily settlement. The Provider operates TrailPass, a cloud ticketing service used by parks and transport operators.

### A3. Services ordered

1. TrailPass Ticketing Cloud, Operator edition: online booking (WeChat mini-program and web), timed departure slots, agency portal, QR-code boarding validation on handheld scanners, refunds, daily settlement reports and dashboards.
2. Up to 40 handheld validator licences and 12 ticket-window seats.
3. Set-up and integration: configuration of routes, platforms, fares and departure slots; integration with the Customer's WeChat Pay merchant account and with the scenic area's gate system; migration of agency contracts; training of 30 staff.

### A4. Fees

At the Customer's request, all fees are quoted and payable in Chinese yuan (CNY), inclusive of taxes.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, 3 Subscription Years | 172,000 per Subscription Year |
| Subscription Fees, total | 3 × 172,000 | 516,000 |
| Set-up and Integration Fee | one-time | 49,000 |
| **Total fees for the Subscription Term** | | **565,000** |

Transaction volumes above 2.5 million boardings in a Subscription Year are charged at CNY 0.02 per boarding; this usage charge is not part of the total above.

### A5. Term

The Subscription Term is three Subscription Years starting on the Go-Live Date. The Agreement ends at the end of the Subscription Term unless the parties sign a new Order Form; there is no automatic renewal.

### A6. Invoicing and payment

1. The Provider will invoice the Set-up and Integration Fee together with the Subscription Fee for the first Subscription Year (CNY 221,000 in total) on the Order Date. The Customer shall pay this invoice within 10 days, before the Provider starts the set-up work and before the service is made available.
2. The Subscription Fees for the second and third Subscription Years are invoiced 30 days before each Subscription Year starts and are payable by its first day.
3. Payment is by bank transfer in CNY to the Provider's account with its bank in Kathmandu.

### A7. Go-Live and acceptance

1. The Provider shall make the configured service ready for acceptance testing within 50 days after the Order Date and shall achieve the Go-Live Date before the start of the summer season on 1 June.
2. Acceptance tests: (a) booking, payment and refund of every fare type through the mini-program, web and agency portal; (b) boarding validation on all handheld scanners, including offline validation for 2 hours and later synchronisation; (c) settlement reports reconciled to WeChat Pay statements for 5 consecutive days of parallel running with zero differences; (d) the gate-system interface passes the Customer's test script.
3. When the tests pass, the Customer signs a Go-Live Acceptance certificate. Test sales or soft-launch use do not count as acceptance.
4. If the Go-Live Date is delayed for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay.

### A8. Sub-processors

The Provider hosts the service on Alibaba Cloud in the Lanzhou region, which the Customer approves by signing this Order Form. No other sub-processor or subcontractor may be used without the Customer's prior written consent.

### A9. Signatures

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________

## Part B — TrailPass General Terms

### B1. Service levels

1.1 The Provider shall make the service available 99.95% of each calendar month, measured at the Provider's load balancer, excluding maintenance announced 72 hours ahead and carried out between 23:00 and 06:00 Beijing time.

1.2 Incidents are classified as follows. Priority 1: customers cannot book or passengers cannot board. Priority 2: a major function such as refunds or agency sales fails. Priority 3: any other fault. The Provider shall respond to a Priority 1 incident within 30 minutes, around the clock, and restore service within 3 hours; to Priority 2 within 2 hours; to Priority 3 on the next business day.

1.3 If availability in a month falls below 99.95%, the Customer receives a service credit of 5% of one-twelfth of the Subscription Fee for each started 0.1% of shortfall, up to 50% of that amount. For each full hour by which a Priority 1 response is late, the credit is CNY 300. Credits are set off against the next invoice or paid at the end of the term.

### B2. Customer Data

2.1 All data the Customer or its passengers enter into the service, including passenger names, identity numbers, phone numbers, bookings and payment records ("Customer Data"), belongs to the Customer. The Provider processes Customer Data only on the Customer's instructions and only to provide the service, and shall not use it for any other purpose, in aggregated, anonymised or any other form.

2.2 Customer Data is stored only in mainland China. The Provider shall encrypt Customer Data in transit and at rest, restrict access to named support staff using multi-factor authentication, keep access logs for at least 180 days, and comply with the PRC Personal Information Protection Law and Data Security Law.

2.3 The Provider shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, take all necessary remedial steps, and be responsible for the losses, fines and costs of notification caused by an incident attributable to the Provider.

2.4 On expiry or termination the Provider shall return all Customer Data in CSV format within 15 days and then delete it.

### B3. Confidentiality

Each party shall keep the other's confidential information secret, use it only for the Agreement, and disclose it only to staff who need to know it. This obligation continues for three years after the Agreement ends.

### B4. Intellectual property

4.1 The Provider keeps all rights in the TrailPass platform.

4.2 The route, fare and slot configurations, report templates and the gate-system interface built for the Customer belong to the Customer, which may use, modify and hand them to a successor provider without restriction.

### B5. Limitation of liability

5.1 Neither party is liable for indirect or consequential loss.

5.2 The Provider's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by the Customer in the six months before the event giving rise to the claim. This limit does not apply to the Provider's obligations under B2 and B3.

### B6. Termination

6.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

6.2 The Customer may also terminate by written notice if availability falls below 99% in two consecutive months. On termination under this B6, the Provider refunds prepaid fees for the period after termination.

### B7. Changes

The Provider may improve the service, but shall not remove a function listed in A3 during the Subscription Term.

### B8. Governing law and disputes

8.1 The Agreement is governed by the laws of Nepal.

8.2 Any dispute that cannot be settled by negotiation within 30 days shall be referred to arbitration in Kathmandu under the Arbitration Act of Nepal, before a sole arbitrator appointed by the Nepal Council of Arbitration. The language of the arbitration is English.

### B9. General

9.1 Notices must be in writing and sent by e-mail with a copy by courier.

9.2 Neither party is liable for a failure caused by force majeure, including closure of the scenic area by the authorities; the Subscription Term is extended by the period of closure.

9.3 The Provider shall keep the service compatible with the current versions of WeChat, the major mobile browsers and the handheld scanners listed in A3, and shall give the Customer at least 60 days' notice before any change to the API used by the gate system.

9.4 During the summer and National Day peak seasons the Provider shall keep an engineer on call who speaks Chinese, and shall not carry out planned maintenance between 06:00 and 20:00 Beijing time.

9.5 Neither party may assign the Agreement without the other party's prior written consent. The Agreement, including this Order Form, is the entire agreement of the parties on its subject, and any change must be in writing and signed by both parties.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 Heilongjiang soybean co-operative, seed-store sensors, buyer's paper; integrator in Chittagong — .docx — compliant
# ----------------------------------------------------------------------------------------------------------------
E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR SEED-STORE MONITORING SENSORS
P:Contract No. HJDD-2025-SS-014
P:Buyer: Heilongjiang Beidahuang Fengyuan Soybean Professional Co-operative, No. 16 Nongken Road, Bei'an, Heihe, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Karnaphuli AgriSense Systems Ltd., House 42, Road 3, Agrabad Commercial Area, Chittagong 4100, Bangladesh (the "Supplier").
P:Whereas the Buyer stores certified soybean seed for its members in six flat warehouses and two steel silos and needs continuous monitoring of grain temperature, humidity and carbon dioxide to prevent heating and loss of germination; and whereas the Supplier has offered to supply, install and configure a wireless monitoring system, the parties agree as follows. This Contract is on the Buyer's standard terms. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the monitoring system described in the price schedule in Section 2, consisting of multi-point temperature and humidity probe cables, carbon dioxide sensors, solar-backed wireless gateways, and a perpetual licence of the Supplier's SiloWatch monitoring platform installed on the Buyer's server.
P:1.2 The Supplier shall configure alarm rules, dashboards and SMS alerts for each store, and train the Buyer's storekeepers.
P:1.3 All equipment shall be suitable for operation at outdoor temperatures down to minus 40 °C and shall carry the certificates required for sale and radio use in China.
H:Section 2 Price Schedule
P:2.1 The Contract Price is CNY 584,000, inclusive of VAT, import duties, delivery to the Buyer's site in Bei'an, installation and all other costs.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity probe cable, 12 points, 15 m|96|2,150|206,400
TB:2|Carbon dioxide sensor, NDIR|24|3,800|91,200
TB:3|Wireless gateway with solar backup|8|6,500|52,000
TB:4|SiloWatch platform perpetual licence, one site|1|128,000|128,000
TB:|Hardware and Licence Subtotal|||477,600
TB:5|Installation and commissioning|1|58,400|58,400
TB:6|Alarm rules and dashboard configuration for the Buyer|1|36,000|36,000
TB:7|Training of storekeepers|1|12,000|12,000
TB:|Contract Price|||584,000
P:2.2 The Contract Price is fixed and includes the warranty services under Section 7.
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Buyer's site within 60 days after the Contract is signed, and shall complete installation within 25 days after delivery, before the autumn intake of seed.
P:3.2 The Buyer provides mains power at each store, access to the stores and a server in its office. The Supplier shall not enter a store under fumigation.
P:3.3 If the Supplier is late in delivery or installation for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract under Section 13.
H:Section 4 Payment
P:4.1 The Buyer shall pay 12% of the Contract Price (CNY 70,080) within 20 days after signature, against the Supplier's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 50% of the Contract Price (CNY 292,000) within 20 days after it signs the installation certificate. The installation certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 38% (CNY 221,920) within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer. Any bank charges outside China are borne by the Supplier.
P:4.5 The Supplier shall provide a warranty bond of 5% of the Contract Price, issued by a bank in China, valid until 30 days after the end of the warranty period. The Buyer may claim under the bond for any amount the Supplier owes under this Contract and has not paid within 15 days after a written demand.
H:Section 5 Acceptance
P:5.1 After installation, the system shall run for 21 consecutive days (the "trial run"). Final Acceptance tests are then carried out jointly.
P:5.2 The acceptance criteria are: (a) every probe point reads within ±0.5 °C of the Buyer's calibrated reference thermometer at ten points chosen by the Buyer; (b) humidity and carbon dioxide readings are within the accuracy stated in the Supplier's datasheets; (c) a simulated hot spot triggers an alarm on the platform and an SMS to the storekeeper within 60 seconds; (d) data from all gateways reach the platform with less than 1% missing readings during the trial run; and (e) no Severity 1 fault occurred during the trial run.
P:5.3 When all criteria are met, the Buyer signs a Final Acceptance certificate. Delivery, installation, the trial run or use of the system do not by themselves constitute acceptance. If a criterion is not met, the Supplier shall correct the defect within 10 days and the test shall be repeated at the Supplier's cost.
H:Section 6 Service Levels
P:6.1 Severity 1 means the platform receives no data from one or more stores, or alarms are not sent. Severity 2 means a single sensor or gateway fails. Severity 3 means any other fault.
P:6.2 The Supplier shall respond to a Severity 1 fault within 1 hour by telephone or remote access and restore the service within 48 hours, including on-site attendance by its service partner if needed; Severity 2 within 8 hours and repair within 5 days; Severity 3 within 3 working days.
P:6.3 For each hour by which the Supplier misses the Severity 1 response time, the Supplier shall pay CNY 300, and for each day by which it misses a restoration or repair time, CNY 500. The Buyer may deduct these amounts from any payment or from the warranty bond.
H:Section 7 Warranty
P:7.1 The Supplier warrants all equipment and the platform for 36 months after Final Acceptance. During that period it shall repair or replace any defective item, including parts, labour and transport, and provide software fixes and updates, free of charge.
P:7.2 The Supplier shall keep at the Buyer's site spare probe cables, sensors and one gateway, replenished within 15 days after use.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may buy annual support covering the services of Sections 6 and 7. The Annual Support Fee is 7% of the Hardware and Licence Subtotal, that is CNY 33,432 per support year, fixed for the first two support years.
P:8.2 Support is ordered by written order for each support year and does not renew automatically. Any later change of the fee must be agreed in writing.
H:Section 9 Data
P:9.1 All readings, alarm records, store maps and reports generated by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 Buyer Data is stored on the Buyer's server. The Supplier shall access it only remotely through an account opened by the Buyer for each support case, shall not copy it outside China, and shall keep the platform patched and protected against unauthorised access.
P:9.3 The Supplier shall notify the Buyer within 24 hours of any security incident involving the system or Buyer Data, and is liable for losses caused by an incident attributable to the Supplier.
H:Section 10 Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's stores, members, seed stocks and prices, and shall not disclose it to anyone without the Buyer's prior written consent. This obligation survives the end of the Contract.
H:Section 11 Intellectual Property
P:11.1 The alarm rules, dashboards and store configurations made for the Buyer belong to the Buyer, which may use and modify them freely and give them to another service provider. The Supplier keeps its rights in the SiloWatch platform, which the Buyer uses under the perpetual licence in Section 2.
H:Section 12 Liability and Subcontracting
P:12.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, damage to seed caused by a defect in the system, and wilful misconduct, which are not limited.
P:12.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer approves, by signing this Contract, Bei'an Xinda Electrical Installation Co., Ltd. as the Supplier's local installation and on-site service partner. The Supplier remains responsible for its subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay under Section 3.3 exceeds 45 days. The Supplier shall then refund all payments for items not accepted.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:Section 15 General
P:15.1 This Contract is made in English and Chinese; in case of difference the Chinese text prevails. It takes effect on signature by both parties.
P:15.2 Neither party is liable for delay caused by force majeure, such as blizzards that close the roads to Bei'an, provided it notifies the other party promptly and takes reasonable steps to limit the delay.
P:15.3 Notices shall be in writing, in Chinese or English, and delivered by courier or e-mail to the addresses above.
P:For the Buyer: ____________________ (seal)  Date:
P:For the Supplier: ____________________  Date:
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 Shaoxing hosiery maker, managed print service; provider in Faisalabad — .md, clauses + Schedules
#     DATA-SECURITY, SLA-AVAILABILITY
# ----------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED PRINT SERVICES AGREEMENT

**Agreement reference:** CPS-SX-2025-031

**Between**

**Zhuji Sockcraft Hosiery Co., Ltd.**, Datang Industrial Zone, Zhuji, Shaoxing, Zhejiang, People's Republic of China ("**Customer**")

**and**

**Chenab PrintServ (Private) Limited**, 88-B Susan Road, Madina Town, Faisalabad, Punjab, Pakistan, acting in China through its service office at Room 1206, 500 Renmin Middle Road, Shaoxing ("**Provider**").

## Background

A. The Customer manufactures hosiery in four plants and prints large volumes of production tickets, carton labels, packing lists and export documents, as well as ordinary office documents.

B. The Customer wishes to replace its owned printers and copiers with a managed fleet supplied, maintained and supplied with consumables by the Provider for a fixed monthly fee.

C. At the Customer's request, all charges are stated and paid in Chinese yuan (CNY).

## 1. Definitions

1.1 "**Devices**" means the printers, multifunction devices and label printers listed in Schedule 2, together with any replacements.

1.2 "**Fleet Acceptance**" means the Customer's signature of the certificate described in clause 4.3.

1.3 "**Contract Year**" means the period from the Fleet Acceptance date to the day before its first anniversary, and each later period from one anniversary to the day before the next.

1.4 "**Uptime**" means, for a calendar month, the total hours during which the Devices are in working order divided by the total scheduled production hours of all Devices, expressed as a percentage.

## 2. Term

2.1 This Agreement starts on signature and continues for three Contract Years after Fleet Acceptance (the "**Term**").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; the charges for an extension shall not exceed those in Schedule 3.

## 3. Services

3.1 The Provider shall supply and install the Devices at the Customer's four plants, connect them to the Customer's network and print management server, and remove and dispose of the Customer's old printers in accordance with environmental regulations.

3.2 During the Term the Provider shall deliver toner, ribbons, labels, drums and all other consumables except paper; carry out preventive maintenance at least once per quarter; repair or replace faulty Devices; and provide monthly usage and cost reports.

3.3 The Provider shall keep a resident technician at the Datang plant on working days and shall keep the spare Devices listed in Schedule 2 at the Customer's premises.

## 4. Deployment and Fleet Acceptance

4.1 The Provider shall complete installation of all Devices within 40 days after signature.

4.2 If the Provider is late for reasons not attributable to the Customer, it shall pay the Customer CNY 800 for each day of delay, up to CNY 40,000.

4.3 Fleet Acceptance follows a 10 working day trial during which the Provider demonstrates that: (a) every Device prints, scans and copies as specified; (b) the label printers produce carton labels that scan at first pass on the Customer's warehouse scanners; (c) secure release printing works with staff badges; (d) usage is recorded per department in the print management server; and (e) the old printers have been removed with disposal certificates. When these conditions are met the Customer signs a Fleet Acceptance certificate. Installation or use of the Devices alone is not Fleet Acceptance.

## 5. Service Levels

5.1 The Provider shall meet the response and restoration times in Schedule 1 and shall achieve Uptime of at least 98.5% in each calendar month across the fleet.

5.2 If Uptime in a month is below 98.5%, or if a Priority 1 or Priority 2 restoration time is missed, the Customer shall receive the service credits set out in Schedule 1, deducted from the next monthly invoice.

5.3 The Provider shall report Uptime and incidents monthly with the invoice.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Monthly Fleet Fee covers the Devices, all services and consumables, and the print volumes included in Schedule 3. Pages above the included volumes are charged at the click rates in Schedule 3.

6.2 The Provider shall invoice the Monthly Fleet Fee and any click charges monthly in arrears, starting with the month after Fleet Acceptance. The one-time Deployment Fee is invoiced after Fleet Acceptance. No amount is payable in advance.

6.3 The Customer shall pay each correct invoice within 30 days by bank transfer.

## 7. Documents and Data on Devices

7.1 All documents printed, copied or scanned on the Devices, and all data stored on them, remain the property of the Customer, and the Provider shall use them only to perform the services.

7.2 The Provider does not take any responsibility for the security of documents or data printed, scanned, stored on or transmitted through the Devices, or for their loss or disclosure. It is the Customer's responsibility to configure passwords, network settings and access rights on the Devices and to protect its network.

7.3 When a Device is removed, the Provider will leave the hard disk in place only if the Customer pays for it at the rate in Schedule 3; otherwise the Device is returned with its disk.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information about the other party's business obtained under this Agreement, including the Customer's customer names, order volumes and prices, and shall not disclose it to a third party without prior written consent. This clause survives expiry for three years.

## 9. Intellectual Property

9.1 The Provider retains ownership of the Devices and of its fleet management software.

9.2 Label templates, print rules, reports and device configurations prepared for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 10. Liability

10.1 The Provider's total liability under this Agreement shall not exceed 150% of the total fixed charges for the Term set out in Schedule 3, except for liability for death, personal injury or wilful misconduct.

10.2 The Provider is responsible for damage to the Customer's property caused by its staff or Devices.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if Uptime is below 95% in any two months of a Contract Year.

12.2 On expiry or termination the Provider shall remove the Devices within 20 days and the Customer shall pay only the charges accrued up to that date.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing.

## 14. General

14.1 This Agreement is made in English and Chinese. Both versions have equal force.

14.2 Notices shall be in writing to the addresses above.

14.3 The Provider's staff working at the Customer's plants shall follow the Customer's safety, fire and hygiene rules and may enter production areas only with an escort. Neither party is liable for delay caused by force majeure, provided it notifies the other promptly.

Signed for the Customer: ____________________ Date: ________

Signed for the Provider: ____________________ Date: ________

## Schedule 1 — Priorities, Response Times and Service Credits

| Priority | Description | Response | Restoration |
|---|---|---|---|
| P1 | A label printer on a packing line, or all Devices at a plant, out of service | 1 hour | 6 hours (swap with a spare Device) |
| P2 | Any other single Device out of service | 2 hours | next working day |
| P3 | Degraded quality, consumable request, user question | 8 working hours | 3 working days |

Service credits: for each full 0.5 percentage point by which monthly Uptime falls below 98.5%, 3% of that month's Monthly Fleet Fee; for each P1 restoration missed, CNY 500; for each P2 restoration missed, CNY 200. Total credits in a month shall not exceed 25% of that month's Monthly Fleet Fee.

## Schedule 2 — Devices

| Plant | A3 multifunction devices | A4 printers | Thermal label printers | Spare devices |
|---|---|---|---|---|
| Datang plant | 6 | 10 | 8 | 2 |
| Fengqiao plant | 3 | 6 | 5 | 1 |
| Shanxiahu plant | 2 | 5 | 4 | 1 |
| Head office, Zhuji | 4 | 8 | 0 | 1 |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Fleet Fee | per month, 36 months | 21,500 |
| Monthly Fleet Fee, total for the Term | 36 × 21,500 | 774,000 |
| Deployment Fee | one-time, after Fleet Acceptance | 26,000 |
| **Total fixed charges for the Term** | | **800,000** |
| Included volume | per month | 90,000 mono pages, 8,000 colour pages, 60,000 labels |
| Click charge above included volume | per page / label | mono 0.035, colour 0.28, label 0.02 |
| Hard disk retained by Customer | per disk | 150 |
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 Shenzhen LED export platform, conformity-marking check API subscription; vendor in Penang — .txt, upper-case
#     headings, a Schedule — SLA-MISSING (+ SLA-RESPONSE), LD-MISSING, GOVERNING-LAW
# ----------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
MARKCHECK CONFORMITY VERIFICATION SERVICE

Agreement No.: MC-2025-SZ-118

THIS AGREEMENT is made between:

(1) SHENZHEN LUMIBRIDGE CROSS-BORDER TRADE CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at Room 1503, Building B, Tian'an Cyber Park, Futian District, Shenzhen, Guangdong ("Customer"); and

(2) PENANG MARKCHECK SDN. BHD., a company incorporated in Malaysia, whose registered office is at 21 Lebuh Bishop, 10200 George Town, Penang, Malaysia ("Vendor").

BACKGROUND

(A) The Customer operates an online export platform through which several hundred Chinese manufacturers sell LED lamps, strips, drivers and fixtures to buyers in Europe, the United Kingdom, Southeast Asia and the Middle East.

(B) Before a product listing is published, the Customer wants to check automatically that the listing's test reports, declarations of conformity and marking images (such as CE, UKCA, the Malaysian SIRIM label and the Gulf G-mark) are complete, consistent with each other and valid for the product and the destination market.

(C) The Vendor operates the MarkCheck service, which performs such checks through an application programming interface ("API"), and has agreed to provide it to the Customer on the terms below. At the Customer's request, all fees are stated and payable in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Service" means the MarkCheck API, the web console and the rule sets for the markets listed in the Schedule.

1.2 "Customer Data" means all product data, documents, images, certificates and test reports submitted by the Customer or its sellers to the Service, and all results generated from them.

1.3 "Custom Rule Sets" means the check rules that the Vendor configures specifically for the Customer's product categories and seller requirements under clause 3.2.

1.4 "Subscription Year" means each consecutive subscription period starting on the Service Start Date or its anniversary.

2. TERM

2.1 This Agreement starts on the date of the last signature and continues for two Subscription Years after the Service Start Date.

2.2 The Agreement does not renew automatically. The parties may agree on a further period by signing a new order.

3. THE SERVICE

3.1 The Vendor shall give the Customer access to the Service for the API call volume stated in the Schedule, issue API keys, and provide the API documentation and a test environment.

3.2 The Vendor shall configure the Custom Rule Sets for the Customer's six main product categories (bulbs, tubes, strips, panels, drivers and outdoor fixtures) and for the destination markets in the Schedule, based on the Customer's written requirements.

3.3 The Vendor shall keep the rule sets up to date with changes in the technical regulations and standards of the destination markets and shall inform the Customer of material changes.

3.4 The Vendor will use commercially reasonable efforts to keep the Service available and to answer support requests sent by e-mail during its normal business hours in Penang. The Vendor does not commit to any particular availability, response time or resolution time, and gives no service credits.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 The Vendor shall complete the configuration of the Custom Rule Sets and support the Customer's integration of the API into its listing workflow.

4.2 Integration Acceptance tests are run by the Customer on a set of 300 sample listings prepared by the Customer, including listings with known defects. The criteria are: (a) every sample listing receives a result; (b) at least 97% of the known defects are flagged; (c) no more than 3% of correct listings are flagged in error; (d) the average API response time is below 3 seconds; and (e) the results can be exported to the Customer's seller portal.

4.3 When the criteria are met, the Customer signs an Integration Acceptance certificate, and the date of signature is the Service Start Date. Use of the test environment or of the production API before then is not acceptance.

4.4 The Vendor will use reasonable efforts to make the Service ready for Integration Acceptance within 45 days after signature.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule. The Subscription Fee is invoiced quarterly in advance, at the start of each quarter of each Subscription Year. The Onboarding Fee is invoiced after Integration Acceptance.

5.2 API calls above the annual volume in the Schedule are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

5.3 The Customer shall pay each invoice within 30 days by bank transfer in CNY. The Customer pays no amount before Integration Acceptance.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including training, benchmarking or the development of other products, whether or not the data is anonymised.

6.2 Customer Data is processed and stored in the Vendor's data centre in Singapore operated by a hosting provider certified to ISO/IEC 27001. The Vendor shall encrypt Customer Data in transit and at rest, restrict access to authorised staff, keep access logs, and comply with applicable data protection laws, including the requirements of the People's Republic of China for the export of data.

6.3 The Vendor shall notify the Customer within 48 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take all reasonable steps to contain it, and shall be liable for losses caused by a breach of this clause 6.

6.4 Within 30 days after the Agreement ends, the Vendor shall return Customer Data on request and then delete it.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's confidential information, use it only for this Agreement, and not disclose it to any third party except its professional advisers, without the other party's prior written consent. This obligation survives for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 The Vendor owns the Service, including its general rule sets and software.

8.2 The Custom Rule Sets belong to the Customer. The Vendor shall deliver them in a documented export format on request and at the end of the Agreement, and the Customer may use, modify and license them freely.

9. LIABILITY

9.1 Neither party is liable for loss of profit or for indirect or consequential loss.

9.2 The Vendor's total liability under this Agreement shall not exceed twice the total fees payable under this Agreement. This limit does not apply to breach of clause 6 or clause 7.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract the Service or any part of it, other than hosting by the provider named in clause 6.2, without the Customer's prior written consent.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

11.2 On termination for the Vendor's breach, the Vendor shall refund the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of Malaysia.

12.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration in Kuala Lumpur administered by the Asian International Arbitration Centre in accordance with its arbitration rules. The language of the arbitration is English.

13. GENERAL

13.1 This Agreement, with its Schedule, is the entire agreement between the parties on its subject.

13.2 Any change to this Agreement must be in writing and signed by both parties.

13.3 Notices shall be sent by e-mail and confirmed by courier to the addresses above.

13.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, government action or failures of public networks, provided it notifies the other party promptly. If such an event lasts more than 30 days, either party may terminate the Agreement by written notice.

13.5 Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business.

13.6 The Vendor shall comply with applicable export control and sanctions laws in providing the Service, and the Customer remains responsible for the final decision to publish a listing.

SIGNED for and on behalf of SHENZHEN LUMIBRIDGE CROSS-BORDER TRADE CO., LTD.
Name: ____________________ Title: ____________________ Date: __________

SIGNED for and on behalf of PENANG MARKCHECK SDN. BHD.
Name: ____________________ Title: ____________________ Date: __________

SCHEDULE - SERVICE, MARKETS AND FEES

Markets covered: European Union (CE, including LVD, EMC, RoHS and ErP), United Kingdom (UKCA), Malaysia (SIRIM), Saudi Arabia (SASO) and the Gulf Cooperation Council (G-mark).

Included API calls: 600,000 calls per Subscription Year.

Subscription Fee: CNY 96,000 per Subscription Year, invoiced as CNY 24,000 per quarter in advance.

Subscription Fees for the two Subscription Years: CNY 192,000.

Onboarding Fee (configuration of the Custom Rule Sets and integration support): CNY 14,000, one-time.

Total fees under this Agreement: CNY 206,000.

Overage: CNY 0.15 per API call above the included volume, invoiced quarterly in arrears and not included in the total.
"""

# ----------------------------------------------------------------------------------------------------------------
# Labels
# ----------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# stem: (file, lang, category, term overrides, extra, fee_base for TCO (goods only), hand-listed expected rules)
C = {}
C["h392z01"] = ("h392z01_ip_office_patent_navigation_platform.pdf", "zh", "software",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                     prepayment_pct=422000 / 2110000 * 100, warranty_months=36, post_warranty_fee_pct=9),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2110000), 1180000, [])
C["h392z02"] = ("h392z02_motor_works_winding_varnish_control_retrofit.docx", "zh", "hardware",
                dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=194000 / 1940000 * 100,
                     warranty_months=24, post_warranty_fee_pct=8, termination_for_breach=False,
                     subcontract_without_consent=True),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1940000), 1644000, ["CR-SUBCONTRACT", "CR-TERMINATION"])
C["h392z03"] = ("h392z03_calligraphy_school_chain_scheduling_saas.txt", "zh", "cloud",
                dict(availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False,
                     ld_rate_per_day_pct=500 / 644000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
                     auto_renewal_price_increase=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=644000), None,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
C["h392z04"] = ("h392z04_cultural_centre_public_service_system_om.txt", "zh", "services",
                dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=0.1,
                     final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000), None,
                ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"])
C["h392z05"] = ("h392z05_dumpling_factory_mes_supplier_template.md", "zh", "software",
                dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                     ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=962500 / 1750000 * 100,
                     acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                     post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=1750000), 1260000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                 "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])
C["h392e01"] = ("h392e01_jade_studio_cutting_plan_licences_kandy_vendor.pdf", "en", "software",
                dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                     prepayment_pct=110000 / 550000 * 100, warranty_months=24, post_warranty_fee_pct=10,
                     governing_law="Sri Lanka"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=550000), 440000, ["CR-GOVERNING-LAW"])
C["h392e02"] = ("h392e02_danxia_shuttle_ticketing_saas_order_form_pokhara.md", "en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=600 / 565000 * 100,
                     liability_cap_pct=6 / 36 * 100, prepayment_pct=221000 / 565000 * 100,
                     final_payment_on_acceptance=None, governing_law="Nepal", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=565000), None,
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-PREPAYMENT"])
C["h392e03"] = ("h392e03_soybean_coop_seed_store_sensors_buyer_paper.docx", "en", "hardware",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                     prepayment_pct=70080 / 584000 * 100, warranty_months=36, post_warranty_fee_pct=7),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=584000), 477600, [])
C["h392e04"] = ("h392e04_hosiery_maker_managed_print_faisalabad.md", "en", "services",
                dict(availability_pct=98.5, p1_response_hours=1, data_security_clause=False,
                     ld_rate_per_day_pct=800 / 800000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
                     contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=800000), None,
                ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"])
C["h392e05"] = ("h392e05_led_export_marking_check_api_penang.txt", "en", "cloud",
                dict(sla_remedy=False, liability_cap_pct=200, final_payment_on_acceptance=None,
                     governing_law="Malaysia", contract_kind="service"),
                dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=206000), None,
                ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])

SRC = {"h392z01": Z01, "h392z02": Z02, "h392z03": Z03, "h392z04": Z04, "h392z05": Z05,
       "h392e01": E01, "h392e02": E02, "h392e03": E03, "h392e04": E04, "h392e05": E05}


def tco(stem):
    """policy §4: horizon 5 y from acceptance; purchase + implementation = contract value; post-warranty years pro rata."""
    _, _, _, t, x, base, _ = C[stem]
    terms = {**OK, **t}
    if terms["contract_kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None:
        return None
    yrs = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = yrs * base * terms["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def derive(stem):
    """The rules a careful reader of policy.md §3 would expect from the labels (a check on the hand-listed rules)."""
    _, _, _, t, x, _, _ = C[stem]
    v = {**OK, **t}
    goods = v["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if v["availability_pct"] is not None and v["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if v["p1_response_hours"] is None or v["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not v["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if v["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not v["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if v["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not v["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif v["ld_rate_per_day_pct"] is not None and v["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if v["liability_cap_pct"] is not None and v["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if v["prepayment_pct"] is not None and v["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not v["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or v["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (v["warranty_months"] is None or v["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (v["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or v["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if v["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not v["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if v["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if v["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    tc = tco(stem)
    if goods and tc and tc[2] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(stem):
    f, lang, cat, t, x, _, rules = C[stem]
    terms = {**OK, **t}
    return {"file": f, "language": lang, "category": cat,
            "expected_terms": {k: terms[k] for k in TERM_KEYS},
            "expected_extra": dict(x), "expected_rules": sorted(rules)}


# ----------------------------------------------------------------------------------------------------------------
# Threshold scan: every threshold figure of policy.md, in digits, Chinese numerals and words
# ----------------------------------------------------------------------------------------------------------------
CN = "〇零一二三四五六七八九十百千万两"
BAN = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:-\s*)?(?:小时|个小时|hours?|hrs?\b|h\b)", r"(?<![" + CN + r"])四个?小时", r"\bfour[\s-]+hours?\b",
    r"(?<![\d.])240\s*(?:分钟|min)", r"\btwo hundred and forty minutes\b",
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?![" + CN + r"])", r"零点零五",
    r"(?<![\d.])100\s*%", r"百分之百", r"\bone hundred per ?cent\b", r"(?<![\d.])100\s*per ?cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"(?<![" + CN + r"])三成", r"\bthirty per ?cent\b",
    r"(?<![\d.])30\s*per ?cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"\bforty per ?cent\b", r"(?<![\d.])40\s*per ?cent",
    r"(?<![\d.])15\s*%", r"百分之十五(?![点])", r"\bfifteen per ?cent\b", r"(?<![\d.])15\s*per ?cent",
    r"(?<![\d.])12\s*(?:个月|months?\b)", r"(?<![" + CN + r"])十二个月", r"\btwelve(?:[\s-]+\w+){0,3}?[\s-]+months?\b", r"(?<![\d.])12(?:[\s-]+\w+){1,3}?[\s-]+months?\b",
    r"\bone[\s-]+years?\b", r"(?<![\d.])1\s*(?:-\s*)?years?\b", r"(?<![" + CN + r"第])一年", r"\ba year\b",
    r"(?<![\d.])5\s*(?:-\s*)?(?:years?\b|年(?!\d|度))", r"(?<![" + CN + r"])五年", r"\bfive[\s-]+years?\b",
    r"(?<![\d.])60\s*(?:个月|months?\b)", r"六十个月", r"\bsixty months?\b",
]
BAN_RE = [re.compile(p, re.I) for p in BAN]
MUST_HIT = ["99.9%", "4小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "40%", "百分之四十", "15%", "百分之十五", "12个月", "十二个月", "12 months",
            "twelve months", "twelve consecutive calendar months", "one year", "一年", "5年", "五年", "5 years",
            "five years", "60个月", "60 months", "thirty per cent", "a year"]
MUST_MISS = ["24小时", "二十四小时", "14小时", "99.95%", "99.5%", "115%", "0.15%", "四十二个月", "2025年", "2025年3月",
             "第一年度", "五个工作日", "十五日", "15 days", "45%", "35%", "130%", "14 hours", "24 hours", "1.5倍",
             "百分之三十五", "12 points", "0.15 per API call", "1500 words", "十二台", "服务年度", "一个服务年度"]
for s_ in MUST_HIT:
    assert any(r.search(s_) for r in BAN_RE), ("regex self-test should hit", s_)
for s_ in MUST_MISS:
    assert not any(r.search(s_) for r in BAN_RE), ("regex self-test should miss", s_, [r.pattern for r in BAN_RE if r.search(s_)])


def scan(text):
    hits = []
    for t in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for r in BAN_RE:
            m = r.search(t)
            if m and (r.pattern, m.group(0)) not in hits:
                hits.append((r.pattern, m.group(0)))
    return hits


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


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    kinds = {}
    for stem, (f, *_rest) in C.items():
        ext = f.rsplit(".", 1)[1]
        if ext in ("txt", "md"):
            (OUT / f).write_text(SRC[stem], encoding="utf-8")
            print("wrote", f)
        else:
            kinds[stem] = (f, ext)
    write({k: SRC[k] for k in kinds}, kinds, OUT, wrap_words=True)

    covered, bad = set(), []
    for stem, (f, lang, *_r) in C.items():
        lab = label(stem)
        (OUT / (f.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                           encoding="utf-8")
        text = read_back(OUT / f)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        hits = scan(text) + scan(SRC[stem])
        d = derive(stem)
        t = lab["expected_terms"]
        off = [k for k, th in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                               ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                               ("post_warranty_fee_pct", 15)) if t[k] is not None and abs(t[k] - th) < 1e-9]
        tc = tco(stem)
        if tc and abs(tc[2] - 40) < 0.5:
            off.append("tco_share")
        if t["warranty_months"] == 60:
            off.append("warranty 60")
        ok = lo <= n <= hi and not hits and d == lab["expected_rules"] and not off
        print(f"{f}: {n} {'chars' if lang == 'zh' else 'words'}; rules {lab['expected_rules'] or '(none)'}; "
              f"risk {risk(lab['expected_rules'])}" + (f"; TCO {tc[0]:,.0f}, share {tc[2]:.2f} %" if tc else "")
              + ("" if ok else f"  <-- PROBLEM len={n} hits={hits} derived={d} off={off}"))
        if not ok:
            bad.append(f)
        covered |= set(lab["expected_rules"])
    ALL = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
           "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
           "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
           "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    print("rules not covered:", sorted(ALL - covered) or "none")
    assert covered == ALL, sorted(ALL - covered)
    assert not bad, bad
    print("all checks passed")
