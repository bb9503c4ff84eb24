"""holdout325: writes the ten draft contracts of this folder, their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01  水利局 小型水库安全运行监测平台 (政府采购 公开招标, buyer's paper)  -> .pdf, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
Z01 = """
T:青溪县小型水库安全运行监测平台建设项目采购合同
P:合同编号：QXSL-ZC-2026-017　　采购方式：公开招标　　项目编号：QXCG2026-0412
P:甲方（采购人）：青溪县水利局　　地址：青溪县城关镇滨河路18号
P:乙方（供应商）：湖州汇澜水务科技有限公司　　地址：湖州市吴兴区织里北路206号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青溪县境内二十七座小型水库安全运行监测平台的供货、安装、开发、培训及质保服务订立本合同，共同遵守。招标文件、投标文件、中标通知书均为本合同组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方二十七座小型水库建设雨水情、大坝渗压及表面位移、视频监视等前端监测站点，并部署县级监测平台，实现数据自动采集、超阈值预警、调度值班和移动巡查。
P:1.2 平台部署在甲方政务云资源上，前端设备通过物联网专网及北斗短报文双通道传输数据。
P:1.3 乙方按甲方要求定制开发水库预警模型配置模块和汛期调度报表，并与省级水库运行管理平台完成对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾万元整（¥1,900,000.00），含设备、软件、运输、安装、开发、培训、税费及质保期内全部服务费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|雨量水位一体化监测站|36套|18,500|666,000
TB:2|渗压及表面位移监测单元|24套|14,000|336,000
TB:3|视频监视点（含太阳能供电）|36套|6,500|234,000
TB:4|监测平台软件许可（含移动端）|1套|250,000|250,000
TB:|设备及软件小计|||1,486,000
TB:5|安装调试及通信接入|1项|212,000|212,000
TB:6|平台定制开发（预警模型、调度报表、省级对接）|1项|178,000|178,000
TB:7|培训|1项|24,000|24,000
TB:|合计|||1,900,000
P:2.2 合同总价为固定价格，合同履行期间不因市场价格变动而调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15日内，甲方支付合同总价的20%作为预付款，即¥380,000。
P:3.2 全部设备到货、安装完毕并经甲方签收后15日内，甲方支付合同总价的45%，即¥855,000。到货签收及安装确认不视为验收。
P:3.3 项目最终验收合格后15日内，甲方支付合同总价的35%，即¥665,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票，甲方通过国库集中支付方式付款。
H:第四条 交付期限
P:4.1 乙方应在合同生效后75日内完成全部站点安装调试，在合同生效后100日内具备最终验收条件。
P:4.2 因甲方原因或汛期停工指令导致工期延误的，工期相应顺延，双方以书面形式确认。
H:第五条 验收
P:5.1 项目最终验收由甲方组织，邀请水利专家及财政、监理人员参加，按招标文件技术要求及下列标准进行：（1）全部站点数据到报率不低于98%，数据从采集至平台入库不超过5分钟；（2）超阈值预警信息在1分钟内推送至值班人员及责任人手机；（3）与省级平台的数据交换连续运行10日无差错；（4）平台连续试运行30日无一级故障；（5）第三方网络安全等级保护测评通过。
P:5.2 验收合格的，双方签署最终验收报告；不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。
P:5.3 设备上线运行、甲方使用平台或支付款项，均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供设备维修更换、软件缺陷修复及升级服务。
P:6.2 质保期内发生故障的，乙方按以下时限响应：一级故障（平台中断、一座以上水库数据中断或预警失效）30分钟内响应，6小时内到达现场，24小时内恢复；二级故障2小时内响应，次日修复；三级故障在下一工作日处理。
P:6.3 平台年度可用率不低于99.95%。乙方每迟延响应或迟延恢复一小时，甲方按¥1,000扣减质保金或从应付款中扣除；可用率每低于承诺值0.01个百分点，扣减¥2,000。
P:6.4 质保期满后，甲方如需续签运维，年度运维费不超过设备及软件小计的8%，即每年不超过¥118,880，该价格在质保期满后连续三年内不得上调。运维合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的预警模型配置模块、调度报表、对接程序及其源代码、技术文档的知识产权归甲方所有，乙方应在终验时一并移交源代码。
P:7.2 平台软件产品的著作权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可在本县水利系统内自由使用。
P:7.3 乙方保证所交付的设备和软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 监测数据、视频图像、水库基础信息及用户信息均属于甲方，乙方仅可为履行本合同使用，不得用于其他目的或向任何第三方提供。
P:8.2 乙方应落实等级保护第三级要求，采取访问控制、加密传输、日志审计等措施；运维须经甲方审批并通过堡垒机操作，不得将数据拷贝出甲方政务云环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的水库安全信息、工程图纸、调度方案及甲方工作秘密负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条 分包
P:10.1 本项目不得分包或转包。乙方擅自分包、转包的，甲方有权解除合同。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为，经甲方书面催告后10日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：青溪县水利局　　法定代表人或授权代表：__________　　日期：2026年  月  日
P:乙方（盖章）：湖州汇澜水务科技有限公司　　法定代表人或授权代表：__________　　日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  饮料厂 无菌灌装线控制系统改造, post-warranty 维保  -> .docx with a Word price table, 一、/（一）
# ---------------------------------------------------------------------------------------------------------------
Z02 = """
T:无菌灌装线控制系统改造项目合同
P:合同编号：QLYL-SB-2026-0093
P:甲方：清澜饮品（漳浦）有限公司
P:乙方：苏州恒控自动化工程有限公司
P:鉴于甲方二号无菌冷灌装线原控制系统已停产、备件短缺，甲方经比选确定由乙方承担该线控制系统改造。双方本着平等自愿原则，经友好协商，订立本合同。
H:一、项目范围
P:（一）乙方负责二号线无菌冷灌装线（吹瓶、灭菌、冲洗、灌装、旋盖段）控制系统的设计、供货、程序编制、安装、停线切换、调试及培训，使改造后生产线达到合同附件技术协议规定的产能和无菌保障要求。
P:（二）改造完成后，乙方按本合同约定提供质保服务；质保期满后，甲方可与乙方签订维保合同，由乙方提供年度维保服务。
P:（三）停线切换须在甲方安排的检修窗口内完成，切换停线时间不得超过10日。
P:（四）乙方应指派具有饮料行业无菌灌装线改造经验的项目经理一名，常驻甲方现场直至最终验收，未经甲方书面同意不得更换。项目经理每周向甲方提交进度报告，列明已完成工作、下周计划、存在的风险及需甲方配合的事项。
P:（五）甲方负责提供现场施工所需的水、电、压缩空气及临时办公场所，提供原控制系统的图纸、程序备份和工艺参数，并指定设备部负责人作为甲方联系人。
H:二、合同价格
P:（一）本合同总价为人民币叁佰万元整（¥3,000,000），含税，为固定总价。价格明细如下表：
TB:序号|名称|数量|金额（元）
TB:1|安全型PLC及远程I/O站|2套|936,000
TB:2|伺服驱动及灌装阀控制模块|1批|624,000
TB:3|HMI操作站|6台|228,000
TB:4|SCADA及批次管理软件许可|1套|512,000
TB:5|在线检测及无菌监控仪表|1批|340,000
TB:|控制系统软硬件小计||2,640,000
TB:6|控制程序编制及配方调试|1项|252,000
TB:7|安装及停线切换|1项|68,000
TB:8|操作及维护培训|1项|40,000
TB:|合同总价||3,000,000
P:（二）上述价格包括设备、软件许可、运输、保险、安装、调试、培训、技术资料及质保期内的全部服务。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%，即¥300,000，作为预付款。
P:（二）设备全部到货、安装完成并经甲方签收后，甲方支付合同总价的55%，即¥1,650,000。到货签收和安装完成不构成验收。
P:（三）最终验收合格后15个工作日内，甲方支付合同总价的35%，即¥1,050,000。
P:（四）乙方应在每期付款前开具等额增值税专用发票。
H:四、交付与工期
P:（一）乙方应在合同签订后90日内完成全部设备到货，并在甲方指定的检修窗口内完成停线切换。
P:（二）切换后生产线试运行期为21日，试运行期满具备最终验收条件。
P:（三）乙方应在停线切换前15日提交切换方案，内容包括切换步骤、人员分工、回退措施及应急预案，经甲方批准后实施。切换期间如出现无法按期恢复生产的情况，乙方应立即启动回退措施，恢复原控制系统运行，由此产生的费用由乙方承担。
P:（四）设备到货时，双方共同开箱检验，核对型号、数量、外观及随机资料，并签署到货签收单。发现损坏或短缺的，乙方应在7日内补齐或更换。
H:五、验收
P:（一）最终验收按技术协议进行，验收标准至少包括：1. 生产线额定产能达到每小时36,000瓶（500毫升规格）；2. 连续三批次无菌验证合格；3. 批次记录、报警记录可追溯，审计追踪完整；4. 试运行期间无因控制系统导致的停线；5. 全部技术资料、程序备份移交完毕。
P:（二）验收合格的，双方签署最终验收证书。验收不合格的，乙方应在10日内整改并重新组织验收。
P:（三）生产线投入试生产或甲方开始使用，均不视为验收合格。
P:（四）乙方应在最终验收前移交下列技术资料：电气原理图、网络拓扑图、I/O清单、PLC及HMI程序源文件、配方参数表、操作手册、维护手册及备件清单，纸质版和电子版各两套。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障设备和修复程序缺陷。
P:（二）质保期内故障响应：一级故障（灌装线停机或无菌保障失效）30分钟内电话响应，3小时内工程师到场；二级故障2小时内响应，次日到场。
P:（三）乙方每延迟响应或延迟到场一小时，甲方有权扣减¥2,000，从质保金或应付款中扣除。
P:（四）质保期内，乙方每季度对控制系统进行一次预防性巡检并提交巡检报告，并在甲方现场存放常用备件，备件清单由甲方确认。
H:七、质保期满后的维保
P:（一）质保期满后，乙方提供全包年度维保服务，包括定期巡检、备件更换、程序维护和7×24小时应急支持。
P:（二）年度维保费为控制系统软硬件小计的28%，即每年¥739,200，在质保期满后连续三年内固定不变。
P:（三）维保合同按年签订，不自动续期。
H:八、知识产权
P:（一）乙方为本项目编制的PLC程序、HMI画面、配方管理程序、接口程序及其源程序和文档，知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:（二）SCADA及批次管理软件产品著作权归原厂所有，甲方获得永久使用许可。
H:九、数据安全与保密
P:（一）生产数据、配方、批次记录及质量数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
P:（二）乙方远程维护须经甲方书面审批，通过甲方提供的专用通道并全程记录；乙方应采取病毒防护、账号权限管理等安全措施，防止工控网络被入侵。因乙方原因造成数据泄露、篡改或生产中断的，乙方承担全部赔偿责任。
P:（三）双方对在合作中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，合同终止后仍应保密。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成停线切换的，每逾期一日，按合同总价的万分之三支付违约金。
P:（二）乙方累计赔偿责任以合同总价的1.5倍为限，但乙方故意或重大过失、侵犯知识产权及违反第九条的除外。
P:（三）甲方逾期付款的，每日按逾期金额的万分之二支付违约金。
H:十一、分包
P:乙方不得转包本项目。电气安装部分如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:（二）一方因不可抗力无法履行合同的，应及时通知对方并提供证明，并根据不可抗力的影响部分或全部免除责任。
P:（三）合同解除后，乙方应在10日内移交已完成部分的程序、资料，并配合甲方恢复生产线正常运行。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交厦门仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:十四、其他
P:（一）本合同附件包括技术协议、设备清单、切换方案，与本合同具有同等效力。
P:（二）双方的通知应以书面形式送达本合同首部所列联系人；一方变更联系人或地址的，应提前7日书面通知对方。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：清澜饮品（漳浦）有限公司　　授权代表：________　　日期：______
P:乙方（盖章）：苏州恒控自动化工程有限公司　　授权代表：________　　日期：______
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  连锁猫咖 (30 家) 预约及会员 SaaS + 实施  -> .txt, 第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
Z03 = """猫屿预约会员系统订阅及实施服务合同

