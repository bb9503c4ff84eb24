"""holdout973: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf come from ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H973Z01 = r"""T:市农业农村局预制菜质量追溯平台建设项目合同书
P:合同编号：NYJ-ZFCG-2026-0417    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市农业农村局
P:乙方（供应商）：杭州禾链信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就预制菜质量追溯平台的软件许可与定制开发事宜签订本合同，条款如下。
H:第一条 项目内容
P:1.1 乙方向甲方提供“禾链食品追溯平台”V5.3永久使用许可（不限用户数，部署于甲方政务云），并完成预制菜生产企业备案、原料溯源、冷链温控、抽检结果公示、消费者扫码查询等模块的定制开发。
P:1.2 定制开发内容以招标文件技术需求及双方确认的《需求规格说明书》为准，包括与省级农产品质量安全监管平台、市场监管部门抽检系统的两个数据接口。
P:1.3 乙方负责系统部署、历史数据导入（不少于二百一十家企业档案）、操作培训及上线试运行保障。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰万零捌仟元整（¥2,008,000），为固定总价，含税及完成本项目所需的全部费用。
P:2.2 价款构成：平台软件许可费¥1,126,000；定制开发费¥684,000；部署实施及数据对接费¥152,000；培训费¥46,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥401,600。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥903,600。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥702,800。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成定制开发与部署并提交初步验收申请，初步验收后进入九十日试运行。
P:4.2 乙方应按周提交进度报告，并按甲方要求参加项目例会。进度滞后的，乙方应说明原因并提交书面赶工计划，经甲方确认后执行。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有高级项目管理资格并常驻甲方现场，未经甲方同意不得更换。乙方更换项目经理的，应提前十日书面申请，接替人员资历不得低于原人员。
P:4.4 乙方应对甲方系统管理员及不少于六十名企业填报人员进行培训，提供操作手册、管理员手册和培训视频，培训效果以甲方组织的考核为准。
H:第五条 验收
P:5.1 初步验收标准：《需求规格说明书》所列功能全部实现；两个数据接口连续十个工作日数据交换无差错；在二百个并发用户下扫码查询响应时间不超过2秒；通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障；历史数据导入经甲方抽查核对无差错；乙方已移交全部文档及定制部分源代码。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。系统上线运行、甲方实际使用或甲方付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分为三级。一级故障（平台整体不可用或扫码查询中断）乙方应在30分钟内响应，2小时内到场或远程处理；二级故障2小时内响应；三级故障在下一工作日内处理。
P:6.3 一级故障响应每超时一小时，乙方向甲方支付违约金¥500；月度可用率每低于约定值0.01个百分点，扣减当年维保费用¥1,000，可从应付款项中直接扣除。
H:第七条 质保与维保
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及远程技术支持。
P:7.2 质保期满后，如甲方续购维保服务，年度维保费不超过平台软件许可费的9%，即每年不超过¥101,340，质保期满后前两年价格不上调。维保合同另行签订，不自动续期。
P:7.3 乙方应在质保期内每季度进行一次系统巡检并提交巡检报告，在重大活动及节假日前按甲方要求提供现场保障。
H:第八条 知识产权
P:8.1 平台软件既有部分的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、数据库脚本及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所交付软件不侵犯第三方权利，因侵权引起的索赔由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台中的企业备案信息、检测数据、追溯数据及用户信息均归甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制至政务云以外的环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内向甲方报告，立即采取补救措施，并承担由此造成的全部损失和法律责任。
P:9.4 合同终止或维保服务结束时，乙方应将其持有的全部数据及备份交还甲方，并在甲方监督下彻底删除，出具书面删除确认。乙方人员应签署数据安全承诺书，乙方对其人员的行为承担责任。
H:第十条 保密
P:10.1 乙方对在履行合同过程中知悉的甲方工作秘密、系统架构、账号口令及企业商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交初步验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许转包。乙方确需将非主体部分分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在事件发生后三日内通知对方，并在十五日内提供证明文件，履行期限相应顺延。
P:15.2 不可抗力消除后，双方应尽快恢复履行；乙方已完成的工作，甲方按实际完成情况结算。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的《需求规格说明书》为本合同组成部分。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                      乙方（盖章）：
P:法定代表人或授权代表：              法定代表人或授权代表：
P:日期：                              日期：
"""

H973Z02 = r"""T:生产线控制系统改造项目合同
P:合同编号：QJ-SB-2026-0932
P:甲方：苏州清景智能家电有限公司（扫地机器人整机制造）
P:乙方：无锡恒准自动化工程有限公司
P:甲方为提升扫地机器人总装线和测试线的自动化水平，委托乙方对六条生产线的控制系统进行改造，包括设备供货、软件许可、改造施工、定制开发与培训。经协商一致，订立本合同。
H:一、项目范围
P:（一）乙方负责六条生产线（总装线四条、整机测试线两条）控制柜及PLC的更换、伺服系统升级、视觉检测单元加装、工位工控机与触摸屏更新，并部署产线监控软件。
P:（二）乙方负责开发产线监控软件与甲方现有MES系统之间的接口，实现工单下发、过站数据和不良品记录的自动回传。
P:（三）改造须利用甲方每周末及五一、国庆假期的停线窗口进行，每条线停线改造时间不超过七十二小时，不得影响甲方正常排产。
H:二、合同价格
P:（一）合同总价为人民币贰佰捌拾柒万元整（¥2,870,000），含税、运输、保险、安装调试及培训费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造（含柜体、PLC、I/O模块）|6套|158,000|948,000
TB:2|伺服驱动器及电机|1批|432,000|432,000
TB:3|视觉检测单元|12套|36,500|438,000
TB:4|工控机及触摸屏|1批|186,000|186,000
TB:5|产线监控软件许可（永久，6条线）|1套|360,000|360,000
TB:|软硬件小计|||2,364,000
TB:6|改造施工及联调|1项|296,000|296,000
TB:7|MES接口定制开发|1项|184,000|184,000
TB:8|操作及维护培训|1项|26,000|26,000
TB:|合计|||2,870,000
P:（二）上表价格为固定价格，合同履行期间不因原材料或人工价格变化而调整。
H:三、付款
P:（一）合同签订后十个工作日内，甲方向乙方支付合同总价的10%，即¥287,000。
P:（二）全部设备到货并完成六条线安装后，甲方支付合同总价的55%，即¥1,578,500。到货签收和安装完成不代表甲方对质量的认可，也不视为验收。
P:（三）最终验收合格后二十个工作日内，甲方支付剩余35%，即¥1,004,500。
P:（四）乙方每次请款应提供增值税专用发票及相应节点的确认文件。乙方应付的违约金和赔偿金，甲方可从应付款项中直接扣除。
H:四、交货与改造进度
P:（一）设备应于合同签订后四十五日内运抵甲方苏州工厂，乙方应提前三日通知甲方。
P:（二）六条线的改造应于合同签订后一百二十日内全部完成，并提交最终验收申请。
P:（三）每条线改造完成后，乙方应提交调试记录和变更清单，由甲方生产部确认恢复生产。
P:（四）乙方应指派一名具有电气工程师资格的项目经理常驻现场，负责施工组织、安全管理和与甲方各部门的协调。乙方应在每条线停线改造前提交切换方案和回退预案，经甲方生产部和设备部书面确认后方可实施；切换失败的，乙方应在停线窗口内完成回退，保证甲方按时复产。
P:（五）乙方应在设备到货时提交出厂检验报告、合格证、电气原理图、接线图和备件清单，并在最终验收前提交完整的竣工资料、PLC程序备份和软件安装介质。
H:五、验收
P:（一）验收标准：各线节拍达到每台不超过二十八秒；视觉检测漏检率不高于万分之二、误判率不高于千分之三；MES接口连续十五个生产日数据完整一致；控制柜符合GB/T 5226.1要求；连续三十日生产运行无因改造造成的停线事故。
P:（二）甲方组织生产、质量、设备部门共同验收，合格后签署最终验收证书。设备安装、试生产或甲方付款均不视为验收合格。
H:六、质保与售后服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费升级监控软件。
P:（二）一级故障（整线停线）乙方应在1小时内响应，2小时内到达现场；二级故障（单工位停机）2小时内响应，当班内修复。
P:（三）乙方未按时响应或到场的，每超时一小时向甲方支付违约金¥1,000；因乙方原因整线停线超过八小时的，另按每小时¥3,000赔偿。
P:（四）质保期满后，乙方提供年度维保服务（含备件、巡检及软件升级），年度维保费按软硬件小计的18%计取，即每年¥425,520。该费率在质保期满后三年内固定不变，维保合同按年签订，不自动续期。
P:（五）乙方保证所供设备为全新原厂产品，关键部件停产后乙方仍应保证八年的备件供应或提供兼容替代方案，替代方案须经甲方书面认可。
H:七、知识产权
P:（一）产线监控软件的既有知识产权归乙方，乙方授予甲方在本厂区永久使用的许可。
P:（二）MES接口程序、PLC控制程序、组态画面及其源代码和技术文档的知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。
H:八、数据与信息安全
P:（一）生产数据、工艺参数、质量数据均归甲方所有，乙方仅可为本合同目的使用，不得留存或向第三方提供。
P:（二）乙方远程维护须经甲方批准，通过甲方指定的VPN和账号进行，全程记录日志；乙方不得在设备中预留后门或远程控制程序。
P:（三）发生数据泄露或因乙方原因导致的安全事件，乙方应在2小时内通知甲方，采取补救措施并承担由此造成的损失。
P:（四）维保服务结束或合同解除时，乙方应删除其为维护目的取得的全部甲方数据和程序备份，并向甲方出具书面删除确认。乙方对其人员及分包方人员违反本条的行为承担连带责任。
H:九、保密
P:乙方对甲方的工艺流程、产品设计、生产计划及产能信息负有保密义务，未经甲方书面同意不得披露，保密期限为合同终止后三年。乙方不得在宣传材料、案例介绍或投标文件中使用甲方产线照片、工艺数据或甲方名称，但经甲方书面同意的除外。
H:十、分包
P:乙方可将现场施工、电缆敷设、控制柜组装等工作分包给具备相应能力的第三方，但应在分包开始前五个工作日书面通知甲方，并对分包方的工作质量和安全承担责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之七支付违约金。
P:（二）因乙方原因造成甲方停线损失的，乙方应按甲方实际损失予以赔偿。
P:（三）乙方严重违约，经甲方书面通知十日内未改正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:十二、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全管理制度，动火、登高、带电作业须办理作业许可。乙方人员在施工中造成的人身伤害和财产损失由乙方负责。
H:十三、培训
P:乙方应为甲方设备维护人员和班组长提供不少于五天的操作及维护培训，内容包括PLC程序结构、伺服参数调整、视觉检测参数设定和常见故障处理。培训结束后由甲方组织考核，考核不合格的人员乙方应免费补训。
H:十四、不可抗力
P:因不可抗力不能履行合同的一方，应及时通知对方并提供证明，在不可抗力影响范围内免除责任，履行期限相应顺延。不可抗力持续超过六十日的，双方可协商解除合同。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交苏州仲裁委员会仲裁。
H:十六、其他
P:本合同一式四份，双方各执二份，经双方签字盖章后生效。附件：技术协议、设备清单、改造进度计划。
P:甲方（盖章）：                  乙方（盖章）：
P:日期：                          日期：
"""

H973Z03 = r"""门店预约与会员管理系统服务合同

