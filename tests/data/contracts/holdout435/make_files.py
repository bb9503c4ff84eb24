"""holdout435: ten blind, ordinary draft contracts (five zh, five en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Writes the ten contracts, the ten .json labels,
checks price sums, lengths as read back, threshold figures in every text, and the expected rules (own reading of
policy.md section 3, no project code).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条)
Z01 = """T:外贸运行监测平台建设项目采购合同
P:合同编号：SWJ-ZFCG-2026-071　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江川市商务局
P:乙方（供应商）：上海衡数信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就江川市外贸运行监测平台的软件许可、定制开发与实施服务，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1. 乙方向甲方提供外贸运行监测平台软件（含企业直报、重点企业监测、预警分析、统计报表四个模块）的永久使用许可，部署于甲方指定的政务云资源。
P:2. 乙方按甲方需求定制开发：海关及税务数据采集接口、外贸企业运行监测指标模型、领导驾驶舱及移动端查询页面。
P:3. 乙方负责平台安装部署、历史数据迁移（不少于三个统计年度的直报数据）、联调测试及用户培训。
H:第二条 合同价款
P:本合同总价为人民币贰佰贰拾贰万元整（¥2,220,000），为含税固定总价，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久，不限用户数）|1,280,000
TB:2|定制开发（采集接口、指标模型、驾驶舱）|760,000
TB:3|实施部署与历史数据迁移|148,000
TB:4|用户培训|32,000
TB:合计||2,220,000
P:除上述价款外，甲方不再支付其他任何费用。合同价款包含软件许可、定制开发、安装部署、数据迁移、培训、差旅、第三方测评配合及质保期内服务等全部费用。
H:第三条 付款方式
P:1. 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币444,000元。
P:2. 平台上线并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即人民币999,000元。
P:3. 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即人民币777,000元。
P:4. 乙方每次请款前应开具合法有效的增值税发票。付款按财政国库集中支付程序办理。
H:第四条 工期
P:乙方应于合同签订后120日内完成部署、定制开发和数据迁移，并提交初步验收申请。
H:第五条 验收
P:1. 初步验收标准：功能逐项符合招标文件技术需求；迁移数据与原系统逐表核对一致；采集接口连续十日运行无错漏；在200个并发用户下，常规查询响应不超过3秒，统计报表生成不超过10秒。
P:2. 初步验收合格后平台试运行90日。试运行期间未发生一级故障，且通过第三方软件测评机构的功能、性能及安全测评，甲方组织最终验收，出具书面验收报告。
P:3. 平台上线、试运行或甲方使用平台，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质保与维护
P:1. 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:2. 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过人民币102,400元），该标准在质保期满后的两个服务年度内不予上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:1. 平台月度可用率不低于99.95%（计划内维护除外，且需提前三个工作日书面报甲方同意）。
P:2. 一级故障（平台无法访问或数据采集中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:3. 响应或恢复每超时1小时，乙方向甲方支付1,000元；月度可用率每低于约定值0.01个百分点，乙方支付2,000元，可从应付款或履约保证金中扣除。
H:第八条 知识产权
P:1. 定制开发形成的接口程序、指标模型、页面及其源代码和技术文档，知识产权归甲方所有，乙方应在最终验收时完整移交。
P:2. 平台软件原有知识产权仍属乙方，乙方保证甲方使用不侵犯第三方权利。
H:第九条 数据安全
P:1. 平台中的全部业务数据、企业直报数据及其衍生数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:2. 乙方应落实网络安全等级保护三级要求，数据传输和存储加密，运维访问经甲方堡垒机并留存日志；不得将数据复制至甲方以外的环境。
P:3. 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成数据泄露、损毁的，乙方承担全部法律责任和赔偿责任。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、企业经营信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:1. 乙方逾期提交初步验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:2. 乙方交付成果不符合约定且经整改仍不合格的，甲方有权拒收并要求乙方赔偿损失。
P:3. 甲方无正当理由逾期付款的，按逾期金额的万分之三每日向乙方支付违约金。
H:第十二条 分包
P:本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，或逾期超过60日的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 项目实施管理
P:1. 乙方应指定具有同类项目经验的项目经理常驻甲方现场，核心开发和实施人员名单以投标文件为准，未经甲方书面同意不得更换。
P:2. 乙方每周向甲方提交项目周报，说明进度、问题和风险；重大变更须经双方书面确认，并不得增加合同总价。
P:3. 乙方应配合甲方做好数据采集涉及的海关、税务等部门的协调工作，接口对接方案须经数据提供部门书面确认后实施。
P:4. 乙方应在最终验收前移交需求说明书、设计文档、数据字典、接口文档、部署手册、运维手册和用户手册。
H:第十五条 不可抗力
P:因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明。双方根据影响程度协商延期履行、部分履行或解除合同。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十七条 其他
P:1. 招标文件、投标文件、中标通知书及乙方服务承诺为本合同的组成部分，与本合同正文具有同等效力；内容不一致的，以本合同正文为准。
P:2. 本合同履行中甲方可根据业务需要调整部分功能需求，调整不超出原开发工作量的，乙方不另收费。
P:3. 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:4. 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江川市商务局　　　　乙方（盖章）：上海衡数信息技术有限公司
P:代表签字：__________　　　　　　　代表签字：__________
P:日期：2026年6月　日　　　　　　　日期：2026年6月　日
"""

# ---------------------------------------------------------------- z02 (docx, 1. / 1.1, Word price table)
Z02 = """T:热处理生产线控制系统改造及维保合同
P:合同编号：ZC-SB-2026-0317
P:甲方：洛阳中拓轴承制造有限公司
P:乙方：郑州恒热智控工程有限公司
P:鉴于甲方拟对二分厂两条连续式网带炉热处理生产线的控制系统进行改造，乙方具备相应设计、供货、施工和维护能力，双方经协商，就改造工程及质保期后维保服务订立本合同。
H:1. 工作范围
P:1.1 更换两条热处理线的PLC控制柜，改造炉温、碳势和淬火油温控制回路，增加炉气分析与超温联锁。
P:1.2 提供上位机监控软件许可，部署工控服务器与操作站，实现工艺曲线、批次记录和报警管理。
P:1.3 开发工艺数据对接程序，将批次热处理数据传送至甲方MES系统。
P:1.4 负责拆旧、安装、调试、试生产保障及操作维护人员培训。
P:1.5 改造后的控制系统应与甲方现有的空压、冷却水和淬火油循环系统联锁，超温、断电时自动切换至安全状态并报警。
P:1.6 具体技术参数以双方签署的技术协议为准，技术协议与本合同具有同等效力。
H:2. 合同价格
P:2.1 本合同总价为人民币1,708,000元（含税），明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、触摸屏）|4套|186,000|744,000
TB:2|炉温/碳势控制仪表及传感器|1批|318,000|318,000
TB:3|上位机监控软件许可（永久）|2套|96,000|192,000
TB:4|工控服务器及操作站|1批|126,000|126,000
TB:软硬件小计||||1,380,000
TB:5|拆旧、安装调试及改造施工|1项|214,000|214,000
TB:6|工艺数据对接开发|1项|96,000|96,000
TB:7|培训|1项|18,000|18,000
TB:合计||||1,708,000
P:2.2 上述价格包含运输、保险、安装材料、电缆桥架、调试耗材及税费，甲方不再另行支付。设备应为全新原装产品，并随货提供合格证和出厂检验报告。
H:3. 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，即341,600元。
P:3.2 设备全部到货并经甲方开箱清点后，甲方支付合同总价的35%，即597,800元。到货清点不视为质量验收。
P:3.3 两条生产线改造完成并通过最终验收后，甲方支付合同总价的45%，即768,600元。
H:4. 工期与停产安排
P:4.1 乙方应在合同生效后45日内完成供货，在甲方安排的停炉窗口内完成改造，每条线停炉不超过10日。
P:4.2 乙方应在每条线停炉前7日提交改造进度计划和物资到位确认单，停炉窗口经甲方生产部确认后不得随意变更。
P:4.3 乙方逾期供货或逾期完成改造的，应采取赶工措施并赔偿甲方因此受到的实际损失。本合同不另行约定逾期违约金。
H:5. 验收
P:5.1 验收标准：炉温控制精度±3℃，碳势控制精度±0.03%C；超温、断偶、炉气异常联锁试验全部动作正确；连续生产20个工作日，产品硬度及渗层深度抽检合格；对接程序数据与现场记录逐批核对一致。
P:5.2 双方按上述标准共同测试，合格后签署最终验收报告。设备安装完成或投入生产，不视为验收合格。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内软硬件故障免费维修、更换。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的9%计取，即每年124,200元，质保期满后三个服务年度内不调价。是否续签由甲方决定。
P:6.3 故障响应：一级故障（热处理线停炉或联锁失效）1小时内响应，8小时内到场；二级故障8小时内响应，48小时内到场。
P:6.4 响应或到场每超时1小时，乙方按800元支付违约金，从维保费或应付款中扣除。
H:7. 数据安全
P:7.1 热处理工艺参数、配方、批次记录等生产数据归甲方所有，乙方仅可为履行本合同使用。
P:7.2 乙方远程维护须经甲方审批，通过甲方指定的工业防火墙和运维审计系统接入，不得在个人设备上存储甲方数据。
P:7.3 因乙方原因造成数据丢失、被篡改或外泄的，乙方应立即报告，配合恢复，并承担全部赔偿责任。
H:8. 知识产权
P:8.1 工艺数据对接程序及其源代码、PLC组态工程文件归甲方所有，甲方可自行修改和使用。
P:8.2 上位机监控软件的原有知识产权属于乙方，甲方享有永久使用权。
H:9. 分包
P:9.1 乙方可将拆旧及现场安装施工分包给具备相应资质的单位，但应提前书面通知甲方。乙方对分包工作承担全部责任。
H:10. 保密
P:10.1 乙方对在履约中知悉的甲方热处理工艺、产品图纸、客户信息和生产计划负有保密义务，未经甲方书面同意，不得向任何第三方披露，也不得用于为其他客户提供服务。
P:10.2 本条义务在合同终止后三个服务年度内继续有效。乙方应促使其人员及分包单位遵守本条规定。
H:11. 安全生产与现场管理
P:11.1 乙方人员进入甲方厂区应遵守甲方安全生产、动火作业和有限空间作业管理规定，特种作业人员须持证上岗。
P:11.2 改造施工前，乙方应提交施工方案、停炉及恢复方案和应急预案，经甲方设备部和安环部审核后实施。
P:11.3 乙方应对拆除的旧控制柜、仪表进行清点，移交甲方处置，不得擅自带离厂区。
P:11.4 因乙方原因发生安全事故或造成甲方设备、产品损失的，由乙方承担责任。
H:12. 技术资料与培训
P:12.1 乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序备份、组态工程文件、仪表校准记录、操作及维护手册，纸质和电子版各一套。
P:12.2 乙方应为甲方操作人员和维修电工分别组织培训，培训合格后方可独立操作，培训课时不少于24学时。
P:12.3 乙方对主要备品备件在质保期满后继续供应不少于三个服务年度，供应价格不高于本合同单价。
H:13. 违约与解除
P:13.1 乙方交付设备不合格或改造达不到验收标准，经整改两次仍不合格的，甲方有权解除合同，乙方退还已付款项并赔偿损失。
P:13.2 任何一方严重违约，经对方书面催告后十五日内未改正的，守约方有权解除合同。
P:13.3 乙方累计赔偿责任以合同总价的120%为限，但人身伤亡及故意行为除外。
P:13.4 甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:14. 不可抗力
P:14.1 因地震、洪水、疫情防控措施等不可抗力不能履行合同的，受影响方应在3日内通知对方并提供证明，相应延长履行期限。
H:15. 法律适用与争议
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交洛阳仲裁委员会仲裁。
H:16. 其他
P:16.1 本合同未尽事宜，双方协商签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单。
P:甲方（盖章）：洛阳中拓轴承制造有限公司　　　乙方（盖章）：郑州恒热智控工程有限公司
P:代表：__________　　　　　　　　　　　代表：__________
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）)
Z03 = """驾校约车及学员管理SaaS服务合同

合同编号：JX-IT-2026-015
甲方：安平市顺通机动车驾驶员培训集团有限公司（下辖9家校区）
乙方：南京驭课网络科技有限公司

甲方为统一管理旗下9家校区（共有教练员约260名、教练车约230辆、在训学员约1.8万人）的学员报名、约车排班、教练考核和学时数据，拟采购乙方"驭课"约车及学员管理SaaS服务及相关实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方9家校区提供学员报名、约车排班、教练管理、学时统计、考试预约提醒及学员小程序等SaaS服务。
（二）乙方为甲方提供下列实施服务：各校区组织架构及教练车辆配置、历史学员数据迁移、与甲方财务系统和计时终端的接口对接、定制经营报表。
（三）乙方提供管理员及教练培训，每校区不少于两次，并提供学员使用小程序的操作指引和常见问题说明。
（四）乙方为甲方指定一名客户经理和一名实施顾问，负责需求确认、上线计划和日常沟通，实施顾问在上线前须到各校区现场支持。
（五）服务期内平台新增的通用功能，乙方应免费向甲方开放；甲方提出的个性化需求，双方另行书面确认工作量和费用。

二、服务期限
服务期为三个服务年度，自2026年7月1日起至2029年6月30日止，每个服务年度自7月1日起至次年6月30日止。

三、费用
（一）费用明细：
  项目                         计费方式                     金额（元）
  SaaS订阅费                   9校区×42,000元/服务年度×3    1,134,000
  实施及数据迁移（一次性）     固定价                       86,000
  培训（一次性）               固定价                       16,000
  合计                                                      1,236,000
（二）合同总价为人民币1,236,000元（含税）。
（三）订阅费按季度结算，甲方在每季度结束后15个工作日内支付当季订阅费（94,500元）。
（四）实施及培训费在上线验收合格后15个工作日内一次性支付。
（五）本合同不设预付款。
（六）乙方应在收款前开具增值税专用发票。新增校区按每校区每服务年度42,000元计费，按实际使用月份折算。

四、实施与上线验收
（一）乙方应在2026年8月31日前完成全部9家校区的配置、数据迁移及接口对接，申请上线验收。
（二）验收标准：历史学员档案、学时记录迁移后与原系统逐条核对一致；约车高峰期500名学员同时约车，页面响应不超过2秒；计时终端学时数据实时同步，误差为零；财务对账接口连续10日对平；定制报表经甲方确认。
（三）双方按上述标准测试合格后签署上线验收单。系统上线试用不视为验收合格。上线前乙方应组织各校区进行不少于3日的并行试用，试用期间原系统继续运行。
（四）乙方逾期申请上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（五）验收不合格的，乙方应在10日内完成整改并重新申请验收，整改期间不免除其逾期责任。

五、服务水平
（一）平台月度可用率不低于99.5%。
（二）一级故障（平台无法登录或无法约车）30分钟内响应，3小时内恢复；二级故障2小时内响应，24小时内解决。
（三）月度可用率低于约定值的，每低0.1个百分点，按当月订阅费的3%抵扣下期费用；响应超时的，每次抵扣500元。
（四）乙方应提供7×24小时故障受理电话和在线工单，每月5日前向甲方提交上月服务报告，列明可用率、故障及处理情况。
（五）平台计划内维护应安排在22:00至次日6:00之间，并提前3日通知甲方；每月计划内维护累计不超过6小时。

六、数据
（一）学员个人信息、约车记录、学时数据及甲方经营数据归甲方所有。
（二）乙方有权在服务期内及服务期满后，对上述数据进行去标识化和汇总处理，用于改进乙方产品、训练排班算法及发布驾培行业分析报告。
（三）乙方应采取加密存储、访问控制、操作日志等措施保护数据安全，平台应通过网络安全等级保护三级测评；学员个人信息处理应符合《个人信息保护法》。
（四）发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成数据泄露或丢失的，乙方承担相应赔偿责任。
（五）服务终止后30日内，乙方应以甲方可读取的通用格式向甲方交还全部数据，并删除平台中的甲方数据，但第（二）项所述去标识化及汇总数据除外。
（六）乙方应为甲方各校区设置独立的账号权限，教练仅能查看本人学员信息，导出学员名单须经甲方管理员审批并留存记录。

七、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）为甲方定制的经营报表、接口程序及其源代码归甲方所有，甲方可自行修改使用或交由第三方维护。

八、保密
双方对在合作中获知的对方商业秘密、学员信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三个服务年度。

九、续期
服务期满前30日内任何一方未书面提出异议的，本合同自动续期一个服务年度，可连续续期。每次续期时，乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%。

十、分包
乙方不得将实施及运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。平台所使用的云计算资源由乙方向具备资质的云服务商采购，乙方应在合同附件中列明该云服务商名称及机房所在地（应位于中国境内），变更须提前书面征得甲方同意。

十一、违约与解除
（一）乙方严重违反本合同，经甲方书面通知后15日内未改正的，甲方有权解除合同，乙方应退还已付未使用期间的费用并赔偿损失。
（二）甲方逾期付款超过30日的，乙方可暂停服务，但应提前7日书面通知，暂停期间乙方应妥善保存甲方数据。
（三）任何一方违约给对方造成损失的，应承担赔偿责任。
（四）因公安交管部门政策调整导致约车或学时规则变化的，乙方应在政策生效前完成平台调整，不另收费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方住所地人民法院起诉。

十三、其他
（一）本合同附件包括：服务功能清单、实施计划、数据迁移范围及接口说明，附件与正文具有同等效力。
（二）双方通知以书面形式送达合同首页所列地址，或发送至双方指定的电子邮箱。
（三）本合同一式两份，双方各执一份，自签字盖章之日起生效。

甲方（盖章）：安平市顺通机动车驾驶员培训集团有限公司
授权代表：__________    日期：2026年6月  日
乙方（盖章）：南京驭课网络科技有限公司
授权代表：__________    日期：2026年6月  日
"""