合同编号：MY-SaaS-2026-0318

甲方：杭州猫屿文化餐饮管理有限公司（以下简称“甲方”）
住所：杭州市西湖区文三路478号
乙方：上海喵程信息技术有限公司（以下简称“乙方”）
住所：上海市闵行区虹梅南路1755号

甲方经营“猫屿”连锁猫咖门店，现有门店30家。为统一线上预约、会员储值及猫咪健康档案管理，甲方拟订阅乙方“喵程门店云”SaaS服务，并委托乙方完成实施。双方经协商，订立本合同。

第一条 服务内容
（1）乙方为甲方30家门店开通“喵程门店云”标准版订阅，包括在线预约、时段排座、会员储值与积分、团购核销、猫咪档案、门店报表等模块。
（2）实施服务包括：甲方微信小程序预约页面的定制、原会员系统约4.6万条会员及储值余额的迁移、与甲方收银系统和财务系统的接口开发、门店店长培训及上线保障。
（3）服务以公有云方式提供，部署在中国境内的数据中心。
（4）乙方应指定项目经理负责实施，甲方指定运营部负责人配合，双方每周召开一次实施例会，会议纪要经双方确认后存档。

第二条 服务期限
（1）订阅服务期为三个服务年度，自系统上线验收通过之日起计算。
（2）服务期满前30日，任何一方未书面提出不续订的，本合同自动续展一个服务年度，续展次数不限。
（3）每次续展时，乙方有权根据其产品价格政策调整订阅单价，调整幅度不超过上一服务年度单价的10%，乙方以短信或系统公告方式通知甲方即可。
（4）本合同所称“服务年度”，指自上线验收通过之日或其每个周年日起算的连续期间。

第三条 费用
（1）订阅费：每家门店每服务年度¥8,800，30家门店每服务年度合计¥264,000，三个服务年度合计¥792,000。
（2）实施费：一次性¥118,000，包括小程序定制、数据迁移、接口开发及培训。
（3）本合同总金额为¥910,000。新增门店按同一单价按月折算计费。
（4）订阅费已包含系统版本升级、标准报表、在线培训、数据备份及门店账号开通，乙方不得另行收取其他系统使用费用。

第四条 付款
（1）合同签订后10个工作日内，甲方应一次性支付第一个服务年度订阅费¥264,000及全部实施费¥118,000，合计¥382,000。乙方收到该笔款项后开始实施工作。
（2）第二、第三个服务年度的订阅费，分别在该服务年度开始前15日内支付。
（3）乙方应在收款后开具增值税专用发票。

第五条 上线与验收
（1）乙方应在收到第四条第（1）款款项后45日内完成实施并提交上线验收申请。
（2）上线验收标准：全部门店可正常预约、核销和储值消费；迁移后会员数量及储值余额与原系统逐条核对一致；与收银及财务系统对账连续7日无差异；小程序页面与甲方确认的设计稿一致。
（3）验收合格的，甲方签署上线验收单。系统试用或门店开始使用，不视为验收合格。
（4）乙方逾期完成上线验收的，每逾期一日，向甲方支付¥800违约金。
（5）全面上线前，乙方应选择不少于3家门店进行试点，试点期不少于5日，试点中发现的问题应在全面上线前解决，并经甲方确认。
（6）上线验收时，乙方应向甲方移交门店操作手册、接口文档及数据迁移核对报告。

第六条 服务水平
（1）系统月可用率不低于99.95%，计划内维护须提前48小时通知并安排在凌晨2点至6点之间。
（2）故障分级响应：一级故障（全部或多家门店无法预约、储值或核销）30分钟内响应，3小时内恢复；二级故障2小时内响应，当日解决；三级故障下一工作日处理。
（3）月可用率低于承诺值的，每低于0.1个百分点，乙方按当月订阅费的5%抵扣下期费用；一级故障响应超时的，每次抵扣¥1,000。
（4）乙方提供每日9点至22点的在线客服及电话支持；一级故障全天候受理。
（5）乙方每月向甲方提供服务报告，内容包括可用率、故障记录、处理时长及改进措施。
（6）乙方每季度至少进行一次数据备份恢复演练，并将演练结果纳入服务报告。

第七条 数据
（1）会员信息、消费记录、储值余额、猫咪档案等甲方业务数据归甲方所有。
（2）甲方同意，乙方可将甲方业务数据经去标识化处理后，与其他客户数据合并形成统计数据，用于乙方产品改进、行业分析报告及对外发布的宠物消费趋势研究，该等使用在合同终止后仍可继续。
（3）合同终止后30日内，乙方应向甲方完整导出业务数据，并在甲方确认后删除其系统中的甲方原始数据。
（4）服务期内，甲方可随时通过系统后台自助导出会员及交易数据，乙方不得设置障碍或另行收费。

第八条 数据安全
（1）乙方应按网络安全等级保护第三级要求运营本服务，对会员个人信息加密存储，实行最小权限访问和操作日志留存。
（2）发生数据泄露、毁损或丢失的，乙方应在24小时内通知甲方，采取补救措施并配合甲方向会员及主管部门报告；因乙方原因造成损失的，乙方承担赔偿责任。

第九条 知识产权
（1）“喵程门店云”平台及其标准功能的知识产权归乙方所有。
（2）为甲方定制的小程序页面、接口程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
（3）乙方保证平台及定制成果不侵犯任何第三方的知识产权；发生侵权争议的，由乙方负责处理并赔偿甲方因此遭受的损失。

第十条 保密
双方对因本合同知悉的对方经营信息、价格、技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在本合同终止后继续有效。

第十一条 分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。
经甲方同意使用分包方的，乙方应确保分包方遵守本合同关于数据、数据安全和保密的约定，并对分包方的行为承担连带责任。

第十二条 违约与解除
（1）任何一方违反本合同约定，应承担违约责任，赔偿对方因此遭受的实际损失。
（2）乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除本合同，乙方应退还未使用服务期间的订阅费。
（3）甲方逾期付款超过30日的，乙方有权暂停服务，但应提前7日书面通知。
（4）本合同终止或期满不再续订的，乙方应配合甲方将业务数据迁移至甲方指定系统，配合期不少于30日，不另收取费用。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交杭州仲裁委员会仲裁。
仲裁期间，除争议事项外，双方应继续履行本合同其他条款。

第十四条 其他
（1）本合同附件：附件一 订阅功能清单；附件二 实施计划；附件三 服务等级说明。
（2）双方的通知以书面形式送达本合同首部地址或双方书面指定的电子邮箱，电子邮件发出即视为送达。
（3）因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。
（4）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州猫屿文化餐饮管理有限公司
授权代表：
日期：