合同编号：YT-SaaS-2026-118

甲方：成都悦童感统教育管理有限公司（旗下35家儿童感统训练门店）
乙方：广州约课云网络科技有限公司

甲方拟在其全部门店统一使用线上预约排课与会员管理系统，乙方提供“约课云”SaaS服务及上线实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方35家门店开通“约课云”SaaS服务，功能包括课程预约与排课、教师排班、会员卡与课时包管理、家长端小程序、在线支付对账、评估报告和经营报表。
2. 服务账号不限门店员工数量，家长端用户数不设上限。
（二）实施服务
1. 乙方负责系统初始化配置、35家门店课程体系与价格体系配置、存量会员数据（约一万八千名会员及课时余额）迁移、与甲方财务系统的对账接口开发。
2. 乙方负责对甲方总部运营人员和各门店店长、前台进行培训，并在上线后前两周提供驻场支持。

（三）培训安排
1. 总部培训：面向运营、财务和课程研发人员，不少于两天，内容包括系统管理、课程与价格配置、报表分析；
2. 门店培训：按区域分批进行，每批不少于半天，覆盖店长和前台全部人员；
3. 乙方应提供操作手册、常见问题解答和培训视频，并在系统版本更新时同步更新。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为上线日起连续的一年。
（二）服务期满，本合同终止，不自动续期。甲方如需续用，双方另行协商签订新合同。

三、费用与支付
（一）订阅服务费按每店每服务年度人民币9,800元计，35家门店每服务年度合计343,000元，两个服务年度合计686,000元。
（二）实施服务费为一次性费用58,000元。
（三）合同总金额为744,000元（含税）。
（四）支付方式：
1. 实施服务费在上线验收合格后十五个工作日内一次性支付。
2. 各服务年度的订阅服务费，在该服务年度开始后十五个工作日内支付。
3. 服务期内新增门店的，按每店每年9,800元、按剩余月份折算另行结算，不计入本合同总金额。

（五）乙方应在每月五日前提供上月服务账单明细，甲方对账单有异议的，双方应在十个工作日内核对确认。乙方收款时应开具增值税专用发票。

四、上线与验收
（一）乙方应于合同签订后四十五日内完成配置、数据迁移和接口开发，并提交上线验收申请。
（二）验收标准：
1. 合同约定功能全部可用；
2. 会员数据迁移经甲方抽查五百条，姓名、手机号、课时余额全部准确；
3. 对账接口连续七日与财务系统数据一致；
4. 家长端在晚间高峰时段预约操作响应时间不超过3秒。
（三）甲方应在收到申请后七个工作日内组织验收并出具书面意见。试用或开始收费均不视为验收合格。验收不合格的，乙方应在十日内整改完毕并重新提交验收申请，整改期间不计入服务期。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在每日零点至六点之间，并提前三日通知甲方。可用率按自然月统计，以乙方监控数据为基础，甲方门店报障记录可作为核对依据。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或支付）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能或部分门店不可用）：1小时内响应，当日内恢复；
3. 三级故障（一般问题咨询）：下一工作日内答复。
（三）月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%向甲方返还服务费用，单月返还不超过当月订阅费的一半；一级故障未按时恢复的，每超一小时另行返还当月订阅费的2%。

（四）乙方应提供工作日全天及周末白天的电话、在线客服支持，并为甲方指定专属客户成功经理，每季度提交服务报告，内容包括可用率、故障记录、工单处理情况和改进建议。
（五）乙方对平台进行版本升级的，应提前五个工作日通知甲方，不得减少本合同约定的功能；升级导致门店无法正常预约的，按一级故障处理。

六、数据归属与安全
（一）会员信息、儿童评估记录、预约和交易数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供或进行商业分析。
（二）乙方应将数据存储于中国境内的云服务节点，系统应通过网络安全等级保护第三级测评；儿童个人信息应单独加密存储，访问需经授权并留存日志。
（三）乙方应遵守《个人信息保护法》及儿童个人信息保护的规定，协助甲方履行告知同意义务。
（四）发生数据泄露或其他安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，配合甲方向监管部门报告，并承担因其原因造成的损失。
（五）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出全部数据交还甲方，随后删除其系统中的甲方数据并出具书面证明。

七、保密
乙方对在服务过程中知悉的甲方经营数据、课程体系、价格策略及会员信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后持续三年。

八、知识产权
（一）“约课云”平台的知识产权归乙方所有。
（二）为甲方开发的对账接口、定制报表、评估报告模板及相关文档归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证其提供的平台和服务不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责解决并承担费用。

九、违约责任
（一）乙方未按期提交上线验收申请的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方全部损失，包括甲方向会员承担的赔偿。
（三）除前款情形外，乙方在本合同项下的累计赔偿责任，以事故发生前六个月内甲方已实际支付的订阅服务费总额为限。
（四）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付逾期利息，但乙方不得因此中断服务，除非逾期超过六十日且经书面催告。

十、分包
乙方不得将实施服务或系统运维转包或分包给第三方，确需分包的须事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还未履行服务期对应的费用。
（二）连续两个月月度可用率低于承诺值的，甲方有权解除合同。
（三）合同因任何原因解除或终止的，乙方应配合甲方完成数据导出和向新系统的迁移，迁移期间不得中断服务，并按本合同第六条处理甲方数据。

十二、甲方义务
（一）甲方应指定项目负责人，及时提供门店清单、课程和价格资料、存量会员数据，并协调各门店配合培训和上线。
（二）甲方应妥善保管管理员账号和密码，因甲方自身原因泄露账号造成的损失由甲方承担。
（三）甲方应按照法律规定取得家长对收集儿童个人信息的同意，乙方应在家长端提供相应的告知和同意功能。

十三、不可抗力
因不可抗力或云服务商大面积故障等非乙方可控原因导致服务中断的，乙方应及时通知甲方并尽力恢复，相应期间不计入可用率考核，但乙方应提供书面说明和证明材料。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。双方因本合同发生争议，应协商解决；协商不成的，提交成都仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、数据迁移方案。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

