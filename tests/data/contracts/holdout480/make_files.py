"""holdout480: ten blind, ordinary draft contracts and their labels.

Writes the .txt/.md contracts directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels,
then reads every built file back and checks: text lengths, threshold figures (regexes self-tested), label values
against thresholds, price sums, and the expected rules derived from the labels by my own reading of policy.md §3.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01  林草局 森林防火监测平台 (licence + custom development), 政府采购, buyer's paper, PDF, 第X条
H480Z01 = """
T:岚山市林业和草原局森林防火智能监测平台采购合同
P:合同编号：LSLC-ZFCG-2026-017
P:采购人（甲方）：岚山市林业和草原局
P:供应商（乙方）：青岭智感科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及岚山市森林防火智能监测平台项目（采购编号LSZC2026-0318）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供森林防火智能监测平台软件（永久使用许可）及视频智能识别模块许可，并完成火情预警、巡护移动端、与省级森林防火指挥系统及气象部门数据接口的定制开发、部署实施和培训。
P:1.2 平台部署在甲方政务云，接入全市已建的86路高点视频监控和32处林区卡口，实现烟火自动识别、火点定位、告警推送、护林员巡护管理和扑救力量调度。
P:1.3 乙方应按甲方确认的需求规格说明书开展定制开发，需求变更须经甲方书面确认。
H:第二条 合同价格
P:2.1 本合同为固定总价合同，合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），包含软件许可、定制开发、部署实施、培训、税费及质保期内全部服务费用。
TB:序号|项目|数量|金额（元）
TB:1|森林防火监测平台软件许可（永久）|1套|860,000
TB:2|视频智能识别模块许可（永久）|86路|240,000
TB:|软件许可小计||1,100,000
TB:3|定制开发（火情预警、巡护移动端、数据接口）|1项|520,000
TB:4|部署实施|1项|96,000
TB:5|培训|1项|24,000
TB:|合计||1,740,000
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款，即¥348,000。
P:3.2 平台完成部署并通过初验后15个工作日内，支付合同总价的45%，即¥783,000。
P:3.3 平台试运行满三个月并通过终验后15个工作日内，支付合同总价的35%，即¥609,000。
P:3.4 甲方付款以财政资金到位为前提，乙方应配合甲方办理国库集中支付手续。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署并提交初验申请，在2026年11月30日前完成终验，以满足当年秋冬季森林防火期的使用需要。
P:4.2 乙方应在初验前向甲方交付安装介质、许可证书、需求规格说明书、测试报告和培训教材。
P:4.3 乙方应为甲方及各县区林业站的值班人员、护林员管理人员提供不少于三期集中培训，每期不少于两天，并提供视频教程。
H:第五条 验收
P:5.1 初验：平台全部功能按招标文件技术要求逐项测试通过；在甲方组织的实地烟点测试中，烟火识别准确率不低于90%，告警推送至值班终端的时间不超过60秒；与省级指挥系统、气象数据接口联调通过。
P:5.2 终验：初验通过后试运行三个月，期间无一级故障，乙方提交源代码、部署文档和操作手册。甲方组织专家按上述标准进行终验，并出具书面终验报告。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质保及运维
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 平台月可用率不低于99.5%（甲方批准的计划内维护除外）。每低于0.1个百分点，甲方从应付款项或质量保证金中扣减¥2,000。
P:6.3 一级故障（平台整体不可用或告警推送中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决。响应或恢复超时的，每超时一小时扣减¥1,000。
P:6.4 质保期满后，乙方提供的年度运维服务费为软件许可小计的10%，即每年¥110,000，三年内不调整；具体服务内容另行签订运维合同。
P:6.5 每年防火紧要期（11月至次年4月），乙方应安排技术人员驻场值守。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的火情预警模型参数、巡护移动端、接口程序及其源代码、文档的知识产权归甲方所有，甲方可自行修改、使用和许可他人使用。
P:7.2 平台软件及识别模块的原有知识产权仍归乙方，甲方享有永久、不限用户数的使用权。
P:7.3 乙方保证所交付软件不侵犯第三方权利；因此引起的纠纷由乙方负责处理并承担费用。
H:第八条 数据安全
P:8.1 平台采集、生成的视频、告警、巡护轨迹等全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应遵守《数据安全法》和网络安全等级保护第三级要求，运维人员经甲方审批后通过堡垒机访问，不得下载、复制或留存数据。
P:8.3 发生数据泄露等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、监控点位布设和林区资源信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 分包
P:10.1 乙方可将高点视频接入调试和部分接口开发工作分包给具备相应能力的第三方，但应提前五个工作日书面告知甲方分包单位名称和分包内容。乙方对分包工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成初验或终验的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.3 乙方逾期超过30日或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十二条 合同解除
P:12.1 任何一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 廉政及通知
P:15.1 乙方不得向甲方工作人员提供任何形式的礼品、回扣或其他不正当利益，违反的，甲方有权解除合同。
P:15.2 双方的通知均应以书面形式送达本合同首页所列地址或联系人，一方变更联系方式的，应在3日内书面通知对方。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：岚山市林业和草原局    乙方（盖章）：青岭智感科技有限公司
P:法定代表人或授权代表：________    法定代表人或授权代表：________
P:日期：2026年  月  日    日期：2026年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02  水泥厂 立磨 控制系统改造 + 维保, .docx with a Word price table, 一、（一）
H480Z02 = """
T:立磨控制系统改造及维保合同
P:合同编号：LJSN-JG-2026-042
P:甲方（买方）：临江建材水泥有限公司
P:乙方（卖方）：华拓工业自动化有限公司
P:甲方2号生料立磨现有控制系统运行时间较长，备件已停产，料层波动较大。经甲方技术部门比选，甲乙双方根据《中华人民共和国民法典》，就立磨控制系统改造及后续维保事宜达成如下协议。
H:一、改造范围
P:（一）更换立磨现场控制站（PLC控制柜及I/O模块），新增振动、压差、料层厚度在线仪表，更换工控服务器及两台操作站。
P:（二）提供立磨专家优化控制软件许可（永久），实现喂料量、磨内压差、出磨温度的自动优化调节。
P:（三）完成组态编程、先进控制调试、与中控DCS及化验室系统的数据对接，并在甲方计划停磨检修期间完成施工。
H:二、合同价格
P:（一）合同总价为人民币壹佰捌拾陆万元整（¥1,860,000），含设备、软件、运输、保险、安装、调试、培训及税费。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜及I/O模块|1套|640,000
TB:2|立磨专家优化控制软件许可（永久）|1套|380,000
TB:3|现场仪表（振动、压差、料层厚度）|14台|286,000
TB:4|工控服务器及操作站|3台|118,000
TB:|软硬件小计||1,424,000
TB:5|组态编程及先进控制调试|1项|236,000
TB:6|安装及停磨改造施工|1项|172,000
TB:7|操作及维护培训|1项|28,000
TB:|合计||1,860,000
P:（二）合同总价为固定价格，施工期间因乙方原因增加的工作量不另行计价。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥186,000。
P:（二）设备全部到货并经甲方清点签收后15个工作日内，支付合同总价的55%，即¥1,023,000。
P:（三）系统投运后15个工作日内，支付合同总价的35%，即¥651,000。
P:（四）乙方应在每次付款前开具等额增值税专用发票。甲方可采用银行转账或银行承兑汇票方式付款，采用银行承兑汇票的，乙方不得因此要求增加费用。
P:（四）乙方项目经理为本合同的唯一联络人，未经甲方同意不得更换；乙方现场调试工程师应具有立磨或同类磨机控制系统调试经验。
H:四、交货及施工
P:（一）乙方应在合同生效后60日内将全部设备运至甲方厂区指定仓库，并在甲方通知的停磨检修窗口（计划为2026年10月）内完成拆除、安装、接线和调试。
P:（二）施工期间乙方应遵守甲方安全生产管理制度，动火、高处及受限空间作业须办理作业票，施工人员须经甲方安全培训。
P:（三）因乙方原因导致停磨检修窗口延长的，乙方应承担由此增加的停产损失。
P:（四）合同生效后15日内，双方召开设计联络会，确认I/O点表、控制柜布置、仪表安装位置及与中控DCS的通讯方式；乙方据此提交施工方案，经甲方生产技术部审核后实施。
P:（五）设备包装应适合长途运输和露天临时存放，随货提供装箱单、合格证、出厂检验报告及仪表校验证书。设备到货后由双方共同开箱清点，外观损坏或数量短缺的，乙方应在7日内补齐或更换。
P:（六）拆除的旧控制柜、电缆及仪表归甲方所有，由乙方按甲方指定地点整理堆放。
H:五、投运及验收
P:（一）乙方完成安装调试后，书面通知甲方投运。系统完成安装调试并投入带料运行后，即视为甲方验收合格，甲方不再另行组织验收。
P:（二）投运前，乙方应对控制回路逐一进行空载联调，甲方中控操作员全程参与。
P:（三）乙方应在投运后10日内向甲方提交竣工资料、组态程序备份、仪表标定记录及操作手册。
H:六、质保及维保
P:（一）质保期为十八个月，自系统投运之日起计算。质保期内设备及软件故障由乙方免费维修或更换，备品备件由乙方负责。
P:（二）立磨停机类故障（一级故障）乙方应在30分钟内远程响应，6小时内到达现场；其他故障2小时内响应，24小时内到场。响应或到场超时的，每超时一小时乙方向甲方支付¥2,000。
P:（三）质保期满后，乙方按软硬件小计的8%收取年度维保费，即每年¥113,920，三年内不调价。维保合同每年另行签订，不自动续期。
P:（四）乙方应在投运时向甲方移交随机备品备件清单所列备件，并保证在本合同签订后八年内继续供应主要备件，停产前应提前六个月书面通知甲方并提供替代方案。
P:（五）乙方应为甲方中控操作员、仪表及电气维护人员各提供一期培训，内容包括系统操作、常见报警处理、仪表校验和程序备份恢复，培训结束后提交培训记录。
H:七、知识产权
P:（一）乙方为甲方编制的组态程序、控制策略参数、画面及接口程序归甲方所有，甲方可自行修改、使用或交由第三方维护。
P:（二）专家优化控制软件的知识产权仍归乙方，甲方享有永久使用权。
P:（三）乙方保证所供设备及软件不侵犯任何第三方的专利、著作权或其他权利，因此产生的纠纷和费用由乙方承担。
H:八、数据及网络安全
P:（一）立磨运行数据、生产及质量数据归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方不得私自设置远程访问通道；确需远程维护的，须经甲方书面批准，通过甲方工业防火墙和堡垒机进行，并全程留存操作记录。
P:（三）因乙方原因造成数据泄露、病毒侵入或控制系统异常的，乙方应在2小时内报告甲方，立即采取补救措施，并承担全部责任和甲方损失。
H:九、保密
P:乙方对在甲方厂区知悉的工艺参数、配料方案、生产经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍然有效。
H:十、分包
P:电缆敷设及桥架安装等辅助工作，乙方须经甲方书面同意后方可分包，并对分包单位的安全和质量负责。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成投运的，每逾期一日按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
H:十二、合同解除
P:任何一方严重违约，经书面催告后15日内未纠正的，守约方有权解除合同并要求赔偿。
H:十三、不可抗力
P:因地震、洪水等不可抗力导致不能按期履行的，受影响方应在3日内通知对方，并在15日内提供证明，履行期限相应顺延。
H:十四、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交芜湖仲裁委员会仲裁。
H:十五、廉洁及通知
P:双方应遵守廉洁从业规定，乙方不得向甲方人员提供回扣或其他不正当利益。双方往来通知以书面形式送达合同载明的地址或邮箱。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、施工方案。
P:甲方（盖章）：临江建材水泥有限公司    乙方（盖章）：华拓工业自动化有限公司
P:授权代表：________    授权代表：________
P:日期：2026年  月  日    日期：2026年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03  健身房连锁 (15 家门店) 会员及课程 SaaS + 实施, .txt, 1. / 1.1
H480Z03 = """会员及课程管理系统SaaS服务合同

