"""holdout1058: builds the ten blind held-out drafts from the sources below, writes the .json labels and asserts the
checks of the brief (lengths, no value or text on a threshold, rules derived from the labels, coverage of the 20 rules).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市城市管理局网格化管理平台建设项目合同书
P:合同编号：CGJ-WGH-2027-018
P:甲方（采购人）：某市城市管理局
P:乙方（供应商）：杭州衡川数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就市城市管理局网格化管理平台软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供网格化管理平台软件（V5.0）永久使用许可，并完成案件分拨、网格员考核、移动巡查端、领导驾驶舱等定制开发，以及与数字城管、12345热线、视频共享平台的数据对接、系统部署、实施和培训。
P:1.2 合同总价为人民币贰佰贰拾伍万元整（¥2,250,000），其中：平台软件许可费¥1,180,000；定制开发费¥760,000；数据对接费¥214,000；实施及培训费¥96,000。合同总价为固定价格，包含税费、差旅、部署及质保期内的全部服务费用。
P:1.3 乙方交付物包括：平台安装介质及许可证书、定制开发程序及源代码、接口说明书、数据字典、部署方案、测试报告、用户手册、运维手册和培训资料。交付物应为中文，并以纸质和电子两种形式提交。
H:第二条 付款方式
P:2.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:2.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%。
P:2.3 系统试运行满三个月并通过最终验收后，甲方支付合同总价的35%。
P:2.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，不视为甲方违约。
H:第三条 交付期限
P:3.1 乙方应在合同签订后一百二十日内完成全部定制开发、数据对接和部署，并书面提请初步验收。
P:3.2 乙方应按甲方确认的实施计划推进，每两周提交进度报告；实施计划调整须经甲方书面同意。
P:3.3 乙方应指派具有同类项目经验的项目经理一名及不少于六名的实施人员，项目经理在实施期间应常驻甲方现场，未经甲方同意不得更换。甲方有权要求更换不称职的实施人员。
P:3.4 乙方应为甲方各区分中心、街道网格站的管理员和网格员提供分批次培训，培训不少于八场，并提供培训教材、操作视频和考核题库，确保相关人员能够独立使用系统。
H:第四条 验收
P:4.1 初步验收标准：（一）招标文件及乙方投标文件所列功能全部实现并逐项测试通过；（二）三百名用户并发时页面平均响应时间不超过2秒；（三）与数字城管、12345热线、视频共享平台的接口连续运行十日无数据丢失；（四）通过甲方委托的第三方安全测评。
P:4.2 最终验收标准：试运行期间未发生一级故障，初步验收遗留问题全部整改完毕，源代码、设计文档、用户手册和运维手册移交齐全。
P:4.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第五条 服务水平
P:5.1 质保期内，平台核心服务月可用率不低于99.5%，计划内维护须提前三个工作日报甲方同意，不计入不可用时间。
P:5.2 故障分级响应：一级故障（平台整体不可用或案件无法流转）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中解决。
P:5.3 乙方应设立7×24小时服务热线和在线工单系统，按月向甲方提交运行报告，内容包括可用率、故障清单、处理时长和优化建议。
P:5.4 乙方响应或恢复超时的，每超时1小时扣减服务费人民币500元；月可用率每低于承诺值0.1个百分点，扣减人民币2,000元，从质保金或应付款中扣除。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），该标准在质保期满后三年内保持不变，由双方另行签订维护合同。
H:第七条 知识产权
P:7.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、接口、数据模型及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证其提供的软件及服务不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部费用和责任。
H:第八条 数据安全
P:8.1 平台中的全部案件数据、网格数据、人员信息和视频截图均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守网络安全法、数据安全法和个人信息保护法，采取访问控制、加密存储、日志审计等措施；远程维护须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件时，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、技术资料和其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或逾期提请验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方交付的系统经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。甲方可从应付款项或履约保证金中直接扣除违约金和赔偿金。
P:10.4 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目分包或转包给任何第三方。
P:11.2 未经甲方书面同意，乙方不得转让本合同项下的权利和义务。乙方发生合并、分立的，应及时书面通知甲方，由承继主体继续履行本合同。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 合同因乙方原因解除的，乙方应在十日内移交已完成的成果、源代码及全部甲方数据。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在五日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商变更或解除合同。
H:第十五条 其他
P:15.1 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:15.2 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:15.3 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：__________ 乙方（盖章）：__________
P:签订日期：2027年3月____日
"""

Z02 = """T:产线控制系统改造合同
P:合同编号：LM-GZ-2027-006
P:甲方（买方）：东莞市澜美电器有限公司
P:乙方（卖方）：苏州启衡自动化技术有限公司
P:甲方主要生产电动美甲灯（UV/LED光疗灯）。为提高产线自动化和质量检测水平，甲方委托乙方对其六条组装及老化测试产线的控制系统进行改造，提供设备、软件及相关服务。双方经友好协商，订立本合同。
H:第一条 合同标的与价格
P:1.1 乙方负责六条产线控制系统的设计、供货、安装、程序编制、调试和培训，完成后的系统应实现工位联动控制、老化测试数据自动采集、灯珠与外观视觉检测、产线运行监控和报表统计。
P:1.2 合同总价为人民币壹佰贰拾壹万叁仟元整（¥1,213,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含变频器、伺服驱动）|6套|86,000|516,000
TB:2|触摸屏人机界面（HMI）|6套|9,800|58,800
TB:3|视觉检测单元（工业相机、光源、工控机）|4套|72,500|290,000
TB:4|产线监控软件许可（永久）|1套|186,000|186,000
TB:—|设备及软件小计|—|—|1,050,800
TB:5|安装调试（含布线、旧柜拆除）|1项|98,000|98,000
TB:6|PLC及视觉程序编制|1项|64,200|64,200
TB:—|合同总价|—|—|1,213,000
P:1.3 上述价格包括设备、软件、包装运输、保险、安装调试、培训及税费。
P:1.4 乙方提供的设备应为全新原厂产品，PLC、伺服驱动、工业相机等主要部件的品牌和型号以技术方案所列为准，不得擅自替换；确需替换的，替换品性能不得低于原型号，并经甲方书面同意。
P:1.5 改造后的控制系统应预留与甲方后续建设的生产执行系统对接的数据接口，接口采用通用工业协议，乙方应提供接口说明文档。
H:第二条 付款
P:2.1 合同生效后十个工作日内，甲方支付合同总价的20%，即¥242,600。
P:2.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%，即¥545,850。到货签收及安装调试完成不代表验收合格。
P:2.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥424,550。
P:2.4 乙方每次收款前应提供等额增值税专用发票。
P:2.5 甲方有权从应付款项中直接扣除乙方应支付的违约金、赔偿金和超时费用。
H:第三条 交货与实施
P:3.1 乙方应在合同生效后六十日内完成全部设备到货，九十日内完成六条产线的改造。为减少停产损失，改造应分批进行，每批不超过两条产线，每条产线停线时间不超过五日，具体安排以甲方书面确认的实施计划为准。
P:3.2 乙方应为甲方设备科和各产线班组提供操作与维护培训，包括控制柜日常点检、触摸屏操作、视觉检测参数调整和常见报警处理，培训不少于六场，并提交培训教材和操作规程。
P:3.3 乙方在甲方厂区施工，应遵守甲方的安全生产和防静电管理制度，自行负责施工人员的安全防护。因乙方原因造成甲方设备、产品损坏的，乙方负责赔偿。
H:第四条 验收
P:4.1 每条产线改造完成后进行单线测试，全部产线完成后进入三十日试运行。最终验收标准为：（一）各产线节拍达到每分钟十八台；（二）老化测试数据自动采集，与人工抽检结果一致；（三）视觉检测对灯珠不亮、外壳划伤等缺陷的漏检率低于千分之二；（四）试运行期间未发生因控制系统导致的整线停机。
P:4.2 验收由甲方组织，双方签署最终验收报告。试运行期间甲方使用系统生产，不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:4.3 最终验收时，乙方应移交全部程序源文件、电气图纸、接线表、参数备份、设备说明书和合格证，资料不全的不予验收。
H:第五条 质保与售后服务
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障部件，免费提供软件修复与升级。
P:5.2 故障响应：一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场；二级故障（单工位或检测单元故障）2小时内响应，24小时内到场；其他问题在三个工作日内处理。
P:5.3 乙方未按上述时限响应或到场的，每超时1小时向甲方支付人民币300元。
P:5.4 乙方应在甲方厂区存放常用备品备件，包括继电器、传感器、光源和工控机硬盘等，备件清单作为附件。质保期内备件消耗由乙方免费补充。
P:5.5 质保期满后，乙方继续提供维保服务，年度维保费按设备及软件小计的26%计取，即每年人民币273,208元，该金额在质保期满后五年内固定不变。维保内容包括定期巡检、故障维修、备件更换和软件升级。
H:第六条 知识产权
P:6.1 产线监控软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:6.2 乙方为本项目编制的PLC程序、视觉检测程序、工艺参数配置及其源文件归甲方所有，甲方可自行修改或委托他人修改。
H:第七条 数据安全
P:7.1 产线运行数据、测试数据、工艺参数和质量记录属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或提供给第三方。
P:7.2 乙方远程维护须经甲方同意，通过甲方指定的安全通道进行，并保留操作记录；乙方应采取防病毒、访问控制等措施。因乙方原因导致数据泄露或生产系统受损的，乙方承担全部赔偿责任，并在发现后2小时内通知甲方。
P:7.3 乙方接入甲方生产网络的调试电脑应事先查毒，不得在生产网络中安装与本项目无关的软件。
H:第八条 保密
P:8.1 乙方对在合同履行中知悉的甲方工艺、产品设计、客户和价格信息负有保密义务，未经甲方书面同意不得披露给第三方，保密期限至合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:9.2 乙方提供的设备不符合合同约定的，甲方有权要求更换，由此产生的费用由乙方承担。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包
P:10.1 乙方可将电气安装、布线等辅助工作分包给具备相应资质的第三方，但应提前三个工作日书面告知甲方。乙方对分包方的工作向甲方承担责任。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或设备经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 合同解除后，乙方应配合甲方恢复产线生产，已安装的设备经甲方确认可保留使用的，按合同单价结算。
P:11.3 任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交东莞仲裁委员会仲裁。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方根据不可抗力的影响协商延期履行、部分履行或解除合同。
H:第十四条 其他
P:14.1 本合同附件包括技术方案、设备清单和实施计划，与本合同具有同等效力。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________ 乙方（盖章）：__________
"""

