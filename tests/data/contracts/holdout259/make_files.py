"""holdout259: ten blind ORDINARY draft contracts + labels. Sources are word_pdf markup (T:/H:/P:/TB:);
.md/.txt are rendered here, .docx/.pdf through ../word_pdf.py (wrap_words=True). Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}    # key -> markup
FILES = {}  # key -> (file name, format)

H259Z01 = """T:江淮省药品监督管理局药品检验检测信息管理系统（LIMS）采购合同
P:合同编号：JHYJ-2026-GK-017　　采购方式：公开招标（招标编号 JHZC-2026-0412）
P:采购人（甲方）：江淮省药品监督管理局　　地址：江淮省庐阳市政务区天鹅湖路88号
P:供应商（乙方）：合肥检信软件科技有限公司　　地址：庐阳市高新区望江西路5099号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件为本合同组成部分，内容不一致的，以有利于甲方的为准。
H:第一条　项目内容
P:1.1 乙方向甲方提供药品检验检测信息管理系统（以下简称“系统”）的软件许可，并完成省药检院及三个分院的仪器数据采集接口开发、历史数据迁移、部署实施和人员培训，使系统覆盖样品受理、任务分配、检验记录、复核审核、报告签发、留样管理及标准物质管理全流程。
P:1.2 系统部署于甲方政务云专区，乙方不得在甲方指定环境以外存放任何业务数据。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰零叁万元整（¥2,030,000），为固定总价，含税，包括软件许可、开发、迁移、实施、培训、差旅及质保期内的全部服务费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|LIMS软件永久许可（含200个并发用户）|1套|1,180,000
TB:2|仪器数据采集接口开发（色谱、光谱、溶出等）|64台|436,000
TB:3|历史检验数据迁移（2016年以来）|1项|158,000
TB:4|部署实施|1项|204,000
TB:5|培训（管理员及检验员）|1项|52,000
TB:合计| | |2,030,000
P:2.2 除本合同另有约定外，甲方无须向乙方支付任何其他费用。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%，即406,000元，作为预付款。
P:3.2 系统通过初验后，甲方支付合同总价的50%，即1,015,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%，即507,500元。
P:3.4 合同总价的5%，即101,500元，作为质量保证金，于质保期满且无未决质量问题后十五个工作日内无息支付。
P:3.5 乙方每次请款应提供合法有效的增值税发票。甲方付款按省级财政国库集中支付程序办理。
H:第四条　交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署及接口开发并申请初验，于初验后六十日内完成试运行并申请最终验收。
P:4.2 乙方应提交需求规格说明书、数据迁移方案、接口清单、测试报告、用户手册、运维手册及源代码（限于本项目定制部分）。
P:4.3 乙方应组建不少于8人的项目组，项目经理须具备同类药检机构LIMS项目经验，未经甲方书面同意不得更换。乙方应按周提交项目周报，如实反映进度、问题及风险；甲方有权对实施过程进行检查，乙方应予配合。
P:4.4 培训应覆盖系统管理员不少于10人、检验及审核人员不少于260人，培训结束后由甲方组织考核，考核合格率不足九成的，乙方应免费补训。
H:第五条　验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；64台仪器数据采集准确率经甲方抽检无差错；迁移数据条数、检验结论与原系统逐项核对一致；在200个并发用户下常用页面响应时间不超过3秒；第三方安全测评无高风险问题。
P:5.2 最终验收标准：系统连续试运行六十日，未发生一级故障；电子签名及审计追踪符合药品检验机构管理规定；各分院独立完成不少于300份检验报告的全流程签发。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，所需费用由乙方承担。
H:第六条　质保与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口维护及远程和现场技术支持。
P:6.2 质保期满后，甲方如需继续维护，维护年费不超过软件许可费的9%（即每年不超过106,200元），前两个维护年度价格固定，以后年度的调整须经双方书面协商一致，维护合同不自动续期。
H:第七条　服务水平
P:7.1 故障分级：一级故障指系统整体不可用或报告签发功能中断；二级故障指部分功能不可用；三级故障指一般问题或咨询。
P:7.2 一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一工作日内答复。
P:7.3 系统月可用率应不低于99.95%（计划内维护除外，维护须提前三日经甲方书面同意）。
P:7.4 响应或恢复每超时一小时，甲方可扣减乙方1,000元；月可用率每低于约定值0.01个百分点，扣减2,000元，从应付款项或质量保证金中扣除。
H:第八条　数据安全
P:8.1 系统中的检验数据、样品信息、企业信息、日志及其衍生数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、用于其他目的或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，通过甲方堡垒机进行运维操作，操作全程留痕；乙方人员须签署安全承诺书。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第九条　保密
P:9.1 乙方对履约中知悉的甲方工作秘密、检验结果、企业商业秘密及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效六年，涉及国家秘密的按有关规定执行。
H:第十条　知识产权
P:10.1 为本项目定制开发的接口程序、数据迁移脚本、报表模板及其源代码和文档的知识产权归甲方所有，甲方可自由使用、修改及许可他人使用。
P:10.2 LIMS标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条　违约责任
P:11.1 乙方未按期申请初验或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条　分包与转让
P:12.1 乙方不得将本合同项下任何工作分包或转包给第三方，亦不得转让本合同的权利义务。
H:第十三条　合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条　法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江淮省药品监督管理局　　法定代表人或授权代表：________　　日期：____年__月__日
P:乙方（盖章）：合肥检信软件科技有限公司　　法定代表人或授权代表：________　　日期：____年__月__日
"""
SRC["h259z01"] = H259Z01
FILES["h259z01"] = ("h259z01_provincial_drug_inspection_lims_tender.docx", "docx")

H259Z02 = """T:生猪养殖场环境控制及自动饲喂系统供货安装合同
P:合同编号：MY-SZ-2026-0086
P:甲方（买方）：眉州丰泰生猪养殖有限公司　　地址：眉州市东坡区修文镇永丰村七组
P:乙方（卖方）：成都牧联智能装备有限公司　　地址：成都市温江区海峡两岸科技产业园科兴路东段18号
P:鉴于甲方新建存栏12,000头育肥猪舍（共16栋），需配套环境控制与自动饲喂系统，乙方具备相应供货及安装能力，双方经平等协商，就设备供货、安装调试、验收、质保及维保事宜达成如下协议。乙方确认已于签约前实地查看猪舍结构、电力容量及饲料运输道路，并已将现场条件充分考虑在合同价格及进度安排之内，不得以现场条件为由要求增加费用。
H:一、供货范围及价格
P:（一）乙方提供的设备、软件及服务如下表，合同总价为人民币叁佰零捌万元整（¥3,080,000），含税、含运输、保险、安装调试及培训费用。
TB:序号|名称|数量|金额（元）
TB:1|猪舍环境控制器及传感器（温湿度、氨气、二氧化碳、负压）|16套|1,064,000
TB:2|自动料线、料塔及智能饲喂站|16栋|1,520,000
TB:3|养殖中控软件许可（含手机端）|1套|216,000
TB:软硬件小计| | |2,800,000
TB:4|安装调试|1项|248,000
TB:5|操作培训|1项|32,000
TB:合计| | |3,080,000
P:（二）设备均为全新原厂产品，型号及技术参数以附件一为准。软件许可为永久许可，不限终端数量。
H:二、付款方式
P:（一）合同签订后十日内，甲方支付合同总价的20%，即616,000元，作为预付款。
P:（二）全部设备到场并安装完毕后，甲方支付合同总价的50%，即1,540,000元。到货签收及安装完毕仅表示数量清点无误，不代表质量验收合格。
P:（三）系统验收合格后，甲方支付合同总价的27%，即831,600元。
P:（四）合同总价的3%，即92,400元，作为质量保证金，于质保期满后十日内无息支付。
H:三、交货与安装
P:（一）乙方应于合同签订后四十五日内将全部设备运抵甲方猪场，并于到货后三十日内完成安装调试。
P:（二）乙方进场施工须遵守甲方生物安全制度，人员、车辆及工具须经洗消、隔离后方可进入生产区，违反的，甲方有权拒绝其进场，由此造成的延误由乙方负责。
P:（三）乙方应在安装前提交各栋设备布置图、电气接线图及料线走向图，经甲方养殖技术负责人确认后方可施工。施工期间乙方应做好现场防护，不得损坏猪舍墙体、地面漏缝板及既有管线，造成损坏的，由乙方负责修复或赔偿。
P:（四）乙方应对每栋猪舍的饲养员及场部技术员进行现场操作培训，内容包括环控参数设定、报警处理、料线清理及手机端使用，培训不少于40人，并提供中文操作手册及常见故障处理手册各两套。
H:四、验收
P:（一）安装调试完成后，乙方书面申请验收，甲方在七日内组织验收。
P:（二）验收标准：各栋温度控制偏差不超过±1℃；氨气浓度超过设定值时风机及报警在60秒内联动；料线按设定时间和定量下料，单栋下料误差不超过3%；中控软件能实时显示各栋数据并保存不少于两年的历史记录；系统连续带猪运行十五日无重大故障。
P:（三）验收合格的，双方签署验收报告；不合格的，乙方应在十日内整改并重新验收。设备安装完毕或甲方使用均不视为验收合格。
H:五、质保
P:（一）质保期为六个月，自验收合格之日起计算。质保期内设备出现非人为损坏的，乙方免费维修或更换。
P:（二）质保期内，一级故障（整栋通风或供料中断）乙方应在1小时内响应，6小时内到场处理；二级故障在24小时内处理。响应每超时一小时，乙方向甲方支付500元。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，内容包括每季度巡检、传感器校准、易损件更换、软件升级及故障抢修，响应要求同第五条第（二）项。
P:（二）维保服务费为每年人民币616,000元，即软硬件小计的22%，按年度于每个维保年度开始后三十日内支付；本合同约定的维保费标准在以后各年度固定不变。
P:（三）甲方可在每个维保年度届满前书面通知不再续约，维保服务随之终止。
P:（四）维保期间乙方应建立设备档案，每次巡检后向甲方提交巡检报告，列明传感器校准结果、更换部件及存在问题；更换的部件应为原厂件，旧件交甲方处理。甲方猪场发生疫情封场期间，乙方应通过远程方式提供技术支持，待解封后补做现场巡检。
P:（五）维保期间乙方应在眉州市区设立备件库，常用传感器、控制板、料线电机及饲喂站计量模块的备件数量不少于在用数量的5%，以保证故障部件能及时更换。
H:七、数据安全
P:（一）中控软件采集的猪舍环境数据、饲喂数据、生产记录及视频影像均属于甲方所有。乙方仅可为提供本合同服务使用上述数据，不得复制、出售或向第三方提供。
P:（二）乙方远程维护须经甲方逐次授权，使用加密通道并保留操作记录；发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并对因其原因造成的损失承担赔偿责任。
H:八、保密
P:双方对在合作中获悉的对方经营信息、养殖技术、价格条款负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。
H:九、知识产权
P:乙方为甲方定制的控制逻辑、报表及配置文件归甲方所有，甲方可自行修改和使用。中控软件本身的著作权归乙方，甲方享有永久使用权。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方交付的设备不符合约定的，甲方有权要求退换，并要求乙方赔偿损失。
H:十一、分包
P:乙方可将料塔基础等土建配套工作分包，但须事先取得甲方书面同意，并对分包方的工作承担全部责任；其余工作不得分包。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交眉州仲裁委员会仲裁。
H:十四、安全生产与不可抗力
P:（一）乙方在甲方场区施工及维保期间，应遵守安全生产法律法规及甲方场区管理规定，电焊、高空作业须办理审批手续。乙方人员在施工中发生的人身伤害由乙方自行负责，造成甲方猪只伤亡或设施损失的，由乙方赔偿。
P:（二）因地震、洪水、重大动物疫情封场等不可抗力导致不能按期履行的，受影响方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十五、通知
P:双方指定的联系人、电话及电子邮箱见合同首页附表。一方变更联系方式的，应提前五日书面通知对方；按原地址发送的通知，在变更通知送达前视为有效送达。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一（设备技术参数表）、附件二（安装进度计划）为本合同组成部分。
P:甲方（盖章）：眉州丰泰生猪养殖有限公司　　代表签字：________　　日期：____年__月__日
P:乙方（盖章）：成都牧联智能装备有限公司　　代表签字：________　　日期：____年__月__日
"""
SRC["h259z02"] = H259Z02
FILES["h259z02"] = ("h259z02_pig_farm_climate_feeding_system.txt", "txt")

H259Z03 = """T:连锁驾校预约排班及培训学时管理SaaS服务协议
P:协议编号：XC-SAAS-2026-031
P:甲方（客户）：蜀通机动车驾驶员培训集团有限公司（下辖40所驾校）　　住所：绵州市涪城区临园路东段66号
P:乙方（服务商）：驾培云（成都）信息技术有限公司　　住所：成都市武侯区天府大道北段1700号
P:甲方拟统一旗下40所驾校的学员报名、约车排班、教练管理及培训学时记录，乙方以软件即服务方式提供“驾培云”平台并负责实施上线。双方依据《中华人民共和国民法典》订立本协议，共同遵守。
H:1. 服务内容
P:1.1 乙方向甲方及其下属驾校开通驾培云平台订阅服务，功能包括学员报名建档、科目二及科目三约车、教练排班、教练车GPS轨迹、培训学时记录、在线缴费对账、投诉处理及经营报表。
P:1.2 乙方负责实施服务：40所驾校基础数据初始化、在培学员数据迁移、与省级驾培计时监管平台对接、与教练车车载终端对接，以及各校管理员培训。
P:1.3 订阅服务包含不限数量的学员账号、每校不超过30个管理及教练账号、短信通知每月每校3,000条、微信小程序及手机端应用，超出部分按附件价格另行结算，但乙方不得单方提高附件价格。
P:1.4 平台部署于乙方租用的位于中国境内的云资源，网络安全等级保护第三级备案。
H:2. 服务期限
P:2.1 订阅服务期为二十四个月，自平台上线验收合格之日起算。
P:2.2 服务期届满前三十日内任何一方未书面提出不再续订的，本协议自动续期，每次续期二十四个月。续期时乙方有权调整订阅单价，上调幅度不超过上一期单价的8%，并以乙方发出的续期通知为准。
H:3. 费用及支付
P:3.1 费用明细如下：
TB:项目|计价方式|金额（元）
TB:平台订阅费|40所驾校 × 2,600元/校/月 × 24个月|2,496,000
TB:实施服务费|一次性|184,000
TB:合计| |2,680,000
P:3.2 实施服务费在平台上线验收合格后二十日内一次性支付。
P:3.3 订阅费按季度结算，每季度结束后乙方开具发票，甲方在收到发票后二十日内支付上一季度费用。甲方不预付任何费用。
P:3.4 上述价格已包含全部税费、云资源费用、短信及技术支持费用，乙方不得另行收取。
P:3.5 服务期内新增或关停驾校的，订阅费按实际开通校数及月份相应增减。
H:4. 实施与上线验收
P:4.1 乙方应在本协议签订后七十五日内完成全部实施工作并提交上线验收申请。
P:4.2 上线验收标准：40所驾校基础数据及在培学员数据迁移完整，抽查500名学员档案与原系统一致；学时数据向省级计时监管平台推送成功率达到99%以上且无重复计时；约车高峰期1,000人同时在线时页面响应不超过2秒；各校管理员完成培训并通过操作考核。
P:4.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。试用、上线运行或支付部分费用均不视为验收合格。
P:4.4 乙方逾期完成上线验收的，每逾期一日，向甲方支付违约金1,600元。
H:5. 服务水平
P:5.1 平台月可用率不低于99.95%，计划内维护应安排在凌晨零时至六时之间并提前三日通知。
P:5.2 一级故障（平台无法登录、约车或学时记录中断）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，12小时内解决；三级故障在两个工作日内解决。
P:5.3 月可用率低于约定值的，按当月订阅费的5%给予服务抵扣；低于99.5%的，抵扣10%。一级故障响应或恢复超时的，每次另抵扣当月订阅费的2%。
H:6. 数据
P:6.1 甲方及学员在平台中产生的学员身份信息、培训记录、约车记录、缴费记录及其他业务数据归甲方所有。
P:6.2 乙方可对上述数据进行脱敏、汇总处理，并将处理后的数据用于驾培行业分析报告、平台功能改进及向其他客户提供的行业对标服务，该使用权在本协议终止后继续有效。
P:6.3 乙方应采取加密存储、传输加密、访问控制、操作日志审计等安全措施，不得将学员个人信息出境。发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合监管部门调查，并承担因其原因造成的全部损失。
P:6.4 协议终止后三十日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后删除平台上的原始数据及备份，出具书面删除证明。乙方不得以甲方存在欠费为由拒绝交还数据。
H:7. 保密
P:双方对在履行本协议过程中知悉的对方商业秘密、价格信息及技术资料负有保密义务，未经对方书面同意不得披露给第三方。保密义务在本协议终止后三年内持续有效。
H:7A. 双方的其他义务
P:7A.1 甲方应指定集团信息部为统一对接部门，并督促各驾校按实施计划提供基础数据、教练员名单、教练车车辆信息及场地信息，对所提供数据的真实性负责。
P:7A.2 甲方应按平台操作规范使用服务，妥善保管管理员账号和密码，不得利用平台从事违法活动或发布违法信息。因甲方账号保管不善造成的损失由甲方承担。
P:7A.3 乙方应为甲方配备专属客户经理和技术支持工程师，每月向甲方提交服务报告，列明当月可用率、故障记录、处理结果及各校使用情况，并每季度与甲方召开一次服务评审会。
P:7A.4 乙方对平台进行重大版本升级的，应提前十五日通知甲方，说明变更内容及对业务的影响，并提供培训；升级不得降低本协议约定的功能和服务水平，不得另行收费。
P:7A.5 交通运输主管部门调整驾培计时或学时监管要求的，乙方应在规定时限内完成平台适配，保证甲方学时数据持续符合监管要求，适配费用已包含在订阅费中。
H:7B. 服务终止后的过渡
P:7B.1 本协议因任何原因终止的，乙方应在终止后不少于六十日内继续提供只读访问，并配合甲方或其指定的第三方完成数据迁移，协助费用按实际人天另行协商但每人天不超过2,000元。
P:7B.2 过渡期内乙方不得停止学时数据向监管平台的推送，以免影响在培学员的结业考试安排。
H:8. 知识产权
P:8.1 驾培云平台及其标准功能的知识产权归乙方所有。
P:8.2 乙方为甲方定制的经营报表、与车载终端及监管平台的对接程序归甲方所有，甲方可自由使用、修改或交由第三方维护。
H:9. 责任限制
P:任何一方在本协议项下的累计赔偿责任不超过本协议合计金额的150%，但因数据泄露、侵犯知识产权或故意行为造成的损失不受此限。
H:10. 分包
P:乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意，并对分包方行为承担连带责任。
H:11. 解除
P:11.1 一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本协议。
P:11.2 因乙方原因连续两个月月可用率低于99.5%的，甲方有权解除本协议，无须承担任何违约责任。
H:12. 法律适用及争议解决
P:本协议适用中华人民共和国法律。因本协议发生的争议，提交绵州仲裁委员会按其仲裁规则仲裁。
H:13. 其他
P:13.1 本协议附件与正文具有同等效力，正文与附件不一致的，以正文为准。一方向对方发出的通知以书面形式按首页地址送达，电子邮件发送成功即视为送达。
P:13.2 本协议一式两份，双方各执一份，自双方盖章之日起生效。附件：各驾校开通清单、实施计划、对接接口说明。
P:甲方（盖章）：蜀通机动车驾驶员培训集团有限公司　　授权代表：________
P:乙方（盖章）：驾培云（成都）信息技术有限公司　　授权代表：________
P:签订日期：2026年__月__日
"""
SRC["h259z03"] = H259Z03
FILES["h259z03"] = ("h259z03_driving_school_chain_booking_saas.md", "md")

H259Z04 = """T:青川区建筑工地扬尘在线监测平台运维服务采购合同
P:项目名称：青川区建筑工地扬尘在线监测平台2026—2027年度运维服务
P:采购方式：竞争性磋商（采购编号：QCZC-2026-C-0158）　　合同编号：QCZJ-YW-2026-09
P:采购人（甲方）：青川区住房和城乡建设局
P:成交供应商（乙方）：蓉安环境监测技术服务有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，经双方协商一致，签订本合同。磋商文件、响应文件、成交通知书及乙方书面承诺为本合同不可分割的组成部分。
H:第一条　服务内容
P:1.1 乙方负责青川区在建工地186个扬尘在线监测点及区级监测平台的运行维护，包括：监测设备（PM2.5、PM10、TSP、噪声、风速风向传感器及视频抓拍单元）的巡检、清洁、校准、维修和更换；区级平台软件、数据库及与市级平台数据接口的运维；监测数据的审核、异常标记和报送；驻场值守及日常报表。
P:1.2 监测点新增、迁移或拆除的，乙方应在甲方通知后五个工作日内完成，新增点位费用按本合同单价计算。
P:1.3 乙方应建立运维管理制度，编制点位巡检计划，每个监测点每月现场巡检不少于两次，每次巡检须拍照上传平台并记录设备读数、供电、通信及外观情况；甲方可随时抽查巡检记录的真实性。
P:1.4 服务期自2026年7月1日起至2027年6月30日止。服务期满本合同自然终止，不自动续期。
H:第二条　合同金额
P:2.1 本合同总金额为人民币捌拾万零捌佰元整（¥800,800），为包干价，包括人工、交通、备品备件、校准设备、通信费用及税费。
TB:服务项目|计算方式|金额（元）
TB:监测点运维|186个 × 1,800元|334,800
TB:区级平台及接口运维|包干|216,000
TB:季度数据比对校准|包干|58,000
TB:驻场运维人员|2人 × 96,000元|192,000
TB:合计| |800,800
H:第三条　付款
P:3.1 本合同不设预付款。
P:3.2 服务费按季度支付，每季度200,200元。每季度结束后十日内，乙方提交季度运维报告，甲方在考核合格后十五个工作日内支付该季度服务费，考核扣款从当季服务费中扣除。
H:第四条　服务标准与考核
P:4.1 区级监测平台月可用率不低于99.5%（经甲方同意的计划维护时间不计入）。
P:4.2 故障分级及响应：一级故障（平台整体中断或与市级平台接口中断）乙方应在1小时内响应，3小时内恢复；二级故障（单个监测点停止传输或数据异常）应在2小时内响应，24小时内修复或更换设备；三级故障在三个工作日内处理完毕。
P:4.3 每季度乙方应会同第三方检测机构对全部监测点进行一次比对校准，比对偏差超出技术规范要求的设备应在五日内校准或更换。
P:4.4 考核扣款：平台月可用率每低于约定值0.1个百分点，扣减当季服务费2,000元；一级故障响应或恢复每超时一小时扣减800元，二级故障每超时一日扣减300元；未按期完成季度比对校准的，每个点位扣减200元。
P:4.5 乙方每月5日前提交上月运维月报，内容包括平台可用率、各点位数据上传情况、故障清单及处理时长、设备更换记录和下月工作计划。
P:4.6 季度考核由甲方依据运维报告、平台运行日志及抽查结果进行，考核结果以书面形式通知乙方；服务期满由甲方组织终期验收，验收标准为：全年各项考核指标达到本条要求、运维档案完整、设备及平台完好移交。
H:第五条　人员要求
P:5.1 乙方应派驻2名运维工程师常驻甲方监控中心，工作日8:30至17:30在岗，其余时间保持电话畅通；重污染天气预警期间实行24小时值守。
P:5.2 驻场人员应具备环境监测或计算机相关专业背景，更换人员须提前七日征得甲方同意。
P:5.3 乙方应配备运维车辆不少于2台、便携式颗粒物校准仪不少于2套，以及不少于在用数量5%的传感器、主板、通信模块和视频单元备件，备件存放于青川区内，以保证故障设备能及时更换。
H:第五条之一　应急保障
P:5.4 甲方发布重污染天气预警或开展扬尘专项整治期间，乙方应按甲方要求加密巡检频次，每日报送重点工地监测数据分析，并安排专人配合执法人员现场核查，不另行收费。
P:5.5 遇暴雨、大风等极端天气，乙方应提前检查监测设备的固定、防雷和供电情况，天气过后二十四小时内完成全部点位巡查，发现损坏的及时修复并报告甲方。
H:第五条之二　交接与移交
P:5.6 服务期开始时，乙方应与原运维单位及甲方共同进行交接，逐点核对设备状态、资产编号及平台账号，形成交接清单；交接中发现的设备缺陷由甲方书面确认后纳入维修计划。
P:5.7 服务期满或合同解除时，乙方应向甲方或其指定的新运维单位移交全部设备台账、运维档案、平台账号密码、运维脚本及技术文档，并提供不少于十五日的免费过渡支持，移交完成前甲方有权暂缓支付最后一季度服务费。
H:第六条　数据安全
P:6.1 监测数据、视频抓拍图像、工地及施工单位信息、平台日志等全部数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或提供给任何第三方，不得用于商业目的。
P:6.2 乙方应按网络安全等级保护第二级要求落实运维安全管理，远程运维须通过甲方指定的VPN及堡垒机进行，账号实名、权限最小化、操作留痕；不得擅自修改、删除监测原始数据。
P:6.3 发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在1小时内报告甲方，立即采取处置措施并提交事件报告。因乙方原因造成数据安全事件的，乙方承担相应法律责任并赔偿甲方损失。
H:第七条　成果归属
P:乙方在服务期内形成的运维报告、校准记录、数据审核规则、运维脚本及设备台账归甲方所有，服务期满时一并移交。
H:第八条　违约责任
P:8.1 乙方未在服务期开始之日按本合同要求完成驻场人员到岗及平台交接的，每逾期一日，按合同总金额的千分之一支付违约金。
P:8.2 乙方故意篡改、伪造监测数据的，甲方有权解除合同，并依法追究乙方责任。
P:8.3 乙方在本合同项下承担的赔偿责任总额（含违约金及考核扣款）以合同总金额的50%为限。
P:8.4 甲方未按约定支付服务费的，每逾期一日，按应付未付金额的万分之二支付违约金，但因财政资金拨付原因延迟的除外。
H:第九条　分包
P:乙方不得将本合同服务转包或分包。第三方检测机构的比对校准工作由甲方指定并另行委托，不属于分包。
H:第十条　合同解除
P:乙方出现严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算费用；给甲方造成损失的，乙方应予赔偿。
H:第十一条　争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十二条　其他
P:12.0 乙方响应文件中的服务承诺优于本合同约定的，按乙方承诺执行；乙方不得以本合同未作约定为由拒绝履行其响应文件中的承诺事项。
P:12.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:12.2 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：青川区住房和城乡建设局　　代表：________　　日期：____年__月__日
P:乙方（盖章）：蓉安环境监测技术服务有限公司　　代表：________　　日期：____年__月__日
"""
SRC["h259z04"] = H259Z04
FILES["h259z04"] = ("h259z04_district_housing_bureau_dust_monitoring_om.pdf", "pdf")

H259Z05 = """T:匠云MES制造执行系统软件许可及定制开发合同
P:（匠云MES标准合同文本 V4.0 —— 乙方提供）
P:合同编号：JY-MES-2026-SC-112
P:甲方：郫都鹃城豆瓣酿造有限公司　　地址：成都市郫都区安德街道川菜产业园中国川菜大道8号
P:乙方：成都匠云工业软件有限公司　　地址：成都市高新区天府软件园D区6栋
P:甲方拟建设豆瓣酱生产制造执行系统，乙方同意按本合同约定向甲方提供匠云MES软件许可、定制开发及实施服务。经双方友好协商，依据《中华人民共和国民法典》，签订本合同。
H:第一章　合同标的
P:第1条　乙方向甲方提供匠云MES标准软件许可（生产计划、配料管理、仓储管理、质量管理、设备管理模块，50个用户）。
P:第2条　乙方根据甲方需求进行定制开发，包括：辣椒、蚕豆瓣原料入厂批次管理；翻、晒、露发酵工艺参数管理及晒场看板；成品批次追溯（原料至成品）；与甲方用友ERP、地磅称重系统及灌装线PLC的数据对接。
P:第3条　乙方负责系统安装部署、基础数据初始化及用户培训。基础数据（物料编码、配方、工艺路线、设备台账、供应商及客户清单）由甲方按乙方提供的模板整理，乙方负责导入；因甲方数据不完整或不准确导致的系统运行问题，由甲方自行负责修正。
P:第3条之一　本合同项下软件许可为永久许可，限甲方郫都厂区使用，甲方新增厂区或增加用户数的，应另行向乙方购买许可。
H:第二章　合同价款及支付
P:第4条　本合同总价为人民币壹佰肆拾贰万元整（¥1,420,000），明细如下：
TB:项目|金额（元）
TB:匠云MES标准软件许可|760,000
TB:定制开发|540,000
TB:实施及培训|120,000
TB:合计|1,420,000
P:第5条　合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即710,000元。
P:第6条　系统上线后五个工作日内，甲方支付合同总价剩余的50%，即710,000元。
P:第7条　甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务，由此造成的延期由甲方承担。
H:第三章　实施与上线
P:第8条　乙方在收到首期款后开始实施，实施计划由乙方制定并书面告知甲方。乙方将尽合理努力按计划推进，实施周期以实际进展为准。
P:第9条　甲方应及时提供需求资料、工艺参数、基础数据及现场条件，并指定项目负责人配合乙方工作。因甲方原因造成的延误，实施周期相应顺延，乙方不承担责任。
P:第9条之一　甲方应在乙方提交需求规格说明书后五个工作日内书面确认；逾期未确认也未提出书面意见的，视为甲方已确认。需求规格说明书确认后作为定制开发的唯一依据，需求说明书未列明的功能不属于乙方交付范围。
P:第10条　需求确认后，甲方提出的需求变更，乙方有权另行报价，经双方确认后实施。
P:第11条　系统完成部署并投入上线运行，即视为甲方验收合格。甲方在上线后提出的问题，按第五章维护条款处理。
P:第11条之一　乙方向甲方交付的资料为：系统安装介质、用户操作手册、管理员手册及培训课件。定制开发部分的源代码不属于交付范围，乙方不负有提供义务。
P:第11条之二　乙方为甲方提供两次集中培训，每次不超过两天，培训对象为甲方指定的关键用户和系统管理员，人数合计不超过20人。培训场地、设备由甲方提供，超出部分的培训按乙方人天单价另行收费。
P:第11条之三　甲方应自行准备服务器、数据库、操作系统、网络及车间终端设备，并保证其符合乙方提出的配置要求。因甲方硬件环境、网络或第三方系统原因导致系统运行异常的，不属于乙方责任范围。
H:第四章　知识产权
P:第12条　匠云MES标准软件及其全部升级版本的知识产权归乙方所有。
P:第13条　乙方为甲方定制开发的功能模块、对接程序、报表、源代码及相关文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，不得提供给第三方使用。
P:第14条　乙方有权将定制开发成果纳入其标准产品，向其他客户销售。
H:第五章　维护服务
P:第15条　乙方自系统上线之日起提供六个月的免费维护服务，内容为软件缺陷修复及远程技术支持。
P:第16条　免费维护期内，甲方通过电话、邮件或在线工单报告问题，乙方将尽合理努力及时处理。问题处理时限视问题复杂程度而定。
P:第17条　免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费用按乙方当年公布的价格标准执行。
P:第18条　未签订年度维护协议的，乙方不再提供任何维护服务，系统升级另行收费。
H:第六章　数据
P:第19条　甲方生产、质量、库存及客户数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
P:第19条之一　甲方应自行负责系统数据的日常备份。乙方在实施过程中进行数据导入、清洗或批量修改前，应提醒甲方做好备份；甲方未备份造成数据损失的，乙方不承担责任。
P:第20条　乙方实施及维护期间应遵守甲方信息安全管理制度，使用甲方分配的账号，采取防病毒、访问控制及备份措施；发生数据泄露、丢失的，乙方应在24小时内通知甲方并协助处理，因乙方过错造成数据安全事件的，由乙方承担相应的赔偿责任。
H:第七章　保密
P:第21条　双方对在合作过程中获知的对方商业秘密、技术秘密（包括甲方的配方、工艺参数）负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后三年内有效。
H:第八章　合作伙伴
P:第22条　乙方可根据项目需要，将部分开发、实施或现场服务工作交由其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。
H:第九章　违约责任及责任限制
P:第23条　任何一方违反本合同约定的，应承担相应的违约责任。
P:第24条　乙方对甲方承担的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过本合同总价的20%。乙方不对甲方的利润损失、生产停顿、产品报废及其他间接损失承担责任。
H:第十章　合同解除
P:第25条　一方严重违反本合同，经另一方书面通知后三十日内仍未纠正的，另一方有权书面通知解除本合同。
P:第26条　合同因甲方原因解除的，甲方已支付的款项不予退还。
H:第十章之一　不可抗力及通知
P:第26条之一　因不可抗力或政策调整导致一方不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商部分或全部免除责任。
P:第26条之二　乙方的书面通知以电子邮件或工单系统发送至甲方项目负责人即视为送达。甲方的书面通知应以快递方式寄送至乙方注册地址。
P:第26条之三　乙方在上线后可根据产品版本规划对标准软件进行升级，升级可能调整部分功能或界面，甲方应予配合，乙方不因升级导致的操作方式变化承担责任。
H:第十一章　争议解决
P:第27条　因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地有管辖权的人民法院提起诉讼。
H:第十二章　其他
P:第28条　本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。
P:第29条　本合同条款为乙方标准文本，双方另有书面约定的，以书面约定为准。
P:甲方（盖章）：郫都鹃城豆瓣酿造有限公司　　授权代表：________　　日期：________
P:乙方（盖章）：成都匠云工业软件有限公司　　授权代表：________　　日期：________
"""
SRC["h259z05"] = H259Z05
FILES["h259z05"] = ("h259z05_pixian_bean_paste_mes_supplier_template.md", "md")

H259E01 = """T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT - PRODUCT CATALOGUE SUITE
P:Agreement No. CS-YW-2026-044
P:This Agreement is made between Yiwu Huashang Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 1 Futian Road, Yiwu, Zhejiang Province (the "Customer"), and Catalogo Sistemi S.r.l., a company with its registered seat on the Isola Lunga, Italy, acting through its representative office in Hangzhou (the "Vendor").
P:Background. (A) The Customer exports small commodities to more than sixty countries and maintains a catalogue of about 180,000 products in seven languages. (B) The Vendor publishes the CataloGo product-information and catalogue software. (C) The Customer wishes to buy perpetual licences of that software and have the Vendor configure, import and roll it out. (D) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the CataloGo software in object code, version 9 and every update or new version supplied under this Agreement. "Documentation" means the Vendor's user and administrator manuals for the Software.
P:1.2 "Deliverables" means the catalogue templates, import mappings, export connectors, workflow configurations, scripts and reports prepared for the Customer under this Agreement, with their source files.
P:1.3 "Go-Live" means the first day on which the Customer uses the Software in production to publish its catalogue. "Final Acceptance" means the Customer's written acceptance under Clause 6.
P:1.4 "Customer Data" means all product data, images, prices, supplier and customer records and other data which the Customer or its users enter into or generate with the Software.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, for the number of named users and servers in Clause 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Software will be installed on servers owned or rented by the Customer; the Vendor will not host it.
H:3. Prices
P:3.1 The Contract Price is CNY 1,188,000, fixed, including VAT, travel and all expenses. It consists of:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:CataloGo Editor named-user licences|60|9,800|588,000
TB:CataloGo Server licences|2|126,000|252,000
TB:Licence subtotal| | |840,000
TB:Configuration and templates (7 languages)|1| |214,000
TB:Product data import and cleansing|1| |96,000
TB:Training|1| |38,000
TB:Total Contract Price| | |1,188,000
P:3.2 No other charge is payable for the scope described in this Agreement and Schedule 1.
H:4. Payment
P:4.1 The Customer shall pay: (a) 20% of the Contract Price (CNY 237,600) within 15 days after signature and receipt of a valid invoice; (b) 55% (CNY 653,400) within 20 days after Go-Live; and (c) the remaining 25% (CNY 297,000) within 20 days after Final Acceptance.
P:4.2 Each payment is made against a valid Chinese VAT invoice issued by the Vendor's Hangzhou representative office or its designated Chinese entity.
H:5. Delivery and Implementation
P:5.1 The Vendor shall deliver the Software and Documentation within 10 days after signature and shall reach Go-Live within 100 days after signature, according to the plan in Schedule 2.
P:5.2 The Vendor shall assign a named project manager who speaks Chinese and shall not replace him or her without the Customer's consent, which shall not be unreasonably withheld.
P:5.3 If the Vendor fails to reach Go-Live or Final Acceptance by the dates in Schedule 2 for reasons not attributable to the Customer, it shall pay delay damages of CNY 900 for each day of delay, up to a maximum of 10% of the Contract Price. The Customer may terminate under Clause 13 if the maximum is reached.
P:5.4 Training covers up to 8 administrators and 45 catalogue editors, in Chinese, at the Customer's Yiwu office, with printed and electronic course materials that the Customer may copy for internal use. Editors who fail the end-of-course test may repeat the course once without charge.
P:5.5 The Customer shall provide the source product data, server capacity and network access described in Schedule 2 on the dates stated there. A delay by the Customer extends the Vendor's dates by the same period, and the Vendor shall notify such a delay in writing as soon as it becomes aware of it.
H:6. Acceptance
P:6.1 After Go-Live the Customer shall run the Software in production for 30 days. The Vendor may then request Final Acceptance.
P:6.2 Final Acceptance requires that: (a) all 180,000 product records have been imported, and a sample of 1,000 records checked by the Customer matches the source data in every field; (b) catalogues in all seven languages can be generated in PDF and web formats from the templates in Schedule 1; (c) a full catalogue export completes within 40 minutes; (d) the connectors to the Customer's ERP and web shop exchange data without error for ten consecutive working days; and (e) no Severity 1 or Severity 2 defect is open.
P:6.3 The Customer shall confirm Final Acceptance in writing within ten working days after the request or list the failed criteria. Go-Live, use of the Software or any payment does not amount to Final Acceptance.
H:7. Warranty
P:7.1 The Vendor warrants that the Software and Deliverables will conform to the Documentation and Schedule 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and supply all updates and new versions.
P:7.2 During the Warranty Period, the Vendor shall respond to a Severity 1 defect (production catalogue publication stopped, or data corruption) within 1 hour, 24 hours a day, and provide a fix or workaround within 8 hours. Severity 2 defects receive a response within 2 hours during business hours and a fix within three business days. Severity 3 defects are fixed in the next update.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, it shall credit the Customer CNY 1,000, deducted from the next payment or paid on demand.
H:8. Support after the Warranty Period
P:8.1 After the Warranty Period, the Customer may order annual support on the terms of Clause 7.2 and 7.3. The annual support fee is 10% of the Licence subtotal, that is CNY 84,000 per year, and is fixed for the first three support years. Any later change requires written agreement and shall not exceed 3% per year.
P:8.2 Support is ordered year by year by purchase order; it does not renew automatically.
H:9. Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software and Documentation.
P:9.2 All rights in the Deliverables vest in the Customer upon creation. The Vendor shall hand over their source files, and the Customer may use, modify and license them freely, including to other service providers. The Vendor may reuse its general know-how.
P:9.3 The Vendor shall defend and indemnify the Customer against third-party claims that the Software or Deliverables infringe any intellectual property right.
H:10. Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement, on the Customer's instructions, and shall not copy, keep, analyse or use it for any other purpose.
P:10.2 Remote access by the Vendor requires the Customer's approval for each session, through the Customer's VPN with multi-factor authentication; sessions are logged. No Customer Data may be transferred outside mainland China.
P:10.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, keep its staff under written security obligations, and notify the Customer within 24 hours of any actual or suspected data incident. The Vendor is liable for all losses caused by a data incident attributable to it.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Customer's prices, supplier lists and customer lists, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:12. Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to wilful misconduct, personal injury, infringement claims under Clause 9.3, or breach of Clause 10 or Clause 11.
H:13. Termination
P:13.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 20 days after written notice.
P:13.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid, less the value of any Deliverables the Customer elects to keep.
H:14. Subcontracting and Assignment
P:14.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent. The Vendor remains responsible for all approved subcontractors.
P:14.2 Neither party may assign this Agreement without the other's prior written consent.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Jinhua Arbitration Commission for arbitration in Jinhua. The award is final.
H:16. General
P:16.0 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:16.1 This Agreement, with Schedule 1 (Scope and Templates) and Schedule 2 (Project Plan), is the entire agreement. Amendments must be in writing and signed by both parties. It is signed in English and Chinese; both versions have equal force.
P:Signed for the Customer: ____________________  Date: __________
P:Signed for the Vendor: ____________________  Date: __________
"""
SRC["h259e01"] = H259E01
FILES["h259e01"] = ("h259e01_yiwu_trading_catalogue_software_licences.txt", "txt")

H259E02 = """T:ORDER FORM AND GENERAL TERMS - STAYFLOW RESORT BOOKING PLATFORM
P:Order Form No. SF-CN-2026-0219
H:Part A - Order Form
P:Provider: Reservas Atlanticas, Lda., a company registered in Portugal with its seat on the Ilha de São Jorge, Azores ("Provider").
P:Customer: Emeishan Jinding Hot Spring Resort Co., Ltd., Baoguo Village, Emeishan City, Sichuan Province, People's Republic of China ("Customer").
P:This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails. At the Customer's request all fees are stated and payable in Chinese Yuan (CNY).
P:A1. Services. The StayFlow cloud platform for room, villa and spa booking, channel management (Ctrip, Fliggy, Meituan and the resort's own WeChat mini-program), front-desk operations, guest profiles, packages and revenue reports, for one resort with 326 rooms and 48 spa cabins, together with the Onboarding Services in A4.
P:A2. Subscription Term. 36 months from the Service Start Date, which is the day after Go-Live Acceptance under A4. The Agreement ends at the end of the Subscription Term. Any further term requires a new Order Form signed by both parties.
P:A3. Fees.
TB:Item|Basis|Amount (CNY)
TB:StayFlow subscription|CNY 23,500 per month x 36 months|846,000
TB:Onboarding Services|one-time|64,000
TB:Total fees for the Subscription Term| |910,000
P:A3.1 The subscription fee is invoiced monthly in arrears and is payable within 30 days after the invoice. The Onboarding fee is invoiced after Go-Live Acceptance. No fee is payable in advance.
P:A3.2 The fees include hosting, standard channel connections, software updates, two training sessions per year and helpdesk support in Chinese and English. Payment-gateway charges of third-party banks are not included.
P:A4. Onboarding and Go-Live Acceptance. Provider shall configure the room types, rate plans, packages and channel mappings, import the future reservations and guest profiles from the Customer's current system, connect the Customer's hotel door-lock and spa systems and train the staff. Provider shall present the platform for Go-Live Acceptance within 60 days after signature.
P:A4.1 Go-Live Acceptance criteria: (a) every future reservation in the old system appears in StayFlow with the same dates, room type, rate and deposit; (b) a test booking made on each channel reaches StayFlow within two minutes and updates inventory on all other channels; (c) door-lock cards are issued correctly for ten test rooms; (d) night audit completes and reconciles with the finance report for three consecutive nights in a parallel run. Customer shall sign the acceptance certificate or list the failed criteria within five working days. Using the platform during the parallel run is not acceptance.
P:A4.2 If Go-Live Acceptance is delayed beyond the date in A4 for reasons attributable to Provider, Provider shall pay the Customer CNY 700 for each day of delay, deducted from the Onboarding fee and then from subscription invoices.
P:A5. Customer contacts: the IT manager and the front-office manager named on the signature page. Provider contacts: the customer success manager and the onboarding project lead, both reachable in Chinese. Either party may change its contacts by written notice. Annex 1 lists the approved subprocessors and Annex 2 the onboarding plan with dates.
H:Part B - General Terms
H:1. Use of the Services
P:1.1 Provider grants the Customer and its staff a non-exclusive right to access and use the Services during the Subscription Term for the resort's business.
P:1.2 The Customer is responsible for its user accounts and for the accuracy of the rates and inventory it sets. Provider may suspend an account that is used to attack the platform, after telling the Customer why.
P:1.3 Provider may improve the Services during the term, provided it does not materially reduce their functionality, and shall give 14 days' notice of changes that affect the resort's daily operations.
H:2. Service Levels
P:2.1 Provider targets a monthly availability of the booking engine and front-desk module of 99.95%, excluding maintenance announced at least 48 hours in advance and performed between 01:00 and 05:00 Beijing time.
P:2.2 Incident priorities and target response times: Priority 1 (booking engine or front desk unavailable, or channel inventory not updating) - response within 30 minutes, 24 hours a day, with continuous work until restored; Priority 2 (one channel or module degraded) - response within 2 hours; Priority 3 (questions, minor defects) - next business day.
P:2.3 Provider reports availability and incidents monthly. The service levels in this clause are targets. Failure to meet them does not entitle the Customer to service credits, fee reductions, refunds or any other compensation.
H:2A. Support and Account Management
P:2A.1 Provider shall assign a Chinese-speaking customer success manager to the Customer, who holds a monthly service review with the resort's IT manager and front-office manager, covering availability, incidents, open change requests, channel performance and training needs.
P:2A.2 The helpdesk is reachable by telephone, WeChat work group and ticket portal. Every ticket receives a reference number and the Customer can follow its status online. Priority 1 incidents must be reported by telephone as well as by ticket so that the on-call engineer is alerted at once.
P:2A.3 During the peak periods notified by the Customer (Spring Festival, the May holiday, the summer season and the National Day holiday) Provider shall keep an engineer on standby for the Customer and shall not carry out planned maintenance without the Customer's written approval.
P:2A.4 When a regulator or a channel partner changes its interface, Provider shall adapt the standard connection before the change takes effect, at no extra charge, so that bookings continue to flow.
P:2A.5 The Customer shall name up to three key users who receive administrator training and act as first-line contacts for resort staff, and shall keep its own network, front-desk computers and card encoders in working order.
H:3. Customer Data
P:3.1 Reservation, guest, payment-reference and spa data entered into or generated by the Services ("Customer Data") belong to the Customer. Provider processes Customer Data only to provide the Services under the Customer's instructions and shall not use it for any other purpose, during or after the term.
P:3.2 Customer Data is hosted in a data centre in Chengdu operated by a mainland cloud provider that holds an MLPS level-3 record; it is not transferred abroad. Provider's support staff abroad access the platform only through a mainland bastion host, without the ability to download guest data.
P:3.3 Provider keeps an information-security programme certified to ISO 27001, encrypts Customer Data in transit and at rest, restricts access on a need-to-know basis and keeps access logs for at least 180 days.
P:3.4 Provider shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate measures to contain it, and shall bear the costs and losses caused by an incident attributable to Provider or its subprocessors.
P:3.5 Within 30 days after the end of the Agreement, Provider shall return all Customer Data in CSV or SQL format and then delete it, and confirm the deletion in writing.
H:4. Confidentiality
P:4.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. The duty lasts for three years after the end of the Agreement.
H:5. Intellectual Property
P:5.1 Provider owns the Services, the StayFlow software and all improvements to them.
P:5.2 Rate plans, package designs, report layouts and mini-program pages configured for the Customer ("Customer Configurations") belong to the Customer, which may export, modify and use them with any other system or provider.
H:6. Subprocessors
P:6.1 Provider's approved subprocessors at signature are the Chengdu hosting provider and the channel-connectivity provider named in Annex 1. Provider shall not engage any other subprocessor or subcontractor without the Customer's prior written consent.
H:7. Liability
P:7.1 Neither party excludes liability for death or personal injury caused by negligence, or for fraud.
P:7.2 Provider's total liability arising out of or in connection with the Agreement in any calendar year is limited to the fees paid by the Customer in the 9 months preceding the event giving rise to the claim.
P:7.3 Neither party is liable for loss of profit or indirect loss, except for losses under clause 3.4.
H:8. Term and Termination
P:8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice, or becomes insolvent.
P:8.2 On termination for Provider's breach, Provider refunds any fees paid for services not yet provided and assists with migration under clause 3.5 at no charge.
H:9. Force Majeure
P:9.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disaster, epidemic or failure of public networks, if it notifies the other party promptly and uses reasonable efforts to resume performance.
H:10. Governing Law and Disputes
P:10.1 The Agreement is governed by the laws of Portugal.
P:10.2 Any dispute shall be finally settled by arbitration under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, seated in Lisbon, in the English language.
H:11. General
P:11.1 Notices must be in writing and sent to the addresses in the Order Form; e-mail is sufficient for operational notices. Neither party may assign the Agreement without the other's written consent. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________  Name / Title / Date
P:For Provider: ____________________  Name / Title / Date
"""
SRC["h259e02"] = H259E02
FILES["h259e02"] = ("h259e02_emeishan_resort_booking_saas_order_form.md", "md")

H259E03 = """T:PURCHASE CONTRACT FOR FROST ALARM SENSOR SYSTEM
P:Contract No. RZ-CY-2026-007
P:Buyer: Rizhao Lushan Tea Garden Co., Ltd., Jufeng Town, Donggang District, Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Sensores del Atlántico S.L., with its registered office on the Isla de la Palma, Canary Islands, Spain, acting through its authorised agent in Qingdao (the "Supplier").
P:Whereas the Buyer grows green tea on 2,600 mu of hillside gardens in which late spring frost regularly damages the first flush, and whereas the Supplier designs and installs wireless frost-warning systems for vineyards and orchards, the parties agree on the following terms, prepared by the Buyer. All prices are in Chinese Yuan (CNY) at the Buyer's request.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission a frost alarm system consisting of leaf-temperature and air-temperature sensor nodes, LoRa gateways, micro weather stations and the FrostGuard alarm software, covering the Buyer's four garden areas as shown in Annex 1.
P:1.2 The system shall measure temperature at canopy height every five minutes, forecast frost risk for the next six hours, and send alarms by SMS, telephone call and WeChat to the persons designated by the Buyer, so that the Buyer can start its fans, sprinklers and covering crews in time.
P:1.3 The Supplier shall also supply the mounting poles, solar panels, batteries and spare parts listed in Annex 1, and train the Buyer's garden managers and technicians.
H:Article 2 Contract Price
P:2.1 The total Contract Price is CNY 900,000, fixed, including VAT, import duties, transport to the site, insurance, installation, commissioning and training. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Frost sensor node (leaf and air temperature, humidity)|120|3,600|432,000
TB:2|LoRa gateway with 4G backhaul|8|14,500|116,000
TB:3|Micro weather station|6|28,000|168,000
TB:4|FrostGuard alarm software, perpetual licence|1|96,000|96,000
TB:|Hardware and licence subtotal| | |812,000
TB:5|Installation and commissioning|1| |74,000
TB:6|Training|1| |14,000
TB:|Total Contract Price| | |900,000
H:Article 3 Payment
P:3.1 The Buyer shall pay 35% of the Contract Price, CNY 315,000, as an advance payment within ten working days after signature of this Contract.
P:3.2 The Buyer shall pay 45% of the Contract Price, CNY 405,000, within fifteen working days after all equipment has been delivered and installed and the Supplier has submitted the installation record. Delivery and installation do not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 20% of the Contract Price, CNY 180,000, within fifteen working days after Final Acceptance under Article 5.
P:3.4 Each payment requires a valid Chinese VAT invoice issued by the Supplier's agent.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's garden office within 50 days after signature and complete installation and commissioning within 25 days after delivery, in any case before 1 March 2027 so that the system is ready for the spring frost season.
P:4.2 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.03% of the Contract Price for each day of delay. The total liquidated damages for delay shall not exceed 10% of the Contract Price.
P:4.3 The Supplier shall protect the tea bushes during installation, use only the paths indicated by the Buyer, and restore any damaged terraces or plants at its own cost.
H:Article 4A Training, Documentation and Import
P:4A.1 The Supplier shall train up to 6 garden managers and 20 technicians at the Buyer's site in Chinese, covering the use of the software and mobile app, alarm settings, battery and sensor replacement and seasonal checks before the frost period. Training shall be completed before the trial period begins.
P:4A.2 The Supplier shall deliver in Chinese: an as-built layout of all nodes and gateways with GPS coordinates, the user manual, the maintenance manual, the calibration certificates of all sensors and the test records of the trial period.
P:4A.3 The Supplier is responsible for export and import formalities, radio type approval of the gateways and nodes for use in China, customs clearance and all related duties and fees. Equipment shall be packed for transport over rural roads and shall arrive undamaged; the Buyer may refuse damaged items.
P:4A.4 The equipment shall be new and unused, shall operate between -25 °C and +60 °C, and shall be protected to at least IP67, as stated in Annex 1.
H:Article 5 Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 21 days. Final Acceptance requires that: (a) all 120 nodes, 8 gateways and 6 weather stations report data to the software with a packet success rate of at least 98% over the trial period; (b) sensor readings at ten reference points differ from a calibrated reference thermometer by no more than 0.3 °C; (c) a simulated frost event triggers SMS, telephone and WeChat alarms to all designated persons within three minutes; (d) the battery and solar supply keeps every node running through five consecutive cloudy days in the test; and (e) the training has been completed and the documentation delivered.
P:5.2 The Buyer shall carry out the acceptance test with the Supplier and sign an acceptance certificate if the criteria are met. If they are not met, the Supplier shall correct the defects within ten days and the test shall be repeated. Use of the system during the trial period does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and software for 24 months after Final Acceptance. During the warranty period it shall repair or replace any defective item free of charge, including batteries and solar panels, and supply software updates.
P:6.2 During the warranty period a Severity 1 fault (no alarms can be sent, or more than a quarter of the nodes in one garden area offline) shall receive a response within 2 hours, and during the frost season from 1 March to 30 April a technician shall be on site within 8 hours. Other faults shall receive a response within one business day and be repaired within five business days.
P:6.3 For each full hour by which the Supplier exceeds a Severity 1 response or on-site time, the Buyer may deduct CNY 300 from any amount due or claim it from the Supplier.
P:6.4 After the warranty period the Buyer may buy annual maintenance, including the services in Articles 6.1 and 6.2, for 8% of the Hardware and licence subtotal, that is CNY 64,960 per year. This fee is fixed for the first three maintenance years. Maintenance is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Data
P:7.1 All measurement data, alarm records, maps and user information in the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, sell or disclose them.
P:7.2 The alarm software shall run on a cloud server rented by the Buyer in mainland China. The Supplier shall apply access control, encrypted transmission and daily backup, shall report any data leak or loss to the Buyer within 12 hours, and shall compensate the Buyer for losses caused by a security incident attributable to it.
H:Article 8 Confidentiality
P:8.1 Each party shall keep confidential the commercial and technical information of the other party received under this Contract, including garden maps and production data, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Contract ends.
H:Article 9 Intellectual Property
P:9.1 The FrostGuard software remains the Supplier's property and is licensed to the Buyer perpetually.
P:9.2 The alarm rules, thresholds, maps and reports configured for the Buyer belong to the Buyer, which may use and modify them freely and give them to any other service provider.
H:Article 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Article 7.
H:Article 11 Subcontracting
P:11.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after being notified, or if the maximum delay damages are reached. The Supplier shall then refund the amounts received for undelivered or non-conforming items.
H:Article 13 Governing Law and Disputes
P:12.2 Neither party is liable for delay caused by force majeure such as typhoon, earthquake or epidemic control measures, provided it notifies the other party within three days and provides evidence. If force majeure lasts longer than 60 days, either party may terminate the Contract and the amounts paid shall be settled according to the work done.
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Rizhao Arbitration Commission for arbitration in Rizhao.
H:Article 14 Miscellaneous
P:14.1 This Contract is made in Chinese and English, both equally valid, and enters into force on signature by both parties. Annex 1 (Equipment List and Layout) and Annex 2 (Installation Plan) form part of it.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""
SRC["h259e03"] = H259E03
FILES["h259e03"] = ("h259e03_rizhao_tea_garden_frost_alarm_sensors.docx", "docx")

H259E04 = """T:MANAGED ENDPOINT SECURITY SERVICES AGREEMENT
P:Agreement reference: MES-CZ-2026-12A
P:Between: Changzhou Wujin Precision Motor Co., Ltd., No. 18 Huayang Road, Wujin District, Changzhou, Jiangsu Province, People's Republic of China ("Customer"); and Endpunkt Schutz GmbH, registered office on the Baumwerder, Berlin, Germany ("Provider").
P:Recitals: Customer manufactures industrial motors in two plants and runs about 1,850 office and shop-floor endpoints. Customer wants a managed detection and response service for these endpoints. Provider operates such a service from a security operations centre in Suzhou through its Chinese team. Prices are stated and payable in Chinese Yuan (CNY), as requested by Customer.
H:Section 1 Definitions
P:1.1 "Endpoints" means the Windows and Linux desktops, laptops, servers and shop-floor industrial PCs listed in Schedule A, as updated under Section 2.4.
P:1.2 "Services" means the onboarding, agent management, 24x7 monitoring, threat detection, incident response and reporting services described in Schedule B.
P:1.3 "Service Acceptance" means Customer's written confirmation under Section 4.3 that onboarding is complete.
P:1.4 "Customer Data" means all data on or about the Endpoints, including telemetry, logs, file samples, user names and alerts, collected or processed by Provider in providing the Services.
H:Section 2 Services and Term
P:2.1 Provider shall deploy its endpoint detection agent on all Endpoints, tune detection policies for Customer's office and production environments, monitor alerts 24 hours a day, contain confirmed threats on Customer's behalf within the authority matrix in Schedule B, and provide monthly reports and a quarterly threat review.
P:2.2 For shop-floor industrial PCs, Provider shall use a monitoring-only policy unless Customer's production manager approves containment in writing, so that no line is stopped by an automated action.
P:2.3 The Term is 24 months from Service Acceptance. The Agreement ends when the Term expires unless the parties sign a written extension; there is no automatic renewal.
P:2.4 Customer may add or remove up to 10% of the Endpoints at any time; the monthly charge is adjusted at CNY 25 per Endpoint per month.
H:Section 3 Charges and Payment
P:3.1 Charges:
TB:Charge|Basis|Amount (CNY)
TB:Monthly managed service charge|1,850 Endpoints x CNY 25 = CNY 46,250 per month x 24 months|1,110,000
TB:Onboarding (one-time)|fixed|58,000
TB:Total Contract Value| |1,168,000
P:3.2 The onboarding charge is invoiced after Service Acceptance. The monthly charges are invoiced quarterly in arrears. Customer pays each correct invoice within 30 days. Customer makes no payment in advance.
P:3.3 The charges include all licences for the agent software, the use of Provider's platform, the security operations centre, travel to Customer's plants and all taxes.
H:Section 4 Onboarding and Service Acceptance
P:4.1 Provider shall complete onboarding within 45 days after signature, including agent deployment, policy tuning, integration with Customer's Active Directory and firewall logs, the authority matrix, the escalation list and a two-week observation period.
P:4.2 If onboarding is not complete by that date for reasons attributable to Provider, Provider shall pay CNY 800 for each day of delay, which Customer may deduct from any invoice.
P:4.3 Service Acceptance requires that: (a) the agent is installed and reporting on at least 98% of the Endpoints, and the others are listed with a reason; (b) ten simulated attack scenarios agreed in Schedule B are detected and escalated within the target times; (c) no production line was disturbed by the agent during the observation period; and (d) the runbooks and escalation list are approved by Customer's IT security manager. Customer shall confirm Service Acceptance in writing or list the failed items within five working days. Deployment of agents alone is not Service Acceptance.
H:Section 5 Service Levels and Credits
P:5.1 Incident priorities: Critical means active ransomware, confirmed lateral movement or data exfiltration; High means a confirmed compromise of a single Endpoint; Medium and Low cover suspicious activity and policy issues.
P:5.2 Provider shall acknowledge and begin investigating a Critical incident within 15 minutes and notify Customer's on-call contact by telephone within 30 minutes; High incidents within 1 hour; Medium within 8 hours; Low within two business days.
P:5.3 The management console available to Customer shall have a monthly availability of at least 99.95%.
P:5.4 If Provider misses a Critical or High target, Customer receives a service credit of 5% of the monthly charge for each missed incident, and if console availability falls below the target, a credit of 3% of the monthly charge. Credits in a month may reach 25% of that month's charge and are deducted from the next invoice.
P:5.5 Provider shall report all service-level results monthly, with the supporting ticket data. Customer may audit the ticket records once a year on reasonable notice, and Provider shall correct any credit that the audit shows was not applied.
H:Section 5A Reporting, Governance and Customer Responsibilities
P:5A.1 Provider shall deliver a monthly report by the fifth business day of each month, covering agent coverage, alerts and incidents by priority, containment actions taken, service-level results, open recommendations and Endpoints that have not reported for more than seven days.
P:5A.2 Each quarter Provider's service manager and security analyst shall hold a threat review with Customer's IT security manager, covering new threats relevant to motor manufacturers, the results of detection tuning and a plan for the next quarter. Minutes are agreed in writing.
P:5A.3 Customer shall keep the Endpoint list current, give Provider's agent the network access described in Schedule B, name an on-call contact who can be reached at any time, and approve or reject containment requests for shop-floor machines without undue delay.
P:5A.4 Provider shall not change the agent version on shop-floor industrial PCs without first testing it on the pilot machines named by Customer and obtaining the production manager's written approval, and shall schedule such changes during planned maintenance windows of the production lines.
P:5A.5 Provider shall keep a named service manager for the whole Term and give Customer at least 30 days' notice of any change in that role.
H:Section 6 Customer Data and Security
P:6.1 Customer Data belongs to Customer. Provider shall process it only to provide the Services and in accordance with Customer's documented instructions, and shall not use it for any other purpose, including the development of products or the training of detection models for other clients.
P:6.2 Customer Data shall be stored and processed only in mainland China, in Provider's Suzhou platform, which holds an MLPS level-3 record and ISO 27001 certification. Provider's staff outside China have no access to Customer Data.
P:6.3 Provider shall apply encryption in transit and at rest, multi-factor authentication and role-based access, keep access logs for one hundred and eighty days, and have its personnel sign written security undertakings.
P:6.4 Provider shall notify Customer within 2 hours after becoming aware of any security incident affecting Customer Data or caused by the agent, cooperate in the investigation and any regulatory report, and be liable for losses caused by an incident attributable to Provider.
P:6.5 At the end of the Term Provider shall return Customer Data in a usable format, remove the agents with Customer's help, delete all remaining copies within 30 days and confirm the deletion in writing.
H:Section 7 Confidentiality
P:7.1 Each party shall keep confidential all non-public information of the other party, including Customer's network design, vulnerabilities, incident details and production information, use it only for this Agreement and disclose it only to staff who need it. The obligation survives the end of the Agreement for three years.
H:Section 8 Intellectual Property
P:8.1 Provider keeps all rights in its agent software, platform and general detection content.
P:8.2 The custom detection rules, runbooks, reports and the authority matrix prepared for Customer belong to Customer, which may use, modify and hand them to any successor provider.
H:Section 9 Subcontracting
P:9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains fully responsible for any approved subcontractor.
H:Section 10 Liability
P:10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of Section 6 or Section 7, wilful misconduct or gross negligence.
P:10.2 Neither party is liable for lost profits or indirect losses, except for breach of Section 6 or Section 7.
H:Section 11 Termination
P:11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:11.2 Customer may also terminate if service credits reach the monthly maximum in three consecutive months.
P:11.3 On termination, Provider shall provide reasonable exit assistance for up to 60 days, at the current monthly charge pro rata, so that Customer can move to another provider without losing protection.
H:Section 12 Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 All disputes shall be finally resolved by arbitration under the Arbitration Rules of the German Arbitration Institute (DIS). The seat of arbitration is Berlin, Germany, and the language is English.
H:Section 13 General
P:13.1 Neither party may assign this Agreement without the other's written consent. Amendments require a written document signed by both parties. This Agreement, with Schedule A (Endpoints) and Schedule B (Service Description and Authority Matrix), is the entire agreement.
P:Signed for Customer: ____________________  Name / Title / Date
P:Signed for Provider: ____________________  Name / Title / Date
"""
SRC["h259e04"] = H259E04
FILES["h259e04"] = ("h259e04_changzhou_motor_managed_endpoint_security.pdf", "pdf")

H259E05 = """T:API SUBSCRIPTION AGREEMENT - CUSTOMS DECLARATION GATEWAY
P:Agreement No. DC-NN-2026-0063
P:THIS AGREEMENT is entered into by:
P:(1) Nanning Xijiang International Logistics Park Operation Co., Ltd., Liangqing District, Nanning, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Subscriber"); and
P:(2) Douane Connect SAS, a French simplified joint-stock company with its registered office on the Île Rouzic, France, represented in China by its agent in Nanning (the "Vendor").
P:RECITALS
P:A. The Subscriber operates a bonded logistics park serving cross-border e-commerce sellers, freight forwarders and ASEAN trade lanes, and files about 9,000 customs declarations and manifests each month.
P:B. The Vendor operates the Douane Connect gateway, an application programming interface through which declaration data prepared in the Subscriber's warehouse and order systems is validated, mapped and transmitted to the China International Trade Single Window and returned with receipts and status messages.
P:C. The Subscriber wishes to subscribe to the gateway for its park systems. At the Subscriber's request all amounts in this Agreement are in Chinese Yuan (CNY).
H:1. Definitions and Interpretation
P:1.1 "API" means the Douane Connect REST interfaces, message formats and sandbox described in the Technical Specification.
P:1.2 "Integration Services" means the one-time work by the Vendor to connect the Subscriber's warehouse management system, order management system and customs broker module to the API, as set out in Schedule 1.
P:1.3 "Production Start" means the date on which the Subscriber's first live declaration is transmitted through the API after Integration Acceptance.
P:1.4 "Subscriber Data" means all declaration data, manifests, commercial invoices, packing lists, company and consignee details and receipts that pass through or are stored in the API for the Subscriber.
P:1.5 Headings are for convenience only. "Including" means including without limitation.
H:2. Subscription
P:2.1 The Vendor grants the Subscriber a non-exclusive, non-transferable right to use the API for the park's own declarations and those it files as an agent for its tenants during the Subscription Period.
P:2.2 The Subscription Period is 24 months from Production Start. At the end of the Subscription Period this Agreement expires. An extension requires a written agreement; the Vendor's published prices do not apply to an extension unless the Subscriber accepts them in writing.
P:2.3 The subscription covers up to 15,000 API declaration transactions per month. Transactions above that volume are charged at CNY 0.60 each, invoiced with the next monthly invoice.
H:3. Fees and Payment
P:3.1 The fees are:
TB:Fee|Basis|Amount (CNY)
TB:API platform subscription|CNY 18,800 per month x 24 months|451,200
TB:Integration Services|one-time, fixed|36,800
TB:Total|  |488,000
P:3.2 The Integration Services fee is payable within 30 days after Integration Acceptance. Subscription fees are invoiced monthly in arrears and payable within 30 days after receipt of a valid Chinese VAT invoice. The Subscriber pays nothing in advance.
P:3.3 All fees include VAT, hosting, support and updates required by changes in customs message standards.
H:4. Integration and Acceptance
P:4.1 The Vendor shall complete the Integration Services and present them for acceptance within 40 days after signature.
P:4.2 Integration Acceptance requires that: (a) 200 test declarations of each declaration type listed in Schedule 1 pass the sandbox validation without manual correction; (b) 50 live pilot declarations are accepted by the Single Window and their receipts are written back to the warehouse management system within five minutes; (c) the mapping tables for HS codes, units and country codes have been reviewed and approved by the Subscriber's customs affairs manager; and (d) the operating manual and interface documentation are delivered in Chinese.
P:4.3 The Subscriber shall confirm Integration Acceptance in writing, or list the failed criteria, within five working days after the Vendor's request. Use of the API in the pilot does not amount to acceptance.
P:4.4 If Integration Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay CNY 300 for each day of delay, which the Subscriber may set off against any invoice.
H:5. Service Levels
P:5.1 The API shall be available at least 99.95% of the time in each calendar month, measured at the Vendor's gateway, excluding maintenance announced five days in advance and carried out between 00:00 and 04:30 Beijing time outside month-end.
P:5.2 Priority 1 incidents (declarations cannot be transmitted or receipts are not returned) shall receive a response within 1 hour at any time and a workaround within 3 hours. Priority 2 incidents (one declaration type fails, or delays exceed ten minutes) shall receive a response within 2 hours. Priority 3 issues are answered within one business day.
P:5.3 If availability falls below the commitment in clause 5.1, the Subscriber receives a credit of 10% of the monthly subscription fee for that month, and 20% if availability falls below 99.5%. For each Priority 1 incident whose response or workaround time is missed, the Subscriber receives a further credit of 3% of the monthly fee. Credits are deducted from the next invoice.
P:5.4 The Vendor shall keep the API compatible with every change in the Single Window message formats announced by the General Administration of Customs, and shall deliver the change in the sandbox at least ten days before the mandatory date.
H:6. Support
P:6.1 The Vendor provides support in Chinese through a hotline and ticket portal 24 hours a day for Priority 1 incidents and during business hours for other requests. The Vendor names a technical account manager for the Subscriber.
P:6.2 The Vendor provides a monthly service report stating availability, transaction volumes, incidents and credits.
P:6.3 The Vendor shall hold a quarterly review with the Subscriber's customs affairs manager and IT manager to go through rejected declarations, recurring mapping errors, planned changes in customs message standards and the Subscriber's plans for new trade lanes or tenants.
P:6.4 The Subscriber shall keep its own systems and network connections in working order, appoint a technical contact who can be reached at month-end, and give the Vendor at least ten days' notice of any change in its warehouse or order systems that affects the interfaces, so that the Vendor can test the change in the sandbox before it goes live.
H:7. Subscriber Data
P:7.1 Subscriber Data belongs to the Subscriber. The Vendor may use Subscriber Data only to operate the API for the Subscriber and shall not sell it, use it for its own purposes or give it to any third party other than the customs authorities to which the Subscriber directs it.
P:7.2 On expiry of the Subscription Period the Vendor shall export the stored receipts and declaration history to the Subscriber in CSV format.
H:8. Confidentiality
P:8.1 Each party shall treat as confidential the business information received from the other party, including prices, customer and tenant lists, trade volumes and technical documentation, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent, except as required by law or by a competent authority.
P:8.2 This clause survives the end of the Agreement for three years.
H:9. Intellectual Property
P:9.1 The Vendor retains all rights in the API, the gateway software and the standard mapping libraries.
P:9.2 The connectors, mapping tables and scripts developed for the Subscriber under the Integration Services belong to the Subscriber, which may use, modify and license them freely, including to a successor provider. The Vendor shall deliver their source code at Integration Acceptance.
H:10. Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1. The limit does not apply to wilful misconduct, fraud or personal injury.
P:10.2 The Vendor is responsible for customs penalties and demurrage incurred by the Subscriber to the extent they are caused by an error in the Vendor's mapping or transmission.
H:11. Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations, including hosting, without the Subscriber's prior written consent. The Vendor is responsible for any subcontractor so approved.
H:12. Duration and Remedies
P:12.1 This Agreement runs for the full Subscription Period. Neither party may terminate it before the end of the Subscription Period, whether for breach or otherwise, except by a written agreement of both parties.
P:12.2 If the Vendor fails to perform, the Subscriber's remedies are the service credits under clause 5.3, the delay payments under clause 4.4 and a claim for damages under clause 10, and the Subscriber shall continue to pay the fees for the Subscription Period.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning in accordance with its rules then in force. The award is final and binding on both parties.
H:14. General
P:14.1 Notices shall be in writing and delivered to the addresses above or to the e-mail addresses in Schedule 2. Neither party may assign this Agreement without the other's written consent. This Agreement, with Schedule 1 (Integration Scope), Schedule 2 (Contacts) and the Technical Specification, is the whole agreement and may be amended only in writing signed by both parties.
P:For the Subscriber: ____________________  Name / Title / Date
P:For the Vendor: ____________________  Name / Title / Date
"""
SRC["h259e05"] = H259E05
FILES["h259e05"] = ("h259e05_nanning_logistics_park_customs_api_subscription.txt", "txt")

# ---------------------------------------------------------------- labels (planned BEFORE writing the text)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value),
#      fee base for TCO, forum outside mainland, planned rules
PLAN = {
 "h259z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
             (True, True, True, False, 2030000), 1180000, False, []),
 "h259z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 6, 22, False, True, False, "PRC", G],
             (True, True, True, False, 3080000), 2800000, False,
             ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h259z03": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 1600 / 2680000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
             (True, True, None, False, 2680000), None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
 "h259z04": ("services", [99.5, 1, True, "buyer", True, True, False, 0.1, 50, None, True, None, None, None, False, True, False, None, S],
             (True, True, None, False, 800800), None, False, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
 "h259z05": ("software", [None, None, False, "supplier", True, True, True, None, 20, 50, False, False, 6, None, False, True, True, None, G],
             (False, False, False, True, 1420000), 760000, False,
             ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
 "h259e01": ("software", [None, 1, True, "buyer", True, True, True, 900 / 1188000 * 100, 150, 20, True, True, 18, 10, False, True, False, "PRC", G],
             (True, True, True, False, 1188000), 840000, False, []),
 "h259e02": ("cloud", [99.95, 0.5, False, "buyer", True, True, True, 700 / 910000 * 100, 9 / 36 * 100, None, True, None, None, None, False, True, False, "Portugal", S],
             (True, True, None, False, 910000), None, True, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
 "h259e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.03, 200, 35, True, True, 24, 8, False, True, False, "PRC", G],
             (True, True, True, False, 900000), 812000, False, ["CR-LD-LOW", "CR-PREPAYMENT"]),
 "h259e04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 800 / 1168000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S],
             (True, True, None, False, 1168000), None, True, ["CR-GOVERNING-LAW"]),
 "h259e05": ("cloud", [99.95, 1, True, "buyer", False, True, True, 300 / 488000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S],
             (True, True, None, False, 488000), None, False, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# price lines and payment shares (asserted against the contract value)
PRICES = {
 "h259z01": ([1180000, 436000, 158000, 204000, 52000], [406000, 1015000, 507500, 101500]),
 "h259z02": ([1064000, 1520000, 216000, 248000, 32000], [616000, 1540000, 831600, 92400]),
 "h259z03": ([40 * 2600 * 24, 184000], None),
 "h259z04": ([186 * 1800, 216000, 58000, 2 * 96000], [4 * 200200]),
 "h259z05": ([760000, 540000, 120000], [710000, 710000]),
 "h259e01": ([60 * 9800, 2 * 126000, 214000, 96000, 38000], [237600, 653400, 297000]),
 "h259e02": ([23500 * 36, 64000], None),
 "h259e03": ([120 * 3600, 8 * 14500, 6 * 28000, 96000, 74000, 14000], [315000, 405000, 180000]),
 "h259e04": ([46250 * 24, 58000], None),
 "h259e05": ([18800 * 24, 36800], None),
}
SUBTOTALS = {"h259z02": [1064000, 1520000, 216000], "h259e01": [588000, 252000], "h259e03": [432000, 116000, 168000, 96000]}

# strings that carry each labelled figure (checked in the read-back text)
FIGURES = {
 "h259z01": ["99.95%", "30分钟", "万分之八", "20%", "三十六个月", "9%", "106,200", "2,030,000", "适用中华人民共和国法律"],
 "h259z02": ["1小时", "千分之一", "20%", "六个月", "22%", "616,000", "2,800,000", "3,080,000", "适用中华人民共和国法律"],
 "h259z03": ["99.95%", "30分钟", "1,600元", "150%", "8%", "脱敏", "2,680,000", "适用中华人民共和国法律"],
 "h259z04": ["99.5%", "1小时", "千分之一", "50%", "800,800", "甲方所在地人民法院"],
 "h259z05": ["50%", "即视为甲方验收合格", "知识产权均归乙方所有", "六个月", "当年公布的价格标准", "20%", "无需另行征得甲方同意", "1,420,000"],
 "h259e01": ["1 hour", "CNY 900", "150%", "20%", "18 months", "10%", "84,000", "1,188,000", "laws of the People's Republic of China"],
 "h259e02": ["99.95%", "30 minutes", "CNY 700", "9 months", "36 months", "910,000", "laws of Portugal", "seated in Lisbon"],
 "h259e03": ["2 hours", "0.03%", "200%", "35%", "24 months", "8%", "64,960", "812,000", "900,000"],
 "h259e04": ["15 minutes", "99.95%", "CNY 800", "150%", "1,168,000", "seat of arbitration is Berlin"],
 "h259e05": ["99.95%", "1 hour", "CNY 300", "150%", "488,000", "Neither party may terminate"],
}


def tco_share(key):
    cat, t, x, base, _, _ = PLAN[key]
    terms = dict(zip(KEYS, t))
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or not x[2]:
        return None
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = years * terms["post_warranty_fee_pct"] / 100 * base
    return fees / (x[4] + fees) * 100


def rules(key):
    """policy.md §3 re-applied to the label (my reading, written down in NOTES.md)."""
    cat, t, x, base, forum_out, _ = PLAN[key]
    d = dict(zip(KEYS, t))
    sla, ld_stated, capped, deemed, value = x
    goods = d["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if d["availability_pct"] is not None and d["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if d["p1_response_hours"] is None or d["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not d["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if d["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not d["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if d["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not d["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif d["ld_rate_per_day_pct"] is not None and d["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if d["liability_cap_pct"] is not None and d["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if d["prepayment_pct"] is not None and d["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not d["acceptance_clause"] or d["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if d["warranty_months"] is None or d["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if d["post_warranty_fee_pct"] is None or not capped or d["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if d["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not d["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if d["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if d["governing_law"] not in (None, "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    if any(x in HIGH for x in rs):
        return "high"
    if any(x not in LOW for x in rs):
        return "medium"
    return "low"


def label(key):
    cat, t, x, base, _, planned = PLAN[key]
    name = FILES[key][0]
    extra = {"sla_clause": x[0], "ld_stated": x[1]}
    if t[-1] == G:
        extra["post_warranty_fee_capped"] = x[2]
    extra["acceptance_deemed_on_delivery"] = x[3]
    extra["contract_value"] = x[4]
    return {"file": name, "language": "zh" if key[4] == "z" else "en", "category": cat,
            "expected_terms": dict(zip(KEYS, t)), "expected_extra": extra, "expected_rules": rules(key)}


def render(src, kind):
    out, prev = [], None
    for tag, text in [(l.partition(":")[0], l.partition(":")[2]) for l in src.splitlines() if l.strip()]:
        if kind == "md":
            if tag == "T":
                out.append("# " + text)
            elif tag == "H":
                out.append("## " + text)
            elif tag == "TB":
                cells = text.split("|")
                row = "| " + " | ".join(cells) + " |"
                if prev != "TB":
                    out.append(row + "\n|" + "---|" * len(cells))
                else:
                    out[-1] += "\n" + row
            else:
                out.append(text)
        else:
            if tag == "TB":
                row = " | ".join(text.split("|"))
                if prev == "TB":
                    out[-1] += "\n" + row
                else:
                    out.append(row)
            else:
                out.append(text)
        prev = tag
    return "\n\n".join(out) + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


N = r"(?<![\d.,])"
THRESHOLDS = {
    "availability 99.9": [N + r"99\.9(?![\d])", r"九十九点九(?![\d一二三四五六七八九])"],
    "P1 response 4 h": [N + r"4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)", r"(?<![十二])四\s*(?:个)?小时", r"\bfour[\s-]*(?:\(4\)\s*)?hours?\b"],
    "LD 0.05 %/day": [N + r"0\.05\s*(?:%|per\s*cent)", r"万分之五(?![十])", r"百分之零点零五"],
    "cap 100 %": [N + r"100\s*(?:%|per\s*cent)", r"百分之(?:一)?百(?![分零一二三四五六七八九])", r"\bone hundred per\s*cent"],
    "prepayment 30 %": [N + r"30\s*(?:%|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"\bthirty per\s*cent"],
    "warranty 12 months": [N + r"12\s*(?:个)?\s*月", r"十二个月", N + r"12[\s-]*months?\b", r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b",
                           r"(?<![每第])一年(?![级])", r"\b(?:one|1)[\s-]*years?\b"],
    "post-warranty fee 15 %": [N + r"15\s*(?:%|per\s*cent)", r"百分之十五(?![一二三四五六七八九])", r"\bfifteen per\s*cent"],
    "TCO share 40 %": [N + r"40\s*(?:%|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"\bforty per\s*cent"],
    "TCO horizon 5 years": [N + r"5\s*年(?![\d月])", r"(?<![十])五年", N + r"5[\s-]*years?\b", r"\bfive[\s-]*years?\b"],
}
SELFTEST = {
    "availability 99.9": (["99.9%", "可用率99.9 %"], ["99.95%", "99.5%", "199.9"]),
    "P1 response 4 h": (["4小时内", "4 hours", "四小时", "four hours", "4-hour"], ["24小时", "24 hours", "14 hours", "0.4 hours"]),
    "LD 0.05 %/day": (["0.05%", "万分之五", "0.05 per cent"], ["0.055%", "万分之五十", "10.05%"]),
    "cap 100 %": (["100%", "百分之百", "100 per cent"], ["1,100%", "200%"]),
    "prepayment 30 %": (["30%", "百分之三十", "30 per cent", "thirty per cent"], ["130%", "3.30%", "百分之三十五"]),
    "warranty 12 months": (["12个月", "十二个月", "12 months", "twelve months", "12-month", "一年", "one year", "1 year"],
                           ["112 months", "每一年", "2 years", "十二月份"]),
    "post-warranty fee 15 %": (["15%", "百分之十五", "fifteen per cent"], ["115%", "1.5%", "百分之十五点"[:0] + "5%"]),
    "TCO share 40 %": (["40%", "百分之四十", "forty per cent"], ["140%", "0.40%"]),
    "TCO horizon 5 years": (["5年", "五年", "5 years", "five years", "5-year"], ["15年", "2025年", "十五年", "2025 years"[:0] + "25 years"]),
}


def scan(text):
    hits = []
    for name, pats in THRESHOLDS.items():
        for p in pats:
            for m in re.finditer(p, text, flags=re.I):
                hits.append((name, m.group(0), text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")))
    return hits


def selftest():
    for name, (pos, neg) in SELFTEST.items():
        pats = THRESHOLDS[name]
        for s in pos:
            assert any(re.search(p, s, flags=re.I) for p in pats), (name, "should match", s)
        for s in neg:
            assert not any(re.search(p, s, flags=re.I) for p in pats), (name, "should not match", s)


def length(text, zh):
    if zh:
        return len(re.sub(r"\s", "", text))
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


if __name__ == "__main__":
    selftest()
    # price and payment arithmetic
    for key, (lines, pays) in PRICES.items():
        value = PLAN[key][2][4]
        assert sum(lines) == value, (key, sum(lines), value)
        if pays:
            assert sum(pays) == value, (key, sum(pays), value)
    for key, parts in SUBTOTALS.items():
        assert sum(parts) == PLAN[key][3], key
    assert PLAN["h259z05"][3] == 760000
    # computed figures off every threshold
    for key in PLAN:
        d = dict(zip(KEYS, PLAN[key][1]))
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12), ("post_warranty_fee_pct", 15)]:
            assert d[k] is None or abs(d[k] - thr) > 1e-9, (key, k)
        s = tco_share(key)
        assert s is None or abs(s - 40) > 1e-9, key
        assert rules(key) == sorted(PLAN[key][5]), (key, rules(key), PLAN[key][5])
    # write md / txt, then docx / pdf
    for key, (name, kind) in FILES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(render(SRC[key], kind), encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write({k: SRC[k] for k in FILES if FILES[k][1] in ("docx", "pdf")},
          {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    # labels
    for key, (name, kind) in FILES.items():
        lab = label(key)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    # read back: lengths, figures, thresholds
    bad = []
    for key, (name, kind) in FILES.items():
        text = read_back(OUT / name)
        zh = key[4] == "z"
        n = length(text, zh)
        lo, hi = (2800, 3300) if zh else (1500, 1700)
        flat = re.sub(r"\s+", "", text) if zh else re.sub(r"\s+", " ", text)
        missing = [f for f in FIGURES[key] if (re.sub(r"\s+", "", f) if zh else f) not in flat]
        hits = scan(text)
        rs = rules(key)
        print("%-8s %-5s %5d %s  rules=%s risk=%s tco=%s" % (key, kind, n, "zh chars" if zh else "en words", rs, risk(rs),
                                                          None if tco_share(key) is None else round(tco_share(key), 2)))
        if not lo <= n <= hi:
            bad.append((key, "length", n))
        if missing:
            bad.append((key, "missing figures", missing))
        if hits:
            bad.append((key, "threshold", hits))
    assert not bad, bad
    print("all checks passed")