H973Z04 = r"""岩溶塌陷监测预警系统年度运维服务合同

项目编号：ZRZY-CS-2026-027（竞争性磋商）
甲方（采购人）：某市自然资源和规划局
乙方（成交供应商）：湖南岩安地质信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对全市岩溶塌陷监测预警系统提供年度运行维护服务。双方经协商一致，签订本合同。

一、服务范围
1. 监测设备运维：对全市六个岩溶塌陷重点区的四十二个监测站点（含GNSS地表位移站、地下水位计、土压力盒、雨量计、视频监控）进行巡检、校准、故障维修和备件更换。
2. 平台运维：对监测预警平台、数据库、预警短信通道和移动端应用进行日常运维、安全加固、数据备份和版本维护。
3. 数据分析服务：按月编制监测数据分析报告，汛期按周编制，遇异常数据或预警时及时编制专题报告。
4. 应急保障：在强降雨、地面沉降异常等情况下，按甲方要求派员驻守，协助开展现场核查。

二、服务期限与地点
1. 服务期限为一年，自2027年1月1日起至2027年12月31日止。
2. 服务地点为甲方指定的监测站点、甲方机房及政务云平台。
3. 服务期满后，甲方根据政府采购规定另行组织采购，本合同不自动续期。

三、合同价款
1. 本合同总价为人民币伍拾柒万贰仟元整（¥572,000），为包干价，含人工、交通、备品备件、仪器校准及税费。
2. 价款构成：监测设备巡检维护¥236,000；平台运维¥148,000；数据分析与报告¥102,000；备品备件¥86,000。

四、付款方式
1. 服务费按季度支付，每季度¥143,000。
2. 每季度结束后，乙方提交季度运维报告，经甲方季度检查确认后二十个工作日内支付当季服务费。
3. 甲方不支付预付款。乙方应开具合法有效的发票。

五、服务要求与服务水平
1. 巡检：每个站点每月现场巡检不少于一次，汛期（4月至9月）每半月一次，巡检记录须附现场照片和设备读数。
2. 故障分级：
（1）一级故障：监测预警平台整体中断、预警短信通道失效或某一重点区全部站点数据中断。乙方应在1小时内响应，6小时内恢复。
（2）二级故障：单个站点数据中断或设备损坏。乙方应在2小时内响应，三日内修复或更换。
（3）三级故障：平台一般功能异常。乙方应在下一工作日内处理。
3. 数据分析报告：月报于次月五日前提交，周报于次周第一个工作日提交，专题报告于异常发现后八小时内提交。
4. 乙方的服务情况纳入甲方季度检查，检查结果作为乙方服务评价和后续采购的参考，不影响当季服务费的支付金额。

六、验收
1. 季度检查：甲方按本合同第五条逐项核查巡检记录、故障处理记录、报告提交情况和平台运行日志，出具季度检查意见。
2. 年度验收：服务期满前，甲方组织专家进行年度验收。验收标准为：全部站点巡检记录完整；一级故障均在约定时限内恢复；全年月报、周报按时提交；设备台账、备件台账及运维文档齐全，并完成资料移交。
3. 年度验收未通过的，乙方应在三十日内整改，整改完成后由甲方重新组织验收，整改期间乙方应继续提供本合同约定的全部服务。
4. 乙方提交的巡检记录、报告存在弄虚作假的，甲方有权要求乙方重新巡检，并将相关情况记入供应商诚信档案。

5. 备品备件：乙方应在本市设立备件库，常备GNSS接收机、水位计、土压力盒、太阳能供电组件和通信模块各不少于二套，更换下来的旧件应登记造册并交甲方处理。
6. 服务交接：服务开始后十五日内，乙方应与原运维单位完成站点、账号、文档和备件的交接，逐站核对设备状态并形成交接清单；服务期满时，乙方应以同样方式向甲方或甲方指定的单位移交。
7. 应急保障：接到甲方应急指令后，乙方应在两小时内派出不少于两名技术人员赶赴现场，配合开展地面巡查、裂缝测量和加密监测，并在当日提交现场情况简报。

8. 平台运维：乙方每日检查平台运行状态、数据接入情况和短信通道，每周进行一次全量数据备份并异地存放，每季度进行一次漏洞扫描和预警流程演练，演练结果书面报告甲方。
9. 仪器校准：乙方应在服务期内对全部地下水位计和土压力盒完成一次校准，校准证书交甲方存档；GNSS站点每半年进行一次基准复测。

七、人员要求
1. 乙方应配备项目负责人一名（具有地质或测绘高级职称）、现场运维工程师不少于四名、数据分析人员二名，人员名单作为本合同附件。
2. 乙方更换项目负责人的，须经甲方书面同意。
3. 乙方现场运维人员应熟悉监测设备原理和平台操作，上岗前应经甲方组织的安全保密教育。

3. 乙方人员在野外作业时应遵守安全操作规程，配备必要的防护用品，并为现场人员购买意外伤害保险。乙方人员在服务中发生的人身伤害由乙方负责。

八、数据安全
1. 监测数据、预警信息、站点坐标及分析成果均归甲方所有。乙方仅为履行本合同使用，不得用于其他目的，不得向第三方提供或公开发布。
2. 乙方应落实网络安全等级保护要求，运维操作通过甲方堡垒机进行并留存日志；不得擅自修改预警阈值或发布预警信息。
3. 因乙方原因导致数据泄露、丢失或篡改的，乙方应在2小时内报告甲方，立即采取补救措施，并承担相应法律责任和由此造成的损失。

九、保密
乙方对服务中接触的监测数据、地质资料、站点位置及甲方内部文件负有保密义务，未经甲方书面同意不得向任何第三方泄露，不得用于学术发表或商业宣传。乙方应与参与本项目的人员签订保密承诺书，人员离岗时收回其账号和资料。本条在合同终止后继续有效。

十、知识产权
乙方在服务期间形成的分析报告、专题报告、运维文档及数据成果，知识产权归甲方所有。

十一、分包
乙方不得将本合同项下的服务转包或分包。乙方违反本条约定的，甲方有权要求乙方立即改正，已由第三方实施的服务不予结算，乙方并应承担由此造成的损失。

十二、违约责任
1. 乙方未在第五条第6项约定的期限内完成服务交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 因乙方原因造成设备损坏或数据丢失的，乙方应负责修复并赔偿损失。
3. 乙方擅自修改预警阈值或擅自发布预警信息的，应承担由此造成的全部后果。
4. 甲方逾期付款的，应按同期贷款市场报价利率支付逾期利息。

十三、合同的变更与解除
1. 本合同签订后，除不可抗力致使合同目的无法实现的情形外，任何一方均不得单方解除合同。
2. 乙方未按约定履行服务的，甲方可书面要求乙方限期整改，并按本合同第十二条追究违约责任；乙方应继续履行合同至服务期满。
3. 因监测站点增减需要调整服务内容的，双方协商签订补充协议，调整金额不超过合同总价的一成。

十四、甲方义务
1. 甲方应向乙方提供监测站点清单、设备台账、平台账号及相关技术资料，协调站点所在地的进场作业。
2. 甲方应按本合同约定及时组织季度检查和年度验收，并按期支付服务费。

十五、不可抗力
因地震、洪涝等不可抗力导致站点损毁或服务中断的，乙方应及时报告并采取措施减少损失，受影响期间免除相应责任。站点损毁后的重建不属于本合同服务范围，由甲方另行安排。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

十七、其他
1. 磋商文件、响应文件、成交通知书为本合同的组成部分。
2. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
代表：                            代表：
日期：                            日期：
"""