乙方（盖章）：上海喵程信息技术有限公司
授权代表：
日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  市司法局 社区矫正管理系统 年度运维 (政府采购 竞争性磋商)  -> .txt, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
Z04 = """江陵市司法局社区矫正管理系统2027年度运维服务合同

采购项目编号：JLSF-CS-2026-09（竞争性磋商）
合同编号：JLSFJ-YW-2027-01

采购人（甲方）：江陵市司法局
供应商（乙方）：荆楚智信软件服务有限公司

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就江陵市社区矫正管理系统2027年度运维服务事项，签订本合同。

1. 服务范围
1.1 运维对象为江陵市社区矫正管理系统，包括市局管理端、九个区县司法局及一百零六个司法所的业务端、矫正对象手机报到终端、电子定位监管模块，以及与公安、法院、检察院的数据交换接口。
1.2 服务内容包括：系统日常监控与巡检、故障处理、应用软件缺陷修复、数据库维护与备份、接口运行保障、安全加固与漏洞修补、用户咨询与培训、重大节日及敏感时期值守保障。
1.3 乙方应安排驻场工程师两名，工作日在甲方指定地点办公；其余时间提供远程及电话值守。
1.4 乙方应建立运维服务台，提供全天候电话受理，并使用甲方认可的工单系统记录每一项服务请求的受理、处理和关闭情况。
1.5 驻场工程师应具备三年以上政务信息系统运维经验并持有相关技术认证；乙方更换驻场人员须提前10日书面报甲方同意，新人员须经甲方政审备案后方可上岗。

2. 服务期限
2.1 服务期自2027年1月1日起至2027年12月31日止，即一个服务年度。
2.2 服务期满本合同终止，不自动续期。甲方如需继续采购，另行依法组织采购。

3. 合同金额与支付
3.1 本合同金额为人民币伍拾捌万陆仟元整（¥586,000），包括人工、差旅、工具、备份介质、税费等全部费用。
3.2 服务费按季度支付，每季度¥146,500。每季度结束后，甲方按第6条对乙方进行考核，考核结果确认后15个工作日内支付该季度服务费（扣除应扣减金额）。
3.3 本合同不设预付款。
3.4 乙方应在每季度结束后5个工作日内提交服务费支付申请及考核自评材料。

4. 服务启动与交接
4.1 乙方应在服务期开始前完成与原运维单位的交接，包括系统账号、文档、配置、备份及遗留问题清单。
4.2 交接完成后，乙方提交运维实施方案及系统现状评估报告，经甲方审核通过视为服务启动验收合格。审核标准：资产清单完整并与实际一致；备份可成功恢复演练一次；遗留问题均有处置计划。
4.3 乙方未能在2027年1月10日前完成服务启动验收的，每逾期一日，按本合同金额的千分之一支付违约金。
4.4 服务期满前30日内，乙方应配合甲方向后续运维单位完成交接，移交全部文档、账号、配置和遗留问题清单，交接期间不另收费。

5. 服务水平
5.1 系统可用率：社区矫正管理系统核心业务（报到、定位监管、文书流转）月可用率不低于99.5%。
5.2 故障响应：一级故障（全市业务中断或定位监管中断）15分钟内响应，2小时内恢复；二级故障（单个区县业务中断或接口中断）30分钟内响应，8小时内恢复；三级故障（个别功能异常）2小时内响应，3个工作日内解决。
5.3 乙方每月提交运维月报，每季度提交巡检报告，重大节日前完成专项检查。
5.4 重大活动及敏感时期，乙方应按甲方通知安排专人现场值守，值守期间每日向甲方报告系统运行情况。
5.5 乙方逾期提交月报、巡检报告或逾期完成甲方通知的整改事项的，每逾期一日，按本合同金额的千分之一支付违约金。

6. 考核与扣减
6.1 甲方每季度按考核细则对乙方服务进行考核，考核内容包括可用率、故障响应、文档提交及用户满意度。
6.2 月可用率低于承诺值的，每低于0.1个百分点，扣减当季服务费的2%；一级故障每超时响应一次扣减¥3,000，每超时恢复一小时扣减¥1,000。
6.3 考核结果分为优秀、合格、不合格三档。季度考核不合格的，乙方应在10日内提交整改报告，甲方将考核结果作为对乙方履约评价的依据。

7. 数据安全
7.1 系统内的矫正对象个人信息、定位轨迹、执法文书等数据属于甲方，乙方仅为履行运维职责接触，不得用于其他任何目的。
7.2 乙方运维人员须经甲方政审备案，签署安全承诺书；所有运维操作须通过甲方堡垒机进行并留存日志，禁止将任何数据导出、拷贝至甲方网络以外。
7.3 乙方应落实等级保护第三级要求，及时修补漏洞；发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成安全事件的，乙方承担全部赔偿责任和相应法律责任。
7.4 服务期满或合同终止时，乙方应交还全部运维账号，删除因工作需要临时存放的资料，并出具书面承诺。

8. 保密
8.1 乙方对在服务中知悉的国家秘密、工作秘密、矫正对象个人隐私及甲方内部信息负有保密义务，不得以任何形式泄露。
8.2 保密义务不因本合同终止而解除。
8.3 乙方应组织驻场及远程运维人员每半年参加一次保密教育，并将培训记录报甲方备案。

9. 知识产权
9.1 乙方在服务中形成的运维文档、脚本、配置基线、缺陷修复程序及其源代码，知识产权归甲方所有。
9.2 乙方使用的运维工具和监控软件，应经甲方安全检测同意后方可接入甲方网络，服务期满后由乙方负责卸载。

10. 分包
10.1 本项目不得分包、转包。
10.2 乙方违反前款约定的，甲方有权拒付相应部分的服务费，并要求乙方赔偿由此造成的损失。

11. 合同的履行与解除
11.1 合同签订后，双方均应全面履行，任何一方不得单方解除本合同。
11.2 乙方未达到服务水平或存在其他违约行为的，甲方按第6条扣减服务费并有权要求乙方限期整改、更换驻场人员，乙方应继续履行合同直至服务期满。
11.3 因不可抗力致使本合同无法履行的，双方协商处理。

12. 违约责任
12.1 乙方违反第7条、第8条约定的，除承担赔偿责任外，甲方有权将其不良行为记录报送政府采购监督管理部门。
12.2 甲方无正当理由逾期支付服务费的，每日按逾期金额的万分之二支付违约金。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同引起的争议，双方协商解决；协商不成的，依法向江陵市人民法院提起诉讼。
13.3 争议处理期间，乙方应继续提供服务，不得以争议为由中断运维。

14. 其他
14.1 磋商文件、响应文件、成交通知书及考核细则为本合同附件。
14.2 双方往来通知以书面形式送达本合同所列地址；紧急事项可先以电话告知，事后补发书面通知。
14.3 因不可抗力不能履行合同的，根据不可抗力的影响，部分或者全部免除责任，但应及时通知对方并提供证明。
14.4 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。

甲方（盖章）：江陵市司法局
代表签字：            日期：
乙方（盖章）：荆楚智信软件服务有限公司
代表签字：            日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  桃酥厂 追溯系统 licence + custom development, the supplier's own template  -> .md, "## 第X条" + 1.1
# ---------------------------------------------------------------------------------------------------------------
Z05 = """# 溯源云质量追溯系统软件许可及开发合同

**（合肥码链信息科技有限公司标准合同文本 2026版）**

合同编号：ML-HT-2026-0261

甲方：宁远酥香食品有限公司（桃酥生产企业）

乙方：合肥码链信息科技有限公司

甲方因产品质量追溯及防窜货管理需要，向乙方购买“溯源云”质量追溯系统软件许可，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“溯源云”质量追溯系统标准版软件许可一套，包括原料入库、生产批次、一物一码赋码、仓储发货、经销商扫码及消费者查询模块。

1.2 乙方按甲方需求进行定制开发：与甲方两条桃酥包装线的喷码设备对接、原料供应商批次关联、经销商防窜货预警、质量报表及追溯大屏。

1.3 乙方负责系统部署、基础数据初始化及甲方人员培训。

1.4 甲方应自行采购喷码设备、扫码枪、服务器及网络环境，并确保其符合乙方提出的配置要求；因甲方环境不符合要求造成的问题，乙方不承担责任。

## 第二条 合同价款

2.1 本合同总价为人民币陆拾捌万元整（¥680,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “溯源云”质量追溯系统软件许可（标准版，永久授权） | 360,000 |
| 2 | 定制开发（喷码对接、供应商批次、防窜货预警、报表及大屏） | 268,000 |
| 3 | 实施部署及培训 | 52,000 |
| | 合计 | 680,000 |

2.2 以上价格含税。甲方需求变更导致工作量增加的，费用另计。

2.3 二维码标签印刷、短信通知、第三方云服务及服务器费用不包含在合同价款中，由甲方自行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥442,000。乙方收到款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即¥238,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之二向乙方支付违约金，且乙方有权暂停开发及服务。

3.4 乙方收到每期款项后10个工作日内向甲方开具增值税普通发票。

## 第四条 实施周期

4.1 乙方计划在收到首期款后60个工作日内完成系统上线。

4.2 因需求变更、甲方配合不及时或设备厂商原因造成延期的，上线时间相应顺延，乙方不承担责任。

4.3 乙方未能按计划上线的，应及时向甲方说明原因并调整实施计划。

4.4 甲方应指定专人配合实施，在乙方提出需求确认、数据准备、测试等配合事项后3个工作日内完成；甲方未按时配合的，实施周期相应顺延。

4.5 乙方在实施期间提供的临时服务器和测试账号仅供测试使用，系统上线后予以收回。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线试运行满7日，甲方未书面提出异议的，即视为甲方验收合格。

5.2 甲方在试运行期间使用系统的，视为对系统功能的认可。

5.3 甲方对系统功能提出的改进意见，乙方可在后续版本升级中统一考虑，不影响本条验收结论及付款。

## 第六条 免费维护

6.1 系统上线后，乙方提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 免费维护期内，甲方报告的一级故障（系统无法赋码或消费者无法查询），乙方在24小时内响应；其他故障在3个工作日内响应。

6.3 乙方将尽力按上述时限处理故障，但对响应或处理超时不承担扣款、赔偿或违约金。

6.4 免费维护不包括：甲方操作不当或擅自修改、硬件或网络故障、第三方软件引起的问题以及需求变更。上述服务乙方按每人天¥2,800另行收费。

6.5 乙方提供工作日9:00至17:30的电话及远程支持，节假日及现场服务另行约定。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护合同，维护费按乙方当年公布的价格标准收取。

7.2 未签订维护合同的，乙方不再提供任何服务。

7.3 乙方有权对“溯源云”软件进行版本升级；旧版本停止维护后，甲方如需继续获得维护，应按乙方届时报价购买升级。

## 第八条 知识产权