# ---------------------------------------------------------------- z04 (txt, 一、/（1）, 竞争性磋商)
Z04 = """接处警指挥系统运维服务合同

项目编号：XFZD-CS-2026-009（竞争性磋商）
甲方（采购人）：临江市消防救援支队
乙方（成交供应商）：临江天枢信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临江市消防救援支队119接处警指挥系统运维服务事项，订立本合同。

一、服务范围
（1）运维对象：119接处警指挥系统（受理台、调度、GIS定位、录音录像、短信及与公安110、急救120的联动接口），以及配套服务器、存储、网络和受理席位终端。
（2）服务内容：驻场值守、日常巡检、故障处置、系统升级、备件保障、重大活动及灾害天气保障、网络安全等级保护测评配合及安全加固，以及受理席位终端、大屏显示系统和录音设备的日常维护。
（3）服务期：2026年8月1日至2027年7月31日。
（4）乙方应在服务期开始前完成与原运维单位的交接，核对设备清单、账号口令、配置文档和遗留问题，交接清单经甲方确认后作为本合同附件。

二、服务费用
（1）合同总价为人民币644,000元（含税），明细如下：
  项目                              金额（元）
  驻场运维（2人×192,000元）        384,000
  系统巡检及应急保障               126,000
  软硬件备件                        88,000
  等保测评配合及安全加固            46,000
  合计                              644,000
（2）本合同不设预付款。运维费按季度支付，每季度服务考核合格后15个工作日内，甲方支付当季运维费161,000元。
（3）合同价格已包含人员、交通、食宿、备件、工具和税费，服务期内不作调整。

三、服务要求
（1）乙方安排2名具备相应资格的工程师驻场，实行7×24小时值守，驻场人员变更须经甲方同意。驻场工程师应熟悉接处警业务流程，接到故障报告后立即到达受理大厅处置。
（2）每月对系统进行一次全面巡检，出具巡检报告；每季度开展一次应急切换演练，验证主备受理中心、主备服务器和录音系统的切换，演练方案和结果报甲方备案。
（3）系统升级、补丁更新须提前制定方案，经甲方批准后在非高峰时段实施。
（4）年度安全加固及等保测评配合工作应于2026年11月30日前完成。
（5）在重大节假日、重要活动及台风、暴雨等灾害天气预警期间，乙方应增派1名工程师驻场保障，不另收费。
（6）乙方应建立运维台账，完整记录故障、变更、巡检和备件更换情况，每月5日前向甲方提交上月运维报告。
（7）备件库应常备受理席位终端、交换机、电源模块等关键备件，备件更换后的旧件交甲方处置。
（8）乙方应配合甲方开展接处警业务培训和应急演练，协助甲方编制系统应急预案并每半年更新一次。

四、服务水平
（1）接处警核心系统可用率每季度不低于99.99%。
（2）一级故障（受理或调度中断、联动接口中断）15分钟内响应，30分钟内启用备用方案，2小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障24小时内解决。
（3）每发生一次一级故障响应或恢复超时，扣减当季运维费3,000元；可用率低于约定值的，每低0.01个百分点扣减2,000元。

五、考核与验收
（1）每季度末甲方按服务水平、巡检报告、值守记录和用户评价进行考核，80分以上为合格，出具季度考核单。
（2）服务期满后，甲方按磋商文件的服务要求组织年度验收，乙方移交全部运维文档、配置清单和操作手册。
（3）验收标准：全年可用率及故障处置时限达到第四条要求；季度考核均合格；巡检、演练及加固任务全部按期完成；运维台账完整；未发生因乙方原因导致的数据泄露或安全事件。
（4）季度考核不合格的，乙方应在10日内提交整改报告，甲方复核合格后方支付当季运维费。

六、数据安全
（1）系统中的报警信息、录音录像、位置数据及人员信息均属甲方所有，乙方仅可为运维目的访问。
（2）乙方人员须签署安全承诺书，运维操作通过甲方堡垒机进行并全程审计，不得拷贝、外传任何数据，不得接入互联网设备。
（3）乙方运维终端须为专用设备，安装甲方指定的终端安全软件，禁止使用无线网卡和移动存储介质。
（4）发生数据泄露或网络安全事件的，乙方应立即报告甲方并配合处置；因乙方原因造成数据泄露、丢失的，乙方承担全部法律责任和赔偿责任。

七、保密
乙方对在服务中知悉的警情信息、系统架构、网络配置及其他工作秘密负有保密义务，不得以任何方式向第三方披露，保密义务在合同终止后继续有效。

八、知识产权
乙方在服务中形成的运维文档、脚本、配置及应急预案归甲方所有，甲方可交由后续运维单位使用。乙方自有的运维工具软件仍归乙方，服务期满后乙方应协助甲方完成向后续运维单位的交接。

九、分包
乙方不得将本合同服务转包或分包。

十、违约责任
（1）乙方未按第三条第（4）项约定时间完成安全加固及等保测评配合工作的，每逾期一日按合同总价的万分之二支付违约金。
（2）乙方未达到服务水平的，按第四条扣减运维费。
（3）乙方驻场人员擅自离岗、脱岗的，每人每次扣减运维费1,000元；未经甲方同意更换驻场人员的，每人次扣减5,000元。
（4）乙方对本合同项下的累计赔偿责任（含违约金及扣减的运维费）以合同总价的50%为限，但因故意或重大过失造成的损失除外。
（5）甲方逾期支付的，按逾期金额每日万分之二支付违约金。

十一、合同解除
乙方连续两个季度考核不合格，或严重违约经书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。合同解除后，乙方应在10日内完成交接，移交全部运维资料，交接期间继续保障系统正常运行。

十二、期满
服务期满本合同终止，不自动续期。下一服务年度的运维服务由甲方依法重新采购。

十三、法律适用与争议
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

十四、其他
（1）本合同附件包括：运维对象清单、服务水平考核细则、交接清单及驻场人员名单。磋商文件、乙方响应文件、成交通知书及服务承诺亦为本合同的组成部分；内容不一致的，以有利于甲方的为准。
（2）乙方驻场人员须遵守甲方营区管理规定和保密纪律，乙方应为其缴纳社会保险，乙方人员的劳动纠纷与甲方无关。
（3）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：临江市消防救援支队        乙方（盖章）：临江天枢信息技术服务有限公司
代表：__________                      代表：__________
日期：2026年7月  日                   日期：2026年7月  日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
Z05 = """# 酿造MES系统软件许可及实施合同

