"""holdout930: builds the ten drafts (.txt/.md written directly, .docx/.pdf through ../word_pdf.py), writes the .json
labels, derives each draft's rules from its labels (own reading of policy §3), compares them with the design list,
checks rule coverage, text lengths and that no value or text sits on a policy threshold.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:物业服务质量评价平台采购合同
P:合同编号：JJ-ZJ-2027-0418    采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市住房和城乡建设局
P:乙方（供应商）：江州数智物联科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据招标文件（项目编号LCZC-2027-063）、乙方投标文件及中标通知书，甲乙双方就物业服务质量评价平台的软件许可与定制开发事项，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供物业服务质量评价平台标准软件的永久使用许可（含市级管理端、街道端、项目端及业主评价小程序），并按甲方需求完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：物业服务质量评价指标体系配置、双随机抽查任务模块、业主满意度测评模块、信用评价计分与公示模块、与市物业管理信息系统及“一网通办”平台的数据接口。
P:1.3 合同总价为人民币1,470,000元（大写：壹佰肆拾柒万元整），其中：平台软件许可费860,000元，定制开发费520,000元，部署实施费72,000元，培训费18,000元。合同总价为固定总价，包含税费、差旅及本合同约定的全部工作，甲方不再支付其他费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订之日起九十日内完成软件部署与定制开发，并提交初验申请。
P:2.2 交付地点为甲方指定的政务云资源池。乙方应按政务云管理要求完成部署，不得在政务云以外保存甲方系统及数据。
P:2.3 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格，项目期间未经甲方同意不得更换。乙方应为甲方及各区、街道管理人员提供不少于三期集中培训，并提供操作视频和培训教材。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 初验合格后十五个工作日内，甲方支付合同总价的50%。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的25%。
P:3.4 其余5%作为质量保证金，于质保期满且乙方无未履行义务后十五个工作日内无息支付。
P:3.5 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付流程约束，但不因此减少乙方的任何义务。
H:第四条 验收
P:4.1 初验：部署与开发完成后，由甲方组织初验，内容包括功能逐项测试、接口联调及安全测试。初验合格后系统进入六十日试运行。
P:4.2 最终验收标准：（1）招标文件及需求规格说明书所列功能全部实现；（2）与市物业管理信息系统、“一网通办”平台的接口连续三十日数据交换正确；（3）500个并发用户下页面响应时间不超过2秒；（4）试运行期间无一级故障；（5）通过第三方网络安全等级测评及商用密码应用安全性评估；（6）用户手册、运维手册、源代码及接口文档齐全。
P:4.3 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口维护及现场技术支持，并每季度进行一次巡检、提交巡检报告。
P:5.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过人民币77,400元），该价格三年内不上调。维护合同由双方另行签订，不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护时间经甲方同意后不计入）。
P:6.2 故障分级响应：一级故障（平台不可用或核心评价功能中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级问题在下一版本中修复。乙方应提供7×24小时服务热线和专属技术支持工程师。
P:6.3 乙方未按时响应或恢复的，每超过一小时向甲方支付违约金人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减维护保证金人民币2,000元。
H:第七条 知识产权
P:7.1 标准平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的模块、接口程序、配置脚本及其源代码和文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。乙方保证交付成果不侵犯任何第三方权利。
H:第八条 数据安全
P:8.1 平台中的业主评价数据、物业企业信息、抽查记录及其衍生数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，运维操作一律通过甲方堡垒机进行，不得私自复制或导出数据。发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施，并承担由此造成的全部损失和法律责任。
P:8.3 合同终止或质保期满后，乙方应在十日内将其掌握的甲方数据全部移交甲方，并删除其持有的全部副本，出具书面删除确认。乙方人员应签署安全保密承诺书，乙方对其人员的行为承担责任。
H:第九条 保密
P:乙方对履行本合同中知悉的甲方工作秘密、个人信息和其他未公开信息负有保密义务，未经甲方书面同意不得披露。乙方应仅向履行本合同确需知悉的人员披露上述信息，并确保其遵守同等保密义务。保密义务在本合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交初验申请的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求乙方返还已付款项。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十一条 分包与转让
P:乙方不得将本合同项下的任何工作分包或转包给第三方，不得转让本合同的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 乙方逾期超过六十日的，甲方有权解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应在三日内书面通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任。
P:14.2 不可抗力消除后，双方应继续履行合同；不可抗力持续超过九十日致使合同目的无法实现的，任何一方可书面通知解除合同。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分，内容不一致的，以本合同为准。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市住房和城乡建设局        乙方（盖章）：江州数智物联科技有限公司
P:签订日期：2027年4月18日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HY-SB-2027-021
P:甲方（买方）：瀚阳光学眼镜制造有限公司（老花镜生产厂）
P:乙方（卖方）：苏南智控自动化工程有限公司
P:甲方拟对其三条老花镜生产线（镜片磨边线、镀膜线、装配包装线）的控制系统进行改造。经询价比选，甲方确定乙方为供应商。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务事宜订立本合同。
H:第一条 合同标的与价格
P:1.1 乙方负责提供控制系统设备及软件，完成拆旧、安装、接线、编程调试、系统集成、试运行及培训，使三条生产线达到技术协议规定的性能要求。
P:1.2 合同总价为人民币2,260,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含主控制器、I/O模块、安全继电器）|6套|684,000
TB:2|伺服驱动及电机组件|48套|422,400
TB:3|工业触摸屏HMI|12台|93,600
TB:4|视觉检测单元（镜片缺陷检测）|6套|396,000
TB:5|工业交换机及网络安全网关|1批|118,000
TB:6|SCADA监控软件许可（永久）|1套|148,000
TB:7|产线数据采集软件许可（永久）|1套|74,000
TB:|软硬件小计||1,936,000
TB:8|定制开发（MES接口程序、工艺参数管理模块）|1项|126,000
TB:9|安装调试及系统集成|1项|184,000
TB:10|操作及维护培训|1项|14,000
TB:|合同总价||2,260,000
P:1.3 上述价格为固定价格，包括设备、软件、运输、保险、安装、调试、培训及税费。
P:1.4 设备的品牌、型号、技术参数以双方签署的技术协议为准。乙方不得擅自更换品牌或降低配置；确需变更的，应事先书面征得甲方同意，且价格不得上调。
H:第二条 交货与安装
P:2.1 乙方应于合同生效后七十五日内将全部设备运抵甲方厂区，并在到货后四十五日内完成三条产线的安装调试。
P:2.2 改造应利用甲方计划停产窗口分线实施，每条产线停线时间不得超过七日。乙方应提前十日提交停线施工方案，经甲方书面确认后实施。
P:2.3 设备应为原厂全新合格产品，附出厂合格证、检测报告及装箱单。包装应适合长途运输及多次搬运，因包装不当造成的损坏由乙方负责。设备到货后由双方共同开箱清点，清点记录仅作为数量确认。
P:2.4 乙方施工人员应遵守甲方厂区安全生产及洁净车间管理制度，因乙方原因造成的安全事故由乙方负责。
H:第三条 付款
P:3.1 合同生效且甲方收到乙方等额预付款保函后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的60%。到货签收及安装调试完毕不代表甲方对质量的验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%。
P:3.4 合同总价的5%作为质量保证金，质保期满后十个工作日内无息支付。
H:第四条 验收
P:4.1 每条产线安装调试完成后进行七十二小时连续试运行，三条产线全部试运行合格后，乙方提交最终验收申请。
P:4.2 最终验收标准：（1）磨边线单线产能不低于每小时1,800片；（2）视觉检测漏检率不高于0.2%，误判率不高于1.5%；（3）SCADA画面数据刷新周期不超过1秒，全部采集点位无丢点；（4）MES接口工单、报工、质检数据交换连续二十日无差错；（5）通过甲方组织的工控安全检查；（6）竣工图纸、程序备份、源代码及操作手册齐全。
P:4.3 验收不合格的，乙方应在十日内整改并承担费用；第二次验收仍不合格的，甲方有权退货并解除合同。
H:第五条 质量保证与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换、升级均免费，更换部件的质保期重新计算。
P:5.2 质保期内乙方提供7×24小时电话支持。一级故障（整线停机）1小时内响应，3小时内到场，8小时内恢复生产；二级故障（单台设备停机或检测功能异常）2小时内响应，次日内解决。
P:5.3 乙方未按上述时限响应或到场的，每超过一小时向甲方支付人民币800元；因乙方原因导致整线停机超过八小时的，每超过一小时另支付人民币2,000元。
P:5.4 质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的27%，即每年人民币522,720元，三年内价格不作调整。维保服务内容包括定期巡检、备件更换、软件升级、远程诊断及现场服务，服务时限与质保期内相同。
P:5.5 乙方应保证停产后八年内持续供应本项目所用备件；原厂停产的，乙方应提前六个月书面通知甲方，并提供性能不低于原部件的替代方案。
H:第六条 知识产权
P:6.1 SCADA软件及数据采集软件的著作权归原厂商所有，甲方获得永久使用许可。
P:6.2 本项目定制开发的MES接口程序、工艺参数管理模块、PLC及HMI应用程序的源代码、组态文件和技术文档归甲方所有，甲方有权自行修改或委托他人维护。
H:第七条 数据安全
P:7.1 生产工艺参数、产量质检数据、设备运行数据均属甲方所有，乙方仅可为履行本合同使用，不得复制、带离或用于其他任何目的。
P:7.2 乙方远程维护须经甲方逐次审批，并通过甲方安全网关接入，操作全程记录。乙方应采取必要措施防止病毒、勒索软件进入生产网络。因乙方原因导致数据泄露、篡改或生产网络安全事件的，乙方应在2小时内报告甲方，并赔偿甲方全部损失。
H:第八条 甲方义务
1. 甲方应为驻场人员提供必要的办公场所、网络接入和机房出入条件。
2. 甲方应指定专人负责与乙方对接，及时确认故障等级、审批运维操作并组织考核。
3. 甲方对系统进行改造或新增接入客运站的，应提前通知乙方，相应运维工作量由双方另行协商。

第八条之二 保密
P:乙方对知悉的甲方工艺配方、产品设计、客户信息等商业秘密负有保密义务，不得向任何第三方披露，保密期限至相关信息公开之日止。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金。
P:9.2 乙方原因导致甲方停线超过约定时间的，每超过一日按合同总价的千分之二支付违约金。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 培训与资料
P:10.1 乙方应为甲方操作人员、设备维护人员和工艺工程师分别提供现场培训，累计不少于十个工作日，使受训人员能够独立完成日常操作、参数调整、常见故障处理及程序备份恢复。
P:10.2 乙方应在最终验收前交付电气原理图、接线图、PLC程序注释版、HMI组态工程、备件清单及维护保养手册各两套（纸质及电子版）。
H:第十一条 分包
P:乙方不得转包本项目。电气配线等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:乙方严重违约或逾期超过四十五日，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 不可抗力
P:因不可抗力致使一方不能履行合同的，应及时通知对方并提供证明，在不可抗力影响范围内免除责任，履行期限相应顺延。不可抗力持续超过六十日的，双方协商是否继续履行。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:本合同附件包括技术协议、设备清单、停线施工方案及验收大纲，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：瀚阳光学眼镜制造有限公司    乙方（盖章）：苏南智控自动化工程有限公司
"""

