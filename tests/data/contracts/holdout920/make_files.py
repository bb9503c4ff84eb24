"""holdout920: builds the ten held-out drafts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt/.md drafts are written from the sources below; .docx/.pdf are built with ../word_pdf.py;
- each .json label is written from LABELS (holdout19 key sets, key order and layout);
- every draft's rules are derived from its label with this folder's reading of policy §3 and compared with DESIGN;
- all 20 CR rules must fire over the set; lengths, thresholds and sums are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H920Z01 = """T:市文化广电和旅游局演出票务实名制监管平台采购合同
P:合同编号：WLJ-ZFCG-2027-0316
P:采购人（甲方）：某市文化广电和旅游局
P:供应商（乙方）：杭州云岫信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就演出票务实名制监管平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及澄清文件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供演出票务实名制监管平台软件许可，包括监管端、票务机构端和移动核验端，许可为永久许可，不限使用人数，部署在甲方指定的政务云环境。
P:1.2 乙方按甲方需求完成定制开发，包括：与全市各售票平台的实名购票数据对接接口、与公安部门的身份核验比对接口、与重点场馆闸机系统的对接、大型演出监管驾驶舱及风险预警模型。
P:1.3 乙方负责平台的安装部署、数据初始化、联调测试和上线保障，并对甲方及各区文旅部门的操作人员进行培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾万零肆仟元整（¥2,104,000.00），为含税固定总价，包括软件许可、定制开发、实施、培训、税费及乙方履约所需的全部费用。
P:2.2 分项价格：平台软件许可费人民币1,180,000元；定制开发费人民币760,000元；实施部署及数据初始化费人民币128,000元；培训费人民币36,000元。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%，即人民币420,800元，作为预付款。
P:3.2 平台完成部署、定制功能全部上线并通过初步验收后，甲方支付合同总价的45%，即人民币946,800元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即人民币736,400元。
P:3.4 甲方付款以财政资金拨付为准，乙方应在每次付款前开具等额发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后九十日内完成全部部署和定制开发，并提交初步验收申请。
P:4.2 乙方应向甲方提交需求规格说明书、系统设计说明书、接口文档、用户手册、运维手册及全部定制部分的源代码。
P:4.3 实施期间，乙方项目经理及核心开发人员不得擅自更换；确需更换的，应征得甲方同意。
P:4.4 乙方应在签订合同后十日内向甲方提交履约保证金人民币105,200元，以银行保函形式提交，于最终验收合格后无息退还。
P:4.5 培训分为管理员培训和操作员培训两类，总计不少于八场，每场培训后乙方应提交签到表和培训效果评估，培训材料归甲方使用。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：招标文件及需求规格说明书所列功能全部实现；与不少于八家售票平台的数据对接稳定，连续十日数据差错为零；身份核验接口在模拟三千并发请求时平均响应不超过2秒；通过第三方机构的安全测评。
P:5.2 初步验收合格后进入三个月试运行期。试运行期内未发生一级故障、全部遗留问题均已关闭的，甲方组织最终验收，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复和技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的8%，即每年不超过人民币94,400元，且前三个维护年度不上调，维护合同另行签订。
P:6.3 质保期内，乙方应每季度对平台进行一次巡检，提交巡检报告，并在重大节假日及大型演出活动期间安排专人现场值守。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.5%。计划内维护应提前三日通知甲方，并安排在无重大演出的时段进行。
P:7.2 一级故障（平台整体不可用或实名核验中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一工作日内处理。
P:7.3 月度可用率每低于承诺值0.1个百分点，乙方向甲方支付人民币2,000元；一级故障响应或恢复每超时一小时，乙方支付人民币1,000元。上述款项可从应付款或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台采集和产生的全部数据，包括购票人身份信息、核验记录、场馆数据及统计结果，均属于甲方所有。乙方仅为履行本合同之目的处理数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级的要求实施安全措施，对个人信息进行加密存储和脱敏展示，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制或带离甲方环境。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应立即采取补救措施，并在2小时内书面报告甲方。因乙方原因导致数据安全事件的，乙方承担全部责任，赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在本合同终止后继续有效，直至相关信息依法公开为止。
H:第十条 知识产权
P:10.1 平台软件的既有知识产权归乙方所有，甲方依本合同取得永久使用许可。
P:10.2 定制开发的接口程序、驾驶舱、预警模型及相关源代码和文档，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:10.3 乙方保证其交付的软件不侵犯第三方的合法权益，否则由乙方承担全部责任。
H:第十一条 分包
P:11.1 本项目的主体和关键性工作由乙方自行完成。
P:11.2 乙方可将综合布线、闸机对接现场施工等非主体、非关键性工作分包给具备相应资质的单位，但应在分包前五个工作日书面告知甲方。乙方对分包单位的工作向甲方负责。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 逾期超过六十日，或因乙方原因验收两次不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.3 甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付利息。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
P:13.3 合同解除后，乙方应在甲方要求的期限内完成全部数据和文档的移交，并配合甲方完成系统交接，不得以任何理由拖延。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:15.3 合同附件：附件一 分项报价表；附件二 定制开发需求清单；附件三 验收测试方案；附件四 服务水平及考核细则。
P:甲方（盖章）：____________        乙方（盖章）：____________
P:签订日期：2027年3月____日
"""

H920Z02 = """T:生产线控制系统改造合同
P:合同编号：MZ-SB-2027-021
P:甲方：安庆眠舟家纺枕业有限公司
P:乙方：合肥衡拓自动化工程有限公司
P:甲方三条枕芯生产线（开松充棉线、绗缝线、包装线）的控制系统已运行多年，故障频繁，备件停产。经甲方比价采购，确定由乙方承担控制系统改造。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线控制系统的设计、供货、安装、编程、调试和培训，包括更换PLC控制柜、伺服驱动、触摸屏、充棉机称重控制单元和车间工业网络，并部署产线监控与配方管理软件。
P:1.2 改造后各生产线应实现配方一键下发、充棉克重自动闭环控制、设备状态和产量实时采集，并能在甲方办公室集中查看。
P:1.3 改造应分线进行，每条线停产时间不超过七日，由乙方与甲方生产部门提前排定。
P:1.4 乙方应在设计阶段对现有设备进行现场勘察，核实电机功率、传感器型号和布线路径，设计方案经甲方确认后方可采购设备。因乙方勘察不实导致的设备变更和追加工作，费用由乙方承担。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰伍拾玖万肆仟元整（¥1,594,000.00），含13%增值税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造（含PLC主机、I/O模块、柜体）|6套|68,000|408,000
TB:2|伺服驱动器及伺服电机|24套|9,500|228,000
TB:3|触摸屏HMI|12台|6,500|78,000
TB:4|充棉机称重控制单元|8套|23,000|184,000
TB:5|工业交换机及环网（含光缆）|1批|96,000|96,000
TB:6|产线监控与配方管理软件许可（永久）|1套|426,000|426,000
TB:|软硬件小计|||1,420,000
TB:7|安装、编程及调试|1项|156,000|156,000
TB:8|培训|1项|18,000|18,000
TB:|合计|||1,594,000
P:2.2 上述价格为固定价格，包括设备、软件、运输、保险、安装调试、技术服务和税费。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%，即人民币318,800元，作为预付款。
P:3.2 全部设备到货并完成三条生产线的安装调试后，甲方支付合同总价的55%，即人民币876,700元。到货和安装调试完成不视为验收合格。
P:3.3 最终验收合格后，甲方支付合同总价的25%，即人民币398,500元。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后七十五日内完成全部供货、安装和调试。
P:4.2 乙方应提交电气图纸、PLC程序及注释、配方参数表、设备说明书和操作规程。
P:4.3 乙方应在进场前提交改造实施方案，内容包括各线停产计划、旧系统拆除顺序、新旧系统切换步骤和回退措施，经甲方生产部门确认后实施。切换失败的，乙方应在当班内恢复旧系统运行。
P:4.4 乙方拆除的旧控制柜、旧电机等设备归甲方所有，由乙方按甲方指定地点整理堆放，并移交清单。
H:第五条 验收
P:5.1 每条线改造完成后，由甲方组织单线测试：连续七十二小时生产无停机故障；充棉克重误差不超过±2%；配方切换时间不超过十分钟；产量和设备状态数据上传准确。
P:5.2 三条线均通过单线测试并试生产满三十日，且无未关闭的缺陷后，甲方组织最终验收，双方签署验收报告。
P:5.3 试生产期间甲方使用设备组织生产，不视为验收合格。验收不合格的，乙方应在十日内整改，直至合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备和软件的故障由乙方免费维修或更换，软件免费升级。
P:6.2 质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的26%，即每年人民币369,200元。维保服务内容包括定期巡检、备件更换、程序维护和软件升级，维保费在维保期内保持不变，按年度签订维保确认书。
P:6.3 乙方应保证改造所用主要备件的供应期不少于八年。
P:6.4 维保期内，乙方每季度对三条生产线进行一次预防性巡检，检查控制柜、伺服系统和称重单元的运行状态，校准称重传感器，并提交巡检报告和改进建议；乙方应在甲方厂区常备易损备件。
H:第七条 故障响应
P:7.1 一级故障（整条生产线停机）：乙方1小时内响应，6小时内到场并恢复生产；二级故障（单台设备故障或部分功能失效）：8小时内响应，24小时内解决；三级故障（不影响生产的问题）：三个工作日内解决。
P:7.2 乙方未在上述时限内响应或恢复的，每超时一小时支付人民币800元，可从维保费或应付款中扣除。
P:7.3 乙方应提供每日二十四小时的服务电话和远程技术支持，并指定一名熟悉本项目的工程师作为联系人，联系人变更应提前通知甲方。
H:第八条 违约金
P:8.1 乙方逾期完成安装调试或逾期通过验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:8.2 因乙方原因造成甲方停产超出约定时间的，乙方应赔偿甲方的直接损失。
P:8.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第九条 数据与安全
P:9.1 控制系统和监控软件采集的生产数据、配方参数及产量记录均归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方事先批准，并通过甲方指定的安全通道进行；乙方不得在控制系统中留有未经告知的远程访问方式或后门程序。
P:9.3 乙方应对其接触的数据采取必要的安全措施，因乙方原因导致数据泄露、丢失或系统被入侵的，乙方应立即通知甲方并承担相应赔偿责任。
H:第十条 保密
P:10.1 乙方对甲方的工艺配方、生产数据、客户信息和其他商业秘密负有保密义务，不得向第三方披露，本合同终止后仍然有效。
H:第十一条 知识产权
P:11.1 为本项目编写的PLC程序、触摸屏画面、配方模板及其源程序的知识产权归甲方所有，甲方可自行修改或委托他人修改。监控软件产品本身的知识产权归乙方，甲方享有永久使用权。
H:第十二条 分包
P:12.1 乙方不得将本合同工作转包。电缆敷设等辅助工作确需分包的，应事先取得甲方书面同意。
H:第十三条 合同的履行与解除
P:13.1 本合同生效后，除因不可抗力致使合同目的无法实现外，任何一方不得单方解除本合同。
P:13.2 乙方违约的，甲方可以要求乙方继续履行、采取补救措施并按本合同约定支付违约金，但不得以此为由解除本合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交安庆仲裁委员会仲裁。
H:第十五条 安全生产
P:15.1 乙方人员在甲方厂区施工应遵守甲方的安全生产和消防管理制度，电气作业人员须持证上岗，动火、登高作业须办理审批手续。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
P:15.2 乙方应为其现场人员办理意外伤害保险，并在进场前向甲方提交人员名单、资格证书复印件和保险凭证。施工结束后，乙方应清理现场，恢复甲方车间的地面和通道。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:16.2 附件：附件一 改造技术方案；附件二 设备清单及技术参数；附件三 验收测试记录表。附件与本合同具有同等效力。
P:甲方（盖章）：____________        乙方（盖章）：____________
"""

H920Z03 = """预约及会员管理系统SaaS服务合同