**（越禾软件标准合同文本 V4.0）**

合同编号：YH-MES-2026-022

甲方：绍兴鉴湖春黄酒股份有限公司

乙方：杭州越禾工业软件有限公司

甲方为实现发酵车间投料、开耙、前酵、后酵及压榨前各环节的数字化管理，向乙方购买越禾酿造MES软件使用许可并委托乙方进行定制开发和实施。双方在平等自愿基础上，依据本标准文本订立本合同。

## 第一条 合同标的

1. 越禾酿造MES软件（发酵管理、批次追溯、质量管理模块）永久使用许可，部署于甲方服务器。
2. 定制开发：发酵罐温控及品温数据采集接口（覆盖发酵车间前酵罐48只、后酵罐96只）、前酵后酵工艺看板、与甲方ERP的物料及工单对接。
3. 实施部署、基础数据初始化及用户培训。
4. 乙方标准产品的功能以乙方产品说明书为准，定制开发内容以双方确认的需求清单为准，需求清单以外的开发需另行计费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 越禾酿造MES软件许可（永久） | 600,000 |
| 2 | 定制开发（采集接口、工艺看板、ERP对接） | 380,000 |
| 3 | 实施部署及培训 | 70,000 |
| | 合计 | 1,050,000 |

合同总价人民币壹佰零伍万元整（¥1,050,000），含税。

## 第三条 付款方式

1. 合同签订后7日内，甲方支付合同总价的60%，即630,000元。
2. 系统上线后10日内，甲方支付剩余合同款420,000元。
3. 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停实施和服务。

## 第四条 实施与上线

1. 乙方在收到首笔款后90日内完成部署与定制开发并上线。乙方在合同签订后15日内向甲方提交实施计划，经双方确认后执行。
2. 甲方应提供服务器、网络、发酵罐控制柜的通讯接口和ERP接口文档，并指派项目联系人配合需求调研和数据准备。
3. 因甲方现场条件、数据准备或设备接口原因导致的延误，工期相应顺延。
4. 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

系统上线运行后，即视为甲方验收合格。甲方在上线后提出的改进意见，纳入维护服务处理。

## 第六条 免费维护

