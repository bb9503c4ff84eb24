"""holdout771: builds the ten blind held-out draft contracts and their .json labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Sources are kept below; .docx and .pdf are built
with ../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries). The labels are written from LABELS; the rules of
each label are derived with my own reading of policy section 3 and compared with DESIGN; all 20 CR rules must fire;
lengths, sums and the threshold scan are asserted on the files as read back.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:矿山生态修复监测平台建设项目合同
P:合同编号：ZRZY-KS-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：东岭市自然资源和规划局
P:乙方（供应商）：青垣遥感信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，就东岭市矿山生态修复监测平台（以下简称“平台”）的软件许可、定制开发及实施事宜，以甲方合同文本订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供矿山生态修复监测平台软件（含遥感影像管理、图斑变化检测、修复工程台账、移动巡查四个子系统）的永久使用许可，部署于甲方政务云专区，不限用户数。
P:1.2 乙方按甲方需求定制开发：（1）历史遗留废弃矿山图斑与年度卫星影像的自动比对模块；（2）修复工程进度填报与审核流程；（3）与省级国土空间基础信息平台、“一张图”系统的数据接口。
P:1.3 乙方负责历史监测数据治理与迁移（约8,600个图斑、2016年以来的年度影像成果）、系统部署、联调及培训。
P:1.4 乙方应组建不少于八人的项目团队，项目经理须具有同类平台建设经验，未经甲方同意不得更换。项目团队名单作为本合同附件。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾贰万陆仟元整（¥2,226,000），含税，包括：平台软件许可费¥1,180,000；定制开发费¥736,000；数据治理与迁移费¥214,000；实施及培训费¥96,000。
P:2.2 合同价款已包含乙方完成本项目所需的全部人工、差旅、第三方组件、测试、部署及税费。
P:2.3 除本合同另有约定外，合同总价为固定价格，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%（¥445,200）作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%（¥1,001,700）。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%（¥779,100）。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方另行协商，但不影响乙方的履约义务。
H:第四条 交付期限
P:4.1 乙方应在合同签订后七十五日内完成部署和数据迁移并提请初步验收，在初步验收后九十日内完成试运行并提请最终验收。
P:4.2 因甲方原因导致进度延误的，工期相应顺延，双方以书面形式确认。
P:4.3 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题及下一阶段计划；甲方可随时检查项目进展，乙方应予配合。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件技术规范所列功能逐项实现；（2）迁移图斑数量、面积、属性与源数据逐项核对一致；（3）图斑变化检测对甲方提供的120个样本图斑的识别率不低于92%；（4）在200个并发用户下常用查询响应时间不超过3秒。
P:5.2 最终验收标准：（1）试运行满九十日，期间未发生一级故障；（2）与省级平台的接口连续运行三十日数据交换无差错；（3）通过第三方网络安全等级保护测评及软件测试；（4）乙方移交源代码、数据库设计文档、操作手册等全部交付文档。
P:5.3 甲方在收到验收申请后十个工作日内组织验收并出具书面意见。未通过的，乙方应在十五日内整改后重新提请验收。平台上线使用、甲方付款均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，维护须提前三日告知甲方）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或数据无法访问）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障（单一子系统不可用）2小时内响应、次日内修复；三级故障（一般功能缺陷）在下一次版本更新中修复。
P:6.3 乙方未达到上述要求的，一级故障每迟延1小时扣减服务费¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥2,000，从下一期应付款或履约保证金中抵扣。
P:6.4 乙方应提供全天候服务热线及在线工单系统，并每月向甲方提交运行报告，列明故障、处理时长及可用率统计。
H:第七条 质保与后续运维
P:7.1 自最终验收合格之日起提供二十四个月免费质保，包括缺陷修复、版本升级、影像数据接入调整及远程技术支持。
P:7.2 质保期内乙方每季度对平台进行一次巡检，出具巡检报告，并为甲方系统管理员和各县区业务人员提供不少于三次的集中培训。
P:7.3 质保期满后，甲方如需继续运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥106,200），该上限在质保期满后三年内保持不变。运维合同逐年另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的模块、接口程序、数据处理脚本及相关源代码和文档，其知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 本项目涉及的遥感影像、图斑数据、修复工程数据及系统日志均属甲方所有，乙方仅可为履行本合同使用，不得以任何形式留存、复制或用于其他目的。
P:9.2 乙方应遵守《数据安全法》及测绘地理信息保密管理规定，在甲方政务云环境内作业，远程运维须经甲方审批并通过堡垒机进行，涉密影像不得离开甲方指定环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合合同约定且整改后仍不合格的，甲方有权要求乙方返还已付款项并赔偿损失。
P:11.3 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方违约的，甲方可从履约保证金中扣收违约金及赔偿款。
P:11.4 甲方逾期付款的，按银行同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同义务全部或部分转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 招标文件、投标文件、中标通知书为本合同组成部分。
P:15.3 合同附件：附件一 技术规范与功能清单；附件二 项目团队名单；附件三 验收方案；附件四 数据安全承诺书。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　授权代表：
P:日期：　　年　　月　　日　　日期：　　年　　月　　日
"""

Z02 = """T:电子体温计生产线控制系统改造及维保合同
P:合同编号：HX-SB-2025-0418
P:甲方：恒信医疗器械（丹阳）有限公司电子体温计厂
P:乙方：苏控智能装备科技有限公司
P:甲方拟对电子体温计SMT贴片线及组装测试线的控制系统进行改造，实现设备联网、工序防错和生产数据追溯。经比选，甲方确定由乙方承担本项目。双方根据《中华人民共和国民法典》订立本合同。
H:一、项目范围
P:（一）对两条SMT贴片线和两条组装测试线的控制柜、PLC及人机界面进行改造，更换老化的控制元件，保留原有机械部分。
P:（二）为贴片机、回流焊炉、AOI检测设备加装数据采集网关，为组装、校准、封装工位配置工位终端和视觉检测相机。
P:（三）提供产线控制软件（MES边缘版）永久许可，实现工单下达、物料防错、温度校准数据记录、不良品隔离及批次追溯。
P:（四）定制开发与甲方ERP系统、WMS仓储系统的数据接口，完成安装调试、试生产保障及操作培训。
P:（五）质保期内的维修保养服务，以及质保期满后的维保服务约定。
H:二、合同价款
P:合同总价为人民币壹佰陆拾柒万捌仟元整（¥1,678,000），含13%增值税及运输、保险、安装费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|产线控制柜及PLC改造|2条线|486,000
TB:2|SMT贴片机数据采集网关|12套|168,000
TB:3|组装测试工位终端|36套|252,000
TB:4|视觉检测相机及光源|8套|184,000
TB:5|产线控制软件（MES边缘版）永久许可|1套|296,000
TB:|软硬件小计||1,386,000
TB:6|安装调试及试生产保障|1项|148,000
TB:7|ERP/WMS接口定制开发|1项|126,000
TB:8|操作及维护培训|1项|18,000
TB:|合同总价||1,678,000
H:三、付款方式
P:（一）合同签订后十五个工作日内，甲方支付合同总价的20%，即¥335,600，作为预付款。
P:（二）全部设备到货并完成安装调试、甲方签署安装确认单后，支付合同总价的55%，即¥922,900。安装确认单仅确认设备已安装，不视为验收合格。
P:（三）项目最终验收合格后，支付合同总价的25%，即¥419,500。
P:（四）乙方应在每笔付款前开具相应金额的增值税专用发票。
H:四、工期与停线安排
P:（一）乙方应在合同签订后六十日内完成设备到货，并利用甲方安排的停线窗口完成改造。每条产线的停线改造时间不得超过五个自然日。
P:（二）乙方应提前十日提交停线改造方案，经甲方生产部门确认后实施；改造期间乙方应做好原有程序和参数的备份。
P:（三）乙方应指定一名项目经理常驻甲方现场，负责进度协调、安全管理和问题处理。乙方人员进入洁净车间应遵守甲方的静电防护、着装和安全生产制度，因违反制度造成事故的，由乙方承担责任。
P:（四）乙方提供的设备应为全新原厂产品，并随货提供合格证、说明书及出厂检验报告；涉及电气安全的部件应符合国家强制性标准。
H:五、验收
P:（一）验收标准：1.改造后每条产线连续试生产二十个工作日，产线节拍不低于改造前水平；2.工序防错功能按测试用例逐项通过，漏扫、错料拦截率达到技术协议要求；3.温度校准数据完整记录并可按批次追溯；4.与ERP、WMS接口的工单和出入库数据连续十个工作日核对一致；5.移交PLC程序、接口源代码、电气图纸及操作手册。
P:（二）甲方应在收到验收申请后七个工作日内组织验收并出具书面验收报告。不合格的，乙方应在十日内整改并重新申请验收。设备投入使用、试生产或甲方付款均不视为验收合格。
H:六、服务水平
P:（一）故障分级：一级故障指导致整条产线停线的故障；二级故障指影响部分工位或数据采集的故障；三级故障指不影响生产的一般问题。
P:（二）一级故障乙方应在1小时内响应，3小时内到达甲方现场，8小时内恢复生产；二级故障2小时内响应，次日内处理完毕；三级故障三个工作日内处理。
P:（三）乙方响应或到场超时的，每超时1小时向甲方支付¥800；一级故障超过恢复时限的，每超时1小时另行支付¥1,500。
H:七、质保及维保
P:（一）自最终验收合格之日起，乙方提供二十四个月免费质保，包括硬件维修更换、软件缺陷修复和升级、每半年一次预防性保养。
P:（二）质保期满后，乙方按软硬件小计的7%每年（即¥97,020/年）提供维保服务，该费用在质保期满后三年内不作调整。维保合同由双方逐年签订，不自动续期。
P:（三）质保期内更换的备件，其质保期自更换之日起重新计算，但不短于原质保期的剩余期限。
P:（四）乙方应在甲方厂区存放常用备件（包括网关模块、工位终端主板、相机光源等），备件清单经甲方确认，费用已包含在合同总价中。
P:（五）乙方为甲方设备维护人员和产线班组长提供培训，培训内容包括设备操作、日常点检、参数调整和常见故障处理，培训人数不少于四十人次，并提供培训教材。
H:八、知识产权
P:乙方产线控制软件标准产品的知识产权归乙方所有，甲方享有永久使用权。乙方为本项目定制开发的接口程序、PLC改造程序及其源代码、文档归甲方所有，甲方可自行修改、使用或委托他人维护。
H:九、数据安全
P:（一）产线运行数据、校准记录、质量追溯数据均属甲方所有，乙方仅为履行本合同使用，不得复制、留存或向第三方提供，也不得用于乙方其他客户的项目或产品开发。
P:（二）乙方远程维护须经甲方书面批准并通过甲方指定的安全通道进行，作业结束后即关闭；乙方应采取防病毒措施，不得在生产网络中接入未经检测的移动存储介质。
P:（三）因乙方原因导致数据泄露、丢失或生产网络感染病毒的，乙方应在2小时内通知甲方并协助处置，赔偿由此给甲方造成的全部损失。
H:十、保密
P:乙方对甲方的工艺参数、产品配方、质量数据、客户信息等商业秘密负有保密义务，未经甲方书面同意不得披露或使用。保密义务不因合同终止而失效。
H:十一、分包
P:乙方可将设备安装、电气布线等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作承担全部责任。
H:十二、违约责任
P:（一）乙方逾期交付或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方原因导致停线时间超过约定的，除支付上述违约金外，还应赔偿甲方由此造成的直接损失。
P:（三）乙方交付的设备或软件不符合技术协议要求的，甲方有权要求乙方在十日内更换或修复，由此增加的费用由乙方承担。
P:（四）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十三、合同的履行
P:本合同生效后，双方应全面履行。除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同；履行中出现的违约，按本合同第十二条处理。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交镇江仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执二份，经双方签字盖章后生效。技术协议、设备清单和验收方案为本合同附件，与本合同具有同等效力。附件与正文不一致的，以正文为准；本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　日期：
"""