8.1 “溯源云”软件及乙方为本项目定制开发的全部程序、接口、报表模板、源代码及文档的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

8.3 甲方不得对软件进行破解、复制或超出授权范围使用，否则应按软件许可费的三倍向乙方支付违约金。

## 第九条 数据

9.1 甲方录入及系统产生的生产、批次、经销商和消费者扫码数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方采取防火墙、数据加密、权限管理和每日备份等安全措施保护系统数据。因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方，协助恢复并承担相应赔偿责任。

9.3 甲方对其录入数据的真实性、合法性负责，因甲方数据问题引起的消费者投诉或监管处罚由甲方自行承担。

## 第十条 保密

10.1 双方对在合作过程中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。

10.2 保密义务在本合同终止后三年内继续有效。

## 第十一条 委托第三方

11.1 乙方可根据项目需要，将部分开发、部署工作委托其合作伙伴完成，无需另行征得甲方同意。

11.2 乙方的合作伙伴由乙方自行选择和管理，甲方应为其开展工作提供必要的配合。

## 第十二条 责任限制

12.1 乙方在本合同项下的全部赔偿责任累计不超过合同总价的10%。

12.2 乙方对甲方的间接损失、利润损失、商誉损失及因喷码设备、网络等第三方原因造成的损失不承担责任。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

13.2 甲方解除合同的，已支付款项不予退还，但乙方根本违约的除外。

13.3 合同解除后，乙方停止提供服务，甲方应在10日内停止使用定制开发成果并删除相关程序。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

14.2 诉讼期间，甲方应继续按本合同约定支付款项。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同的任何修改须经双方书面确认。因不可抗力不能履行本合同的，受影响一方不承担责任。

甲方（盖章）：宁远酥香食品有限公司　　代表：________　　日期：________

乙方（盖章）：合肥码链信息科技有限公司　　代表：________　　日期：________
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Zigong lantern studio, frame-structure software, perpetual licences; Greek vendor  -> .pdf, Article N / N.N
# ---------------------------------------------------------------------------------------------------------------
E01 = """
T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. AF-CN-2026-044
P:This Agreement is made between Zigong Huacheng Lantern Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 96 Caideng Road, Ziliujing District, Zigong, Sichuan (the "Customer"), and Aegean Frameworks S.A., a company incorporated in Greece with its registered seat on Nisída Donoussa, Cyclades, Greece (the "Vendor").
P:Background: The Customer designs and builds large lantern groups for the Zigong Lantern Festival and for touring exhibitions in China and abroad. The Customer wishes to replace hand calculation of steel-wire lantern frames with the Vendor's FrameLight structural design software and to have the software adapted to its own frame types. At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means FrameLight Studio, version 7, including its wire-frame modeller, load solver and cutting-list generator, in object code, with its user documentation.
P:1.2 "Custom Module" means the Zigong frame template library and the outdoor wind and snow load check module developed by the Vendor for the Customer under Article 4, including its source code, configuration files and documentation.
P:1.3 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 6.
P:1.4 "Severity 1 Incident" means a failure that prevents all or most designers from opening, calculating or exporting frame models, or a load result that is demonstrably wrong.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use fourteen (14) named-user seats of the Software at the Customer's premises in Zigong and at its temporary exhibition sites, for the Customer's own design and production work.
P:2.2 The Customer may transfer a seat from one designer to another by notice through the licence portal. The licence survives the end of the warranty and of any support arrangement.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 828,000, fixed, inclusive of applicable taxes and of all costs of delivery, installation, customisation and training. It is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|FrameLight Studio perpetual licence, named user|14|46,000|644,000
TB:|Licence subtotal|||644,000
TB:2|Custom Module (template library and load check)|1 lot|138,000|138,000
TB:3|Installation, configuration and designer training|1 lot|46,000|46,000
TB:|Total Contract Price|||828,000
P:3.2 No other fee, expense or travel cost is payable for the scope described in this Agreement.
H:Article 4 Customisation
P:4.1 The Vendor shall develop the Custom Module according to the functional specification in Annex 1, which covers parametric templates for the Customer's eighteen standard frame types, automatic joint detailing, and a check of each frame against wind and snow loads for outdoor display in accordance with the relevant Chinese national standards.
P:4.2 The Vendor shall deliver the Software and install it on the Customer's workstations within 30 days after signature, and shall deliver the Custom Module for testing within 110 days after signature.
P:4.3 If the Vendor is late in delivering the Software or the Custom Module, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the delay exceeds 45 days the Customer may also terminate this Agreement under Article 12.
H:Article 5 Payment
P:5.1 The Customer shall pay the Contract Price in three instalments against the Vendor's valid invoice: (a) 20% (CNY 165,600) within 20 days after signature of this Agreement; (b) 45% (CNY 372,600) within 20 days after installation of all fourteen seats has been confirmed in writing by the Customer; and (c) 35% (CNY 289,800) within 20 days after Final Acceptance.
P:5.2 Confirmation of installation is not acceptance and does not release the Vendor from any obligation.
H:Article 6 Acceptance
P:6.1 After delivery of the Custom Module the parties shall carry out acceptance tests during a period of 20 working days using at least twenty real frame projects chosen by the Customer.
P:6.2 The acceptance criteria are: (a) every function listed in Annex 1 works as specified; (b) member forces and deflections computed by the Software for five reference frames differ by no more than 3% from an independent calculation by a licensed structural engineer engaged by the Customer; (c) cutting lists for all twenty projects are complete and can be exported to the Customer's wire bending machines; (d) no Severity 1 Incident remains open.
P:6.3 When all criteria are met the Customer shall sign the Final Acceptance Certificate within seven days. If any criterion is not met the Vendor shall correct the defects within 15 days and the tests shall be repeated at its cost.
P:6.4 Use of the Software or the Custom Module in production before Final Acceptance does not amount to acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Module will perform materially in accordance with their documentation and Annex 1 for twenty-four (24) months after Final Acceptance. During this period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:7.2 The Vendor shall acknowledge and start work on a Severity 1 Incident within two (2) hours of the Customer's report, at any time during the lantern festival season (December to March) and during Beijing business hours at other times, and shall provide a workaround within one business day. Other incidents shall be answered within one business day.
P:7.3 For each full hour by which the Vendor misses the response time for a Severity 1 Incident, the Customer shall receive a service credit of CNY 600, deducted from the next amount payable or, after Final Acceptance, paid by the Vendor on request.
P:7.4 After the warranty period, the Customer may order annual support (updates, new versions and the service described in 7.2 and 7.3) for an annual fee of 11% of the Licence subtotal, that is CNY 70,840 per year of support. This fee is fixed for the three years following the warranty. Support is ordered by a written purchase order for each period and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Module, including copyright in its source code, templates and documentation, vest in the Customer on creation. The Vendor shall deliver the complete source code at Final Acceptance. The Customer may use, modify and license the Custom Module freely, including to its subcontractors and joint-venture partners.
P:8.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Module infringes a third party's rights and shall bear all costs and damages awarded.
H:Article 9 Customer Data
P:9.1 Designs, drawings, frame models and project information of the Customer ("Customer Data") belong to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep, analyse or reuse it for any other purpose.
P:9.2 Remote access by the Vendor requires the Customer's approval for each session, shall be made through the remote-support tool provided by the Customer and is recorded. The Vendor shall not copy Customer Data outside the Customer's systems, shall use up-to-date malware protection and strong authentication on its own devices, and shall delete any test files received at the end of each support case.
P:9.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in limiting its effects, and be liable for the loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Customer's unreleased lantern designs and festival plans, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 8.3, or breach of Articles 9 and 10.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.
P:12.2 If the Customer terminates under 12.1 or 4.3 before Final Acceptance, the Vendor shall refund all amounts paid for items not accepted, and the Customer may keep using the seats already installed on payment of their licence price.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the customisation or support work without the Customer's prior written consent and remains responsible for any approved subcontractor.
P:13.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising out of or in connection with this Agreement that cannot be settled by negotiation within 30 days shall be finally resolved by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry, in the English language, before a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (functional specification of the Custom Module) and Annex 2 (installation plan), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party, and enters into force on the date of the last signature.
P:For the Customer: Zigong Huacheng Lantern Art Studio Co., Ltd.    Name: ____________    Title: ____________    Date: ____________
P:For the Vendor: Aegean Frameworks S.A.    Name: ____________    Title: ____________    Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Daming Lake boat operator, ticketing SaaS, Order Form + General Terms; Estonian vendor  -> .md
# ---------------------------------------------------------------------------------------------------------------
E02 = """# Vohi Systems OÜ — Order Form and General Terms

Order Form No. VS-OF-2026-117

## PART A — ORDER FORM

### A1. Parties

**Vendor:** Vohi Systems OÜ, a private limited company registered in Estonia, with its registered office on Vohilaid, Hiiu County, Estonia ("Vohi").

**Customer:** Jinan Mingshui Lake Cruise Co., Ltd., 271 Daming Lake Road, Lixia District, Jinan, Shandong, People's Republic of China ("Customer"), which operates the sightseeing boats, pedal boats and ferry landings on Daming Lake.

### A2. Service ordered

Harbourline, Vohi's cloud ticketing and boarding platform, comprising online and counter ticket sales, timed boarding slots, QR-code gate validation at the eight landings, group and travel-agency bookings, refunds, and daily revenue reports, together with the Customer-specific configuration listed in A4.

The Service is hosted for the Customer in the Alibaba Cloud mainland China region selected in A7. At the Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY).

### A3. Subscription Term

The Subscription Term is three Subscription Years, starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A5. Each Subscription Year runs from the Subscription Start Date or its anniversary.

At the end of the Subscription Term the subscription ends. Any renewal requires a new Order Form signed by both parties; it does not renew automatically.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Harbourline subscription (up to 8 landings, 40 counter and gate devices, unlimited online sales) | per Subscription Year, CNY 168,000 × 3 | 504,000 |
| Onboarding: fare and route configuration, WeChat mini-program skin, gate device set-up, data import, staff training | one-time | 42,000 |
| **Total fees for the Subscription Term** | | **546,000** |