1. 免费维护期为六个月，自系统上线之日起计算。
2. 免费维护期内，乙方提供远程技术支持和缺陷修复。
3. 一级故障（系统无法使用）乙方在10小时内响应，二级故障在2个工作日内响应。甲方应通过乙方客服热线或工单系统报告故障，并说明故障现象、发生时间和影响范围。
4. 乙方将尽力在合理时间内解决故障，但不因响应或解决时间承担扣款、赔偿或违约金。

## 第七条 维护服务

1. 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的32%计收，即每年192,000元。
2. 年度维护服务包括远程支持、缺陷修复和版本升级。未续购维护服务的，乙方不再提供升级和技术支持。
3. 维护服务按服务年度结算，甲方应在每个服务年度开始前支付当年维护费。甲方中断购买维护服务后重新购买的，应补缴中断期间的维护费。
4. 现场服务按每人每天3,000元另行计费，差旅费由甲方承担。

## 第八条 知识产权

1. 越禾酿造MES软件及其文档、数据库结构、配置模板的知识产权归乙方所有。
2. 乙方为甲方定制开发的接口程序、工艺看板、配置及源代码，知识产权亦归乙方所有。甲方在本合同范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第九条 数据安全

1. 甲方的生产数据、工艺配方和批次数据归甲方所有，乙方不得用于履行本合同以外的用途。
2. 乙方实施和远程维护时应遵守甲方的信息安全制度，使用甲方分配的专用账号，经甲方授权后方可访问系统，不得复制或外传甲方数据。
3. 因乙方原因导致甲方数据泄露或损毁的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 保密

双方对在履约过程中获悉的对方技术秘密、工艺配方和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三个服务年度内有效。

## 第十一条 责任限制

1. 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。
2. 乙方不对间接损失、利润损失或生产停滞损失承担责任。
3. 因甲方未按乙方建议进行数据备份而导致的数据丢失，乙方不承担责任。

## 第十二条 合同解除

一方严重违约，经另一方书面通知后30日内仍未纠正的，另一方有权解除本合同。

## 第十三条 通知与联系人

1. 双方各指定一名项目联系人，负责需求确认、进度协调和问题沟通。联系人变更的，应提前书面通知对方。
2. 甲方对需求清单、设计方案和上线计划的确认，应在乙方提交后5个工作日内完成，逾期未确认的视为同意。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十五条 培训与资料

1. 乙方为甲方关键用户和系统管理员提供集中培训，培训时长合计不超过5个工作日。
2. 乙方在上线时向甲方提供用户手册和系统管理手册电子版，此后的再次培训按现场服务计费。源代码、数据库设计文档和接口开发文档不属于交付范围。

## 第十六条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方。不可抗力包括自然灾害、政府行为、网络运营商故障、电力中断及第三方软硬件缺陷等。

## 第十七条 甲方义务

1. 甲方应按约定支付合同价款，并提供实施所需的办公场所、网络和服务器环境。
2. 甲方应保证所提供的物料、配方、工艺标准和设备点位数据真实、完整，因甲方数据错误导致的系统运行问题由甲方自行负责。
3. 甲方应按乙方要求配置服务器操作系统、数据库及防病毒软件，因甲方运行环境变化导致系统故障的，乙方的处理按现场服务计费。
4. 甲方不得将乙方软件安装于合同约定以外的服务器，新增发酵车间或生产线使用本系统的，应另行购买许可。
5. 甲方应安排操作人员按乙方培训内容规范使用系统，因误操作造成的损失由甲方承担。

## 第十八条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 本标准文本条款经双方确认，未经乙方书面同意不作修改。
3. 双方往来通知可通过电子邮件发送，发出即视为送达。

甲方（盖章）：绍兴鉴湖春黄酒股份有限公司　　　代表：__________

乙方（盖章）：杭州越禾工业软件有限公司　　　代表：__________