Z03 = """连锁蹦床馆预约及会员管理系统SaaS服务合同

合同编号：TB-SaaS-2025-035
甲方：跃动星球（成都）体育文化有限公司
乙方：云栈互联网络科技有限公司

甲方在西南地区经营35家连锁蹦床馆，拟统一使用线上预约、会员储值、门店核销及营销工具。乙方提供“云栈场馆通”SaaS平台及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方35家门店提供以下服务：
1. 场次预约与购票：微信小程序及支付宝小程序在线预约场次、选购单次票和次卡，支持分时段限流；
2. 会员管理：会员注册、储值、积分、等级权益、生日关怀及家庭账户；
3. 门店核销：入场闸机、手环及收银台扫码核销，支持离线缓存核销；
4. 安全须知与电子免责确认：入场前在线阅读安全须知并签署电子确认；
5. 营销工具：优惠券、拼团、团体预约及会员活动；
6. 经营报表：门店客流、营收、会员消费及卡券核销报表。
（二）实施服务：历史会员及储值余额数据迁移（约21万条会员记录）、两个小程序的页面配置、35家门店闸机和手环设备对接、门店人员培训及上线保障。
（三）服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起计算。

二、服务费用
（一）订阅费按门店计收，每家门店每个服务年度人民币9,600元，35家门店每个服务年度合计336,000元，两个服务年度合计672,000元。
（二）一次性实施费人民币88,000元。
（三）本合同总价为人民币760,000元，含6%增值税。服务期内甲方新增门店的，按同一单价按月折算计费，另行签订补充协议。
（四）短信发送、支付通道手续费由甲方按实际使用另行承担，不计入合同总价。
（五）除上述费用外，乙方不得以功能升级、用户数增加等名义另行收取费用。

三、付款方式
（一）订阅费按服务季度支付，每个服务季度结束后十五日内，乙方提交服务报告和发票，甲方支付该季度订阅费84,000元。
（二）实施费在平台上线验收合格后十五个工作日内一次性支付。
（三）甲方无需支付任何预付款。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、小程序配置和全部门店设备对接，提请上线验收。
（二）上线验收标准：
1. 迁移会员数、储值余额、剩余次数与甲方原系统导出数据逐条核对一致；
2. 35家门店闸机和手环核销测试全部通过，单次核销耗时不超过2秒；
3. 在模拟1,500人同时预约的压力测试下，预约成功且无重复售票；
4. 退款、改签、团体预约等业务流程按测试用例全部通过。
（三）甲方在收到上线验收申请后五个工作日内组织测试并书面确认。验收不合格的，乙方应在七日内整改后重新提请验收。
（四）上线后首个月为保障期，乙方应安排实施人员在甲方总部驻场，并在周末和节假日高峰时段安排专人值守，及时处理门店反馈的问题。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护应安排在凌晨零时至六时之间，并提前两日通知甲方。
（二）故障分级：
1. 一级故障：全部或多数门店无法预约、支付或核销；
2. 二级故障：单一门店或单一功能无法使用；
3. 三级故障：不影响营业的一般问题。
（三）一级故障乙方应在30分钟内响应、3小时内恢复；二级故障1小时内响应、当日内恢复；三级故障在三个工作日内处理。
（四）服务补偿：月度可用率每低于承诺值0.1个百分点，或一级故障每超过恢复时限1小时，乙方按当月订阅费的2%予以减免，当月减免累计不超过当月订阅费的一半。

六、数据
（一）甲方会员信息、交易记录、预约记录等业务数据属于甲方所有。
（二）乙方可将经去标识化处理的会员消费、门店客流和预约数据用于行业分析报告、算法模型训练及乙方产品改进，该等使用在合同终止后仍可继续。
（三）服务期满或合同终止后，乙方应在三十日内向甲方完整导出业务数据，并在甲方确认后删除平台中的甲方数据。导出数据应采用通用格式，包含会员、储值、卡券和交易明细，并附字段说明。

七、数据安全与个人信息保护
（一）乙方应遵守《个人信息保护法》《数据安全法》，平台部署于境内数据中心，对会员手机号、身份证号等敏感信息加密存储，按最小权限原则管理后台账号，保留操作日志不少于六个月。
（二）未成年人信息由监护人授权录入，乙方不得用于营销推送以外的其他目的。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，协助甲方向监管部门报告并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。

（四）乙方应每年委托具备资质的第三方机构对平台进行一次安全测评和渗透测试，并将结论摘要提供给甲方；发现高危漏洞的，应在五个工作日内修复。

八、保密
双方对合作中知悉的对方经营数据、价格、技术资料等未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

九、知识产权
乙方平台及其标准功能的知识产权归乙方所有。乙方为甲方定制的小程序页面设计、专属报表模板及门店设备对接配置归甲方所有，甲方可自由使用和修改。

十、服务支持与培训
（一）乙方设立专属客户成功经理，负责日常沟通、需求收集和季度服务回顾；门店人员可通过热线、在线客服和工单系统提交问题，热线服务时间覆盖甲方全部营业时段。
（二）乙方应在上线前对每家门店的店长和前台人员进行现场或远程培训，并提供操作视频和常见问题手册；新增功能上线前应提前通知甲方并提供培训。
（三）乙方平台的版本升级不得降低已有功能，涉及核销和支付流程的变更应避开节假日高峰时段，并提前五日通知甲方。
（四）甲方应指定项目联系人，按时提供原系统数据、门店设备信息和测试环境，并组织门店配合实施。

十一、续期
服务期满前三十日内双方均未书面提出终止的，本合同自动续期一个服务年度，可连续续期。续期期间的订阅费按乙方届时公布的标准价格执行，乙方有权在续期时调整单价。

十二、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致甲方会员储值数据错误的，乙方应负责更正并赔偿甲方的实际损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十三、分包
乙方不得将本合同项下的服务转包；确需将门店设备对接等工作分包的，须事先取得甲方书面同意。

十四、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并要求乙方退还已支付但未使用的费用。
（二）平台连续两个月可用率未达承诺的，甲方有权解除合同。
（三）合同解除或终止后，乙方仍应按本合同第六条第（三）项向甲方导出数据，并配合甲方完成系统切换。

十五、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一为服务功能清单，附件二为上线验收测试用例，附件三为门店清单，附件四为数据迁移方案。附件是本合同不可分割的组成部分，与正文不一致的，以正文为准。

甲方（盖章）：　　　　　　　乙方（盖章）：
签署日期：　　　　　　　　　签署日期：
"""