合同编号：FX-IT-2027-008
甲方：成都锋线真人CS体验连锁管理有限公司
乙方：南京点橙软件科技有限公司

甲方在全国经营30家真人CS体验门店，拟统一使用线上预约和会员管理系统。经甲方比选，选定乙方提供SaaS服务及实施服务。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同，共同遵守。

一、服务内容
（一）乙方通过其SaaS平台向甲方提供以下服务：
1. 线上预约：微信小程序及网页预约、场次和装备排期、团建包场预约、定金与核销；
2. 会员管理：会员注册、储值、积分、等级、优惠券及会员活动；
3. 门店运营：前台收银对接、教练排班、场地使用统计和门店经营报表；
4. 总部管理：门店经营看板、跨店会员通用和营销活动配置。
（二）乙方提供实施服务，包括30家门店的系统配置、历史会员数据迁移、与甲方收银系统和财务系统的接口开发、门店人员培训及上线保障。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。

二、服务费用
（一）本合同总金额为人民币陆拾陆万贰仟元整（¥662,000.00），包括：
1. 订阅费：每家门店每服务年度人民币9,600元，30家门店两个服务年度合计人民币576,000元；
2. 实施费：人民币86,000元，为一次性费用。
（二）服务期内甲方新增门店的，新增门店按本合同订阅单价计费，按实际服务月数折算；门店关闭的，自次月起停止计费。
（三）上述费用含6%增值税，乙方不得另行收取平台使用费、短信通道费以外的任何费用。短信通道费按实际发送量另行结算。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度结算，每季度人民币72,000元。甲方在每个季度结束后十五个工作日内，根据该季度的服务考核结果支付上一季度订阅费，考核扣款从中扣除。
（三）甲方不向乙方支付任何预付款。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部30家门店的配置、数据迁移和接口开发，并提出上线验收申请。
（二）上线验收标准：
1. 合同约定的预约、会员、门店运营和总部管理功能全部可用；
2. 历史会员数据（约十八万条）迁移完整，会员余额和积分与原系统逐条核对一致；
3. 与收银系统和财务系统的接口连续七日运行无差错；
4. 在模拟两千名用户同时预约的情况下，预约页面响应时间不超过2秒；
5. 所有门店店长和前台人员完成培训并通过操作考核。
（三）甲方在收到验收申请后十日内组织验收，验收合格的签署上线验收单。门店开始使用系统或甲方支付部分费用，均不视为验收合格。
（四）因乙方原因延迟上线的，每延迟一日，乙方向甲方支付违约金人民币500元。
（五）数据迁移前，乙方应提交迁移方案和核对规则，经甲方确认后在非营业时段进行迁移；迁移后发现会员余额或积分差错的，乙方应在二十四小时内查明原因并更正，由此给甲方会员造成的损失由乙方承担。

五、服务水平
（一）平台月度可用率不低于99.95%，计划内维护应安排在凌晨二时至六时之间，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（平台不可用或预约、支付功能中断）：15分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般使用问题）：当日响应，三个工作日内解决。
（三）月度可用率每低于承诺值0.1个百分点，扣减当季订阅费的2%；一级故障恢复每超时一小时，扣减人民币600元。当季扣减总额以当季订阅费为限。
（四）乙方每月向甲方提交服务报告，列明可用率、故障处理情况和改进措施。
（五）乙方应为甲方指定一名客户成功经理，负责需求对接、版本升级通知和季度服务回顾。平台版本升级不得降低已有功能，涉及门店操作变化的，乙方应提前七日提供操作说明和线上培训。
（六）服务期内新开门店的配置和店员培训由乙方免费提供，每家新门店的上线时间不超过五个工作日。

六、数据安全与数据归属
（一）甲方会员的个人信息、预约和消费记录、门店经营数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供或出售。
（二）乙方应将数据存储在中国境内，采取加密存储、访问控制、操作日志审计和异地备份等安全措施，系统应通过网络安全等级保护第二级测评。
（三）发生数据泄露、丢失或篡改的，乙方应立即采取补救措施，在12小时内通知甲方，并配合甲方履行个人信息保护的法定义务。因乙方原因造成的数据安全事件，由乙方承担全部责任并赔偿甲方损失。
（四）本合同终止后三十日内，乙方应按甲方要求以通用格式导出并移交全部数据，移交完成后删除其存储的甲方数据，并出具删除证明。

七、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）为甲方开发的收银和财务接口程序、专用报表及其源代码归甲方所有，甲方可以自行或委托第三方使用和修改。
（三）甲方的商标、门店标识和会员活动素材归甲方所有，乙方仅可为提供服务在平台中展示。

八、分包
未经甲方书面同意，乙方不得将本合同项下的任何服务分包给第三方。

九、续约
服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，可多次续展。续展期的订阅单价由乙方根据其届时的标准价格确定，但每次上调不超过上一服务年度单价的8%，乙方应在续展前书面告知甲方调整后的价格。

十、违约与解除
（一）乙方严重违反本合同，经甲方书面通知后十五日内未予纠正的，甲方有权解除本合同。
（二）连续两个季度月度可用率未达到承诺值的，甲方有权解除本合同，无需承担任何违约责任。
（三）合同解除后，甲方按实际服务期支付订阅费，乙方应按本合同第六条第（四）项移交数据。
（四）甲方逾期支付订阅费超过三十日，经乙方书面催告后仍未支付的，乙方可暂停部分非核心功能，但不得删除甲方数据。

十一、不可抗力
（一）因地震、洪水、战争、政府行为等不可抗力导致不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供证明，受影响期间的服务费用相应减免。
（二）云服务商、短信服务商或电信运营商的一般故障以及网络攻击，不属于不可抗力，乙方应通过多可用区部署和备份措施避免服务中断。

