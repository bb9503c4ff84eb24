"""holdout310: ten ordinary draft contracts (5 zh, 5 en) and their labels. Run from this folder:
/work/main/.venv/bin/python -B make_files.py
Writes the contracts (.txt/.md directly, .docx/.pdf via ../word_pdf.py with wrap_words=True) and the .json labels,
reads every built file back, checks lengths, threshold figures, label arithmetic and rule coverage."""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H310Z01 = """T:澄江市统计局统计数据采集与联网直报平台建设项目政府采购合同
P:合同编号：CJTJ-2026-ZC-017    采购方式：公开招标（招标编号：CJCG-2026-0214）
P:采购人（甲方）：澄江市统计局    地址：澄江市府前路18号
P:供应商（乙方）：数衡信息技术有限公司    地址：澄江市高新区云栖路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设统计数据采集与联网直报平台，包括企业端在线填报、基层统计员审核端、局端汇总分析端，以及与省级统计联网直报系统、市政务数据共享平台的接口。
P:1.2 本项目涉及规模以上工业、批发零售、住宿餐饮、房地产开发等专业的月报、季报与年报报表约二百张，覆盖调查单位约三千八百家。
P:1.3 招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分；内容不一致的，以本合同条款为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾陆万元整（¥2,260,000.00），为固定总价，含税费、运输、安装、培训及质保期内的全部服务费用。
P:2.2 分项价格如下：
P:（1）平台软件许可（永久使用，不限用户数）：¥860,000；
P:（2）定制开发（直报表单、审核规则引擎、企业端、统计分析看板）：¥1,120,000；
P:（3）历史数据迁移与清洗：¥185,000；
P:（4）部署实施及培训：¥95,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%（¥452,000）作为预付款。
P:3.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%（¥1,017,000）。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%（¥791,000）。
P:3.4 乙方每次收款前应开具合规发票。甲方通过国库集中支付方式付款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初验申请，于初验后完成两个月报周期的试运行。
P:4.2 乙方应按甲方确认的实施计划推进，每两周提交进度报告，重大偏差应书面说明原因及补救措施。
P:4.3 乙方应指定具有同类政府统计信息化项目经验的项目经理一名，实施期间驻场不少于三名开发及实施人员。项目经理更换须经甲方书面同意，新任人员的资历不得低于原人员。
P:4.4 乙方应为甲方业务科室及区县统计局人员提供集中培训和现场指导，培训内容包括平台操作、报表审核、数据查询和日常管理，培训教材及操作视频交甲方留存。
P:4.5 每年统计年报布置前，乙方应配合甲方完成新年度报表制度的配置与测试，确保企业端按时开放填报。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；两百张报表的审核规则与省级口径核对一致；历史数据迁移后逐表核对无差错；在两千家单位同时在线填报时页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间完成两个完整的月报周期，未发生一级故障；通过第三方软件测评机构的功能、性能和安全测评；提交全部技术文档和源代码。
P:5.3 验收由甲方组织，出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、报表口径调整及技术支持。
P:6.2 质保期满后，甲方可委托乙方提供维护服务，每个维护年度的维护费不高于平台软件许可费的10%（即不高于¥86,000），质保期满后三个维护年度内不上调。
H:第七条 服务水平
P:7.1 在各报表报送期内，平台月可用率不低于99.95%，计划内维护应安排在报送期以外并提前三日通知甲方。
P:7.2 故障分为三级。一级故障（平台整体不可用或数据无法报送）：乙方应在30分钟内响应，2小时内到场或远程介入，6小时内恢复；二级故障：2小时内响应，24小时内解决；三级故障：下一个工作日内响应。
P:7.3 一级故障响应每超时一小时，乙方支付违约金¥2,000；月可用率每低于约定值0.01个百分点，乙方支付违约金¥3,000，可从应付款项中扣除。
H:第八条 数据安全
P:8.1 平台采集的全部统计数据、调查单位名录、日志及衍生数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得留存、复制或用于任何其他目的。
P:8.2 乙方应按网络安全等级保护第三级要求部署平台，对数据传输和存储加密，实行最小权限和操作日志审计，运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的统计资料、调查对象信息及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与人员签订保密承诺书。
P:9.2 保密义务不因本合同终止而解除。
H:第十条 知识产权
P:10.1 本项目定制开发的程序、源代码、审核规则和文档的知识产权归甲方所有，甲方可自行修改、使用和许可他人使用。
P:10.2 平台软件许可部分的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目分包或转包给任何第三方，不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 本合同在服务内容全部履行完毕后终止，不自动续期。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 附件：需求规格说明书、分项报价表、实施计划、验收方案。
P:15.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，双方协商变更履行期限；不可抗力持续超过六十日致使合同目的无法实现的，任何一方可解除合同。
P:15.4 双方的通知以书面形式送达本合同首部所列地址，电子邮件送达的以对方系统显示收到时间为准。一方地址变更的，应在三日内书面通知对方。
P:甲方（盖章）：澄江市统计局    乙方（盖章）：数衡信息技术有限公司
P:法定代表人或授权代表：________    法定代表人或授权代表：________
P:签订日期：2026年3月10日
"""

H310Z02 = """T:压榨车间控制系统改造合同
P:合同编号：GH-ZZ-2026-031
P:甲方（买方）：桂禾糖业股份有限公司    地址：广西崇左市江州区糖业大道9号
P:乙方（卖方）：华控自动化工程有限公司    地址：南宁市西乡塘区科园大道27号
P:鉴于甲方压榨车间现有控制系统已运行多年、备件停产，甲方决定在本榨季结束后实施改造，并经比选确定乙方为承包人。双方根据《中华人民共和国民法典》，就改造事宜订立本合同。
H:一、改造范围
P:（一）乙方负责压榨车间四座压榨机组、渗出系统、蔗渣输送线和混合汁泵站的控制系统改造，包括旧控制柜拆除、新DCS系统供货安装、现场仪表更换、变频器及电机控制柜更换、组态编程与联动调试。
P:（二）改造须在下一榨季开榨前完成并通过验收，确保开榨当日压榨线可按设计能力投运。
P:（三）乙方所供设备应为全新原厂产品，并提供原产地证明和出厂检验报告。
P:（四）乙方应在合同生效后十五日内完成现场勘察，提交详细设计方案、I/O点表和控制柜布置图，经甲方技术部书面确认后方可采购下单。设计方案的确认不免除乙方对设计质量应负的责任。
P:（五）主要设备品牌和型号以投标文件为准，乙方不得擅自更换；确需更换的，应事先取得甲方书面同意，且性能不低于原型号。
H:二、合同价款
P:（一）本合同总价为人民币叁佰零陆万元整（¥3,060,000），为固定总价。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器、I/O模块及机柜|1套|1,260,000
TB:2|操作员站、工程师站及历史服务器|7台|186,000
TB:3|现场仪表（压力、液位、流量、转速）|214台|548,000
TB:4|变频器及电机控制柜|26面|412,000
TB:5|组态软件许可（永久）|1套|154,000
TB:|软硬件小计||2,560,000
TB:6|安装调试及旧系统拆除|1项|318,000
TB:7|组态编程与联锁逻辑|1项|146,000
TB:8|操作及维护培训|1项|36,000
TB:|合同总价||3,060,000
P:（二）上述价格已含运输、保险、税费及质保期内的全部服务费用。
P:（三）合同履行期间，如甲方要求增加测点或控制回路，单价按上表同类设备单价执行，安装费用由双方另行书面确认。
P:（四）乙方应随设备提供不少于合同设备金额2%的随机备品备件，备件清单经甲方确认后随货交付。
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的10%（¥306,000）作为预付款。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的50%（¥1,530,000）；到货签收及安装完毕不代表质量验收合格。
P:（三）系统通过最终验收后，甲方支付合同总价的35%（¥1,071,000）。
P:（四）剩余5%（¥153,000）作为质量保证金，质保期满且无未决质量问题后无息支付。
H:四、工期
P:（一）乙方应在合同生效后七十五日内完成全部设备到货，于开榨前二十日完成联动调试并提交验收申请。
P:（二）因甲方原因停工的，工期相应顺延；乙方应每周报告进度。
P:（三）改造施工应在停榨检修期内进行，乙方应编制施工组织方案，报甲方生产部和安全部审批后实施，并做好新旧系统切换期间的临时控制措施，不得影响甲方锅炉、蒸发等工段的正常检修。
P:（四）乙方施工人员应遵守甲方厂区安全管理制度，动火、登高、带电作业须办理作业许可；因乙方违章作业造成的人身及财产损失由乙方承担。
P:（五）乙方应在开榨后派两名工程师驻厂跟班，直至系统稳定运行，驻厂期间费用已含在合同价款中。
H:五、验收
P:（一）验收标准：全部I/O点逐点测试正确；控制回路投自动率达到设计要求；联锁保护动作正确；操作站画面刷新时间不超过2秒；系统带料连续运行72小时无停机故障。
P:（二）验收由甲方组织，双方签署最终验收报告。设备安装、系统投运或甲方付款，均不视为验收合格。验收不合格的，乙方应在七日内整改后重新验收。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起算。质保期内，因设备质量或安装原因出现的故障，乙方免费维修或更换，并免费提供软件升级。
P:（二）故障分级：一级故障（导致压榨线停机或联锁失效）乙方应在30分钟内响应，2小时内到达现场；二级故障在2小时内响应，当日到达现场；三级故障在下一个工作日内处理。
P:（三）一级故障响应或到场每超时一小时，乙方按¥2,000向甲方支付违约金；二级故障每超时一小时按¥500支付。
P:（四）质保期满后，甲方委托乙方提供维保服务，年度维保费按软硬件小计的28%计取，即每个维保年度¥716,800，该费用在质保期满后的四个维保年度内固定不变。维保内容包括榨季驻厂值守、停榨期检修、备件更换和软件升级。
H:七、数据与工控安全
P:（一）控制系统运行数据、工艺参数、生产报表均属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方应按工业控制系统信息安全防护要求实施网络分区、部署工业防火墙；远程维护须经甲方逐次审批并全程录像。
P:（三）发生网络安全事件或数据泄露的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:八、保密
P:（一）双方对履行本合同中获知的对方技术资料、工艺配方及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:九、知识产权
P:（一）乙方为本项目编制的组态程序、控制逻辑、操作画面及技术文档，其知识产权归甲方所有，甲方可自行修改和使用。
P:（二）组态软件本身的知识产权属原厂，乙方保证甲方获得永久使用许可。
H:十、违约责任
P:（一）乙方逾期完成交付或调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意、重大过失或人身伤害造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付逾期付款违约金。
H:十一、分包
P:（一）土建配合及电缆敷设工作，乙方须经甲方书面同意后方可分包，并对分包部分承担全部责任。其他工作不得分包。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同并要求赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除本合同。
H:十三、法律适用与争议解决
P:（一）本合同适用中华人民共和国法律。争议提交南宁仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、技术规格书、验收方案。
P:（二）因不可抗力（包括台风、洪水、地震及政府行为）不能按期履行的，受影响一方应及时通知对方并提供证明，双方协商顺延工期。
P:（三）乙方应在最终验收时向甲方移交竣工图纸、I/O清单、组态程序备份、设备说明书、合格证及备件清单各两套（纸质及电子版），并对甲方仪表工和操作工进行不少于五个工作日的现场培训。
P:（四）双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的财物或不正当利益，违反的，甲方有权解除合同。
P:甲方（盖章）：桂禾糖业股份有限公司    乙方（盖章）：华控自动化工程有限公司
P:授权代表：________    授权代表：________    日期：2026年4月8日
"""