Z04 = """肿瘤医院核医学科核素治疗登记系统运维服务合同

项目编号：ZLYY-CS-2025-022（竞争性磋商）
甲方（采购人）：南湖省肿瘤医院
乙方（成交供应商）：博衡医疗信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方核医学科核素治疗登记系统的年度运维服务达成一致，订立本合同。

1. 服务范围
1.1 运维对象为甲方核医学科使用的核素治疗登记系统，包括：患者登记与治疗申请、放射性药品（碘-131、镥-177、镭-223等）订购入库及活度登记、给药记录、病房隔离管理、出院剂量率测量记录、放射性废物暂存与衰变登记等模块，以及该系统与医院HIS、PACS、LIS的接口。
1.2 服务内容包括：系统日常巡检与监控、故障处理、数据库维护与备份检查、接口运行保障、小范围功能调整（全年不超过二十个工作人日）、操作人员培训、配合甲方迎接卫生健康、生态环境部门的检查并提供系统数据支持。
1.3 系统硬件、操作系统及数据库软件的原厂维保不在本合同范围内，但乙方应配合甲方与原厂协调处理。

2. 服务期限与费用
2.1 服务期限自2025年4月1日起至2026年3月31日止。
2.2 运维服务费总额为人民币叁拾捌万陆仟元整（¥386,000），含税。该费用包括乙方人员、差旅、工具及本合同约定的全部服务，甲方不再支付其他费用。
2.3 服务费按季度支付：每个服务季度结束且季度服务考核合格后，乙方开具发票，甲方在十五个工作日内支付该季度服务费¥96,500。

3. 服务团队与日常运维
3.1 乙方安排一名驻场工程师，工作日在甲方核医学科现场提供服务；另设二线工程师和数据库工程师提供远程支持。
3.2 驻场工程师应熟悉核医学业务流程和放射防护基本要求，上岗前须参加甲方组织的辐射安全培训。乙方更换驻场工程师须提前十五日征得甲方同意，并完成工作交接。
3.3 乙方人员应遵守甲方的院内管理制度、控制区出入规定和信息安全管理制度。
3.4 乙方应为驻场人员配备个人剂量计，并按规定进行个人剂量监测和职业健康检查，相关费用由乙方承担。
3.5 每日检查系统服务、接口队列和数据库运行状态，每周检查备份任务执行结果，每月进行一次备份恢复抽查，确保登记数据可完整恢复。
3.6 系统补丁、数据库参数调整和功能调整须在测试环境验证后，按甲方变更管理流程审批，并安排在非诊疗时段实施。
3.7 乙方应为核医学科医师、护士、物理师和药品管理人员提供操作培训，服务期内不少于四次，每次培训后提交签到记录和培训材料。
3.8 甲方应为乙方提供必要的办公场所、网络接入和测试环境，并指定科室联系人协调运维工作。

4. 服务水平
4.1 故障分为三级：一级故障指系统整体不可用，或给药登记、药品活度登记无法进行；二级故障指单个模块或单个接口异常；三级故障指不影响业务的一般问题和咨询。
4.2 一级故障：乙方应在15分钟内响应，驻场工程师立即到场处理，2小时内恢复业务或提供临时替代方案；二级故障：1小时内响应，当日内解决；三级故障：两个工作日内解决。
4.3 乙方每月提交运维报告，内容包括巡检记录、故障清单及处理时长、备份检查结果和改进建议。
4.4 乙方应在每年节假日前对系统进行专项巡检，并在节假日期间安排二线工程师值班。

4.5 乙方应协助甲方制定系统应急预案，每半年组织一次应急演练，演练内容包括数据库故障切换、接口中断后的手工登记流程及数据补录，演练记录提交甲方存档。

5. 服务考核与验收
5.1 甲方每季度按附件《运维服务考核表》对乙方进行考核，考核指标包括：故障响应及处理时限达标情况、巡检和备份检查的完成率、运维报告的及时性、科室满意度评分（不低于85分）。
5.2 季度考核不合格的，乙方应在十个工作日内提交整改方案并完成整改，甲方复核合格后支付该季度服务费。
5.3 服务期满前十五日，乙方提交年度运维总结、系统现状评估报告及全部运维文档，甲方依据本合同第4条和第5.1条组织年度验收并出具书面意见。

6. 数据安全
6.1 系统中的患者身份信息、诊疗信息、放射性药品使用记录及全部业务数据均属甲方所有，乙方仅为履行本合同而接触，不得复制、留存、带出或用于其他任何目的。
6.2 乙方应遵守《数据安全法》《个人信息保护法》及医疗卫生机构网络安全管理要求：远程运维须经甲方信息中心审批并通过堡垒机进行，全程录屏；不得使用个人设备连接医院内网；数据库变更前必须完成备份并经甲方确认。
6.3 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方信息中心并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。

7. 保密
7.1 乙方及其人员对在服务过程中知悉的患者隐私、医院内部管理信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
7.2 乙方应与驻场人员签署保密承诺书并报甲方备案。保密义务在本合同终止后继续有效。

8. 知识产权
8.1 乙方在运维过程中为甲方编写的脚本、报表、接口调整程序及运维文档，其知识产权归甲方所有，甲方可自由使用和修改。
8.2 乙方保证所提供的服务及工具不侵犯第三方合法权益；因侵权引起的纠纷由乙方负责处理并承担责任。

8.3 乙方在服务期内提出的系统优化建议，经甲方同意实施的，相关成果同样归甲方所有。

9. 违约责任
9.1 任何一方违反本合同约定的，应当承担继续履行、采取补救措施等违约责任；给对方造成损失的，应当依法赔偿。
9.2 乙方提供的服务不符合本合同约定的，甲方有权要求乙方限期改正。

10. 分包与转让
乙方不得将本合同项下的服务转包或分包给第三方，也不得转让本合同的权利义务。

11. 合同解除
11.1 乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算服务费。
11.2 乙方发生数据安全事件造成严重后果的，甲方有权立即解除本合同。

12. 期满与交接
12.1 本合同期满即终止，不自动续期。甲方如需继续采购运维服务，将依法重新组织采购。
12.2 合同终止时，乙方应在十个工作日内完成工作交接，移交全部账号、文档和脚本，并删除其持有的甲方数据。
12.3 如甲方重新采购后由其他供应商承接运维服务，乙方应配合新供应商完成不少于十个工作日的过渡交接，讲解系统架构、接口配置和历史问题处理记录，不得以任何理由拒绝或拖延。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 磋商文件、响应文件、成交通知书及附件《运维服务考核表》为本合同的组成部分。
14.2 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
14.3 本合同未尽事宜，双方可另行签订书面补充协议；补充协议与本合同具有同等法律效力。

甲方（盖章）：　　　　　　　乙方（盖章）：
法定代表人或授权代表：　　　法定代表人或授权代表：
日期：　　　　　　　　　　　日期：
"""