Z03 = """预约及会员管理系统服务合同

合同编号：XF-SaaS-2027-011
甲方：上海雪峰里体育文化发展有限公司
乙方：成都云栈信息技术有限公司

鉴于甲方在全国经营35家室内滑雪体验门店，需要统一的课程预约、会员管理和门店收银对接系统；乙方为软件即服务（SaaS）提供商。双方经协商，就乙方向甲方提供"雪道通"预约及会员管理系统服务及实施事宜，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方通过其云平台向甲方35家门店提供在线预约、教练排班、会员卡及储值管理、营销活动、小程序前端和经营报表等功能，每家门店开通一个门店账号及不超过十个员工账号。
2. 服务期为两个服务年度，第一服务年度自实施验收合格之日起算，第二服务年度自第一服务年度届满次日起算。
（二）实施服务
1. 乙方负责系统配置、门店及课程数据初始化、历史会员数据迁移、与甲方收银系统和财务系统的接口开发、小程序上线及培训。
2. 乙方应在合同签订后七十五日内完成实施，并提请实施验收。
3. 乙方应为甲方总部运营人员和各门店店长、前台、教练提供线上及线下培训，培训覆盖全部35家门店，并提供操作手册和培训视频。
4. 实施期间乙方应指定项目经理一名，每周向甲方提交进度报告。

二、服务费用
（一）服务费用明细：
1. SaaS服务费：每店每服务年度人民币9,600元，35家门店合计每服务年度人民币336,000元，两个服务年度合计人民币672,000元；
2. 实施费：人民币148,000元（一次性）；
3. 合同总价：人民币820,000元。
（二）门店数量在服务期内增加的，新增门店按每店每服务年度9,600元按月折算；门店关闭的，经甲方书面通知后自次月起停止计费。
（三）甲方应按时提供门店资料、课程价目、历史会员数据和收银系统接口文档，并指定专人配合实施；因甲方原因延误的，实施期限相应顺延。
（四）本合同约定的两个服务年度内，乙方不得调整服务单价。
（五）上述费用已包含税费、云资源、短信通道（每月每店不超过三千条）及常规版本升级费用。

三、付款方式
本合同不设预付款。
（一）实施费在实施验收合格后十五个工作日内一次性支付。
（二）每一服务年度的SaaS服务费，在该服务年度开始后十五个工作日内支付。
（三）乙方应在付款前开具增值税专用发票。

四、实施验收
（一）实施完成后，双方按以下标准进行验收：
1. 合同附件所列功能在35家门店全部上线并测试通过；
2. 历史会员数据迁移后，会员数量、储值余额和剩余课时与原系统逐项核对一致；
3. 与收银系统、财务系统的接口连续运行七日，订单与收款数据核对无差异；
4. 高峰期五百人同时预约时，页面响应时间不超过3秒。
（二）验收合格的，甲方出具书面验收报告。门店试用或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
（三）实施验收合格之日为第一服务年度的起始日，双方应以书面形式确认。

五、服务水平
（一）系统月可用率不低于99.95%，计划内维护应安排在凌晨零点至六点之间，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收银）：15分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（不影响使用的一般问题）：一个工作日内响应，在下一版本中修复。
（三）服务补偿：月可用率每低于承诺值0.01个百分点，扣减当月服务费的1%，单月扣减以当月服务费的25%为限；一级故障恢复超时的，每超时1小时扣减人民币800元。扣减金额从下一期服务费中抵扣。
（四）乙方提供7×24小时客服热线和在线工单，指定一名客户成功经理对接甲方总部；每月5日前向甲方提交上月服务报告，包括可用率、故障记录、工单处理情况和版本更新说明。

六、知识产权
（一）"雪道通"平台及其标准功能的知识产权归乙方所有。
（二）乙方保证平台不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担费用。
（三）乙方为甲方开发的接口程序、定制报表、小程序页面设计及相关文档归甲方所有，甲方可自行或委托第三方使用和修改。

七、数据
（一）甲方上传及系统运行中产生的会员信息、预约记录、交易数据属于甲方所有。
（二）乙方有权对甲方会员的消费和预约数据进行脱敏、汇总后，用于滑雪行业分析报告和乙方产品改进，该权利在本合同终止后继续有效。
（三）乙方应将甲方数据存储于中国境内，采取加密存储、访问控制、操作日志等安全措施，并取得网络安全等级保护三级备案。发生数据泄露等安全事件时，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
（四）乙方人员仅可在履行本合同所必需的范围内访问甲方数据，所有访问应留存日志不少于六个月，并在甲方要求时提供。
（五）合同终止后三十日内，乙方应向甲方完整返还全部数据，并在甲方确认后删除。

八、保密
（一）双方对在合作中获知的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。
（二）乙方应要求其接触甲方信息的员工签署保密承诺，并对员工的泄密行为承担责任。甲方会员的个人信息同时适用本合同第七条的约定。

九、违约责任
（一）乙方逾期完成实施的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方违约给甲方造成损失的，应予赔偿。乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。
（三）甲方逾期付款的，乙方可书面催告，催告后二十日仍未支付的，乙方可暂停服务。

十、续期
（一）本合同服务期届满前一个月，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期的服务费由乙方根据其当年价格体系确定，上浮幅度不超过上一服务年度费用的百分之二十，乙方应在续期前通知甲方。
（二）续期期间，本合同关于服务水平、数据、保密和违约责任的约定继续适用。

十一、分包
乙方不得将实施服务分包；确需将部分接口开发分包的，须事先取得甲方书面同意，并对分包方的行为承担连带责任。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已付未提供服务期间的费用。
（二）月可用率连续两个月未达到承诺值，或一服务年度内发生三次以上一级故障的，甲方有权解除合同。
（三）合同解除或终止的，乙方应提供不少于六十日的数据导出和过渡支持，不得以任何理由扣留甲方数据。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交上海仲裁委员会仲裁，仲裁裁决是终局的，对双方均有约束力。

十四、不可抗力
因不可抗力致使一方不能履行合同的，应及时通知对方并提供证明，在不可抗力影响范围内免除责任。因云服务商大面积故障导致的服务中断，乙方仍应按本合同第五条承担相应补偿责任。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、门店清单、接口说明。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """政府采购合同
（校园安防系统年度运维服务）

项目名称：全区中小学校园安防系统2027年度运维服务
采购方式：竞争性磋商
合同编号：JYJ-CS-2027-004
采购人（甲方）：某区教育局
供应商（乙方）：江苏安澄信息系统工程有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就全区中小学校园安防系统年度运维服务事项达成如下协议。