Transaction fees charged by payment providers are paid by the Customer directly to those providers and are not part of these fees.

### A5. Onboarding and Go-Live Acceptance

5.1 Vohi shall complete onboarding within 60 days after signature of this Order Form.

5.2 Go-Live Acceptance tests are run by the Customer over ten consecutive operating days and pass when: (a) all ticket types, fares and timed slots in the configuration sheet are sold correctly online and at the counters; (b) every landing's gates validate tickets correctly, including when the network is interrupted for up to 30 minutes; (c) daily sales reports reconcile with the payment providers' settlement files without difference; (d) no test case classified as blocking remains open.

5.3 When the tests pass, the Customer signs a Go-Live Acceptance Certificate. Live ticket sales during the test period do not by themselves constitute acceptance.

5.4 If Go-Live Acceptance is not reached within the period in 5.1 for reasons attributable to Vohi, Vohi shall pay the Customer CNY 450 for each day of delay, deducted from the first invoice.

### A6. Invoicing and payment

6.1 The onboarding fee is invoiced after Go-Live Acceptance.

6.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Nothing is payable before the Subscription Start Date.

6.3 Invoices are payable within 30 days by bank transfer.

### A7. Hosting and contacts

Hosting region: Alibaba Cloud, Qingdao (mainland China). Customer contact: Operations Manager, Ticketing Office. Vohi contact: Customer Success Lead, Asia.

## PART B — GENERAL TERMS

### B1. Provision of the Service

1.1 Vohi will provide the Service to the Customer during the Subscription Term in accordance with this Order Form and these General Terms, and will use commercially reasonable efforts to keep the Service available, except for planned maintenance announced in advance and outside the Customer's operating hours where practicable.

1.2 Vohi provides support by e-mail and through its help portal. Vohi will use reasonable efforts to respond to support requests promptly and to resolve problems that prevent ticket sales as soon as reasonably practicable.

1.3 Vohi may improve or change features of the Service from time to time, provided that the functions described in A2 are not materially reduced. Vohi shall publish release notes at least two weeks before any change that affects the Customer's ticket types, gate devices or reports, and shall schedule releases outside the Customer's peak season from May to October unless the Customer agrees otherwise.

1.4 The Customer is responsible for its own internet connections at the landings, for the gate devices and ticket printers it buys, and for the accuracy of the fares and timetables it enters into the Service.

### B2. Customer Data

2.1 All data entered into or generated by the Service for the Customer, including passenger, booking, sales and gate data ("Customer Data"), belongs to the Customer. Vohi may process Customer Data only to provide the Service to the Customer and on the Customer's instructions, and shall not use it for any other purpose.

2.2 Vohi shall protect Customer Data with appropriate technical and organisational measures, including an information security management system certified to ISO/IEC 27001, encryption in transit and at rest, role-based access with multi-factor authentication for its staff, and daily backups kept within the hosting region. The Service is operated in accordance with the requirements of multi-level protection scheme level 3 and Customer Data is not transferred outside mainland China.

2.3 Vohi shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take the measures necessary to contain it, and assist the Customer with any notice to passengers or authorities. Vohi is liable for losses, fines and costs caused by a security incident that results from its breach of this clause B2.

2.4 Within 30 days after the end of the Subscription Term, Vohi shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### B3. Intellectual property

3.1 Vohi retains all rights in the Service and its underlying software.

3.2 The fare and route configuration, ticket designs, report templates and mini-program skin made for the Customer ("Customer Configuration") belong to the Customer, which may use, modify and have them used by any third party, including a future ticketing provider. Vohi shall hand them over in an editable form at any time on request.

3.3 Vohi shall defend the Customer against any claim that the Service infringes a third party's intellectual property rights and pay any damages and costs finally awarded, provided that the Customer notifies Vohi promptly and lets Vohi conduct the defence.

### B4. Confidentiality

Each party shall keep confidential the non-public information of the other party that it receives under this Order Form, including prices, passenger numbers and business plans, and shall not disclose it to third parties except to its professional advisers bound by equivalent duties. This obligation continues for three years after the end of the Subscription Term.

### B5. Subcontracting

Vohi uses Alibaba Cloud as its hosting provider, which the Customer approves by signing this Order Form. Vohi shall not otherwise subcontract any part of the Service without the Customer's prior written consent and remains responsible for its subcontractors.

### B6. Liability

6.1 Each party's total liability arising out of or in connection with this Order Form is limited to twice the total fees stated in A4.

6.2 The limit does not apply to personal injury, fraud, wilful misconduct, breach of B2 or B4, or the Customer's obligation to pay fees.

6.3 Neither party is liable for indirect or consequential loss or loss of profit.

### B7. Termination

7.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

7.2 If the Customer terminates under 7.1, Vohi shall refund the part of the subscription fee already paid that relates to the remainder of the Subscription Year in which termination takes effect.

7.3 On termination for any reason, B2.4 applies.

### B8. Governing law and disputes

8.1 This Order Form and these General Terms are governed by the laws of the Republic of Estonia.

8.2 Any dispute shall be finally settled by the Arbitration Court of the Estonian Chamber of Commerce and Industry, seated in Tallinn, in the English language.

### B9. Force majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or widespread failures of public networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. Force majeure does not excuse the Customer's obligation to pay fees already due. If a force majeure event prevents the use of the Service for more than 30 consecutive days, either party may end this Order Form by notice, and Vohi shall refund the fees paid for the period after that date.

### B10. General

10.1 This Order Form, including these General Terms, is the entire agreement on its subject matter and prevails over any purchase order terms.

10.2 Amendments must be in writing and signed by both parties.

10.3 Notices must be in writing and sent to the contacts in A7.

10.4 Neither party may assign this Order Form without the other party's prior written consent, except that either party may assign it to a successor of its whole business on notice.

10.5 If any provision is held invalid, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.

**Signed for Vohi Systems OÜ:** ____________________  Name / Title / Date