Z05 = """# 匠链工艺制造追溯系统软件许可及定制开发合同

**（匠链软件标准合同文本 JZ-2024版）**

合同编号：JL-HT-2025-0093

甲方（买方）：滇南锡韵工艺品厂

乙方（卖方）：匠链数字科技（昆明）有限公司

本合同采用乙方标准合同文本。甲方为锡器工艺品生产企业，拟采购乙方“匠链工艺制造追溯系统”并进行定制开发，实现熔锡、浇铸、车坯、錾刻、抛光、质检各工序的批次追溯。双方依据《中华人民共和国民法典》，经协商一致签订本合同。

## 第一条 产品与服务内容

1.1 乙方向甲方提供匠链工艺制造追溯系统标准版软件许可，包括工单管理、批次追溯、工序报工、质检记录、库存管理五个模块，授权工位终端不超过四十个。

1.2 乙方根据甲方需求进行定制开发：（1）熔锡炉温度与锡料批次记录模块；（2）錾刻图样库及工匠作品档案模块；（3）产品防伪二维码及消费者查询页面。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。培训为集中培训两次，每次不超过一天，培训对象为甲方系统管理员和各车间班组长。

1.4 软件许可为永久、非独占、不可转让的使用许可，仅限甲方在其注册地址的生产场所内使用。甲方增加工位终端或使用场所的，应另行向乙方购买授权。

## 第二条 合同价格

本合同总价为人民币柒拾玖万肆仟元整（¥794,000），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺制造追溯系统标准版软件许可 | 612,000 |
| 2 | 定制开发（熔锡记录、錾刻图样库、防伪查询） | 148,000 |
| 3 | 安装部署、数据初始化及培训 | 34,000 |
| | 合计 | 794,000 |

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥516,100。乙方收到该款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥277,900。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后六十个工作日内完成标准软件部署和定制开发，并通知甲方上线运行。

4.2 甲方应按乙方要求提供服务器、网络环境及工序、产品、工匠等基础资料。因甲方资料提供不及时导致延误的，交付期限相应顺延。

4.3 甲方自行准备的服务器应满足乙方提供的配置要求（不低于十六核处理器、六十四G内存、两T存储），并安装乙方指定版本的操作系统和数据库。因甲方硬件或网络环境导致系统运行异常的，不属于乙方责任。

4.4 乙方派出的实施人员由乙方统一安排和管理，甲方需提供必要的办公条件。实施人员在甲方现场工作超过二十个人日的，超出部分按每人日¥2,800另行计费。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 上线运行前，乙方将向甲方演示各模块的主要功能，甲方应指派人员参加。演示仅为使甲方了解系统操作，不构成验收程序。

5.3 甲方在系统上线运行后对功能提出的意见，乙方将在后续版本中酌情优化，但不影响验收结论及付款。

## 第六条 免费维护期与后续服务

6.1 乙方自系统上线运行之日起提供六个月免费维护，包括软件缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得技术支持和版本升级，应每年向乙方支付年度服务费，年度服务费为软件许可费的25%，即每年¥153,000。

6.3 年度服务内容包括：软件缺陷修复、标准版本升级、远程技术支持、每年一次远程巡检。定制开发模块的功能变更、新增报表和接口调整不属于年度服务范围，由双方另行协商报价。

6.4 年度服务费应在每个服务年度开始前一次性支付。甲方未购买年度服务的，乙方不再提供任何技术支持，恢复服务时须补缴中断期间的服务费。

## 第七条 技术支持

7.1 甲方在使用中发生故障的，应通过乙方客服热线或工单系统报修。

7.2 对于导致系统无法使用的一级故障，乙方在接到报修后12小时内响应；其他故障在三个工作日内响应。乙方将尽合理努力排除故障，但不承诺具体的修复时间。

7.3 乙方提供的技术支持时间为工作日上午九时至下午五时三十分。甲方要求在非工作时间或节假日提供现场支持的，乙方可另行收取服务费。

7.4 因甲方操作不当、擅自修改配置、病毒感染或第三方软件导致的故障，乙方可协助处理，但相关费用由甲方承担。

## 第八条 知识产权

8.1 匠链工艺制造追溯系统及其全部组件的知识产权归乙方所有。

8.2 乙方为甲方定制开发的模块、页面、程序及相关文档，其知识产权同样归乙方所有，甲方在本合同约定的范围内享有非独占的使用权，不得自行修改、反向工程或许可第三方使用。乙方有权将定制开发成果用于其他客户。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据、产品数据、工匠作品图样及客户数据归甲方所有，乙方不得将该等数据用于本合同以外的目的。

9.2 乙方对其部署的系统采取必要的安全措施，包括访问控制、数据加密传输和定期备份；远程维护须经甲方同意。发生因乙方原因导致的数据泄露或丢失的，乙方应在发现后1小时内通知甲方，采取补救措施，并赔偿甲方由此遭受的损失。

## 第十条 保密

双方对在合作过程中获得的对方商业秘密和技术资料负有保密义务，未经对方书面许可不得向第三方披露。本条在合同终止后三年内有效。乙方可在其宣传资料和客户名单中使用甲方的名称和标识，甲方另有书面要求的除外。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失或数据损失承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还，乙方已完成的定制开发工作按实际工作量结算。

12.3 合同解除后，甲方应停止使用定制开发成果，标准软件许可按已付款项情况另行处理。

## 第十三条 不可抗力

因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 通知

双方的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱。一方变更联系方式的，应在变更后五日内通知对方，否则按原地址送达即视为有效送达。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同条款为乙方标准条款，双方另有书面约定的除外。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. SGS-CN-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhoushan Haiyue Ocean Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhoushan, Zhejiang Province (the "Buyer"), and Sahel Geodata Systems SARL, a company incorporated in the Islamic Republic of Mauritania with its registered office in Kiffa, Assaba Region (the "Vendor").
P:The Buyer imports frozen fish and cephalopods from West African fishing ports and needs a system to trace each lot from catch certificate to cold store and customs clearance. The Vendor develops the TraceHold catch-to-cold-chain traceability software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TraceHold software, version 5, in object code, with its standard modules for catch certificates, lot management, cold-store temperature logging, customs documents and recall management, and its user documentation.
P:1.2 "Custom Deliverables" means all software, interface programs, configurations, report templates, scripts and documents the Vendor creates specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software in the Buyer's environment, including supplier, vessel, lot, temperature, customs and customer records.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers in Zhoushan and its cold-store sites in Ningbo and Qingdao, for an unlimited number of named users, for the Buyer's and its affiliates' internal business.
P:2.2 The Vendor shall install and configure the Software, migrate the lot records held in the Buyer's spreadsheets since 2021, and develop interfaces between the Software and (a) the Buyer's ERP system, (b) the temperature data loggers in the three cold stores, and (c) the Buyer's customs declaration software.
P:2.3 The Vendor shall train the Buyer's quality, logistics and IT staff in three sessions held in Zhoushan and provide administrator documentation in Chinese and English.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,832,000, inclusive of all taxes, travel and expenses, composed as follows: Software licence fee CNY 1,240,000; implementation and data migration CNY 386,000; interface development CNY 164,000; training CNY 42,000.
P:3.2 The Contract Price is fixed and firm. No additional fee is payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 Advance payment: 20% of the Contract Price (CNY 366,400) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 Installation payment: 45% of the Contract Price (CNY 824,400) within 30 days after the Software and all interfaces are installed in the Buyer's production environment and the Buyer signs an installation record. The installation record is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 641,200) within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account stated in its invoice. Bank charges outside China are borne by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, migration and interfaces within 90 days after signature and then start a trial run of 45 days.
P:5.2 Acceptance criteria: (a) every function listed in Annex 1 passes the agreed test scripts; (b) all migrated lots reconcile with the source spreadsheets by lot number, weight and certificate number; (c) temperature readings from the three cold stores appear in the Software within 5 minutes of measurement; (d) the ERP and customs interfaces run for 20 consecutive working days without data error; (e) no Severity 1 incident occurs during the trial run; and (f) the Vendor delivers the source code and documentation of all Custom Deliverables.
P:5.3 Within 10 working days after the end of the trial run, the Buyer shall either issue a Final Acceptance certificate or list the failed criteria in writing. The Vendor shall correct the failures within 15 days and the test of the failed criteria shall be repeated. Use of the Software in production, or any payment, does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct defects, supply new versions and provide remote support free of charge.
P:6.2 Incidents are classified as follows. Severity 1: the Software is unavailable, or lot registration or customs document generation cannot be performed. Severity 2: a module or interface does not work but a workaround exists. Severity 3: any other defect or question.
P:6.3 The Vendor shall respond to a Severity 1 incident within 1 hour, at any time of day, and restore service or provide a workaround within 8 hours. Severity 2 incidents shall be answered within 2 working hours and resolved within 3 working days. Severity 3 incidents shall be resolved in the next release.
P:6.4 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall pay the Buyer a service credit of CNY 1,000, deducted from the next payment or from the support fees.
P:6.5 After the Warranty Period, the Buyer may order annual support at a fee of 11% of the Software licence fee per year (CNY 136,400 per year). This fee is fixed for the first three support years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. The licence in Article 2.1 survives any termination of this Agreement after the licence fee has been paid.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify, copy and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose, including in anonymised or aggregated form.
P:8.2 The Vendor shall work on the Buyer's systems only through the remote-access gateway provided by the Buyer, with individual accounts and multi-factor authentication, and only with the Buyer's approval for each session. The Vendor shall not transfer Buyer Data outside the People's Republic of China and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 6 hours, cooperate in the investigation and remediation, and bear all losses, costs and regulatory penalties resulting from an incident caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including prices, supplier lists, customer lists and technical information, and use it only for this Agreement.
P:9.2 This obligation does not apply to information that is public without breach, or that must be disclosed by law, and it continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation or to reach Final Acceptance by the dates in Article 5, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains fully responsible for approved subcontractors.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination before Final Acceptance, the Vendor shall refund all amounts paid for items not accepted, and the Buyer shall return the advance payment guarantee once the refund is received.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Islamic Republic of Mauritania.
P:13.2 Any dispute arising from this Agreement that the parties cannot settle within 30 days shall be finally resolved by arbitration at the Nouakchott Chamber of Commerce arbitration centre, in Nouakchott, in the French language, by a sole arbitrator.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Implementation Plan) and Annex 3 (Acceptance Test Scripts), is the entire agreement between the parties on its subject.
P:14.2 Amendments are valid only in writing signed by both parties. This Agreement is signed in two originals in English, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title:                          Name and title:
P:Date:                                    Date:
"""