H310Z03 = """悦息瑜伽门店排课及会员管理系统服务合同

合同编号：YX-IT-2026-006

甲方：成都悦息瑜伽连锁管理有限公司
住所：成都市锦江区东大街紫东楼段35号
乙方：云课智联科技有限公司
住所：杭州市西湖区文三路477号

甲方在成都、重庆、西安三地经营40家瑜伽门店，拟统一使用线上排课、约课、会员卡及收银管理系统。乙方为该类系统的SaaS服务提供商。双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方向甲方40家门店提供"云课"排课及会员管理SaaS服务，包括团课与私教排课、会员小程序约课、会员卡与课包管理、门店收银、教练课时统计及经营报表。
（2）乙方负责实施服务：旧系统会员及课包数据迁移、甲方品牌小程序配置上线、门店店长与前台培训、与甲方财务软件的数据对接。
（3）服务期为三个服务年度，自系统正式上线之日起算。
（4）服务期内，乙方应免费向甲方提供"云课"平台的功能更新；甲方新增门店的，乙方应在收到书面通知后五个工作日内完成开通和配置。
（5）乙方为甲方提供的小程序应使用甲方的品牌名称、标识和微信主体，相关账号的所有权及管理权归甲方。

第二条 服务费用
（1）订阅费：每家门店每个服务年度¥4,200，40家门店合计每个服务年度¥168,000，三个服务年度合计¥504,000。
（2）实施费：一次性¥76,000。
（3）本合同总价为¥580,000。门店数量在服务期内增加的，新增门店按同一单价按月折算。

第三条 付款
（1）本合同签订后七个工作日内，甲方一次性支付实施费¥76,000及首个服务年度订阅费¥168,000，合计¥244,000。
（2）第二、第三个服务年度的订阅费，甲方于该服务年度开始前十个工作日内支付。
（3）乙方收款后开具增值税专用发票。
（4）服务期内新增门店的订阅费，按新增门店开通之日至当期服务年度结束的月份折算，随下一期订阅费一并支付。
（5）门店因闭店、迁址停止使用系统的，甲方可提前三十日书面通知乙方停用该门店账号，已付订阅费不予退还，但该门店账号可转给甲方新开门店使用。

第四条 实施与验收
（1）乙方应在合同签订后四十五日内完成全部40家门店上线。
（2）上线验收标准：会员、课包及余额数据迁移后与旧系统逐条核对一致；40家门店均能完成排课、约课、签到、收银全流程；小程序在高峰时段（每日19:00至21:00）约课操作响应不超过2秒；财务对接数据连续十日核对无差异。
（3）甲方在收到验收申请后五个工作日内组织验收并出具书面意见；仅开通账号或门店试用不视为验收合格。
（4）乙方逾期完成上线的，每逾期一日，向甲方支付违约金¥500。
（5）实施期间，乙方应指定一名项目经理作为甲方的唯一对接人，每周向甲方运营部提交实施周报，说明已上线门店、数据核对进度和待解决问题。
（6）甲方应指定各门店店长配合数据核对和培训，并按乙方的模板提供旧系统数据导出文件。

第五条 服务水平
（1）系统月可用率不低于99.95%（计划内维护除外，计划内维护应安排在凌晨1:00至6:00并提前二日通知）。
（2）一级故障（约课、签到或收银功能不可用）：乙方应在15分钟内响应，2小时内恢复；二级故障：1小时内响应，当日解决。
（3）月可用率每低于约定值0.1个百分点，乙方减免甲方当月订阅费的5%；一级故障恢复每超时一小时，减免当月订阅费的2%。减免额在下一期订阅费中抵扣。
（4）乙方应提供每日9:00至21:00的在线客服和电话支持，并为甲方配备专属客户成功经理，每季度与甲方运营部回顾系统使用情况及门店反馈。

第六条 会员数据
（1）甲方会员的姓名、手机号、体测记录、消费及约课记录等数据（"会员数据"）归甲方所有。
（2）乙方有权对会员数据进行去标识化处理后，汇总用于乙方的行业经营报告、产品改进及算法训练，且在本合同终止后仍可继续使用上述去标识化数据。
（3）合同终止后三十日内，乙方应按甲方要求导出并交付全部会员数据，随后删除其系统中的可识别数据。

第七条 数据安全
（1）乙方应对会员数据采取加密存储、传输加密、访问权限控制和操作日志留存等安全措施，系统应通过网络安全等级保护第二级备案测评，数据存储于中国境内。
（2）发生会员个人信息泄露、篡改或丢失的，乙方应在24小时内通知甲方，并按《中华人民共和国个人信息保护法》要求采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和对会员的赔偿。

第八条 保密
（1）双方对在合作中获知的对方经营信息、价格、会员规模等商业秘密负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内继续有效。

第九条 知识产权
（1）"云课"平台及其源代码的知识产权归乙方所有。
（2）乙方为甲方定制的小程序页面、品牌素材、报表模板及财务对接程序归甲方所有，甲方可自由使用、修改或交由第三方维护。

第十条 续期
（1）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，以此类推。
（2）每次续期时，乙方有权根据其当期价格政策调整订阅费单价，上调幅度不超过上一服务年度单价的10%，乙方提前十五日书面通知甲方即可，无须甲方同意。

第十一条 分包
（1）乙方不得将本合同项下的服务转包；确需将短信发送、支付通道等部分服务交由第三方提供的，应事先取得甲方书面同意。

第十二条 违约与解除
（1）乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，乙方应退还未履行期间的订阅费并赔偿损失。
（2）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前五日书面通知。
（3）合同终止或解除后，乙方应在甲方完成数据导出前维持系统只读访问，并配合甲方将会员数据迁移至其指定的系统，迁移协助期不超过三十日，期间不另收费。
（4）因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，中断期间的订阅费按日折算扣减。

第十三条 法律适用及争议
（1）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

第十四条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（2）附件：门店清单、实施计划、服务水平说明。
（3）甲方负责为门店配备可上网的前台电脑和扫码设备，并妥善管理各门店的系统账号；门店人员离职的，甲方应及时停用其账号。
（4）乙方每次对系统进行影响门店操作的功能调整，应提前七日通知甲方并提供操作说明；涉及会员端小程序界面的重大调整，应事先征得甲方同意。
（5）乙方按甲方要求开具发票，发票信息变更的，甲方应提前书面通知乙方。双方指定的联系人及联系方式见附件，变更的应书面通知对方。
（6）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：成都悦息瑜伽连锁管理有限公司
授权代表：__________
乙方（盖章）：云课智联科技有限公司
授权代表：__________
签订日期：2026年5月18日
"""