第一条 服务范围
（一）运维对象：全区86所中小学及幼儿园的视频监控、一键报警、出入口人脸识别门禁、周界防范、校园广播系统，以及区教育局校园安防综合管理平台。设备清单见附件一。
（二）服务内容：定期巡检、故障维修、设备保养、备品备件更换、平台运维、数据备份、安全加固、重大活动及考试期间保障、运维档案管理。
（三）服务期限：自2027年1月1日起至2027年12月31日止。
（四）服务地点：甲方指定的各学校、区教育局及区政务云机房。服务期内新增学校或设备的，由双方按本合同单价另行签订补充协议。

第二条 合同价款
（一）合同总价为人民币壹佰零陆万捌仟元整（¥1,068,000），为固定总价，明细如下：
1. 学校安防设备巡检维护：86所×6,800元，计584,800元；
2. 驻场运维人员：3人×96,000元，计288,000元；
3. 备品备件包干费：126,000元；
4. 平台运维及安全加固：69,200元。
（二）合同总价已包含人工、交通、工具、备件、税费等全部费用，甲方不再另行支付任何费用。单次更换的备件单价超过五千元的，由双方另行确认。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方按第六条进行季度考核，考核合格后十五个工作日内支付该季度服务费，即合同总价的四分之一。
（三）季度考核发生扣款的，从当季服务费中扣除。乙方每次收款前应开具增值税发票，甲方付款受财政资金拨付影响的，双方协商顺延。

第四条 服务要求
（一）巡检：乙方每月对每所学校进行一次现场巡检，每学期开学前进行一次全面检测，并出具巡检报告，由学校安全负责人签字确认。
（二）驻场：乙方派3名运维工程师常驻区教育局，工作日8:30至17:30在岗，非工作时间安排专人值守电话。
（三）保障：中考、高考及重大活动期间，乙方应安排专人驻校保障。
（四）档案：乙方应建立设备台账和运维档案，每月更新，年度终了时完整移交甲方。
（五）安全加固：乙方每季度对平台服务器、数据库和前端设备进行漏洞扫描，及时修补高危漏洞，修改默认口令，关闭不必要的端口和服务，并向甲方提交加固报告。
（六）数据备份：平台配置和报警记录每日增量备份、每周全量备份，备份介质存放于甲方机房，乙方每季度进行一次恢复演练。
（七）人员：乙方驻场工程师应具备安防或网络相关资格证书，名单报甲方备案，无正当理由不得更换；确需更换的，应提前十日书面通知甲方并经甲方同意，接替人员资质不得低于原人员。
（八）甲方配合：甲方应向乙方提供设备清单、网络拓扑和必要的办公场所，协调各学校配合巡检和维修。
（九）备件：乙方应在区内设立备件库，常用备件（摄像机、硬盘、门禁控制器、报警按钮、交换机）库存不低于附件二所列数量，备件应为原厂或经甲方认可的同等品质产品。

第五条 服务水平
（一）综合管理平台月可用率不低于99.95%。
（二）故障分级响应：
1. 一级故障（学校一键报警失效、整校视频中断或平台不可用）：30分钟内响应，2小时内到场，6小时内修复；
2. 二级故障（单个区域摄像机或门禁故障）：2小时内响应，当日到场，24小时内修复；
3. 三级故障（单点设备故障）：24小时内响应，三个工作日内修复。
（三）乙方响应、到场或修复超时的，每超时1小时扣减服务费人民币200元；平台月可用率每低于承诺值0.01个百分点，扣减当月服务费人民币1,000元。
（四）乙方应在每月5日前提交上月运维报告，包括故障统计、处理时长、备件更换和隐患整改情况。

第六条 考核与验收
（一）季度考核标准：
1. 当季全部巡检计划按时完成，巡检报告齐全并经学校签字；
2. 一级故障均在约定时限内修复；
3. 平台月可用率达到第五条承诺；
4. 学校满意度调查平均不低于85分。
（二）年度终验：服务期满后十五日内，甲方组织对全年服务进行终验，可邀请学校代表和专家参加，终验内容包括设备完好情况、运维档案移交、备件库存清点和隐患整改完成情况。终验合格的，出具书面验收意见。
（三）考核不合格的，乙方应在十日内整改，整改期间暂停支付该季度服务费。

第七条 数据安全
（一）视频录像、报警记录、人脸及出入记录等全部数据属于甲方所有，乙方仅可为履行运维服务使用，不得复制、下载、留存或提供给任何第三方。
（二）乙方运维人员须经甲方备案，远程运维须经甲方审批并通过堡垒机进行，全部操作留存日志。涉及学生个人信息的，乙方应遵守个人信息保护法和未成年人保护法的规定。
（三）发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方及其人员对在服务中知悉的学校安防布局、系统口令、师生信息及甲方其他非公开信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同终止后继续有效。乙方应与驻场人员签订保密承诺书，报甲方备案。

第九条 成果归属
乙方在服务期内形成的巡检报告、运维档案、设备配置文件、优化脚本等成果归甲方所有，甲方可自由使用和修改。

第十条 违约责任
（一）乙方未按期完成巡检或故障修复逾期超过约定时限一日以上的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不当导致设备损坏或安全事故的，乙方负责修复并赔偿甲方损失。
（三）甲方逾期付款的，应按逾期金额的万分之二按日向乙方支付违约金。

第十一条 分包
乙方不得将本合同项下的服务分包或转包。乙方送修含存储介质的设备前，应经甲方同意并拆除或清除存储介质中的数据。

第十二条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
（二）合同解除后，乙方应在五日内完成运维交接和档案移交，并配合甲方新选定的服务单位完成平台口令、配置和备件的清点交接。甲方按实际服务期间和考核结果结算服务费。

第十三条 期满
本合同期满即终止，不自动续期。甲方如需续签，依照政府采购相关规定办理。

第十四条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 不可抗力
因自然灾害等不可抗力导致设备损坏或服务中断的，乙方应在条件允许时立即组织抢修，因不可抗力造成的延误不承担违约责任，但乙方应及时通知甲方并提供证明。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件、成交通知书为本合同组成部分。

甲方（盖章）：                乙方（盖章）：
签订日期：2026年12月____日
"""

Z05 = """# 灯研工序追踪系统软件许可及定制开发合同

（乙方标准合同文本 V1.4）

合同编号：DY-2027-0219

甲方：自贡市彩韵花灯艺术工作室

乙方：杭州灯研软件有限公司

甲方因花灯制作业务管理需要，向乙方采购"灯研工序追踪系统"软件许可及定制开发服务。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同，共同遵守。

## 第一条 合同内容

1.1 乙方向甲方提供灯研工序追踪系统标准版软件许可（二十个用户），并根据甲方需求进行定制开发，包括：扎制、裱糊、彩绘、灯光安装、调试五道工序的工序模板；订单及项目看板；大型灯组分段制作进度跟踪；材料领用登记；移动端小程序扫码报工。

1.2 软件部署在甲方自备服务器上，乙方负责安装、配置和上线培训。

1.3 乙方交付物包括：软件安装包及授权文件、小程序发布版本、系统操作手册和培训课件。源代码、数据库设计文档及开发工具不属于交付物范围。

1.4 定制开发需求以双方确认的《需求确认单》为准。《需求确认单》签署后，甲方提出的新增或变更需求，乙方有权另行报价，工期相应顺延。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统标准版软件许可（20用户，永久） | 168,000 |
| 2 | 定制开发（工序模板、看板、进度跟踪、小程序） | 214,000 |
| 3 | 部署实施及培训 | 36,000 |
| | 合计 | 418,000 |

合同总金额为人民币肆拾壹万捌仟元整（¥418,000），含增值税。上述金额不包括服务器、操作系统、数据库软件、扫码枪及打印设备，该等软硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总金额的65%，即人民币271,700元，乙方收到款项后开始开发工作。

3.2 系统部署上线后五个工作日内，甲方支付合同总金额的35%，即人民币146,300元。

3.3 乙方在收到每期款项后开具增值税普通发票；甲方需要专用发票的，应在付款前提供开票信息。

3.4 甲方未按期付款的，乙方有权暂停开发、部署或技术支持工作，工期相应顺延，由此产生的后果由甲方承担。

## 第四条 交付

4.1 乙方计划在收到首期款及甲方签署《需求确认单》后六十日内完成定制开发并部署上线。具体进度以乙方项目计划为准，乙方可根据开发情况合理调整。