**Signed for Jinan Mingshui Lake Cruise Co., Ltd.:** ____________________  Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Hubei lotus-root farm, pond-water sensors, buyer's paper; Danish integrator  -> .docx, Section N / N.N
# ---------------------------------------------------------------------------------------------------------------
E03 = """
T:Supply and Installation Contract for Pond Water-Quality Monitoring System
P:Contract No. HLX-PUR-2026-052
P:Buyer: Honghu Lianxiang Agriculture Development Co., Ltd., Xindi Town, Honghu, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Storebaelt AquaSense ApS, a company registered in Denmark with its registered office on Sprogø, Denmark (the "Supplier").
P:The Buyer grows lotus root and raises crayfish in 312 hectares of ponds and wishes to monitor the water in those ponds continuously so that aeration, water exchange and fertiliser dosing can be decided on measured data. The Supplier was selected after a competitive negotiation. This Contract is on the Buyer's standard purchase terms. At the Buyer's request all prices are in Chinese Renminbi (CNY).
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission forty-eight solar-powered sensor buoys measuring dissolved oxygen, pH, water temperature, turbidity and water level, eight LoRa gateways, and the AquaSense pond monitoring platform, and shall configure dashboards and alarms for the Buyer's ponds as described in Annex A.
P:1.2 The platform is installed on the Buyer's server in its farm office in Honghu, with a mobile application for the Buyer's pond managers.
P:1.3 The Supplier shall train the Buyer's technicians to clean, calibrate and replace sensors.
P:1.4 The Supplier has inspected the ponds, embankments and farm roads and confirms that the equipment can be installed and maintained under the site conditions described in Annex A, including flooding of the lower ponds in the rainy season. The Supplier shall anchor every buoy so that it stays in position at the highest water level recorded on the farm.
P:1.5 The Buyer shall give the Supplier's staff access to the ponds with its own boats during working hours, provide power and a network connection in the farm office, and name a technician who will take part in installation and testing.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,330,000, fixed and inclusive of VAT, transport, import duties, installation, calibration, training and all services during the warranty period. It is broken down in the following table:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Sensor buoy (DO, pH, temperature, turbidity, level)|48|17,500|840,000
TB:2|LoRa gateway with solar mast|8|9,000|72,000
TB:3|AquaSense platform licence, perpetual, unlimited ponds|1|240,000|240,000
TB:|Hardware and licence subtotal|||1,152,000
TB:4|Installation, calibration and commissioning|1 lot|96,000|96,000
TB:5|Dashboard and alarm configuration for the Buyer|1 lot|64,000|64,000
TB:6|Training|1 lot|18,000|18,000
TB:|Contract Price|||1,330,000
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 133,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 731,500) within 15 days after all buoys and gateways have been installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 35% of the Contract Price (CNY 465,500) within 15 days after the Final Acceptance Certificate is signed.
P:3.4 Each payment requires a valid VAT invoice.
P:3.5 The Buyer pays by bank transfer in CNY to the account of the Supplier's agent in Wuhan named in the Supplier's written payment instruction. A change of account is valid only if confirmed by the Supplier's authorised signatory in writing.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall complete installation within 70 days after signature and be ready for acceptance testing within 85 days after signature. Installation work in the ponds shall be scheduled with the Buyer around planting and harvest.
P:4.2 If the Supplier fails to meet a date in 4.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct the damages from any payment.
H:Section 5 Acceptance
P:5.1 Acceptance testing lasts 30 consecutive days. The system passes when: (a) every buoy reports at least 98% of its scheduled readings; (b) dissolved-oxygen and pH readings of ten randomly chosen buoys agree with laboratory measurements within the tolerances of Annex A; (c) low-oxygen alarms reach the responsible pond manager's phone within two minutes in a live test; (d) the platform and mobile application show all ponds on the farm map with history and reports as specified.
P:5.2 When the criteria are met the Buyer signs the Final Acceptance Certificate. If not, the Supplier shall remedy the defects within 10 days and the test is repeated.
P:5.3 Use of the data or of the system during the test period does not mean acceptance.
P:5.4 Before Final Acceptance the Supplier shall hand over, in English and Chinese, the as-built buoy location plan, calibration certificates for every sensor, the user and administrator manuals, the maintenance manual and the spare-parts list.
H:Section 6 Warranty and Service Levels
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During it, the Supplier shall repair or replace any defective buoy, sensor, gateway or software free of charge, including parts, labour and travel. Sensor membranes and reagents used in normal calibration are supplied by the Supplier free of charge during the warranty.
P:6.2 The platform shall be available at least 99.95% of each month, excluding planned maintenance agreed with the Buyer.
P:6.3 The Supplier shall respond to a Severity 1 fault (platform down, alarms not delivered, or more than five buoys offline) within one (1) hour and restore service within eight hours; Severity 2 faults within two hours with a fix in two days; other faults within one business day.
P:6.4 For each hour of late response or late restoration of a Severity 1 fault the Supplier shall credit CNY 800, and for each 0.01 percentage point of availability below the level in 6.2 it shall credit CNY 1,000. Credits are deducted from the next payment due or paid by the Supplier on demand.
P:6.5 The Supplier shall keep at its service partner's store in Wuhan at least four complete spare buoys and a stock of sensor heads sufficient to replace any failed unit within two days.
H:Section 7 Post-Warranty Support
P:7.1 After the warranty period, the Buyer may order annual support on the same service levels. The annual support fee is 9% of the Hardware and licence subtotal, that is CNY 103,680 per year, fixed for the first two years after the warranty. Sensor replacements due to wear are charged separately at the unit prices in Section 2.
P:7.2 Support is ordered by the Buyer's purchase order for each period and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The AquaSense platform remains the Supplier's property; the Buyer receives a perpetual licence as stated in Section 2.
P:8.2 The dashboards, alarm rules, pond maps, reports and any scripts made for the Buyer belong to the Buyer, which may modify them and have them maintained by any third party.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the equipment or the platform infringes a third party's intellectual property rights.
H:Section 9 Data Security
P:9.1 All measurements, pond data, farm maps and user data belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Supplier shall protect the data by encrypted transmission from buoys and gateways, access control with individual accounts, and logged remote access approved by the Buyer for each session. No data may be copied outside the Buyer's server without the Buyer's written approval.
P:9.3 The Supplier shall report any data breach within 12 hours, help to contain it, and compensate the Buyer for losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and business information received under this Contract and shall not disclose it to any third party without prior written consent. This obligation survives the end of the Contract.
H:Section 11 Liability
P:11.1 Each party's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10, which are unlimited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the acts of any approved subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages under 4.2 reach their maximum.
P:13.2 On termination the Supplier shall refund amounts paid for items not yet accepted, and the Buyer may claim its losses.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:Section 15 Miscellaneous
P:15.1 Annex A (technical specification and pond list) forms part of this Contract.
P:15.2 A party prevented from performing by force majeure, such as flood, epidemic or government order, shall notify the other party without delay and is excused for the duration of the event. Dates in this Contract are extended accordingly.
P:15.3 Notices shall be in writing and delivered to the addresses above. Amendments require a written document signed by both parties.
P:15.4 This Contract is made in English and Chinese in two originals each; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Zhangzhou canned-food maker, managed firewall service; Norwegian provider  -> .md, numbered clauses + Schedules
# ---------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED FIREWALL SERVICE AGREEMENT

Agreement reference: FV-MFS-2026-031

**Between**

(1) **Zhangzhou Jinhai Canned Food Co., Ltd.**, a company established in the People's Republic of China, of 58 Jiaomei Industrial Park, Longhai District, Zhangzhou, Fujian ("Customer"); and

(2) **Fjordvakt Security AS**, a company registered in Norway, whose registered office is on Bjørnsund, Hustadvika, Norway ("Provider").

**Background.** Customer operates three canning plants and a cold-chain warehouse in Zhangzhou connected to a head-office network and to its production control systems. Customer wishes Provider to operate and monitor the next-generation firewalls protecting those sites, and Provider has agreed to do so on the terms below. At Customer's request, all charges are stated and paid in Chinese Renminbi (CNY).

## 1. Definitions

1.1 "Service" means the managed firewall service described in clause 3 and Schedule 1.

1.2 "Firewall Estate" means the eleven firewall appliances (four high-availability pairs and three single units) at the sites listed in Schedule 3, owned by Customer.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under clause 4.

1.4 "Subscription Year" means each successive period starting on the Service Commencement Date or on its anniversary.

1.5 "Customer Data" means all configuration data, rule sets, traffic logs, threat logs, user identities and network information relating to Customer that Provider obtains or generates in performing the Service.

## 2. Term and renewal

2.1 This Agreement starts on signature and continues for an Initial Term of three Subscription Years from the Service Commencement Date.

2.2 After the Initial Term, this Agreement renews automatically for successive periods of one Subscription Year each, at the same Charges and on the same terms, unless either party gives at least 60 days' written notice of non-renewal before the end of the current period.

## 3. The Service

3.1 Provider shall, from its security operations centre, operate the Firewall Estate around the clock: change management of rule sets on Customer's request, firmware and signature updates, configuration backup, health monitoring, threat-log review, incident handling and monthly reporting.

3.2 Provider shall keep the firewall service at each site available at least 99.99% of each calendar month, measured as set out in Schedule 1. Outages caused by Customer's power or carrier lines are excluded.

3.3 Provider shall respond to and resolve incidents within the times set out in the priority table in Schedule 1, and shall carry out standard rule changes within one business day of Customer's request.

3.4 If Provider misses an availability level or a response or resolution time, Customer is entitled to the service credits in Schedule 1. Service credits are deducted from the next invoice.

3.5 Provider's monthly report shall show, for each site, the measured availability, all incidents with their priority and response and resolution times, rule changes carried out, blocked threats by category, firmware status and recommendations. Provider shall present the report in a monthly service review with Customer's IT team.

## 4. Onboarding and Service Commencement

4.1 Provider shall complete onboarding within 45 days after signature: audit of the existing rule sets, clean-up plan approved by Customer, connection of all appliances to Provider's monitoring platform through a dedicated encrypted management tunnel, and run-book preparation.

4.2 Onboarding is accepted when: (a) all eleven appliances report to the monitoring platform for seven consecutive days without gaps; (b) a failover test succeeds at each high-availability pair; (c) a test alert at each site is handled within the P1 response time; and (d) Customer has approved the rule-set clean-up report. Customer then signs the Service Commencement Certificate. Monitoring during onboarding is not acceptance.

4.3 Customer shall give Provider's engineers supervised access to its sites for onboarding, provide the existing configurations and network diagrams, and name a technical contact for each site.

4.4 If the Service Commencement Date has not occurred within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 5. Charges and payment

5.1 The Charges are set out in Schedule 2. The total Charges for the Initial Term are CNY 1,732,000.

5.2 The onboarding charge is invoiced after the Service Commencement Date. The Annual Service Charge is invoiced in four equal instalments quarterly in arrears. No amount is payable before the Service Commencement Date.

5.3 Customer shall pay undisputed invoices within 30 days by bank transfer.

5.4 If Customer disputes part of an invoice in good faith, it shall pay the undisputed part and tell Provider the reasons within 15 days; the parties shall then resolve the dispute through the monthly service review.

## 6. Customer Data and security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Service and shall not use it for any other purpose, including threat research for other clients.

6.2 Provider shall keep Customer Data on systems located in mainland China that are protected in accordance with multi-level protection scheme level 3, with encryption in transit and at rest, multi-factor authentication and individual accounts for all Provider engineers, and a full audit log of every administrative session on the Firewall Estate.

6.3 Provider shall report any actual or suspected security incident affecting Customer Data or the Firewall Estate caused by Provider or its personnel within two hours, take immediate containment measures and bear the costs and losses caused by its breach of this clause 6.

6.4 On expiry or termination Provider shall return all configurations and logs to Customer and then securely erase them from its systems.

## 7. Intellectual property

7.1 Provider's monitoring platform, tools and general know-how remain Provider's property.

7.2 Rule sets, configurations, run-books and reports prepared for Customer belong to Customer, which may use and modify them freely and hand them to any successor provider.

## 8. Personnel and subcontractors

8.1 Provider shall use suitably qualified engineers holding current vendor certifications for the firewall models in the Firewall Estate.

8.2 Provider may subcontract any part of the Service, including on-site hardware replacement and out-of-hours monitoring, to its affiliates or to third parties. Provider shall inform Customer in writing of each subcontractor before it starts work. Provider remains responsible for the performance of its subcontractors.

## 9. Liability

9.1 Each party's total aggregate liability under this Agreement is limited to 150% of the total Charges for the Initial Term.

9.2 The limit does not apply to death or personal injury, fraud, wilful default, or breach of clause 6.

9.3 Neither party is liable for indirect or consequential loss.

## 10. Termination

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice.

10.2 Provider may terminate this Agreement if Customer fails to pay undisputed Charges within 60 days after written notice of non-payment.

10.3 On termination Provider shall cooperate in an orderly hand-over to Customer or a successor provider for up to 60 days at no extra charge.

## 11. Governing law and disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules in force at the time. The award is final and binding on both parties.

## 12. General

12.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter.

12.2 Changes must be agreed in writing and signed by both parties.

12.3 Notices shall be sent to the addresses above, for the attention of Customer's IT Director and Provider's Service Delivery Manager.

12.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits do not accrue during such an event.

## Schedule 1 — Service levels, priorities and credits

Availability per site is measured by Provider's monitoring platform as the proportion of minutes in the month in which the site's firewall passes traffic.

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | Firewall down at a site, production network isolated, or active attack in progress | 15 minutes | 3 hours |
| P2 | Loss of redundancy, degraded throughput, VPN failure for a group of users | 1 hour | 8 hours |
| P3 | Single-user problem, change request, report query | 8 business hours | 3 business days |

Service credits: for each P1 incident where the response time is missed, CNY 2,000; for each hour beyond the P1 resolution time, CNY 1,000; for each 0.01 percentage point of monthly availability below the committed level at a site, 1% of the monthly share of the Annual Service Charge.

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (rule audit, clean-up, tunnel set-up, run-books) | one-time | 58,000 |
| Annual Service Charge, eleven appliances, five sites | per Subscription Year: 558,000 | 1,674,000 for three Subscription Years |
| **Total Charges, Initial Term** | | **1,732,000** |

Appliance hardware support from the manufacturer remains with Customer and is not part of the Charges.

## Schedule 3 — Sites

Plant 1 (Longhai), Plant 2 (Jiaomei), Plant 3 (Zhangpu), Cold-chain warehouse (Xiamen Port area), Head office (Longhai).

**Signed for Customer:** ____________________ Name / Title / Date

**Signed for Provider:** ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Chengdu property platform, building-permit check API subscription; Croatian vendor  -> .txt, upper-case headings
# ---------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
PERMITCHECK BUILDING-PERMIT VERIFICATION SERVICE

Agreement number: KD-API-2026-0087

THIS AGREEMENT is entered into between:

CHENGDU RONGJU PROPERTY NETWORK TECHNOLOGY CO., LTD., a company organised under the laws of the People's Republic of China, with its registered address at 88 Tianfu Avenue Middle Section, High-tech Zone, Chengdu, Sichuan (the "Customer"); and

KRKNJAS DATA D.O.O., a limited liability company registered in Croatia, with its registered seat on Otok Krknjaš, Municipality of Marina, Croatia (the "Vendor").

RECITALS

(A) The Customer runs an online property platform on which developers and agents list new and second-hand homes in Chengdu and other cities of Sichuan.

(B) Before a listing of a new-build project is published, the Customer wishes to check automatically that the project holds a valid construction-works planning permit, construction permit and pre-sale permit, and that the listed building numbers match the permits.

(C) The Vendor operates PermitCheck, an API service that verifies permit numbers and scopes against data compiled from public registries, and has agreed to provide it to the Customer. At the Customer's request, all fees are stated in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "API" means the PermitCheck REST interface and its documentation.

1.2 "Query Data" means all listing information, permit numbers, project names, addresses and other data submitted by the Customer to the API, and the results returned to the Customer.

1.3 "Subscription Year" means the period starting on the Subscription Start Date, and each later period starting on an anniversary of that date.

1.4 "Subscription Start Date" means the date of Integration Acceptance under clause 4.

2. SERVICE

2.1 The Vendor shall provide the Customer with access to the API for checking building, pre-sale and completion permits for projects in Sichuan Province, with the call volume set out in the Schedule.

2.2 The Vendor shall provide a production endpoint hosted in mainland China and a separate test endpoint.

2.3 The Vendor shall keep the permit reference data updated at least daily from the public sources listed in the documentation and shall correct a reported data error within two business days.

2.4 The Vendor shall give the Customer at least 60 days' notice of any change to the API that is not backward compatible, and shall keep the previous version running in parallel during that period.

2.5 The Customer is responsible for its own systems, for the way it uses the results in its listing review, and for decisions taken on the basis of the results.

3. TERM AND RENEWAL

3.1 The Initial Term is two Subscription Years from the Subscription Start Date.

3.2 At the end of the Initial Term and of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 For each renewal period, the Vendor may increase the annual Subscription Fee by up to 8% by giving the Customer notice at least 30 days before the renewal. The increased fee applies to the renewal period without further agreement.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 30 days after signature, the Vendor shall provide production credentials, deliver field mappings between the API results and the Customer's listing data model, and support the Customer's developers in integrating the API into the listing review workflow.

4.2 Integration Acceptance tests use a test set of 2,000 listings chosen by the Customer. The tests pass when: (a) every listing receives a result within two seconds at the 95th percentile; (b) the results for a random sample of 200 listings agree with a manual check of the permit registries, with no more than two discrepancies; (c) the API handles 50 requests per second for one hour without errors; (d) the field mappings have been approved by the Customer.

4.3 When the tests pass, the Customer signs an Integration Acceptance Certificate. Calls made during integration are not acceptance.

4.4 If Integration Acceptance is not reached within 40 days after signature for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 400 for each day of delay.

4.5 The Customer shall provide the test set, a test environment of its listing system and a developer contact, and shall carry out the tests within ten business days after the Vendor reports that integration is complete.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule. The total fees for the Initial Term are CNY 470,000, not counting any charges for calls above the included volume.

5.2 The set-up fee is invoiced after Integration Acceptance. The Subscription Fee is invoiced annually in advance at the start of each Subscription Year. Overage charges are invoiced quarterly in arrears.

5.3 Invoices are payable within 30 days after receipt of a valid VAT invoice issued through the Vendor's Chinese invoicing agent.

5.4 The Customer may withhold a disputed amount in good faith while the parties discuss it, and shall pay any amount found due within 15 days after the dispute is settled.

6. SERVICE LEVELS

6.1 The production endpoint shall be available at least 99.95% of each calendar month, excluding maintenance windows announced three days in advance and held between 01:00 and 05:00 Beijing time.

6.2 The Vendor shall respond to a Priority 1 incident (production endpoint unavailable, or systematically wrong results) within one hour, at any time, and restore normal service within six hours. Priority 2 incidents shall be responded to within two hours and resolved within two business days.

6.3 If availability in a month falls below the committed level, the Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each started 0.1 percentage point of shortfall. For each hour by which the Vendor misses the Priority 1 response or restoration time, the Customer receives a credit of CNY 500. Credits are set off against the next invoice.

7. CUSTOMER DATA

7.1 Query Data belongs to the Customer. The Vendor shall use Query Data only to provide the Service to the Customer and shall not sell it, reuse it or add it to its reference data.

8. INTELLECTUAL PROPERTY

8.1 The API, the PermitCheck software and the reference database belong to the Vendor.

8.2 The field mappings, validation rules and integration code made for the Customer belong to the Customer, which may use, change and disclose them without restriction.

8.3 The Vendor shall defend the Customer against any claim that the API or the results infringe a third party's rights, including database rights, and shall pay the damages and costs awarded.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the terms of this Agreement, and shall not disclose it to any third party without the other party's prior written consent, except to its advisers or as required by law. This obligation continues for three years after the end of the Agreement.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract the provision of the Service, in whole or in part, without the Customer's prior written consent. The Vendor is responsible for any subcontractor as for itself.

11. LIABILITY

11.1 The total liability of either party under this Agreement is limited to 150% of the total fees for the Initial Term.

11.2 This limit does not apply to wilful misconduct, gross negligence or infringement of third-party rights.

11.3 Neither party is liable for indirect loss or loss of profit.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

12.2 If the Customer terminates under 12.1, the Vendor shall refund the Subscription Fee paid for the part of the Subscription Year after termination.

12.3 On termination, the Vendor shall hand over the field mappings and integration code to the Customer.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from or in connection with this Agreement shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The arbitral award is final and binding.

14. GENERAL

14.1 This Agreement, including the Schedule, is the entire agreement between the parties on its subject matter.

14.2 Amendments must be in writing and signed by both parties.

14.3 Neither party may assign this Agreement without the other party's written consent.

14.4 Neither party is liable for delay or failure caused by force majeure, including natural disasters, epidemics, government actions and interruptions of the public registries, provided that it informs the other party promptly. If such an event lasts longer than 30 days, either party may terminate by notice.

14.5 Notices shall be given in writing in English or Chinese to the addresses stated at the beginning of this Agreement.

SCHEDULE - FEES AND VOLUMES

Item                                          Basis                          Amount (CNY)
Set-up and integration support                one-time                             38,000
Subscription Fee, 1,500,000 calls included    per Subscription Year 216,000       432,000 for two Subscription Years
Total fees for the Initial Term                                                   470,000

Calls above the included volume: CNY 0.09 per call, invoiced quarterly in arrears.

SIGNED for and on behalf of the Customer: ______________________  Name / Title / Date

SIGNED for and on behalf of the Vendor: ______________________  Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# files, labels
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, language, category, kind word for the build: txt / md / docx / pdf)
    "h325z01": ("h325z01_reservoir_safety_monitoring_platform.pdf", "zh", "hardware", "pdf"),
    "h325z02": ("h325z02_beverage_aseptic_filling_control_retrofit.docx", "zh", "hardware", "docx"),
    "h325z03": ("h325z03_cat_cafe_booking_membership_saas.txt", "zh", "cloud", "txt"),
    "h325z04": ("h325z04_justice_bureau_community_corrections_om.txt", "zh", "services", "txt"),
    "h325z05": ("h325z05_pastry_traceability_supplier_template.md", "zh", "software", "md"),
    "h325e01": ("h325e01_lantern_frame_software_perpetual_licence.pdf", "en", "software", "pdf"),
    "h325e02": ("h325e02_lake_boat_ticketing_saas_order_form.md", "en", "cloud", "md"),
    "h325e03": ("h325e03_lotus_pond_water_sensors.docx", "en", "hardware", "docx"),
    "h325e04": ("h325e04_canned_food_managed_firewall.md", "en", "services", "md"),
    "h325e05": ("h325e05_permit_check_api_subscription.txt", "en", "cloud", "txt"),
}
SRC = {"h325z01": Z01, "h325z02": Z02, "h325z03": Z03, "h325z04": Z04, "h325z05": Z05,
       "h325e01": E01, "h325e02": E02, "h325e03": E03, "h325e04": E04, "h325e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
# availability, p1, remedy, ip, data_sec, owns_data, conf, ld, cap, prepay, acceptance, final, warranty, pw_fee, auto,
# termination, subcontract, law, kind
TERMS = {
    "h325z01": (99.95, 0.5, True, "buyer", True, True, True, 0.1, N, 20, True, True, 36, 8, False, True, False, "PRC", G),
    "h325z02": (N, 0.5, True, "buyer", True, True, True, 0.03, 150, 10, True, True, 18, 28, False, True, False, "PRC", G),
    "h325z03": (99.95, 0.5, True, "buyer", True, False, True, 800 / 910000 * 100, N, 382000 / 910000 * 100, True, N, N, N,
                True, True, False, "PRC", S),
    "h325z04": (99.5, 0.25, True, "buyer", True, True, True, 0.1, N, N, True, N, N, N, False, False, False, "PRC", S),
    "h325z05": (N, 24, False, "supplier", True, True, True, N, 10, 65, False, False, 6, N, False, True, True, N, G),
    "h325e01": (N, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "Greece", G),
    "h325e02": (N, N, False, "buyer", True, True, True, 450 / 546000 * 100, 200, N, True, N, N, N, False, True, False,
                "Estonia", S),
    "h325e03": (99.95, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 9, False, True, False, "PRC", G),
    "h325e04": (99.99, 0.25, True, "buyer", True, True, False, 1200 / 1732000 * 100, 150, N, True, N, N, N, False, True,
                True, "PRC", S),
    "h325e05": (99.95, 1, True, "buyer", False, True, True, 400 / 470000 * 100, 150, N, True, N, N, N, True, True, False,
                "PRC", S),
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "h325z01": (True, True, True, False, 1900000),
    "h325z02": (True, True, True, False, 3000000),
    "h325z03": (True, True, N, False, 910000),
    "h325z04": (True, True, N, False, 586000),
    "h325z05": (True, False, False, True, 680000),
    "h325e01": (True, True, True, False, 828000),
    "h325e02": (False, True, N, False, 546000),
    "h325e03": (True, True, True, False, 1330000),
    "h325e04": (True, True, N, False, 1732000),
    "h325e05": (True, True, N, False, 470000),
}
FORUM_OUTSIDE_MAINLAND = {"h325e01", "h325e02"}  # Athens, Tallinn
# TCO inputs for goods contracts: fee base (itemised licence / hardware subtotal) and annual post-warranty fee
TCO_BASE = {"h325z01": 1486000, "h325z02": 2640000, "h325z05": 360000, "h325e01": 644000, "h325e03": 1152000}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key, t):
    """Policy §4: horizon 5 years from acceptance; value + post-warranty fees for the years after the warranty."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    value = EXTRA[key][4]
    fee = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    total = value + fee * years
    return total, fee * years / total * 100