十二、通知
本合同项下的通知应以书面形式送达本合同首页所列地址，或发送至双方指定的电子邮箱。任何一方变更联系信息的，应在变更后三日内通知对方，否则按原地址送达即视为已送达。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方住所地人民法院起诉。

十四、其他
（一）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（二）本合同附件包括：附件一 功能清单；附件二 门店清单；附件三 服务考核办法；附件四 数据迁移方案。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。

甲方（盖章）：                    乙方（盖章）：
代表签字：                        代表签字：
日期：                            日期：
"""

H920Z04 = """某市城市管理局夜市摊位管理系统年度运维服务合同

项目编号：CGJ-CS-2026-118（竞争性磋商）
采购人（甲方）：某市城市管理局
成交供应商（乙方）：济南澄明信息系统服务有限公司

依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就夜市摊位管理系统年度运维服务，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象为甲方夜市摊位管理系统，包括摊位申请审批、摊位分配与电子地图、摊主实名和健康证管理、收费与票据、巡查执法移动端、视频监控接入及数据大屏，涉及全市十四处夜市的约三千二百个摊位。
（二）服务内容包括：7×24小时系统运行监控、日常监控和巡检、故障处理、数据库和中间件维护、数据备份和恢复演练、安全加固和漏洞修复、小型功能优化（全年不超过四百人时）、用户培训及夜市旺季和节假日的保障值守。
（三）服务期限自2027年1月1日起至2027年12月31日止。
（四）系统部署在市电子政务云，共十六台虚拟服务器、两套数据库集群和一套视频汇聚平台。政务云基础设施由云服务商负责，乙方负责应用、中间件和数据库层面的运维，并与云服务商建立故障协同处理机制。

第二条 服务费用及支付
（一）本合同总价为人民币肆拾叁万陆仟元整（¥436,000.00），包括人员、工具、备件、交通及税费等全部费用，服务期内不作调整。
（二）服务费按季度支付，每季度人民币109,000元。每个季度结束后，甲方按本合同第六条进行季度考核，并在收到乙方发票后十五个工作日内支付该季度服务费，考核扣款从中扣除。
（三）本合同不设预付款。

第三条 服务交接与启动
（一）乙方应在合同签订后十日内完成与原运维单位的交接，接收系统文档、账号权限和运行记录，并提交运维服务方案。
（二）服务启动验收标准：运维人员全部到岗并经甲方面试确认；完成全部服务器、数据库和网络设备的资产梳理；建立监控告警并经甲方抽查有效；完成一次全量备份和恢复测试且数据一致。甲方确认后签署服务启动确认单。
（三）交接中发现的原有系统缺陷和安全隐患，乙方应形成问题清单报甲方，并按甲方确认的优先级在服务期内逐项处理。
（四）乙方逾期完成交接或服务启动验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第四条 人员要求
（一）乙方派驻两名运维工程师在甲方现场工作，工作时间为每日十时至二十二时，夜市营业期间至少一人在岗；另指定一名数据库工程师和一名安全工程师提供远程支持。
（二）驻场人员应具备三年以上同类系统运维经验，更换人员须提前十日书面申请并经甲方同意，新人员资质不得低于原人员。
（三）乙方应每半年对甲方管理人员和各夜市管理员进行一次系统操作培训，并为新上岗的巡查执法人员提供移动端使用指导，培训记录报甲方备案。

第五条 服务水平
（一）系统月度可用率不低于99.95%，夜市营业时段（每日十七时至次日一时）的计划外中断应优先处理。
（二）故障响应：一级故障（系统整体不可用、收费或审批中断）15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能或部分夜市不可用）30分钟内响应，8小时内解决；三级故障一个工作日内解决。
（三）可用率每低于承诺值0.1个百分点，扣减当季服务费人民币3,000元；一级故障响应或恢复每超时一小时，扣减人民币1,000元；未按计划完成巡检或备份的，每次扣减人民币500元。
（四）春节、国庆等节假日及夜市集中开市期间，乙方应制定专项保障方案，增派一名工程师现场值守，并在每日闭市后提交运行简报。
（五）乙方每月向甲方提交运维月报，内容包括系统运行情况、故障统计和分析、资源使用趋势、安全事件和下月工作计划；每季度提交一次系统健康评估报告。

第六条 考核与验收
（一）甲方每季度按附件《运维服务考核细则》对乙方进行考核，考核项目包括可用率、故障处理、巡检和备份完成率、安全漏洞整改、用户满意度，满分一百分。考核八十分以下的，除按第五条扣款外，另扣减当季服务费的5%。
（二）服务期满前十五日，甲方组织年度服务验收，标准为：四个季度考核均合格；全部运维文档、配置记录和变更记录完整更新；年度安全检查发现的问题全部整改；系统和数据完整移交给甲方或甲方指定的单位。验收合格后甲方出具验收意见。
（三）年度服务验收不合格的，乙方应在十日内整改；整改后仍不合格的，甲方可从第四季度服务费中扣减相应费用，并将结果记入供应商履约评价。

第七条 数据安全
（一）系统中的摊主个人信息、收费记录、执法记录和视频资料均属于甲方所有，乙方仅为履行运维服务而接触，不得用于其他目的，不得复制、留存或向第三方提供。
（二）乙方运维操作须通过甲方堡垒机进行，高风险操作须经甲方审批并双人复核；乙方不得使用未经甲方批准的远程工具，不得将数据带离甲方机房和政务网络。
（三）发生数据泄露、篡改、丢失或网络攻击事件的，乙方应立即处置并在1小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方损失，并承担由此产生的行政责任。
（四）乙方应每月对系统进行一次漏洞扫描，对高危漏洞在三个工作日内完成修复或采取临时防护措施，并配合甲方完成等级保护测评和网络安全检查。

第八条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、系统口令、网络结构和执法信息负有保密义务，并应与驻场人员签订保密承诺书。保密义务不因本合同终止而解除。乙方人员离场时，应交回全部账号、门禁卡和资料，甲方同步注销其权限。

第九条 知识产权
服务期内乙方为甲方编写的运维脚本、优化代码、报表和运维文档，其知识产权归甲方所有，甲方可自由使用、修改和提供给后续运维单位。

第十条 分包
乙方应自行提供本合同全部服务，不得分包或转包。

第十一条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期结算费用。
（二）合同解除或服务期满时，乙方应在十五日内完成与甲方或新运维单位的交接，交接期间应保证系统正常运行，交接完成前甲方可暂扣当季服务费。
（三）因甲方原因致使乙方无法提供服务，经乙方书面催告后三十日内仍未改正的，乙方可以解除本合同，甲方按实际服务期支付费用。

第十二条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任，但乙方仍应尽力采取措施保障系统数据安全。

第十三条 期满
服务期满，本合同自然终止，不自动续期。甲方需要继续采购运维服务的，依法另行组织采购。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同附件包括：磋商文件、响应文件、成交通知书及《运维服务考核细则》。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