日期：2026年5月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N; Kenyan vendor's licence)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. SLS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Savanna Ledger Systems Limited, a company incorporated in Kenya with its registered office at Westlands Road, Nairobi, Kenya (the "Vendor"), and Qingdao Haitong Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer").
P:Background: the Vendor develops and licenses the "FleetLedger" fleet, route and cold-chain management software. The Customer operates refrigerated warehouses and a fleet of refrigerated trucks in Shandong and wishes to acquire perpetual licences to FleetLedger, together with implementation, integration and training services. At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the FleetLedger server application, the named-user web client and the driver mobile application, in the versions listed in Annex 1, and all corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP integration, the temperature-log interface with the Customer's truck telematics units, the customer-specific reports and all configuration, scripts and source code written for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the written acceptance certificate issued by the Customer under Article 5.
P:1.4 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's environment, including shipment, temperature, vehicle and driver data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in China for the internal business of the Customer and its affiliates, for the quantities set out in Article 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Software remains the property of the Vendor.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,160,000 (the "Contract Price"), inclusive of applicable taxes, itemised as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:FleetLedger server licence (perpetual)|1|420,000|420,000
TB:Named-user web licences (perpetual)|60|3,800|228,000
TB:Driver mobile app licences (perpetual)|120|1,100|132,000
TB:Licence Subtotal|||780,000
TB:Implementation and configuration|1 lot|236,000|236,000
TB:ERP and telematics integration|1 lot|118,000|118,000
TB:Training (administrators and dispatchers)|1 lot|26,000|26,000
TB:Contract Price|||1,160,000
P:3.2 The Contract Price is fixed. No travel, expense or other charge is payable in addition to it.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 116,000) within 20 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 638,000) within 20 days after the Vendor notifies Operational Readiness, meaning that the Software is installed and configured at the Customer's site. Operational Readiness is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 406,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Operational Readiness within 100 days after signature and shall complete the Custom Deliverables in accordance with the implementation plan in Annex 2.
P:5.2 Acceptance tests shall demonstrate that: (a) all functions listed in Annex 1 work as specified; (b) the ERP integration posts orders and invoices with no unreconciled difference over 10 consecutive working days; (c) temperature records from all connected trucks arrive within 60 seconds; and (d) the system supports 60 concurrent users with a page response time below 3 seconds.
P:5.3 After successful tests the system runs in production for 30 days. If no Severity 1 incident occurs during that period, the Customer issues the Final Acceptance certificate within 5 working days. Installation, go-live or productive use of the Software does not in itself constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect within 10 working days and repeat the test.
H:Article 6 Delay
P:6.1 If the Vendor fails to achieve Operational Readiness or to submit the system for acceptance tests by the dates in Annex 2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:6.2 If the delay exceeds 60 days, the Customer may also terminate under Article 13.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and supply all updates and new versions free of charge.
P:7.2 Support is provided remotely and, where needed, on site in Qingdao. Severity 1 means the Software is unavailable or dispatching cannot continue; Severity 2 means a major function is impaired; Severity 3 means any other defect.
P:7.3 The Vendor shall respond to a Severity 1 incident within 1 hour, around the clock, and restore service or provide a workaround within 8 hours. Severity 2 incidents shall be responded to within 2 hours and resolved within 2 working days. Severity 3 incidents shall be resolved in the next update.
P:7.4 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall grant a service credit of CNY 1,000, deducted from the next payment due.
P:7.5 After the Warranty Period, the Vendor shall provide annual support at a fee of 11% of the Licence Subtotal per year (CNY 85,800). This fee is fixed for the first three years after the Warranty Period. Each support year is ordered by the Customer by purchase order; support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all rights in the Software and its pre-existing tools.
P:8.2 All rights in the Custom Deliverables, including source code, pass to the Customer upon payment. The Vendor shall deliver the source code and documentation with the acceptance tests. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software infringes a third party's intellectual property rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and use it only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall follow the Customer's information security rules and the Personal Information Protection Law and the Data Security Law of the PRC, and shall not transfer Customer Data out of China.
P:9.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to Customer Data, cooperate in the investigation and remediation, and be liable for all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.
P:10.2 These obligations continue for three years after this Agreement ends.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 8.3 or breach of Article 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or as provided in Article 6.2.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted and the Customer keeps the licences paid for.
P:13.3 Either party may terminate if the other becomes insolvent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Kenya.
P:14.2 Any dispute arising from this Agreement shall be finally resolved by arbitration under the rules of the Nairobi Centre for International Arbitration. The seat of arbitration is Nairobi and the language is English.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disaster, epidemic measures or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Dates in Annex 2 are extended by the period of the event. If the event continues for more than 60 days, either party may end the affected part of this Agreement by notice.
H:Article 16 General
P:16.1 This Agreement with its Annexes is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be given in writing to the addresses above. Annex 1: Software description and functions. Annex 2: Implementation plan and dates.
P:For the Vendor: ____________________ Name, title, date
P:For the Customer: ____________________ Name, title, date
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms; Ugandan vendor)
E02 = """# ORDER FORM — FieldSales Cloud

**Order Form No. NCS-OF-2026-0093**, issued under and subject to the NileCrest General Terms set out below.

| | |
|---|---|
| Provider | NileCrest Software Limited, Plot 14 Kampala Road, Kampala, Uganda |
| Customer | Chengdu Jinmai Bakery Chain Co., Ltd., Wuhou District, Chengdu, Sichuan, PRC |
| Service | FieldSales Cloud: route sales, store ordering, van stock and delivery proof, web console and mobile app |
| Subscription Term | 1 September 2026 to 31 August 2028 (two Subscription Years) |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## 1. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 users × CNY 1,150 | 207,000 |
| Subscription, Subscription Year 2 | 180 users × CNY 1,150 | 207,000 |
| Onboarding (one-time) | fixed | 34,000 |
| **Total Contract Value** | | **448,000** |

1.1 Subscription fees are invoiced quarterly in advance, CNY 51,750 per quarter, starting on the Subscription Start Date. Invoices are payable within 30 days.

1.2 The onboarding fee is invoiced after Go-Live Acceptance under clause 3.

1.3 No advance payment is due on signature.

1.4 Additional users may be added at the same unit fee, pro rata for the remaining Subscription Year. The number of users may not be reduced during a Subscription Year.

1.5 Each invoice shall state the Order Form number and the period covered. The Customer pays by bank transfer in CNY to Provider's account stated in the invoice, and Provider bears its own bank charges.

## 2. Onboarding

2.1 Provider will configure the Service for the Customer's 64 stores and 3 depots, import product, price and store master data from the Customer's ERP, set up the delivery-proof workflow and train 20 key users.

2.2 Target Go-Live date: 15 October 2026.

2.3 The Customer will provide a project contact, the master data extracts in the agreed templates and access to a test environment of its ERP by 20 September 2026. Provider's dates move by any delay in these items.

2.4 Provider will name an onboarding manager who leads weekly calls with the Customer's project contact until Go-Live Acceptance and sends a short written status report after each call.

## 3. Go-Live Acceptance

3.1 Before Go-Live, the parties run the acceptance tests in Schedule 1: (a) all master data imported with no unreconciled record; (b) orders placed in the app reach the ERP within 2 minutes; (c) end-of-day van stock reconciles with depot returns for 5 consecutive days; and (d) 20 key users complete their training.

3.2 When the tests pass, the Customer signs a Go-Live Acceptance certificate. Use of the Service before the certificate is signed is not acceptance.

3.3 If Go-Live Acceptance is delayed beyond the target date for reasons attributable to Provider, Provider shall pay CNY 300 for each day of delay, deducted from the onboarding fee.

## 4. Signatures

Signed for Provider: ______________________

Signed for Customer: ______________________

---

# GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data, including personal information of the Customer's staff and store contacts, submitted to the Service by or for the Customer.

1.2 "Service" means the subscription service described in the Order Form, including its mobile application and updates made generally available by Provider.

1.3 "Customer Configurations" means reports, workflows, forms and integration mappings built for the Customer during onboarding.

## 2. The Service

2.1 Provider will make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation.

2.2 Provider will use commercially reasonable efforts to keep the Service available and to fix errors reported by the Customer. Provider offers email and online-chat support during its business hours. Provider does not commit to any availability level, response time or resolution time, and no service credits apply.

2.3 Provider may carry out maintenance from time to time and will try to give notice of planned maintenance in advance.

## 3. Customer Data

3.1 As between the parties, Customer Data belongs to the Customer.

3.2 The Customer grants Provider a worldwide, royalty-free licence to host, copy and process Customer Data to provide the Service.

3.3 In addition, Provider may compile aggregated and de-identified data derived from Customer Data and from the Customer's use of the Service, such as order volumes, route patterns and product trends, and use such data during and after the Subscription Term to improve its products, to build benchmarks and to publish market insights, provided that the data does not identify the Customer or any individual.

## 4. Security

4.1 Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to personnel who need it, and logs administrative access.

4.2 Customer Data is hosted in a data centre in mainland China operated by a PRC cloud provider. Personal information is processed in accordance with the Personal Information Protection Law.

4.3 Provider will notify the Customer within 48 hours after becoming aware of a security breach affecting Customer Data, take reasonable steps to contain it, and is responsible for the Customer's losses caused by a breach attributable to Provider's failure to meet this clause 4.

## 5. Intellectual Property

5.1 Provider owns the Service and all its components.

5.2 Customer Configurations belong to the Customer. Provider shall export them on request, and the Customer may use, modify and have third parties use them without restriction.

## 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of the Order Form and not disclose it to third parties, except to its personnel and professional advisers bound by confidentiality.

6.2 This clause survives for three years after the Subscription Term ends.

## 7. Subcontracting

7.1 Provider shall not subcontract the Service or any part of it, other than to the hosting provider named in clause 4.2, without the Customer's prior written consent.

## 8. Fees and Taxes

8.1 Fees are fixed for the Subscription Term and include applicable taxes. Provider issues valid VAT invoices.

8.2 Overdue amounts bear interest of 0.03% per day.

## 9. Term, Renewal and Termination

9.1 The Order Form runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

9.3 On termination or expiry, Provider shall make Customer Data available for export for 30 days and then delete it, except for the data described in clause 3.3.

9.4 On termination for Provider's breach, Provider refunds prepaid fees for the remaining period.

## 10. Liability

10.1 Each party's total liability under the Order Form is limited to 150% of the Total Contract Value.

10.2 Neither party is liable for indirect or consequential loss. These limits do not apply to breach of clause 4 or clause 6, or to personal injury caused by negligence.

## 11. Warranties

11.1 Provider warrants that the Service will perform materially in accordance with the documentation and that it will not knowingly introduce malicious code.

11.2 If the Service does not so perform, Provider will correct it or, if it cannot, the Customer may terminate under clause 9.2.

## 12. Governing Law and Disputes

12.1 These General Terms and the Order Form are governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. Customer Responsibilities

13.1 The Customer is responsible for the accuracy of the data it submits, for the conduct of its users and for keeping user passwords secure.

13.2 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to send unsolicited messages.

13.3 The Customer shall provide the mobile devices used by its sales staff and drivers, running a supported version of Android or iOS.

## 14. Suspension

14.1 Provider may suspend a user account that is used in breach of clause 13.2, after notice to the Customer where practicable, and shall restore it once the breach has ended.

14.2 Provider shall not suspend the Service for non-payment of an amount that the Customer disputes in good faith.

## 15. Force Majeure

15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemic measures, government action or a general failure of public networks. The affected party shall notify the other party promptly and resume performance as soon as possible.

## 16. General

16.1 The Order Form and these General Terms are the entire agreement. If they conflict, the Order Form prevails.

16.2 Neither party may assign the Order Form without the other party's written consent.

16.3 Notices shall be in writing and sent by email and courier to the addresses in the Order Form.

16.4 These General Terms are made in English. A Chinese translation may be prepared for convenience; the English text prevails.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, buyer's paper; Tanzanian vendor)
E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors
P:Contract No. KDF-PUR-2026-038
P:Buyer: Kunming Dianchi Fresh Produce Co., Ltd., Guandu District, Kunming, Yunnan Province, PRC (the "Buyer").
P:Supplier: Kilimanjaro Instruments Limited, Sokoine Road, Arusha, Tanzania (the "Supplier").
P:The Buyer operates a fruit and vegetable cold-storage and packing centre in Kunming with 24 cold rooms, 4 ripening rooms and a packing hall. The Buyer has selected the Supplier, after a comparison of offers, to supply, install and commission a wireless monitoring system for temperature, humidity, ethylene and carbon dioxide at the centre. This Contract is on the Buyer's standard purchase terms. All prices are in Chinese Yuan (CNY).
H:Section 1 Scope
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install and calibrate all sensors, set up the gateways and the monitoring software on the Buyer's server, configure alarm rules and dashboards for each room, and train the Buyer's staff.
P:1.2 The Supplier shall configure customised dashboards and an interface that sends room temperature records to the Buyer's warehouse management system (together, the "Custom Work").
P:1.3 The site is the Buyer's centre at Guandu District, Kunming (the "Site").
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,042,000, inclusive of taxes, delivery to Site, customs clearance, installation and calibration, as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|240|1,450|348,000
TB:2|Ethylene / CO2 sensors for ripening and storage rooms|36|6,800|244,800
TB:3|LoRa gateways with backup power|12|9,600|115,200
TB:4|Door and power-failure monitors|48|1,200|57,600
TB:5|Monitoring software, perpetual site licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||933,600
TB:6|Installation, calibration and Custom Work|1 lot|96,400|96,400
TB:7|Training|1 lot|12,000|12,000
TB:|Contract Price|||1,042,000
P:2.2 The Contract Price is fixed and includes all costs of the Supplier.
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer pays 60% of the Contract Price (CNY 625,200) within 30 days after all equipment is delivered and installed at Site and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:3.3 The Buyer pays the remaining balance of CNY 416,800 within 30 days after Final Acceptance under Section 5.
P:3.4 Each payment requires a valid VAT invoice.
P:3.5 The Buyer may deduct from any payment the liquidated damages and other amounts due to it under this Contract, after notifying the Supplier of the amount and the reason.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to Site within 75 days after signature and complete installation and calibration within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or in completing installation, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.3 The Supplier is responsible for export packing suitable for air freight, for export formalities in Tanzania and, acting through the Buyer's nominated customs broker, for import clearance in Kunming. Import duties and import VAT are included in the Contract Price.
P:4.4 Each shipment shall be accompanied by a packing list, the manufacturer's certificates of conformity and a calibration certificate for every sensor, traceable to a recognised national standard.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests are carried out jointly at Site and shall show that: (a) every sensor reads within ±0.3 °C and ±3% relative humidity of a calibrated reference instrument; (b) ethylene sensors read within ±1 ppm of a reference gas; (c) every reading reaches the software within 2 minutes; (d) alarms are raised by SMS and in the software within 1 minute of a threshold set by the Buyer being exceeded; and (e) the system runs for 30 consecutive days without loss of data from any room.
P:5.2 When all tests are passed, the Buyer signs the Final Acceptance certificate. Delivery, installation, calibration or use of the system does not amount to acceptance.
P:5.3 If a test fails, the Supplier shall remedy the defect within 10 days and the test is repeated at the Supplier's cost. The 30-day run in 5.1(e) starts again if data from a room is lost during it.
P:5.4 The Supplier shall give the Buyer at least 5 working days' notice of the start of the acceptance tests and shall provide the reference instruments and test gas at its own cost.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants all equipment and software for 36 months from Final Acceptance. During the warranty period the Supplier repairs or replaces defective items free of charge, including shipping, and recalibrates all sensors once every six months.
P:6.2 Severity 1 means a loss of monitoring for a whole cold room or more; Severity 2 means the loss of single sensors or a function of the software. The Supplier responds to Severity 1 within 30 minutes and restores monitoring within 24 hours, using spare sensors kept at Site. Severity 2 is resolved within 3 working days.
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier pays CNY 500, deducted from the next payment or from the warranty support fee.
P:6.4 After the warranty period, the Supplier shall, at the Buyer's option, provide annual support (recalibration, repairs and software updates) for a fee of 7% of the Hardware and Licence Subtotal per year (CNY 65,352), fixed for three years. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors equal to at least 5% of each sensor type at Site during the warranty period, and shall ensure that spare parts and replacement sensors remain available for at least seven years after Final Acceptance.
H:Section 7 Data
P:7.1 All data collected by the system, including readings, alarms and logs, belongs to the Buyer. The Supplier may use it only to perform this Contract.
P:7.2 The software is installed on the Buyer's own server. The Supplier accesses it remotely only with the Buyer's approval for each session, through the Buyer's VPN, and keeps no copy of the data.
P:7.3 The Supplier shall report any security incident involving the Buyer's data within 12 hours and is liable for the losses caused by an incident attributable to the Supplier.
H:Section 8 Intellectual Property
P:8.1 The Custom Work, including dashboards, interface programs and their source code, belongs to the Buyer, which may use and modify it freely.
P:8.2 The monitoring software and sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's site layout, storage volumes and customer information, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after this Contract ends.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 120% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. A local installation contractor may be used only after the Buyer has approved it in writing, and the Supplier remains responsible for its work.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Section 4.2 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier refunds the amounts paid and removes its equipment at its own cost.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Section 14 Site Rules and Documentation
P:14.1 The Supplier's staff shall follow the Buyer's site rules on food hygiene, cold-room safety, working at height and access control. Work inside cold rooms in use is scheduled with the Buyer's warehouse manager so that stored produce is not put at risk.
P:14.2 Before Final Acceptance the Supplier shall hand over as-built drawings showing the position of every sensor and gateway, the network and power diagrams, the alarm configuration, operating and maintenance manuals in Chinese and English, and the calibration records.
H:Section 15 Force Majeure
P:15.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party within 5 days and is excused for the duration of the event. If the event lasts more than 60 days, either party may terminate the affected part of this Contract by notice.
H:Section 16 General
P:16.1 This Contract is made in English and Chinese; both texts are equally valid. Annex 1: Technical specification and room list. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""


# ---------------------------------------------------------------- e04 (md, numbered clauses + schedules as tables; Ethiopian vendor)
E04 = """# Managed IT Service Agreement