4.2 因需求变更、甲方配合不及时或其他非乙方可控原因导致延期的，交付日期相应顺延。因乙方原因延期的，乙方应积极采取措施尽快完成交付，交付日期相应顺延，乙方不承担违约金或其他赔偿责任。

4.3 乙方为甲方管理人员和各工序班组长提供两次集中培训，每次不超过半天。超出部分的培训按乙方人天单价另行收费。

4.4 甲方应提供符合乙方要求的服务器、操作系统和网络环境，并指定专人负责需求确认和测试配合。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统部署上线运行后，即视为甲方验收合格。

5.2 甲方如对系统有异议，应在上线后七日内以书面形式向乙方提出；逾期未提出的，视为系统符合合同约定。甲方提出的异议属于《需求确认单》范围外的，按新增需求处理。

5.3 上线后甲方即可正式使用系统，乙方出具上线确认单，甲方应在确认单上签字。甲方拒绝签字但已使用系统的，视为确认。

## 第六条 维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方在工作日通过电话、微信群或远程方式提供技术支持，尽合理努力解决甲方反映的问题。现场服务的差旅费用由甲方承担。

6.3 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的服务价格标准收取。未签订维护协议的，乙方不再提供任何技术支持和版本升级。

6.4 免费维护期内，乙方向甲方提供标准版软件的补丁更新；大版本升级及与升级相关的定制功能迁移，按乙方当时的报价另行收费。

6.5 甲方应配合乙方远程连接服务器，因甲方网络或人员原因无法连接的，乙方不承担由此造成的延误。

6.6 因甲方自行修改系统、操作不当、服务器故障或病毒等原因造成的问题，不属于免费维护范围。

## 第七条 知识产权

7.1 灯研工序追踪系统及其全部组件的知识产权归乙方所有。

7.2 乙方为甲方定制开发的工序模板、看板、小程序及其源代码、文档等成果，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给任何第三方使用。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，并向其他客户提供。

7.4 甲方可在其工作室内部业务范围内使用软件，用户数量不得超过二十个。甲方增加用户的，按乙方届时报价另行购买。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、人员、材料及客户数据归甲方所有，乙方仅为履行本合同的部署和维护工作使用，不得用于其他目的。

8.2 乙方在远程维护时应采取加密传输、账号权限控制等安全措施，维护结束后及时关闭远程连接，不得复制或带走甲方数据。因乙方原因导致甲方数据泄露、丢失的，乙方承担相应的赔偿责任；乙方发现数据安全事件的，应在24小时内通知甲方。

8.3 甲方应自行做好服务器的日常备份和安全防护。

8.4 合同终止后，甲方可自行导出系统中的业务数据，乙方可协助提供数据导出说明。

## 第九条 违约责任

9.1 任何一方违反本合同约定的，应承担相应的违约责任。

9.2 乙方不对甲方的间接损失、利润损失、商誉损失及因第三方原因造成的损失承担责任。

9.3 甲方擅自将软件安装在合同约定以外的服务器上，或增加用户数量的，应按乙方报价补交许可费用。

9.4 甲方超出许可范围使用软件或将定制成果提供给第三方的，乙方有权停止许可并要求甲方赔偿损失。

## 第十条 合同解除

10.1 任何一方严重违反本合同，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

10.2 合同解除后，甲方应支付乙方已完成工作的费用，乙方已收取的首期款不予退还，但因乙方严重违约解除的除外。

## 第十一条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方互不承担责任。不可抗力消除后，双方继续履行本合同。

## 第十二条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，至免费维护期届满且双方义务履行完毕之日终止。

13.2 本合同一式两份，双方各执一份，具有同等法律效力。

13.3 双方往来通知以本合同载明的地址、电话或电子邮箱送达，一方变更联系方式的，应及时通知对方。

13.4 本合同为乙方标准合同文本，双方另有约定的，以书面补充协议为准。

甲方（签章）：__________　　乙方（签章）：__________

日期：__________　　日期：__________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SRS-QD-2027-03
P:This Software Licence and Services Agreement (the "Agreement") is made between Qingdao Haiyun Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and Sebec Ridge Software, Inc., a Maine corporation with its principal office at 14 Water Street, Guilford, Maine 04443, United States of America (the "Vendor").
P:The Customer operates seven refrigerated warehouses and wishes to manage the maintenance of its refrigeration plant, docks, forklifts and building systems with the Vendor's FrostLine maintenance management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FrostLine Enterprise software in object code, version 8.2 or later, including the mobile technician application and the standard reporting module.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion scripts, configuration workbooks and documentation prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the date on which the Software is first used in production at all seven warehouses.
P:1.4 "Final Acceptance" means the written acceptance certificate issued by the Customer under Article 5.
P:1.5 "Customer Data" means all data entered into, uploaded to or generated by the Software for the Customer, including asset registers, work orders, temperature logs, spare-parts records and personal data of the Customer's staff.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China, for up to 180 named users and unlimited read-only users, for the internal business purposes of the Customer and its wholly owned subsidiaries.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The Vendor retains all intellectual property rights in the Software and in any general improvements to it.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services: (a) installation of the Software on the Customer's servers; (b) configuration of asset hierarchies, work order types, preventive maintenance plans and approval flows; (c) development of interfaces with the Customer's ERP system, its building management system and its temperature monitoring platform; (d) conversion of legacy maintenance records from spreadsheets and the Customer's current system; and (e) training of administrators, planners and technicians.
P:3.2 The Vendor shall complete the services and achieve Go-Live within one hundred and fifty days after the Effective Date, following the project plan in Annex 2. The Vendor shall appoint a project manager who speaks Chinese and who will be on site in Qingdao during configuration, testing and Go-Live.
P:3.3 The Customer shall provide server capacity, network access, timely decisions and reasonable access to its staff and sites, as set out in the project plan.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,820,000, inclusive of applicable taxes, made up of: Software Licence Fee CNY 1,260,000; implementation and interfaces CNY 418,000; data conversion CNY 96,000; training CNY 46,000. The price is fixed and includes travel and living expenses.
P:4.2 The Customer shall pay: (a) 20% of the total price (CNY 364,000) within twenty days after the Effective Date, against the Vendor's invoice; (b) 45% (CNY 819,000) within twenty days after Go-Live; and (c) the remaining 35% (CNY 637,000) within twenty days after Final Acceptance.
P:4.3 All payments shall be made in Chinese Renminbi.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for a period of sixty days. Final Acceptance is given when all of the following criteria are met: (a) every function listed in the requirements specification in Annex 1 has passed the agreed test scripts; (b) the interfaces with the ERP, building management and temperature monitoring systems have run for twenty consecutive days without loss or duplication of records; (c) the converted legacy records reconcile with the source records by count and by asset; (d) work order screens open in under three seconds with 150 concurrent users; and (e) no Severity 1 defect has occurred during the last thirty days of the production period.
P:5.2 The Customer shall issue the certificate of Final Acceptance, or a written list of failures, within ten days after the Vendor's notice that the criteria are met. The Vendor shall correct any failure and submit the Software again for acceptance. Go-Live, production use and payment do not by themselves constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and Annex 1 for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply new releases and provide support free of charge.
P:6.2 Support shall be available by telephone, e-mail and the Vendor's ticket portal. Severity 1 incidents (the Software is unavailable at one or more warehouses, or work orders cannot be created) shall be responded to within one hour and a workaround shall be provided within eight hours. Severity 2 incidents shall be responded to within two hours during Customer business hours; Severity 3 incidents within one business day.
P:6.3 If the Vendor fails to meet a response time in Article 6.2, the Vendor shall pay the Customer CNY 1,000 for each hour of delay, which the Customer may deduct from any amount due to the Vendor.
P:6.4 After the Warranty Period, the Customer may order annual support and updates. The annual support fee shall be 11% of the Software Licence Fee (CNY 138,600 per year) and shall not increase for the third, fourth and fifth years after Final Acceptance. Support is ordered by a written purchase order for each year and does not renew automatically.
H:Article 7 Intellectual Property in Custom Deliverables
P:7.1 All intellectual property rights in the Custom Deliverables, including source code of the interfaces and conversion scripts, belong to the Customer upon creation. The Vendor shall deliver the source code and documentation at Go-Live.
P:7.2 The Customer may use, modify, copy and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 8 Data Security and Customer Data
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy it to any system outside the Customer's control.
P:8.2 Remote access by the Vendor requires the Customer's approval for each session, shall use the Customer's VPN with multi-factor authentication and shall be logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law when handling Customer Data.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate in the investigation and remediation, and shall be liable for losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the prior written consent of the disclosing party. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Go-Live by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to breach of Articles 8 and 9, infringement claims, personal injury or wilful misconduct.
P:10.3 Neither party is liable for loss of profit or other indirect loss, except under Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date") and continues until the end of the Warranty Period, except for the licence, which is perpetual.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice, or if delay damages reach the maximum in Article 10.1. On such termination the Vendor shall refund the amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Maine, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution in Portland, Maine, before a single arbitrator, in the English language.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Requirements Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS: SHIFTWISE WORKFORCE CLOUD