H310Z04 = """江州市保障性住房管理信息系统运维服务政府采购合同

项目编号：JZZB-2026-CS-009（竞争性磋商）
采购人（甲方）：江州市住房保障服务中心
地址：江州市建设路120号
供应商（乙方）：安平信息服务有限公司
地址：江州市经开区汇智路8号创新大厦11层

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就江州市保障性住房管理信息系统2026年度运维服务订立本合同。

1. 服务范围
1.1 运维对象：保障性住房管理信息系统，包括公租房申请审核、轮候配租、租金收缴、房源管理、保障房小区门禁对接及手机端办事模块，以及配套的应用服务器、数据库服务器和备份设备。
1.2 服务内容：日常巡检与监控、故障处理、数据库维护与备份、系统小版本修补、配合政策调整的参数及报表修改（本服务年度内不超过四十人日）、配合网络安全检查及等级保护测评整改。
1.3 服务期：本服务年度，自2026年1月1日起至2026年12月31日止。乙方派驻两名运维工程师在甲方办公场所驻场，工作日8:30至17:30在岗，非工作时间电话值守。
1.4 驻场人员应具有三年以上政务信息系统运维经验，其中至少一人持有数据库认证证书。乙方更换驻场人员应提前十日书面告知甲方并经甲方认可，交接期不少于五个工作日。
1.5 备份要求：数据库每日增量备份、每周全量备份，备份数据在甲方异地备份机房保留三个月以上；乙方每季度进行一次恢复演练，演练记录纳入季度考核。
1.6 每年公租房集中配租、租金年度调整和资格年审期间，乙方应增派一名工程师现场保障，增派期间不另收费。

2. 服务费用
2.1 本服务年度运维服务费为人民币陆拾捌万肆仟元整（¥684,000），含驻场人员费用、差旅、工具及税费。
2.2 服务费按季度支付，每季度¥171,000。每季度结束、甲方完成当季考核后十五个工作日内，甲方根据考核结果支付当季服务费。本合同不设预付款。
2.3 第1.2条约定的参数及报表修改工作量超出四十人日的部分，由双方书面确认后按每人日¥1,600另行结算；未经甲方书面确认的工作量，甲方不予支付。
2.4 乙方应于每季度考核结束后提交合规发票及当季考核确认单，作为甲方付款依据。因乙方发票或资料不全导致付款延迟的，甲方不承担逾期责任。

3. 服务水平
3.1 系统月可用率不低于99.5%。可用率按（当月总分钟数－非计划停机分钟数）÷当月总分钟数计算。
3.2 故障分级及时限：
（1）一级故障（系统整体不可用、申请审核或租金收缴业务中断）：15分钟内响应，2小时内恢复；
（2）二级故障（部分功能不可用）：1小时内响应，8小时内恢复；
（3）三级故障（一般缺陷或咨询）：当日响应，三个工作日内解决。
3.3 每月第一个工作日，乙方提交上月运维报告，列明可用率、故障处理记录、巡检结果和变更记录。
3.4 乙方对系统的任何变更（包括参数调整、补丁安装、版本修补）均应事先提交变更申请，说明变更内容、影响范围和回退方案，经甲方信息科审批后在非办公时间实施。
3.5 乙方应建立运维工单台账，所有故障和服务请求均应登记，记录报告时间、响应时间、处理过程和关闭时间，供甲方随时查阅。

4. 考核与扣款
4.1 甲方按季度对乙方进行考核，考核依据为第3条约定的服务水平、运维报告及驻场人员出勤记录。
4.2 月可用率低于约定值的，每低0.1个百分点扣减当季服务费的2%；一级故障响应每超时30分钟扣¥1,000，恢复每超时一小时扣¥2,000；驻场人员无故缺勤每人每日扣¥800。
4.3 考核扣款从当季服务费中直接扣减，扣款不影响甲方依第8条要求乙方支付违约金或赔偿损失的权利。

5. 验收
5.1 每季度考核结果经双方签字即为当季服务验收。考核得分低于80分的，当季服务不予验收，乙方应在十日内提交整改报告。
5.2 服务期满前十五日内，乙方提交年度运维总结、系统配置文档、账号口令移交清单；甲方对照第1.2条服务内容逐项核验后出具年度验收意见。

6. 数据安全
6.1 系统中保障对象的身份、收入、住房和家庭成员信息及业务数据均属于甲方，乙方仅为完成运维工作访问上述数据。
6.2 乙方应遵守甲方的网络安全管理制度：运维操作一律通过甲方堡垒机进行并留存审计日志；不得将数据拷贝至任何外部介质或乙方设备；需要使用生产数据测试的，应事先取得甲方书面批准并使用脱敏数据；乙方人员离场时应交回全部账号权限。
6.3 乙方应配合甲方完成等级保护第三级测评的整改工作，发现安全漏洞应在24小时内报告甲方并提出修复方案。
6.4 因乙方人员操作不当或违反上述要求导致数据泄露、篡改、丢失或系统遭受攻击的，乙方应立即报告并采取补救措施，承担由此产生的全部责任，赔偿甲方因此遭受的损失，并承担相应的法律责任。

7. 知识产权
7.1 乙方在服务期内编写的运维文档、脚本、报表及系统修补程序，其知识产权归甲方所有，乙方应一并移交源代码。

8. 违约责任
8.1 乙方未按约定时间派驻人员或未按甲方书面通知的期限完成等级保护整改项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
8.2 乙方服务严重不符合约定，连续两个季度考核得分低于80分的，视为严重违约。
8.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

9. 分包
9.1 乙方不得将本合同服务分包或转包给第三方。

10. 合同解除
10.1 乙方严重违约，或经甲方书面通知后十日内仍未纠正违约行为的，甲方有权书面通知解除本合同，乙方应赔偿甲方因此产生的损失，包括另行委托运维的合理差价。
10.2 服务期满本合同自然终止，不自动续期。甲方需要继续采购的，依法另行组织采购。

11. 服务交接
11.1 合同终止或解除时，乙方应在十个工作日内完成运维交接，移交全部文档、账号、配置和未结问题清单，并配合新的运维单位工作，交接期间服务水平不降低。
11.2 交接完成后，甲方出具交接确认单。乙方未完成交接的，甲方有权暂缓支付最后一个季度的服务费，直至交接完成。

12. 适用法律与争议解决
12.1 本合同适用中华人民共和国法律。
12.2 双方发生争议的，应协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

13. 其他
13.1 本合同未尽事宜，按磋商文件及响应文件执行。
13.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
13.3 因不可抗力导致不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明；不可抗力消除后应立即恢复履行。
13.4 乙方及其人员应遵守廉洁规定，不得向甲方工作人员赠送礼品礼金或安排宴请，违反的，甲方有权解除合同。

甲方（盖章）：江州市住房保障服务中心　　　乙方（盖章）：安平信息服务有限公司
代表签字：__________　　　　　　　　　　　代表签字：__________
日期：2025年12月22日
"""

H310Z05 = """# 智造云图MES系统软件许可及实施合同

（智造云图标准合同文本 V4.0）

合同编号：ZZYT-MES-2026-0152

- 甲方（用户）：柳州市螺香食品有限公司，住所：柳州市柳南区河西工业园螺香路6号
- 乙方（服务商）：深圳市智造云图软件有限公司，住所：深圳市南山区科技园高新南七道18号

甲方为米粉及预包装食品生产企业，拟在其米粉生产基地实施生产执行系统（MES）。乙方以其智造云图MES标准产品为基础，为甲方提供软件许可及定制开发、实施服务。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用智造云图MES标准版（50个并发用户），并按甲方需求进行定制开发。

1.2 定制开发内容：浸泡、磨浆、蒸粉、挤丝、发酵工序的工艺参数采集与批次追溯；米粉配方及辅料包管理；与甲方用友ERP及称重系统的接口；车间电子看板。

1.2.1 定制开发的具体功能以乙方出具的《需求确认书》为准，《需求确认书》经甲方签字后不得变更；《需求确认书》未列明的功能，不属于本合同交付范围。

1.3 实施服务：部署安装、基础数据初始化、用户培训。

1.4 甲方应自行采购并提供满足乙方配置要求的服务器、数据库、操作系统、网络及车间终端设备。因甲方运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。

1.5 本合同所称"上线运行"，是指乙方在甲方服务器上完成系统安装，并通知甲方可以登录使用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云图MES标准版软件许可（50并发用户） | 520,000 |
| 2 | 定制开发（工序追溯、配方管理、接口、电子看板） | 380,000 |
| 3 | 部署实施及数据初始化 | 90,000 |
| 4 | 用户培训 | 20,000 |
| | 合计 | 1,010,000 |

2.1 合同总价为人民币壹佰零壹万元整（¥1,010,000）。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥656,500。乙方收到该笔款项后启动项目。

3.2 系统安装完成并上线运行后五个工作日内，甲方支付合同总价的35%，即¥353,500。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停实施及服务。

3.4 乙方收到每笔款项后十五个工作日内向甲方开具增值税专用发票。

## 第四条 实施

4.1 乙方在收到首笔款项后启动实施，计划在一百二十日内完成上线。实施计划由乙方根据项目情况制定，甲方应予配合。

4.2 因甲方需求变更、现场条件不具备或配合不及时导致延期的，乙方不承担责任，工期相应顺延。

4.3 甲方应指定项目负责人及各车间关键用户，按乙方要求提供工艺流程、配方、物料编码、设备清单等基础资料，并保证资料真实完整。

4.4 合同签订后甲方提出的需求变更，乙方有权另行报价，变更工作量经双方确认后按每人日¥2,800另行计费。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方如对系统功能有异议，应在上线后七日内书面提出，逾期未提出的，视为认可全部交付内容。

5.3 甲方在上线后提出的功能完善要求，乙方将视情况纳入后续版本统筹安排，不影响验收结论及付款。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 维护期内，一级故障（系统整体无法使用）乙方在8小时内响应，二级故障在2个工作日内响应，三级故障在5个工作日内响应。

6.3 乙方将尽力在合理时间内排除故障，但对响应或修复时限的延误不承担任何扣款、赔偿或违约责任。

6.4 因甲方操作不当、擅自修改配置、运行环境变化或第三方软硬件故障引起的问题，不属于免费维护范围，乙方可另行收费处理。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。

7.2 甲方未续签维护协议的，乙方不再提供缺陷修复、版本升级及技术支持。

## 第八条 知识产权

8.1 智造云图MES标准产品的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工序追溯模块、配方管理模块、接口程序、电子看板及相关源代码、文档，其知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方可将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中产生的生产、质量、配方及库存数据归甲方所有，乙方仅为履行本合同使用。

9.2 乙方在部署、远程维护过程中应采取必要的安全措施防止甲方数据泄露、丢失或被篡改，远程访问须经甲方同意并留存记录；发生安全事件的，乙方应在24小时内通知甲方并协助处置；因乙方过错造成数据泄露或丢失的，乙方依法承担赔偿责任。

## 第十条 保密

10.1 双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

10.2 乙方人员及合作伙伴因工作需要接触甲方信息的，乙方应要求其遵守本条约定。

## 第十一条 合作伙伴

11.1 乙方有权将部分定制开发、现场实施及培训工作交由其合作伙伴完成，无需另行征得甲方同意。乙方对合作伙伴的工作承担管理责任。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均不超过合同总价的20%，且不包括甲方的间接损失、利润损失和停产损失。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十四条 争议解决

14.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，双方另有约定的以补充协议为准。

15.3 因不可抗力或网络运营商、电力等非乙方原因导致合同不能履行的，乙方不承担责任。

15.4 双方通知以书面或电子邮件方式发送至本合同首部所列地址或双方项目负责人的电子邮箱，发出即视为送达。

甲方（盖章）：柳州市螺香食品有限公司　　授权代表：________

乙方（盖章）：深圳市智造云图软件有限公司　　授权代表：________

日期：2026年6月2日
"""