H920Z05 = """# 墨匠工坊管理系统软件许可及开发合同

**墨匠软件标准合同文本（2026版）**

合同编号：MJ-2027-0412

甲方（客户）：苏州砚池书画装裱工作室

乙方：杭州墨匠软件有限公司

甲方委托乙方提供墨匠工坊管理系统的软件许可及定制开发服务，用于书画装裱作品的接件登记、工序流转、质检和交付管理。双方经友好协商，依据《中华人民共和国民法典》签订本合同。本合同为乙方标准文本，双方另有书面约定的除外。

## 第一条 合同内容

1.1 乙方向甲方提供墨匠工坊管理系统标准版软件许可（单工作室、二十个用户）。

1.2 乙方根据甲方需求进行定制开发，主要包括：作品接件拍照登记及二维码标签；托心、覆背、镶料、装杆等工序的流转记录和工时统计；修复类作品的病害记录与修复档案；客户取件短信通知及小程序查询。

1.3 乙方负责系统安装、基础数据初始化和操作培训。培训以远程视频方式进行，共计两次，每次不超过三小时，培训对象为甲方的接件人员、装裱师傅和管理人员。

1.4 本合同所称定制开发，以双方确认的《需求确认单》为准；《需求确认单》未列明的功能，不属于本合同范围。

## 第二条 合同价款

2.1 合同总价为人民币肆拾贰万元整（¥420,000.00），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 墨匠工坊管理系统软件许可（标准版） | 168,000 |
| 2 | 定制开发（工序流转、修复档案、取件通知、小程序） | 226,000 |
| 3 | 安装实施及培训 | 26,000 |
| | 合计 | 420,000 |

2.2 上述价格不含甲方自行采购的服务器、标签打印机、扫码枪等硬件设备。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币273,000元，乙方收到款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币147,000元。

3.3 甲方逾期付款的，乙方有权暂停开发和服务，工期相应顺延，甲方每逾期一日应按未付金额的千分之一支付违约金。

3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税普通发票。甲方需要增值税专用发票的，应在合同签订时提供开票信息。

## 第四条 项目实施

4.1 乙方在收到首付款后六十日内完成定制开发和系统安装，具体计划以乙方提交的实施计划为准。

4.2 甲方应及时提供需求资料、工序规则、历史客户和作品数据，并指派专人配合。因甲方需求变更、配合不及时或节假日停工导致工期延误的，乙方不承担责任，超出原需求范围的开发按乙方人天单价另行收费。

4.3 乙方向甲方提交用户操作手册。源代码、数据库设计文档不属于交付物。

4.4 甲方应按乙方要求准备服务器和网络环境，服务器操作系统、数据库软件及防病毒软件由甲方自行采购和维护。因甲方运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。

4.5 历史数据导入以甲方提供的标准模板为准，甲方应保证所提供数据真实、完整。乙方仅提供一次数据导入服务，因甲方数据质量问题需要重复导入的，按乙方人天单价另行收费。

## 第五条 上线与验收

5.1 乙方完成安装和定制开发后通知甲方上线，系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的问题，属于缺陷的由乙方在维护期内处理，属于新需求的另行协商，均不影响验收结论和付款。

## 第六条 售后服务

6.1 自系统上线之日起三个月为免费维护期，免费维护期内乙方提供缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费按乙方届时公布的服务收费标准收取。

6.3 故障处理：一级故障（系统无法登录或无法流转工序）乙方在接到报修后8个工作小时内响应；二级故障在两个工作日内响应；其他问题在乙方版本迭代中统一处理。

6.4 乙方以远程方式提供服务为主，需要现场服务的，甲方应承担差旅费用。乙方将尽力在上述时限内处理故障，但不因响应或修复超时承担扣款、赔偿或违约金责任。

6.5 系统版本升级由乙方统一安排，升级内容以乙方发布说明为准。免费维护期满后未签订维护协议的，乙方不再提供升级和补丁，由此产生的问题由甲方自行承担。

## 第七条 知识产权

7.1 墨匠工坊管理系统及乙方为本合同开发的全部定制功能、程序、源代码和文档的知识产权均归乙方所有。

7.2 甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，不得许可或提供给第三方使用。

7.3 乙方有权将本项目中开发的功能纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入的客户信息、作品信息和业务记录归甲方所有。

8.2 乙方采取数据加密、权限控制、日志记录和定期备份等措施保护甲方数据安全。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施，并承担相应的赔偿责任。

8.3 甲方同意，乙方可以将甲方业务数据进行脱敏和汇总处理后，用于乙方产品改进、行业分析报告及对外发布的行业统计，甲方不因此收取任何费用。

## 第九条 保密

双方对在合作中获知的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后两年内有效。乙方为提供远程服务而登录甲方系统的，应使用甲方分配的账号，操作完成后及时告知甲方。

## 第十条 违约责任

10.1 因乙方原因延期完成上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

10.3 甲方违反本合同第七条，擅自修改软件或向第三方提供软件的，应立即停止侵权行为，并按合同总价的两倍向乙方支付违约金；给乙方造成损失的，还应赔偿全部损失。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 合同解除后，甲方应停止使用乙方软件并删除安装副本；乙方在甲方付清应付款项后，以乙方标准格式导出甲方业务数据一次。

## 第十二条 不可抗力

因不可抗力或第三方网络、电力、云平台故障导致合同不能履行的，受影响方不承担责任，但应及时通知对方。不可抗力持续超过六十日的，任何一方可以书面通知对方解除本合同，已完成部分按实际工作量结算。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同条款如与甲方采购文件、往来邮件或会议纪要不一致，以本合同为准。

14.3 本合同附件包括《需求确认单》《实施计划》和《墨匠软件服务收费标准》。乙方有权根据经营情况更新《墨匠软件服务收费标准》，更新后的标准在乙方官网公布之日起生效。

甲方（盖章）：                    乙方（盖章）：

日期：                            日期：
"""

H920E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. IQS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrui Precision Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer"), and Innerste Quality Systems GmbH, a company registered in Germany with its registered office at Kaiserstrasse 41, 31134 Hildesheim, Germany (the "Vendor").
P:The Customer manufactures machined and stamped components for automotive suppliers at two plants in Changzhou. It wishes to replace its spreadsheet-based quality records with the Vendor's computer-aided quality (CAQ) software, configured for its processes and connected to its existing systems. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's CAQ suite, release 9, consisting of the inspection planning, measurement data collection, statistical process control, complaint management and supplier quality modules, together with updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, inspection plan templates, report layouts, interface programs and related documentation created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all measurement data, inspection results, complaint records, supplier data and other information entered into or generated by the Software in the Customer's environment.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's two Changzhou plants for up to 150 named users and 60 measurement stations, for the Customer's internal business purposes, including use by its affiliates in mainland China.
P:2.2 The Vendor shall provide implementation services: process analysis, configuration of inspection plans for the Customer's part families, migration of five years of historical measurement data from spreadsheets, interfaces to the Customer's ERP and MES systems and to 60 gauges and coordinate measuring machines, testing and go-live support.
P:2.3 The Vendor shall train 12 key users in a five-day course and 140 end users in shorter sessions at the plants, in Chinese or with a qualified interpreter provided by the Vendor.
H:Article 3 Price and Payment
P:3.1 The total price of this Agreement is CNY 1,848,000 (the "Contract Price"), inclusive of applicable PRC taxes, made up of: licence fee CNY 1,260,000; implementation services CNY 540,000; training CNY 48,000. The price is fixed and covers travel and living expenses of the Vendor's staff.
P:3.2 The Customer shall pay 20% of the Contract Price (CNY 369,600) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:3.3 The Customer shall pay 55% of the Contract Price (CNY 1,016,400) within 30 days after the Provisional Acceptance certificate under Article 5.2 is signed.
P:3.4 The Customer shall pay the remaining 25% of the Contract Price (CNY 462,000) within 30 days after Final Acceptance.
H:Article 4 Delivery and Project Schedule
P:4.1 The Vendor shall deliver the Software and complete installation, configuration, data migration and interfaces so that the Customer can start Provisional Acceptance testing within 120 days after signature.
P:4.2 If the Vendor fails to meet the date in Article 4.1, or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 5 Acceptance
P:5.1 The parties shall agree a written acceptance test plan within 30 days after signature. It shall cover at least the criteria in Article 5.2 and 5.3.
P:5.2 Provisional Acceptance requires that: all functions listed in Annex 1 work as specified; migrated historical data reconcile with the source spreadsheets for every part number and characteristic; measurement values from every connected gauge are transferred correctly in a test of at least 500 readings per station; and ERP and MES interfaces run for ten consecutive working days without error.
P:5.3 After Provisional Acceptance, the Software shall be used in production for 60 days. Final Acceptance shall be issued when no Severity 1 or Severity 2 defect is open, SPC charts and control limits have been verified by the Customer's quality department for three representative part families, and all documentation has been delivered.
P:5.4 Use of the Software in production, go-live or payment of any instalment does not constitute acceptance. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specifications in Annex 1 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases and provide telephone and remote support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support at a fee of 9% of the licence fee, namely CNY 113,400 per year. This fee is fixed for the first three support years. Support covers the same services as in the Warranty Period. Each support year requires a separate purchase order; there is no automatic renewal.
P:6.3 Defects are classified as follows. Severity 1: the Software or a plant's measurement data collection is unavailable, or quality data are corrupted. Severity 2: an important function fails but production can continue. Severity 3: all other defects.
P:6.4 For Severity 1 defects the Vendor shall respond within 1 hour and provide a workaround within 8 hours; for Severity 2 defects, respond within 2 hours and provide a workaround within two working days; for Severity 3 defects, respond within one working day and correct the defect in the next release.
P:6.5 If the Vendor misses a response or workaround time for a Severity 1 defect, it shall pay the Customer CNY 1,500 for each hour or part of an hour of delay; for Severity 2 defects, CNY 500 per hour. These amounts may be set off against any payment due to the Vendor.
H:Article 7 Customer Data and Data Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose, including product development or benchmarking.
P:7.2 The Software is installed on the Customer's servers in Changzhou. Remote access by the Vendor requires the Customer's approval for each session, uses the Customer's VPN and bastion host, and is logged. The Vendor shall not transfer Customer Data outside mainland China.
P:7.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement, apply appropriate technical and organisational security measures, and notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data. The Vendor is liable for all losses caused by a security incident for which it is responsible.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables, including their source code, belong to the Customer upon creation. The Customer may use, modify, copy and license them freely, including through third parties. The Vendor shall deliver the source code with Final Acceptance.
P:8.3 The Vendor shall defend and indemnify the Customer against claims that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including drawings, process parameters, customer names and prices, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement, and for trade secrets for as long as they remain secret.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence, infringement claims under Article 8.3 or breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor, including the Vendor's affiliate in Suzhou.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 4.2 reach their maximum.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, less the value of any part of the work the Customer elects to keep.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 90 days, either party may terminate this Agreement.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 The courts of Hildesheim, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese in four originals, two for each party. Both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title:                             Name and title:
P:Date:                                       Date:
"""

H920E02 = """# ORDER FORM AND SUBSCRIPTION TERMS