合同编号：DN-IT-2026-0619
甲方（客户）：上海动能健身管理有限公司
乙方（服务商）：杭州云练科技有限公司

甲方在上海、苏州两地经营15家健身门店，拟统一使用乙方的"云练"会员及课程管理系统（SaaS），替换各门店原有的收银和排课软件。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方以SaaS方式向甲方15家门店提供会员管理、会籍卡及私教课销售、团课排课与预约、门禁闸机核验、教练课时结算、营销小程序和经营报表功能。
1.2 乙方负责实施服务：将各门店现有会员档案、剩余课时和储值余额迁移至本系统，对接甲方门店闸机和微信支付商户号，配置甲方品牌小程序，并为店长、前台和教练提供培训。
1.3 服务期为三个服务年度，自2026年8月1日起至2029年7月31日止。
1.4 服务期内乙方免费提供系统的常规版本更新，新增功能模块是否收费由双方另行协商；乙方应在版本更新前3日通知甲方，重大更新应避开甲方门店营业高峰时段。
1.5 培训内容包括：店长的会籍销售与报表查询、前台的签到收银与储值管理、教练的排课与课时核销、总部财务的对账结算。乙方应为每家门店至少安排一次现场培训，并提供在线视频教程。

2. 费用
2.1 费用明细如下：
  项目                          单价                    数量        金额（元）
  SaaS订阅费                    19,800元/门店/服务年度   15家×3      891,000
  实施费（迁移、对接、配置）     —                       1项         86,000
  培训费                        —                       1项         14,000
  合计                                                              991,000
2.2 合同总价为人民币玖拾玖万壹仟元整（¥991,000）。服务期内新增门店的，按上述单价按月折算另行结算。
2.3 本合同不设预付款。订阅费按季度结算，每季度结束后10个工作日内乙方开具发票，甲方在收到发票后15个工作日内支付当季订阅费¥74,250。
2.4 实施费和培训费在上线验收合格后15个工作日内一次性支付。
2.5 乙方应开具增值税专用发票。微信支付等第三方支付通道的手续费由甲方与支付机构直接结算，不在本合同费用内。

3. 上线及验收
3.1 乙方应在2026年7月20日前完成数据迁移、闸机对接和小程序配置，具备上线条件。
3.2 上线验收标准：（a）迁移后的会员档案、剩余课时和储值余额经双方抽查核对无差异；（b）15家门店闸机扫码核验3秒内放行；（c）团课预约、私教核销、收银对账连续7日无差错；（d）完成培训并提交操作手册。甲方验收合格后签署上线验收单。
3.3 系统上线试用或甲方工作人员使用不视为验收合格。
3.4 乙方逾期具备上线条件的，每逾期一日向甲方支付违约金¥800。

4. 服务水平
4.1 系统月可用率不低于99.95%（双方约定的夜间维护窗口除外）。
4.2 故障分级：一级故障指全部或多家门店无法签到、收银或预约；乙方应在30分钟内响应，2小时内恢复。二级故障指单店或单一功能异常，2小时内响应，当日解决。
4.3 月可用率每低于约定值0.1个百分点，或一级故障恢复超时的，甲方可减免当月订阅费的5%，当月累计减免不超过当月订阅费的一半。

5. 会员数据
5.1 甲方会员的姓名、手机号、人脸照片、消费及上课记录等数据归甲方所有，乙方仅为向甲方提供本合同服务而使用，不得出售或提供给第三方。
5.2 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方。
5.3 甲方可随时在系统后台导出会员、课程和交易数据，乙方不得为此另行收费或设置障碍。

6. 知识产权
6.1 云练系统及其后续版本的知识产权归乙方所有。
6.2 乙方为甲方定制的经营报表、小程序页面、闸机对接程序及相关配置归甲方所有，甲方可自行修改、使用或交由第三方维护。

6.3 乙方为本合同派出的项目经理和实施顾问应具有同类连锁门店项目经验，实施期间未经甲方同意不得更换。

7. 甲方义务
7.1 甲方应指定总部项目负责人和各门店联络人，按实施计划提供会员档案、课程及价格资料，并协调门店闸机厂商配合对接。
7.2 甲方应妥善保管系统管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
7.3 甲方应按本合同约定按时支付费用。

8. 保密
8.1 双方对履约中知悉的对方经营信息、价格、会员规模和技术资料负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。

9. 续订
9.1 服务期满前30日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，可连续续订。
9.2 续订时乙方有权根据市场情况上调订阅费单价，涨幅不超过上一服务年度单价的8%，乙方应在服务期满前45日书面通知甲方新单价。

10. 分包
10.1 乙方不得将本合同项下服务分包或转包给第三方，闸机对接等现场工作确需委托他人的，应事先取得甲方书面同意。

11. 违约责任
11.1 乙方在本合同项下的累计赔偿责任以合同总价的120%为限，但因乙方故意或重大过失造成的损失除外。
11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

12. 合同解除
12.1 一方严重违约，经书面通知后15日内未纠正的，另一方有权书面通知解除合同。
12.2 因乙方原因连续两个月可用率未达到第4.1条约定的，甲方有权解除合同且无需承担任何费用。

13. 不可抗力
13.1 因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，双方协商延期履行或解除合同。

14. 争议解决
14.1 本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。