E02 = """# ORDER FORM AND GENERAL TERMS — FIELDLEDGER FARM OPERATIONS PLATFORM

Order Form No. RAC-OF-2025-0217

# PART A — ORDER FORM

## A1. Parties

**Provider:** Rosso AgriCloud SARL, a company incorporated in the Islamic Republic of Mauritania, registered office in Rosso, Trarza Region.

**Customer:** Hunan Jinhe Seed Industry Co., Ltd., a company incorporated in the People's Republic of China, registered office in Changsha, Hunan Province.

The Customer produces hybrid rice seed on contracted farms in Hunan, Jiangxi and Hainan and wishes to manage field operations, grower contracts and seed lots on one platform. This Order Form and the General Terms in Part B form one contract (the "Agreement").

## A2. Subscribed Service

The FieldLedger farm operations platform, hosted on the Provider's cloud tenancy in a data centre in Guangzhou operated by a licensed PRC cloud operator, comprising:

- grower and plot register with map boundaries;
- field operation planning and mobile work orders (transplanting, isolation checks, roguing, pollination, harvest);
- input issuance and stock tracking for seed, fertiliser and crop protection products;
- seed lot registration from harvest to drying and warehouse receipt;
- grower settlement statements;
- standard dashboards and data export.

Subscription scope: up to 260 named users and 4,000 registered plots. Mobile applications for Android and iOS are included.

## A3. Subscription Term

The Initial Term is two Subscription Years starting on the Go-Live Date. A "Subscription Year" is each successive period of one year starting on the Go-Live Date or its anniversary. The Go-Live Date is the date stated in the Customer's Go-Live acceptance under Section 4 of Part B.

## A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Subscription Year 1 | 260 users, 4,000 plots | 246,000 |
| Platform subscription, Subscription Year 2 | 260 users, 4,000 plots | 246,000 |
| Onboarding: configuration, data load of 2,300 grower records, 2 integrations, training | one-time | 58,000 |
| **Total fees for the Initial Term** | | **550,000** |

All amounts include VAT. Additional users may be added at CNY 950 per user per Subscription Year, pro rata; they are not included in the total above.

## A5. Invoicing and Payment

- Subscription fees are invoiced quarterly in arrears, CNY 61,500 per quarter, after the end of each quarter of the Initial Term.
- The onboarding fee is invoiced after Go-Live acceptance.
- No amount is payable before Go-Live. The Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY.

## A6. Key Contacts and Signature

Provider account manager: Ms. Aminetou Sall. Customer project owner: Mr. Tan Wei, Head of Production Management.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

# PART B — GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data, documents and images that the Customer or its users enter into or upload to the Service, and all records generated from them, including grower personal information and plot boundaries.

1.2 "Service" means the subscribed platform described in A2, including its mobile applications and documentation.

1.3 "Customer Configurations" means the forms, workflows, report layouts and integration mappings the Provider configures specifically for the Customer during onboarding or later.

## 2. Provision of the Service

2.1 The Provider grants the Customer and its users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside the Customer's normal working hours where practicable.

2.3 The Customer may submit support requests through the in-app help desk or by e-mail. The Provider will handle support requests in the order received during its business hours and will try to resolve them as soon as reasonably possible.

2.4 The Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in A2.

## 3. Onboarding

3.1 The Provider shall carry out the onboarding described in A4: configure the Customer's crop calendar, operation types, input catalogue and settlement rules; load the grower and plot records supplied by the Customer; and build two integrations, one with the Customer's ERP for input issuance and settlement, and one with its warehouse system for seed lot receipts.

3.2 The Provider shall deliver onboarding within 60 days after signature of the Order Form, provided the Customer supplies the source data in the agreed template within 10 days after signature.

3.3 The Provider shall train up to 40 key users in two remote sessions and provide user guides in Chinese.

## 4. Go-Live Acceptance

4.1 When onboarding is complete the Provider shall notify the Customer, and the Customer shall run the acceptance tests in Annex A within 10 working days.

4.2 The acceptance criteria are: (a) all loaded grower and plot records reconcile with the source files by count and by total area; (b) a full season cycle of test work orders, input issuances and a harvest lot can be processed from mobile devices; (c) each integration transfers 50 consecutive test transactions without error; (d) the settlement statement for five sample growers matches a manual calculation.

4.3 If a criterion fails, the Provider shall correct it within 10 days and the Customer shall repeat the test. The Go-Live Date is the date of the Customer's written acceptance. Production use before acceptance does not amount to acceptance.

4.4 If Go-Live acceptance is not achieved within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, up to a total of CNY 30,000.

## 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 The Provider shall keep Customer Data in the PRC, encrypt it in transit and at rest, restrict access to named personnel with a need to know, log administrative access, and keep daily backups for 30 days.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 8 hours after becoming aware of it, take immediate steps to contain it, assist the Customer with any notification to authorities and growers, and bear the losses caused by an incident attributable to the Provider.

5.4 On expiry or termination, the Provider shall make Customer Data available for export in CSV and shapefile formats for 30 days and then delete it, and confirm deletion in writing.

## 6. Intellectual Property

6.1 The Provider owns the Service and all improvements to it.

6.2 Customer Configurations and all reports and outputs generated from Customer Data belong to the Customer. The Customer may use, copy and modify them and let third parties use them, including on another platform after the Agreement ends.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information disclosed under this Agreement, including the Customer's seed varieties, grower prices and production plans, and shall use it only for this Agreement.

7.2 This Section survives for three years after the Agreement ends.

## 8. Renewal

8.1 At the end of the Initial Term the Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

8.2 The Provider may increase the subscription fees for any renewal period by giving the Customer notice at least 30 days before the renewal period begins. The increased fees apply from the start of the renewal period.

## 9. Subcontracting

The Provider shall not subcontract any part of the Service, other than the hosting of the platform by the data-centre operator named in A2, without the Customer's prior written consent.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Initial Term stated in A4.

10.2 The limit does not apply to breach of Section 5 or Section 7, personal injury, fraud or wilful misconduct.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 On termination by the Customer for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force.

## 13. General

13.1 Notices shall be in writing and sent to the contacts in A6 by e-mail with a copy by courier.

13.2 If the Order Form and these General Terms conflict, the Order Form prevails.

13.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business and accepts all obligations under this Agreement.

13.4 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disaster, war, epidemic or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event lasts more than 60 days, either party may terminate the Agreement by notice.

13.5 This Agreement is made in English and Chinese. Both versions have equal force.
"""