**Order Form No. DLS-OF-27-0093**

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between Dollart Logistics Software GmbH, Ratsdelft 7, 26721 Emden, Germany ("Provider"), and Qingdao Haichen Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, China ("Customer"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Subscribed Service

Provider's cloud-based warehouse and yard management service "DockFlow", edition Enterprise, for three cold-storage warehouses in Qingdao (Huangdao, Jiaozhou and Chengyang), including the modules Inbound, Temperature Zones, Picking and Wave Planning, Dock Scheduling, Yard Management, Driver App and Analytics, for up to 250 named users and 120 handheld devices (the "Service"). The Service is hosted for Customer in a data centre of a cloud provider in the Shanghai region of mainland China.

### A2. Subscription Term

The initial subscription term is 36 months from the Go-Live Acceptance date under A5 (the "Initial Term"). Renewal is governed by Part B, Section 11.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 250 users, 120 devices, 3 sites | 298,000 |
| Subscription fee, Subscription Year 2 | same | 298,000 |
| Subscription fee, Subscription Year 3 | same | 298,000 |
| Onboarding services (one-time) | fixed price | 64,000 |
| Total contract value | | 958,000 |

Fees include PRC value-added tax. Additional users, if ordered, are charged pro rata at CNY 1,192 per named user per Subscription Year. Temperature-sensor message volumes above 20 million per month are charged separately under Provider's price list and are not part of the total contract value.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance under A5.

(b) Subscription fees are invoiced quarterly in arrears, at CNY 74,500 per quarter, less any service credits earned in that quarter under Part B, Section 3.

(c) Customer shall pay each correct invoice within 30 days after receipt. No fees are payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

(a) Onboarding covers: configuration of the three warehouses, temperature zones and dock schedules; migration of item master data, storage locations and open stock; interfaces to Customer's ERP and to its transport booking platform; integration of temperature loggers; and training of 20 key users. Provider targets Go-Live within 75 days after signature of this Order Form.

(b) Go-Live Acceptance requires that: the migrated stock of each warehouse reconciles with Customer's ERP by item, lot and location; a two-week parallel run processes all inbound and outbound orders without a Priority 1 or Priority 2 defect; the ERP and transport interfaces run for ten consecutive working days without a lost or duplicated message; and temperature alarms are shown in the Service within 60 seconds in a test at each site.

(c) Customer shall issue a Go-Live Acceptance certificate within five working days after the criteria are met, or list the failed criteria. Using the Service for live operations during the parallel run is not acceptance.

### A6. Contacts and Signatures

Provider account manager: Hauke Jansen, hauke.jansen@dollart-ls.example. Customer project lead: Ms. Liu Fang, IT Department.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data entered into the Service by or for Customer, including stock, order, shipment, driver and temperature data, and all outputs derived from it.

1.2 "Subscription Year" means each successive annual period starting on the Go-Live Acceptance date or on an anniversary of that date.

1.3 "Customer Configurations" means workflows, reports, label layouts, interface mappings and other items configured or developed by Provider specifically for Customer.

### 2. Use of the Service

2.1 Provider grants Customer and its affiliates in mainland China a non-exclusive right to use the Service during the term for their internal business.

2.2 Customer shall keep user credentials secure and shall not resell the Service.

### 3. Service Levels

3.1 Provider shall make the production environment of the Service available at least 99.95% of each calendar month, excluding maintenance windows announced five days in advance and scheduled between 01:00 and 05:00 China time.

3.2 Incidents are classified as Priority 1 (Service unavailable or a warehouse cannot ship or receive), Priority 2 (a major function impaired with a workaround) and Priority 3 (all other incidents). Provider shall respond to Priority 1 incidents within 30 minutes, around the clock, and restore the Service or a workaround within 3 hours; Priority 2 within 2 hours with a workaround within one business day; Priority 3 within one business day.

3.3 If monthly availability falls below the commitment in 3.1, Customer receives a service credit of 5% of the quarterly subscription fee for each 0.1 percentage point or part of it below the commitment, up to half of that quarterly fee. Each Priority 1 restoration that exceeds the time in 3.2 gives a further credit of CNY 2,000. Credits are deducted from the next invoice.

3.4 Provider shall send a monthly service report showing availability, incidents, response and restoration times and credits.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the Service to Customer and for no other purpose.

4.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of all administrative access, and daily backups stored in a second data centre in mainland China. The Service holds a valid MLPS level 3 record and Provider maintains ISO/IEC 27001 certification.

4.3 Provider shall not transfer Customer Data outside mainland China. Support from Provider's staff in Emden is given through screen sharing controlled by Customer, without data export.

4.4 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take all steps needed to contain it, and bear the costs and damages caused by an incident for which it is responsible.

4.5 On expiry or termination Provider shall return all Customer Data in CSV or SQL format within 30 days and then delete it, and confirm the deletion in writing.

### 5. Confidentiality

Each party shall keep confidential the other party's non-public information, including prices, customer lists and system details, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by equivalent duties. This obligation survives for three years after the Agreement ends.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 Customer Configurations belong to Customer. Customer may use, modify and let third parties use them for its own business, also after the Agreement ends.

### 7. Subcontractors and Sub-processors

Provider may engage subcontractors or sub-processors for any part of the Service, including hosting and support, only with Customer's prior written consent. Provider remains responsible for their performance. The hosting provider named in A1 is approved by Customer's signature of this Order Form.

### 8. Customer Obligations

Customer shall provide network connectivity at its sites, handheld devices and label printers meeting Provider's published specifications, and timely decisions and data during onboarding.

### 9. Limitation of Liability

9.1 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

9.2 The limit in 9.1 does not apply to Customer's payment obligations, personal injury, wilful misconduct, or a party's breach of Sections 4 or 5.

9.3 Neither party is liable for loss of profit, loss of business or indirect damages.

### 10. Term and Termination

10.1 The Agreement starts on signature of the Order Form and continues for the Initial Term and any renewal terms.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. Customer may also terminate if availability is below the commitment in 3.1 in any three months of a Subscription Year.

10.3 On termination by Customer under 10.2, Provider shall refund any fees paid for the period after termination.

### 11. Renewal

At the end of the Initial Term, the Agreement renews automatically for successive renewal terms of 24 months unless either party gives written notice of non-renewal at least 90 days before the end of the current term. Provider may increase the subscription fees for each renewal term by up to 9% over the fees of the preceding Subscription Year, by notice given at least 120 days before the renewal date.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao under its rules in force at the time of the application. The award is final and binding on both parties.

### 13. General

Notices shall be in writing to the addresses in Part A. Neither party may assign the Agreement without the other party's written consent. Amendments require a written document signed by both parties.
"""

H920E03 = """T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. JYC-EQ-2027-037
P:Buyer: Tangshan Jinyu Cement Co., Ltd., Fengrun District, Tangshan, Hebei Province, China (the "Buyer").
P:Supplier: Emsland Condition Monitoring GmbH, Schillerstrasse 18, 49808 Lingen (Ems), Germany, acting through its branch office in Tianjin (the "Supplier").
P:The Buyer operates two clinker production lines with raw mills, kilns, coal mills, cement mills and large fans. It wishes to monitor the vibration and temperature of this equipment continuously in order to plan maintenance and avoid unplanned stops. Following the Buyer's competitive tender, the parties agree on this Contract on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's monitoring software "EmsWatch", release 6, including the analysis, alarm and reporting modules, installed on servers provided by the Buyer.
P:1.3 "Project Deliverables" means asset models, alarm thresholds, dashboards, report templates, configuration files, interface programs and documentation prepared by the Supplier for the Buyer under this Contract.
P:1.4 "Buyer Data" means all measurement data, alarms, asset data and reports collected or generated by the Equipment and the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 240 wireless vibration and temperature sensors on 300 assets at the Buyer's plant, 24 edge gateways, and the Software under a perpetual licence for up to 300 assets and 40 users.
P:2.2 The Supplier shall build the asset models, set initial alarm thresholds with the Buyer's maintenance engineers, connect the Software to the Buyer's distributed control system through a read-only OPC UA interface and to the Buyer's maintenance management system for automatic work requests, and train the Buyer's staff.
P:2.3 All Equipment shall be new, of current production and certified for use in dusty industrial environments with explosion protection where required by the Buyer's site rules.
P:2.4 The Supplier shall deliver, in Chinese, an installation record for every sensor with its position and photograph, the asset model documentation, the interface specification, an operation manual and a maintenance manual. Training consists of a three-day course for eight maintenance engineers on analysis and alarm handling and a one-day course for up to 30 operators, both held at the Buyer's plant.
P:2.5 Spare sensors and gateways shall remain available for purchase for at least eight years after Final Acceptance at prices not higher than those in clause 3.
H:3. Price
P:3.1 The total price of this Contract is CNY 1,550,000 (the "Contract Price"), inclusive of 13% value-added tax, delivery to the Buyer's plant, insurance, installation and all other costs. The Contract Price is fixed and is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor VX-3|240|3,200|768,000
TB:2|Edge gateway GW-8 with mounting kit|24|9,500|228,000
TB:3|EmsWatch software licence, perpetual, 300 assets|1|386,000|386,000
TB:|Equipment and licence subtotal|||1,382,000
TB:4|Installation, commissioning and asset model configuration|1 lot|142,000|142,000
TB:5|Training (two courses)|1 lot|26,000|26,000
TB:|Contract Price|||1,550,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 155,000) as an advance payment within 20 working days after signature, against the Supplier's invoice and an advance payment guarantee from a bank in mainland China for the same amount.
P:4.2 The Buyer shall pay 65% of the Contract Price (CNY 1,007,500) within 30 days after the Installation Certificate is signed. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 25% of the Contract Price (CNY 387,500) within 30 days after the Final Acceptance Certificate is signed.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 60 days and complete installation and commissioning within 100 days after signature. Installation on running equipment shall be coordinated with the Buyer's production plan and planned kiln stops.
P:5.2 If the Supplier fails to meet any date in clause 5.1, or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:6. Acceptance
P:6.1 After installation, the parties shall test the system according to the acceptance test plan agreed within 30 days after signature. Final Acceptance requires that: every sensor transmits readings at the configured interval and the readings of 20 sensors chosen by the Buyer agree with a calibrated portable instrument within the tolerances of the specification; alarms are raised in the Software and a work request is created in the maintenance system within one minute in a test on each production line; the DCS interface reads all agreed tags without writing to the DCS; and the system runs for 30 consecutive days without a Severity 1 incident.
P:6.2 The Buyer shall sign the Final Acceptance Certificate within seven days after the criteria are met. Signing the Installation Certificate, using the system or paying any instalment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and provide Software updates, new releases and technical support free of charge.
P:7.2 After the warranty period, the Buyer may order annual support for the Equipment and the Software at 7% of the equipment and licence subtotal per year, namely CNY 96,740, fixed for the first two support years. Support is ordered by separate purchase order each year and does not renew automatically.
P:7.3 Incidents are classified and handled as follows:
TB:Severity|Description|Response|On-site or remote fix
TB:1|Software server down, or a production line without monitoring|30 minutes|8 hours
TB:2|Several sensors or one gateway offline, alarms delayed|2 hours|2 working days
TB:3|Other faults and questions|1 working day|next release
P:7.4 If the Supplier misses a response or fix time for a Severity 1 incident, it shall pay the Buyer CNY 1,000 for each hour of delay; for Severity 2, CNY 300 for each hour. The Buyer may deduct these amounts from any payment due.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall process it only to perform this Contract and shall not use it for any other purpose, including product development, benchmarking or statistics, in identified or anonymised form.
P:8.2 The Software is installed in the Buyer's data room. The gateways send data only to the Buyer's server and have no connection to the internet. Remote support requires the Buyer's approval for each session, through the Buyer's bastion host, with all actions logged.
P:8.3 The Supplier shall take security measures in line with the PRC Cybersecurity Law and Data Security Law and with the Buyer's industrial control security rules, shall not leave any undocumented access path in the Equipment or Software, and shall report any security incident to the Buyer within 2 hours after discovery. The Supplier is liable for all damage caused by a security incident for which it is responsible.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production figures and network obtained under this Contract, shall use it only to perform this Contract and shall not disclose it to any third party without the Buyer's written consent. This obligation continues after the end of this Contract.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Supplier, and the Buyer's licence is perpetual and irrevocable once the Contract Price is paid.
P:10.2 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them and have them modified by third parties. Source code of interface programs is delivered with the Final Acceptance documentation.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, gross negligence and breach of clauses 8 and 9, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Scaffolding and cable installation by a local contractor may be approved by the Buyer in writing. The Supplier remains responsible for all subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's notice, or if the liquidated damages under clause 5.2 reach their maximum. The Supplier shall then refund the amounts paid for Equipment or services the Buyer does not keep.
H:14. Site Safety
P:14.1 The Supplier's staff shall follow the Buyer's site safety rules, including permits for work at height, hot work and work near rotating equipment, and shall wear the protective equipment required by the Buyer.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be resolved by negotiation. If negotiation fails within 30 days, either party may submit the dispute to the Tangshan Arbitration Commission for arbitration in Tangshan. The award is final.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H920E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. HMI-2027-CN-006**