H973Z05 = r"""# 匠迹工艺生产管理系统软件许可及定制开发合同

**匠迹软件标准合同文本（2026版）**

合同编号：JJ-HT-2026-0583

甲方：北京铜韵珐琅艺术有限公司（铜胎掐丝珐琅工作室）

乙方：杭州匠迹软件有限公司

甲方因铜胎掐丝珐琅制品生产过程管理需要，向乙方购买“匠迹工艺生产管理系统”软件许可并委托乙方进行定制开发。双方在平等自愿基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工艺生产管理系统V3.0软件使用许可，部署于甲方本地服务器，许可用户数为六十个。

1.2 乙方根据甲方工艺特点进行定制开发，包括：制胎、掐丝、点蓝、烧蓝、磨光、镀金等工序的流转跟踪；工序报工与计件工资统计；原料（铜材、珐琅釉料、金料）领用管理；作品编号与扫码追溯；客户订单进度查询。

1.3 具体功能以乙方提供的《功能说明书》为准。

1.4 软件许可为永久许可，仅限甲方在其北京工厂内部使用，不得转让、出租或再许可。甲方增加用户数的，按乙方当时报价另行购买。

1.5 乙方负责为甲方生产主管、车间班组长和财务人员提供一次集中培训，培训时长两天，培训地点为甲方工厂。培训后甲方人员的操作问题由免费维护期内的远程支持解决。

## 第二条 合同价款

2.1 合同总价为人民币伍拾柒万元整（¥570,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺生产管理系统V3.0软件许可（六十用户） | 386,000 |
| 2 | 工序流转与计件模块定制开发 | 148,000 |
| 3 | 安装部署、数据初始化及培训 | 36,000 |
| | 合计 | 570,000 |

2.2 上述价格不含甲方服务器、操作系统及数据库软件，由甲方自行采购。

2.3 乙方收到每期款项后十个工作日内向甲方开具增值税普通发票。甲方要求开具专用发票的，应提供完整的开票信息。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的55%，即¥313,500，乙方收到款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，即¥256,500。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之二向乙方支付违约金，逾期超过十五日的，乙方有权暂停全部服务。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十日内完成安装部署和定制开发，并通知甲方上线。

4.2 甲方应配合提供工艺资料、人员名单、原料编码、工价表等基础数据。因甲方原因延误的，交付期限相应顺延，由此增加的乙方人员费用由甲方承担。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的百分之五。

4.4 甲方应按乙方要求准备服务器和网络环境。服务器配置不低于乙方《部署环境要求》的，乙方方可部署；因甲方环境不符合要求导致系统运行异常的，乙方不承担责任。

4.5 乙方交付的内容包括软件安装程序、用户手册和管理员手册。定制部分的源代码不属于交付内容。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 上线后七日内甲方未提出书面异议的，视为甲方认可乙方交付的全部成果。

5.3 甲方对功能的改进要求，属于《功能说明书》范围以外的，按新需求另行报价，乙方按每人天¥2,600收取开发费用，开发周期另行商定。

## 第六条 免费维护期与售后服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括程序缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或无法报工）乙方在接到报修后8小时内响应；其他故障在三个工作日内响应。乙方以远程方式处理为主，需上门服务的，差旅费用由甲方承担。

6.3 乙方对系统故障、数据处理延迟或服务中断导致的甲方生产损失，不承担扣款、赔偿或违约金责任。

6.4 免费维护期满后，甲方如需继续获得维护及升级服务，年度维护费按软件许可费的28%计收，即每年¥108,080，按年度预付。

6.5 年度维护服务包括：程序缺陷修复、常规版本升级、远程技术支持和每年一次的系统巡检。新功能开发、工艺流程调整引起的程序修改和数据修复不属于维护范围，按乙方人天单价另行收费。

6.6 甲方未购买维护服务的，乙方不再提供任何技术支持；甲方其后恢复购买的，应补交中断期间的维护费。

## 第七条 知识产权

7.1 匠迹工艺生产管理系统及其所有版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的工序流转、计件统计等功能模块及其源代码、文档的知识产权均归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

7.3 乙方有权将定制开发形成的功能纳入其标准产品，向其他客户销售。

## 第八条 数据

8.1 甲方在系统中录入的生产数据、工艺参数、作品信息和客户信息归甲方所有。

8.2 乙方应采取合理的技术措施保障系统数据安全，包括权限分级、操作日志和每日自动备份；发生数据泄露或丢失的，乙方应在发现后三日内通知甲方并配合处理，因乙方过错造成的损失由乙方承担。

8.3 甲方同意，乙方可在去除甲方名称后，将系统运行中产生的工艺数据、工时数据和产量数据用于产品改进、行业分析及乙方其他客户的工艺模板，该等使用在本合同终止后仍可继续。

8.4 系统部署于甲方服务器，甲方应自行负责服务器的物理安全、防病毒和异地备份。乙方远程维护时，甲方应开通临时账号，维护结束后由甲方关闭。

## 第九条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。乙方有权在其网站、宣传材料和案例介绍中使用甲方名称、标识及系统截图，作为成功案例展示。

## 第十条 违约与解除

10.1 任何一方违反本合同约定，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。

10.2 因甲方原因解除合同的，甲方已支付的款项不予退还；乙方已完成但未结算的工作，甲方仍应按合同约定支付。

10.3 乙方因本合同承担的责任，以直接损失为限，不包括甲方的利润损失、作品损失、订单延误损失等间接损失。

## 第十一条 不可抗力

因不可抗力、网络运营商故障、第三方软件缺陷等非乙方原因导致合同无法履行或延迟履行的，乙方不承担责任。

## 第十二条 甲方义务

12.1 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调，并在乙方提出确认请求后三个工作日内给予答复。

12.2 甲方应保证提供的工艺资料和基础数据真实、完整，因资料错误导致的返工，乙方有权另行收费。

12.3 甲方应按照乙方的操作手册使用系统，不得自行修改数据库结构或安装与系统冲突的软件。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方《功能说明书》和《服务条款》为准。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：

日期：                            日期：
"""

H973E01 = r"""T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RRQ-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengrui Precision Die Casting Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Buyer"), and Rock River Quality Systems, Inc., an Illinois corporation with its principal office in Rockford, Illinois, United States of America (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence to the Vendor's statistical process control and measurement management software for its two die-casting plants, together with implementation, interface development and training services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the GaugeLine SPC Suite, version 9, in object code, including the Measurement Data Server, the Shop-Floor Client and the Analytics Workbench, with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the CMM and gauge interfaces, the MES interface, the customised control-chart reports and dashboards, and any scripts, configurations and documentation created by the Vendor specifically for the Buyer, including their source code.
P:1.3 "Buyer Data" means all measurement data, part programmes, drawings, quality records and other information supplied by the Buyer or generated through the Buyer's use of the Software.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's plants in Ningbo and Cixi for up to 180 named users and 64 connected measurement stations, for the Buyer's internal business purposes.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers, connect 64 measurement stations, develop the Custom Deliverables described in Annex 1, migrate five years of historical inspection data from the Buyer's existing database, and train the Buyer's quality engineers and operators.
P:2.3 The Vendor shall appoint a project manager who speaks Mandarin and shall keep at least two engineers at the Buyer's sites during installation and the trial run.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,790,000, inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,240,000; installation, configuration and data migration CNY 318,000; Custom Deliverables CNY 196,000; training CNY 36,000.
P:3.2 The Contract Price is fixed and will not be adjusted for exchange-rate movements or changes in the Vendor's list prices.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 358,000) within thirty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 805,500) within thirty days after the Software has been installed at both plants and all measurement stations have been connected. Payment under this Article 4.2 does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 626,500) within thirty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai, against a valid invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, data migration and the Custom Deliverables within ninety days after signature and shall then notify the Buyer that the system is ready for acceptance testing.
P:5.2 Acceptance tests shall verify that: (a) all functions listed in Annex 1 work as specified; (b) measurement results from every connected station are transferred to the Measurement Data Server without loss or alteration over ten consecutive production days; (c) control-chart reports match a manual recalculation by the Buyer's quality department on a sample of 200 characteristics; (d) migrated historical records reconcile with the source database by record count and checksum; and (e) no Severity 1 defect occurs during a thirty-day trial run.
P:5.3 If the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten working days. If any test fails, the Vendor shall correct the defect at its own cost and repeat the test. Installation, productive use of the Software or any payment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide, free of charge, defect correction, all new releases, security patches and remote technical support.
P:6.2 Defects are classified as Severity 1 (measurement data collection stopped at one or more plants or the Data Server unavailable), Severity 2 (a major function impaired with a workaround available) and Severity 3 (minor defects and questions). The Vendor shall respond to a Severity 1 defect within one hour at any time of day or night, and shall provide a fix or workaround within eight hours; Severity 2 defects shall be answered within two business hours and fixed within three business days.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due to the Vendor.
P:6.4 After the Warranty Period, the Buyer may purchase annual support covering the services in Article 6.1. The annual support fee shall be 13% of the Software licence fee, that is CNY 161,200 per year, and shall remain fixed for the first three years after the Warranty Period. Each year of support shall be ordered separately by the Buyer; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Buyer.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables before Final Acceptance, and the Buyer may use, modify, license and have third parties maintain them without restriction.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use, copy, analyse or disclose it for any other purpose, whether in identifiable, anonymised or aggregated form.
P:8.2 All Buyer Data shall remain on the Buyer's servers in China. Remote access by the Vendor shall be approved by the Buyer for each session, made through the Buyer's VPN and bastion host, and logged. The Vendor shall not transfer Buyer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its work, shall notify the Buyer within six hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all necessary remedial steps, and shall be liable for the losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Buyer's part designs, process parameters, customer information and production volumes, and shall use it only to perform this Agreement.
P:9.2 The obligations in this Article 9 continue for five years after the end of this Agreement.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to notify readiness for acceptance testing by the date in Article 5.1, the Vendor shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Liquidated damages are without prejudice to the Buyer's right to terminate under Article 12.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limitation in Article 11.1 does not apply to personal injury, fraud, wilful misconduct, infringement of intellectual property rights or breach of Articles 8 and 9.
H:Article 12 Subcontracting and Termination
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains fully responsible for the work of any approved subcontractor.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice describing the breach.
P:12.3 On termination by the Buyer for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, and the Buyer shall return or destroy the Software.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Illinois, United States of America, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of or relating to this Agreement that is not resolved by negotiation within sixty days shall be submitted to the exclusive jurisdiction of the state and federal courts located in Winnebago County, Illinois.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
P:14.2 This Agreement is executed in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title:                        Name and title:
P:Date:                                  Date:
"""