Agreement No. AMS-FS-2026-11

**Between** Abyssinia Managed Services PLC, Bole Sub-City, Addis Ababa, Ethiopia ("Provider"), **and** Foshan Lingnan Home Furnishings Co., Ltd., Shunde District, Foshan, Guangdong Province, PRC ("Customer").

**Recitals.** The Customer runs two furniture factories, a showroom and a sales office in Foshan with about 650 users. It wishes to outsource the monitoring and operation of its network and servers and its end-user support. The Provider delivers these services remotely from its operations centre and through a field engineer team based in Foshan. All charges are in Chinese Yuan (CNY) at the Customer's request. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Acceptance certificate under clause 4.

1.3 "Customer Data" means all data of the Customer, its employees and its customers that the Provider can access in performing the Services.

1.4 "Incident" means an unplanned interruption or degradation of a service or device within the scope of Schedule 1.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 24 months from the Service Commencement Date (the "Term").

2.2 This Agreement expires at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 970,000.

3.2 The monthly charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice.

3.3 The transition fee is invoiced after Service Acceptance.

3.4 No advance payment is payable under this Agreement.

3.5 Service credits earned in a month are deducted from the next monthly invoice.

## 4. Transition and Service Acceptance

4.1 The Provider shall complete transition within 60 days after signature. Transition covers discovery and inventory of all devices, installation of monitoring agents, documentation of the network, creation of runbooks and set-up of the service desk with the Customer's user directory.

4.2 Service Acceptance requires that: (a) every device listed in the Customer's inventory is monitored and visible on the Provider's console; (b) runbooks for the twenty most frequent requests are approved by the Customer's IT manager; (c) a simulated outage of the core switch and of the ERP server is detected and escalated within the times in Schedule 2; and (d) the service desk handles all tickets for 10 working days in a shadow run without a missed target.

4.3 When these conditions are met, the Customer signs the Service Acceptance certificate. Partial operation of the Services before that date is not acceptance and is not charged.

4.4 If the Provider fails to achieve Service Acceptance within the 60 days for reasons attributable to it, the Provider shall pay the Customer CNY 600 for each day of delay, up to a maximum of CNY 36,000.

## 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 2, measured monthly and reported to the Customer by the fifth working day of the following month.

5.2 If a service level is missed, the Provider shall grant the service credits set out in Schedule 2 and shall present a correction plan within 10 days.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell, license or otherwise use it for any other purpose.

6.2 At the end of the Term the Provider shall return all Customer Data it holds and all documentation in a usable format.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including network diagrams, passwords, designs, prices and customer lists, and shall disclose it only to staff who need it for this Agreement.

7.2 This obligation continues for three years after the Term ends.

## 8. Intellectual Property

8.1 Runbooks, network documentation, configuration files and scripts prepared for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any future provider.

8.2 The Provider's monitoring tools and service desk platform remain the Provider's property.

## 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service manager and keep a field engineer on call in Foshan during the Customer's working hours.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

9.3 The Provider's staff shall follow the Customer's site rules when working at the factories, including safety rules for production areas, and shall wear the visitor badges issued by the Customer.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term.

10.2 Neither party is liable for loss of profit or indirect loss. The limit in 10.1 does not apply to personal injury or wilful misconduct.

## 11. Duration and Remedies

11.1 Neither party may terminate this Agreement before the end of the Term, except by written agreement of both parties.

11.2 The Customer's remedies for any failure of the Services are the service credits in Schedule 2 and damages under clause 10. A failure of the Services, however serious, does not entitle the Customer to end this Agreement early.

11.3 The Customer may suspend payment of a disputed amount in good faith until the dispute is resolved.

## 12. Customer Responsibilities and Change Control

12.1 The Customer shall give the Provider the remote access, site access, administrator accounts and vendor support contracts that the Provider reasonably needs to perform the Services, and shall name an IT manager as the Provider's main contact.

12.2 The Customer shall tell the Provider in advance of planned changes to its sites, devices or applications that affect the Services.

12.3 Additions of devices or users of more than 10% above the numbers in Schedule 1 are handled by a written change request. The Provider shall quote any change in charges, and no change takes effect until both parties have signed it.

## 13. Force Majeure

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disaster, epidemic measures, government action or a failure of public telecommunications networks. The affected party shall notify the other party promptly and resume performance as soon as possible. Service levels do not apply for the duration of such an event.

## 14. Exit

14.1 For 30 days before the end of the Term, the Provider shall cooperate with the Customer and any new provider to hand over the Services, at no extra charge.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 16. General

16.1 This Agreement with its Schedules is the entire agreement between the parties. Changes must be in writing and signed by both parties.

For the Provider: ______________________  For the Customer: ______________________