H310E01 = """T:Software Licence and Services Agreement - HueLoom Colour Matching Suite
P:Agreement No. CHR-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 April 2026 between:
P:(1) Xuzhou Jinxiu Sachet Embroidery Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 21 Hubin Road, Yunlong District, Xuzhou, Jiangsu Province (the "Buyer"); and
P:(2) Chromatika Software Single Member P.C., a private company incorporated in Greece with its registered office on Nisida Strofades, Regional Unit of Zakynthos, Greece (the "Vendor").
H:Background
P:(A) The Buyer designs and hand-embroiders traditional sachets and today matches threads and fabrics by eye.
P:(B) The Vendor develops HueLoom, a colour-measurement and colour-matching software suite used with desktop spectrophotometers in the textile and craft industries.
P:(C) The Buyer wishes to acquire perpetual licences of HueLoom for its design studio and two embroidery workshops, together with a customised thread library and related installation and training services, and the Vendor is willing to provide them on the terms of this Agreement.
H:Article 1 Definitions
P:1.1 "Software" means the HueLoom Colour Matching Suite, version 7, in object code, including the Spectro Link integration module, and any corrections and new versions supplied under this Agreement.
P:1.2 "Thread Library" means the digital colour library of the Buyer's silk threads, dyed fabric bases and pigment inks to be built by the Vendor under Article 3, including all measurement data, colour recipes, naming and grouping created for the Buyer.
P:1.3 "Contract Price" means the total price stated in Article 4.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 6.
P:1.5 "Buyer Materials" means the Buyer's pattern designs, colour recipes, photographs, sample measurements and customer orders, whether supplied to the Vendor or created in the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on eighteen (18) workstations at the Buyer's premises in Xuzhou for the Buyer's own business.
P:2.2 The Buyer may move a licence from one workstation to another on notice to the Vendor, and may make copies of the Software for backup purposes.
P:2.3 The Buyer shall not decompile or reverse engineer the Software, except to the extent permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall build the Thread Library by measuring approximately 1,200 silk thread colours, 140 fabric bases and 60 pigment inks supplied by the Buyer, and by preparing colour recipes for the Buyer's 300 most used sachet patterns.
P:3.2 The Vendor shall install the Software, connect it to the Buyer's nine existing spectrophotometers through the Spectro Link module, configure user accounts and the light sources used in the Buyer's workshops (D65, TL84 and incandescent A), and train up to twenty of the Buyer's designers and workshop leaders.
P:3.3 The services shall be performed on site in Xuzhou, with a Chinese-speaking project coordinator.
H:Article 4 Price
P:4.1 At the Buyer's request all prices are stated and payable in Chinese Yuan Renminbi (CNY). The Contract Price is CNY 510,000, fixed, inclusive of all taxes, travel and expenses of the Vendor, and is made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|HueLoom workstation licence, perpetual|18|387,000
TB:2|Spectro Link integration module licence, perpetual|1|46,000
TB:|Licence subtotal||433,000
TB:3|Thread Library build and pattern recipes|1 lot|58,000
TB:4|Installation, configuration and training|1 lot|19,000
TB:|Contract Price||510,000
P:4.2 The unit price of a workstation licence is CNY 21,500. Additional licences ordered within three years after Final Acceptance shall be supplied at the same unit price.
H:Article 5 Payment
P:5.1 The Buyer shall pay the Contract Price in three instalments: (a) 20% of the Contract Price (CNY 102,000) within twenty days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% of the Contract Price (CNY 229,500) within twenty days after installation of the Software on all eighteen workstations, which does not constitute acceptance; and (c) 35% of the Contract Price (CNY 178,500) within twenty days after Final Acceptance.
P:5.2 Payments shall be made by bank transfer in CNY to the account designated in the Vendor's invoice. Any bank charges outside China shall be borne by the Vendor.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation within sixty days and the Thread Library within one hundred days after signature of this Agreement.
P:6.2 Acceptance tests shall be carried out jointly at the Buyer's premises. The Software and the Thread Library pass the tests when: (a) on 200 reference swatches chosen by the Buyer, the colour difference between the measured swatch and its library match is not more than 1.0 Delta E (CIEDE2000) for at least 95% of the swatches; (b) repeat measurements on the same instrument vary by not more than 0.2 Delta E; (c) the nine spectrophotometers read into the Software without manual file transfer; (d) the recipes for the 300 patterns are complete and open in all workstations; and (e) the Buyer's designers have completed training.
P:6.3 If the tests are passed, the Buyer shall sign the Final Acceptance Certificate within ten working days. If they are not passed, the Vendor shall correct the defects at its own cost within fifteen days and the tests shall be repeated. Installation, use of the Software in production or payment of any instalment shall not by itself constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that for eighteen (18) months after Final Acceptance the Software will perform substantially in accordance with its documentation and the Thread Library will meet the criteria of Article 6.2. During this period the Vendor shall correct any defect free of charge and supply all new versions of the Software without charge.
P:7.2 The warranty does not cover defects caused by modification of the Software by the Buyer or by hardware not supplied or approved by the Vendor.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period, the Buyer may order annual Software Maintenance. The annual maintenance fee is 11% of the Licence subtotal, that is CNY 47,630 for each maintenance year, and shall not be increased for the first three maintenance years. Thereafter any change shall be agreed in writing.
P:8.2 Software Maintenance includes corrections, new versions, re-measurement of up to fifty new thread colours per maintenance year and telephone and e-mail support during the Vendor's business hours.
P:8.3 During the warranty period and any maintenance year the Vendor shall use commercially reasonable efforts to answer support requests and to correct reported defects. No service levels, response times or resolution times apply to the support services.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 The Thread Library, the pattern recipes and all other results of the services created specifically for the Buyer belong to the Buyer upon creation. The Buyer may use, copy, modify and license them freely, also with other software.
P:9.3 The Vendor shall defend the Buyer against any claim that the Software or the services infringe a third party's rights and shall indemnify the Buyer against the resulting costs and damages.
H:Article 10 Buyer Materials and Data Security
P:10.1 Buyer Materials remain the property of the Buyer. The Vendor shall use Buyer Materials only to perform this Agreement and shall not use them for any other purpose, including the Vendor's own colour libraries or other customers.
P:10.2 The Software is installed on the Buyer's own workstations and servers. The Vendor may access them remotely only with the Buyer's approval for each session, through the Buyer's VPN, and all remote sessions shall be logged. The Vendor shall not take copies of Buyer Materials out of the Buyer's systems, except measurement files needed for the Thread Library, which shall be encrypted in transit and at rest and deleted after Final Acceptance.
P:10.3 The Vendor shall notify the Buyer within twenty-four hours after becoming aware of any unauthorised access to, loss or disclosure of Buyer Materials, shall take all reasonable remedial steps, and shall be responsible for all loss and damage caused to the Buyer by any such incident that results from its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party received in connection with this Agreement, including the Buyer's designs, recipes, prices and customer information, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to complete installation or the Thread Library by the dates in Article 6.1, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 9.3 and 10, to death or personal injury, or to wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of the breach.
P:14.2 On termination by the Buyer before Final Acceptance, the Vendor shall refund all amounts paid.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Greece.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry, by a sole arbitrator, in the English language.
H:Article 16 General
P:16.1 This Agreement is made in English and Chinese. Both versions are equally authentic.
P:For the Buyer: ____________________ Name / Title    For the Vendor: ____________________ Name / Title
"""