15. 其他
15.1 双方的通知以书面形式送达本合同载明的地址，或发送至双方指定的电子邮箱，发出之日起第二日视为送达。
15.2 本合同附件包括：门店清单、功能清单、实施计划。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：上海动能健身管理有限公司（盖章）        乙方：杭州云练科技有限公司（盖章）
授权代表：__________                            授权代表：__________
日期：2026年  月  日                             日期：2026年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04  税务局 办税服务厅排队叫号系统 年度运维, 竞争性磋商, .txt, （1）
H480Z04 = """国家税务总局临川市东湖区税务局
办税服务厅排队叫号系统运维服务合同

项目名称：办税服务厅排队叫号系统运维服务（竞争性磋商，项目编号：LCZC-2026-CS-0412）
采购人（甲方）：国家税务总局临川市东湖区税务局
成交供应商（乙方）：恒信智联信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方订立本合同。

（1）服务范围
① 乙方负责甲方3个办税服务厅（东湖大厅、滨江分厅、高新分厅）排队叫号系统的运行维护，包括取号机7台、窗口叫号屏及评价器共46套、综合显示屏5块、叫号服务器2台及排队叫号软件。
② 本合同所称运维对象以附件设备清单为准，服务期内甲方新增或调拨设备的，乙方应一并纳入运维范围，数量增加不超过清单数量一成的，不另行收费。
③ 服务内容包括：驻场运维、日常巡检、故障处理、备件更换、软件运维及版本升级、与电子税务局预约系统及办税服务厅监控平台的接口维护、征期和重大活动应急保障。
④ 服务期自2026年7月1日起至2027年6月30日止。期满后是否续签由甲方根据考核结果和采购规定决定，本合同不自动续期。

（2）合同价格
① 合同总价为人民币叁拾陆万元整（¥360,000），为服务期内全部费用，含人工、备件、差旅及税费。
② 费用构成：驻场运维人员1名¥168,000；设备巡检及备件¥96,000；软件运维及升级¥72,000；征期应急保障¥24,000。

（3）付款方式
① 本合同不设预付款。
② 服务费按季度支付，每季度¥90,000。每季度结束后，甲方按第（6）项完成季度考核，考核合格后15个工作日内支付当季服务费；考核有扣减的，从当季服务费中扣除。

（4）服务要求
① 乙方应在合同签订后5日内派驻1名运维工程师，工作日8:30至17:30在东湖大厅驻场，征期延时服务时同步在岗。
② 每周巡检全部设备一次，每月出具运维报告，每季度对服务器进行一次数据备份和安全检查。
③ 乙方应配备不少于取号机1台、评价器4套的备件库存，存放于甲方指定地点。
④ 驻场工程师应具有两年以上同类系统运维经验，熟悉办税服务厅业务流程，遵守甲方作息、着装及保密管理规定；因病假等原因不能到岗的，乙方应当日安排具备同等能力的人员顶岗。更换驻场工程师须提前7日征得甲方同意。
⑤ 每月征期前2个工作日，乙方应对全部取号机、叫号屏和评价器进行一次专项检查，确认与电子税务局预约系统的数据同步正常，并向甲方大厅负责人报告检查结果。
⑥ 乙方应每半年协助甲方对叫号系统进行一次应急演练，模拟服务器宕机和网络中断，检验人工叫号应急方案，演练结束后提交书面总结。
⑦ 月度运维报告应包括设备运行情况、故障统计及处理记录、备件使用情况、系统日志检查结果和改进建议。
⑧ 乙方应在服务期开始后15日内完成与上一服务商的交接，核对设备清单、软件版本和配置备份；服务期满时，乙方应配合甲方向新服务商完成交接，交接期不超过15日且不另收费。

（5）故障响应
① 一级故障（任一大厅取号或叫号整体中断）：乙方应在15分钟内响应，1小时内到达现场，2小时内恢复；不能按时恢复的，应立即启用人工叫号应急方案。
② 二级故障（单台设备或单个窗口异常）：1小时内响应，当日修复。
③ 三级故障（显示、统计报表等非关键问题）：当日响应，3个工作日内修复。
④ 一级故障响应或恢复每超时30分钟，扣减当季服务费¥500；二级故障当日未修复的，每次扣减¥200。

（6）考核与验收
① 季度考核标准：故障按第（5）项时限处理，巡检记录、运维报告齐全，无因乙方原因造成的纳税人集中投诉。甲方据此出具季度考核单。
② 服务期满时，甲方对全年服务进行终期验收，标准为四个季度考核均已完成、备件库存及设备清单账实相符、运维文档和配置备份完整移交。验收合格后出具验收意见。
③ 乙方逾期派驻人员或逾期启动服务的，每逾期一日按合同总价的千分之一支付违约金。

（7）甲方义务
① 甲方为驻场工程师提供必要的办公场所、网络接入和门禁权限。
② 甲方指定大厅负责人作为日常联络人，负责故障报修确认、季度考核和运维报告签收。
③ 甲方应按合同约定及时支付服务费。
④ 甲方人员发现故障时，应通过电话或运维工单系统及时报修，并如实描述故障现象。

（8）数据安全
① 叫号系统中的纳税人姓名、证件号码、手机号、预约及评价记录等数据归甲方所有，乙方不得用于本合同以外的任何用途。
② 乙方运维人员应签署保密承诺书，经甲方审批后在甲方内网操作，不得将数据拷贝至外部介质或外网，更换的硬盘由甲方留存或现场销毁。
③ 乙方应遵守《数据安全法》《个人信息保护法》及税务系统网络安全管理规定；发生数据泄露等安全事件的，应在1小时内报告甲方；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

（9）保密
乙方对履约中知悉的税收数据、纳税人信息、甲方内部管理制度及网络结构负有保密义务，未经甲方书面同意不得向任何第三方披露，合同终止后仍然有效。

（10）知识产权
乙方在服务中形成的运维文档、配置脚本、巡检报告归甲方所有，甲方可自行使用和修改。叫号软件的原有著作权仍归原软件开发商所有，乙方进行版本升级时应保证甲方继续合法使用，不得因此向甲方另行收取许可费用。

（11）分包
乙方不得将本合同项下服务分包或转包。

（12）违约责任
① 乙方提供的备件应为原厂或经甲方认可的同等规格产品，更换下的故障部件由乙方登记后交甲方处置。
② 乙方违反第（8）项、第（9）项约定的，甲方有权解除合同，乙方应赔偿甲方全部损失。
③ 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

（13）合同解除
乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同。甲方严重违约的，乙方可依法解除合同。

（14）不可抗力
因自然灾害、公共卫生事件等不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或调整服务内容。

（15）廉洁条款
乙方不得向甲方工作人员提供礼品、礼金、宴请或其他任何不正当利益，不得以任何方式干扰甲方考核。乙方违反本条的，甲方有权解除合同，并将相关情况报告政府采购监督管理部门。

（16）争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

（17）其他
双方往来通知以书面形式送达本合同载明的地址。竞争性磋商文件、乙方响应文件和成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：国家税务总局临川市东湖区税务局
乙方（盖章）：恒信智联信息技术有限公司
签订日期：2026年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05  茶叶厂 加工及溯源 软件许可 + 定制开发, supplier's template, .md, "## 第X条", markdown price table
H480Z05 = """# 软件许可及定制开发合同

> 茗链数字科技有限公司 标准合同文本 V3.0（本文本由乙方提供）

- 合同编号：ML-XS-2026-0733
- 甲方（用户）：云岫茶业有限公司
- 乙方（供方）：茗链数字科技有限公司

甲方为提升茶叶初制、精制加工管理水平并实现产品质量追溯，采购乙方"茗链"茶叶加工管理（MES）模块及溯源平台，并委托乙方进行定制开发。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予茗链茶叶加工管理模块及溯源平台的永久使用许可，部署于甲方自有服务器。

1.2 乙方按双方确认的需求说明完成以下定制开发：茶园采摘登记移动端、鲜叶收购称重对接、萎凋及杀青设备数据采集接口、包装线一物一码赋码对接、面向消费者的溯源查询页面。

1.3 乙方负责系统部署、数据初始化和操作培训。

1.4 培训对象为甲方生产、质检、仓储及营销人员，培训方式为现场集中培训，乙方提供操作手册。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 茶叶加工管理（MES）模块许可（永久） | 1套 | 260,000 |
| 2 | 溯源平台许可（永久） | 1套 | 180,000 |
| | 软件许可小计 | | 440,000 |
| 3 | 定制开发 | 1项 | 310,000 |
| 4 | 实施部署及培训 | 1项 | 50,000 |
| | 合计 | | 800,000 |

合同总价为人民币捌拾万元整（¥800,000），含税。

## 第三条 付款方式

3.1 本合同签订后7个工作日内，甲方向乙方支付合同总价的50%作为预付款，即¥400,000。

3.2 系统上线运行后7个工作日内，甲方支付合同总价的45%，即¥360,000。

3.3 系统验收合格后7个工作日内，甲方支付合同总价的5%，即¥40,000。

3.4 甲方未按期付款的，乙方有权暂停实施工作，工期相应顺延。

3.5 乙方在收到每笔款项前向甲方开具等额增值税专用发票。

## 第四条 交付

4.0 甲方应在合同签订后15日内向乙方提供茶园地块、加工设备清单、产品批次编码规则及包装线技术资料，并提供服务器、网络和操作系统等部署环境。

4.1 乙方在收到预付款后120日内完成部署和定制开发，具备上线条件。

4.2 因甲方需求变更、现场条件不具备或付款延迟造成的延误，工期相应顺延。

4.3 乙方交付的文档包括：安装部署手册、用户操作手册、系统管理手册、接口说明和培训记录。

4.4 系统部署于甲方服务器，甲方负责服务器硬件、操作系统、数据库及网络安全设备的采购和日常管理，乙方提供部署所需的配置建议。

## 第五条 验收

5.1 系统上线运行满30日后，甲方应组织验收。验收标准：需求说明所列功能逐项测试通过；包装线赋码抽检1,000件，码与批次信息对应无误；溯源查询页面在手机端3秒内打开；加工设备数据采集连续7日无中断。

5.2 甲方应在乙方提交验收申请后10日内完成验收并签署验收报告。

## 第六条 维护服务

6.1 乙方提供免费维护期六个月，自系统验收合格之日起计算。

6.2 维护期内，一级故障（系统无法使用、赋码中断）乙方在8小时内响应，二级故障在2个工作日内响应，乙方将尽力尽快修复。

6.3 乙方不因响应或修复超时承担扣款、赔偿或违约金责任。

6.4 免费维护期满后，甲方如需继续获得维护、升级及溯源码托管服务，应按软件许可小计的35%每年向乙方支付年度技术服务费，即每年¥154,000，在每个服务年度开始前支付。