Between **Ningbo Lanhai Hydraulic Components Co., Ltd.**, Beilun District, Ningbo, Zhejiang Province, China ("Customer"), and **Hase Managed IT GmbH**, Am Hafen 12, 49716 Meppen, Germany, acting with its delivery team in Ningbo ("Provider").

Customer wishes to outsource the operation of its data centre infrastructure, network and end-user support to Provider for a fixed term of 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, performed to the service levels in Schedule 2, for the charges in Schedule 3.

1.2 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under Section 4.

1.3 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses or handles in performing the Services.

1.4 "Deliverables" means the runbooks, configuration baselines, scripts, monitoring rules, reports and documentation prepared by Provider for Customer.

## 2. Term

2.1 This Agreement begins on signature. The service term is 36 months from the Service Commencement Date.

2.2 The parties may extend the service term only by a written amendment signed by both parties. There is no automatic renewal.

## 3. Services

3.1 Provider shall perform the Services in Schedule 1 for Customer's head office and two plants in Ningbo, covering 64 servers, 2 storage systems, 38 network devices and about 900 end users.

3.2 Provider shall keep at least four engineers on Customer's head office site during business hours and provide a 24/7 monitoring and on-call team.

3.3 Provider shall follow Customer's IT change management process. Changes to production systems require Customer's approval, except emergency changes needed to restore a Priority 1 incident, which Provider shall report within one business day.

3.4 Provider shall keep the asset register for all hardware and software in scope, track warranty and licence expiry dates, and warn Customer at least 90 days before any manufacturer support or licence expires. Provider shall deliver a capacity report each quarter with recommendations for upgrades, which Customer is free to accept or reject.

## 4. Transition and Service Commencement

4.1 Provider shall carry out the transition from Customer's current arrangements within 60 days after signature: inventory of all assets, knowledge transfer from Customer's IT team and current vendors, setup of monitoring and the service desk, and preparation of runbooks for every system in Schedule 1.

4.2 Service Commencement requires that: every asset in Schedule 1 is recorded in the configuration database and monitored with alerts tested; runbooks have been reviewed and approved by Customer's IT manager; the service desk has handled all tickets for a 14-day shadow period meeting the Priority 1 and Priority 2 targets in Schedule 2; and a backup restore test of the ERP database and the file server has succeeded.

4.3 Customer shall sign the Service Commencement Certificate within five business days after the criteria are met, or state in writing which criteria are not met. Provider's performance of services during the shadow period is not acceptance.

4.4 If the Service Commencement Date is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 2,500 for each day of delay, up to CNY 150,000.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed in a month, Provider shall grant the service credits in Schedule 2, deducted from the next invoice. Credits in a month are limited to 20% of that month's service charge. Credits do not limit Customer's other rights.

5.3 For each missed service level, Provider shall deliver a root-cause analysis and corrective action plan within ten business days.

## 6. Governance and Customer Obligations

6.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open incidents, problems and changes, and quarterly with Customer's IT director to review the service levels, the improvement plan and planned changes in Customer's business.

6.2 Customer shall provide Provider's on-site engineers with desks, network access, access badges and the administrator accounts needed for the Services, and shall keep its software licences and hardware support contracts with manufacturers valid, unless Schedule 1 assigns them to Provider.

6.3 Provider shall keep the configuration database, runbooks and network diagrams up to date at all times, so that Customer or a successor provider can take over the Services without loss of knowledge.

## 7. Charges and Payment

7.1 The charges are set out in Schedule 3. The total contract value is CNY 3,592,000, including VAT.

7.2 The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Customer pays correct invoices within 30 days. There is no advance payment.

7.3 Charges are fixed for the service term. Additional work outside Schedule 1 requires a written change order at the day rates in Schedule 3.

## 8. Customer Data

8.1 Customer Data is and remains the property of Customer. Provider shall use Customer Data only to perform the Services and for no other purpose.

8.2 On expiry or termination, Provider shall return all Customer Data and Deliverables in its possession to Customer.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's confidential information, including Customer's designs, drawings, prices, customer lists and business plans, and shall not disclose it to any third party except to its staff and permitted subcontractors who need it for this Agreement and are bound by written confidentiality duties.

9.2 These obligations survive termination for three years, and for trade secrets for as long as they remain secret.

## 10. Intellectual Property

10.1 Provider's pre-existing tools, methods and software remain its property. Provider grants Customer a free, perpetual licence to use any of them embedded in the Deliverables.