H310E02 = """# Laineport Booking Cloud - Order Form and General Terms

Order Form No. LP-CN-0087 | Issued by Laineport OÜ | Version of General Terms: GT-2026.1

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Laineport OÜ, a private limited company registered in Estonia, registry code 16542091, with its registered seat on Vaindloo island, Lääne-Viru County, Estonia ("Laineport").
- **Customer:** Hainan Wuzhizhou Island Marine Tourism Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at Wuzhizhou Island Pier Building, Haitang Bay, Sanya, Hainan Province ("Customer").

This Order Form and the General Terms in Part B (together, the "Agreement") set out the terms on which Laineport provides the Booking Cloud service to Customer. If this Order Form and the General Terms conflict, this Order Form prevails.

### A2. Subscribed Services

Customer operates the ferry service between the Haitang Bay pier and Wuzhizhou Island, and sells snorkelling, shore diving, boat diving and semi-submarine trips on the island. Customer subscribes to the following:

1. **Booking Cloud - Ferry and Activities edition:** online sale of ferry tickets and activity slots, timed boarding passes, capacity and weather-closure management, agent and hotel channel portal, gate scanning app for pier staff, and reporting.
2. **Payments and Channels module:** connection to WeChat Pay, Alipay and UnionPay, and to the online travel agency channels listed in Schedule 1.
3. **Onboarding:** configuration of Customer's routes, vessels, activity products, prices and passenger rules; import of the existing agent list; connection of the 14 pier gate scanners; training of ticket office and dive-centre staff.

### A3. Subscription Term

The Subscription Term is three (3) Subscription Years, starting on the Subscription Start Date. "Subscription Year" means each successive annual period beginning on the Subscription Start Date or on an anniversary of it. The Subscription Start Date is the date of Go-Live Acceptance under section A6. This Order Form does not renew automatically; any further term requires a new Order Form signed by both parties.

### A4. Fees

At Customer's request all fees are quoted, invoiced and paid in Chinese Yuan Renminbi (CNY).

| Item | Basis | Fee (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Booking Cloud - Ferry and Activities edition | per Subscription Year | 228,000 | 684,000 |
| Payments and Channels module | per Subscription Year | 36,000 | 108,000 |
| Onboarding | one-time | 64,000 | 64,000 |
| **Total Contract Value** | | | **856,000** |

Included volume: 180,000 bookings per Subscription Year. Bookings above the included volume are charged at CNY 0.60 per booking, invoiced at the end of the relevant Subscription Year. Fees are fixed for the Subscription Term.

### A5. Invoicing and Payment

1. The Onboarding fee is invoiced after Go-Live Acceptance.
2. Subscription fees are invoiced quarterly in advance, the first invoice being issued on the Subscription Start Date. No fee is payable before the Subscription Start Date.
3. Customer pays each undisputed invoice within thirty (30) days by bank transfer in CNY.

### A6. Onboarding and Go-Live Acceptance

1. Laineport shall make the configured service available for Go-Live testing within fifty (50) days after signature of this Order Form.
2. Go-Live tests: (a) sale of tickets and activity slots through the website, the WeChat mini-program and the ticket office, with correct prices and capacity; (b) a simulated weather closure that cancels departures and triggers refunds to the original payment method; (c) gate scanning on all fourteen scanners, also offline for at least two hours; (d) reconciliation of ten days of test payments with the payment providers' statements without difference; and (e) completed staff training.
3. When the tests are passed, Customer signs a Go-Live Acceptance certificate within five working days. Use of the service for test sales does not by itself amount to acceptance.
4. If Laineport does not make the service available for Go-Live testing by the date in section A6.1, it shall pay Customer CNY 900 for each day of delay, up to CNY 45,000.

### A7. Service Levels

1. Availability: the booking engine and the gate scanning service shall be available 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.
2. Support: Severity 1 (no tickets can be sold or scanned, or payments fail for all customers) - response within 30 minutes, 24 hours a day, and a workaround within 3 hours; Severity 2 (a channel or function is unavailable) - response within 2 hours; Severity 3 - next business day.
3. Service credits: if monthly availability falls below the commitment, Customer receives a credit of 5% of the monthly subscription fee for each 0.1 percentage point or part of it below 99.95%, up to 50% of the monthly fee. If a Severity 1 response is late, Customer receives a credit of CNY 1,000 for each hour or part of it. Credits are deducted from the next invoice.

### A8. Schedule 1 - Channels

Ctrip, Meituan, Fliggy and Tongcheng online travel agencies, and Customer's own hotel partners through the agent portal.

## PART B - GENERAL TERMS

### B1. Provision of the Service

1.1 Laineport shall provide the subscribed services in accordance with the Agreement and the documentation.

1.2 Laineport may improve the service from time to time, provided it does not materially reduce the functions subscribed by Customer.

1.3 Customer is responsible for the accuracy of its prices, timetables and passenger rules, and for the use of the service by its users.

### B2. Customer Data

2.1 "Customer Data" means all data entered into the service by or for Customer, including passenger names, identity document numbers, telephone numbers, bookings, payments and dive certification details.

2.2 Customer Data belongs to Customer. Laineport shall use Customer Data only to provide the services to Customer under the Agreement and shall not sell it or use it for any other purpose.

2.3 On expiry or termination, Laineport shall make Customer Data available for export in CSV format for sixty (60) days and then delete it from the production systems.

### B3. Customer Configurations

3.1 Route and product set-ups, price rules, booking page designs, reports and other configurations prepared for Customer in the onboarding ("Customer Configurations") belong to Customer, which may use, copy and modify them and provide them to any successor provider.

3.2 Laineport retains all rights in the Booking Cloud software and in its general know-how.

### B4. Confidentiality

4.1 Each party shall keep confidential the other party's non-public business, technical and financial information received under the Agreement, use it only for the Agreement and not disclose it to any third party without the other party's prior written consent, except to its professional advisers under a duty of confidence or as required by law.

4.2 This clause continues for three years after the end of the Agreement.

### B5. Subcontractors

5.1 Laineport uses the hosting and payment-gateway providers named in Schedule 1 of its documentation, which Customer approves by signing this Order Form.

5.2 Laineport shall not appoint any other subcontractor to perform any part of the services without Customer's prior written consent, and remains responsible for the acts of its subcontractors.

### B6. Warranties

6.1 Laineport warrants that the service will perform materially in accordance with the documentation and that the onboarding will be carried out with reasonable skill and care.

6.2 Customer's remedies for breach of the service levels are the service credits in section A7 and the right to terminate under clause B8.

### B7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

7.2 Laineport's total liability arising out of or in connection with the Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

7.3 Nothing in the Agreement limits liability for death or personal injury caused by negligence, or for fraud.

### B8. Term and Termination

8.1 The Agreement runs for the Subscription Term.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after written notice. Customer may also terminate if monthly availability is below 99.0% in any two consecutive months.

8.3 On termination by Customer under clause 8.2, Laineport shall refund any fees paid for the period after termination.

### B9. Governing Law and Jurisdiction

9.1 The Agreement is governed by the laws of the Republic of Estonia.

9.2 The courts of Estonia, with Harju County Court in Tallinn as the court of first instance, have exclusive jurisdiction over any dispute arising out of the Agreement.

### B10. General

10.1 Neither party may assign the Agreement without the other's written consent.

10.2 Notices shall be in writing and sent to the addresses in section A1, with a copy by e-mail.

10.3 The Agreement is the entire agreement of the parties about its subject matter.

**Signed for Laineport OÜ:** ____________________ Name, Title, Date

**Signed for Hainan Wuzhizhou Island Marine Tourism Co., Ltd.:** ____________________ Name, Title, Date
"""

H310E03 = """T:Purchase Contract for Fruit-Fly Monitoring Trap Sensors and Analytics Platform
P:Contract No. XJ-PUR-2026-019
P:This Purchase Contract is entered into on 9 March 2026 by and between:
P:Buyer: Hunan Xiangju Citrus Farm Co., Ltd., a company established under the laws of the People's Republic of China, with its registered address at Shiyan Village, Mayang Miao Autonomous County, Huaihua, Hunan Province (the "Buyer"); and
P:Supplier: Hjortø Field Systems ApS, a company registered in Denmark (CVR 43817265), with its registered office on Hjortø island, Svendborg Municipality, Denmark, acting in China through its appointed project office in Changsha (the "Supplier").
P:WHEREAS the Buyer operates about 3,400 mu of navel orange and ponkan orchards that suffer losses from the oriental fruit fly (Bactrocera dorsalis) and the Chinese citrus fly, and wishes to replace manual weekly trap counts with automatic monitoring; and WHEREAS the Supplier manufactures camera-based pheromone trap sensors and an analytics platform and has offered to supply, install and commission them, the parties agree as follows.
H:Section 1 Definitions and Interpretation
P:1.1 "Equipment" means the trap sensors, LoRa gateways, solar power kits and spare parts listed in Section 3.
P:1.2 "Platform" means the Supplier's FlyWatch analytics software installed on the Buyer's server at the farm headquarters, including the mobile application for field staff.
P:1.3 "Contract Price" means the total price set out in Section 3.1.
P:1.4 "Final Acceptance" means the date on which the Buyer signs the Final Acceptance Certificate under Section 6.
P:1.5 "Farm Data" means all images, trap counts, sensor readings, GPS positions, weather records and alerts generated by the Equipment or the Platform, and all data supplied by the Buyer.
P:1.6 Headings are for convenience only. The Schedules form part of this Contract.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission 320 trap sensors and twelve gateways across the Buyer's orchard blocks according to the layout plan in Schedule 1, install the Platform on the Buyer's server, and train the Buyer's plant-protection staff.
P:2.2 The Supplier shall tune the species-recognition model of the Platform on images from the Buyer's orchards and build the Buyer-specific dashboards and spray-decision alerts described in Schedule 2 (the "Custom Deliverables").
P:2.3 All Equipment shall be new, of the models specified in Schedule 1, and suitable for outdoor use in hot and humid conditions (IP66, operating range -10 to 55 degrees Celsius).
H:Section 3 Price
P:3.1 At the Buyer's request the Contract Price is expressed and paid in Chinese Yuan Renminbi (CNY). The Contract Price is CNY 1,150,000, fixed and inclusive of VAT, import duties, freight to the farm, installation, travel and all other costs of the Supplier. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Camera pheromone trap sensor with solar kit|320|2,150|688,000
TB:2|LoRa gateway with 4G backhaul|12|14,500|174,000
TB:3|FlyWatch Platform licence, perpetual, farm server|1|126,000|126,000
TB:|Hardware and licence subtotal|||988,000
TB:4|Installation, calibration and commissioning|1 lot||92,000
TB:5|Model tuning and custom dashboards|1 lot||58,000
TB:6|Training|1 lot||12,000
TB:|Contract Price|||1,150,000
P:3.2 Replacement lures and sticky boards are not included. The Supplier shall supply them on the Buyer's order at the unit prices in Schedule 1.
H:Section 4 Payment
P:4.1 10% of the Contract Price (CNY 115,000) as an advance payment within fifteen working days after signature, against a bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 632,500) within fifteen working days after the Installation Certificate is signed for all trap sensors and gateways. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 402,500) within fifteen working days after Final Acceptance.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the farm within forty-five days after signature and complete installation before the start of the fruit-fly season on 15 May 2026.
P:5.2 The Buyer shall provide access to the orchard blocks, the server room and a local contact person.
P:5.3 If the Supplier fails to complete installation by the date in Section 5.1, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligations.
H:Section 6 Acceptance
P:6.1 After installation the system shall run for a trial period of twenty-one days during the fly season.
P:6.2 Acceptance criteria: (a) at least 97% of trap sensors report images and counts each day; (b) on fifty traps checked by the Buyer's staff twice a week, the automatic count of target flies is within 10% of the manual count on average; (c) the Platform sends alerts to the mobile application within ten minutes of a threshold being exceeded; (d) the Custom Deliverables are complete according to Schedule 2; and (e) training has been completed and the documentation delivered in Chinese.
P:6.3 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven working days. If not, the Supplier shall correct the defects within fourteen days and the trial period shall be repeated. Installation, use of the system or any payment does not constitute acceptance.
H:Section 7 Warranty
P:7.1 The Supplier warrants the Equipment and the Platform for twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment free of charge, including transport and labour, and shall provide software corrections and updates.
P:7.2 Batteries and solar panels are covered by the same warranty. Damage caused by lightning, flooding or farm machinery is not covered.
H:Section 8 Support and Service Levels
P:8.1 Faults shall be classified as follows: Severity 1 - a gateway or the Platform is down, or more than 20% of trap sensors are offline; Severity 2 - individual trap sensors or functions fail; Severity 3 - questions and minor defects.
P:8.2 The Supplier shall respond to a Severity 1 fault within one (1) hour, start on-site work within twenty-four hours and restore service within forty-eight hours. Severity 2 faults shall be responded to within eight hours and fixed within five days.
P:8.3 For each hour by which the Supplier is late in responding to or restoring a Severity 1 fault, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:Section 9 Maintenance after Warranty
P:9.1 After the warranty period the Buyer may order annual maintenance. The maintenance fee for each maintenance year is 8% of the hardware and licence subtotal, that is CNY 79,040, and shall remain unchanged for three maintenance years. Maintenance covers the same services and service levels as the warranty, except for damage by external causes.
P:9.2 Maintenance is ordered by a separate purchase order for each maintenance year and does not renew automatically.
H:Section 10 Farm Data and Data Security
P:10.1 Farm Data belongs to the Buyer. The Supplier may use Farm Data only to perform this Contract, and shall not use it for training models for other customers, for research or for any other purpose without the Buyer's prior written consent.
P:10.2 The Platform and Farm Data shall be stored on the Buyer's server in China. The Supplier shall encrypt data transmitted by the gateways, maintain access control with individual accounts, and access the Platform remotely only through the Buyer's VPN with the Buyer's approval for each session.
P:10.3 The Supplier shall notify the Buyer within twenty-four hours after becoming aware of any unauthorised access to or loss of Farm Data, shall cooperate in remedying it, and shall be liable for all losses of the Buyer caused by a breach of this Section by the Supplier or its personnel.
H:Section 11 Intellectual Property
P:11.1 The Custom Deliverables, including the tuned recognition model weights, dashboards, alert rules and their documentation, belong to the Buyer, which may use, modify and license them freely.
P:11.2 The Supplier retains the intellectual property in the standard Platform and grants the Buyer a perpetual licence to use it. The Supplier shall indemnify the Buyer against any third-party infringement claim.
H:Section 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including orchard layouts, yields, prices and technical information, and shall not disclose it to a third party without prior written consent. This obligation continues for three years after the Contract ends.
H:Section 13 Liability
P:13.1 The Supplier's total liability under this Contract shall not exceed twice the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Section 10.
H:Section 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation labour may be engaged only with such consent and under the Supplier's supervision and responsibility.
H:Section 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if liquidated damages under Section 5.3 reach their maximum.
P:15.2 On termination the Supplier shall refund amounts paid for Equipment or services not accepted.
H:Section 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha. The award is final and binding.
H:Section 17 Miscellaneous
P:17.1 This Contract is made in Chinese and English, both equally authentic, and enters into force on signature by both parties.
P:Schedule 1: Equipment list and orchard layout. Schedule 2: Custom Deliverables.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H310E04 = """# MANAGED FIREWALL AND VPN SERVICE AGREEMENT