Z03 = """预约及会员管理系统SaaS服务合同

合同编号：HX-IT-2027-009

甲方：海星湾赶海体验连锁管理有限公司
乙方：云帆智客网络科技有限公司

鉴于甲方在沿海城市经营35家赶海体验门店，需要统一的线上预约、排期、核销及会员管理系统，乙方提供相应的SaaS服务及实施服务，双方经友好协商，订立本合同。

一、服务内容
（一）SaaS订阅服务
1. 乙方向甲方35家门店开通“潮汐预约”SaaS系统，功能包括：潮汐时段排期与场次管理、小程序及公众号在线预约、团购券与门票核销、会员积分与储值、营销活动、门店及区域经营报表。
2. 甲方可按需为总部及门店开通管理账号，账号数量不设上限，每家门店可绑定不超过十台核销设备；新增门店按本合同单价另行计费。
（二）实施服务
1. 乙方负责系统初始化配置、35家门店资料及票价规则录入、原有会员数据迁移、与甲方收银及财务系统对接、门店人员培训。
2. 乙方应为甲方配置符合甲方品牌的小程序页面，该页面设计稿及配置归甲方所有。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自实施验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期期间的服务费，乙方有权按其届时公布的标准价格进行调整，调整后的价格自续期之日起执行。

三、费用及支付
（一）费用明细：
1. SaaS订阅费：每家门店每个服务年度人民币6,800元，35家门店每个服务年度合计人民币238,000元，两个服务年度合计人民币476,000元；
2. 实施费（一次性）：人民币58,000元；
3. 合同总价：人民币534,000元（含税）。
（二）支付方式：
1. 实施费在实施验收合格后十个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付；
3. 乙方应在每次付款前开具增值税专用发票。
（三）超出本合同约定短信条数的短信费用按实际用量另行结算，不计入合同总价。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并申请验收。
（二）验收标准：
1. 35家门店全部上线，预约、核销、会员功能经甲方逐店测试正常；
2. 原有会员数据迁移后，会员数量、积分及储值余额与迁移前核对一致；
3. 与收银及财务系统的对账数据连续十日一致；
4. 高峰时段1,000人同时预约时，预约提交响应时间不超过3秒。
（三）甲方应在收到验收申请后七日内组织验收，验收合格的签署验收单。仅系统上线或门店开始使用不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新申请验收，整改期间不另行收费，订阅服务年度的起算日相应推后。

五、服务水平
（一）乙方保证系统每月可用率不低于99.5%，计划内维护应安排在每日零时至六时之间并提前三日通知甲方。
（二）故障响应：一级故障（系统整体不可用或预约、核销功能无法使用）30分钟内响应，3小时内恢复；二级故障2小时内响应，24小时内解决；一般问题在三个工作日内答复。
（三）月可用率未达到承诺值的，按当月订阅费的5%向甲方提供服务抵扣；一级故障未按时恢复的，每超过一小时抵扣人民币500元，抵扣从下期订阅费中扣除。

六、数据与安全
（一）甲方的门店经营数据、预约数据、会员个人信息均归甲方所有。
（二）乙方可对甲方数据进行去标识化和汇总处理，形成行业统计数据，用于乙方产品改进、行业分析报告及向其他客户提供的经营对标服务，该等汇总数据的权利归乙方所有。
（三）乙方应采取加密存储、访问控制、操作日志审计等措施保障数据安全，系统部署于中国境内，个人信息的处理应符合《个人信息保护法》的规定。发生数据泄露的，乙方应在2小时内通知甲方，采取补救措施并承担由此给甲方造成的损失。
（四）合同终止后三十日内，乙方应将甲方数据以通用格式完整导出交付甲方，并在甲方确认后删除。
（五）乙方应按照网络安全等级保护第二级的要求运营本系统，每年委托有资质的机构进行一次渗透测试，并向甲方提供测试结论摘要。乙方员工访问甲方数据应经审批并留存日志，日志保存期不少于六个月。

七、保密
双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，乙方应要求接触甲方信息的员工签署保密承诺。本条在合同终止后三年内继续有效。

八、知识产权
乙方SaaS系统的知识产权归乙方所有。乙方为甲方定制的小程序页面、营销活动模板和报表格式归甲方所有，甲方可自由使用、修改并交由第三方使用。乙方保证其系统不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担全部费用。

九、违约责任
（一）乙方未按期完成实施的，每逾期一日按合同总价的万分之八向甲方支付违约金。
（二）因乙方原因造成甲方会员数据丢失或错误的，乙方应负责恢复并赔偿甲方损失。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十、分包
乙方不得将本合同项下的实施服务转包或分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
任何一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除本合同；乙方原因解除的，应退还未履行期间的订阅费，并配合甲方完成数据迁移。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。

十三、双方的其他义务
（一）甲方应指定项目联系人，按时提供门店资料、票价规则、会员原始数据及接口文档，并组织门店人员参加培训。甲方原因导致实施延误的，实施期限相应顺延。
（二）乙方应指定项目经理和不少于三名实施顾问，实施期间驻场或按甲方要求到店支持；乙方应为甲方区域经理及门店店长提供集中培训和线上课程，培训考核合格率由双方共同确认。
（三）乙方应提供专属客户成功经理和7×24小时服务热线。节假日及每年七月至九月赶海旺季期间，乙方应安排值守工程师，并在旺季开始前完成系统扩容和压力测试，向甲方提交测试报告。
（四）乙方系统版本更新不得减少本合同约定的功能；重大版本更新应提前七日通知甲方，并提供更新说明。

十四、门店增减
服务期内甲方新增门店的，按每家门店每个服务年度人民币6,800元按剩余天数折算计费；甲方关闭门店的，可在下一个服务年度开始前书面通知乙方减少相应账号及费用。

十五、不可抗力
因台风、风暴潮、地震等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在不可抗力影响范围内免除责任。因台风等原因门店停业的，不影响系统服务费的计算，但乙方应配合甲方批量处理预约退改。

十六、通知
本合同项下的通知以书面形式发送至双方在本合同首页载明的地址或指定邮箱，邮件发出即视为送达。

十七、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括功能清单、门店清单、实施计划，为本合同不可分割的组成部分。

甲方（盖章）：                      乙方（盖章）：
日期：                              日期：
"""