6.5 乙方提供的维护服务不包括：甲方自行修改程序或配置造成的问题、服务器硬件及操作系统故障、第三方设备故障，以及甲方新增的功能需求。该等服务乙方可另行报价。

6.6 乙方发布的新版本是否向甲方提供，由乙方根据产品计划决定。

6.7 甲方报修应通过乙方客服电话或服务邮箱提出，并提供故障截图和操作说明，以乙方客服记录的时间为报修时间。

## 第七条 知识产权

7.1 本合同项下软件产品的著作权归乙方所有。

7.2 乙方为甲方定制开发的采摘移动端、采集接口、赋码对接程序、溯源查询页面及其源代码、文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行修改或交由第三方修改。

## 第八条 数据

8.1 甲方在系统中录入和产生的茶园、加工、批次及销售数据归甲方所有。甲方可随时导出上述数据。

8.2 乙方应采取访问控制、加密传输和存储、操作日志等安全措施保护甲方数据；发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。

8.3 甲方同意乙方可将脱敏处理后的加工工艺及溯源数据用于乙方产品优化、行业分析报告及其他客户的服务，该等使用在合同终止后继续有效。

## 第九条 保密

9.1 双方对履约中知悉的对方商业秘密和技术资料负有保密义务，保密期限至合同终止后三年。

9.2 乙方人员进入甲方加工车间和茶园时，应遵守甲方的食品安全、卫生和安全生产管理规定，不得拍摄甲方的工艺流程和配方资料。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%，且不承担任何间接损失或利润损失。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除合同。

11.2 因不可抗力导致合同无法履行的，受影响方应及时通知对方，双方协商解除或延期履行，互不承担违约责任。

11.3 合同解除的，甲方应支付乙方已完成工作对应的费用，已收取的预付款在扣除该等费用后退还。

## 第十二条 争议解决

12.1 本合同适用中华人民共和国法律。争议协商不成的，提交福州仲裁委员会仲裁。

## 第十三条 其他

13.0 甲方提出需求变更的，双方应签署书面变更单，变更涉及的费用和工期由双方另行确认。双方往来通知可采用电子邮件方式，发出即视为送达。

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件：需求说明、部署方案。