Agreement reference: NV-MS-CN-2026-11

**Between**

**Nordvakt Managed Security AS**, a company registered in Norway (organisation number 931 284 557), with its registered office on Herøy, Møre og Romsdal, Norway, acting through its service centre in Shenzhen ("Provider"); and

**Zhongshan Brightway Lighting Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office at No. 8 Donghui Road, Guzhen Town, Zhongshan, Guangdong Province ("Customer").

**Background.** Customer manufactures decorative and commercial lighting in Guzhen and runs a showroom in Guangzhou and sales offices in Shanghai and Chengdu. Customer wants its perimeter firewalls and site-to-site and remote-access VPN to be provided and operated as a managed service. Provider has offered to do so on the following terms.

## 1. Definitions

1.1 **"Service"** means the managed firewall and VPN service described in clause 2 and the Schedules.

1.2 **"Sites"** means the Guzhen factory and headquarters, the Guangzhou showroom and the Shanghai and Chengdu sales offices.

1.3 **"Service Commencement Date"** means the date on which Customer signs the Service Acceptance certificate under clause 4.

1.4 **"Minimum Term"** means thirty-six (36) months from the Service Commencement Date.

1.5 **"Customer Data"** means firewall configurations, rule sets, VPN user lists, traffic logs, alerts and any other data of Customer processed by Provider.

1.6 **"Total Contract Value"** means the total of the charges for the Minimum Term shown in Schedule 2.

## 2. The Service

2.1 Provider shall supply, install and own a high-availability pair of next-generation firewalls at the Guzhen headquarters and a branch firewall at each other Site, and shall operate them as a managed service from its security operations centre in Shenzhen.

2.2 The Service includes: design and migration of Customer's current rule base; site-to-site VPN between all Sites; remote-access VPN for up to 260 named users with two-factor authentication; intrusion prevention and URL filtering; 24x7 monitoring; change requests (up to 30 standard changes per month); firmware and signature updates; quarterly security reviews; and monthly reports.

2.3 Provider shall keep the equipment in good working order and replace faulty units at its own cost during the Minimum Term.

2.4 Provider shall assign a named service manager who attends a monthly service review with Customer's IT manager, either on site in Guzhen or by video conference. The review covers incidents, changes, capacity, threat trends and planned work for the following month.

2.5 Customer shall provide rack space, power and a dedicated out-of-band internet line at each Site, and shall give Provider's engineers escorted access to the Sites for installation and hardware replacement.

2.6 Provider shall implement changes requested by Customer through the customer portal. Standard changes are completed within the times shown in Schedule 1; emergency changes needed to block an active attack are made immediately and confirmed to Customer afterwards.

## 3. Charges and Payment

3.1 At Customer's request all charges are stated and paid in Chinese Yuan Renminbi (CNY). The charges are set out in Schedule 2.

3.2 The one-time set-up charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. Nothing is payable before Service Acceptance.

3.3 Customer shall pay undisputed invoices within thirty (30) days of receipt.

3.4 Charges are fixed for the Minimum Term and for any renewal term.

## 4. Implementation and Service Acceptance

4.1 Provider shall complete installation and migration at all Sites within sixty (60) days after signature of this Agreement.

4.2 Service Acceptance tests: (a) all rules of the migrated rule base verified against the agreed rule matrix; (b) failover of the headquarters firewall pair without loss of established VPN tunnels; (c) site-to-site VPN throughput of at least 200 Mbps between Guzhen and each other Site; (d) remote-access VPN login with two-factor authentication for fifty test users; and (e) monitoring and alerting of all devices visible in the customer portal.

4.3 When the tests are passed, Customer signs the Service Acceptance certificate within five working days. Go-live of a Site or use of the Service does not by itself constitute acceptance.

4.4 If Provider fails to complete installation by the date in clause 4.1, it shall pay Customer liquidated damages of 0.01% of the Total Contract Value for each day of delay.

4.5 Provider shall deliver, before Service Acceptance, an as-built design document, the final rule matrix, an operations runbook and the escalation contact list, all in Chinese and English.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 1, including availability of the headquarters firewall service of 99.99% per calendar month.

5.2 If Provider fails to meet a service level, Customer is entitled to the service credits stated in Schedule 1, which are deducted from the next invoice.

## 6. Customer Data and Data Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service and shall not use it for any other purpose, including threat research for other customers.

6.2 Provider shall process and store Customer Data only in mainland China, in systems certified to ISO/IEC 27001 and filed at MLPS level 3. Access to Customer's devices is restricted to named engineers with individual accounts and multi-factor authentication, and all administrative sessions are recorded.

6.3 Provider shall notify Customer within twelve (12) hours after becoming aware of any security incident affecting Customer Data or Customer's devices, take immediate containment measures, and be responsible for all damage caused to Customer by an incident resulting from Provider's breach of this clause 6.

6.4 On expiry Provider shall hand over all configurations and logs in a readable format and then securely delete Customer Data from its systems.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including network designs, passwords, product plans and prices, and shall not disclose it to any third party without prior written consent. This clause survives for three years after the Agreement ends.

## 8. Intellectual Property

8.1 Customer's rule sets, network designs, VPN configurations and reports prepared for Customer belong to Customer, which may use and modify them and give them to any other service provider.

8.2 Provider retains the rights in its tools, portal and general know-how.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for liability under clause 6, for personal injury or for wilful misconduct, which is unlimited.

9.2 Neither party is liable for indirect or consequential loss.

## 10. Subcontracting

10.1 Provider shall not subcontract the Service or any part of it without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

## 11. Term, Renewal and Termination

11.1 This Agreement starts on signature and continues for the Minimum Term. After the Minimum Term it renews for successive periods of one Subscription Year each, at the same charges, unless either party gives notice of non-renewal at least ninety (90) days before the end of the current term.

11.2 Customer may not terminate this Agreement, in whole or in part, before the end of the Minimum Term. Customer's sole and exclusive remedies for any failure of the Service, including failure to meet any service level, are the service credits under Schedule 1 and the liquidated damages under clause 4.4.