Z04 = """客运站安检信息管理系统年度运维服务合同

项目编号：QHJT-CS-2027-007（竞争性磋商）
甲方（采购人）：青禾市交通运输局
乙方（成交供应商）：北辰恒安信息技术有限公司

根据《中华人民共和国政府采购法》及竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就青禾市客运站安检信息管理系统2027年度运维服务订立本合同。

第一条 服务范围
1. 运维对象为甲方建设的客运站安检信息管理系统，包括市级监管平台、6个客运站的安检信息采集终端、X光安检机数据接口、危险品查获登记模块、实名制验票比对模块、视频联网及相关服务器、存储、网络设备。
2. 服务内容包括：日常巡检与监控、故障处理、系统软件维护与补丁更新、数据备份与恢复演练、安全加固、节假日及春运保障、用户培训与咨询、运维报表。
3. 乙方对所运维设备的硬件维修负责，维修所需备件由乙方提供，单件价值超过人民币五千元的备件费用经甲方确认后另行结算。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期届满本合同终止，甲方如需继续采购，按政府采购程序另行确定供应商。

第三条 服务费用及支付
1. 年度运维服务费为人民币368,000元（含税），为固定总价，包括人员、工具、差旅、备件（第一条第3款另行结算的除外）及税费。
2. 服务费按季度支付，每季度人民币92,000元。每季度结束后，甲方根据季度考核结果在十五个工作日内支付当季服务费，考核扣款从当季服务费中扣除。
3. 本合同不设预付款。

第四条 服务要求
1. 乙方应组建不少于五人的驻场运维团队，其中项目经理一名、系统工程师二名、网络及安全工程师一名、现场维护工程师一名，驻场人员名单报甲方备案，未经甲方同意不得更换。
2. 每日巡检监管平台及各客运站终端运行状态，每月对服务器、存储、网络设备进行一次全面巡检，并于次月五日前提交月度运维报告。
3. 每周进行一次数据增量备份检查，每季度进行一次备份恢复演练。
4. 春运、五一、国庆等重点时段，乙方应安排专人二十四小时值守，并提前十日提交保障方案。
5. 乙方应建立运维台账，如实记录每次故障的发生时间、响应时间、处理过程和恢复时间，台账每月随运维报告报送甲方，甲方可随时调阅，并可据此核对乙方的响应及恢复时间。
6. 乙方应每半年对各客运站安检员、值班站长开展一次系统操作培训，新版本上线前开展专项培训，并编制简明操作手册。
7. 乙方应跟踪系统所用操作系统、数据库、中间件的安全公告，发现高危漏洞的，应在五个工作日内提出修复方案，经甲方同意后实施。

第五条 服务水平
1. 市级监管平台月度可用率不低于99.95%。
2. 故障分级及响应时限：一级故障（监管平台不可用、客运站安检数据中断或实名制验票比对失效）15分钟内响应，1小时内到达现场，3小时内恢复；二级故障（单个客运站部分功能异常）30分钟内响应，8小时内解决；三级故障（一般性问题）在两个工作日内解决。
3. 乙方每次未按时响应或到场的，扣减当季服务费人民币1,000元；一级故障未按时恢复的，每超过一小时扣减人民币2,000元；月度可用率低于承诺值的，每低于0.01个百分点扣减人民币1,500元。

第六条 考核与验收
1. 甲方按季度对乙方服务进行考核，考核内容包括：故障处理及时率、巡检完成率、备份恢复演练结果、运维文档质量及用户满意度，考核细则见附件。
2. 服务期满后，甲方组织年度验收。验收标准为：全年四个季度考核均为合格以上；系统运行日志、运维台账、备份记录完整；全部运维文档、配置清单、账号密码已移交甲方；经第三方安全检测无高危漏洞。
3. 年度验收不合格的，乙方应在二十日内整改，整改期间继续提供服务且不另行收费。

第七条 数据安全
1. 系统中的旅客身份信息、安检记录、视频图像及其他数据均属甲方所有，乙方仅为提供运维服务使用，不得以任何形式复制、留存、对外提供或用于其他目的。
2. 乙方运维操作必须通过甲方堡垒机进行，禁止使用个人设备连接系统，远程运维须经甲方逐次审批。
3. 乙方应执行网络安全等级保护第三级的运维要求。发生数据泄露、篡改或网络安全事件的，乙方应立即处置，并在1小时内报告甲方；因乙方原因造成的，乙方承担全部责任，包括甲方因此受到的行政处罚和对第三方的赔偿。

第八条 甲方义务
1. 甲方应为驻场人员提供必要的办公场所、网络接入和机房出入条件。
2. 甲方应指定专人负责与乙方对接，及时确认故障等级、审批运维操作并组织考核。
3. 甲方对系统进行改造或新增接入客运站的，应提前通知乙方，相应运维工作量由双方另行协商。

第九条 保密
乙方及其人员对工作中知悉的旅客个人信息、安检工作规程、系统架构及安全配置负有保密义务，不得向任何第三方泄露。乙方应与驻场人员签订保密协议。保密义务不因本合同终止而解除。

第十条 运维工具与资料移交
1. 乙方使用的运维监控工具部署在甲方环境的，应使用正版软件，相关许可费用已包含在服务费中。
2. 乙方应于每季度末更新系统配置清单、网络拓扑图、账号权限清单，并在服务期满时连同全部运维资料一并移交甲方，经甲方签收确认。
3. 服务期内乙方对系统进行的配置变更，均应按甲方变更管理流程提交变更申请，经批准后在指定时间窗口实施，并做好回退准备。

第十一条 知识产权
乙方在服务期内编写的运维脚本、配置文件、巡检模板及运维文档归甲方所有，甲方可自由使用和修改，并可提供给后续运维单位使用。乙方保证其提供的服务、工具及资料不侵犯任何第三方的合法权利。

第十二条 违约责任
1. 乙方未按期完成巡检、未按时提交运维报告或重点时段保障方案的，每逾期一日按合同总价的千分之一支付违约金。
2. 乙方驻场人员不足的，每缺一人一日扣减服务费人民币800元。
3. 因乙方原因导致系统长时间中断，影响客运站正常安检的，乙方除按第五条扣减服务费外，还应赔偿甲方的直接损失。
4. 乙方连续两个季度考核不合格的，甲方有权约谈乙方负责人，要求乙方更换项目经理并提交书面整改计划。

第十三条 分包
乙方可将设备硬件维修、机房空调及UPS维护等辅助服务分包给具备相应资质的第三方，但应在分包前书面告知甲方分包单位名称及分包内容。乙方对分包方的服务质量承担责任。

第十四条 合同终止
1. 本合同于服务期届满时终止。
2. 因不可抗力致使合同无法履行的，双方协商处理，受不可抗力影响的一方在影响范围内免除责任。
3. 合同终止时，乙方应在十日内完成全部工作交接，配合新的运维单位完成过渡，交接期间不得中断服务。

第十五条 争议解决
因本合同产生的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
1. 竞争性磋商文件、乙方响应文件、成交通知书及附件为本合同的组成部分。
2. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：青禾市交通运输局            乙方（盖章）：北辰恒安信息技术有限公司
签订日期：2026年12月20日
"""