H973E02 = r"""# ORDER FORM AND GENERAL TERMS — WRENCHLOG MAINTENANCE CLOUD

Order Form No. KVS-OF-2026-0219

Provider: Kankakee Valley Software LLC, an Illinois limited liability company, Kankakee, Illinois, United States of America ("Provider")

Customer: Tianjin Beichen Cold Chain Logistics Co., Ltd., Beichen District, Tianjin, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this Order Form and, where the two conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

WrenchLog Maintenance Cloud, Enterprise edition, a hosted computerised maintenance management service for work orders, preventive maintenance plans, spare-parts inventory, refrigeration-equipment logs and technician mobile applications. The subscription covers 9 cold-storage warehouses, 260 named users and unlimited mobile technician logins. The Service is hosted for Customer in a mainland China region of Alibaba Cloud operated for Provider by its hosting partner.

### A2. Subscription Term

The Subscription Term is thirty-six months, starting on the date of Go-Live Acceptance under A5. The Subscription Term ends automatically at its expiry. Any renewal requires a new Order Form signed by both parties; nothing in this Order Form renews by itself.

### A3. Fees

| Item | Period | Fee (CNY, incl. VAT) |
|---|---|---|
| Subscription, Subscription Year 1 | first year of the Term | 206,000 |
| Subscription, Subscription Year 2 | second year of the Term | 214,000 |
| Subscription, Subscription Year 3 | third year of the Term | 222,000 |
| Onboarding (configuration, asset register import, integration with Customer's ERP purchasing module, training) | one-time | 46,000 |
| **Total Fees** | | **688,000** |

The fees for each Subscription Year are fixed in this table and cannot be changed during the Subscription Term. Additional users may be ordered at CNY 640 per user per Subscription Year, prorated; they are not part of the Total Fees.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in arrears, in four equal instalments per Subscription Year, and are payable within thirty days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after Go-Live Acceptance and is payable within thirty days after receipt of the invoice.

(c) No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding within sixty days after signature of this Order Form. Onboarding includes configuring work-order types and approval flows for each warehouse, importing Customer's register of about 4,800 assets and 11,000 spare-part records, building the interface to Customer's ERP purchasing module, and training Customer's maintenance planners, supervisors and technicians.

(b) Go-Live Acceptance tests shall confirm that: (i) every function listed in Schedule A works as described; (ii) the asset and spare-part records reconcile with Customer's source files by count and by a sample check of 300 records; (iii) purchase requisitions raised in the Service reach the ERP purchasing module correctly on ten consecutive business days; and (iv) the mobile application works on Customer's handheld terminals in freezer rooms.

(c) Customer shall issue a Go-Live Acceptance certificate within ten business days after the tests are passed. Use of the Service before the certificate is issued, including use for live work orders, does not constitute acceptance.

(d) If Go-Live Acceptance is delayed for reasons attributable to Provider beyond the date in A5(a), Provider shall pay Customer CNY 500 for each day of delay, up to CNY 30,000 in total, which Customer may set off against invoiced fees.

### A6. Contacts and Notices

Provider's account manager: Ms. Dana Whitcomb, Kankakee, Illinois. Customer's project lead: Mr. Liu Haoran, Engineering Department, Tianjin. Notices under this Order Form shall be given in writing by courier or email to the addresses listed in the signature block.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with the Documentation.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to correct errors that Customer reports. Support requests may be submitted through the support portal or by email and are handled during Provider's business hours on a first-come, first-served basis. This Order Form does not include any service level, uptime commitment, fixed response time or service credit.

1.3 Provider may modify the Service from time to time, provided that no modification materially reduces the functions described in Schedule A during the Subscription Term.

1.4 Customer shall be responsible for the accuracy of the data it enters, for keeping user credentials secure and for the use of the Service by its authorised users. Customer shall not resell the Service, attempt to gain unauthorised access to it, or use it to store material that infringes the rights of others.

1.5 Provider shall provide Customer with release notes for each new version of the Service at least five business days before it is deployed, and shall make updated user guides in Chinese available through the support portal.

### 2. Customer Data

2.1 "Customer Data" means all data entered into the Service by or for Customer, including asset records, maintenance histories, temperature logs, technician information and files uploaded by users. Customer Data belongs to Customer.

2.2 Provider shall process Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including in aggregated, anonymised or de-identified form, and shall not disclose it to any third party except the hosting partner named in A1 acting on Provider's instructions.

2.3 Customer may export all Customer Data at any time in CSV and PDF formats. Within thirty days after the end of the Subscription Term, Provider shall return Customer Data in those formats and then permanently delete it from the Service and its backups, confirming deletion in writing.

### 3. Data Security

3.1 Provider shall keep Customer Data within mainland China, shall maintain a security programme consistent with ISO/IEC 27001 and the PRC multi-level protection scheme, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrator accounts and logging of administrative access.

3.2 Provider shall notify Customer within forty-eight hours after becoming aware of any security incident affecting Customer Data, shall investigate and contain the incident, shall provide Customer with a written report, and shall be responsible for the losses and regulatory penalties that Customer suffers as a result of a security incident caused by Provider or its subcontractors.

### 4. Confidentiality

4.1 Each party shall keep confidential the non-public information disclosed by the other party in connection with this Order Form, shall use it only for the purposes of this Order Form and shall protect it with at least reasonable care.

4.2 This Section 4 survives for three years after the end of the Subscription Term.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service, the Documentation and Provider's standard software.

5.2 Configurations, report templates, work-order forms and the ERP interface mapping created for Customer during onboarding ("Customer Configurations") belong to Customer. Customer may use, copy, modify and license them freely, including with a successor system.

### 6. Subcontractors

6.1 Provider may engage subcontractors, hosting providers and other service providers of its choice to perform any part of the Service or onboarding, without Customer's consent. Provider remains responsible for the performance of its subcontractors.

### 7. Liability

7.1 Each party's total liability arising out of this Order Form is limited to two times the Total Fees.

7.2 The limit in Section 7.1 does not apply to breach of Sections 2, 3 or 4, to infringement claims, or to death or personal injury caused by negligence.

### 8. Term and Termination

8.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within thirty days after written notice.

8.2 If Customer terminates under Section 8.1, Provider shall refund any fees paid for the period after termination, and Section 2.3 applies.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute arising from this Order Form shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its entire business.

10.2 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. A failure of Provider's subcontractors or hosting partner is not such an event unless it is itself caused by one.

10.3 Each party shall comply with applicable anti-bribery laws and shall not offer or give any improper payment or benefit to the other party's employees in connection with this Order Form.

10.4 This Order Form, with Schedule A (Functions) and the Documentation, is the entire agreement on its subject matter. It is signed in English; a Chinese translation may be prepared for convenience.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

H973E03 = r"""T:Supply Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. JCP-EQ-2026-0871
P:Buyer: Anhui Jiangcheng Paper Co., Ltd., Jiujiang District, Wuhu, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Muscatine Sensor Works, Inc., an Iowa corporation, Muscatine, Iowa, United States of America (the "Supplier")
P:This Contract is concluded on the Buyer's standard terms for equipment purchases. The Buyer is purchasing wireless vibration and temperature sensors, gateways, edge servers and a perpetual licence of the Supplier's monitoring software, together with installation, configuration and training, for the paper machines, pulping line and utilities of its Wuhu mill.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's MachineSense Monitoring Platform, version 6, licensed under clause 2.3, including the analytics engine, web console and mobile alarm application.
P:1.3 "Custom Work" means the machine models, alarm thresholds and rules, dashboards, the interface to the Buyer's DCS historian and the interface to the Buyer's maintenance management system, prepared by the Supplier for the Buyer, with their source code and documentation.
P:1.4 "Buyer Data" means all measurement data, alarms, machine and process information and other data generated at or supplied by the Buyer's mill.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 420 wireless vibration and temperature sensors, 36 gateways and two edge servers, and shall install them on the assets listed in Annex 1.
P:2.2 The Supplier shall install and configure the Software on the edge servers and the Buyer's on-premises virtual machines, prepare the Custom Work and train the Buyer's maintenance engineers.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 420 monitoring points at the Wuhu mill, including the right to move the licence to replacement hardware.
H:3. Price
P:3.1 The Contract Price is CNY 2,740,000, inclusive of VAT, packing, transport to the Wuhu mill, insurance, customs clearance and all duties. The Price Table is as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX version|420|3,150|1,323,000
TB:2|Industrial gateway with dual network uplink|36|11,800|424,800
TB:3|Edge server, rack-mounted|2|68,500|137,000
TB:4|MachineSense Monitoring Platform, perpetual licence, 420 points|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||2,370,800
TB:5|Installation, cabling and commissioning|1 lot|214,600|214,600
TB:6|Custom Work (models, dashboards, interfaces)|1 lot|128,000|128,000
TB:7|Training|1 lot|26,600|26,600
TB:|Contract Price|||2,740,000
P:3.2 The Contract Price is fixed for the duration of the Contract.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 274,000) within thirty days after signature and the Supplier's delivery of an advance-payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 1,507,000) within thirty days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms completion of installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 959,000) within thirty days after the Buyer signs the Final Acceptance Certificate.
H:5. Delivery, Installation and Acceptance
P:5.1 The Equipment shall be delivered to the Wuhu mill within seventy-five days after signature, and installation and commissioning shall be completed within forty-five days after delivery.
P:5.2 Acceptance criteria: (a) every sensor reports data to the Software at the configured interval without gaps over fourteen consecutive days; (b) measured vibration values agree with the Buyer's portable reference analyser within ten per cent on a sample of forty points; (c) alarms reach the web console and the mobile application within sixty seconds; (d) the historian and maintenance-system interfaces transfer data correctly for ten consecutive working days; and (e) no Severity 1 fault occurs in a thirty-day trial run.
P:5.3 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Delivery, installation, commissioning, use of the system or payment does not constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect at its cost and the test shall be repeated.
P:5.4 Before Final Acceptance the Supplier shall deliver installation records, sensor location drawings, calibration certificates for every sensor, operation and maintenance manuals in Chinese and English, and the spare-parts list.
P:5.5 The Supplier's site team shall follow the Buyer's safety rules, including permits for work at height, hot work and work near rotating machinery, and shall work only during shutdown windows agreed with the Buyer's production department.
H:6. Warranty and Service Levels
P:6.1 The warranty period is thirty-six months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and shall provide Software updates, patches and technical support free of charge.
P:6.2 Faults are classified in the table below. The Supplier shall meet the following times:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software unavailable, or more than forty sensors or any gateway of a paper machine not reporting|30 minutes|8 hours
TB:Severity 2|Individual sensors not reporting, interface errors|2 hours|3 working days
TB:Severity 3|Questions, minor defects|1 working day|next release
P:6.3 During the warranty period the Software shall be available at least 99.95% of each calendar month, excluding maintenance windows agreed with the Buyer.
P:6.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000. For each full 0.01 percentage point by which monthly availability falls below the commitment in clause 6.3, the Supplier shall pay CNY 2,000. The Buyer may deduct these amounts from any payment due.
P:6.5 After the warranty period the Supplier shall, if the Buyer so orders, provide support for the fourth and fifth years at an annual fee of 8.5% of the Hardware and Licence Subtotal, that is CNY 201,518 per year, with no increase during those two years. Each year is ordered separately; there is no automatic renewal.
P:6.6 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace failed units within the restoration times above, and shall ensure the availability of spare parts and firmware support for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in the Software and the Equipment firmware.
P:7.2 The Custom Work belongs to the Buyer. The Supplier shall hand over its source code and documentation before Final Acceptance, and the Buyer may use, modify and license it, and have it maintained by third parties, without restriction.
H:8. Data Security and Data Ownership
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use, copy or disclose it for any other purpose, including in anonymised or aggregated form.
P:8.2 The Software shall run on the Buyer's premises. The gateways shall connect only to the Buyer's industrial network. Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's bastion host and shall be logged.
P:8.3 The Supplier shall notify the Buyer within two hours after becoming aware of any security incident affecting Buyer Data or the Buyer's networks, shall take all remedial measures, and shall be liable for the resulting losses.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's mill, processes, equipment and production received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of the Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or completion of installation, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting and Termination
P:11.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent and remains responsible for any approved subcontractor.
P:11.2 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay damages under clause 10.1 reach their maximum.
P:11.3 If force majeure prevents either party from performing for more than sixty days, either party may terminate the Contract by written notice, and the Buyer shall pay for Equipment delivered and work completed.
H:12. Governing Law and Disputes
P:12.1 This Contract is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
P:12.3 This Contract is made in Chinese and English. Both versions have equal effect; the parties shall resolve any difference between them by reference to the purpose of the clause concerned.
P:Annex 1: Asset list and sensor locations. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H973E04 = r"""# MANAGED IT SERVICES AGREEMENT

Agreement No. QRM-MSA-2026-031

**Between** Changzhou Ruifeng Auto Parts Co., Ltd., Wujin District, Changzhou, Jiangsu Province, People's Republic of China ("Customer")

**and** Quad River Managed IT, Inc., an Illinois corporation with its head office in Moline, Illinois, United States of America, acting through its delivery centre in Shanghai ("Provider").

Customer operates three plants in Changzhou and a sales office in Shanghai and wishes to outsource the day-to-day management of its IT infrastructure and end-user support. Provider offers managed IT services. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer confirms in writing that transition has been completed under Section 3.

1.5 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider or its personnel access, receive or handle in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature. The service term is thirty-six months from the Service Commencement Date.

2.2 The service term does not renew automatically. The parties may agree an extension in writing no later than ninety days before the end of the service term; any extension and its charges require a written amendment signed by both parties.

## Section 3. Transition

3.1 Provider shall carry out the transition of the Services from Customer's current arrangements within seventy-five days after signature, in accordance with the transition plan agreed in the first two weeks after signature.

3.2 Transition is complete when: (a) all configuration items in Schedule 1 are recorded in Provider's service management tool and reconciled with Customer's inventory; (b) monitoring is active for all network devices, servers and storage; (c) runbooks for every managed system have been approved by Customer's IT manager; (d) the service desk has handled Customer's tickets for ten consecutive working days in parallel run with no open priority 1 or priority 2 ticket older than its target; and (e) a failover test of the core network and a restore test of a sample of backups have succeeded.

3.3 Customer shall confirm completion in writing within five working days after Provider shows that the criteria in Section 3.2 are met. Starting to use Provider's service desk or paying any invoice does not mean that transition is complete.

3.4 Provider shall use its best endeavours to complete transition within the period in Section 3.1. If transition is delayed, the parties shall meet to agree a revised plan, and Provider shall bear its own additional costs of the delay.

## Section 4. Service Delivery

4.1 Provider shall deliver the Services in accordance with Schedule 1 and shall meet the Service Levels in Schedule 2.

4.2 Provider shall assign a named service delivery manager, based in Changzhou, who shall meet Customer's IT manager monthly to review performance, open problems and planned changes.

4.3 Provider shall submit a monthly service report within five working days after each month, showing performance against each Service Level, major incidents with root-cause analysis, change records and capacity trends.

4.4 Changes to Customer's production systems shall follow Customer's change management procedure. Emergency changes shall be approved by Customer's IT manager by telephone and recorded afterwards.

4.5 Customer shall give Provider's personnel access to its sites and systems as reasonably needed, shall keep its own software licences and hardware maintenance contracts in force, and shall tell Provider in advance about plant shutdowns, production launches and other events that may affect the Services. Provider is not responsible for a failure to meet a Service Level to the extent it is caused by Customer's failure to do so, provided that Provider has notified Customer of the problem promptly.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Total Contract Value is CNY 2,590,000.

5.2 The monthly service charge is invoiced monthly in arrears and is payable within thirty days after receipt of a valid VAT invoice, less any service credits due for that month.

5.3 The one-time transition charge is invoiced after the Service Commencement Date and is payable within thirty days after receipt of the invoice.

5.4 The Charges are fixed for the service term. Additional devices or users beyond the volumes in Schedule 1 are charged at the unit rates in Schedule 3, which are also fixed for the service term.

## Section 6. Customer Data

6.1 Customer Data is and remains the property of Customer. Provider may use Customer Data only to perform the Services for Customer and shall not use it for any other purpose.

6.2 At the end of this Agreement, Provider shall return to Customer all Customer Data in its possession and shall not keep any copy.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's confidential information, including Customer's product drawings, customer programmes, production plans, network diagrams and passwords, and shall not disclose it to any third party without the other party's prior written consent.

7.2 Provider shall ensure that its personnel assigned to Customer are bound by written confidentiality obligations no less strict than this Section 7.

7.3 This Section 7 survives for five years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Provider retains ownership of its tools, methods and service management software.

8.2 Runbooks, network and system documentation, configuration records, scripts and reports prepared by Provider for Customer belong to Customer, and Customer may use and modify them freely and give them to any successor provider.

## Section 9. Personnel and Subcontracting

9.1 Provider shall provide qualified personnel and shall replace any individual whom Customer reasonably asks to be removed.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of any approved subcontractor.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 Section 10.1 does not limit liability for death or personal injury, fraud, wilful misconduct or breach of Section 7.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within thirty days after notice, or if Provider fails to meet the same Service Level in any three months of a rolling six-month period.

11.2 Provider may terminate this Agreement if Customer fails to pay undisputed Charges for more than sixty days after written notice.

11.3 On expiry or termination Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, including handover of documentation, credentials and open tickets to Customer or its new provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Changzhou Arbitration Commission for arbitration in Changzhou. The award is final and binding.

## Schedule 1 — Services

| Service | Scope | Volume |
|---|---|---|
| Service desk | Chinese and English, telephone, email and portal; 7:00–23:00 every day, on-call at other times | 1,150 users |
| Network management | Monitoring, configuration, firmware and fault handling of switches, routers, firewalls and Wi-Fi at three plants and one office | 214 devices |
| Server and storage management | Monitoring, patch management, capacity management and backup operation for virtual and physical servers | 86 servers, 2 storage arrays |
| On-site support | Desk-side support, device moves and replacements | 2 engineers on site on working days |
| Asset management | Hardware and software inventory, licence tracking | all managed items |

## Schedule 2 — Service Levels

| Service Level | Target | Service credit |
|---|---|---|
| Priority 1 incident (a plant network, MES or ERP unavailable) — response | 15 minutes | 2% of the monthly service charge per missed incident |
| Priority 1 incident — restoration | 6 hours | 3% of the monthly service charge per missed incident |
| Priority 2 incident — response | 1 hour | 1% per missed incident |
| Core network availability at each plant, per month | 99.95% | 5% of the monthly service charge per 0.02 percentage point below target |
| Service desk calls answered within 60 seconds | nine calls in ten | 2% of the monthly service charge |

Service credits in any month are limited to 20% of the monthly service charge for that month. Service credits are deducted from the next invoice.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Transition charge | one-time, after Service Commencement Date | 124,000 |
| Monthly service charge | per month, 36 months | 68,500 |
| Total monthly service charges over the service term | 36 × 68,500 | 2,466,000 |
| **Total Contract Value** | | **2,590,000** |
| Additional user | per user per month | 52 |
| Exit assistance | per engineer-day | 2,400 |

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
"""