11.3 Provider may suspend or terminate the Service if Customer fails to pay undisputed charges within sixty (60) days after a written reminder.

11.4 On expiry of the Agreement Provider shall support the transfer of the Service to Customer or a new provider for up to sixty (60) days at the same charges.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

13.2 Notices shall be in writing and delivered to the addresses above, with a copy by e-mail to the contacts named by each party.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

## Schedule 1 - Priorities and Service Levels

| Priority | Definition | Response | Restoration | Credit |
|---|---|---|---|---|
| P1 | Headquarters firewall pair down, or site-to-site VPN to two or more Sites down | 15 minutes | 2 hours | CNY 2,000 per hour of delay in restoration |
| P2 | One branch Site or remote-access VPN down | 30 minutes | 6 hours | CNY 600 per hour of delay |
| P3 | Degraded performance, failed change | 2 hours | 2 business days | none |
| P4 | Standard change request | 1 business day | 3 business days | none |

Availability: 99.99% per calendar month for the headquarters firewall service. Credit: 5% of the monthly service charge for each 0.01 percentage point below the target, up to 50% of the monthly service charge.

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) | Total for the Minimum Term (CNY) |
|---|---|---|---|
| Set-up, design and migration | one-time | 58,000 | 58,000 |
| Managed firewall and VPN service, all Sites | monthly, 36 months | 46,500 | 1,674,000 |
| **Total Contract Value** | | | **1,732,000** |

**Signed for Provider:** ____________________ Name, Title, Date

**Signed for Customer:** ____________________ Name, Title, Date
"""

H310E05 = """API SUBSCRIPTION AGREEMENT
EMPLOYER REGISTRATION CHECK SERVICE

Agreement No.: ZL-API-2026-0329

THIS AGREEMENT is made on 20 May 2026

BETWEEN:

ZUTLINK D.O.O., a limited liability company registered in Croatia (OIB 48291736650), with its registered office on Otok Žut, Municipality of Murter-Kornati, Šibenik-Knin County, Croatia ("Vendor"); and

BEIJING ZHAOPIN TONGDA NETWORK TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China, with its registered office at Building 3, No. 9 Shangdi East Road, Haidian District, Beijing ("Customer").

RECITALS

(A) Customer operates an online recruitment website and mobile application on which employers publish job advertisements. Before an employer account is activated, Customer must check that the employer is a duly registered enterprise and that the person registering it is authorised.

(B) Vendor operates an API service that checks an enterprise's name, unified social credit code, registration status, legal representative and business scope against public registration records, and returns a match result and a risk flag.

(C) Customer wishes to subscribe to the API service, and Vendor wishes to provide it, on the terms below.

1. DEFINITIONS

1.1 "API Service" means Vendor's Employer Registration Check API, version 3, with the functions listed in the Schedule.

1.2 "Subscription Year" means each successive annual period starting on the Service Start Date or on an anniversary of it.

1.3 "Service Start Date" means the date on which Customer signs the Go-Live Acceptance notice under clause 4.

1.4 "Customer Data" means all query data submitted by Customer (including enterprise names, credit codes and the names and mobile numbers of persons registering employer accounts), all results returned to Customer, and all logs of Customer's queries.

1.5 "Integration Work" means the adapters, mapping rules and test scripts that Vendor develops to connect the API Service to Customer's employer onboarding system.

2. SUBSCRIPTION AND TERM

2.1 Vendor grants Customer the right to use the API Service for its own recruitment platforms during the Term.

2.2 The Term is two (2) Subscription Years from the Service Start Date. The Agreement does not renew automatically. The parties may agree a further term in writing.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and payable in Chinese Yuan Renminbi (CNY). The fees are set out in the Schedule. The Total Contract Value is CNY 830,000, consisting of two annual subscription fees of CNY 396,000 and a one-time integration fee of CNY 38,000.

3.2 The integration fee is invoiced after Go-Live Acceptance. Each annual subscription fee is invoiced at the start of the relevant Subscription Year, the first on the Service Start Date. No amount is payable before the Service Start Date.

3.3 Queries above the annual volume included in the subscription are charged at the overage rate in the Schedule and invoiced at the end of each Subscription Year.

3.4 Customer shall pay each undisputed invoice within thirty (30) days. Fees are fixed for the Term.

4. INTEGRATION AND GO-LIVE ACCEPTANCE

4.1 Vendor shall complete the Integration Work and make the production API available for acceptance testing within forty (40) days after signature.

4.2 Go-Live Acceptance criteria: (a) results for a test set of 2,000 enterprises chosen by Customer match the public registration records in every field returned; (b) median response time under 300 milliseconds and 99th percentile under 1.5 seconds at 80 queries per second for thirty minutes; (c) correct error codes for deregistered, revoked and non-existent enterprises; and (d) handover of the Integration Work with its source code and documentation.

4.3 Customer shall sign the Go-Live Acceptance notice within five working days after the criteria are met. Test traffic or production use does not by itself constitute acceptance.

4.4 If Vendor does not make the API Service available for acceptance testing by the date in clause 4.1, Vendor shall pay Customer CNY 700 for each day of delay, up to CNY 35,000.

5. SERVICE LEVELS AND CREDITS

5.1 Vendor shall make the API Service available 99.95% of each calendar month, excluding scheduled maintenance notified at least three days in advance and carried out between 02:00 and 05:00 Beijing time.

5.2 Incidents are classified in the Schedule. For a Priority 1 incident Vendor shall respond within thirty (30) minutes at any time of day and restore the service or provide a workaround within two (2) hours.

5.3 If monthly availability is below the commitment, Customer shall receive a credit of 10% of one twelfth of the annual subscription fee for each 0.1 percentage point or part of it below 99.95%. If a Priority 1 response is late, Customer shall receive a credit of CNY 1,500 for each hour or part of it. Credits are set off against the next invoice or paid at the end of the Term.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the API Service to Customer and shall not use it to build or enrich any database, for analytics, for product development or for any other customer, in identifiable, de-identified or aggregated form.

6.2 Vendor shall host the API Service for Customer in a data centre in mainland China filed at MLPS level 3, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, and keep query logs for no longer than ninety (90) days unless Customer instructs otherwise.

6.3 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Vendor shall not transfer Customer Data outside mainland China.

6.4 Vendor shall notify Customer within twenty-four (24) hours after becoming aware of any unauthorised access to, or loss, alteration or disclosure of, Customer Data, shall take all necessary remedial measures and shall be responsible for, and indemnify Customer against, all losses, fines and claims caused by any such incident resulting from Vendor's breach of this clause 6.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential any non-public information received from the other party in connection with this Agreement, including prices, system designs and business plans, and shall not disclose it to any third party without the other party's prior written consent, except to its advisers bound by a duty of confidence or where required by law. This obligation survives for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Vendor retains all rights in the API Service and its underlying software.

8.2 The Integration Work belongs to Customer upon delivery. Customer may use, modify and license it freely.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract the API Service or the Integration Work, or any part of them, without Customer's prior written consent. Vendor remains responsible for the performance of any approved subcontractor.

10. LIABILITY

10.1 Vendor's total liability arising out of or in connection with this Agreement shall not exceed one and a half times the Total Contract Value. This limit does not apply to liability under clause 6, to wilful misconduct or to personal injury.

10.2 Neither party shall be liable for loss of profit or for indirect loss, except under clause 6.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after written notice.

11.2 Customer may also terminate this Agreement by written notice if monthly availability is below 99.0% in two consecutive months.

11.3 On termination by Customer under clause 11.1 or 11.2, Vendor shall refund the part of the annual subscription fee that relates to the period after termination.

11.4 On expiry or termination Vendor shall return all Customer Data and delete it from its systems within thirty (30) days, and confirm the deletion in writing.

12. GOVERNING LAW AND JURISDICTION

12.1 This Agreement is governed by the laws of the Republic of Croatia.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the Commercial Court in Zagreb.

13. GENERAL

13.1 Notices shall be in writing and delivered to the addresses above, with a copy by e-mail to the contacts named in the Schedule.

13.2 This Agreement is made in English and Chinese. Both versions have equal effect.

13.3 This Agreement, with the Schedule, is the entire agreement of the parties about its subject matter. Amendments must be in writing and signed by both parties.

SCHEDULE - SERVICE DESCRIPTION, FEES AND INCIDENT PRIORITIES

Part 1 - Functions

- Enterprise registration lookup by name or unified social credit code.
- Registration status (active, deregistered, revoked, in liquidation).
- Legal representative name match.
- Business scope keywords relevant to recruitment (labour dispatch, human resources services).
- Risk flag for enterprises registered in the last thirty days or with a recent change of legal representative.

Part 2 - Fees

Annual subscription fee: CNY 396,000 per Subscription Year, including up to 6,000,000 queries per Subscription Year.
One-time integration fee: CNY 38,000.
Overage: CNY 0.08 per query above the included volume.
Total Contract Value for the Term: CNY 830,000.

Part 3 - Incident Priorities

Priority 1: the API Service is unavailable or returns errors for more than 5% of queries. Response: 30 minutes. Restoration or workaround: 2 hours.
Priority 2: degraded response times or a single function unavailable. Response: 2 hours. Restoration: 8 hours.
Priority 3: other defects and questions. Response: next business day.

Part 4 - Contacts

Vendor: service desk, Zagreb and Shanghai. Customer: head of employer verification, Beijing.

SIGNED for and on behalf of ZUTLINK D.O.O.: ____________________ Name, Title