Z05 = """# 工艺流程追溯管理软件销售及定制开发合同

**墨匠软件标准合同文本（2026版）**

合同编号：MJ-2027-0316

- 甲方（买方）：桃源坞木版年画工作室
- 乙方（卖方）：墨匠软件科技有限公司

甲方因木版年画生产管理需要，向乙方购买“匠心”工艺流程追溯管理软件并委托乙方进行定制开发。双方经协商一致，签订本合同，共同遵守。

## 第一条 产品与服务内容

1.1 乙方向甲方提供“匠心”工艺流程追溯管理软件V3.0（以下简称“软件产品”）的永久使用许可，许可范围为甲方一个工作室，用户数不超过二十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：画稿、刻版、印刷、开脸、装裱等工序流转记录；雕版及画版库存管理；作品编号与一物一码追溯；非遗传承人及学徒工作量统计；线上店铺订单对接接口。

1.3 乙方负责软件的安装部署、基础数据初始化及操作培训，并向甲方交付安装介质、用户手册和管理员手册的电子版。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件产品永久使用许可 | 168,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合同总价 | 440,000 |

上述价款为含税价格。合同履行过程中甲方提出需求变更的，乙方有权另行报价，变更费用由甲方承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币286,000元。乙方收到该款项后启动项目。甲方未按期支付首期款项的，乙方有权顺延交付期限。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币154,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方应在收到首期款项后六十个工作日内完成定制开发和安装部署。因甲方未及时提供资料、确认需求或变更需求导致延误的，交付期限相应顺延。

4.2 乙方完成安装部署后通知甲方上线运行。

4.3 软件产品部署在甲方自备的服务器上，服务器、操作系统、数据库及网络环境由甲方自行准备，并应符合乙方提供的配置要求。因甲方运行环境不符合要求导致的问题，由甲方自行负责。

4.4 乙方为甲方提供一次集中操作培训，培训时间不超过两个工作日，培训地点在甲方工作室。甲方需要增加培训的，按乙方标准收费。

## 第五条 需求确认与变更

5.1 甲方应在合同签订后十个工作日内提供完整的业务需求，乙方据此编制需求说明书，经甲方签字确认后作为开发依据。甲方逾期未确认的，视为同意乙方编制的需求说明书。

5.2 需求说明书确认后，甲方提出新增或修改需求的，乙方评估工作量后另行报价，双方签订补充协议后实施，交付期限相应顺延。

5.3 需求说明书未列明的功能，不属于乙方交付义务。

## 第六条 验收

6.1 系统上线运行之日即视为甲方验收合格。

6.2 系统上线运行后，甲方即可将系统用于日常生产管理。甲方在上线后使用中发现问题的，可以书面形式向乙方反馈，乙方将根据问题情况安排处理，但不影响验收结论及付款义务。

## 第七条 知识产权

7.1 软件产品及本合同项下定制开发成果（包括但不限于源代码、数据库设计、接口程序、页面设计及技术文档）的全部知识产权归乙方所有。

7.2 甲方在本合同约定的许可范围内享有定制开发成果的非独占使用权，未经乙方书面许可，甲方不得修改、反向工程、复制或提供给任何第三方使用。

7.3 乙方有权将定制开发成果用于其他客户或纳入乙方标准产品。

## 第八条 免费维护及后续服务

8.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内，乙方对软件自身缺陷免费修复。

8.2 免费维护期内，乙方提供工作日远程技术支持。一级故障（系统无法登录或核心功能无法使用）乙方在8小时内响应，其他问题在三个工作日内响应，具体处理时间视问题复杂程度确定。乙方可根据问题情况提供远程指导、补丁程序或临时解决方案，需现场服务的，差旅费用由甲方承担。

8.3 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订维护服务合同，维护费用按乙方当年公布的服务价格标准执行。

8.4 因甲方操作不当、擅自修改、计算机病毒或第三方软硬件原因导致的故障，不属于免费维护范围，乙方可提供有偿服务。

## 第九条 数据安全

9.1 甲方在软件中录入的工艺数据、作品信息、客户及订单数据归甲方所有，乙方仅为履行本合同之目的接触和处理上述数据，不得用于其他目的。

9.2 乙方进行远程维护时应经甲方同意，采取身份认证、操作记录等必要的安全措施，不得擅自复制、删除或修改甲方数据。因乙方原因导致甲方数据泄露或丢失的，乙方应在知悉后24小时内通知甲方，协助采取补救措施，并依照第十二条承担相应责任。

## 第十条 双方的其他权利义务

10.1 甲方应指定一名联系人负责需求沟通、资料提供和问题反馈，并保证所提供的画稿、图片、作品说明等资料不侵犯他人权利。

10.2 甲方不得将软件产品转让、出租、出借给任何第三方，不得超出许可范围使用；甲方增加用户数或新增使用场所的，应按乙方报价另行购买许可。

10.3 乙方有权在其宣传资料、客户名单及案例介绍中使用甲方名称和项目情况。

10.4 乙方对软件的升级版本享有自主决定权，免费维护期内的升级仅限于缺陷修复版本，功能升级版本需另行购买。

## 第十一条 保密

双方对在合同履行中知悉的对方技术秘密、经营信息和其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 第十二条 违约责任

12.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的25%。

12.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十三条 合同解除

任何一方严重违反本合同约定，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同。甲方已支付的定制开发费用不予退还。合同解除后，甲方应停止使用尚未付清款项部分对应的软件及开发成果。

## 第十四条 不可抗力

因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。不可抗力持续超过六十日的，双方可协商变更或解除合同。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同附件：需求说明书（以乙方确认版本为准）。

16.3 本合同未尽事宜，以乙方官网公布的通用服务条款为准；通用服务条款与本合同不一致的，以本合同为准。

甲方（盖章）：桃源坞木版年画工作室　　　乙方（盖章）：墨匠软件科技有限公司

签订日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SPS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 March 2027 between:
P:(1) Scaldis Planning Systems SA, a company incorporated in Belgium with its registered office at Rue de la Wallonie 41, 7500 Tournai, Belgium (the "Supplier"); and
P:(2) Ningbo Haoyuan Glass Fibre Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer").
P:The Customer wishes to acquire a perpetual licence to the Supplier's advanced planning and scheduling software and to have it implemented at its two furnace plants, and the Supplier is willing to grant that licence and to perform those services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's ScaldisAPS product, version 9, in object code, including the finite-capacity scheduler, the furnace campaign planner and the demand planning module, together with its user and administrator documentation.
P:1.2 "Custom Deliverables" means all interfaces, reports, planning rules, scripts, configurations and documents created by the Supplier specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP and MES systems.
P:1.3 "Customer Data" means all data that the Customer or its users enter into, upload to or generate with the Software, including production orders, recipes, capacity data and cost data.
P:1.4 "Go-Live" means the first day on which the Software is used to issue production schedules for both plants; "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own internal business purposes at its plants in the People's Republic of China, for up to 60 named users and two production sites.
P:2.2 The Customer may make backup copies and may allow its contractors to use the Software on its behalf, provided that they are bound by confidentiality obligations no less strict than those in Article 9.
P:2.3 Additional users or sites may be licensed at the unit prices in Annex 2, which remain fixed for three years after Final Acceptance.
H:Article 3 Services and Price
P:3.1 The Supplier shall perform the implementation services described in Annex 1, including process workshops, configuration, data migration, the ERP and MES interfaces, integration testing, training of key users and go-live support at both plants.
P:3.2 The total price of this Agreement is CNY 1,670,000, made up as follows: licence fee CNY 1,240,000; implementation services CNY 386,000; training CNY 44,000. The price is fixed and includes all travel, expenses and taxes payable by the Supplier.
P:3.3 The Supplier shall complete the implementation and reach Go-Live within 150 days after the date of this Agreement, in accordance with the project plan in Annex 1.
H:Article 4 Payment
P:4.1 The Customer shall pay the total price in the following instalments: (a) 20% within 30 days after signature of this Agreement and receipt of the Supplier's invoice; (b) 45% within 30 days after Go-Live; and (c) 35% within 30 days after Final Acceptance.
P:4.2 All invoices shall be issued in CNY. The Supplier may invoice through its authorised distributor in Shanghai, which shall issue valid PRC VAT invoices. Payments are made to the bank account named in the invoice.
H:Article 5 Acceptance
P:5.1 After Go-Live, the Software shall run in production for a period of 45 days (the "Acceptance Period"). The Supplier shall then submit an acceptance report.
P:5.2 Final Acceptance is reached when all of the following criteria are met: (a) all functions in the functional specification in Annex 1 have been tested and passed; (b) a full weekly schedule for both plants is generated in less than 10 minutes; (c) order, inventory and capacity data exchanged with the ERP and MES systems reconcile without error for 20 consecutive working days; (d) no Severity 1 defect is open and no more than three Severity 2 defects remain open with agreed workarounds; and (e) the documentation and the source code of the Custom Deliverables have been delivered.
P:5.3 The Customer shall sign an acceptance certificate within ten working days after the criteria are met, or state in writing which criteria have not been met. Go-Live, use of the Software in production or any payment does not by itself constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications for a warranty period of 24 months from Final Acceptance. During the warranty period the Supplier shall correct defects, provide new releases and patches and provide support free of charge.
P:6.2 Severity 1 defects (the scheduler cannot run or schedules cannot be issued to a plant) shall be responded to within 1 hour and resolved or worked around within 8 hours; Severity 2 defects shall be responded to within 2 hours and resolved within three working days.
P:6.3 If the Supplier misses a response or resolution time for a Severity 1 defect, it shall credit the Customer CNY 1,500 for each hour of delay, to be deducted from the next payment or refunded.
P:6.4 After the warranty period, the Customer may purchase annual maintenance and support. The annual fee is 11% of the licence fee, that is CNY 136,400 per year, fixed for the first three years after the warranty period. Maintenance is ordered by the Customer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Supplier retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer from creation. The Supplier shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Software is installed in the Customer's data centre. Remote access by the Supplier requires the Customer's approval for each session, shall be made through the Customer's VPN with multi-factor authentication, and shall be logged. The Supplier shall not copy Customer Data outside the Customer's systems.
P:8.3 The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement. It shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, shall take all necessary remedial measures, and shall be liable for the Customer's losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production recipes, cost data, customer lists and the terms of this Agreement, and shall use it only for the purposes of this Agreement.
P:9.2 These obligations continue for five years after the end of this Agreement and do not apply to information that is public or lawfully received from a third party.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The Supplier's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for infringement of third-party rights, breach of Articles 8 or 9, wilful misconduct or gross negligence.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the services without the Customer's prior written consent, except to its own Shanghai distributor named in Annex 1, and remains responsible for all work performed by any subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 The Customer may also terminate this Agreement by written notice if the liquidated damages under Article 10.1 reach their maximum. In that case the Supplier shall refund the amounts paid for the services not accepted.
H:Article 13 Force Majeure
P:Neither party is liable for a failure to perform caused by events beyond its reasonable control, provided that it informs the other party promptly and uses reasonable efforts to resume performance.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Belgium.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the competent courts of Tournai, Belgium. Before starting proceedings, the parties shall try to settle the dispute by negotiation between their senior managers for 30 days.
H:Article 15 General
P:15.1 This Agreement, together with Annex 1 (Implementation Scope and Project Plan) and Annex 2 (Price List), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For the Supplier: ____________________    For the Customer: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — SUPPLIER QUALITY CLOUD

Order Form No. SVS-OF-2027-0088

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Sûre Valley Software S.à r.l., 12 Avenue Salentiny, L-9080 Ettelbruck, Grand Duchy of Luxembourg, acting for the delivery of the Service in China through its wholly owned subsidiary Sûre Valley Software (Shanghai) Co., Ltd.
- **Customer:** Hangzhou Lüye Food Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang Province.

### A2. Subscribed Service

The Customer subscribes to the Provider's "Supplier Quality Cloud" software-as-a-service (the "Service"), comprising the supplier onboarding portal, supplier audit planning and mobile audit app, non-conformance and corrective action (CAPA) workflows, certificate expiry tracking and supplier scorecards, for 120 named users and up to 900 active supplier records. The Service is hosted in a mainland China cloud region operated for the Provider by a licensed local cloud service provider.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 120 users, 900 supplier records | 248,000 |
| Subscription, Subscription Year 2 | 120 users, 900 supplier records | 248,000 |
| Onboarding services | one-time, fixed price | 42,000 |
| **Total Order Value** | | **538,000** |

Additional users may be added during the Subscription Term at CNY 1,900 per user per Subscription Year, pro rata. Fees include VAT at the applicable rate.

### A4. Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years, beginning on the date of Onboarding Acceptance under Section 4 of Part B. The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A5. Invoicing and Payment

1. The onboarding fee is invoiced after Onboarding Acceptance.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. Invoices are payable within 30 days after receipt of a valid PRC VAT invoice issued by the Provider's Shanghai subsidiary.

### A6. Special Terms

1. Onboarding shall be completed within 60 days after signature of this Order Form, subject to the Customer providing its supplier master data and user list on time.
2. The Customer's single sign-on (SSO) will be integrated with the Service during onboarding.
3. In the event of any conflict, this Part A prevails over Part B.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and images submitted to the Service by or for the Customer or its suppliers, including supplier records, audit reports, certificates and photographs.

1.2 "Customer Configurations" means the workflows, audit checklists, scorecard formulas, forms and report templates configured by the Provider specifically for the Customer.

1.3 "Documentation" means the Provider's user guides and online help for the Service as updated from time to time.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with the Documentation. The Provider will use commercially reasonable efforts to keep the Service available, and will try to schedule maintenance outside the Customer's business hours.

2.2 Support is provided through the Provider's ticket portal and by e-mail on Chinese working days between 9:00 and 18:00 Beijing time. The Provider will handle tickets in the order of their urgency as it reasonably assesses it.

2.3 The Provider may update the Service from time to time, provided that no update materially reduces the functions described in Part A.

### 3. Customer Obligations

3.1 The Customer is responsible for its users' compliance with these General Terms and for the accuracy of the data it submits.

3.2 The Customer shall keep its user credentials secure and inform the Provider promptly of any unauthorised use.

### 4. Onboarding and Acceptance

4.1 During onboarding the Provider shall configure the Customer Configurations, integrate SSO, import the Customer's supplier master data and train the Customer's key users and administrators.

4.2 When onboarding is complete, the Provider shall notify the Customer. The Customer shall test the Service within ten working days against the following criteria: (a) all 900 supplier records and their certificates are imported and reconcile with the Customer's master list; (b) SSO login works for all named users; (c) three end-to-end audit cycles, including a CAPA workflow, have been completed in the test environment without error; and (d) the agreed scorecard reports produce correct results for a sample month.

4.3 Onboarding Acceptance occurs when the Customer confirms in writing that the criteria have been met. If a criterion is not met, the Provider shall correct the deficiency and repeat the test at its own cost. Use of the Service for training does not constitute acceptance.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including in aggregated or anonymised form.

5.2 The Provider shall maintain an information security management system certified to ISO/IEC 27001 and an MLPS level 3 filing for the Service, encrypt Customer Data in transit and at rest, restrict access to authorised personnel, log all administrative access and keep Customer Data within mainland China.

5.3 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, take all reasonable steps to contain it, and be liable for the Customer's losses caused by its failure to comply with this Section 5.

5.4 Within 30 days after the end of the Subscription Term, the Provider shall return Customer Data in a common machine-readable format and then delete it, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service and the Documentation.

6.2 The Customer Configurations belong to the Customer. The Provider shall export them on request, and the Customer may use, modify and license them freely, including with another service provider.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

7.2 This Section survives for three years after the end of the Subscription Term.

### 8. Liability

8.1 Each party's total liability arising out of or in connection with this Order Form is limited to 150% of the Total Order Value.

8.2 The limitation does not apply to breach of Section 5 or Section 7, infringement of intellectual property rights, or wilful misconduct.

### 9. Subcontracting

9.1 The Provider may use the hosting provider named in Part A. Any other subcontracting of the Service or of any processing of Customer Data requires the Customer's prior written consent.

9.2 The Provider remains fully responsible for its subcontractors.

### 10. Term and Termination

10.1 These General Terms apply for the Subscription Term.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach that is not remedied within 30 days after written notice.

10.3 If the Customer terminates under Section 10.2, the Provider shall refund the subscription fees paid for the remainder of the current Subscription Year.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. Fees and Taxes

12.1 The fees in Part A are fixed for the Subscription Term. The Provider shall not charge any fee that is not stated in Part A or agreed in a signed change order.

12.2 Each party bears its own taxes as required by law. If the Customer disputes an invoice in good faith, it shall notify the Provider within 15 working days and pay the undisputed part, and the parties shall resolve the disputed part by discussion.

### 13. Force Majeure

13.1 Neither party is liable for a delay or failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government actions or a large-scale failure of public networks, provided that it notifies the other party promptly and makes reasonable efforts to resume performance.

13.2 If a force majeure event prevents the use of the Service for more than 30 consecutive days, either party may terminate this Order Form by written notice, and the Provider shall refund the fees paid for the period after termination.

### 14. Compliance

14.1 Each party shall comply with the anti-bribery, export control and data protection laws that apply to it in connection with this Order Form.

14.2 The Provider shall ensure that its personnel who visit the Customer's premises follow the Customer's site safety, hygiene and food safety rules.

### 15. General

15.1 Neither party may assign this Order Form without the other's prior written consent.

15.2 Notices shall be given in writing to the addresses in Part A.

Signed for the Provider: ____________________    Signed for the Customer: ____________________
"""