10.2 The Deliverables belong to Customer. Customer may use, modify and pass them to any successor provider.

## 11. Personnel and Subcontracting

11.1 Provider's key personnel are the service delivery manager and the on-site team lead. Provider shall not replace them without Customer's consent, not to be unreasonably withheld.

11.2 Provider may use subcontractors for parts of the Services, including field support at the plants, hardware break-fix and after-hours monitoring, by giving Customer written notice at least ten days before the subcontractor starts work. Provider remains responsible for its subcontractors.

## 12. Liability

12.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

12.2 The limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Section 9.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the same Priority 1 service level in three months within any six-month period.

13.2 Either party may terminate if the other becomes insolvent.

13.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, including knowledge transfer to Customer or a successor provider.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final and binding.

## 15. General

Amendments require a written document signed by both parties. Notices are given in writing to the addresses above. Schedules 1 to 3 form part of this Agreement.

## Schedule 1 - Services

| Service tower | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for about 900 users; password resets; ticket logging and tracking | 07:30-20:00 Mon-Sat, on-call otherwise |
| End-user support | Desk-side support at head office and both plants, PC imaging, printer and mobile device support | business hours |
| Server and storage | Monitoring, patching, capacity management, backup and restore for 64 servers and 2 storage systems | 24/7 monitoring |
| Network | LAN, Wi-Fi, firewalls and WAN links between the three sites; configuration backups | 24/7 monitoring |
| Reporting | Monthly service report, quarterly service review, annual improvement plan | monthly / quarterly |

## Schedule 2 - Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Availability of ERP and MES servers, per month | 99.95% | 3% of the monthly service charge for each 0.1 percentage point or part below target |
| Priority 1 incident response | 15 minutes, 24/7 | CNY 1,500 per late incident |
| Priority 1 restoration | 3 hours | CNY 1,000 per hour beyond target |
| Priority 2 incident response | 1 hour in service hours | CNY 500 per late incident |
| Service desk calls answered | within 60 seconds, monthly average | 1% of the monthly service charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge (one-time) | fixed | 118,000 |
| Monthly service charge | 36 months x 96,500 | 3,474,000 |
| Total contract value | | 3,592,000 |
| Additional work | engineer day rate | 2,400 per day |
| Exit assistance | engineer day rate | 2,400 per day |
"""

H920E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. EPD-SUB-2027-0211

This Data Subscription Agreement (the "Agreement") is made between:

Guangzhou Chelian E-commerce Co., Ltd., Tianhe District, Guangzhou, Guangdong Province, China (the "Customer"); and

Emsaue Parts Data GmbH, Emsstrasse 25, 48431 Rheine, Germany (the "Provider").

The Customer runs an online marketplace for automotive aftermarket parts in China. It needs reliable vehicle-to-part fitment data for European vehicle makes, so that buyers on its marketplace find parts that fit their cars. The Provider maintains such a catalogue and makes it available through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the Provider's cross-reference catalogue of vehicle types, part numbers, fitment relations, technical attributes and images, as updated by the Provider from time to time.

1.2 "API" means the Provider's web service through which the Customer retrieves Provider Data, together with its documentation and the bulk download files described in clause 2.3.

1.3 "Customer Data" means all data the Customer or its users submit through the API, including search queries, vehicle identification numbers, the Customer's own product listings and mapping tables, and all usage logs relating to the Customer.

1.4 "Subscription Year" means each of the two consecutive annual periods starting on the Start Date and on its first anniversary.

1.5 "Start Date" means the date on which the Customer signs the Integration Acceptance certificate under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer and its affiliates in mainland China a non-exclusive, non-transferable right, during the term, to retrieve Provider Data through the API, store it in the Customer's systems, and display it to users of the Customer's marketplace and mobile apps in mainland China.

2.2 The subscription covers all passenger car and light commercial vehicle makes in the Provider's catalogue, Chinese translations of part names maintained by the Provider, and up to 3 million API calls per calendar month.

2.3 The Provider shall make a complete bulk download of the catalogue available each month and incremental updates each week.

2.4 The Customer shall not resell Provider Data as a data product or make it available to third parties other than as part of its marketplace listings.

2.5 The Customer shall keep its API keys secure, use the API only through its own systems, and inform the Provider without delay if it suspects that an API key has been misused. The Provider may block a key that is clearly misused, after informing the Customer.

3. TERM

3.1 This Agreement begins on signature and the subscription runs for two Subscription Years from the Start Date.

3.2 The Agreement does not renew automatically. Any further subscription requires a new written agreement, on terms to be agreed at the time.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall provide integration support: a test environment with full catalogue data within ten days after signature, two workshops with the Customer's developers, a mapping of the Customer's existing 1.8 million product listings to the Provider's part numbers, and Chinese-language technical documentation.

4.2 The Provider shall make the production API available within 45 days after signature. If it does not, the Provider shall pay the Customer CNY 800 for each day of delay, up to CNY 40,000.

4.3 Integration Acceptance requires that: the production API and the bulk download are available with the full scope in clause 2.2; in a test of 2,000 vehicle identification numbers chosen by the Customer, the fitment results match the Provider's reference results and the Customer's own verification for each sample; the mapping of the Customer's listings is delivered with a documented match report; and the Customer's marketplace has run on the production API for ten consecutive days without a data error reported by the Customer.

4.4 The Customer shall sign the Integration Acceptance certificate within five business days after the criteria in clause 4.3 are met, or state which criteria are not met. Use of the API in the Customer's live marketplace before then is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 386,000;
(b) subscription fee for Subscription Year 2: CNY 386,000;
(c) integration support under clause 4.1, one-time: CNY 38,000.
The total value of this Agreement is CNY 810,000, including VAT.

5.2 API calls above the monthly volume in clause 2.2 are charged at CNY 0.02 per call, invoiced monthly in arrears. Such usage charges are not part of the total value in clause 5.1.

5.3 The integration support fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 96,500 at the end of each quarter. The Customer pays correct invoices within 30 days after receipt. No payment is due before the Start Date.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available at all times, except for planned maintenance, which the Provider will try to announce in advance and schedule outside peak hours in China.

6.2 The Provider offers support by e-mail and through its support portal in English and Chinese on German business days. The Provider will use commercially reasonable efforts to respond promptly to support requests and to correct data errors reported by the Customer in the next weekly update.

6.3 No service levels, response times or service credits apply to the API or to support.

7. DATA QUALITY

7.1 The Provider shall compile Provider Data with professional care from manufacturer and supplier sources and shall correct errors it discovers or that are reported by the Customer.

7.2 The Provider does not warrant that Provider Data is complete or free of errors for every vehicle, but shall keep its published fitment coverage for each vehicle make during the term.

7.3 The Provider shall publish release notes with each weekly update, listing new vehicle types, withdrawn part numbers and corrected fitment relations, so that the Customer can update its listings. Each quarter the Provider shall send the Customer a coverage report for the vehicle makes most searched on the Customer's marketplace.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and support to the Customer and for no other purpose. In particular, the Provider shall not use the Customer's search queries or vehicle identification numbers to improve its catalogue for other customers or to compile market statistics.

8.2 The Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and logging of all access. API traffic for the Customer is served from a node in mainland China, and Customer Data is not transferred out of mainland China.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it, cooperate with any investigation by the authorities, and be liable for the losses caused by an incident for which it is responsible.

8.4 At the end of the term, the Provider shall delete all Customer Data within 30 days and confirm the deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Agreement, and shall use it only for this Agreement. This obligation survives for three years after the Agreement ends.

10. INTELLECTUAL PROPERTY

10.1 Provider Data and the API remain the property of the Provider.

10.2 The mapping tables created by the Provider for the Customer under clause 4.1, and any custom data extracts prepared for the Customer, belong to the Customer, which may use, modify and license them freely, including after the end of this Agreement.

10.3 After the end of the term the Customer may keep Provider Data already displayed in past order records, but shall remove it from active product listings within 60 days.

11. LIABILITY

11.1 The Provider's total liability under this Agreement is limited to 150% of the total value in clause 5.1, except for wilful misconduct, gross negligence and breach of clauses 8 and 9.

11.2 The Provider shall indemnify the Customer against claims that Provider Data or the API infringe third-party rights.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract the hosting of the API, support or the mapping work to any third party without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund fees paid for any period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.

15. GENERAL

15.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

15.2 Neither party may assign this Agreement without the other party's written consent.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Files, labels and design

NAMES = {
    "h920z01": ("h920z01_culture_bureau_ticketing_realname_platform", "pdf"),
    "h920z02": ("h920z02_pillow_factory_line_control_retrofit", "docx"),
    "h920z03": ("h920z03_cs_arena_chain_booking_membership_saas", "txt"),
    "h920z04": ("h920z04_urban_management_night_market_stall_system_om", "txt"),
    "h920z05": ("h920z05_mounting_studio_process_tracking_supplier_template", "md"),
    "h920e01": ("h920e01_caq_perpetual_licence_services_hildesheim_vendor", "pdf"),
    "h920e02": ("h920e02_warehouse_yard_saas_order_form_emden_vendor", "md"),
    "h920e03": ("h920e03_condition_monitoring_sensors_licence_lingen_vendor", "docx"),
    "h920e04": ("h920e04_managed_it_services_36_months_meppen_vendor", "md"),
    "h920e05": ("h920e05_parts_fitment_data_api_subscription_rheine_vendor", "txt"),
}
SOURCES = {"h920z01": H920Z01, "h920z02": H920Z02, "h920z03": H920Z03, "h920z04": H920Z04, "h920z05": H920Z05,
           "h920e01": H920E01, "h920e02": H920E02, "h920e03": H920E03, "h920e04": H920E04, "h920e05": H920E05}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# key: (language, category, terms in TERM_KEYS order, extra: sla_clause, ld_stated, capped (goods only),
#       deemed, contract_value)
G, S = "goods_or_licence", "service"
RAW = {
    "h920z01": ("zh", "software", [99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False,
                                   True, True, "PRC", G], (True, True, True, False, 2104000)),
    "h920z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.06, None, 20, True, True, 18, 26, False,
                                   False, False, "PRC", G], (True, True, True, False, 1594000)),
    "h920z03": ("zh", "cloud", [99.95, 0.25, True, "buyer", True, True, False, 500 / 662000 * 100, None, None, True,
                                None, None, None, True, True, False, "PRC", S], (True, True, None, False, 662000)),
    "h920z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                   None, False, True, False, "PRC", S], (True, True, None, False, 436000)),
    "h920z05": ("zh", "software", [None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 3, None,
                                   False, True, None, "PRC", G], (True, True, False, True, 420000)),
    "h920e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False,
                                   True, False, "Germany", G], (True, True, True, False, 1848000)),
    "h920e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, None, 6 / 36 * 100, None, True, None, None,
                                None, True, True, False, "PRC", S], (True, False, None, False, 958000)),
    "h920e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False,
                                   True, False, "PRC", G], (True, True, True, False, 1550000)),
    "h920e04": ("en", "services", [99.95, 0.25, True, "buyer", False, True, True, 2500 / 3592000 * 100, 150, None, True,
                                   None, None, None, False, True, True, "PRC", S], (True, True, None, False, 3592000)),
    "h920e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 800 / 810000 * 100, 150, None, True, None,
                                None, None, False, True, False, "PRC", S], (False, True, None, False, 810000)),
}
# forum outside mainland China (not a label key; CR-GOVERNING-LAW also reads it)
FORUM_OUTSIDE = {"h920e01"}
# TCO inputs for goods_or_licence drafts with a fixed post-warranty fee: itemised licence/hardware base
TCO_BASE = {"h920z01": 1180000, "h920z02": 1420000, "h920e01": 1260000, "h920e03": 1382000}

DESIGN = {
    "h920z01": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h920z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"],
    "h920z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
    "h920z04": [],
    "h920z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h920e01": ["CR-GOVERNING-LAW"],
    "h920e02": ["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "h920e03": [],
    "h920e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h920e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"h920z01": "medium", "h920z02": "high", "h920z03": "medium", "h920z04": "low", "h920z05": "high",
        "h920e01": "low", "h920e02": "high", "h920e03": "low", "h920e04": "high", "h920e05": "high"}

# policy thresholds (defaults of the shipped pack, from policy.md §3/§4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key, t):
    """Post-warranty fee share of TCO (%), or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    value = RAW[key][3][4]
    return fees / (value + fees) * 100