H973E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KGD-CN-2026-0312

PARTIES

Keokuk Grain Data Services, Inc., an Iowa corporation with its principal office in Keokuk, Iowa, United States of America ("Provider").

Dalian Haiyu Feed and Grain Trading Co., Ltd., Ganjingzi District, Dalian, Liaoning Province, People's Republic of China ("Customer").

BACKGROUND

Provider publishes North American grain market data, including cash bids from country elevators and river terminals, barge and rail freight indications, export inspection summaries and crop condition indicators, and makes them available through a web application and an application programming interface (API). Customer imports soybeans, corn and sorghum and wishes to use the data in its purchasing and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in Schedule A, as updated by Provider from time to time, delivered through the API or the web application.

1.2 "Customer Data" means the position files, purchase records, watch lists, query parameters and other information that Customer uploads to or enters in Provider's systems, and the logs of Customer's use of the API.

1.3 "Integration Adapter" means the software connector that Provider builds for Customer under clause 3 to load the Licensed Data into Customer's purchasing system and risk database, with its source code and documentation.

1.4 "Subscription Year" means each period of one year starting on the Service Start Date or an anniversary of it. "Service Start Date" means the date on which Customer signs the Integration Acceptance certificate under clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the Licensed Data through the API and the web application and to use it for Customer's internal purchasing, pricing, hedging and risk-management purposes.