| 甲方（盖章）：云岫茶业有限公司 | 乙方（盖章）：茗链数字科技有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年  月  日 | 日期：2026年  月  日 |
"""

# ----------------------------------------------------------------------------------------------------------------
# e01  Mauritius vendor, perpetual licences + services, .pdf, Article N; only finding: governing law (Mauritius)
H480E01 = """
T:Software Licence and Services Agreement
P:Agreement No. LSL-CN-2026-118
P:This Software Licence and Services Agreement (the "Agreement") is made between Lagoon Software Ltd, a company incorporated in the Republic of Mauritius with its registered office at Ebene CyberCity, Ebene, Mauritius (the "Vendor"), and Wuxi Hengda Auto Parts Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Xishan District, Wuxi, Jiangsu Province (the "Customer").
H:Background
P:The Customer manufactures brake and steering components for vehicle makers and wishes to replace its paper-based and spreadsheet quality records with the Vendor's quality management system, LagoonQMS. The Vendor has agreed to grant perpetual licences and to implement the system at the Customer's plant in Wuxi on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means LagoonQMS version 8, including the server component, the user client and the Supplier Audit module, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, workflow configurations, migration scripts and other materials the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
P:1.4 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including inspection records, supplier records, non-conformance reports and personal information of employees.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers owned or controlled by the Customer in mainland China, for the internal business of the Customer and its wholly-owned subsidiaries.
P:2.2 The licence covers one server instance, one test instance and 120 named users. Additional named users may be ordered at the unit price in Article 3 for the period of the warranty.
P:2.3 The Customer may make backup copies of the Software and may permit its contractors to use the Software on its behalf, subject to Article 9.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,300,000 (the "Contract Price"), inclusive of VAT, broken down as follows:
P:(a) LagoonQMS server licence, perpetual, 1 unit: CNY 420,000;
P:(b) named user licences, perpetual, 120 users at CNY 3,100: CNY 372,000;
P:(c) Supplier Audit module licence, perpetual: CNY 138,000;
P:Licence subtotal (items a to c): CNY 930,000;
P:(d) implementation and configuration services, fixed price: CNY 286,000;
P:(e) migration of historical quality records: CNY 64,000;
P:(f) training for key users and administrators: CNY 20,000.
P:3.2 The Contract Price is fixed and includes all travel, living and remote-support costs of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 130,000) within 20 days after signature, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 715,000) within 20 days after the Vendor completes installation, configuration and data migration and the parties sign an installation certificate. The installation certificate confirms completion of work only and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 455,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account named in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software and complete installation within 45 days after signature and shall achieve Final Acceptance by 31 January 2027, following the project plan in Annex 2.
P:5.2 Acceptance tests shall verify that: (a) every function listed in Annex 1 works as described; (b) all migrated records reconcile in number and content with the source files on a sample of not less than 500 records per record type; (c) the interfaces with the Customer's ERP and measuring-equipment database transfer data without error for 10 consecutive working days; (d) screens open within 3 seconds with 80 concurrent users; and (e) the documentation and training have been delivered.
P:5.3 When the tests are passed the Customer shall sign a Final Acceptance certificate within 10 working days. Go-live, productive use of the Software or any payment does not amount to acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:5.4 If the Vendor fails to achieve Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 60 days the Customer may also terminate this Agreement.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions and provide support free of charge.
P:6.2 Support requests are classified by severity. Severity 1 means the system is unavailable or quality records cannot be saved on the production lines; the Vendor shall respond within 1 hour and provide a workaround or fix within 8 hours. Severity 2 means a major function is impaired; the Vendor shall respond within 2 hours and fix within 2 business days. Severity 3 covers other issues, to be answered on the next business day.
P:6.3 If the Vendor misses a Severity 1 response or fix time, it shall pay the Customer CNY 1,000 for each hour of delay, deducted from any amount due or paid on demand.
P:6.4 After the Warranty Period the Customer may order annual support at 13% of the licence subtotal, i.e. CNY 120,900 per support year, covering the services in Articles 6.1 and 6.2. This fee is fixed for the first three support years; any later change requires the written agreement of both parties and shall not exceed 3% per year. Support is ordered by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source files, and the Customer may use, modify, and license them to third parties without restriction.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, transfer or retain it for any other purpose.
P:8.2 The Software is hosted on the Customer's servers. Vendor personnel may access the system remotely only through the Customer's VPN with multi-factor authentication and only after the Customer approves each session. No Customer Data may be transferred outside mainland China.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law, train its personnel accordingly and keep access logs. The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in the investigation and remedy, and bear all losses and costs arising from an incident caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including product drawings, process parameters, supplier lists and prices, and shall use it only for this Agreement. These obligations continue for three years after the end of this Agreement.
H:Article 10 Limitation of Liability
P:10.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement of third-party rights, personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 On termination by the Customer for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the undelivered parts and the licences already granted remain in force if paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Mauritius.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Mauritius International Arbitration Centre. The seat of arbitration is Port Louis, Mauritius, and the language is English.
H:Article 15 General
P:15.1 Notices shall be in writing and sent by courier or e-mail to the addresses on the signature page.
P:15.2 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties and may be amended only in writing signed by both parties.
P:For the Vendor: Lagoon Software Ltd    Name: ____________    Date: ____________
P:For the Customer: Wuxi Hengda Auto Parts Co., Ltd.    Name: ____________    Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02  Seychelles vendor, SaaS Order Form + General Terms, .md, numbered clauses
H480E02 = """# ORDER FORM — FixFlow Facilities Work-Order Service

**Takamaka Cloud Ltd**, Providence Industrial Estate, Mahé, Republic of Seychelles (the "Provider")

Order Form No. TC-OF-2026-0457

| Field | Details |
|---|---|
| Customer | Suzhou Greenleaf Property Management Co., Ltd., Suzhou Industrial Park, Jiangsu Province, PRC |
| Customer contact | Ms Zhou Lin, IT Manager |
| Service | FixFlow Facilities Work-Order Service, Professional edition (web, mobile app and WeChat mini-program) |
| Scope | 38 residential and office properties managed by the Customer; up to 420 named staff users; unlimited resident reporting through the mini-program |
| Subscription Term | 1 July 2026 to 30 June 2028 (two Subscription Years) |
| Subscription Fee | CNY 348,000 per Subscription Year (CNY 696,000 for the Subscription Term) |
| Onboarding Fee | CNY 46,000, one-time (configuration, import of property and equipment registers, integration with the Customer's parking and access-control systems, training) |
| Total Fees | CNY 742,000 |
| Currency | All fees are stated and invoiced in CNY at the Customer's request |
| Billing | Subscription Fee quarterly in arrears, CNY 87,000 per calendar quarter; Onboarding Fee on Go-Live Acceptance |
| Hosting | Alibaba Cloud, Shanghai region (mainland China) |
| Approved sub-processor | Alibaba Cloud Computing Co., Ltd. (hosting only) |
| Target Go-Live | 15 June 2026 |

This Order Form is governed by the General Terms below, which form part of it. If this Order Form and the General Terms conflict, this Order Form prevails.

Signed for the Provider: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

---

# GENERAL TERMS

## 1. Definitions

1.1 "Service" means the hosted software service described in the Order Form, including updates the Provider makes generally available during the Subscription Term.

1.2 "Customer Data" means all data submitted to or generated in the Service by or for the Customer, including property registers, work orders, photographs, resident names, addresses and telephone numbers, and staff records.

1.3 "Subscription Year" means each consecutive period beginning on 1 July of the Subscription Term.

1.4 "Go-Live Acceptance" means the Customer's written acceptance under clause 3.3.

## 2. Subscription

2.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive right to access and use the Service for the internal business of the Customer and its property-service subsidiaries, within the scope stated in the Order Form.

2.2 The Customer may add properties or named users at any time. Additions are charged pro rata for the rest of the Subscription Year at the unit rates in the Provider's quotation attached to the Order Form and are not counted in the Total Fees.

2.3 The Subscription Term ends on the date stated in the Order Form. The Service does not renew automatically; any further term requires a new Order Form signed by both parties.

## 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall perform the onboarding work listed in the Order Form following an onboarding plan agreed with the Customer within 10 days after signature.

3.2 Before Go-Live the Provider shall demonstrate, in the Customer's test tenant, that: (a) all property and equipment registers supplied by the Customer have been imported and reconcile in number with the source files; (b) a work order raised by a resident in the mini-program reaches the assigned technician's app within 30 seconds; (c) the interfaces with the parking and access-control systems exchange data correctly for five consecutive days; (d) the standard reports listed in the onboarding plan run correctly; and (e) the training sessions have been held.

3.3 When the tests in clause 3.2 are passed the Customer shall sign a Go-Live Acceptance certificate within five working days. Use of the Service before that date is not acceptance.

3.4 If Go-Live Acceptance is not achieved by the Target Go-Live date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to a total of CNY 30,000, and the first invoice for Subscription Fees shall start only from Go-Live Acceptance.

3.5 The Customer shall provide the property and equipment registers in the Provider's import template, give the Provider's consultants access to the parking and access-control vendors, and make key users available for the tests in clause 3.2.

## 4. Fees and Payment

4.1 The Customer shall pay the fees stated in the Order Form within 30 days after receipt of a valid VAT invoice (fapiao) issued by the Provider's authorised invoicing agent in China.

4.2 The Subscription Fee is fixed for the Subscription Term. No fee is payable before the Service starts other than as stated in the Order Form.

4.3 Late payment bears interest of 0.02% per day on the overdue amount.

## 5. Service Levels

5.1 The Provider shall make the Service available 99.5% of the time in each calendar month, excluding planned maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 Beijing time.

5.2 Support is available in Chinese and English, 24 hours a day for Priority 1 incidents and from 08:00 to 20:00 Beijing time on other days for other incidents. Priority 1 means the Service is unavailable or work orders cannot be created or dispatched; the Provider shall respond within 1 hour and restore service within 6 hours. Priority 2 means a major function is impaired; response within 2 hours and resolution within 1 business day. Priority 3 covers other questions, with a response on the next business day.

5.3 If monthly availability falls below the level in clause 5.1, the Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each full 0.5 percentage point of shortfall, up to 25% of that monthly share. If a Priority 1 response or restoration time is missed, the Customer receives a further credit of CNY 500 per hour of delay. Credits are deducted from the next invoice.

5.4 If availability falls below 97% in any two months of a Subscription Year, the Customer may terminate under clause 9.2 without paying any fee for the remaining Subscription Term.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the Service under this agreement and on the Customer's instructions, and does not use it for any other purpose.

6.2 The Provider shall keep Customer Data on servers in mainland China. It maintains ISO/IEC 27001 certification and an MLPS level-3 filing for the Service, encrypts Customer Data in transit and at rest, limits access to authorised personnel under multi-factor authentication, and keeps access logs for at least 180 days.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate remedial steps, cooperate with the Customer and the authorities, and bear the costs and losses arising from an incident caused by the Provider or its sub-processors.

6.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV and image files and then delete it, and confirm the deletion in writing.

## 7. Intellectual Property

7.1 The Provider retains all rights in the Service and its underlying software.

7.2 Workflows, forms, report templates and interface mappings configured specifically for the Customer belong to the Customer, and the Customer may use, modify and license them to any third party, including a successor provider.

## 8. Sub-processors and Subcontracting

8.1 The sub-processor named in the Order Form is approved by signature. The Provider shall not engage any other sub-processor or subcontractor without the Customer's prior written consent and remains responsible for their performance.

## 9. Term and Termination

9.1 This agreement runs for the Subscription Term.

9.2 Either party may terminate by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

9.3 On termination by the Customer under clause 9.2, the Provider shall refund any fees paid for the period after termination.

## 10. Liability

10.1 The total liability of either party under this agreement is limited to 150% of the Total Fees, except for breach of clause 6, personal injury and wilful misconduct, which are not limited.

10.2 Neither party is liable for indirect loss or loss of profit, except under clause 6.

## 11. General

11.1 Notices shall be given in writing by e-mail to the contacts in the Order Form and confirmed by courier.

11.2 Neither party may assign this agreement without the other party's written consent.

11.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters or government action, if it notifies the other party promptly and resumes performance as soon as possible.

11.4 This agreement is governed by the laws of the Republic of Seychelles.

11.5 Any dispute shall first be discussed by senior managers of both parties for 30 days. If it is not resolved, it shall be submitted to the exclusive jurisdiction of the Supreme Court of Seychelles in Victoria.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03  Sri Lanka vendor, water-quality sensors for an aquaculture site, buyer's paper, .docx, Section N.N
H480E03 = """
T:Supply and Installation Contract for Water-Quality Monitoring Equipment
P:Contract No. BBA-PUR-2026-066
P:Buyer: Zhanjiang Blue Bay Aquaculture Co., Ltd., Potou District, Zhanjiang, Guangdong Province, PRC (the "Buyer")
P:Supplier: Serendib Sensing (Private) Limited, Union Place, Colombo 02, Sri Lanka (the "Supplier")
P:The Buyer operates 46 shrimp ponds and two hatchery halls at its Donghai Island site. Following its request for quotations of March 2026, the Buyer has selected the Supplier to supply, install and commission a water-quality monitoring system. This Contract is on the Buyer's standard purchasing terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply multi-parameter monitoring buoys (dissolved oxygen, temperature, pH, salinity and ammonia), spare dissolved-oxygen probes, LoRa gateways, weather stations and a perpetual licence of its AquaSense monitoring software, and shall install, calibrate and commission the system and train the Buyer's staff.
P:1.2 The AquaSense software shall be installed on the Buyer's server in the site office. The Supplier shall configure alarm thresholds for each pond with the Buyer's farm manager and connect alarms to the Buyer's aerator controllers and to SMS and WeChat notifications.
P:1.3 Detailed technical requirements are set out in Annex 1 (Technical Specification).
P:1.4 All buoys shall be rated for continuous use in brackish and sea water, with anti-fouling housings and solar-charged batteries that keep the buoy reporting for at least seven days without sun. Gateways shall cover every pond with at least one spare link path.
P:1.5 The Buyer shall provide a secure storage area on site, power at the site office, access to the ponds during daylight hours and a boat with operator when needed for installation.
H:Section 2 Price
P:2.1 The total Contract Price is CNY 860,000, inclusive of VAT, customs duties, delivery to site (DAP Donghai Island), insurance, installation, calibration and training. The price is fixed and is broken down in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter monitoring buoy|48|9,800|470,400
TB:2|Spare dissolved-oxygen probe|24|2,600|62,400
TB:3|LoRa gateway with solar power kit|6|14,500|87,000
TB:4|Automatic weather station|2|23,000|46,000
TB:5|AquaSense monitoring software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||761,800
TB:6|Installation, calibration and commissioning|1|84,000|84,000
TB:7|Training of farm and maintenance staff|1|14,200|14,200
TB:|Contract Price|||860,000
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 86,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 473,000) within 15 days after all equipment is delivered and installed and the parties sign an Installation Certificate. The Installation Certificate records completion of installation only and does not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 301,000) within 15 days after Final Acceptance under Section 5.
P:3.4 The Supplier shall issue a VAT invoice through its appointed agent in China for each payment. The advance-payment guarantee shall be released after the Installation Certificate is signed.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to site within 60 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or in reaching Final Acceptance by the date in the agreed project schedule, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate the Contract under Section 12.
H:Section 5 Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 21 consecutive days. Final Acceptance requires that: (a) the readings of every buoy agree with the Buyer's calibrated laboratory instruments within plus or minus 0.2 mg/L for dissolved oxygen, 0.1 for pH and 0.3 degrees Celsius for temperature; (b) at least 98% of scheduled readings reach the server during the trial period; (c) low-oxygen alarms reach the aerator controllers and the duty staff within 60 seconds in every test; (d) all documentation and training have been delivered.
P:5.2 The Buyer shall issue a Final Acceptance Certificate within 7 days after the criteria are met. Installation, use of the system or any payment does not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects at its own cost and repeat the trial period.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and software for 24 months after Final Acceptance. During this period it shall repair or replace any defective item free of charge, including probes that fail under normal use, and provide software updates.
P:6.2 Severity 1 faults (a whole pond group or the server stops reporting, or alarms fail) shall receive a remote response within 30 minutes, 24 hours a day. The Supplier's service partner in Zhanjiang shall attend the site within 24 hours if the fault cannot be fixed remotely. Other faults shall receive a response within 8 business hours.
P:6.3 For each hour by which a Severity 1 response or attendance time is exceeded, the Supplier shall pay the Buyer CNY 500, deducted from the next payment or the warranty bond.
P:6.4 After the warranty, the Buyer may order annual support (parts, probe replacement, calibration visits and software updates) at 9% of the Hardware and Licence Subtotal, i.e. CNY 68,562 per year. This price is fixed for three years after the warranty. Support is ordered by separate purchase order each year and does not renew automatically.
H:Section 7 Buyer Data and Security
P:7.1 All monitoring data, pond records, alarm logs and configurations belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:7.2 The data shall be stored on the Buyer's server and shall not be transferred outside mainland China. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN, and is logged.
P:7.3 The Supplier shall take appropriate technical measures to protect the Buyer's data, notify the Buyer of any security incident within 24 hours, and bear all losses caused by an incident attributable to it or its service partner.
H:Section 8 Intellectual Property
P:8.1 The AquaSense software remains the property of the Supplier and is licensed to the Buyer perpetually for the site.
P:8.2 Dashboards, alarm rules, interface programs to the aerator controllers and other items developed for the Buyer belong to the Buyer, which may use and modify them and have them modified by others.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's production data, stocking plans and site layout, and shall not disclose it without prior written consent. This obligation continues for three years after the Contract ends.
H:Section 10 Subcontracting
P:10.1 The Supplier's service partner in Zhanjiang named in Annex 3 is approved by the Buyer's signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its service partner and subcontractors.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Section 7, which are not limited.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay under Section 4.2 exceeds 45 days.
P:12.2 On termination under Section 12.1 the Supplier shall refund all amounts paid for items not accepted and remove them from the site at its own cost.
P:12.3 The Buyer may also terminate if the Supplier becomes insolvent. Termination does not affect the rights of either party accrued before it, or the provisions on data, confidentiality and liability.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules. The arbitral award is final and binding on both parties.
H:Section 14 Force Majeure
P:14.1 Neither party is liable for delay caused by typhoons, floods or other events beyond its reasonable control, provided it notifies the other party within 3 days and takes reasonable steps to limit the effects. Time for performance is extended accordingly.
H:Section 15 General
P:15.1 The Supplier shall comply with the Buyer's site rules on biosecurity, pond access and safety, including disinfection of equipment and footwear before entering the pond area. Notices shall be given in writing to the addresses above.
P:15.2 This Contract is made in English and Chinese; both versions have equal effect. Annex 1 (Technical Specification), Annex 2 (Project Schedule) and Annex 3 (Service Partner) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04  Maldives vendor, managed hotel network service, .md with schedules as tables, numbered clauses
H480E04 = """# Managed Network Services Agreement

**Agreement No.** ANS-SY-2026-09

**Between**

1. **Sanya Coral Coast Hotel Management Co., Ltd.**, Haitang Bay, Sanya, Hainan Province, PRC (the "Customer"); and
2. **Atoll Network Services Pvt Ltd**, Orchid Magu, Malé, Republic of Maldives, acting through its project office in Sanya (the "Supplier").

**Background.** The Customer manages four resort hotels in Sanya. The Supplier operates guest Wi-Fi and hotel networks for resorts in the Maldives and the region. The Customer wishes to outsource the operation of the guest Wi-Fi, staff network and network security of its four hotels to the Supplier. All charges are stated and paid in CNY at the Customer's request.

## 1. Definitions

1.1 "Services" means the managed network services described in clause 2 and the Schedules.

1.2 "Sites" means the four hotels listed in Schedule 3.

1.3 "Transition" means the take-over of the existing networks described in clause 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition acceptance certificate under clause 3.3.

1.5 "Term" means the period from 1 August 2026 to 31 July 2028.

## 2. Services

2.1 The Supplier shall operate, monitor and maintain the guest Wi-Fi, staff network, internet gateways and firewalls at the Sites around the clock, including guest portal and authentication, bandwidth management, configuration changes, firmware updates, security monitoring and monthly reporting.

2.2 The Supplier shall provide a service desk in Chinese and English, 24 hours a day, for hotel IT staff and front-office managers, and shall keep at least two qualified engineers in Sanya who can reach any Site within 2 hours.

2.3 The Supplier shall attend a monthly service review with the Customer's IT director to discuss incidents, capacity, planned changes and guest complaints about connectivity, and shall keep minutes of each meeting.

2.4 Network equipment at the Sites remains the property of the Customer. The Supplier shall manage replacement of faulty equipment under the manufacturers' warranties; replacement equipment outside warranty is purchased by the Customer.

## 3. Transition

3.1 The Supplier shall complete Transition by 31 July 2026. Transition comprises a survey of all Sites, documentation of the existing configuration, installation of the Supplier's monitoring tools on a server at the Customer's head office, re-configuration of the guest portal and a handover from the current provider.

3.2 Transition acceptance tests shall show that: (a) all network devices listed in Schedule 3 report to the monitoring tools; (b) guest log-in through the portal succeeds in a test at every Site within 10 seconds; (c) the documented configuration matches the devices; and (d) the service desk has handled test calls from every Site.

3.3 When the tests are passed the Customer shall sign a Transition acceptance certificate. Operation of the networks by the Supplier before that date is not acceptance.

3.4 If Transition is not accepted by 31 July 2026 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 1. The Total Contract Value is CNY 1,500,000.

4.2 **Mobilisation Advance.** The Customer shall pay a Mobilisation Advance of 35% of the Total Contract Value (CNY 525,000) within 10 days after signature of this Agreement and before Transition begins. The Mobilisation Advance is offset first against the Transition Fee and then, in equal parts of CNY 41,700, against the first ten monthly invoices for the Monthly Service Charge.

4.3 The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date and is payable within 30 days after receipt of a valid VAT invoice.

4.4 The charges are fixed for the Term.

## 5. Service Levels

5.1 The service levels, response times and service credits are set out in Schedule 2. Service credits are deducted from the next monthly invoice.

5.2 The Supplier shall report its performance against Schedule 2 each month. The Customer may audit the monitoring records on reasonable notice.

## 6. Customer Data and Security

6.1 Guest data, including names, room numbers, mobile numbers and device identifiers used for Wi-Fi authentication, network logs and all configurations, is Customer Data and belongs to the Customer. The Supplier shall use Customer Data only to perform the Services.

6.2 Customer Data shall be processed and stored only on the Customer's systems in mainland China. The Supplier's staff outside mainland China shall have no access to Customer Data. The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, apply multi-factor authentication and logging for all administrative access, and keep authentication logs as required by law.

6.3 The Supplier shall notify the Customer of any security incident within 12 hours, contain it, and bear all losses, fines and costs arising from incidents caused by the Supplier or its personnel.

## 7. Intellectual Property

7.1 The Supplier keeps its monitoring tools and know-how.

7.2 Network designs, configurations, scripts, guest portal pages and documentation prepared for the Customer belong to the Customer, which may use, modify and give them to any successor provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's guest information, occupancy figures and network security settings, and shall not disclose it to third parties without prior written consent. These obligations continue for three years after the end of this Agreement.

## 9. Subcontracting

9.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent.

## 10. Liability

10.1 The total liability of either party under this Agreement is limited to 150% of the Total Contract Value, except for breach of clauses 6 and 8, personal injury and wilful misconduct.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically.

11.2 The Customer's remedies for service failures and other breaches by the Supplier are the service credits in Schedule 2, the delay payments in clause 3.4 and damages under clause 10.

11.3 Neither party may terminate this Agreement before the end of the Term, except where the other party becomes insolvent or enters liquidation, or where force majeure prevents performance for more than 90 consecutive days.

11.4 At the end of the Term the Supplier shall hand over all configurations, documentation and passwords to the Customer or its new provider and provide up to 30 days of handover assistance at no additional charge.

11.5 The Customer shall give the Supplier's engineers access to equipment rooms at reasonable times, provide a desk and parking at each Site and inform the Supplier in advance of renovations, events or other activities that may affect the networks.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou. The award is final.

12.3 Notices shall be in writing and delivered by e-mail and courier to the addresses above. This Agreement is made in English and Chinese, and both versions have equal effect.

## Schedule 1 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 108,000 |
| Monthly Service Charge | CNY 58,000 per month x 24 months | 1,392,000 |
| Total Contract Value | | 1,500,000 |
| Mobilisation Advance (clause 4.2) | 35% of the Total Contract Value | 525,000 |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of each Site's core network and internet gateway, per month | 99.98% | 3% of the monthly charge for each Site per 0.1 percentage point below target |
| Priority 1 incident (a Site's guest Wi-Fi or core network down) | response 15 minutes, engineer on site 2 hours, restoration 6 hours | CNY 800 per hour of delay |
| Priority 2 incident (a floor, building or function impaired) | response 30 minutes, restoration 8 hours | CNY 300 per hour of delay |
| Priority 3 request (changes, questions) | response 1 business day | none |
| Monthly service report | by the 5th working day of the following month | CNY 200 per day late |

## Schedule 3 — Sites

| Site | Rooms | Access points | Switches | Firewalls |
|---|---|---|---|---|
| Coral Coast Resort Haitang Bay | 312 | 420 | 36 | 2 |
| Coral Coast Villas Yalong Bay | 96 | 188 | 14 | 2 |
| Coral Coast Sanya Bay Hotel | 258 | 301 | 27 | 2 |
| Coral Coast Qingshui Bay Resort | 204 | 266 | 22 | 2 |

Signed for the Customer: ____________________  Date: __________

Signed for the Supplier: ____________________  Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05  Madagascar vendor, data API subscription, .txt, upper-case headings
H480E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. VCD-2026-CN-031

THIS AGREEMENT is made between:

VANILLA COAST DATA SARL, a company registered in Madagascar with its office at Rue Ravoninahitriniarivo, Ankorondrano, Antananarivo 101, Madagascar (the "Provider"); and

GUANGZHOU FRAGRANT SPRING FLAVOURS CO., LTD., a company registered in the People's Republic of China with its office in Huangpu District, Guangzhou, Guangdong Province (the "Customer").

BACKGROUND

The Customer makes flavourings and food ingredients and buys vanilla, cloves, pepper and other spices from the Indian Ocean region. The Provider collects farm-gate and export prices, export volumes, weather and crop reports from Madagascar, the Comoros and neighbouring countries and makes them available through an application programming interface. The Customer wishes to subscribe to the Provider's data API to support its purchasing decisions. All fees are stated and paid in CNY at the Customer's request.

1. DEFINITIONS

1.1 "API" means the Provider's Spice Market Data API, version 3, and its documentation.

1.2 "Licensed Data" means the price series, volume series, reports and other data the Provider makes available through the API.

1.3 "Customer Data" means the Customer's user accounts, API keys, query logs, watch-lists, alerts and any files the Customer uploads to the Provider's portal.

1.4 "Backfill Dataset" means the historical Licensed Data for the series listed in Schedule A from January 2016, delivered as files and mapped to the Customer's raw-material codes.

1.5 "Subscription Year" means each of the two consecutive periods of the Subscription Term, the first beginning on 1 September 2026.

2. SUBSCRIPTION

2.1 The Subscription Term runs from 1 September 2026 to 31 August 2028. The Agreement does not renew automatically; a further term requires a new written agreement.

2.2 The Provider grants the Customer a non-exclusive, non-transferable right, during the Subscription Term, to call the API and to use the Licensed Data for the internal business of the Customer and its subsidiaries in the PRC, including in internal reports and purchasing models. The Customer may keep and use Licensed Data received during the Subscription Term for internal purposes after it ends.

2.3 The subscription includes up to 200,000 API calls per month and 25 named portal users. Calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly, and are not included in the Total Fees.

3. FEES AND PAYMENT

3.1 The fees are:

  Item                                              Amount (CNY)
  Subscription fee, first Subscription Year           186,000
  Subscription fee, second Subscription Year          186,000
  Backfill Dataset and code mapping, one-time          22,000
  Total Fees                                          394,000

3.2 The subscription fee is invoiced quarterly in arrears, CNY 46,500 for each quarter of the Subscription Term. The Backfill Dataset fee is invoiced after the Customer accepts the Backfill Dataset under clause 4. No amount is payable in advance.

3.3 The Customer shall pay each invoice within 30 days after receiving a valid invoice. Payments are made by bank transfer to the Provider's account named in the invoice.

3.4 The fees are fixed for the Subscription Term.

4. BACKFILL DATASET AND ACCEPTANCE

4.1 The Provider shall deliver the Backfill Dataset within 30 days after the start of the Subscription Term.

4.2 The Customer shall check the Backfill Dataset within 15 days after delivery. It shall be accepted if: (a) it contains every series listed in Schedule A for the whole period from January 2016, with no monthly gaps except those marked in Schedule A as not published at source; (b) it passes the file-format validation described in Schedule B; and (c) a sample of 200 data points chosen by the Customer matches the values returned by the API.

4.3 If the Backfill Dataset fails any test, the Provider shall correct and re-deliver it within 10 days, and the Customer shall test it again. Acceptance is confirmed by e-mail from the Customer's purchasing director. Delivery alone is not acceptance.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to make the API available at all times and to update each price series at the frequency stated in Schedule A, but does not commit to any particular availability level.

5.2 Support is provided by e-mail during the Provider's business hours in Antananarivo (Monday to Friday, 08:00 to 17:00 local time). The Provider will answer support requests as soon as it reasonably can. No response or resolution times apply.

5.3 The Provider may carry out maintenance at any time and will try to announce planned maintenance on its status page at least 24 hours in advance.

5.4 The Provider may change the API, provided that it gives the Customer at least 60 days' notice of any change that removes a field or endpoint used by the Customer.

5.5 The Customer shall keep its API keys secure, use the API only through its own systems and not resell or publish Licensed Data except in internal reports and in summary form to its own customers, without naming the Provider's individual sources.

6. DATA ACCURACY

6.1 The Provider compiles the Licensed Data from sources it considers reliable, including its own field surveys, customs statistics and reports of exporters' associations, and will correct errors promptly after they are reported.

6.2 The Licensed Data is provided for information. The Customer is responsible for its own purchasing decisions.

6.3 Each price series states its source, unit, currency and collection date. Where a value is estimated rather than observed, the API marks it as an estimate. Revisions to published values are flagged and the previous value is kept in the revision history available through the API.

6.4 The Provider will send the Customer a short monthly market note on vanilla and clove crops, including harvest progress, weather events and export regulation changes in Madagascar.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the portal to the Customer and for no other purpose, and shall not sell it or share it with other customers.

7.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, logging of administrative access and annual penetration testing.

7.3 The Provider shall notify the Customer within 48 hours after becoming aware of any unauthorised access to Customer Data, take prompt steps to stop it, and be responsible for the losses and costs the Customer suffers as a result of an incident caused by the Provider or its subcontractors.

7.4 Within 30 days after the Subscription Term ends the Provider shall delete Customer Data and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the API and the Licensed Data, subject to the rights granted in clause 2.

8.2 The code mapping tables and custom watch-list configurations prepared for the Customer belong to the Customer, which may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business information received under this Agreement, including the Customer's purchasing volumes and supplier names and the Provider's pricing, and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

10. SUBCONTRACTING

10.1 The Provider's hosting provider named in Schedule C is approved on signature. The Provider shall not subcontract any other part of its obligations without the Customer's prior written consent, and remains responsible for its subcontractors.

11. LIABILITY

11.1 The total liability of either party under this Agreement is limited to twice the Total Fees, except for breach of clauses 7 and 9, infringement of intellectual property and wilful misconduct, which are not limited.

11.2 Neither party is liable for loss of profit or indirect loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The language of arbitration is English.

14. GENERAL

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as cyclones, national power failures or government action, provided it notifies the other party promptly and resumes performance as soon as possible.

14.2 Notices shall be in writing and sent by e-mail with confirmation by courier to the addresses above.

14.3 This Agreement, with Schedule A (Series and Update Frequency), Schedule B (File Formats) and Schedule C (Hosting Provider), is the entire agreement of the parties.

SIGNED for VANILLA COAST DATA SARL: ____________________   Date: __________

SIGNED for GUANGZHOU FRAGRANT SPRING FLAVOURS CO., LTD.: ____________________   Date: __________
"""