Order Form No. OLS-CN-0417

## PART A: ORDER FORM

### A1. Parties

- **Provider:** Owyhee Labor Systems, LLC, an Idaho limited liability company, 215 North 3rd East, Mountain Home, Idaho 83647, United States of America.
- **Customer:** Hangzhou Xinglan E-commerce Fulfilment Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang Province.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

Customer subscribes to ShiftWise Workforce Cloud, a hosted labour-management service for fulfilment centres, comprising: shift planning and forecasting; time and attendance capture from badge readers; engineered labour standards and productivity dashboards; task interleaving with Customer's warehouse management system; and the supervisor mobile application. The subscription covers four fulfilment centres in Hangzhou, Jiaxing, Ningbo and Suzhou, up to 2,600 active workers and 220 named supervisor or administrator users.

### A3. Subscription Term

The Initial Term is twenty-four months from the Service Start Date. The Service Start Date is the date of Go-Live Acceptance under A5. Each period of the Initial Term beginning on the Service Start Date or on an anniversary of it is a "Subscription Year".

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 4 sites, up to 2,600 workers | 286,000 |
| Subscription fee, Subscription Year 2 | 4 sites, up to 2,600 workers | 286,000 |
| Onboarding services (one-time) | configuration, interfaces, training | 46,000 |
| **Total fees for the Initial Term** | | **618,000** |

All amounts are in Chinese Renminbi and include value-added tax. Additional workers above the subscribed number are charged at the rates in Provider's order confirmation and are not part of the total above.

Invoicing and payment:

- The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within twenty-five days of invoice.
- The onboarding fee is invoiced after Go-Live Acceptance and is payable within twenty-five days of invoice.
- No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within seventy days after signature of this Order Form. Onboarding includes configuration of sites, labour standards and shift rules, interfaces with Customer's warehouse management system and badge readers, data load of worker records, and training of supervisors and administrators.

Go-Live Acceptance is given by Customer in writing when: (a) all four sites have run the service in parallel with the existing process for ten working days; (b) attendance records from the badge readers match the service records for every worker and every shift in that period; (c) the interface with the warehouse management system has transferred tasks without loss or duplication; and (d) the productivity dashboards reproduce the test values in the onboarding plan. Use of the service during the parallel run is not acceptance.

If Go-Live Acceptance is delayed beyond the date in this A5 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 30,900 in total.

### A6. Contacts and Signatures

Provider account manager: Dana Whitcomb, accounts@owyhee-labor.example. Customer project lead: Mr. Zhou Peng, Operations Excellence Department.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## PART B: GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the service available to Customer's users over the internet in accordance with the documentation and this Agreement.

1.2 Customer is responsible for the accuracy of data it enters, for its users' compliance with this Agreement and for keeping user credentials secure.

1.3 Provider may update the service from time to time, provided that no update materially reduces the functions described in A2.

1.4 Provider shall provide support in Chinese and English through its ticket portal, e-mail and a telephone hotline, and shall give Customer's administrators access to release notes and the online knowledge base.

### 2. Service Levels

2.1 Provider targets a monthly availability of 99.95% for the production service, excluding scheduled maintenance announced at least three days in advance and carried out between 00:00 and 05:00 China Standard Time.

2.2 Provider shall respond to support requests within the following times: Severity 1 (the service is unavailable at one or more sites, or attendance cannot be recorded) within one hour, at any time; Severity 2 (a major function is impaired) within two hours during business hours; Severity 3 (other issues) within one business day.

2.3 Provider shall publish a monthly availability report on the customer portal.

2.4 The service levels in this Section 2 are targets. No service credits, fee reductions or other compensation apply if Provider does not meet them.

### 3. Customer Data and Security

3.1 As between the parties, Customer owns all data submitted to the service by or for Customer, including worker records, attendance data, productivity data and configurations ("Customer Data"). Provider shall use Customer Data only to provide the service and support to Customer under this Agreement, and for no other purpose.

3.2 Provider shall host Customer Data in a data centre in mainland China operated by a hosting provider named in the security documentation, and shall not transfer Customer Data out of mainland China.

3.3 Provider shall maintain administrative, technical and physical safeguards for Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for Provider staff, logging of all access, and annual penetration testing. Provider shall comply with the PRC Personal Information Protection Law and Data Security Law in handling worker personal data.

3.4 Provider shall notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, shall take prompt remedial action, and shall be responsible for losses caused by its failure to comply with this Section 3.

3.5 Within thirty days after the end of the Agreement, Provider shall make Customer Data available for export in a standard format and shall then delete it, certifying the deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the service, its software and all general improvements to it.

4.2 Shift rules, labour standards, report layouts and interface mappings prepared for Customer during onboarding ("Customer Configurations") belong to Customer. Customer may use, modify and let third parties use them freely, including after the end of this Agreement.

### 5. Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations continue for three years after the end of this Agreement.

### 6. Subcontracting

6.1 Provider shall not subcontract the performance of the service or the onboarding services to any third party without Customer's prior written consent, except for the hosting provider named in the security documentation accepted by Customer at signature. Provider remains responsible for its subcontractors.

### 7. Renewal and Fees for Renewal Terms

7.1 At the end of the Initial Term, the Agreement renews automatically for successive one-year Renewal Terms unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term.

7.2 Provider may change the subscription fees for any Renewal Term by notice to Customer at least forty-five days before the Renewal Term begins. The changed fees apply to the Renewal Term unless Customer gives notice of non-renewal.

### 8. Term and Termination

8.1 The Agreement starts on signature of the Order Form and continues for the Initial Term and any Renewal Terms.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after receiving written notice of the breach.

8.3 If Customer terminates under 8.2, Provider shall refund any prepaid fees for the remaining part of the Subscription Year.

### 9. Liability

9.1 Each party's total liability under this Agreement shall not exceed 150% of the total fees under the Order Form. This limit does not apply to breach of Sections 3 or 5, to Customer's payment obligations, or to fraud or wilful misconduct.

9.2 Neither party is liable for indirect or consequential loss, or for loss of profit, except under Sections 3 and 5.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the State of Idaho, United States of America.

10.2 The state and federal courts located in Ada County, Idaho have exclusive jurisdiction over any dispute arising out of the Agreement, and each party submits to their jurisdiction.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its entire business.

11.2 Notices must be in writing and sent to the addresses in A1.