E03 = """T:PURCHASE CONTRACT FOR WIRELESS TEMPERATURE SENSORS AND MONITORING SOFTWARE
P:Contract No. DJCC-PUR-2027-0217
P:Buyer: Shanghai Dongjing Cold Chain Logistics Co., Ltd., registered in Shanghai, the People's Republic of China (the "Buyer").
P:Supplier: Denderbridge Sensing NV, Industrielaan 18, 9320 Aalst (Erembodegem), Belgium (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates cold stores and cross-docking warehouses in Shanghai, Kunshan and Jiaxing and wishes to replace its wired temperature recorders with a wireless monitoring system. The Supplier has offered such a system in its tender of 14 January 2027, which the Buyer has accepted on the terms below.
H:1. Definitions and Scope
P:1.1 "Devices" means the wireless temperature and humidity sensors, door contacts and gateways listed in the price table in Clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, including the alarm engine, the GSP-compliant reporting module and the mobile alarm app.
P:1.3 "System" means the Devices and the Software together, installed and configured at the Buyer's three sites.
P:1.4 The Supplier shall supply the Devices, grant the Software licence, install and commission the System, integrate it with the Buyer's warehouse management system (WMS), calibrate all sensors and train the Buyer's staff.
H:2. Price
P:2.1 The contract price is CNY 1,160,000, inclusive of VAT, customs duties, freight, insurance and all other costs of the Supplier, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|420|1,150|483,000
TB:2|LoRa gateway with 4G backup|36|6,800|244,800
TB:3|ColdWatch software, perpetual site licence (3 sites)|1|318,000|318,000
TB:|Devices and Software subtotal|||1,045,800
TB:4|Installation, commissioning and WMS integration|1|96,200|96,200
TB:5|Training of operators and administrators|1|18,000|18,000
TB:|Contract price|||1,160,000
P:2.2 The price is fixed and shall not be adjusted for exchange rate movements, changes in component costs or any other reason. Additional sensors and gateways ordered by the Buyer during the warranty period shall be supplied at the unit prices in the table above.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Devices DDP to the Buyer's Shanghai site within 60 days after signature of this Contract and complete installation and commissioning at all three sites within 45 days after delivery.
P:3.2 Each Device shall be new, carry a calibration certificate traceable to national standards and be labelled with its serial number and mounting location.
P:3.3 Installation shall be carried out without interrupting the Buyer's cold store operations. The Supplier shall agree the installation schedule with each site manager in advance.
P:3.4 The Supplier shall train the Buyer's warehouse operators, quality staff and system administrators at each site, covering alarm handling, report generation, sensor replacement and basic troubleshooting, and shall provide training materials in Chinese.
P:3.5 The Supplier shall keep spare Devices and components available for at least seven years after Final Acceptance and shall inform the Buyer in writing at least six months before any Device model is discontinued, offering a compatible replacement at no higher price.
H:4. Payment
P:4.1 The Buyer shall pay the contract price as follows: (a) 10% within 20 working days after signature of this Contract, against an advance payment guarantee from a bank acceptable to the Buyer; (b) 55% within 20 working days after delivery and completion of installation at all three sites, which shall not constitute acceptance; and (c) 35% within 20 working days after Final Acceptance.
P:4.2 Each payment is subject to receipt of a valid VAT invoice issued by the Supplier's authorised importer in China.
H:5. Acceptance
P:5.1 After installation the System shall operate under normal conditions for a trial period of 30 days.
P:5.2 Final Acceptance is given when: (a) every sensor reports at the configured interval with no more than 0.5% of readings missing over the trial period; (b) measured temperatures agree with the Buyer's reference thermometers within ±0.3 °C at three test points per cold room; (c) alarms reach the mobile app within 60 seconds in ten consecutive tests per site; (d) readings are transferred to the WMS without error for 15 consecutive days; and (e) the GSP audit reports, calibration certificates, as-built drawings and manuals are delivered.
P:5.3 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met. Delivery, installation or use of the System does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Devices and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Devices, recalibrate sensors once a year, correct Software defects and provide new releases free of charge. Replaced Devices shall be new and calibrated, and the warranty period for a replaced Device starts again on the date of replacement. The Supplier shall bear the cost of transport, travel and labour for all warranty work.
P:6.2 Sensor batteries shall last at least five years at the configured reporting interval. The Supplier shall replace free of charge any battery that fails earlier.
H:7. Service Levels
P:7.1 During the warranty period the monitoring service of the System (the Software and the gateways, as operated by the Supplier under Clause 6) shall achieve a monthly availability of 99.5%, excluding maintenance agreed with the Buyer in advance.
P:7.2 Priority 1 incidents (loss of monitoring or alarms for a whole cold room or site) shall be responded to within 2 hours and restored within 8 hours. Priority 2 incidents (individual sensor or gateway failures) shall be responded to within 8 hours and resolved within two working days.
P:7.3 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, it shall pay the Buyer CNY 1,000. For each full 0.1 percentage point by which monthly availability falls short of the committed level, it shall pay the Buyer CNY 2,000. These amounts are deducted from the next payment or from the warranty deposit.
H:8. Maintenance after Warranty
P:8.1 After the warranty period the Supplier shall, if the Buyer so orders, provide annual maintenance on the same terms as Clauses 6 and 7 for an annual fee of 8% of the Devices and Software subtotal, that is CNY 83,664 per year.
P:8.2 This fee is fixed for the first two years after the warranty period. Maintenance is ordered by the Buyer year by year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Software and grants the Buyer a perpetual licence to use it at its sites.
P:9.2 The WMS interface, the custom dashboards and the report templates developed for the Buyer under this Contract, including their source code, belong to the Buyer. The Buyer may use, modify and license them freely.
H:10. Data Security
P:10.1 All temperature records, alarm logs and other data generated by the System belong to the Buyer. The Supplier shall use such data only to perform this Contract.
P:10.2 The Software shall be installed on the Buyer's servers. The Supplier's remote access requires the Buyer's approval for each session, shall use the Buyer's VPN and shall be logged. The Supplier shall ensure that the Devices and gateways use encrypted communication and that default passwords are changed.
P:10.3 The Supplier shall report any security incident affecting the System or the Buyer's data to the Buyer within 6 hours, take remedial measures at its own cost and compensate the Buyer for losses caused by the Supplier's breach of this Clause 10.
H:11. Delay
P:11.1 If the Supplier fails to deliver the Devices or to complete installation by the dates in Clause 3.1, it shall pay liquidated damages of 0.1% of the contract price for each day of delay.
P:11.2 If the delay exceeds 45 days, the Buyer may terminate this Contract under Clause 13.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract the installation or any other part of this Contract without the Buyer's prior written consent.
P:12.2 The Supplier remains fully responsible for the performance of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after the Buyer's notice.
P:13.2 On termination the Supplier shall refund all amounts paid for Devices and services that have not been accepted, and compensate the Buyer's direct losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes that cannot be settled by negotiation shall be brought before the people's court with jurisdiction over the Buyer's domicile in Shanghai.
H:15. Force Majeure
P:15.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government measures, provided that it notifies the other party within five days and uses reasonable efforts to limit the effects. Time for performance is extended accordingly.
P:15.2 If such an event continues for more than 60 days, the parties shall discuss in good faith whether to continue, change or end this Contract.
H:16. Miscellaneous
P:16.1 The Supplier's tender and the Buyer's technical specification are annexed to this Contract. In case of conflict, this Contract prevails.
P:16.2 This Contract is made in Chinese and English in two originals each. Both versions have equal validity.
P:Buyer: ____________________    Supplier: ____________________
"""