# ================================================================================================================
SOURCES = {"h480z01": H480Z01, "h480z02": H480Z02, "h480e01": H480E01, "h480e03": H480E03}
TARGETS = {"h480z01": ("h480z01_forestry_fire_monitoring_platform.pdf", "pdf"),
           "h480z02": ("h480z02_cement_vertical_mill_control_retrofit.docx", "docx"),
           "h480e01": ("h480e01_qms_perpetual_licence_mauritius_vendor.pdf", "pdf"),
           "h480e03": ("h480e03_aquaculture_water_sensors_sri_lanka_vendor.docx", "docx")}
PLAIN = {"h480z03": ("h480z03_gym_chain_membership_saas.txt", H480Z03),
         "h480z04": ("h480z04_tax_hall_queuing_system_annual_om.txt", H480Z04),
         "h480z05": ("h480z05_tea_factory_traceability_supplier_template.md", H480Z05),
         "h480e02": ("h480e02_work_order_saas_order_form_seychelles_vendor.md", H480E02),
         "h480e04": ("h480e04_hotel_managed_network_maldives_vendor.md", H480E04),
         "h480e05": ("h480e05_spice_market_data_api_madagascar_vendor.txt", H480E05)}
FILES = {k: v[0] for k, v in TARGETS.items()}
FILES.update({k: v[0] for k, v in PLAIN.items()})
ORDER = ["h480z01", "h480z02", "h480z03", "h480z04", "h480z05", "h480e01", "h480e02", "h480e03", "h480e04", "h480e05"]

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None