E03 = """T:Supply Contract for Conveyor Condition Monitoring Sensors and Monitoring Software
P:Contract No. LYC-EQ-2025-064
P:Buyer: Hebei Longyuan Cement Co., Ltd., registered in Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Tiris Industrial Sensing SARL, registered in Zouerate, Tiris Zemmour Region, Islamic Republic of Mauritania (the "Supplier").
P:The Buyer operates a limestone quarry and a 6.8 km overland belt conveyor feeding its clinker lines. The Supplier manufactures condition monitoring sensors for mining conveyors and licenses the ConveyorWatch monitoring software. This Contract is made on the Buyer's standard terms for equipment with software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, detectors, monitors and gateways listed in the Price Table, with their embedded firmware, mounting kits and cables.
P:1.2 "Software" means the ConveyorWatch monitoring software, version 3, with its alarm, trend, reporting and mobile modules.
P:1.3 "Deliverables" means the Equipment, the Software, the site-specific configuration, dashboards, alarm rules, interface programs and documentation supplied under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment along the overland conveyor and the two transfer towers, and install the Software on the Buyer's servers in its central control room.
P:2.2 The Supplier shall configure alarm rules for each idler station and drive unit, build dashboards for the control room and maintenance team, and develop an interface that sends alarms and work requests to the Buyer's maintenance management system.
P:2.3 The Supplier shall train 24 of the Buyer's operators and maintenance technicians.
P:2.4 The Supplier shall deliver installation drawings, device lists with serial numbers, wiring diagrams, firmware versions, operating and maintenance manuals in Chinese, and the source code and documentation of the interface programs.
H:3. Price
P:3.1 The total Contract Price is CNY 1,928,000, inclusive of VAT, delivery to site (DDP Tangshan), customs duties, installation and all expenses, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial vibration and temperature sensors for idlers and drives|240|2,600|624,000
TB:2|Belt rip detectors|16|18,500|296,000
TB:3|Dust concentration monitors|24|9,800|235,200
TB:4|Industrial edge gateways|12|14,200|170,400
TB:5|ConveyorWatch software, perpetual licence|1|388,000|388,000
TB:|Equipment and Software Subtotal|||1,713,600
TB:6|Installation, configuration, interface and commissioning|1|186,400|186,400
TB:7|Training|1|28,000|28,000
TB:|Contract Price|||1,928,000
P:3.2 The Contract Price is fixed. No price adjustment applies for exchange rates or freight.
H:4. Payment
P:4.1 Advance: 10% of the Contract Price (CNY 192,800) within 15 working days after signature, against an advance payment bank guarantee of the same amount.
P:4.2 Delivery and installation: 55% of the Contract Price (CNY 1,060,400) within 30 days after all Equipment is installed and the Buyer signs the installation record. The installation record does not constitute acceptance.
P:4.3 Final: 35% of the Contract Price (CNY 674,800) within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice issued by the Supplier's PRC agent named in Annex 4.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver all Equipment to site within 75 days after signature and complete installation within 40 days after delivery, working during the maintenance stops scheduled by the Buyer.
P:5.2 Acceptance criteria: (a) every sensor, detector and monitor reports to the Software, with no more than two data gaps per device in 30 days; (b) vibration readings of ten sample idlers agree with the Buyer's handheld analyser within the tolerance in Annex 2; (c) a belt rip test on a sample belt section triggers an alarm and a conveyor stop signal within 2 seconds; (d) alarms reach the maintenance management system within 60 seconds; (e) the system runs 30 consecutive days without a Severity 1 incident; and (f) all documentation is delivered.
P:5.3 The Buyer shall test the system against these criteria within 10 working days after the Supplier's notice of readiness and either sign the Final Acceptance certificate or list the defects. The Supplier shall remedy defects within 15 days and the tests shall be repeated. Operation of the Equipment, and payment, do not amount to acceptance.
P:5.4 Title to the Equipment passes to the Buyer on delivery to site. Risk passes on Final Acceptance; until then the Supplier bears the risk of loss or damage to the Equipment, except damage caused by the Buyer.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Supplier shall repair or replace faulty Equipment, correct Software defects and provide updates, remote support and two preventive inspections a year, all free of charge.
P:6.2 Replaced Equipment carries a new warranty of not less than the remaining Warranty Period and in any case not less than six months.
P:6.3 The Supplier shall keep on site, at its cost, spare sensors and one spare gateway as listed in Annex 3.
H:7. Service Levels
P:7.1 The Software running on the Buyer's servers shall be available at least 99.95% of each calendar month during the Warranty Period, excluding scheduled maintenance agreed with the Buyer in advance. Unavailability caused by the Buyer's own server or network faults is excluded.
P:7.2 Severity 1 (monitoring of the overland conveyor lost, or belt rip detection out of service): response within 2 hours and restoration within 8 hours. Severity 2 (a group of sensors or one gateway offline): response within 8 working hours and restoration within 2 working days. Severity 3: next scheduled visit.
P:7.3 For each full hour of delay beyond a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200. For each 0.01 percentage point below the monthly availability commitment, the Supplier shall pay the Buyer CNY 1,500. These amounts are deducted from the final payment or the next invoice.
H:8. Post-Warranty Support
P:8.1 After the Warranty Period, the Buyer may purchase annual support at 8% of the Equipment and Software Subtotal per year (CNY 137,088 per year). This price is fixed for the two years after the Warranty Period.
P:8.2 Annual support is ordered by separate purchase order for each year and does not renew automatically. The Supplier shall provide spare parts for the Equipment for at least eight years after Final Acceptance.
H:9. Intellectual Property
P:9.1 The Supplier and its licensors keep the intellectual property in the embedded firmware and the standard Software. The Buyer receives a perpetual, irrevocable licence to use them with the Equipment.
P:9.2 The site-specific configuration, alarm rules, dashboards, interface programs and their source code and documentation belong to the Buyer. The Buyer may use, modify and license them freely.
H:10. Buyer Data and Security
P:10.1 All measurements, alarms, images and records produced by the Equipment and the Software are the Buyer's data. The Supplier may use them only to perform this Contract and shall not copy, keep or use them for any other purpose, including product development.
P:10.2 The Equipment shall connect only to the Buyer's industrial network. Remote access by the Supplier requires the Buyer's approval for each session and runs through the Buyer's jump server with session recording. Firmware updates shall be tested and approved by the Buyer before installation.
P:10.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 2 hours, take immediate remedial action, and be liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Contract and shall not disclose it to third parties without written consent, during this Contract and for five years afterwards.
H:12. Delay and Liability
P:12.1 If the Supplier fails to meet the delivery date in clause 5.1 or to reach Final Acceptance within 150 days after signature, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for breach of clauses 10 and 11, personal injury and wilful misconduct, which are unlimited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of approved subcontractors, including their safety on site.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the liquidated damages in clause 12.1 reach their maximum.
P:14.2 On such termination the Supplier shall refund payments received for Deliverables not accepted and shall remove its Equipment at its own cost if the Buyer so requests.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Tangshan Arbitration Commission for arbitration in Tangshan.
H:16. Miscellaneous
P:16.1 Annexes: Annex 1 Technical Specification; Annex 2 Acceptance Test Procedure; Annex 3 On-site Spare Parts; Annex 4 Supplier's PRC Agent.
P:16.2 This Contract is made in English and Chinese, in four originals, two for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. GMS-WH-2025-009

**Customer:** Wuhan Changjiang Engineering Group Co., Ltd., a company incorporated in the People's Republic of China, registered office in Wuhan, Hubei Province (the "Customer").

**Provider:** Gorgol Managed Services SARL, a company incorporated in the Islamic Republic of Mauritania, registered office in Kaedi, Gorgol Region, acting in China through its Wuhan representative office and its engineers based there (the "Provider").

## Section 1. Purpose and Structure

1.1 The Customer operates a head office in Wuhan and nine regional project offices in China. It wishes to outsource the monitoring, operation and support of its IT infrastructure to the Provider for a fixed term.

1.2 This Agreement consists of these Sections and Schedule 1 (Service Scope), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If they conflict, these Sections prevail.

## Section 2. Definitions

2.1 "Services" means the managed services described in Schedule 1.

2.2 "Service Commencement Date" means the date on which the Customer confirms in writing that transition is complete under Section 4.

2.3 "Customer Data" means all data of the Customer and its personnel, clients and projects that the Provider can access in performing the Services, including configuration data, logs and tickets.

2.4 "Monthly Charge" means the fixed monthly charge in Schedule 3.

## Section 3. Term

3.1 The Services run for 36 months from the Service Commencement Date (the "Term").

3.2 The Agreement ends at the end of the Term and does not renew automatically. Any extension requires a written amendment signed by both parties at a price agreed at that time.

## Section 4. Transition and Service Commencement

4.1 The Provider shall carry out transition within 50 days after signature: take over the inventory and documentation of the Customer's infrastructure, deploy its monitoring agents and collectors, set up the service desk and ticketing workflows, and agree the run book for each service.

4.2 Transition is complete when: (a) all devices and servers listed in Schedule 1 are monitored and report to the Provider's console; (b) the service desk handles test tickets from all ten offices; (c) the run books for backup, patching and user administration are approved by the Customer; and (d) a 14-day parallel run with the outgoing provider shows no unresolved Priority 1 incident.

4.3 The Customer shall confirm completion or list the open items within 5 working days after the Provider's notice. Open items shall be closed within 10 days and checked again.

4.4 If the Service Commencement Date does not occur within 50 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to a total of CNY 90,000.

## Section 5. Provider Obligations

5.1 The Provider shall perform the Services in accordance with Schedules 1 and 2, with skilled personnel, and in accordance with good industry practice.

5.2 The Provider shall assign a named service delivery manager who attends monthly service reviews with the Customer and provides a monthly report on incidents, changes, capacity and service levels.

5.3 The Provider shall comply with the Customer's change management procedure. No change to production systems may be made without an approved change ticket, except emergency actions to restore a Priority 1 service, which shall be reported within one working day.

5.4 The Provider shall keep the key personnel named in its proposal assigned to the Services for at least the first year of the Term and shall replace any of them only with personnel of equal experience, after consulting the Customer.

5.5 The Customer shall give the Provider timely access to its sites, systems and documentation, name a contact person in each office, and inform the Provider of planned changes to its offices or business systems that affect the Services.

## Section 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 On expiry or termination, the Provider shall return all Customer Data and documentation to the Customer within 15 days.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including Customer Data, network designs, passwords, bid documents and project information, and shall use it only for this Agreement.

7.2 The Provider shall ensure that each of its personnel assigned to the Services signs a confidentiality undertaking before starting work.

7.3 This Section continues for five years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 The Provider keeps ownership of its monitoring tools, ticketing platform and general know-how.

8.2 Run books, configuration baselines, scripts, reports and documentation prepared specifically for the Customer belong to the Customer, which may use, modify and hand them to any successor provider without restriction.

## Section 9. Charges and Payment

9.1 The Charges are set out in Schedule 3. The total charges for the Term are CNY 2,600,000.

9.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears, after the end of each month of the Term, less any service credits under Schedule 2.

9.3 The Customer pays each correct invoice within 30 days of receipt. No advance payment is due.

## Section 10. Liability

10.1 The Provider's aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss. The limits do not apply to personal injury, fraud or wilful misconduct.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its approved subcontractors.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if Priority 1 resolution targets are missed in three months of any six-month period.

12.2 On termination or expiry, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all documentation and access credentials, and cooperate with any successor provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding.

## Section 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Amendments are valid only if in writing and signed by both parties. This Agreement is signed in English and Chinese, both versions equally valid.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 — Service Scope

| Service | Coverage | Included activities |
|---|---|---|
| Network operations | 10 offices, 38 switches, 10 firewalls, 11 SD-WAN edges, 64 access points | monitoring, fault handling, firmware maintenance, configuration backup |
| Server and storage operations | 46 virtual servers, 3 hypervisor hosts, 1 storage array | monitoring, patching in agreed windows, capacity reports |
| Backup operations | nightly backup of 46 servers and file shares | job monitoring, reruns, quarterly restore test |
| Service desk | about 1,150 users | Chinese-language phone, e-mail and portal support, 08:00–20:00 on working days |
| End-user support | head office and 9 project offices | remote support; on-site visits in Wuhan within one working day |
| Service management | all services | incident, problem, change and asset management; monthly report |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of core services (WAN, internet breakout, file service, ERP servers), per month | 99.95% | 3% of the Monthly Charge per 0.02 percentage point below target |
| Priority 1 incident response (core service down or head office without network) | 15 minutes, around the clock | CNY 1,000 per late incident |
| Priority 1 resolution or workaround | 3 hours | CNY 2,000 per started hour beyond target |
| Priority 2 response / resolution | 1 hour / 8 hours | CNY 500 per late incident |
| Service desk calls answered within 60 seconds | 90% of calls per month | 1% of the Monthly Charge |

Service credits in any month are capped at a quarter of that month's Monthly Charge and are deducted from the next invoice.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Service Commencement Date | 134,000 |
| Monthly Charge | 36 months × CNY 68,500 | 2,466,000 |
| **Total charges for the Term** | | **2,600,000** |
| Exit assistance beyond the Term | per engineer day | 2,200 (not included above) |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HEO-API-2025-012

BETWEEN

Hodh Earth Observation SARL, a company incorporated in the Islamic Republic of Mauritania, with its registered office in Nema, Hodh Ech Chargui Region ("Vendor"),

AND

Beijing Hengfeng Agri-Risk Technology Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Haidian District, Beijing ("Customer").

BACKGROUND

The Customer designs weather and grassland index insurance products for insurers in Inner Mongolia, Gansu and Qinghai. The Vendor produces satellite-derived vegetation, soil moisture and rainfall estimates for grassland and dryland farming regions and delivers them through an application programming interface. The Customer wishes to subscribe to these data for two Subscription Years.

1. DEFINITIONS

1.1 "API" means the Vendor's REST interface through which the Data Products are delivered, with its documentation.

1.2 "Data Products" means the datasets described in clause 2.1, as delivered through the API or by bulk download.

1.3 "Customer Inputs" means the polygons, coordinates, policy identifiers and other data that the Customer uploads to or sends through the API, and the query history linked to them.

1.4 "Subscription Year" means each successive period of one year starting on the Activation Date or its anniversary.

1.5 "Activation Date" means the date on which the Customer accepts the activation tests under clause 4.

1.6 "Custom Indices" means the index formulas, calibration parameters and index time series that the Vendor develops specifically for the Customer's insurance products.

2. SUBSCRIBED DATA AND SERVICES

2.1 The subscription covers, for the regions listed in Annex 1: (a) a ten-day vegetation index at 250 m resolution from 2001 to date; (b) a daily soil moisture estimate at 1 km resolution; (c) a daily satellite rainfall estimate blended with station data at 5 km resolution; (d) growing-season anomaly layers; and (e) point and polygon time-series queries on all of the above.

2.2 The API quota is 1,800,000 calls per Subscription Year. Calls beyond the quota are charged at CNY 0.08 per call and are invoiced separately.

2.3 During the first Subscription Year the Vendor shall develop and calibrate three Custom Indices for the Customer, one each for grassland drought, dryland wheat and snow-disaster risk, using historical loss data supplied by the Customer.

2.4 The Vendor shall provide technical support to the Customer's data engineers in Chinese or English by e-mail, ticket portal and telephone.

2.5 The Vendor shall maintain the historical archive and may reprocess it with improved methods. Reprocessed versions shall be announced 30 days in advance with a description of the changes, and the previous version shall remain available through the API for at least six months so that the Customer can compare results and adjust its products.

2.6 The Customer shall use the API only through the credentials issued to it, keep its credentials secure and not resell the Data Products as a standalone data service.

3. TERM

3.1 This Agreement runs for two Subscription Years from the Activation Date.

3.2 It ends at the end of the second Subscription Year and does not renew automatically. Any renewal requires a new written agreement.

4. ACTIVATION AND ACCEPTANCE

4.1 The Vendor shall provide API credentials, bulk download of the historical archive and a test environment within 20 days after signature.

4.2 The activation tests are: (a) bulk download of the full archive for the Annex 1 regions completes with checksums verified; (b) 500 sample point queries and 200 polygon queries return complete results, with a median response time under 2 seconds; (c) rainfall estimates for 30 sample stations compare with observed station data within the accuracy stated in Annex 2; and (d) the Customer's pricing system retrieves data through the API for five consecutive days without error.

4.3 The Customer shall run the tests within 10 working days after the Vendor's notice of readiness and accept in writing or list the failures. The Vendor shall fix failures within 10 days and the failed tests shall be repeated.

4.4 If the Activation Date does not occur within 45 days after signature for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of 0.02% of the Total Fees for each day of delay.

4.5 The Custom Indices are accepted separately when back-testing against the Customer's historical loss data meets the correlation criteria in Annex 2.

5. FEES AND PAYMENT

5.1 The fees are:
   Subscription fee, Subscription Year 1 ..... CNY 318,000
   Subscription fee, Subscription Year 2 ..... CNY 318,000
   Set-up and Custom Indices development ..... CNY 24,000
   Total Fees ................................ CNY 660,000
All amounts include VAT.

5.2 Subscription fees are invoiced quarterly in arrears, CNY 79,500 at the end of each quarter of a Subscription Year. The set-up fee is invoiced after the Activation Date.

5.3 No payment is due before the Activation Date. The Customer pays each correct invoice within 30 days.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 5 days in advance and carried out between 00:00 and 04:00 Beijing time.

6.2 A Priority 1 incident is an API outage, or a failure of the daily rainfall or soil moisture update. The Vendor shall respond to a Priority 1 incident within 1 hour at any time and restore the service or the update within 6 hours. Priority 2 incidents (degraded performance, a missing layer) shall be answered within 8 working hours and resolved within 2 working days.

6.3 Each daily update shall be published by 10:00 Beijing time on the following day.

6.4 Service credits: for each 0.1 percentage point of monthly availability below the commitment, 5% of that quarter's subscription fee; for each Priority 1 incident not restored within the restoration time, CNY 2,000. Credits are deducted from the next invoice.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Vendor shall process Customer Inputs only to provide the Data Products and services under this Agreement and shall not use them for any other purpose, including for product improvement or in aggregated form.

7.2 The Vendor shall host the API and Customer Inputs in a data centre in mainland China, encrypt Customer Inputs in transit and at rest, restrict access to named staff, keep access logs for one year and comply with the PRC Data Security Law and Personal Information Protection Law. Customer Inputs shall not leave mainland China.

7.3 The Vendor shall notify the Customer of any security incident affecting Customer Inputs within 6 hours, take immediate containment measures, support the Customer's investigation, and bear the losses and regulatory penalties resulting from an incident caused by the Vendor.

7.4 At the end of this Agreement the Vendor shall return all Customer Inputs in a standard format and delete all copies within 30 days, and confirm deletion in writing.

8. LICENCE AND INTELLECTUAL PROPERTY

8.1 The Vendor owns the Data Products, the API and its processing methods. The Vendor grants the Customer a non-exclusive, non-transferable licence to use the Data Products in the Customer's business, including in the design, pricing and claims settlement of insurance products and in reports to its insurer clients and regulators.

8.2 Data Products downloaded during the term may be kept and used for these purposes after the term without further fee.

8.3 The Custom Indices, including their formulas, parameters, code and documentation, belong to the Customer. The Customer may use, modify and license them freely, including with data from another supplier. The Vendor shall not offer the Custom Indices to anyone else.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Fees.

9.2 This limit does not apply to breach of clause 7, infringement of intellectual property, fraud or wilful misconduct.

10. SUBCONTRACTING

The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The hosting provider named in Annex 3 is approved on signature.

11. TERMINATION

11.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if monthly availability is below the commitment in three consecutive months.

11.2 On termination for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination, and clause 8.2 continues to apply.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 Annexes: Annex 1 Regions and Layers; Annex 2 Accuracy and Back-testing Criteria; Annex 3 Approved Hosting Provider.

13.3 Neither party is liable for failure caused by events beyond its reasonable control, including satellite failure, natural disaster or government action, if it informs the other party promptly and takes reasonable steps to limit the effects. Loss of a satellite source does not excuse the Vendor where a substitute source of comparable quality is available.

13.4 Notices shall be given in writing to the addresses above, with a copy by e-mail.

13.5 This Agreement is signed in two originals in English, one for each party, and takes effect on signature.

For the Vendor: ____________________        For the Customer: ____________________
Date:                                      Date:
"""