11.3 The Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
"""

E03 = """T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE LICENCE
P:Contract No. RZHB-EQ-2027-052
P:Buyer: Rizhao Haibin Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Kennebec Condition Sensing, Inc., a Maine corporation, 41 Main Street, Waterville, Maine 04901, United States of America (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the vibration and temperature of rotating equipment on its two paper machines, its pulping line and its power plant, and the Supplier has offered wireless sensors, gateways and its RotorWatch monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless sensors, gateways, mounting kits and accessories listed in the price table in clause 2.
P:1.2 "Software" means the RotorWatch condition-monitoring software, version 6, licensed under clause 3, including the analytics engine, alarm management and mobile viewer.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Buyer Data" means all measurements, alarms, asset records, maintenance notes and other data collected or generated by the System at the Buyer's mill.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, license the Software, and carry out installation, configuration of analytics models and training, so that the System monitors 210 machines (motors, pumps, fans, dryer cylinders and gearboxes) in accordance with the technical specification in Appendix A.
P:2.2 The Contract Price is CNY 2,030,000, inclusive of VAT, delivery to the Buyer's mill, insurance, installation and all other costs, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|2,150|903,000
TB:2|Industrial wireless gateway with 4G backup|28|12,800|358,400
TB:3|RotorWatch software licence, perpetual, one mill site|1|486,000|486,000
TB:—|Hardware and Licence Subtotal|||1,747,400
TB:4|Installation, cabling of gateways and commissioning|1 lot|162,000|162,000
TB:5|Configuration of analytics models and alarm limits|1 lot|88,600|88,600
TB:6|Training of maintenance and reliability staff|1 lot|32,000|32,000
TB:—|Contract Price|||2,030,000
P:2.3 The Contract Price is fixed and shall not be adjusted for exchange rate changes, customs duties or any other reason.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers at the Rizhao mill for monitoring the Buyer's equipment, with no limit on the number of users or connected sensors at that site.
P:3.2 The Software remains the property of the Supplier or its licensors.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's mill within seventy days after signature, and complete installation and commissioning within forty-five days after delivery. Installation in operating areas shall be carried out during planned machine stops agreed with the Buyer.
P:4.2 The Supplier's staff on site shall comply with the Buyer's safety rules, including lock-out procedures, hot work permits and the use of protective equipment.
P:4.3 The Equipment shall be new, of the models stated in Appendix A, packed for sea and road transport and delivered with certificates of origin and quality, user manuals in Chinese and English, and a serial-number list matched to the mounting positions. Sensors shall carry an explosion-protection certificate where they are mounted in the classified areas marked in Appendix B.
P:4.4 The Supplier shall keep a stock of spare sensors and gateway parts in mainland China sufficient to replace faulty units within the restoration times in clause 7.2.
P:4.5 Risk in the Equipment passes to the Buyer on delivery; title passes on payment of the instalment in clause 5.1(b).
H:5. Payment
P:5.1 The Buyer shall pay the Contract Price as follows: (a) 10% (CNY 203,000) within fifteen days after signature, against an advance payment guarantee from a bank acceptable to the Buyer; (b) 55% (CNY 1,116,500) within twenty days after the Installation Certificate is signed; and (c) 35% (CNY 710,500) within twenty days after the Final Acceptance Certificate is signed.
P:5.2 The Installation Certificate records that the Equipment is installed and powered. It is not acceptance of the System.
H:6. Acceptance
P:6.1 After installation the System shall run for a trial period of forty-five days. Final acceptance requires that: (a) during the last fifteen days of the trial, every one of the 420 sensors reports data to the Software at the configured interval, with no gap longer than two reporting intervals; (b) vibration values measured by the System match readings taken with the Buyer's calibrated portable analyser within the tolerance in Appendix A on twenty sample machines; (c) alarms are generated and delivered to the mobile viewer within sixty seconds of a simulated limit breach; and (d) the training has been delivered and documentation handed over.
P:6.2 If the System fails, the Supplier shall remedy the failure within fifteen days and the trial period shall be repeated for the affected part. Use of the System by the Buyer during the trial does not mean acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months after the date of the Final Acceptance Certificate. During the warranty the Supplier shall repair or replace faulty Equipment free of charge, including batteries of sensors that fail earlier than their rated life, and provide Software updates and support.
P:7.2 Fault handling during the warranty is as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software server down or a gateway serving a paper machine offline|30 minutes|8 hours
TB:Severity 2|Several sensors offline or alarms not delivered|2 hours|2 days
TB:Severity 3|Single sensor fault or user question|1 business day|5 business days
P:7.3 For each hour by which the Supplier exceeds a response or restoration time in clause 7.2, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any payment.
P:7.4 After the warranty, the Supplier shall, if the Buyer so orders, provide support and spare parts service for the fourth and fifth years after final acceptance at an annual fee of 8% of the Hardware and Licence Subtotal, that is CNY 139,792 per year, which is fixed for those two years. Support after the fifth year shall be agreed separately and shall not renew automatically.
H:8. Intellectual Property
P:8.1 Analytics models, alarm limits, asset hierarchies, dashboards and integration scripts prepared by the Supplier for the Buyer belong to the Buyer, who may use, modify and license them freely.
P:8.2 The Supplier shall indemnify the Buyer against any claim that the Equipment or the Software infringes a third party's rights.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Contract and shall not copy it outside the Buyer's premises or use it for any other purpose.
P:9.2 The Software shall be installed on the Buyer's network. Remote access by the Supplier shall be approved by the Buyer for each session, made through the Buyer's bastion host and recorded. Gateways shall use encrypted connections and shall not send data to any server outside the Buyer's network.
P:9.3 The Supplier shall report any security incident affecting Buyer Data or the Buyer's network within two hours, cooperate in its investigation and be liable for the Buyer's losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including production data, equipment layouts and maintenance records, and shall not disclose it to any third party without the Buyer's prior written consent, during this Contract and for five years after it ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in clause 4.1, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct, infringement claims and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if delay damages reach their maximum. The Supplier shall then refund all amounts received for Equipment or services that the Buyer returns or does not accept.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The award is final and binding on both parties.
H:15. Miscellaneous
P:15.1 Appendix A (Technical Specification) and Appendix B (Installation Plan) form part of this Contract.
P:15.2 This Contract is made in English and Chinese in four originals, two for each party; both versions have equal force.
P:Buyer: ____________________    Supplier: ____________________
"""

E04 = """# MANAGED APPLICATION AND DATABASE SERVICES AGREEMENT

Agreement No. PMS-SZ-2027-09

**Between:** Suzhou Ruiheng Precision Components Co., Ltd., a company established in the People's Republic of China, registered office in the Suzhou Industrial Park, Jiangsu Province ("Customer");

**and:** Piscataquis Managed Systems, Inc., a Maine corporation, 27 East Main Street, Dover-Foxcroft, Maine 04426, United States of America ("Provider").

**Background.** Customer runs its manufacturing, finance and supply-chain processes on an ERP system and related databases hosted in its own data centre in Suzhou. Customer wishes to outsource the operation, monitoring and support of these systems to Provider for thirty-six months. Provider will deliver the services remotely from its operations centre and through its staff in Suzhou.

## Section 1. Definitions

1.1 "Services" means the transition services and the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer or its affiliates that Provider accesses, processes or stores in performing the Services, including production, financial, supplier and employee data.

1.5 "Service Commencement Date" means the date of Transition Acceptance under Section 4.

## Section 2. Term

2.1 This Agreement starts on signature and continues for an Initial Term of thirty-six months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## Section 3. Services

3.1 Provider shall perform the Services with skilled and experienced personnel, in accordance with good industry practice, the Service Levels and Customer's IT policies notified to Provider.

3.2 Provider shall assign a service delivery manager located in Suzhou as Customer's single point of contact, and shall hold a monthly service review with Customer.

3.3 Provider's personnel working at Customer's premises shall comply with Customer's site rules, safety instructions and working-hour arrangements. Customer may require Provider to replace any individual whose conduct or competence is unsatisfactory, and Provider shall do so within ten working days.

3.4 Customer shall provide Provider with the access rights, network connections, licences for third-party tools it owns and information reasonably needed for the Services, and shall inform Provider in advance of planned changes to its systems.

3.5 Provider shall keep the runbooks, configuration records and operating procedures for Customer's systems current at all times, and make them available to Customer on request.

## Section 4. Transition and Transition Acceptance

4.1 Provider shall complete the transition services within ninety days after signature. Transition includes knowledge transfer from Customer's current team and previous vendor, installation of monitoring tools, preparation of runbooks and a shadow period of twenty days.

4.2 Transition Acceptance is given by Customer in writing when: (a) all systems in Schedule 1 are monitored and their alerts reach Provider's operations centre; (b) runbooks for every recurring task have been reviewed and approved by Customer; (c) Provider has handled all incidents and requests during the shadow period within the times in Schedule 2; and (d) a restore test of the production database has been completed successfully.

4.3 If Transition Acceptance is not achieved by the date in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 110,000 in total.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The total Charges for the Initial Term are CNY 2,200,000, including VAT.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Customer shall pay each correct invoice within thirty days of receipt.

5.3 The Charges are fixed for the Initial Term and cover all personnel, tools, travel and other costs of Provider. Additional work requested by Customer outside Schedule 1 requires a written change order with a fixed price or agreed daily rates.

5.4 Service credits under Schedule 2 are deducted from the invoice for the month following the month in which they arise.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not copy, disclose or use it for any other purpose.

6.2 Customer Data shall remain in Customer's data centre in Suzhou. Provider's access shall be through Customer's bastion host with multi-factor authentication, with every session recorded. Provider shall not transfer Customer Data outside mainland China; staff located outside mainland China may view monitoring alerts only.

6.3 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and with Customer's information security policies. Provider shall report any security incident affecting Customer Data within two hours, take immediate containment measures, and be responsible for the losses resulting from its breach of this Section 6.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's confidential information, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. These obligations continue for five years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, monitoring configurations, reports and documentation prepared by Provider specifically for Customer belong to Customer, who may use, modify and license them freely.

8.2 Provider's own monitoring tools and general know-how remain Provider's property. Provider grants Customer a free licence to use any of them embedded in the deliverables in 8.1.

## Section 9. Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of its subcontractors.

## Section 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement in respect of all claims shall not exceed the Charges paid or payable by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss or for loss of profit.

## Section 11. Termination

11.1 Customer may not terminate this Agreement before the end of the Initial Term. Customer's remedies for any failure by Provider to perform the Services are the service credits in Schedule 2, re-performance of the affected Services and damages subject to Section 10.

11.2 Provider may terminate this Agreement by written notice if Customer fails to pay undisputed Charges within sixty days after a written reminder.

11.3 Either party may terminate this Agreement by written notice if a force majeure event prevents the other party from performing for more than ninety consecutive days.

11.4 On expiry or termination, Provider shall provide exit assistance for up to sixty days, hand over all runbooks and documentation, and return or destroy Customer Data at Customer's choice.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final and binding.

## Section 13. General

13.1 Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1: Services

| Service area | Scope | Hours |
|---|---|---|
| ERP application support | incident and request handling, user administration, batch job monitoring, month-end close support | 24 x 7 for Priority 1, business hours otherwise |
| Database administration | three production and five non-production databases: monitoring, tuning, patching, backup and restore | 24 x 7 |
| Infrastructure monitoring | application servers, storage volumes, interfaces to MES and warehouse systems | 24 x 7 |
| Change and release | planning and execution of patches and Customer-approved changes in agreed windows | scheduled |
| Reporting | monthly service report, capacity report each quarter, annual health check | monthly |

## Schedule 2: Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of ERP production environment, per month | 99.95% | 5% of the monthly charge for each 0.02 percentage point below the level, up to 20% of that charge |
| Priority 1 incident (production ERP or database down, or month-end close blocked): response | 15 minutes | CNY 1,000 per hour or part hour late |
| Priority 1 incident: restoration | 6 hours | CNY 2,000 per hour or part hour late |
| Priority 2 incident: response | 1 hour | CNY 500 per hour or part hour late |
| Backup success rate, per month | all scheduled backups completed and verified | 3% of the monthly charge |

Service credits are not an exclusive remedy for loss that exceeds them, subject to Section 10.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge (one-time) | Section 4 | 112,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total Charges for the Initial Term | | 2,200,000 |
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. SJV-DL-2027-02

PARTIES

1.1 St. John Valley Agri-Data, Inc., a Maine corporation with its office at 380 Main Street, Madawaska, Maine 04756, United States of America ("Licensor").

1.2 Dalian Beigu Grain Trading Co., Ltd., a company established in the People's Republic of China, with its registered office in Dalian, Liaoning Province ("Subscriber").

1.3 Subscriber buys soybeans, corn and potato products from North America and other regions and wishes to receive crop condition, weather and yield forecast data through an application programming interface (API) for use in its purchasing and risk management. The parties agree as follows.

DEFINITIONS

2.1 "Data Products" means the datasets listed in clause 3.1, as updated by Licensor from time to time.

2.2 "API" means Licensor's web service through which Subscriber's systems retrieve Data Products.

2.3 "Start Date" means the date of Integration Acceptance under clause 6.

2.4 "Subscription Year 1" runs from the Start Date to the day before the first anniversary of the Start Date. "Subscription Year 2" runs from that anniversary to the day before the second anniversary of the Start Date. Together they form the "Subscription Term".

2.5 "Subscriber Inputs" means the field locations, sourcing regions, watch lists, portfolio positions and other information that Subscriber uploads to or sends through the API.

2.6 "Custom Indices" means the regional crop stress and basis-risk indices that Licensor builds for Subscriber to Subscriber's specification under clause 3.3.

SUBSCRIPTION

3.1 Licensor shall provide Subscriber with access through the API to the following Data Products: (a) daily gridded weather observations and fifteen-day forecasts for the growing regions in Annex 1; (b) weekly crop condition scores derived from satellite imagery; (c) monthly yield forecasts by state, province and country; and (d) a historical archive of the above from 2005 onwards.

3.2 Subscriber may make up to two million API calls in each calendar month. Calls above that number are charged at the overage rate in Annex 2 and are not part of the fees in clause 4.1.

3.3 Licensor shall build the Custom Indices for Subscriber's twelve main sourcing regions within sixty days after signature, following the methodology agreed in Annex 3, and shall deliver them through the API and as documented calculation files.

3.4 Licensor shall provide integration support for the connection of the API to Subscriber's trading and risk management system, including test credentials, sample code, two remote workshops and assistance with testing.

LICENCE AND RESTRICTIONS

3.5 Licensor grants Subscriber a non-exclusive, non-transferable licence during the Subscription Term to use the Data Products for its internal business purposes, including in internal reports and models, and to share extracts with its auditors and financing banks.

3.6 Licensor shall correct errors in the Data Products that Subscriber reports or that Licensor discovers, shall mark corrected records in the API, and shall notify Subscriber of any change to a published methodology at least thirty days before it takes effect.

3.7 Subscriber shall not resell the Data Products or publish them in a form from which they can be extracted, except as aggregated figures in its own reports. Subscriber may keep and use, after the Subscription Term, any Data Products retrieved during it, for internal records and model back-testing.

FEES AND PAYMENT

4.1 The fees for the Subscription Term are as follows, in Chinese Renminbi and including value-added tax:
   Subscription Year 1 fee: CNY 368,000
   Subscription Year 2 fee: CNY 386,400
   Custom Indices and integration support (one-time): CNY 25,600
   Total fees: CNY 780,000

4.2 The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within twenty days of invoice. The one-time fee is invoiced after Integration Acceptance and is payable within twenty days of invoice. Subscriber makes no payment before Integration Acceptance.

4.3 The fees in clause 4.1 are fixed for the Subscription Term.

SERVICE LEVELS

5.1 Licensor shall make the API available for at least 99.95% of each calendar month, excluding maintenance announced at least two days in advance and carried out on Sundays between 01:00 and 05:00 China Standard Time.

5.2 Daily weather observations shall be published by 08:00 China Standard Time each day, and weekly crop condition scores by 12:00 China Standard Time each Tuesday.

5.3 Licensor shall respond to support tickets as follows: Severity 1 (the API is unavailable or returns no data for a whole Data Product) within eight business hours; Severity 2 (data is late or incomplete for one region) within one business day; Severity 3 (questions and minor issues) within three business days. Business hours are 08:00 to 17:00 Eastern Time on United States business days.

5.4 If monthly availability falls below the level in clause 5.1, or if a scheduled publication in clause 5.2 is more than six hours late on more than two days in a month, Subscriber shall receive a service credit of 5% of one twelfth of the current Subscription Year fee for each such failure, up to 25% of that amount per month. Service credits are set off against the next invoice or, after the last invoice, paid in cash.

INTEGRATION ACCEPTANCE

6.1 Integration Acceptance takes place when: (a) Subscriber's system has retrieved all Data Products through the production API for ten consecutive business days without a failed call attributable to Licensor; (b) the historical archive has been delivered in full and reconciles by record count with Licensor's published catalogue; (c) the Custom Indices reproduce the test values in Annex 3 for the agreed back-test period; and (d) Subscriber has confirmed acceptance in writing.

6.2 If Subscriber reports a failure, Licensor shall correct it and the acceptance test shall be repeated. Use of the API during testing is not acceptance.

6.3 If Integration Acceptance is not achieved within seventy-five days after signature for reasons attributable to Licensor, Licensor shall pay Subscriber CNY 600 for each day of delay, up to CNY 39,000 in total.

SUBSCRIBER INPUTS AND CUSTOM INDICES

7.1 Subscriber Inputs belong to Subscriber. Licensor shall use Subscriber Inputs only to provide the Data Products, the Custom Indices and support to Subscriber, and shall not use them for any other purpose or disclose them to any third party.

7.2 The Custom Indices, their calculation files and the Annex 3 methodology as applied to Subscriber's regions belong to Subscriber, which may use, modify and license them freely, during and after the Subscription Term. The underlying Data Products remain Licensor's property.

CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Subscriber Inputs, Subscriber's sourcing regions and positions, and the pricing in clause 4.1. Each party shall use such information only for this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its employees, auditors and legal advisers who need to know it and are bound by equivalent obligations, or where disclosure is required by law.

8.2 The obligations in clause 8.1 continue for five years after the end of this Agreement.

SUBCONTRACTING AND ASSIGNMENT

9.1 Licensor shall not subcontract any part of its obligations under this Agreement without Subscriber's prior written consent. Licensor remains responsible for any approved subcontractor.

9.2 Neither party may assign this Agreement without the other party's prior written consent.

LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1. This limit does not apply to breach of clauses 7 or 8, to infringement claims, or to fraud or wilful misconduct.

10.2 Licensor provides forecasts as estimates. Licensor is not liable for trading or purchasing decisions that Subscriber makes on the basis of the Data Products, provided that Licensor has produced them in accordance with its published methodology.

10.3 Licensor shall defend Subscriber against any claim that the Data Products or the Custom Indices infringe a third party's rights and shall pay any resulting damages and costs.

TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any further subscription requires a new written agreement.

11.2 Subscriber may terminate this Agreement by written notice if Licensor commits a material breach, including repeated failure to meet the service levels in clause 5, and does not remedy it within twenty days after written notice. Licensor shall then refund the fees paid for the unused part of the current Subscription Year.

11.3 Licensor may suspend API access if Subscriber fails to pay an undisputed invoice within thirty days after a written reminder.

GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing, in English. The award is final and binding on both parties.

GENERAL

13.1 Annex 1 (Regions and Data Products), Annex 2 (Overage Rates) and Annex 3 (Custom Indices Methodology) form part of this Agreement.

13.2 This Agreement may be amended only in writing signed by both parties. It is made in two originals in English, one for each party.

For Licensor: ____________________    For Subscriber: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files, labels and design

FILES = {
    "z01": ("h1058z01_city_management_grid_platform.pdf", "zh", "software", Z01),
    "z02": ("h1058z02_nail_lamp_factory_line_control_retrofit.docx", "zh", "hardware", Z02),
    "z03": ("h1058z03_ski_chain_booking_membership_saas.txt", "zh", "cloud", Z03),
    "z04": ("h1058z04_education_bureau_campus_security_om.txt", "zh", "services", Z04),
    "z05": ("h1058z05_lantern_studio_process_tracking_supplier_template.md", "zh", "software", Z05),
    "e01": ("h1058e01_cmms_perpetual_licence_maine_vendor.pdf", "en", "software", E01),
    "e02": ("h1058e02_workforce_saas_order_form_idaho_vendor.md", "en", "cloud", E02),
    "e03": ("h1058e03_paper_mill_condition_sensors_licence.docx", "en", "hardware", E03),
    "e04": ("h1058e04_managed_erp_database_services_36_months.md", "en", "services", E04),
    "e05": ("h1058e05_crop_weather_data_api_subscription.txt", "en", "cloud", E05),
}

G, S = "goods_or_licence", "service"
# (availability, p1 hours, sla remedy, ip owner, data security, buyer owns data, confidentiality, ld %/day, cap %,
#  prepayment %, acceptance clause, final on acceptance, warranty months, post-warranty fee %, auto-renewal increase,
#  termination for breach, subcontract without consent, governing law, kind)
TERMS = {
    "z01": (99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
    "z02": (None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, True, "PRC", G),
    "z03": (99.95, 0.25, True, "buyer", True, False, True, 0.08, 150, None, True, None, None, None, True, True, False,
            "PRC", S),
    "z04": (99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
            "PRC", S),
    "z05": (None, None, False, "supplier", True, True, False, None, None, 65, False, False, 6, None, False, True, None,
            None, G),
    "e01": (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False, "Maine", G),
    "e02": (99.95, 1, False, "buyer", True, True, True, 500 / 618000 * 100, 150, None, True, None, None, None, True,
            True, False, "Idaho", S),
    "e03": (None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC", G),
    "e04": (99.95, 0.25, True, "buyer", True, True, True, 1800 / 2200000 * 100, 6 / 36 * 100, None, True, None, None,
            None, False, False, False, "PRC", S),
    "e05": (99.95, 8, True, "buyer", False, True, True, 600 / 780000 * 100, 150, None, True, None, None, None, False,
            True, False, "PRC", S),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 2250000),
    "z02": (True, True, True, False, 1213000),
    "z03": (True, True, None, False, 820000),
    "z04": (True, True, None, False, 1068000),
    "z05": (False, False, False, True, 418000),
    "e01": (True, True, True, False, 1820000),
    "e02": (True, True, None, False, 618000),
    "e03": (True, True, True, False, 2030000),
    "e04": (True, True, None, False, 2200000),
    "e05": (True, True, None, False, 780000),
}
# TCO inputs for goods_or_licence drafts: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"z01": 1180000, "z02": 1050800, "z05": 168000, "e01": 1260000, "e03": 1747400}
# forum outside mainland China (besides a non-PRC law)
FORUM_OUTSIDE = {"e01", "e02"}

DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"z01": "medium", "z02": "high", "z03": "medium", "z04": "low", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "medium", "e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40.0


def tco_share(key, t, x):
    """Post-warranty fee share of TCO over 5 years from acceptance (policy section 4), or None if not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3, applied to the labels."""
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
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, lang, cat, _ = FILES[key]
    t = dict(zip(TERM_KEYS, TERMS[key]))
    sla, lds, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------------------------------------------------------------
# Threshold text scan

PATTERNS = [
    r"(?<![\d.,])99\.9(?!\d)",
    r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.,])4\s*个?\s*(?:工作)?\s*小时",
    r"(?<![零一二三四五六七八九十百])四\s*个?\s*(?:工作)?\s*小时",
    r"(?i)(?<![\d.,])4[\s-]*(?:business|working)?[\s-]*(?:hours?|hrs?)",
    r"(?i)(?<!ty-)(?<!ty )(?<!ty)four[\s-]*(?:business|working)?[\s-]*hours?",
    r"(?i)(?<![\d.,])240\s*(?:minutes|分钟)",
    r"(?i)(?<![\d.,])0\.05(?!\d)\s*(?:[%％]|per\s*cent|percent)",
    r"万分之五(?![十\d])",
    r"千分之零点五",
    r"(?<![\d.,])0\.5\s*‰",
    r"(?<![\d.,])(?:30|15|40|100)\s*[%％]",
    r"(?i)(?<![\d.,])(?:30|15|40|100)\s*(?:per\s*cent|percent)",
    r"百分之(?:三十|十五|四十|一百|百)(?![点一二三四五六七八九])",
    r"(?i)(?:thirty|fifteen|forty|hundred)[\s-]*(?:per\s*cent|percent)",
    r"(?<![\d.,])12\s*个\s*月",
    r"十二个月",
    r"(?i)(?<![\d.,])12[\s-]*months?",
    r"(?i)twelve[\s-]*(?:\(12\)[\s-]*)?months?",
]
MUST_HIT = ["可用率不低于99.9%", "99.9 %", "4小时内响应", "4个小时", "四小时", "四个工作小时", "within 4 hours",
            "4 business hours", "four hours", "Four-hour", "240 minutes", "0.05%", "0.05 per cent", "万分之五",
            "千分之零点五", "30%", "15 %", "40％", "100%", "30 percent", "百分之三十", "百分之十五", "百分之百",
            "thirty per cent", "forty percent", "12个月", "十二个月", "12 months", "12-month", "twelve months",
            "twelve (12) months", "one hundred percent", "within four hours"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "十四小时", "24 hours", "fourteen hours", "0.055%", "0.08%",
             "130%", "2.30%", "150%", "115%", "万分之五十", "万分之三", "2027年12月31日", "12:00", "fifteen days",
             "30 days", "1,530,000", "twenty-four hours", "within twenty four hours", "312 months", "18个月", "百分之三十五", "1.5%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            for m in re.finditer(p, variant):
                hits.append(m.group(0))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s %s" % (s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------------
# Build and read back

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


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, cat, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key] = src
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)


def main():
    self_test()
    build()
    covered = set()
    for key, (name, lang, cat, src) in FILES.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        # labels against the design list
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        assert risk(lab["expected_rules"]) == DESIGN_RISK[key], key
        covered |= set(lab["expected_rules"])
        # no value on a threshold
        for k, th in TH.items():
            v = t[k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        share = tco_share(key, t, x)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        # service labels: no warranty keys
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
            assert t["final_payment_on_acceptance"] is None
        # built file as read back
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-62s %5d %s  %s  tco=%s" % (key, name, n, "chars" if lang == "zh" else "words", risk(
            lab["expected_rules"]), "-" if share is None else "%.2f" % share), ", ".join(lab["expected_rules"]))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    main()