# label rows (in TERM_KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value)
LABELS = {
    "h480z01": ("zh", "software", [99.5, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 24, 10, F, T, T, "PRC", G],
                (T, T, T, F, 1740000)),
    "h480z02": ("zh", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.08, 50, 10, F, F, 18, 8, F, T, F, "PRC", G],
                (T, T, T, T, 1860000)),
    "h480z03": ("zh", "cloud", [99.95, 0.5, T, "buyer", F, T, T, 800 / 991000 * 100, 120, N, T, N, N, N, T, T, F,
                                "PRC", S], (T, T, N, F, 991000)),
    "h480z04": ("zh", "services", [N, 0.25, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S],
                (T, T, N, F, 360000)),
    "h480z05": ("zh", "software", [N, 8, F, "supplier", T, F, T, 0.02, 25, 50, T, T, 6, 35, F, T, N, "PRC", G],
                (T, T, T, F, 800000)),
    "h480e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 18, 13, F, T, F, "Mauritius", G],
                (T, T, T, F, 1300000)),
    "h480e02": ("en", "cloud", [99.5, 1, T, "buyer", T, T, F, 600 / 742000 * 100, 150, N, T, N, N, N, F, T, F,
                                "Seychelles", S], (T, T, N, F, 742000)),
    "h480e03": ("en", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 9, F, T, F, "PRC", G],
                (T, T, T, F, 860000)),
    "h480e04": ("en", "services", [99.98, 0.25, T, "buyer", T, T, T, 1200 / 1500000 * 100, 150, 35, T, N, N, N, F,
                                   F, F, "PRC", S], (T, T, N, F, 1500000)),
    "h480e05": ("en", "cloud", [N, N, F, "buyer", T, T, T, N, 200, N, T, N, N, N, F, T, F, "PRC", S],
                (F, F, N, F, 394000)),
}
# design facts the labels do not hold: forum outside mainland China; yearly post-warranty fee in CNY (TCO)
FORUM_OUTSIDE = {"h480e01": True, "h480e02": True}
PW_FEE_CNY = {"h480z01": 110000, "h480z02": 113920, "h480z05": 154000, "h480e01": 120900, "h480e03": 68562}
# itemised sums: (parts, total)
SUMS = {
    "h480z01": ([860000, 240000, 520000, 96000, 24000], 1740000), "h480z01pay": ([348000, 783000, 609000], 1740000),
    "h480z02": ([640000, 380000, 286000, 118000, 236000, 172000, 28000], 1860000),
    "h480z02pay": ([186000, 1023000, 651000], 1860000), "h480z02lic": ([640000, 380000, 286000, 118000], 1424000),
    "h480z03": ([15 * 19800 * 3, 86000, 14000], 991000), "h480z03q": ([74250] * 12, 891000),
    "h480z04": ([168000, 96000, 72000, 24000], 360000), "h480z04q": ([90000] * 4, 360000),
    "h480z05": ([260000, 180000, 310000, 50000], 800000), "h480z05pay": ([400000, 360000, 40000], 800000),
    "h480e01": ([420000, 120 * 3100, 138000, 286000, 64000, 20000], 1300000),
    "h480e01pay": ([130000, 715000, 455000], 1300000),
    "h480e02": ([2 * 348000, 46000], 742000), "h480e02q": ([87000] * 8, 696000),
    "h480e03": ([48 * 9800, 24 * 2600, 6 * 14500, 2 * 23000, 96000, 84000, 14200], 860000),
    "h480e03lic": ([470400, 62400, 87000, 46000, 96000], 761800), "h480e03pay": ([86000, 473000, 301000], 860000),
    "h480e04": ([108000, 58000 * 24], 1500000), "h480e04adv": ([108000, 41700 * 10], 525000),
    "h480e05": ([186000, 186000, 22000], 394000), "h480e05q": ([46500] * 8, 372000),
}
FEE_CHECK = {"h480z01": (0.10, 1100000), "h480z02": (0.08, 1424000), "h480z05": (0.35, 440000),
             "h480e01": (0.13, 930000), "h480e03": (0.09, 761800)}