2.2 The subscription covers 25 named web users and API access from Customer's production and test environments with up to 400,000 API calls per day.

2.3 Customer may keep and use Licensed Data received during the Subscription Term in its internal systems after the end of this Agreement, but shall not redistribute Licensed Data to third parties in its original form, except to its auditors and regulators.

3. INTEGRATION AND ACCEPTANCE

3.1 Provider shall build and install the Integration Adapter within forty-five days after signature of this Agreement.

3.2 The Integration Adapter is accepted when the following tests have been passed: (a) all data sets in Schedule A load into Customer's risk database on five consecutive business days without manual correction; (b) a sample of 200 loaded values agrees with the values shown in Provider's web application; (c) intraday updates reach Customer's purchasing system within two minutes of publication by Provider; and (d) the adapter recovers automatically after a simulated network interruption.

3.3 Customer shall sign the Integration Acceptance certificate within five business days after the tests have been passed. Use of the Licensed Data before that date is a trial and does not constitute acceptance.

3.4 If the Integration Adapter is not ready for acceptance testing within the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to a total of CNY 20,000.

4. SUBSCRIPTION TERM AND RENEWAL

4.1 The initial Subscription Term consists of two Subscription Years starting on the Service Start Date.

4.2 At the end of the second Subscription Year, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current Subscription Year.

4.3 Provider may increase the subscription fee for any renewal term by up to 9% over the fee for the preceding Subscription Year by giving Customer written notice at least ninety days before that renewal term starts. If Customer does not give notice of non-renewal, the increased fee applies.

5. FEES AND PAYMENT

5.1 The fees for the initial Subscription Term are:

   Subscription fee, Subscription Year 1 ............ CNY 286,000
   Subscription fee, Subscription Year 2 ............ CNY 286,000
   Integration Adapter (one-time) ................... CNY 34,000
   Total Fees ...................................... CNY 606,000

5.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year and is payable within thirty days after receipt of a valid invoice.

5.3 The fee for the Integration Adapter is invoiced after Integration Acceptance and is payable within thirty days after receipt of the invoice.

5.4 All fees are stated in CNY and include VAT. Provider shall issue VAT invoices through its authorised reseller in Shanghai.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of each calendar month, measured at Provider's API gateway and excluding maintenance announced at least five days in advance and scheduled outside Customer's business hours.

6.2 Incidents are classified as Priority 1 (API unavailable, or one or more data sets not updated for more than two publication cycles), Priority 2 (degraded performance or a single field missing) and Priority 3 (questions and minor errors). Provider shall respond to Priority 1 incidents within one hour at any time, and to Priority 2 incidents within two business hours, and shall keep Customer informed until resolution.

6.3 If availability in a calendar month falls below the commitment in clause 6.1, Provider shall credit Customer 5% of the monthly portion of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly portion. For each hour by which Provider exceeds the Priority 1 response time, Provider shall credit Customer CNY 600. Credits are deducted from the next invoice.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services to Customer and shall not use it for any other purpose, including in aggregated or anonymised form, and shall not disclose it to anyone else.

7.2 Provider shall protect Customer Data and Customer's API credentials with appropriate technical and organisational measures, including encryption in transit and at rest, access control limited to named support staff, multi-factor authentication and logging of all access. Customer Data shall be stored in a data centre in mainland China operated for Provider by its hosting provider.

7.3 Provider shall notify Customer within eight hours after becoming aware of any unauthorised access to, or loss, alteration or disclosure of, Customer Data or Customer's API credentials, shall investigate and contain the incident, shall give Customer a written incident report within five business days, and shall be liable for the losses that Customer suffers as a result of an incident caused by Provider, its personnel or its hosting provider.

7.4 Within thirty days after the end of this Agreement, Provider shall return Customer Data to Customer in a commonly used electronic format and shall then delete it from its systems and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider and its data sources retain all rights in the Licensed Data, the API and the web application, subject to the rights granted to Customer in clause 2.

8.2 The Integration Adapter belongs to Customer. Provider shall deliver its source code and documentation with the Integration Acceptance tests, and Customer may use, modify and license it and have it maintained by any third party.

9. WARRANTIES

9.1 Provider warrants that it has the right to license the Licensed Data to Customer, that it compiles the Licensed Data with reasonable care from sources it considers reliable, and that it will correct errors in the Licensed Data promptly after they are reported.

9.2 Market data is provided for information. Customer remains responsible for its own purchasing and hedging decisions.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the building or maintenance of the Integration Adapter or the operation of the API support desk without Customer's prior written consent. Provider remains responsible for any subcontractor that Customer approves.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to two times the Total Fees.

11.2 The limit in clause 11.1 does not apply to breach of clause 7, to infringement claims or to fraud or wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of the breach.

12.2 Customer may also terminate this Agreement by written notice if the API availability falls below the commitment in clause 6.1 in any two consecutive calendar months.

12.3 On termination by Customer under clause 12.1 or 12.2, Provider shall refund any prepaid fees for the period after the termination date.

13. DISPUTES

13.1 The parties shall first try to settle any dispute arising from this Agreement by negotiation between their senior managers.

13.2 A dispute not settled within forty-five days shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its arbitration rules then in effect. The arbitral award is final and binding on both parties.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 This Agreement, with Schedule A (Licensed Data Sets and Delivery Times), is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

SCHEDULE A - LICENSED DATA SETS

A.1 Daily cash bids from about 1,900 country elevators and 60 river terminals in the United States, updated every thirty minutes during trading hours.

A.2 Weekly barge freight indications for the Illinois, Mississippi and Ohio rivers, and rail freight indications for the main export corridors.

A.3 Weekly export inspection summaries and crop condition indicators, published on the day of their official release.

SIGNED

For Provider: ____________________  Name and title: ____________________  Date: __________