SIGNED for and on behalf of BEIJING ZHAOPIN TONGDA NETWORK TECHNOLOGY CO., LTD.: ____________________ Name, Title
"""

# ---------------------------------------------------------------- files and labels
FILES = {  # key: (file name, language, category, source)
    "h310z01": ("h310z01_statistics_bureau_direct_reporting_platform.pdf", "zh", "software", H310Z01),
    "h310z02": ("h310z02_sugar_mill_crushing_control_retrofit.docx", "zh", "hardware", H310Z02),
    "h310z03": ("h310z03_yoga_chain_scheduling_membership_saas.txt", "zh", "cloud", H310Z03),
    "h310z04": ("h310z04_housing_security_system_annual_om.txt", "zh", "services", H310Z04),
    "h310z05": ("h310z05_rice_noodle_mes_supplier_template.md", "zh", "software", H310Z05),
    "h310e01": ("h310e01_sachet_embroidery_colour_matching_licences.pdf", "en", "software", H310E01),
    "h310e02": ("h310e02_island_ferry_diving_booking_saas.md", "en", "cloud", H310E02),
    "h310e03": ("h310e03_citrus_farm_fruit_fly_trap_sensors.docx", "en", "hardware", H310E03),
    "h310e04": ("h310e04_lighting_maker_managed_firewall_vpn.md", "en", "services", H310E04),
    "h310e05": ("h310e05_job_site_employer_check_api.txt", "en", "cloud", H310E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only),
# acceptance_deemed_on_delivery, contract_value; fee base for TCO (goods only)
T = {
    "h310z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10, False, True, False,
                 "PRC", G], [True, True, True, False, 2260000], 860000),
    "h310z02": ([None, 0.5, True, "buyer", True, True, True, 0.03, 150, 10, True, True, 18, 28, False, True, False,
                 "PRC", G], [True, True, True, False, 3060000], 2560000),
    "h310z03": ([99.95, 0.25, True, "buyer", True, False, True, 500 / 580000 * 100, None, 244000 / 580000 * 100,
                 True, None, None, None, True, True, False, "PRC", S], [True, True, None, False, 580000], None),
    "h310z04": ([99.5, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True,
                 False, "PRC", S], [True, True, None, False, 684000], None),
    "h310z05": ([None, 8, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False, True, True,
                 None, G], [True, False, False, True, 1010000], 520000),
    "h310e01": ([None, None, False, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                 "Greece", G], [False, True, True, False, 510000], 433000),
    "h310e02": ([99.95, 0.5, True, "buyer", False, True, True, 900 / 856000 * 100, round(6 / 36 * 100, 4), None, True, None,
                 None, None, False, True, False, "Estonia", S], [True, True, None, False, 856000], None),
    "h310e03": ([None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8, False, True, False,
                 "PRC", G], [True, True, True, False, 1150000], 988000),
    "h310e04": ([99.99, 0.25, True, "buyer", True, True, True, 0.01, 150, None, True, None, None, None, False, False,
                 False, "PRC", S], [True, True, None, False, 1732000], None),
    "h310e05": ([99.95, 0.5, True, "buyer", True, True, True, 700 / 830000 * 100, 150, None, True, None, None, None,
                 False, True, False, "Croatia", S], [True, True, None, False, 830000], None),
}
EXPECTED = {  # written by hand from the texts; checked below against the policy applied to the labels
    "h310z01": [], "h310e03": [],
    "h310e05": ["CR-GOVERNING-LAW"],
    "h310z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h310z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
    "h310z04": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "h310e01": ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h310e02": ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "h310e04": ["CR-LD-LOW", "CR-TERMINATION"],
    "h310z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years, pro rata."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def policy_rules(t, x, base):
    """policy.md §3 applied to my own labels (a consistency check of the labels, not a model of any code)."""
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, lang, cat, _ = FILES[key]
    vals, extra, base = T[key]
    terms = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": extra[0], "ld_stated": extra[1]}
    if terms["contract_kind"] == G:
        x["post_warranty_fee_capped"] = extra[2]
    else:
        assert extra[2] is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = extra[3]
    x["contract_value"] = extra[4]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": x,
            "expected_rules": sorted(EXPECTED[key])}, base


# ---------------------------------------------------------------- threshold figures
BANNED = [  # (what, regex) - each threshold figure in digits, Chinese numerals and words
    ("availability 99.9", r"(?<![\d.])99\.9(?!\d)|九十九点九(?![一二三四五六七八九])"),
    ("P1 4 hours", r"(?<![\d.])4\s*(?:个)?(?:小时|h\b|hours?\b|hrs?\b|-hour)"),
    ("P1 四小时", r"(?<![十一二三四五六七八九零〇两])四\s*个?小时"),
    ("P1 four hours", r"(?i)(?<![-\w])four\s*(?:\(4\)\s*)?(?:-\s*)?hours?\b"),
    ("P1 240 minutes", r"(?i)(?<![\d.,])240\s*(?:分钟|min)|二百四十分钟|two hundred (?:and )?forty minutes"),
    ("LD 0.05 %", r"(?i)(?<![\d.])0\.05\s*(?:%|per ?cent|个百分点)|万分之五(?![十一二三四五六七八九])"),
    ("cap 100 %", r"(?i)(?<![\d.,])100\s*(?:%|per ?cent)|百分之(?:一)?百(?![零一二三四五六七八九十])|one hundred per ?cent"),
    ("30 %", r"(?i)(?<![\d.,])30\s*(?:%|per ?cent)|百分之三十(?![一二三四五六七八九])|(?<![十一二三四五六七八九])三成|thirty per ?cent"),
    ("warranty 12 months", r"(?i)(?<![\d.,])12\s*(?:个月|months?\b|-month)|(?<![一二三四五六七八九])十二个月"
                           r"|twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?"),
    ("warranty one year", r"(?i)(?<![十\d])一年|(?<![-\w])(?:one|1)\s*(?:\(1\)\s*)?(?:-\s*)?years?\b"),
    ("post-warranty 15 %", r"(?i)(?<![\d.,])15\s*(?:%|per ?cent)|百分之十五(?![一二三四五六七八九])|fifteen per ?cent"),
    ("TCO 40 %", r"(?i)(?<![\d.,])40\s*(?:%|per ?cent)|百分之四十(?![一二三四五六七八九])|(?<![十一二三四五六七八九])四成|forty per ?cent"),
    ("5 years", r"(?i)(?<![\d.,])5\s*(?:个)?(?:年|years?\b|-year)|(?<![一二三四五六七八九十〇零两])五\s*个?年(?!度)"
                r"|五个年度|(?<![-\w])five\s*(?:\(5\)\s*)?(?:-\s*)?years?\b"),
    ("60 months", r"(?i)(?<![\d.,])60\s*(?:个月|months?\b|-month)|六十个月|sixty\s*(?:\(60\)\s*)?months?"),
]
MUST_HIT = ["99.9%", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "Four (4) hours", "240分钟", "240 minutes",
            "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月",
            "12 months", "十二个月", "twelve months", "一年", "one year", "one (1) year", "1 year", "15%", "百分之十五",
            "40%", "百分之四十", "四成", "五年", "5年", "5 years", "five years", "five-year", "60个月", "60 months",
            "sixty months", "thirty per cent", "fifteen per cent"]
MUST_NOT_HIT = ["24小时", "二十四小时", "14 hours", "24 hours", "twenty-four hours", "twenty-four (24) hours",
                "99.95%", "99.99%", "115%", "0.15%", "130%", "四十二个月", "二十二个月", "2025年", "2026年", "十五年",
                "35%", "45%", "150%", "0.005%", "万分之五十", "first year", "服务年度", "2 hours", "48 hours",
                "one twelfth", "1.5 seconds", "three years"]


def scan(text):
    hits = []
    for what, rx in BANNED:
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = re.search(rx, variant)
            if m and not (variant is not text and what.startswith("P1") and False):
                hits.append((what, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
                break
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "regex misses %r" % s
    for s in MUST_NOT_HIT:
        assert not scan(" %s " % s), "regex wrongly hits %r: %r" % (s, scan(s))


# ---------------------------------------------------------------- read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, cat, src) in FILES.items():
        kind = name.rsplit(".", 1)[1]
        if kind in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, kind)
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    print("\n%-9s %-5s %-6s %-8s %s" % ("contract", "lang", "length", "risk", "expected rules"))
    for key, (name, lang, cat, src) in FILES.items():
        lab, base = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        # arithmetic and policy consistency
        got = policy_rules(t, x, base)
        if got != lab["expected_rules"]:
            problems.append("%s: rules from labels %s != expected %s" % (key, got, lab["expected_rules"]))
        covered.update(got)
        # no derived value on a threshold
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - thr) < 1e-6:
                problems.append("%s: %s on threshold" % (key, k))
        share = tco_share(t, x, base)
        if share is not None and abs(share - 40) < 1:
            problems.append("%s: TCO share %.2f too near 40" % (key, share))
        if t["warranty_months"] is not None and abs(t["warranty_months"] - 60) < 1e-6:
            problems.append("%s: warranty 60" % key)
        # texts
        back = read_back(OUT / name)
        for text, where in ((src, "source"), (back, "read back")):
            for h in scan(text):
                problems.append("%s %s: threshold figure %s %r in ...%s..." % (key, where, h[0], h[1], h[2]))
        n = len(back) if lang == "zh" else len(back.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (key, n, lo, hi))
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-9s %-5s %-6d %-8s %s%s" % (key, lang, n, risk(got), ", ".join(r[3:] for r in got) or "(none)",
                                         "" if share is None else "   [TCO share %.2f %%]" % share))
    missing = sorted(set(SEVERITY) - covered)
    if missing:
        problems.append("rules never expected: %s" % missing)
    mix = sorted(len(EXPECTED[k]) for k in EXPECTED)
    if not (mix.count(0) == 2 and mix.count(1) == 1 and sum(2 <= m <= 3 for m in mix) == 6 and mix[-1] >= 8):
        problems.append("mix wrong: %s" % mix)
    print("\nrules covered: %d of %d" % (len(covered), len(SEVERITY)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    main()