DESIGN = {  # my design list, written before the derivation
    "h480z01": {"CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"},
    "h480z02": {"CR-ACCEPTANCE", "CR-LIABILITY-CAP"},
    "h480z03": {"CR-AUTO-RENEWAL", "CR-DATA-SECURITY"},
    "h480z04": set(),
    "h480z05": {"CR-PREPAYMENT", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                "CR-TCO-SERVICE-SHARE", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-LD-LOW", "CR-LIABILITY-CAP"},
    "h480e01": {"CR-GOVERNING-LAW"},
    "h480e02": {"CR-SLA-AVAILABILITY", "CR-CONFIDENTIALITY", "CR-GOVERNING-LAW"},
    "h480e03": set(),
    "h480e04": {"CR-PREPAYMENT", "CR-TERMINATION"},
    "h480e05": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-LD-MISSING"},
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(key, t):
    """Policy §4: horizon 5 years (in months, 60) from acceptance; post-warranty years pro rata; share of TCO."""
    fee = PW_FEE_CNY.get(key)
    if fee is None or t["warranty_months"] is None:
        return None
    horizon = 5 * 12
    post_years = max(0, horizon - t["warranty_months"]) / 12
    value = LABELS[key][3][4]
    fees = fee * post_years
    return fees / (value + fees) * 100


def derive(key, t, x):
    """My own reading of policy.md §3 applied to the labels."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE.get(key, False):
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    lang, cat, row, ext = LABELS[key]
    t = dict(zip(TERM_KEYS, row))
    x = {"sla_clause": ext[0], "ld_stated": ext[1]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = ext[2]
    x["acceptance_deemed_on_delivery"] = ext[3]
    x["contract_value"] = ext[4]
    rules = derive(key, t, x)
    assert rules == DESIGN[key], (key, sorted(rules ^ DESIGN[key]))
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": sorted(rules)}


# ---------------------------------------------------------------- threshold figures
_NUM = r"(?<![\d.,])"
_PCT = r"\s*(?:%|％|per\s?cent|percent)"
THRESHOLD_PATTERNS = [
    _NUM + r"99\.9(?!\d)",
    _NUM + r"4\s*(?:小时|個小時|个小时|hours?|hrs?|h)(?![a-z])", _NUM + r"4\s*(?:business|working|clock)\s*hours?",
    r"(?<![十二三])四个?小时", r"\bfour\s*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?", _NUM + r"240\s*(?:分钟|minutes?)",
    _NUM + r"0\.05(?!\d)", r"万分之五(?![十\d])", r"千分之零点五",
    _NUM + r"100" + _PCT, r"百分之一?百", r"one\s*hundred" + _PCT,
    _NUM + r"30" + _PCT, r"百分之三十(?![一二三四五六七八九\d])", r"三成", r"\bthirty" + _PCT,
    _NUM + r"12\s*(?:个月|個月|-?\s*months?)", r"(?<![十])十二个月", r"\btwelve[\s-]*months?", r"(?<![十\d])一年",
    r"\bone[\s-]*years?\b", _NUM + r"1\s*(?:年|years?\b)", r"\ba\s+year\b",
    _NUM + r"15" + _PCT, r"百分之十五(?![\d])", r"\bfifteen" + _PCT,
    _NUM + r"40" + _PCT, r"百分之四十(?![一二三四五六七八九\d])", r"四成", r"\bforty" + _PCT,
    _NUM + r"5\s*(?:年|-?\s*years?\b)", r"(?<![十])五年", r"\bfive[\s-]*years?", _NUM + r"60\s*(?:个月|-?\s*months?)",
    r"六十个月", r"\bsixty\s*months?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "4 business hours", "four hours", "240分钟",
            "240 minutes", "0.05%", "万分之五", "100%", "100 per cent", "百分之百", "30%", "百分之三十", "三成",
            "12个月", "十二个月", "12 months", "twelve months", "一年", "one year", "1年", "15%", "百分之十五", "40%",
            "百分之四十", "四成", "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月", "a year"]
MUST_MISS = ["24小时", "24 小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.98%", "115%", "0.15%", "150%",
             "2025年", "2026年", "万分之五十", "服务年度", "Subscription Year", "百分之三十五", "35%", "130%", "0.5%",
             "5%", "10%", "25年", "2028", "1,500", "Section 5 Acceptance", "十五家", "12,000", "each year",
             "per year", "4.1 The", "3 seconds", "48 hours", "120%", "1,300,000", "a yearly", "140%", "0.050 5"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(text):
    variants = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}
    hits = []
    for name, v in variants.items():
        for m in THRESHOLD_RE.finditer(v):
            hits.append((name, v[max(0, m.start() - 20):m.end() + 20]))
    return hits


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(key, text):
    return len(text) if key[4] == "z" else len(text.split())


LIMITS = {"z": (2750, 3000), "e": (1450, 1650)}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    self_test()
    for name, (parts, total) in SUMS.items():
        assert sum(parts) == total, (name, sum(parts), total)
    for key, (pct, base) in FEE_CHECK.items():
        assert round(pct * base) == PW_FEE_CNY[key], key
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
    covered, problems = set(), []
    for key in ORDER:
        lab = label(key)
        covered |= set(lab["expected_rules"])
        for k, th in THRESHOLDS.items():
            v = lab["expected_terms"][k]
            if v is not None and abs(v - th) < 1e-9:
                problems.append((key, "label on threshold", k))
        share = tco_share(key, lab["expected_terms"]) if lab["expected_terms"]["contract_kind"] == G else None
        if share is not None and abs(share - 40) <= 2:
            problems.append((key, "TCO share near 40", share))
        (OUT / (Path(FILES[key]).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                             encoding="utf-8")
        built = read_back(OUT / FILES[key])
        src = SOURCES.get(key) or PLAIN[key][1]
        for what, txt in (("built", built), ("source", src)):
            for h in scan(txt):
                problems.append((key, what, h))
        lo, hi = LIMITS[key[4]]
        n = length(key, built)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        print("%-60s %-6d rules=%s risk=%s tco=%s" % (FILES[key], n, ",".join(r[3:] for r in lab["expected_rules"])
                                                       or "-", risk(lab["expected_rules"]),
                                                       None if share is None else round(share, 2)))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")