For Customer: ____________________  Name and title: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets: key -> (file name, format)
FILES = {
    "h973z01": ("h973z01_agri_bureau_prepared_food_traceability_platform.pdf", "pdf", H973Z01),
    "h973z02": ("h973z02_robot_vacuum_plant_line_control_retrofit.docx", "docx", H973Z02),
    "h973z03": ("h973z03_sensory_training_chain_booking_saas.txt", "txt", H973Z03),
    "h973z04": ("h973z04_karst_collapse_monitoring_annual_om.txt", "txt", H973Z04),
    "h973z05": ("h973z05_cloisonne_studio_process_tracking_supplier_template.md", "md", H973Z05),
    "h973e01": ("h973e01_spc_software_perpetual_licence_rockford_vendor.pdf", "pdf", H973E01),
    "h973e02": ("h973e02_cmms_saas_order_form_kankakee_vendor.md", "md", H973E02),
    "h973e03": ("h973e03_condition_monitoring_sensors_muscatine_vendor.docx", "docx", H973E03),
    "h973e04": ("h973e04_managed_it_services_36_months_moline_vendor.md", "md", H973E04),
    "h973e05": ("h973e05_grain_market_data_api_subscription_keokuk_vendor.txt", "txt", H973E05),
}

# Price components (asserted to sum to the contract value) and, for goods/licence drafts, the fee base.
PRICES = {
    "h973z01": ([1126000, 684000, 152000, 46000], 2008000, 1126000),
    "h973z02": ([948000, 432000, 438000, 186000, 360000, 296000, 184000, 26000], 2870000, 2364000),
    "h973z03": ([343000, 343000, 58000], 744000, None),
    "h973z04": ([236000, 148000, 102000, 86000], 572000, None),
    "h973z05": ([386000, 148000, 36000], 570000, 386000),
    "h973e01": ([1240000, 318000, 196000, 36000], 1790000, 1240000),
    "h973e02": ([206000, 214000, 222000, 46000], 688000, None),
    "h973e03": ([1323000, 424800, 137000, 486000, 214600, 128000, 26600], 2740000, 2370800),
    "h973e04": ([36 * 68500, 124000], 2590000, None),
    "h973e05": ([286000, 286000, 34000], 606000, None),
}
PAYMENTS = {  # instalments as stated, must sum to the contract value
    "h973z01": [401600, 903600, 702800],
    "h973z02": [287000, 1578500, 1004500],
    "h973z05": [313500, 256500],
    "h973e01": [358000, 805500, 626500],
    "h973e03": [274000, 1507000, 959000],
}
assert [round(b * f, 6) for b, f in ((2364000, 0.18), (1126000, 0.09), (386000, 0.28), (2370800, 0.085),
                                      (1240000, 0.13))] == [425520, 101340, 108080, 201518, 161200]

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
#                 avail  p1    remedy ip        dsec   owns   conf   ld                 cap          prepay acc   final
#                 warr  pwf   auto   term   subc   law
LABELS = {
    "h973z01": ("zh", "software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True,
                                        36, 9, False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False)),
    "h973z02": ("zh", "hardware", terms(None, 1, True, "buyer", True, True, True, 0.07, None, 10, True, True,
                                        24, 18, False, True, True, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False)),
    "h973z03": ("zh", "cloud", terms(99.5, 0.5, True, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None,
                                     None, None, False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)),
    "h973z04": ("zh", "services", terms(None, 1, False, "buyer", True, True, True, 0.1, None, None, True, None,
                                        None, None, False, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)),
    "h973z05": ("zh", "software", terms(None, 8, False, "supplier", True, False, True, 0.02, None, 55, False, False,
                                        6, 28, False, True, None, None, G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True)),
    "h973e01": ("en", "software", terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True,
                                        18, 13, False, True, False, "Illinois", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False)),
    "h973e02": ("en", "cloud", terms(None, None, False, "buyer", True, True, True, 500 / 688000 * 100, 200, None, True,
                                     None, None, None, False, True, True, "PRC", S),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False)),
    "h973e03": ("en", "hardware", terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True,
                                        36, 8.5, False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False)),
    "h973e04": ("en", "services", terms(99.95, 0.25, True, "buyer", False, True, True, None, 150, None, True, None,
                                        None, None, False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False)),
    "h973e05": ("en", "cloud", terms(99.95, 1, True, "buyer", True, True, False, 400 / 606000 * 100, 200, None, True,
                                     None, None, None, True, True, False, None, S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)),
}
FORUM_OUTSIDE_MAINLAND = {"h973e01"}  # courts of Winnebago County, Illinois

# The design: the rules each draft was written to trigger.
DESIGN = {
    "h973z01": [],
    "h973z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "h973z03": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h973z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h973z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h973e01": ["CR-GOVERNING-LAW"],
    "h973e02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h973e03": [],
    "h973e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "h973e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                  prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_THRESHOLD, HORIZON = 40, 5


def tco(key):
    t, x = LABELS[key][2], LABELS[key][3]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    value, base = PRICES[key][1], PRICES[key][2]
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return value + fees, fees / (value + fees) * 100


def derive(key):
    """My reading of policy §3 applied to the labels."""
    t, x = LABELS[key][2], LABELS[key][3]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < THRESHOLDS["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > THRESHOLDS["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < THRESHOLDS["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < THRESHOLDS["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > THRESHOLDS["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < THRESHOLDS["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > THRESHOLDS["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc[1] > TCO_SHARE_THRESHOLD:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures must not appear in any text (raw, whitespace-collapsed, whitespace-free).
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    NUM + r"99\.90*(?!\d)",
    NUM + r"4\s*(?:-\s*)?(?:hours?\b|hrs?\b|h\b|小时|个小时)",
    r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![\w-])four[\s-]*(?:\(4\)\s*)?(?:-\s*)?hours?\b",
    NUM + r"0\.050*(?!\d)",
    r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
    NUM + r"100" + PCT, r"百分之(?:一)?百", r"one\s*hundred" + PCT,
    NUM + r"30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,
    NUM + r"12\s*(?:-\s*)?months?\b", NUM + r"12\s*个\s*月", r"(?<![一二三四五六七八九])十二\s*个\s*月",
    r"(?<![\w-])twelve[\s-]*(?:\(12\)\s*)?(?:-\s*)?months?\b", r"质保期?(?:为)?一年", r"one[\s-]*year\s*warranty",
    NUM + r"15" + PCT, r"百分之十五", r"fifteen" + PCT,
    NUM + r"40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "uptime 99.9", "4 hours", "4-hour", "4小时", "4个小时", "四小时", "four hours",
            "four (4) hours", "0.05%", "0.05 per cent", "万分之五", "千分之零点五", "100%", "100 percent", "百分之百",
            "30%", "30 ％", "百分之三十", "thirty percent", "12 months", "12-month", "12个月", "十二个月",
            "twelve (12) months", "质保期一年", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十",
            "forty percent"]
MUST_MISS = ["99.95%", "99.5%", "99.99", "24 hours", "24小时", "二十四小时", "twenty-four hours", "14 hours",
             "0.08%", "0.055%", "万分之五十", "万分之八", "130%", "1,100%", "150%", "35%", "百分之三十五",
             "112 months", "2027年12月31日", "二十四个月", "115%", "45%", "140%", "百分之四十五", "1.5%", "0.5%",
             "thirty days", "forty-five days", "fifteen days", "CNY 30,000", "30 minutes", "15 minutes"]
for s_ in MUST_HIT:
    assert THRESHOLD_RE.search(s_), s_
for s_ in MUST_MISS:
    assert not THRESHOLD_RE.search(s_), s_


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    covered = set()
    for key, (name, fmt, src) in FILES.items():
        lang, category, t, x = LABELS[key]
        parts, value, base = PRICES[key]
        assert sum(parts) == value, key
        if key in PAYMENTS:
            assert sum(PAYMENTS[key]) == value, key
        assert list(t) == KEYS
        # no label value on a threshold
        for k_, th in THRESHOLDS.items():
            assert t[k_] is None or abs(t[k_] - th) > 1e-9, (key, k_)
        tc = tco(key)
        if tc:
            assert abs(tc[1] - TCO_SHARE_THRESHOLD) > 2, (key, tc)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        extra = dict(x)
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": category, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        # lengths and threshold scan of the file as read back
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        print("%s  %-5s n=%d  risk=%s  rules=%s  tco=%s" % (key, fmt, n, risk(rules), ",".join(rules) or "-",
                                                          "-" if not tc else "%.0f / %.2f%%" % tc))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    compliant = [k for k in FILES if not DESIGN[k]]
    assert sorted(compliant) == ["h973e03", "h973z01"]
    assert DESIGN["h973e01"] == ["CR-GOVERNING-LAW"] and LABELS["h973e01"][2]["governing_law"] == "Illinois"
    assert 8 <= len(DESIGN["h973z05"]) <= 10
    for k in ("h973z02", "h973z03", "h973z04", "h973e02", "h973e04", "h973e05"):
        assert 2 <= len(DESIGN[k]) <= 3, k
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