def rules(key, t, x):
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key, t)
        if c and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    if any(x in HIGH for x in rs):
        return "high"
    if any(x not in LOW for x in rs):
        return "medium"
    return "low"


def label(key):
    name, lang, cat, _ = FILES[key]
    t = dict(zip(TERM_KEYS, TERMS[key]))
    sla, ld, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules(key, t, dict(x, post_warranty_fee_capped=capped))}


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
# ---------------------------------------------------------------------------------------------------------------
NUM = "〇零一二两三四五六七八九十百千万"
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])"],
    "P1 four hours": [r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", rf"(?<![{NUM}])四\s*个?\s*小时",
                      r"\bfour\s*(?:\(4\)\s*)?hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?\b|mins?\b)", r"二百四十\s*分钟"],
    "delay damages 0.05 %/day": [r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十百千])", r"千分之零?点五", r"百分之零点零五"],
    "liability cap 100 %": [r"(?<![\d.])100" + PCT, r"百分之一?百", r"\bone\s+hundred" + PCT],
    "prepayment 30 %": [r"(?<![\d.])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", rf"(?<![{NUM}])三成", r"\bthirty" + PCT],
    "TCO share 40 %": [r"(?<![\d.])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", rf"(?<![{NUM}])四成", r"\bforty" + PCT],
    "warranty 12 months / one year": [r"(?<![\d.])12\s*(?:个月|months?\b)", rf"(?<![{NUM}])十二\s*个月",
                                      r"\btwelve\s*(?:\(12\)\s*)?months?\b", r"\bone[\s-]+years?\b", rf"(?<![{NUM}第])一\s*年",
                                      r"(?<![\d.])1\s*(?:年|years?\b)"],
    "post-warranty fee 15 %": [r"(?<![\d.])15" + PCT, r"百分之十五(?![一二三四五六七八九点])", r"\bfifteen" + PCT],
    "horizon 5 years / 60 months": [r"(?<![\d.])5\s*(?:年|years?\b)", rf"(?<![{NUM}])五\s*年", r"\bfive\s*(?:\(5\)\s*)?years?\b",
                                    r"(?<![\d.])60\s*(?:个月|months?\b)", rf"(?<![{NUM}])六十\s*个月",
                                    r"\bsixty\s*(?:\(60\)\s*)?months?\b"],
}
COMPILED = [(name, re.compile(p, re.I)) for name, ps in THRESHOLD_PATTERNS.items() for p in ps]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in COMPILED:
            for m in rx.finditer(variant):
                hits.append((name, m.group(0), variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    must_hit = ["99.9%", "99.90 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four (4) hours", "240分钟",
                "240 minutes", "0.05%", "0.05 % per day", "万分之五", "100%", "百分之百", "百分之一百", "30%", "30 per cent",
                "百分之三十", "三成", "40%", "百分之四十", "forty per cent", "12个月", "十二个月", "12 months",
                "twelve months", "one year", "一年", "1 year", "15%", "百分之十五", "fifteen percent", "5年", "五年",
                "five years", "5 years", "60个月", "六十个月", "60 months"]
    must_not_hit = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "130%",
                    "四十二个月", "二十四个月", "2025年", "2026年1月1日", "十五年", "万分之五十", "0.08%", "1.5倍",
                    "one Subscription Year", "第一个服务年度", "一个服务年度", "30 days", "40 days", "百分之三十五",
                    "2027年12月31日", "12 hours", "36 months", "3 years", "第一年", "one business day", "CNY 0.09"]
    for s in must_hit:
        assert threshold_hits(s), ("self-test: should hit", s)
    for s in must_not_hit:
        assert not threshold_hits(s), ("self-test: should not hit", s, threshold_hits(s))
    print("threshold regex self-test: %d must-hit, %d must-not-hit strings ok" % (len(must_hit), len(must_not_hit)))


# ---------------------------------------------------------------------------------------------------------------
# read back
# ---------------------------------------------------------------------------------------------------------------
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

    built = {k: (v[0], v[3]) for k, v in FILES.items() if v[3] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for key, (name, _, _, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)

    # price arithmetic
    assert 666000 + 336000 + 234000 + 250000 == 1486000 and 1486000 + 212000 + 178000 + 24000 == 1900000
    assert 380000 + 855000 + 665000 == 1900000 and round(1486000 * 0.08) == 118880
    assert 936000 + 624000 + 228000 + 512000 + 340000 == 2640000 and 2640000 + 252000 + 68000 + 40000 == 3000000
    assert 300000 + 1650000 + 1050000 == 3000000 and round(2640000 * 0.28) == 739200
    assert 8800 * 30 == 264000 and 264000 * 3 + 118000 == 910000 and 264000 + 118000 == 382000
    assert 146500 * 4 == 586000
    assert 360000 + 268000 + 52000 == 680000 and 442000 + 238000 == 680000 and round(680000 * 0.65) == 442000
    assert 14 * 46000 == 644000 and 644000 + 138000 + 46000 == 828000 and 165600 + 372600 + 289800 == 828000
    assert round(644000 * 0.11) == 70840
    assert 168000 * 3 + 42000 == 546000
    assert 48 * 17500 + 8 * 9000 + 240000 == 1152000 and 1152000 + 96000 + 64000 + 18000 == 1330000
    assert 133000 + 731500 + 465500 == 1330000 and round(1152000 * 0.09) == 103680
    assert 558000 * 3 + 58000 == 1732000 and 558000 / 4 == 139500
    assert 216000 * 2 + 38000 == 470000

    ok = True
    seen = set()
    table = []
    for key, (name, lang, _, kind) in FILES.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        # no derived value on a threshold
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            assert t[k] is None or abs(t[k] - thr) > 1e-6, (key, k, t[k])
        c = tco(key, t)
        if c:
            assert abs(c[1] - 40) > 1e-6, (key, c)
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            ok = False
            print("LENGTH OUT OF RANGE", name, n)
        hits = threshold_hits(text) + threshold_hits(SRC[key])
        if hits:
            ok = False
            print("THRESHOLD FIGURE", name, sorted(set(hits))[:8])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        seen.update(lab["expected_rules"])
        rk = risk(lab["expected_rules"])
        table.append((key, n, rk, lab["expected_rules"]))
        print("%s %-5s len %5d  risk %-6s tco %-22s %s" % (key, kind, n, rk,
              "-" if not c else "%.0f / %.2f%%" % c, ", ".join(lab["expected_rules"]) or "(none)"))
    assert ok, "length or threshold check failed"
    missing = [r for r in ALL_RULES if r not in seen]
    assert not missing, ("rules never fired", missing)
    counts = sorted(len(r) for _, _, _, r in table)
    compliant = [k for k, _, _, r in table if not r]
    single_low = [k for k, _, rk, r in table if len(r) == 1 and rk == "low"]
    two_three = [k for k, _, _, r in table if 2 <= len(r) <= 3]
    many = [k for k, _, _, r in table if len(r) >= 8]
    assert len(compliant) == 2 and len(single_low) == 1 and len(two_three) == 6 and many == ["h325z05"], counts
    print("all %d CR rules fire at least once; mix: compliant %s, single low %s, 2-3 %s, many %s"
          % (len(ALL_RULES), compliant, single_low, two_three, many))


if __name__ == "__main__":
    main()