def derive(key, label):
    """My reading of policy §3 applied to a label."""
    t, x = label["expected_terms"], label["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label_for(key):
    lang, cat, terms, (sla, ld_stated, capped, deemed, value) = RAW[key]
    name, ext = NAMES[key]
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    label = {"file": name + "." + ext, "language": lang, "category": cat, "expected_terms": t,
             "expected_extra": extra, "expected_rules": []}
    label["expected_rules"] = derive(key, label)
    return label


# ----------------------------------------------------------------------------------------------------------------------
# Sums stated in the texts

SUMS = {
    "h920z01": (2104000, [1180000, 760000, 128000, 36000], [420800, 946800, 736400]),
    "h920z02": (1594000, [408000, 228000, 78000, 184000, 96000, 426000, 156000, 18000], [318800, 876700, 398500]),
    "h920z03": (662000, [576000, 86000], [86000] + [72000] * 8),
    "h920z04": (436000, [436000], [109000] * 4),
    "h920z05": (420000, [168000, 226000, 26000], [273000, 147000]),
    "h920e01": (1848000, [1260000, 540000, 48000], [369600, 1016400, 462000]),
    "h920e02": (958000, [298000] * 3 + [64000], [64000] + [74500] * 12),
    "h920e03": (1550000, [768000, 228000, 386000, 142000, 26000], [155000, 1007500, 387500]),
    "h920e04": (3592000, [118000, 96500 * 36], [118000] + [96500] * 36),
    "h920e05": (810000, [386000, 386000, 38000], [38000] + [96500] * 8),
}

# ----------------------------------------------------------------------------------------------------------------------
# Threshold scan

ZH_NUM = "零一二三四五六七八九十百点"
PATTERNS = [
    r"(?<![\d.,])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.,])99\.90*(?!\d)",
    r"(?<![\d.,])0\.050*(?!\d)",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?\b|小时|个小时)",
    r"(?<![%s\d])四\s*个?\s*小时" % ZH_NUM,
    r"\bfour\s*-?\s*hours?\b",
    r"(?<![\d.,])12\s*-?\s*(?:months?\b|个月)",
    r"(?<![%s])十二\s*个?\s*月" % ZH_NUM,
    r"\btwelve\s*-?\s*months?\b",
    r"百分之(?:三十|四十|十五|百|一百|九十九点九)(?![%s])" % ZH_NUM,
    r"万分之五(?![%s])" % ZH_NUM,
    r"千分之(?:零点五|0\.5)",
    r"\b(?:thirty|forty|fifteen|one\s*hundred)\s*-?\s*(?:percent|per\s*cent)\b",
]
MUST_HIT = ["预付款为合同总价的30%", "30 %", "40％", "15 percent", "100% of the price", "availability of 99.9%",
            "99.90 %", "0.05% per day", "within 4 hours", "4-hour", "4小时内", "四小时", "四个小时", "12 months",
            "12-month", "十二个月", "12个月", "twelve months", "百分之三十", "百分之百", "万分之五", "千分之零点五",
            "thirty per cent", "one hundred percent", "forty percent"]
MUST_MISS = ["130%", "99.95%", "24 hours", "二十四小时", "0.055%", "14 hours", "1.5%", "2027年12月31日", "112 months",
             "万分之五十", "百分之三十五", "3%", "150%", "9%", "1,100%", "CNY 0.02 per call", "0.08%", "400人时"]


def threshold_hits(text):
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text, flags=re.I)]


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s %s" % (s, threshold_hits(s))


# ----------------------------------------------------------------------------------------------------------------------
# Read back

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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    targets = {}
    for key, (name, ext) in NAMES.items():
        if ext in ("docx", "pdf"):
            targets[key] = (name + "." + ext, ext)
        else:
            (OUT / (name + "." + ext)).write_text(SOURCES[key].strip() + "\n", encoding="utf-8")
            print("wrote", name + "." + ext)
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)

    fired = set()
    for key, (name, ext) in NAMES.items():
        label = label_for(key)
        lang, t = label["language"], label["expected_terms"]
        # labels against the thresholds
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = tco_share(key, t)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        # design, risk, mix
        assert label["expected_rules"] == sorted(DESIGN[key]), (key, label["expected_rules"], DESIGN[key])
        assert risk_of(label["expected_rules"]) == RISK[key], key
        fired.update(label["expected_rules"])
        # sums
        total, items, pays = SUMS[key]
        assert sum(items) == total == label["expected_extra"]["contract_value"], key
        assert sum(pays) == total, key
        # built file: length and threshold scan
        text = read_back(OUT / label["file"])
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (key, hits)
        (OUT / (name + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-6s %5d %-6s %s %s" % (key, ext, n, risk_of(label["expected_rules"]),
                                          "" if share is None else "tco %.2f%%" % share,
                                          ", ".join(x[3:] for x in label["expected_rules"]) or "(none)"))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    counts = {k: len(v) for k, v in DESIGN.items()}
    assert counts["h920z05"] in range(8, 11)
    assert sorted(k for k, v in counts.items() if v == 0) == ["h920e03", "h920z04"]
    assert DESIGN["h920e01"] == ["CR-GOVERNING-LAW"]
    assert sorted(k for k, v in counts.items() if v in (2, 3)) == sorted(
        ["h920z01", "h920z02", "h920z03", "h920e02", "h920e04", "h920e05"])
    print("all checks passed; rules fired:", len(fired))


if __name__ == "__main__":
    main()