# ---------------------------------------------------------------- targets and labels
FILES = {
    "z01": ("h771z01_mine_restoration_monitoring_platform.pdf", "zh", "software"),
    "z02": ("h771z02_thermometer_line_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h771z03_trampoline_chain_booking_saas.txt", "zh", "cloud"),
    "z04": ("h771z04_oncology_radionuclide_registry_om.txt", "zh", "services"),
    "z05": ("h771z05_pewter_casting_tracking_supplier_template.md", "zh", "software"),
    "e01": ("h771e01_seafood_traceability_licence_kiffa_vendor.pdf", "en", "software"),
    "e02": ("h771e02_farm_platform_saas_order_form_rosso_vendor.md", "en", "cloud"),
    "e03": ("h771e03_conveyor_sensors_monitoring_zouerate_vendor.docx", "en", "hardware"),
    "e04": ("h771e04_managed_it_services_kaedi_vendor.md", "en", "services"),
    "e05": ("h771e05_earth_observation_api_nema_vendor.txt", "en", "cloud"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
T = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 7, False, False, True, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
            "PRC", S],
    "z04": [None, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True, False,
            "PRC", S],
    "z05": [None, 12, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 25, False, True, None, "PRC",
            G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
            "Mauritania", G],
    "e02": [None, None, False, "buyer", True, True, True, 400 / 550000 * 100, 150, None, True, None, None, None, True,
            True, False, "PRC", S],
    "e03": [99.95, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
    "e04": [99.95, 0.25, True, "buyer", False, True, True, 1800 / 2600000 * 100, 9 / 36 * 100, None, True, None, None,
            None, False, True, False, "PRC", S],
    "e05": [99.95, 1, True, "buyer", True, True, False, 0.02, 150, None, True, None, None, None, False, True, False,
            "PRC", S],
}
X = {  # sla_clause, ld_stated, post_warranty_fee_capped, acceptance_deemed_on_delivery, contract_value
    "z01": (True, True, True, False, 2226000),
    "z02": (True, True, True, False, 1678000),
    "z03": (True, True, None, False, 760000),
    "z04": (True, False, None, False, 386000),
    "z05": (True, True, True, True, 794000),
    "e01": (True, True, True, False, 1832000),
    "e02": (False, True, None, False, 550000),
    "e03": (True, True, True, False, 1928000),
    "e04": (True, True, None, False, 2600000),
    "e05": (True, True, None, False, 660000),
}
# itemised licence / hardware subtotal (TCO fee base) of goods_or_licence drafts
FEE_BASE = {"z01": 1180000, "z02": 1386000, "z05": 612000, "e01": 1240000, "e03": 1713600}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Nouakchott arbitration

DESIGN = {
    "z01": [],
    "z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "high", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}
# policy thresholds (defaults of section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(k, t):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not X[k][2] or t["warranty_months"] is None:
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = post_years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[k]
    return post / (X[k][4] + post) * 100


def derive(k, t):
    sla, ld, capped, deemed, value = X[k]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(k, t)
        if sh is not None and sh > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(k):
    name, lang, cat = FILES[k]
    t = dict(zip(TERM_KEYS, T[k]))
    sla, ld, capped, deemed, value = X[k]
    extra = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": derive(k, t)}


# ---------------------------------------------------------------- threshold scan
BAD = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十\d])四\s*个?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十点])", r"千分之零点五",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*(?:\(30\)\s*)?per\s*cent", r"(?<![\d.])30\s*per\s*cent",
    r"(?<![\d.])100\s*%", r"百分之一?百", r"one\s*hundred\s*per\s*cent", r"(?<![\d.])100\s*per\s*cent",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"十二个月", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"(?<![\d.])15\s*%", r"百分之十五(?![点])", r"\bfifteen\s*(?:\(15\)\s*)?per\s*cent", r"(?<![\d.])15\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*(?:\(40\)\s*)?per\s*cent", r"(?<![\d.])40\s*per\s*cent",
]
BAD_RE = re.compile("|".join(BAD), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "4 h", "four hours", "0.05%", "万分之五", "30%", "30 %",
            "百分之三十", "100%", "百分之百", "12 months", "12个月", "十二个月", "twelve (12) months", "12-month", "15%",
            "百分之十五", "40%", "百分之四十", "fifteen per cent", "40 per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055", "万分之五十", "130%", "0.30",
             "2025年12月", "1.5%", "115%", "140%", "百分之三十五", "12 hours", "120个", "0.08%", "1,500", "04:00",
             "150%", "25%", "15 days", "12小时"]