---

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Network monitoring | 2 core switches, 46 access switches, 3 firewalls, 58 Wi-Fi access points, 2 internet links | 24 × 7 |
| Server operations | 14 physical and virtual servers, backups and patching, ERP database server | 24 × 7 monitoring, changes in agreed windows |
| Service desk | Tickets by phone, email and portal from about 650 users, in Chinese and English | Mon–Sat 08:00–20:00 |
| Field support | On-site support at the four Foshan locations | Mon–Sat 08:00–18:00 |
| Reporting | Monthly service report and quarterly review meeting | Monthly |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of core network and ERP server | 99.95% per month | 5% of the monthly charge per 0.1 point below target |
| P1 Incident (factory or ERP down) response | 30 minutes, 24 × 7 | CNY 800 per late P1 Incident |
| P1 Incident restoration | 6 hours | CNY 1,500 per late P1 Incident |
| P2 Incident response | 2 hours | CNY 300 per late Incident |
| Service desk first-call resolution | at least 70% of tickets per month | 2% of the monthly charge |

P1 means a whole factory, the showroom or the ERP system cannot work. P2 means a department or a single critical device is affected. Total service credits in any month shall not exceed 20% of the monthly charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 46,000 |
| Monthly charge | 24 months × CNY 38,500 | 924,000 |
| **Total charges for the Term** | | **970,000** |
"""

# ---------------------------------------------------------------- e05 (txt, UPPER-CASE headings; Mauritian vendor)
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PLD-API-2026-057

This Data API Subscription Agreement is made between PortLine Data Ltd, a company incorporated in Mauritius with its office at Ebene Cybercity, Ebene, Mauritius ("Provider"), and Xiamen Haixin Seafood Import & Export Co., Ltd., a company incorporated in the People's Republic of China with its office in Huli District, Xiamen, Fujian Province ("Customer").

The Customer imports frozen seafood and needs reliable vessel positions, estimated times of arrival and port-call events for the ships that carry its containers. The Provider operates the PortLine vessel and port-call data API. At the Customer's request the fees are stated and paid in Chinese Yuan (CNY). The parties agree as follows.

DEFINITIONS

"API" means the PortLine REST interface for vessel positions, port calls, estimated times of arrival and container-carrier schedules, as described in the documentation.
"Provider Data" means the data delivered through the API.
"Customer Data" means the vessel lists, container numbers, bookings and queries the Customer submits, and the logs of its use of the API.
"Subscription Year" means each period from 1 September to 31 August of the following calendar year, the first beginning on the Start Date.
"Start Date" means 1 September 2026.

SUBSCRIPTION AND TERM

The Provider grants the Customer, from the Start Date until 31 August 2028 (the "Initial Term", two Subscription Years), a non-exclusive, non-transferable right to call the API and to use Provider Data within the Customer's business, including in its internal logistics system and in notices to its own customers.

The Professional plan includes up to 2,000,000 API calls per Subscription Year and up to 3,000 tracked vessels at any time.

PERMITTED USE

The Customer may store Provider Data in its own systems and show it to its staff, its logistics partners and its own customers in shipment notices and reports. The Customer shall not resell Provider Data as a data product, offer it through an interface of its own to third parties, or use it to build a competing vessel-tracking service.

The Customer shall keep its API keys to its own staff and systems, shall not share them with third parties, and shall tell the Provider without delay if a key may have been disclosed.

AUTOMATIC RENEWAL

After the Initial Term this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period. The Provider may increase the subscription fee for any renewal period by up to 9% by written notice given at least 75 days before the renewal date; the increased fee applies unless the Customer gives notice of non-renewal.

FEES AND PAYMENT

Fees under this Agreement:
  Item                                               Amount (CNY)
  Professional plan, Subscription Year 1             186,000
  Professional plan, Subscription Year 2             186,000
  Onboarding and integration support (one-time)      18,000
  Total for the Initial Term                         390,000

The subscription fee is invoiced quarterly in advance, CNY 46,500 per quarter, starting on the Start Date. The onboarding fee is invoiced after the Integration Acceptance. No advance payment is due on signature. Calls above the included volume are charged at CNY 20 per 1,000 calls, invoiced quarterly in arrears; these usage charges are not part of the total above. Invoices are payable within 30 days of receipt of a valid VAT invoice.

ONBOARDING AND INTEGRATION ACCEPTANCE

The Provider shall issue production API credentials by the Start Date and support the Customer in connecting the API to its logistics system, including a custom field mapping of the Customer's container and booking references (the "Custom Mapping").

Integration Acceptance requires that: (a) the Customer's system receives position updates for all tracked vessels at least every 15 minutes; (b) port-call events for the ports of Xiamen, Shanghai and Ningbo match the port authorities' published records for 10 consecutive days; (c) the Custom Mapping links at least 98% of the Customer's active containers to a vessel; and (d) the API answers 95% of calls within 800 milliseconds during the test. The Customer signs an Integration Acceptance certificate when the tests pass. Use of the API before that certificate is not acceptance.

If the production credentials are not issued by the Start Date, or Integration Acceptance is delayed beyond 30 September 2026 for reasons attributable to the Provider, the Provider shall pay CNY 250 per day of delay, deducted from the onboarding fee and then from the next invoice.

SERVICE LEVELS

The Provider shall make the API available at least 99.95% of each calendar month, excluding planned maintenance announced five working days in advance and carried out between 01:00 and 05:00 Beijing time.

Priority 1 means the API is unavailable or returns wrong positions for more than 10% of tracked vessels. The Provider responds to Priority 1 tickets within 1 hour, around the clock, and restores correct service within 6 hours. Priority 2 tickets are answered within 8 business hours.

If availability in a month is below the commitment, the Provider credits 5% of that month's fee for each 0.1 point or part of it below the commitment. A late Priority 1 response or restoration earns a credit of CNY 500 for each started hour. Credits are set off against the next invoice.

CUSTOMER DATA AND SECURITY

Customer Data belongs to the Customer. The Provider uses it only to provide the API to the Customer and shall not combine it with data of other customers, sell it or use it for any other purpose, including after the end of this Agreement.

The Provider shall protect Customer Data and the Customer's API keys with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and logging of all administrative access. It shall keep an ISO/IEC 27001 certificate in force for the hosting of the API.

The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data or the Customer's API keys, revoke affected keys, and is responsible for the losses that the Customer suffers from such an incident where it was caused by the Provider's failure to meet this section.

At the end of this Agreement the Provider deletes Customer Data within 30 days and confirms the deletion in writing.

INTELLECTUAL PROPERTY

The Provider keeps all rights in the API and in Provider Data. The Custom Mapping, including its specification and code, belongs to the Customer, which may use, modify and license it freely, including to a future data provider.

SUBCONTRACTING

The Provider shall not subcontract the provision of the API or of support without the Customer's prior written consent, except for the hosting provider named in the documentation.

LIABILITY

Each party's total liability arising out of or in connection with this Agreement in any period is limited to the fees paid by the Customer under this Agreement in the six months preceding the event giving rise to the claim. Neither party is liable for indirect loss, loss of profit or loss of business. The limit does not apply to personal injury or fraud.

TERMINATION

Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider refunds any prepaid fee for the period after termination.

CHANGES TO THE API

The Provider may improve the API from time to time. It shall give at least 90 days' written notice before it removes an endpoint or a data field used by the Customer, or changes it in a way that is not backward compatible, and shall keep the previous version running during that period.

DATA QUALITY

Provider Data is compiled from satellite and terrestrial AIS receivers, port authority publications and carrier schedules. The Provider shall correct errors that the Customer reports within 2 working days where the source allows it. Estimated times of arrival are forecasts and the Provider does not warrant that vessels will arrive at those times.

FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemic measures, government action or the failure of satellite or public networks, provided that it notifies the other party promptly and resumes performance as soon as possible.

GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

GENERAL

This Agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Neither party may assign this Agreement without the written consent of the other party, except to an affiliate that takes over the relevant business. This Agreement is made in English; a Chinese translation may be prepared for the Customer's internal use, and the English text prevails. Notices are given by email to the contacts named in the signature block and confirmed by courier.

For the Provider: ______________________  Name / Title / Date

For the Customer: ______________________  Name / Title / Date
"""

# ================================================================ files
TARGETS = {
    "z01": ("h435z01_commerce_bureau_trade_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h435z02_bearing_plant_heat_treatment_control_retrofit.docx", "docx", Z02),
    "z03": ("h435z03_driving_school_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h435z04_fire_rescue_dispatch_system_annual_om.txt", "txt", Z04),
    "z05": ("h435z05_rice_wine_fermentation_mes_supplier_template.md", "md", Z05),
    "e01": ("h435e01_kenya_vendor_fleet_software_licence.pdf", "pdf", E01),
    "e02": ("h435e02_uganda_vendor_field_sales_saas_order_form.md", "md", E02),
    "e03": ("h435e03_tanzania_vendor_cold_store_sensors.docx", "docx", E03),
    "e04": ("h435e04_ethiopia_vendor_managed_it_service.md", "md", E04),
    "e05": ("h435e05_mauritius_vendor_vessel_data_api.txt", "txt", E05),
}