E04 = """# MANAGED IT INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. LDO-CZ-2027-003

This Managed IT Infrastructure Services Agreement is entered into on 2 February 2027 by:

- **Limburg Digital Operations NV**, Kempische Steenweg 293, 3600 Genk, Belgium, performing the services in China through its wholly owned subsidiary Limburg Digital Operations (Suzhou) Co., Ltd. (together, the "Provider"); and
- **Changzhou Ruitai Auto Parts Co., Ltd.**, a company incorporated in the People's Republic of China, Wujin District, Changzhou, Jiangsu Province (the "Customer").

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and service credits in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses, stores or processes in performing the Services.

1.5 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.

## 2. Term

2.1 This Agreement starts on signature. The Services shall be provided for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. Services

3.1 The Provider shall perform the Services in accordance with Schedule 1, the Service Levels and good industry practice, including ITIL-based incident, problem, change and configuration management.

3.2 The Provider shall assign a named service delivery manager and a team located in Suzhou and Changzhou, and shall not replace key personnel without the Customer's approval, which shall not be unreasonably withheld.

3.3 The Provider shall provide a monthly service report covering incidents, changes, capacity, backups, patch status and Service Level performance, and shall attend a monthly service review with the Customer.

## 4. Transition and Acceptance

4.1 The Provider shall complete the transition of the Services from the Customer's current arrangements within 75 days after signature of this Agreement, in accordance with the transition plan in Schedule 1.

4.2 Transition is accepted when all of the following criteria are met: (a) all servers, storage, network and end-user devices in the asset register are under monitoring; (b) a full backup and a test restore of each critical system have been completed successfully; (c) the runbooks for all critical systems are approved by the Customer; (d) the service desk has operated in parallel with the Customer's team for ten working days with all tickets handled within the Service Levels; and (e) the Provider has passed the Customer's security access review.

4.3 The Customer shall sign the transition acceptance certificate within five working days after the criteria are met. Partial operation of the Services does not constitute acceptance.

4.4 If transition is not accepted by the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3 and are fixed for the Service Term.

5.2 The transition charge is invoiced after transition acceptance. The monthly charge is invoiced at the end of each month of the Service Term.

5.3 The Customer shall pay each undisputed invoice within 30 days after receiving a valid PRC VAT invoice. Service credits are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose, in any form.

6.2 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and with the Customer's information security policies. It shall keep Customer Data in mainland China, access Customer systems only through the Customer's privileged access management system with multi-factor authentication, and keep access logs for at least one year.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data or Customer systems within 2 hours after becoming aware of it, cooperate in the investigation and remediation, and be liable for the Customer's losses caused by its breach of this Section 6.

6.4 On expiry or termination, the Provider shall return all Customer Data and documentation and securely delete any copies, and certify the deletion in writing.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party, including network designs, passwords, product drawings and commercial terms, and shall use it only to perform this Agreement.

7.2 The Provider shall ensure that its personnel are bound by written confidentiality undertakings. This Section survives for five years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Provider retains its pre-existing tools and know-how.

8.2 Runbooks, scripts, configurations, documentation and reports created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a successor provider.

## 9. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its approved subcontractors.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the Service Term.

10.2 The limit does not apply to breach of Section 6 or Section 7, personal injury, wilful misconduct or gross negligence.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after written notice, or if the Provider fails the same critical Service Level in three consecutive months.

11.2 The Provider may terminate this Agreement if the Customer fails to pay undisputed Charges for more than 60 days after a written reminder.

11.3 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, so that the Services can be transferred to the Customer or a successor provider without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Changzhou Arbitration Commission for arbitration in Changzhou. The award is final and binding.

## 13. Customer Responsibilities

13.1 The Customer shall give the Provider timely access to its sites, systems and documentation, appoint a contract manager and approve changes within the agreed times.

13.2 The Customer remains responsible for its software licences, hardware purchases and third-party support contracts, unless Schedule 1 states otherwise. The Provider shall manage those third-party suppliers on the Customer's behalf as part of the Services.

## 14. Force Majeure

Neither party is liable for a failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. The Provider's business continuity obligations in Schedule 1 are not excused by such events.

## 15. General

This Agreement, together with Schedules 1 to 3, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

## Schedule 1 — Services

| Service tower | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English, phone, e-mail and portal, 1,150 users at two plants | 7 × 24 |
| Data centre operations | 86 virtual servers, 14 physical servers, 2 storage arrays, backup | 7 × 24 monitoring |
| Network operations | core and plant networks, 180 switches, 240 access points, firewalls | 7 × 24 monitoring |
| End-user support | desktop and laptop support, deskside at both plants | Mon–Sat 8:00–20:00 |
| Security operations | patching, anti-malware, vulnerability scans, log review | 7 × 24 monitoring |
| Transition | asset discovery, knowledge transfer, runbooks, parallel run | first 75 days |

## Schedule 2 — Service Levels

| Measure | Level | Service credit |
|---|---|---|
| Availability of critical systems (ERP, MES, e-mail), monthly | 99.95% | 3% of the monthly charge per 0.02 percentage points below the level |
| Priority 1 incident response | 15 minutes | CNY 1,000 per hour late |
| Priority 1 incident restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 incident response | 1 hour | CNY 500 per hour late |
| Service desk calls answered within 30 seconds | 90% | 2% of the monthly charge |
| Failed daily backup re-run successfully | same day | 2% of the monthly charge |

Priority 1 means the loss of a critical system or of a production line's IT services at a plant.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, fixed | 64,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| **Total Charges for the Service Term** | | **2,152,000** |
| Exit assistance beyond the plan | per consultant day | 3,800 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. ADS-QD-2027-011

BETWEEN

Ardenne Data Services S.A., Rue du Sablon 57, 6600 Bastogne, Belgium ("Vendor")

AND

Qingdao Haibo Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qingdao, Shandong Province ("Customer").

BACKGROUND

The Customer trades grains and oilseeds and wishes to receive, through an application programming interface, the Vendor's daily price assessments, crop condition indices and weather forecast data for its trading and risk systems. The Vendor agrees to provide that data on the terms of this Agreement.

1. DEFINITIONS

1.1 "Data" means the price assessments, crop condition indices, weather forecasts and historical series described in Schedule A, as updated by the Vendor from time to time.

1.2 "API" means the Vendor's REST application programming interface through which the Data is delivered, including its documentation and authentication keys.

1.3 "Subscription Year" means each period of 365 consecutive days starting on the Go-Live Date or on an anniversary of it. The Subscription Term consists of two Subscription Years.

1.4 "Go-Live Date" means the date on which the Customer confirms acceptance of the integration under Clause 4.

1.5 "Customer Data" means all data that the Customer submits to the Vendor or the API, including watch lists, portfolio positions, user details and query parameters.

2. SUBSCRIPTION AND LICENCE

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to receive the Data through the API and to use it internally for trading, procurement, risk management and reporting, for up to 40 named users and three connected internal systems.

2.2 The Customer may store the Data in its systems and keep using Data received during the Subscription Term for internal historical analysis after the term ends. The Customer shall not resell the Data or publish it in raw form.

2.3 The Customer may include limited extracts of the Data in internal reports and in reports to its banks, auditors and regulators.

3. FEES AND PAYMENT

3.1 The fees are:

    Subscription Year 1 (Data package "Grains Pro", API access, 40 users)   CNY 312,000
    Subscription Year 2 (same package)                                        CNY 327,600
    Integration support (one-time, fixed)                                     CNY 26,000
    Total                                                                     CNY 665,600

3.2 The integration support fee is invoiced after the Go-Live Date. The fee for each Subscription Year is invoiced at the start of that Subscription Year.

3.3 The Customer shall pay each invoice within 30 days after receiving a valid invoice. Invoices for the Customer are issued in CNY by the Vendor's authorised reseller in Qingdao.

3.4 API calls above the monthly volume in Schedule A are charged at the overage rate in Schedule A and are not part of the total above.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall provide API keys, a test environment, sample files, integration guidance and up to 15 consultant days of integration support, so that the Data can be loaded into the Customer's trading and risk systems within 45 days after signature.

4.2 The integration is accepted when: (a) all Data series in Schedule A are delivered through the API for ten consecutive business days; (b) the daily price files arrive by 17:00 Beijing time on each of those days; (c) a full ten-year history has been loaded and reconciled against the Vendor's control totals; and (d) the Customer's systems have processed the Data without mapping errors.

4.3 The Customer shall confirm acceptance in writing within five business days after the criteria are met, or describe the failures. Test use of the Data does not constitute acceptance.

4.4 If the Go-Live Date is delayed beyond the date in Clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced five business days in advance and carried out between 00:00 and 04:00 Beijing time on Sundays.

5.2 Priority 1 incidents (the API is unavailable, or the daily price files are missing or materially wrong) shall be responded to within 1 hour and resolved within 6 hours. Priority 2 incidents shall be responded to within 3 hours and resolved within two business days.

5.3 If availability falls below the level in Clause 5.1 in any month, the Vendor shall credit the Customer 5% of one twelfth of the fee for the current Subscription Year for each started 0.1 percentage point of shortfall. If a Priority 1 incident is not resolved within the resolution time, the Vendor shall credit CNY 800 for each further hour. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 The Vendor shall correct any material error in the Data promptly after becoming aware of it and shall notify the Customer of each correction.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer.

6.2 The Vendor shall use Customer Data only to provide the API and the Data to the Customer under this Agreement and shall not use it for any other purpose, including in aggregated or anonymised form.

6.3 At the end of the Subscription Term the Vendor shall return Customer Data on request and then delete it.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's positions, watch lists and trading strategies and the Vendor's methodologies and pricing, and shall use it only for the purposes of this Agreement.

7.2 Each party may disclose such information to its employees, auditors and advisers who need to know it and are bound by similar obligations, and where required by law.

7.3 This Clause survives for five years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Vendor owns all rights in the Data, its methodologies and the API.

8.2 Any custom data mappings, extracts and report templates prepared by the Vendor specifically for the Customer under Clause 4 belong to the Customer, which may use, modify and license them freely.

8.3 The Vendor shall indemnify the Customer against claims that the Customer's use of the Data or the API in accordance with this Agreement infringes the rights of a third party.

9. LIABILITY

9.1 Each party's total liability under or in connection with this Agreement is limited to the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

9.2 This limit does not apply to the indemnity in Clause 8.3, to a breach of Clause 7, or to wilful misconduct.

9.3 The Vendor does not give investment advice and is not liable for trading decisions taken by the Customer on the basis of the Data.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 The Vendor shall not subcontract the delivery of the Data or the operation of the API without the Customer's prior written consent, except to its data centre provider named in Schedule A.

10.2 Neither party may assign this Agreement without the other party's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. The parties may agree a renewal in writing.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If the Customer terminates under Clause 11.2, the Vendor shall refund the fees paid for the period after termination.

12. FORCE MAJEURE

Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.

14. GENERAL

14.1 Schedule A (Data Package, Volumes and Overage Rates) forms part of this Agreement.

14.2 Amendments must be in writing and signed by both parties.

SCHEDULE A - DATA PACKAGE, VOLUMES AND OVERAGE RATES

A.1 Data package "Grains Pro": daily price assessments for wheat, corn, soybeans, soybean meal, rapeseed and barley at 38 origin and destination points, including CFR China and major Chinese ports; weekly crop condition indices for the main producing regions of the Americas, the Black Sea, Europe and Australia; 15-day weather forecasts and 90-day seasonal outlooks for the same regions; and historical series for all of the above from 2017.

A.2 Delivery: daily price files by 17:00 Beijing time on business days, crop condition indices every Tuesday, weather forecasts four times a day, all through the API in JSON and CSV formats.

A.3 Included volume: 600,000 API calls per month. Overage: CNY 90 per additional 10,000 calls, invoiced quarterly in arrears.

A.4 Data centre provider: the Vendor's hosting provider in Frankfurt, Germany, with a content delivery node in Shanghai for delivery to the Customer.

For the Vendor: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------- design and labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def d(name, fmt, lang, category, values, extra, rules, tco_base=None, src=None):
    terms = dict(zip(TERM_KEYS, values))
    return {"name": name, "fmt": fmt, "lang": lang, "category": category, "terms": terms, "extra": extra,
            "rules": sorted(rules), "tco_base": tco_base, "src": src}


def ex(sla, ld, capped, deemed, value):
    e = {"sla_clause": sla, "ld_stated": ld}
    if capped is not None:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


DESIGN = {
    "h930z01": d("h930z01_housing_bureau_property_service_rating_platform.pdf", "pdf", "zh", "software",
                 [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                  "PRC", G], ex(True, True, True, False, 1470000), [], tco_base=860000, src=Z01),
    "h930z02": d("h930z02_reading_glasses_factory_line_control_retrofit.docx", "docx", "zh", "hardware",
                 [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 27, False, True, False,
                  "PRC", G], ex(True, True, True, False, 2260000),
                 ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], tco_base=1936000, src=Z02),
    "h930z03": d("h930z03_beach_combing_chain_booking_membership_saas.txt", "txt", "zh", "cloud",
                 [99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True, True,
                  False, "PRC", S], ex(True, True, None, False, 534000),
                 ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], src=Z03),
    "h930z04": d("h930z04_transport_bureau_bus_station_security_check_om.txt", "txt", "zh", "services",
                 [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False,
                  True, None, S], ex(True, True, None, False, 368000),
                 ["CR-SUBCONTRACT", "CR-TERMINATION"], src=Z04),
    "h930z05": d("h930z05_woodblock_print_studio_process_tracking_supplier_template.md", "md", "zh", "software",
                 [None, 8, False, "supplier", True, True, True, 0.02, 25, 65, False, False, 6, None, False, True, None,
                  "PRC", G], ex(True, True, False, True, 440000),
                 ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                  "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], tco_base=168000, src=Z05),
    "h930e01": d("h930e01_planning_software_perpetual_licence_tournai_vendor.pdf", "pdf", "en", "software",
                 [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
                  "Belgium", G], ex(True, True, True, False, 1670000), ["CR-GOVERNING-LAW"], tco_base=1240000,
                 src=E01),
    "h930e02": d("h930e02_supplier_quality_saas_order_form_ettelbruck_vendor.md", "md", "en", "cloud",
                 [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
                  False, "PRC", S], ex(False, False, None, False, 538000),
                 ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], src=E02),
    "h930e03": d("h930e03_cold_chain_sensors_monitoring_licence_aalst_vendor.docx", "docx", "en", "hardware",
                 [99.5, 2, True, "buyer", True, True, False, 0.1, None, 10, True, True, 36, 8, False, True, False,
                  "PRC", G], ex(True, True, True, False, 1160000),
                 ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], tco_base=1045800, src=E03),
    "h930e04": d("h930e04_managed_it_services_36_months_genk_vendor.md", "md", "en", "services",
                 [99.95, 0.25, True, "buyer", True, True, True, 1800 / 2152000 * 100, 150, None, True, None, None, None,
                  False, True, False, "PRC", S], ex(True, True, None, False, 2152000), [], src=E04),
    "h930e05": d("h930e05_grain_data_api_subscription_bastogne_vendor.txt", "txt", "en", "cloud",
                 [99.95, 1, True, "buyer", False, True, True, 500 / 665600 * 100, 6 / 24 * 100, None, True, None, None,
                  None, False, True, False, "PRC", S], ex(True, True, None, False, 665600),
                 ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], src=E05),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack, policy §3 / §4)
AVAIL_T, P1_T, LD_T, CAP_T, PRE_T, WAR_T, PWF_T, TCO_T, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(x):
    t, e = x["terms"], x["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e.get("post_warranty_fee_capped"):
        return None
    if t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * x["tco_base"] * years
    return fees / (e["contract_value"] + fees) * 100


def derive(x):
    """My reading of policy §3 applied to the labels."""
    t, e = x["terms"], x["extra"]
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_T:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_T:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_T:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_T:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PRE_T:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < WAR_T:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > PWF_T:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(x)
        if sh is not None and sh > TCO_T:
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
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(x):
    return {"file": x["name"], "language": x["lang"], "category": x["category"], "expected_terms": x["terms"],
            "expected_extra": x["extra"], "expected_rules": x["rules"]}


# ---------------------------------------------------------------- threshold scan
THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)", r"九十九点九",
    r"(?<![\d.,])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.,])4\s*个?\s*(?:小时|hours?|hrs?)", r"(?<![十\d])四\s*个?\s*小时", r"four\s*hours?",
    r"(?<![\d.,])100(?:\.0+)?\s*%", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.,])15(?:\.0+)?\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.,])12\s*个\s*月", r"(?<![\d.,])12\s*months?", r"十二\s*个\s*月", r"twelve\s*months?",
]
RX = re.compile("|".join(THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "4 hours", "within4hours", "四小时", "0.05%", "万分之五", "100%",
            "100.0 %", "30%", "百分之三十", "15%", "40%", "12个月", "12 months", "十二个月", "twelve months",
            "four hours", "百分之百"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "10.05", "200%",
             "130%", "1.5%", "0.15%", "2027年12月31日", "0.5%", "4G backup", "04:00", "万分之八", "150%", "18个月",
             "百分之三十五", "24 months", "6 hours", "35%", "25%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    for s_ in MUST_HIT:
        assert RX.search(s_), ("must hit", s_)
    for s_ in MUST_MISS:
        assert not scan(s_), ("must miss", s_)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, x in DESIGN.items():
        if x["fmt"] in ("docx", "pdf"):
            sources[key], targets[key] = x["src"], (x["name"], x["fmt"])
        else:
            (OUT / x["name"]).write_text(x["src"].lstrip("\n"), encoding="utf-8")
            print("wrote", x["name"])
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    print("%-9s %-6s %-8s %s" % ("draft", "length", "risk", "rules"))
    for key, x in DESIGN.items():
        t = x["terms"]
        got = derive(x)
        assert got == x["rules"], (key, got, x["rules"])
        covered |= set(got)
        # no label value on a threshold
        assert t["availability_pct"] != AVAIL_T and t["p1_response_hours"] != P1_T
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - LD_T) > 1e-9
        assert t["liability_cap_pct"] != CAP_T and t["prepayment_pct"] != PRE_T
        assert t["warranty_months"] != WAR_T and t["post_warranty_fee_pct"] != PWF_T
        sh = tco_share(x)
        assert sh is None or abs(sh - TCO_T) > 2, (key, sh)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x["extra"]
        text = read_back(OUT / x["name"])
        n = length(text, x["lang"])
        lo, hi = (2750, 3000) if x["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        (OUT / (Path(x["name"]).stem + ".json")).write_text(
            json.dumps(label(x), ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-9s %-6d %-8s %s%s" % (key, n, risk(got), ", ".join(got) or "(none)",
                                     "" if sh is None else "  [TCO share %.1f %%]" % sh))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(x["rules"]) for x in DESIGN.values()]
    assert mix.count(0) == 2 and DESIGN["h930e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["h930z05"]["rules"]) <= 10
    assert sum(1 for k, x in DESIGN.items() if k not in ("h930e01", "h930z05") and 2 <= len(x["rules"]) <= 3) == 6
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