def selftest():
    for s in MUST_HIT:
        assert BAD_RE.search(s), ("must hit", s)
        assert BAD_RE.search(re.sub(r"\s", "", s)), ("must hit (no ws)", s)
    for s in MUST_MISS:
        assert not BAD_RE.search(s), ("must miss", s)


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write(SRC, targets, OUT, wrap_words=True)
    for k, (name, lang, cat) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)


def check_sums():
    assert 1180000 + 736000 + 214000 + 96000 == 2226000 == 445200 + 1001700 + 779100
    assert abs(445200 / 2226000 - 0.20) < 1e-9 and abs(1001700 / 2226000 - 0.45) < 1e-9
    assert 486000 + 168000 + 252000 + 184000 + 296000 == 1386000
    assert 12 * 14000 == 168000 and 36 * 7000 == 252000 and 8 * 23000 == 184000
    assert 1386000 + 148000 + 126000 + 18000 == 1678000 == 335600 + 922900 + 419500
    assert round(1386000 * 0.07) == 97020 and round(1180000 * 0.09) == 106200
    assert 35 * 9600 == 336000 and 2 * 336000 + 88000 == 760000 and 8 * 84000 == 672000
    assert 4 * 96500 == 386000
    assert 612000 + 148000 + 34000 == 794000 == 516100 + 277900 and round(794000 * 0.65) == 516100
    assert round(612000 * 0.25) == 153000
    assert 1240000 + 386000 + 164000 + 42000 == 1832000 == 366400 + 824400 + 641200
    assert round(1240000 * 0.11) == 136400
    assert 2 * 246000 + 58000 == 550000 and 8 * 61500 == 492000
    assert 240 * 2600 == 624000 and 16 * 18500 == 296000 and 24 * 9800 == 235200 and 12 * 14200 == 170400
    assert 624000 + 296000 + 235200 + 170400 + 388000 == 1713600
    assert 1713600 + 186400 + 28000 == 1928000 == 192800 + 1060400 + 674800
    assert round(1713600 * 0.08) == 137088
    assert 36 * 68500 == 2466000 and 2466000 + 134000 == 2600000
    assert 2 * 318000 + 24000 == 660000 and 8 * 79500 == 636000


def main():
    selftest()
    check_sums()
    build()
    fired = set()
    report = []
    for k, (name, lang, cat) in FILES.items():
        lab = label(k)
        t = lab["expected_terms"]
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        assert risk_of(lab["expected_rules"]) == RISK[k], k
        fired |= set(lab["expected_rules"])
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        sh = tco_share(k, t)
        assert sh is None or abs(sh - TCO_TH) > 2, (k, sh)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = BAD_RE.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        report.append((name, n, lab["expected_rules"], RISK[k], None if sh is None else round(sh, 2)))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    for r in report:
        print(*r)
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