# ================================================================ labels (buyer's view)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def lab(lang, category, kind, value, sla_clause, ld_stated, deemed, capped=None, **t):
    terms = {k: t[k] for k in TERM_KEYS[:-1]}
    terms["contract_kind"] = kind
    assert set(t) == set(TERM_KEYS[:-1]), set(t) ^ set(TERM_KEYS[:-1])
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


# price checks
assert 1280000 + 760000 + 148000 + 32000 == 2220000
assert 444000 + 999000 + 777000 == 2220000
assert 4 * 186000 + 318000 + 2 * 96000 + 126000 == 1380000
assert 1380000 + 214000 + 96000 + 18000 == 1708000
assert 341600 + 597800 + 768600 == 1708000 and round(1380000 * 0.09) == 124200
assert 9 * 42000 * 3 + 86000 + 16000 == 1236000 and 9 * 42000 // 4 == 94500
assert 2 * 192000 + 126000 + 88000 + 46000 == 644000 and 644000 // 4 == 161000
assert 600000 + 380000 + 70000 == 1050000 and 630000 + 420000 == 1050000 and 600000 * 32 // 100 == 192000
assert 420000 + 60 * 3800 + 120 * 1100 == 780000 and 780000 + 236000 + 118000 + 26000 == 1160000
assert 116000 + 638000 + 406000 == 1160000 and 780000 * 11 // 100 == 85800
assert 2 * 180 * 1150 + 34000 == 448000 and 180 * 1150 * 10 // 4 == 517500
assert 240 * 1450 + 36 * 6800 + 12 * 9600 + 48 * 1200 + 168000 == 933600
assert 933600 + 96400 + 12000 == 1042000 and 625200 + 416800 == 1042000 and round(933600 * 0.07) == 65352
assert 24 * 38500 + 46000 == 970000
assert 2 * 186000 + 18000 == 390000 and 186000 // 4 == 46500

LABELS = {
    "z01": lab("zh", "software", "goods_or_licence", 2220000, True, True, False, capped=True,
               availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    "z02": lab("zh", "hardware", "goods_or_licence", 1708000, True, False, False, capped=True,
               availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=120, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC"),
    "z03": lab("zh", "cloud", "service", 1236000, True, True, False,
               availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    "z04": lab("zh", "services", "service", 644000, True, True, False,
               availability_pct=99.99, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=50, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    "z05": lab("zh", "software", "goods_or_licence", 1050000, True, True, True, capped=True,
               availability_pct=None, p1_response_hours=10, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=20, prepayment_pct=60, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=32, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=None, governing_law=None),
    "e01": lab("en", "software", "goods_or_licence", 1160000, True, True, False, capped=True,
               availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="Kenya"),
    "e02": lab("en", "cloud", "service", 448000, False, True, False,
               availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True,
               ld_rate_per_day_pct=300 / 448000 * 100,
               liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    "e03": lab("en", "hardware", "goods_or_licence", 1042000, True, True, False, capped=True,
               availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=120, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=7, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    "e04": lab("en", "services", "service", 970000, True, True, False,
               availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=600 / 970000 * 100,
               liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=False, subcontract_without_consent=False, governing_law="PRC"),
    "e05": lab("en", "cloud", "service", 390000, True, True, False,
               availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False,
               ld_rate_per_day_pct=250 / 390000 * 100,
               liability_cap_pct=6 / 24 * 100, prepayment_pct=None, acceptance_clause=True,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=True, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="PRC"),
}

# fee bases (itemised licence / hardware subtotal) for TCO
FEE_BASE = {"z01": 1280000, "z02": 1380000, "z05": 600000, "e01": 780000, "e03": 933600}

DESIGN = {
    "z01": [],
    "z02": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-LIABILITY-CAP"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    """Policy section 4: horizon 5 years from acceptance, post-warranty fee on the itemised base, pro rata."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    total = x["contract_value"] + fees
    return total, fees / total * 100


def rules_from_label(key):
    """My own reading of policy.md section 3 (no project code)."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    if goods:
        res = tco(key)
        if res and res[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

# ================================================================ threshold figures in text
NUM_ZH = "〇零一二三四五六七八九十百两"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
FORBIDDEN = {
    "99.9 %": [r"(?<![\d.])99\.9(?!\d)", "百分之九十九点九(?![" + NUM_ZH + "])"],
    "4 hours": [r"(?<![\d.])4\s*-?\s*(?:个?小时|hours?|hrs?|h(?![a-z]))", "(?<![" + NUM_ZH + "])四个?小时",
                r"\bfour[\s-]*hours?", r"(?<![\d.])240\s*(?:分钟|minutes?)", "二百四十分钟"],
    "0.05 %": [r"(?<![\d.])0\.05(?!\d)", "万分之五(?![" + NUM_ZH + "点])", "千分之零点五"],
    "100 %": [r"(?<![\d.,])100(?:\.0+)?" + PCT, "百分之百", "百分之一百(?![" + NUM_ZH + "])",
              r"one\s*hundred\s*(?:%|percent|per\s*cent)"],
    "30 %": [r"(?<![\d.,])30(?:\.0+)?" + PCT, "百分之三十(?![一二三四五六七八九点])", "三成",
             r"thirty\s*(?:percent|per\s*cent)"],
    "12 months": [r"(?<![\d.,])12\s*-?\s*(?:个月|months?)", "(?<![" + NUM_ZH + "])十二个月", r"twelve[\s-]*months?",
                  "(?<!十)一年", r"\bone[\s-]*years?", r"(?<![\d.,])1\s*-?\s*years?(?![a-z])"],
    "15 %": [r"(?<![\d.,])15(?:\.0+)?" + PCT, "百分之十五(?!点)", r"fifteen\s*(?:percent|per\s*cent)"],
    "40 %": [r"(?<![\d.,])40(?:\.0+)?" + PCT, "百分之四十(?![一二三四五六七八九点])", "四成",
             r"forty\s*(?:percent|per\s*cent)"],
    "5 years": [r"(?<![\d.,])5\s*-?\s*(?:年(?!度)|years?)", "(?<![" + NUM_ZH + "])五年(?!度)", r"\bfive[\s-]*years?",
                r"(?<![\d.,])60\s*-?\s*(?:个月|months?)", "六十个月", r"sixty[\s-]*months?"],
}
MUST_HIT = ["99.9%", "99.9 %", "百分之九十九点九", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour",
            "240分钟", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent", "百分之三十",
            "三成", "12个月", "12 个月", "十二个月", "twelve months", "12 months", "12-month", "一年", "one year",
            "15%", "百分之十五", "40%", "四成", "百分之四十", "5年", "五年", "five years", "5 years", "60 months",
            "60个月", "six months and 15 per cent"]
MUST_MISS = ["24小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "Subscription Year", "二〇二五年", "1,000", "1.5 hours", "45%", "25%", "35%", "0.03%",
             "120%", "5 working days", "12 hours", "120日", "十一年", "60 days", "1,100", "30 days", "百分之三十五",
             "万分之二", "20%", "50%", "150 %", "1,160,000", "45 days"]


def scan(text):
    hits = []
    for name, pats in FORBIDDEN.items():
        for p in pats:
            for m in re.finditer(p, text, re.I):
                hits.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    return len(text) if key.startswith("z") else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    srcs = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    tgts = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(srcs, tgts, OUT, wrap_words=True)
    for k, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    problems = []
    covered = set()
    for k, (name, kind, src) in TARGETS.items():
        for v in variants(src):
            for h in scan(v):
                problems.append((k, "source", h))
        back = read_back(OUT / name)
        for v in variants(back):
            for h in scan(v):
                problems.append((k, "built", h))
        n = measure(k, back)
        lo, hi = (2750, 3000) if k.startswith("z") else (1450, 1650)
        ok = lo <= n <= hi
        if not ok:
            problems.append((k, "length", n))
        t = LABELS[k]["expected_terms"]
        for f, th in THRESHOLDS.items():
            if t[f] is not None and abs(t[f] - th) < 1e-9:
                problems.append((k, "label on threshold", f))
        share = tco(k)
        if share and abs(share[1] - 40) <= 2:
            problems.append((k, "tco share near 40", share[1]))
        rules = rules_from_label(k)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "rules", rules, DESIGN[k]))
        covered |= set(rules)
        label = {"file": name, **LABELS[k], "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%-4s %-62s %5d %s %s %-6s %s" % (k, name, n, "ok" if ok else "OUT", risk(rules),
              "tco=%.2f%%/%d" % (share[1], share[0]) if share else "", ", ".join(rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    assert [k for k in DESIGN if DESIGN[k] == ["CR-GOVERNING-LAW"]] == ["e01"]
    assert len(DESIGN["z05"]) >= 8
    for p in problems:
        print("PROBLEM", p)
    assert not problems
