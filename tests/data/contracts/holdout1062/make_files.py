"""holdout1062: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市住房和城乡建设局物业服务监管平台建设项目合同
P:合同编号：ZJJ-ZFCG-2026-118
P:采购人（甲方）：某市住房和城乡建设局
P:供应商（乙方）：某智慧社区科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就物业服务监管平台的软件许可与定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供物业服务监管平台软件（含物业企业信用评价、项目备案、投诉处理、专项维修资金查询四个模块）的永久使用许可，部署于甲方政务云。
P:1.2 乙方按甲方需求定制开发物业服务质量巡查、业主满意度测评、维修资金使用公示及监管驾驶舱等功能，并完成与市“一网通办”平台、不动产登记系统、网格化管理平台的数据对接。
P:1.3 乙方负责系统部署、历史数据导入、用户培训及上线保障，培训对象包括甲方及各区物业科工作人员。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾柒万元整（¥1,670,000），其中：平台软件许可费¥780,000；定制开发费¥636,000；数据对接费¥168,000；部署实施及培训费¥86,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、文档及乙方为履行本合同发生的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序办理付款，因财政审批造成的合理时间不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后一百二十日内完成全部开发、部署及数据对接，并提交初步验收申请。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、源代码、部署手册及用户手册等完整资料。
H:第五条 验收
P:5.1 初步验收标准：各项功能符合招标文件技术要求及经甲方确认的需求规格说明书；与三个外部系统的数据对接连续五个工作日无差错；在三百名用户并发访问时页面平均响应时间不超过三秒；通过第三方机构的安全检测且无高危漏洞。
P:5.2 初步验收合格后进入九十日试运行，试运行期间未发生一级故障、全部遗留问题已整改关闭的，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 系统上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新申请验收，所需费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率应不低于99.95%，计划内维护须提前三个工作日经甲方同意并在夜间进行。
P:6.2 故障分级响应：一级故障（系统整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应；三级故障次一工作日内处理。
P:6.3 乙方每延迟响应一小时，扣减当期应付款或履约保证金人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
H:第七条 质量保证与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及远程技术支持。
P:7.2 质保期满后，如甲方需要，乙方应提供年度维护服务，年维护费不超过平台软件许可费的8%，即每年不超过人民币62,400元，该价格在质保期满后三年内不得上调。维护合同需双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、驾驶舱及相关文档、源代码的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证所提供的软件和成果不侵犯任何第三方的合法权益，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的物业企业信息、业主投诉、维修资金等全部数据归甲方所有，乙方仅为履行本合同目的使用，不得以任何形式留存、复制或用于其他用途。
P:9.2 乙方应按网络安全等级保护三级要求落实安全措施，通过堡垒机运维并留存操作日志，不得将数据带离政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同的终止而免除，乙方应要求参与本项目的人员签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方未按期交付或通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方提供的软件或服务不符合合同约定的，应无偿整改；给甲方造成损失的，应予赔偿。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同义务全部或部分转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日仍未交付，或严重违反合同约定经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并要求乙方返还已收款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 履约保证金与项目人员
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格后，甲方在十五个工作日内无息退还履约保证金；乙方有违约情形的，甲方可从履约保证金中扣除相应违约金及赔偿款。
P:15.2 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格并常驻甲方现场。项目经理及核心开发人员在项目实施期间不得随意更换，确需更换的，应提前十日书面征得甲方同意，且替换人员的资格和经验不低于原人员。
P:15.3 乙方人员在甲方场所工作时，应遵守甲方的安全保卫、保密及办公管理制度，服从甲方项目负责人的工作安排。
H:第十六条 需求变更
P:16.1 实施过程中甲方提出需求调整的，双方应书面确认变更内容、对工期和费用的影响。变更工作量在原定制开发工作量10%以内的，乙方不另行收费。
P:16.2 未经甲方书面确认，乙方不得擅自变更系统功能、技术架构或部署方案。
H:第十七条 不可抗力
P:17.1 因地震、洪水、重大疫情等不可抗力导致合同不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供有关证明，相应履行期限可以顺延。
H:第十八条 其他
P:18.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分。
P:18.2 本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
P:签订日期：2026年__月__日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：EWS-KZ-2026-07
P:甲方（买方）：某电动挖耳勺制造有限公司
P:乙方（卖方）：某工业自动化工程有限公司
P:甲方拟对其注塑、组装、包装三条电动挖耳勺生产线的控制系统进行升级改造。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及后续维保事宜达成如下协议。
H:一、改造范围
P:（一）更换三条生产线的可编程控制器、伺服驱动及人机界面，新增视觉检测工位两处，用于耳勺头部装配与包装完整性检测。
P:（二）部署产线数据采集网关和组态监控软件，实现设备状态、产量、不良品及能耗数据的集中采集与展示。
P:（三）编写控制程序及配方管理程序，完成与甲方现有ERP系统的工单对接。
P:（四）拆除旧控制柜及线缆，按甲方指定地点堆放，可利用的旧设备归甲方所有。改造后三条生产线的产品规格、包装形式应与改造前保持一致。
H:二、设备与价格
P:本合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|可编程控制器及I/O模块|3套|128,000|384,000
TB:2|伺服驱动器及电机|36套|6,500|234,000
TB:3|人机界面触摸屏|6台|9,000|54,000
TB:4|视觉检测相机及光源|2套|97,000|194,000
TB:5|数据采集网关|3台|18,000|54,000
TB:6|组态监控软件许可（永久）|1套|260,000|260,000
TB:小计|软硬件小计|||1,180,000
TB:7|安装调试及停线切换|1项|126,000|126,000
TB:8|控制程序及ERP对接开发|1项|74,000|74,000
TB:合计||||1,380,000
P:上述价格包含运输、保险、税费及乙方人员差旅费用。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备到货并安装完毕后，甲方支付合同总价的45%；到货及安装不视为质量验收。
P:（三）系统通过最终验收后十五个工作日内，甲方支付合同总价的35%。
H:四、交货与安装
P:（一）乙方应在合同签订后六十日内完成全部设备到货，并利用甲方安排的停线窗口分线完成安装切换，每条线停线时间不得超过三天。
P:（二）乙方应提供设备合格证、说明书、电气图纸、程序备份及操作维护手册。
P:（三）设备到货后，双方共同开箱清点，核对型号、数量及外观，并签署到货签收单。到货签收仅表示数量核对无误，不代表设备质量合格。
P:（四）乙方所供设备应为原厂全新产品，控制器、伺服及视觉相机须提供原厂授权或供货证明，不得使用翻新件或拆机件。
H:五、验收
P:（一）验收标准：三条生产线在新控制系统下连续七十二小时稳定运行；单线节拍不低于每分钟四十件；视觉检测漏检率不高于千分之二；数据采集网关上传的产量数据与人工盘点结果一致；与ERP的工单下发和报工回传全部正确。
P:（二）甲方在乙方提交验收申请后十日内组织验收并出具书面验收报告。验收不合格的，乙方应限期整改后重新验收。
P:（三）设备安装完成或甲方开始生产使用，均不视为验收合格。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为损坏的故障，乙方免费维修或更换。
P:（二）质保期内，一级故障（整条生产线停机）乙方应在1小时内响应，8小时内恢复生产；二级故障（单工位故障）在24小时内修复。
P:（三）乙方响应或修复每超时一小时，向甲方支付人民币800元。
P:（四）乙方应在甲方工厂存放常用备件一套，包括控制器模块、伺服驱动器、触摸屏及相机光源各一件，备件消耗后乙方应在七日内补齐，质保期内补充的备件不另收费。
H:七、质保期满后的维保
P:（一）质保期满后，乙方按年度提供维保服务，包括每季度一次预防性巡检、备件更换、程序维护及远程支持。
P:（二）年度维保费为软硬件小计的28%，即每年人民币330,400元，该费率在质保期满后四年内固定不变，按季度支付。
P:（三）甲方可在每个维保年度届满前书面通知不再续订。
H:八、知识产权
P:（一）组态软件及设备内置软件的知识产权归其原权利人，甲方获得永久使用许可。
P:（二）乙方为本项目编写的控制程序、配方程序、ERP接口程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
H:九、数据安全
P:（一）生产线采集的工艺参数、产量、质量数据归甲方所有，乙方仅为调试和维保目的访问，不得复制、留存或用于其他目的。
P:（二）乙方远程访问须经甲方逐次批准，并通过甲方指定的VPN及账号进行，操作全程留痕；乙方应对其人员的访问行为负责。
P:（三）因乙方原因导致数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内告知甲方，协助处置，并赔偿由此造成的全部损失。
H:十、保密
P:乙方对在履行本合同中知悉的甲方工艺配方、产品设计、客户与价格信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之六支付违约金。
P:（二）因乙方安装切换延误造成甲方停线时间超过约定的，乙方应赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十二、分包
P:乙方可将现场电气安装、桥架及布线工作分包给具备相应资质的第三方，分包前书面通知甲方即可；乙方对分包部分的质量和安全向甲方负责。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十五、人员与现场管理
P:（一）乙方应指定一名具有五年以上产线自动化项目经验的项目经理，负责本项目的组织实施，并在安装切换期间常驻甲方工厂。
P:（二）乙方现场人员应遵守甲方的安全生产、防静电及洁净车间管理规定，电气作业人员须持有有效的特种作业操作证。进入车间前须接受甲方组织的安全培训。
P:（三）停线切换前，乙方应提交切换方案及回退方案，经甲方生产部门确认后实施。切换失败的，乙方应在当班内恢复原控制系统，保证次日正常生产。
P:（四）因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担全部责任。
H:十六、培训与技术资料
P:（一）乙方应对甲方设备维护人员进行不少于五天的集中培训，内容包括控制系统原理、程序结构、常见故障诊断、备件更换及视觉检测参数调整，并对操作工进行上岗培训。
P:（二）培训结束后，乙方应对受训人员进行考核，确保甲方维护人员能够独立处理常见故障。
P:（三）乙方应在验收前提交完整的竣工资料，包括电气原理图、接线图、程序注释文件、参数清单、备件清单及供应商联系方式，电子版和纸质版各一套。
H:十七、不可抗力
P:因不可抗力导致任何一方不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任，履行期限相应顺延。
H:十八、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议和设备清单为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

Z03 = """高尔夫培训门店预约及会员管理系统订阅服务合同

合同编号：GF-SaaS-2026-031
甲方（客户）：某高尔夫运动培训连锁有限公司
乙方（服务商）：某云约科技有限公司

鉴于甲方在全国经营三十家高尔夫培训门店，需统一的课程预约、教练排班及会员管理系统，乙方同意以软件即服务方式提供该系统并完成实施，双方经协商一致订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店提供预约及会员管理系统的在线使用服务，包括课程与打位预约、教练排班、会员卡及储值管理、课时核销、营销活动、小程序及数据报表等功能。
2. 每家门店可开通不超过十五个员工账号，会员端小程序不限用户数量。
（二）实施服务
1. 乙方负责系统配置、门店及教练基础数据初始化、会员及储值余额数据迁移、与甲方财务系统的对账接口开发。
2. 乙方对门店店长及前台人员进行分批培训，并在首批门店上线后驻场支持两周。
3. 乙方应指定一名实施项目经理和一名客户成功经理，分别负责上线实施和服务期内的日常对接，人员变更应提前书面告知甲方。
（三）服务期内的持续服务
1. 系统功能的常规升级和安全补丁，由乙方免费提供；涉及门店操作方式变化的升级，应提前七日通知甲方并提供操作说明。
2. 乙方每月向甲方提交服务报告，内容包括系统可用率、故障记录、工单处理情况及使用情况统计。
3. 乙方提供在线客服和服务热线，服务时间为每日八时至二十二时，覆盖门店全部营业时段。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期满前，任何一方未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其市场价格调整年服务费，并于续期前提前通知甲方，甲方继续使用即视为同意调整后的价格。

三、费用及支付
（一）费用明细：
1. 年服务费：每门店每服务年度人民币9,800元，三十家门店合计每服务年度人民币294,000元，两个服务年度合计人民币588,000元；
2. 实施费：人民币126,000元（一次性）；
3. 数据迁移费：人民币38,000元（一次性）。
合同总价为人民币752,000元。
（二）实施费和数据迁移费在上线验收合格后十五个工作日内一次付清。
（三）年服务费按服务年度支付，乙方在每个服务年度开始后开具发票，甲方在收到发票后二十日内支付当年度服务费。
（四）本合同不设预付款。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成首批五家门店上线，九十日内完成全部门店上线。
（二）验收标准：
1. 合同约定的功能全部可用，预约、核销和储值扣款结果正确；
2. 迁移后的会员数量、剩余课时和储值余额与甲方原系统逐户核对无差异；
3. 财务对账接口连续十日对账一致；
4. 在两千名会员同时在线预约时，页面响应时间不超过两秒。
（三）甲方在收到验收申请后十日内组织验收，验收合格的出具书面验收单。上线试用不视为验收合格。
（四）上线切换安排在门店营业淡季的夜间进行。切换前，乙方应完成全部会员数据的试迁移和核对，并制定回退方案；切换当日如发现储值余额或剩余课时错误，乙方应立即回退，保证门店次日正常营业。
（五）验收不合格的，乙方应在十日内完成整改并重新提交验收，因整改导致的延误计入乙方的上线期限。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间并提前两日通知甲方。
（二）一级故障（全部门店无法预约或收款）乙方应在30分钟内响应，3小时内恢复；二级故障在8小时内解决。
（三）月度可用率低于承诺值的，每低0.1个百分点，按当月服务费的2%抵扣下期服务费；一级故障响应每超时一小时，抵扣人民币500元。

六、数据安全与数据归属
（一）会员信息、消费记录、储值余额、预约记录等全部业务数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、访问控制、操作审计和每日备份等措施，并符合《个人信息保护法》的要求。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还确认后彻底删除。
（五）乙方工作人员仅可在处理甲方工单时按最小必要原则查看会员数据，查看记录应保存不少于一年，并应甲方要求提供。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表、对账接口程序及配置方案归甲方所有，甲方可自由使用、修改并许可第三方使用。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据及会员信息负有保密义务，保密期限至相关信息依法公开之日止。

九、违约责任
（一）乙方未按约定时间完成上线的，每逾期一日，向甲方支付人民币600元违约金。
（二）乙方在本合同项下的累计赔偿责任，以违约行为发生前六个月内甲方已支付的服务费总额为限，但乙方故意或重大过失造成的损失除外。

十、分包
乙方不得将本合同服务分包给第三方，确需将部分实施工作交由第三方完成的，应事先取得甲方书面同意。

十一、合同解除
乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的服务费。

十二、争议解决
本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应首先友好协商解决；协商不成的，任何一方均可将争议提交上海仲裁委员会，按照其届时有效的仲裁规则在上海进行仲裁。仲裁裁决是终局的，对双方均有约束力。

十三、门店增减
（一）服务期内甲方新开门店的，按每门店每服务年度人民币9,800元的单价，自该门店开通之日起按日折算收取服务费；新门店的基础配置和培训由乙方免费完成。
（二）甲方关闭门店的，可提前三十日书面通知乙方停用相应门店账号，自下一个服务年度起相应减少服务费。
（三）门店增减不影响本合同其他条款的效力。

十四、双方义务
（一）甲方应指定项目联系人，及时提供门店、教练、课程及会员等基础资料，并组织门店人员参加培训。
（二）甲方应妥善保管系统管理员账号和密码，因甲方管理不善导致账号被盗用的，由甲方自行负责。
（三）乙方应保证系统符合国家有关网络安全和个人信息保护的法律法规，小程序及相关应用应完成必要的备案。
（四）乙方不得在会员端小程序中投放与甲方无关的广告或推送其他商家的营销信息。

十五、通知
双方的通知应以书面形式送达本合同首页载明的地址或双方确认的电子邮箱。一方变更联系方式的，应在变更后三日内通知对方。

十六、不可抗力
因不可抗力或公共云基础设施的重大故障导致服务中断的，受影响一方应及时通知对方并尽力减少损失，但乙方应启动应急预案，尽快恢复服务。

十七、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

Z04 = """窨井液位监测系统年度运维服务合同

项目编号：PSC-CS-2026-05（竞争性磋商）
甲方（采购人）：某市排水管理处
乙方（成交供应商）：某环境物联科技有限公司

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就窨井液位监测系统年度运维服务订立本合同。

第一条 服务范围
1. 运维对象为甲方已建成的窨井液位监测系统，包括分布在中心城区的1,260套窨井液位监测终端、48套管网流量计、监测数据平台及其服务器、网络链路。
2. 服务内容包括：监测终端及流量计的定期巡检、清淤维护、电池更换、故障维修；监测平台的日常运行监控、数据校核、软件缺陷修复；汛期值守及应急保障；月度运行分析报告和年度总结报告。
3. 乙方应配备不少于十名专职运维人员，其中项目经理一名、平台工程师两名，人员名单须报甲方备案，主要人员变更应经甲方同意。
4. 本合同所称窨井液位监测系统的设备清单、点位分布及技术参数，以双方签署的设备交接清单为准。

第二条 服务期限
服务期为一年，自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，甲方将依法重新组织采购。

第三条 服务费用
1. 合同总价为人民币伍拾陆万捌仟元整（¥568,000），其中：终端及流量计巡检维护费¥312,000；平台运维费¥96,000；备品备件费¥118,000；数据分析及报告费¥42,000。
2. 合同总价为固定价格，包含人工、车辆、工具、备品备件、通信流量、临时交通疏导及税费。单次更换备件超出备件清单范围的，经甲方书面确认后另行结算。

第四条 付款方式
1. 本合同不设预付款。
2. 服务费按季度支付。每季度结束后，甲方组织季度考核，考核合格后十五个工作日内支付当季服务费，即合同总价的四分之一。
3. 季度考核扣分对应的扣款从当季服务费中扣除。

第五条 服务标准
1. 巡检：每季度对全部监测终端巡检一次，汛期（5月至9月）对易涝点位终端每月巡检一次，巡检记录和现场照片须上传平台。
2. 故障分级及响应：
（1）一级故障：监测平台整体中断，或同一排水分区内二十套以上终端同时离线。乙方应在30分钟内响应，2小时内到达现场，6小时内恢复。
（2）二级故障：单套终端离线或数据异常。乙方应在24小时内修复。
（3）三级故障：平台非核心功能异常，乙方应在三个工作日内修复。
3. 汛期红色、橙色预警期间，乙方应安排不少于两支应急小组二十四小时值守，听从甲方统一调度。
4. 乙方每月5日前提交上月运行分析报告，内容包括终端在线情况、故障处理统计、液位超限事件及设备健康评估。
5. 监测平台出现液位超过警戒值的报警时，乙方值班人员应在15分钟内核实报警真伪，确认为真实报警的，立即电话报告甲方调度中心，并派人赶赴现场查看。
6. 乙方应每半年对全部液位传感器进行一次比对校准，校准误差超出设备技术要求的，应及时调整或更换，并将校准记录上传平台。
7. 汛期前，乙方应完成全部终端电池电量检测和易涝点位终端的加固检查，并向甲方提交汛前检查报告。

第六条 考核与扣款
1. 甲方按运维考核细则对乙方进行季度考核，满分一百分，八十分以上为合格。
2. 一级故障响应每超时一小时扣款人民币1,000元；二级故障每超时一日扣款人民币200元；巡检记录缺失或弄虚作假的，每处扣款人民币500元。
3. 连续两个季度考核不合格的，甲方有权暂停支付服务费，直至乙方完成整改。

第七条 验收
1. 季度考核作为阶段验收。服务期满后，甲方对全年运维服务进行最终验收。
2. 最终验收标准：全年巡检计划完成率达到计划要求；全年一级故障均在规定时限内恢复；设备台账、巡检记录、维修记录、备件使用记录完整一致；终端和平台移交时运行正常；年度总结报告经甲方审核通过。
3. 最终验收不合格的，乙方应在十五日内整改，整改期间的费用由乙方承担。

第八条 数据安全
1. 监测数据、管网基础信息、平台账号及日志均归甲方所有，乙方仅为运维目的访问，不得复制、留存、对外提供或用于其他任何目的。
2. 乙方应按甲方网络安全管理制度开展运维，平台运维须通过甲方堡垒机进行，禁止私自开设远程端口；运维终端须安装杀毒软件并定期检查。
3. 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，配合调查处置，因乙方原因造成的损失由乙方全额赔偿。

第九条 知识产权
乙方在服务中形成的运行报告、设备台账、维护记录及为甲方编制的数据处理脚本归甲方所有，甲方可自由使用和修改。

第十条 违约责任
1. 乙方未按本合同约定的期限完成季度巡检或甲方书面要求的整改事项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 因乙方维护不当造成监测设备损坏、丢失的，乙方应照价赔偿；造成内涝预警失误并导致甲方损失的，乙方应承担赔偿责任。
3. 甲方无故逾期付款的，按逾期金额每日万分之三向乙方支付违约金。

第十一条 转包与分包
乙方不得将本合同服务转包，也不得将任何部分分包给第三方。

第十二条 安全生产
乙方进行窨井作业应严格执行有限空间作业规定，落实先通风、再检测、后作业，设置围挡和警示标志；作业人员的人身安全由乙方负责。

第十三条 不可抗力
因台风、特大暴雨等不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方据实调整相关服务时限。不可抗力事件结束后，乙方应立即恢复运维服务，对受损设备进行全面检查，并将检查结果和修复计划书面报告甲方。

第十四条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 人员管理
1. 乙方运维人员应具备相应的专业技能，从事有限空间作业的人员须经专门培训并考核合格，持证上岗。
2. 乙方人员进入道路作业时应穿着反光服，按规定设置交通警示设施，夜间作业须配备照明设备，并服从交通管理部门的指挥。
3. 甲方发现乙方人员不能胜任工作或违反甲方管理规定的，有权要求乙方更换，乙方应在五个工作日内安排合格人员到岗。
4. 乙方应为其运维人员依法缴纳社会保险并购买意外伤害保险。

第十六条 备品备件管理
1. 乙方应按备件清单储备监测终端、液位传感器、通信模块、电池及流量计配件，备件库存数量不得低于清单规定的最低数量。
2. 备件型号应与现有设备兼容，更换下来的旧设备由乙方登记后交还甲方，不得擅自处置。
3. 乙方每季度向甲方报送备件出入库记录，服务期满时剩余的备品备件归甲方所有。

第十七条 服务交接
1. 服务开始前，甲方向乙方移交设备台账、平台账号、历史运维记录及相关技术资料，双方共同对设备运行状况进行清点确认，并签署交接清单。
2. 服务期满前三十日，乙方应整理全年运维资料，协助甲方或新的服务单位完成交接，交接期间乙方应继续保障系统正常运行。
3. 交接完成后，乙方应注销其使用的平台账号，归还甲方提供的门禁卡、钥匙及工具。

第十八条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份、乙方两份，自签订之日起生效。

甲方（盖章）：                乙方（盖章）：
"""

Z05 = """# 匠迹工序追踪系统软件销售及开发合同

（匠迹软件标准合同文本 V3.0）

合同编号：JJ-HT-2026-0412

甲方（买方）：某手工皮具工作室
乙方（卖方）：某匠迹软件有限公司

甲方因皮具制作工序管理需要，向乙方购买匠迹工序追踪系统软件许可并委托乙方进行定制开发。双方经友好协商，订立本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供匠迹工序追踪系统标准版软件许可一套（含十个用户授权），功能包括订单管理、工序派工、扫码报工、工时统计及基础报表。

1.2 乙方按甲方需求进行定制开发，内容包括：皮料批次及库存管理、裁片扫码追踪、手工缝线及封边工序记录、成品溯源二维码、客户定制订单进度查询页面。

1.3 乙方负责软件安装部署、基础数据导入及操作培训。

1.4 系统采用浏览器及手机端访问，支持甲方在工作室及外协加工点扫码报工。增加用户授权的，按乙方当时的用户单价另行购买。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 工序追踪系统标准版软件许可（十用户，永久） | 168,000 |
| 2 | 定制开发（皮料库存、裁片追踪、工序记录、溯源、进度查询） | 214,000 |
| 3 | 安装部署、数据导入及培训 | 36,000 |
| | 合计 | 418,000 |

合同总价为人民币肆拾壹万捌仟元整（¥418,000），含税。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的65%，乙方收到款项后启动开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，乙方有权暂停开发和服务，并按逾期金额每日千分之一收取滞纳金。

3.4 乙方在收到每笔款项后开具等额增值税普通发票。甲方需要增值税专用发票的，应在付款前提供开票信息。

## 第四条 交付

4.1 乙方在收到首期款后九十日内完成开发并上线。因甲方需求变更、资料提供不及时等原因导致的延误，交付期限相应顺延。

4.2 乙方向甲方提供用户操作手册电子版。源代码及设计文档不属于交付范围。

4.3 乙方完成安装部署和数据导入后，书面通知甲方上线时间。甲方应按通知安排人员开始使用系统，甲方未按时安排的，以通知载明的日期为上线日期。

## 第五条 验收

5.1 系统上线运行后，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后三日内以书面形式提出，逾期未提出的，视为甲方对系统无异议。

## 第六条 售后服务

6.1 乙方自系统上线之日起提供六个月免费维护服务，包括缺陷修复和远程技术支持。

6.2 免费维护期内，一级故障（系统无法登录或无法报工）乙方在工作日8小时内响应，其他问题在三个工作日内响应。服务时间为工作日9:00至18:00。

6.3 以下情形不属于免费维护范围：甲方自行修改配置或数据导致的问题；甲方硬件、网络或操作系统故障；甲方新增需求或功能调整；因甲方操作不当造成的数据恢复。上述服务乙方可另行收费。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费用按乙方届时公布的服务价格标准执行。

## 第七条 知识产权

7.1 本合同项下软件产品及定制开发成果（包括但不限于程序、数据库结构、界面设计及相关文档）的知识产权均归乙方所有。

7.2 甲方在本合同有效期内享有在其内部使用上述软件的非独占、不可转让的使用权，不得对软件进行修改、反向工程或提供给第三方使用。

7.3 乙方有权将定制开发的功能纳入其标准产品向其他客户销售。

## 第八条 数据

8.1 甲方录入系统的订单、客户、工艺等数据归甲方所有。

8.2 为改进产品及提供行业分析服务，乙方有权对甲方的业务数据进行脱敏、汇总后使用，并可将分析结果用于乙方产品及对外发布的行业报告。

8.3 乙方对系统采取身份认证、权限控制、数据加密和定期备份等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并依法承担相应赔偿责任。

8.4 系统每日自动备份一次，备份数据保留十五日。甲方需要导出数据的，可通过系统自带的导出功能自行导出。

## 第九条 保密

双方对在合作过程中获知的对方商业信息负有保密义务，未经对方同意不得向第三方披露，但法律法规另有规定的除外。本合同的价格条款属于乙方商业秘密，甲方不得向其他软件供应商透露。保密义务在本合同终止后两年内继续有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 任何一方违反本合同约定给对方造成损失的，应承担相应的赔偿责任。

10.3 甲方未按约定支付款项超过十五日的，乙方有权暂停系统使用授权，直至甲方付清全部款项，由此产生的后果由甲方承担。

## 第十一条 甲方义务

11.1 甲方应指定专人负责与乙方的日常联络，并在乙方要求的时间内提供工序流程、皮料编码规则、产品款式及工时定额等基础资料，保证资料真实、完整。

11.2 甲方应自行准备系统运行所需的服务器或云主机、扫码枪、标签打印机及网络环境，相关硬件和网络费用由甲方承担，不包含在本合同价款内。

11.3 甲方应妥善保管系统账号和密码，因甲方人员操作不当、擅自修改配置或计算机病毒造成的故障和数据损失，乙方不承担责任，乙方协助处理的可另行收取服务费。

## 第十二条 需求确认与变更

12.1 乙方在合同签订后与甲方进行需求调研，编写需求确认书，经甲方签字确认后作为开发依据。需求确认书签字后，甲方不得提出超出范围的新需求。

12.2 甲方确需变更需求的，应书面提出，乙方评估工作量后报价，经双方确认后另行签订补充协议，开发周期相应顺延。

12.3 甲方在需求调研和测试阶段应及时反馈意见，因甲方原因导致项目暂停超过三十日的，乙方有权按已完成工作量要求甲方结清相应款项。

## 第十三条 培训

13.1 乙方为甲方提供一次远程集中培训，培训时长不超过两天，培训对象为甲方的管理人员和系统管理员。

13.2 甲方需要现场培训或增加培训次数的，乙方按每人每天人民币2,000元另行收取费用，差旅费用由甲方承担。

## 第十四条 通知与送达

14.1 本合同项下的通知以书面形式发送至合同首页载明的地址或双方确认的电子邮箱，发出后即视为送达。

14.2 一方联系方式发生变化的，应及时通知对方，否则按原联系方式送达的通知视为有效送达。

## 第十五条 合同解除

任何一方严重违反本合同约定，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十六条 不可抗力

因不可抗力导致本合同不能履行的，受影响方不承担违约责任，但应及时通知对方并提供证明。

## 第十七条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十八条 其他

18.1 本合同为乙方标准合同文本，未尽事宜双方可另行签订补充协议。

18.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：__________　　乙方（签章）：__________

签订日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. PSQ-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrun Auto Parts Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Changzhou, Jiangsu (the "Buyer"), and Prairie Signal Quality Systems, Inc., a corporation with its principal office in Alva, Oklahoma, United States (the "Vendor").
P:The Buyer manufactures brake and suspension components on eleven production lines and wishes to replace its paper-based inspection records with a statistical process control system. The Vendor develops and licenses such software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PrairieSPC Enterprise software, version 8, in object code, including the inspection, control chart, gauge management and supplier quality modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts and inspection plan conversions developed by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Buyer Data" means all measurement results, inspection plans, part drawings, supplier records and other data entered into or generated by the Software for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Buyer and its affiliates in the People's Republic of China, for up to 260 named users and 90 shop-floor data collection stations.
P:2.2 The Buyer may make backup copies and may install the Software on a test server at no extra charge. The licence survives any termination of the services under this Agreement, except a termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Buyer's servers in Changzhou, configure it to the Buyer's inspection workflow, and convert the Buyer's existing inspection plans for approximately 1,800 part numbers.
P:3.2 The Vendor shall develop interfaces between the Software and the Buyer's ERP system, its laboratory coordinate measuring machines and its manufacturing execution system, as described in the functional specification agreed by the parties.
P:3.3 The Vendor shall train up to forty key users and ten administrators at the Buyer's site, and provide two weeks of on-site support after go-live.
P:3.4 The Vendor shall appoint a project manager who speaks Chinese and is available at the Buyer's site during installation, testing and go-live. The Buyer shall provide the servers, database licences, network access and key users needed for the work.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,690,000, fixed and inclusive of taxes, travel and expenses, made up of: Licence Fee CNY 1,260,000; configuration, plan conversion and interfaces CNY 384,000; training and go-live support CNY 46,000.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price within 20 days after signature, against the Vendor's invoice; (b) 45% within 20 days after the Software is installed and the interfaces are connected, which is not acceptance; and (c) 35% within 20 days after Final Acceptance.
P:4.3 All payments are made in CNY by bank transfer to the account of the Vendor's designated collection agent in Shanghai.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall complete installation within 45 days and be ready for acceptance testing within 120 days after signature.
P:5.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 Acceptance testing follows the test plan annexed to the functional specification. The Software passes when: all functions listed in the specification work as described; measurement data from every connected machine reaches the Software within five seconds; control chart calculations match reference results for the sample data set; the ERP and MES interfaces process a full production week without error; and 150 concurrent users can work with page response below three seconds.
P:6.2 After passing the tests, the system runs in production for sixty days. If no Severity 1 defect occurs during that period and all open Severity 2 defects are closed, the Buyer issues the acceptance certificate.
P:6.3 Final Acceptance takes effect only on the Buyer's signed certificate. Installation, go-live, productive use or any payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with the specification for 24 months after Final Acceptance. During this period the Vendor shall correct defects and supply all updates and new releases free of charge.
P:7.2 Severity 1 incidents (the system or a production line's data collection is unavailable) shall be responded to within one hour, and a workaround provided within eight hours. Severity 2 incidents shall be responded to within eight hours.
P:7.3 For each hour by which the Vendor exceeds a response time, the Buyer may deduct CNY 1,000 from any amount payable, or claim it as a credit against support fees.
P:7.4 After the warranty period, the Vendor shall offer annual support at 9% of the Licence Fee (CNY 113,400 per year), fixed for three years. Support renews only by a written order of the Buyer; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables, including source code, belong to the Buyer on payment. The Buyer may use, modify and license them without restriction, and the Vendor shall deliver their source code with the acceptance documentation.
P:8.3 The Vendor shall defend and indemnify the Buyer against any third-party claim that the Software or Custom Deliverables infringe intellectual property rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access it only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session, through the Buyer's VPN with multi-factor authentication. The Vendor shall not transfer Buyer Data outside the People's Republic of China, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Buyer within 12 hours of any security incident affecting Buyer Data, cooperate in its investigation and remediation, and is liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party, including drawings, process parameters, pricing and source code, and use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to death or personal injury, wilful misconduct, infringement indemnities or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the liquidated damages under Article 5.2 reach their maximum.
P:13.2 On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Oklahoma, United States, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall be settled by arbitration in Oklahoma City, Oklahoma, under the commercial arbitration rules of the American Arbitration Association, by a single arbitrator, in English. The award is final and binding.
H:Article 15 General
P:15.1 This Agreement, with the functional specification and the test plan, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be sent by courier and e-mail to the addresses on the signature page.
P:15.3 Neither party is liable for a delay caused by an event beyond its reasonable control, such as natural disaster, epidemic or government action, provided it notifies the other party promptly and does its best to limit the effect. Dates affected by such an event are extended by the period of the delay.
P:15.4 Neither party may assign this Agreement without the prior written consent of the other party, except that the Buyer may assign it to an affiliate that takes over the relevant plants.
P:15.5 This Agreement is made in English and Chinese. Both versions have equal force. It is signed in four originals, two for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — FieldCrest Service Cloud

Order Form No. FC-OF-2026-0917

## Part A — Order Form

### A1. Parties

- **Provider:** FieldCrest Software, LLC, a limited liability company with its principal office in Pittsburg, Kansas, United States.
- **Customer:** Hangzhou Jinsheng Elevator Maintenance Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Hangzhou, Zhejiang.

### A2. Services Ordered

The Provider shall provide the FieldCrest Service Cloud, a hosted field-service management application, for the Customer's elevator and escalator maintenance business. The subscription covers work-order dispatch, technician mobile app, preventive maintenance scheduling, spare-parts tracking, customer portal and reporting. The Provider shall also perform the Onboarding Services described in A5.

### A3. Subscription Term

The Subscription Term is 24 months from the Go-Live Date confirmed under B3. The Subscription Term ends at its expiry without automatic renewal. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
| --- | --- | --- | --- |
| Dispatcher and office users, per user per subscription year | 40 users x 2 years | 2,675 | 214,000 |
| Technician mobile users, per user per subscription year | 140 users x 2 years | 1,100 | 308,000 |
| Subscription fees for the Subscription Term | | | 522,000 |
| Onboarding Services (configuration, data migration, ERP integration, training) | 1 | 68,000 | 68,000 |
| **Total Order Value** | | | **590,000** |

Fees are inclusive of VAT and are fixed for the Subscription Term. Additional users may be added at the same unit prices, prorated to the end of the current subscription year.

### A5. Onboarding Services and Go-Live

1. The Provider shall configure the service to the Customer's maintenance contracts and dispatch rules, migrate records of about 6,500 lifts and their maintenance history, build an interface to the Customer's ERP for spare-parts and invoicing, and train dispatchers and technicians in Hangzhou, Ningbo and Wenzhou.
2. The target Go-Live Date is 75 days after signature of this Order Form.

### A6. Invoicing and Payment

1. Subscription fees are invoiced per subscription year, at the start of each subscription year, and are payable within 30 days of invoice.
2. The Onboarding fee is invoiced after Go-Live Acceptance under B3 and is payable within 30 days of invoice.
3. No other amount is due before Go-Live.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, records, photographs and documents submitted to the service by or for the Customer, including data on the Customer's clients, lifts and technicians.

1.2 "Customer Configurations" means the workflows, forms, report templates and ERP interface mappings created for the Customer in the Onboarding Services.

### 2. Provision of the Service

2.1 The Provider shall make the service available to the Customer's authorised users in accordance with these General Terms and the documentation.

2.2 The Provider may improve the service from time to time, provided that no change materially reduces the functionality ordered.

### 3. Go-Live Acceptance

3.1 Before Go-Live, the Provider shall demonstrate that: all ordered modules operate on the Customer's configuration; migrated lift records and open work orders reconcile one to one with the Customer's extract; work orders, parts issues and invoices pass to and from the ERP correctly on a test set of 300 transactions; and the mobile app works on the device models listed by the Customer.

3.2 The Customer shall confirm acceptance in writing within ten business days after a successful demonstration, or list the failures found. The Provider shall correct them and repeat the affected tests. Use of the service in parallel with the old system does not count as acceptance.

### 4. Service Levels

4.1 The Provider shall make the production service available 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 22:00 and 06:00 Beijing time.

4.2 Priority 1 incidents (the service is unavailable or dispatch cannot be performed) shall be responded to within 30 minutes and resolved or worked around within three hours, at any time of day. Priority 2 incidents shall be responded to within two business hours.

4.3 If availability falls below the commitment in a month, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall or part of it, up to 50% of that month's fee. Each late Priority 1 response earns a further credit of CNY 800. Credits are applied to the next invoice.

### 5. Customer Data

5.1 As between the parties, Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the service to the Customer and shall not sell it, disclose it or use it for any other purpose.

5.2 On expiry or termination, the Provider shall make Customer Data available for export in CSV format for 60 days, and shall delete it afterwards.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it except to employees and advisers who need to know it and are bound by similar duties.

6.2 This clause continues for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 The Provider owns the service, its software and documentation.

7.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and let third parties use them, also after the Subscription Term.

### 8. Subcontractors and Hosting

8.1 The Provider may engage subcontractors and hosting providers to perform any part of the service. The Provider shall inform the Customer of any new subcontractor by written notice or by updating the list on its customer portal at least 15 days before the subcontractor begins work.

8.2 The Provider remains responsible for the performance of its subcontractors.

### 9. Delay in Go-Live

9.1 If Go-Live Acceptance is not achieved by the target date for reasons attributable to the Provider, the Provider shall pay CNY 400 for each day of delay, deducted from the Onboarding fee and, if that is insufficient, from subscription invoices.

### 10. Liability

10.1 Each party's total liability under this Order Form is limited to 150% of the Total Order Value. The limit does not apply to personal injury, fraud, wilful misconduct or breach of clause 6.

10.2 Neither party is liable for indirect or consequential loss, lost profits or lost revenue, except where caused by wilful misconduct.

### 11. Term and Termination

11.1 The Customer may terminate this Order Form by written notice if the Provider commits a material breach that it does not cure within 30 days after written notice, or if three or more Priority 1 incidents occur in any calendar month.

11.2 On such termination the Provider shall refund the prepaid subscription fees for the remaining part of the subscription year.

11.3 Either party may terminate if the other becomes insolvent or ceases to carry on business.

### 12. Governing Law and Disputes

12.1 These terms are governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final.

### 13. General

13.1 This Order Form, including these General Terms, is the entire agreement of the parties on its subject matter and prevails over any terms on the Customer's purchase orders.

13.2 Neither party may assign this Order Form without the other's written consent, except to an affiliate that takes over the relevant business.

13.3 Each party shall obtain the internal approvals it needs to sign this Order Form. The person signing for each party confirms that he or she is authorised to do so.

### 14. Customer Responsibilities

14.1 The Customer shall provide the data extracts, ERP test environment and key users needed for the Onboarding Services on the dates agreed in the project plan.

14.2 The Customer is responsible for the accuracy of the data it enters, for the devices its technicians use and for keeping its own users' passwords confidential. The Customer shall not use the service to store content that is unlawful or that it has no right to use.

14.3 Delays caused by the Customer extend the target Go-Live Date by the same period.

### 15. Force Majeure

15.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, war, government action and general internet or power failures not caused by the party. The affected party shall notify the other promptly and resume performance as soon as possible.

15.2 If such an event prevents the service for more than 30 consecutive days, either party may end this Order Form by written notice, and the Provider shall refund prepaid fees for the remaining period.

Signed for the Provider: ____________________  Signed for the Customer: ____________________
"""

E03 = """T:Supply Contract for Vibration Sensors, Gateways and Condition Monitoring Software
P:Contract No. XC-EQ-2026-0233
P:Buyer: Hunan Xiangcheng Cement Co., Ltd., with its registered office in Changsha, Hunan, People's Republic of China (the "Buyer").
P:Supplier: Kiamichi Condition Monitoring, Inc., with its principal office in Idabel, Oklahoma, United States (the "Supplier").
P:This contract is issued on the Buyer's standard terms for equipment purchases. The Supplier shall supply, install and commission a wireless condition monitoring system for the kilns, mills, fans and conveyors of the Buyer's two clinker lines, together with a perpetual licence of the monitoring software.
H:1. Scope of Supply
LN:The Supplier shall deliver 420 wireless triaxial vibration and temperature sensors, 36 industrial gateways, one application server and the ConditionView monitoring software, as listed in the price table in clause 2.1.
LN:The Supplier shall mount the sensors at the measurement points agreed in the site survey report, configure the gateways on the Buyer's plant network, install the software, and set alarm limits for each machine based on ISO 10816 and the baseline readings.
LN:The Supplier shall train twelve maintenance engineers and four reliability analysts at the plant.
H:2. Price
P:2.1 The Contract Price is CNY 1,980,000, fixed and inclusive of VAT, packing, freight to the plant, insurance and import duties, as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated|420|2,350|987,000
TB:2|Industrial gateway with 4G backup link|36|8,600|309,600
TB:3|ConditionView software, perpetual licence, 500 points, with application server|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,782,600
TB:4|Installation, mounting and commissioning|1 lot|168,400|168,400
TB:5|Training|1 lot|29,000|29,000
TB:|Contract Price|||1,980,000
P:2.2 The Buyer shall pay: (a) 10% of the Contract Price as an advance within 15 days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer; (b) 55% within 30 days after all equipment is delivered and installed, which does not constitute acceptance; (c) 35% within 30 days after the Final Acceptance Certificate is signed.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the plant within 60 days after signature and complete installation and commissioning within a further 45 days, working only during the maintenance windows notified by the Buyer.
P:3.2 Delivery is complete when all items have been received at the plant and checked against the packing list. Receipt is not acceptance of quality.
P:3.3 The Supplier shall observe the Buyer's site safety rules, including permits for work at height and near rotating equipment.
P:3.4 Before mounting, the Supplier shall survey both clinker lines with the Buyer's maintenance team and issue a site survey report listing every machine, measurement point, mounting method and gateway location. Changes to the number of points within the quantities in clause 2.1 do not change the Contract Price.
P:3.5 The Supplier shall provide, for each gateway, a signal test record showing that all sensors assigned to it connect reliably in normal plant operation, including when the kiln and mills run at full load.
H:4. Acceptance
P:4.1 The Buyer shall conduct acceptance tests within 20 days after the Supplier notifies completion of commissioning. The system passes when: every sensor reports to the software at the agreed interval; no sensor misses more than two scheduled messages per day over a 14-day measurement run; vibration readings at ten reference points agree within 5% with a calibrated portable analyser; alarm notifications reach the Buyer's maintenance staff by SMS and e-mail within one minute; and the historian stores data for all points without gaps.
P:4.2 After passing the tests the system runs for 30 days. If no Severity 1 fault occurs, the Buyer signs the Final Acceptance Certificate. Failed tests are repeated after correction at the Supplier's cost.
P:4.3 Use of the system by the Buyer before the Final Acceptance Certificate is signed does not mean acceptance.
H:5. Warranty
P:5.1 The Supplier warrants all equipment and the software for 36 months after the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective items, including sensor batteries that fail before their rated life, free of charge, and supply software updates.
P:5.2 Support levels during the warranty:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Software or server down, or a whole production line without monitoring|1 hour|24 hours
TB:Severity 2|Single gateway or group of sensors offline|8 hours|3 days
TB:Severity 3|Other faults and questions|2 business days|next software update
P:5.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,200, which the Buyer may deduct from any amount due or claim from the warranty guarantee.
P:5.4 After the warranty period the Supplier shall provide annual support, including software updates, remote diagnosis and replacement sensors at list price, at 7% of the Hardware and Licence Subtotal per year (CNY 124,782), fixed for the first three years after the warranty. Support is ordered by the Buyer year by year and does not renew automatically.
H:6. Delay
P:6.1 If the Supplier fails to meet a date in clause 3.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:7. Intellectual Property
P:7.1 The ConditionView software and the sensor firmware remain the property of the Supplier, which grants the Buyer a perpetual licence to use them with the system.
P:7.2 The machine models, alarm configurations, dashboards and reports built for the Buyer belong to the Buyer, which may use, change and hand them to third parties.
H:8. Data Security
P:8.1 All measurement data and plant information belong to the Buyer. The Supplier may use them only to perform this contract.
P:8.2 The system is installed on the Buyer's network; the Supplier shall not connect it to any external cloud service. Remote access for support requires the Buyer's approval for each session and takes place through the Buyer's VPN.
P:8.3 The Supplier shall report any security incident within 12 hours and is liable for damage caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plant, processes and production data received under this contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation lasts for five years after the end of the contract.
H:10. Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
P:10.2 Neither party is liable for the other party's loss of profit or other indirect loss, except in cases of wilful misconduct or gross negligence.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Mounting work approved in this way remains the Supplier's responsibility.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected items.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha. The award is final and binding on both parties.
H:14. Packing, Documents and Spare Parts
P:14.1 The equipment shall be packed for sea and road transport and for storage at a dusty plant site. Each case shall be marked with the contract number, item numbers and gross weight.
P:14.2 With the delivery the Supplier shall hand over: certificates of origin and conformity; explosion-protection certificates for the sensors; the installation drawings showing each measurement point; user, administrator and maintenance manuals in Chinese and English; and the software licence certificate.
P:14.3 The Supplier shall keep spare sensors and gateways in stock in China and shall be able to supply them for at least eight years after Final Acceptance.
H:15. Training
P:15.1 Training takes place at the plant in two sessions: a three-day course for the maintenance engineers covering installation, battery replacement, gateway configuration and fault finding, and a five-day course for the reliability analysts covering spectrum analysis, alarm setting, trend review and reporting.
P:15.2 The Supplier shall provide course material in Chinese and an interpreter where its trainers do not speak Chinese.
H:16. General
P:16.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly. The dates affected are extended accordingly.
P:16.2 This contract is made in Chinese and English; both versions have equal effect. Amendments must be in writing and signed by both parties.
P:16.3 This contract takes effect on signature by the authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. RRT-MS-2026-15

This Managed IT Services Agreement is made between **Shaoxing Huafang Textile Group Co., Ltd.**, a company organised under the laws of the People's Republic of China with its registered office in Shaoxing, Zhejiang (the "Customer"), and **Red River Technology Services, Inc.**, a corporation with its principal office in Elk City, Oklahoma, United States, acting through its representative office in Shanghai (the "Provider").

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the targets in Schedule 2.

1.3 "Managed Estate" means the servers, network devices, end-user computers and applications listed in the inventory agreed at the end of Transition.

1.4 "Transition" means the take-over of the Services from the Customer's internal team and current supplier, as described in clause 3.

1.5 "Customer Data" means all data held on the Managed Estate or processed by the Provider for the Customer.

## 2. Term

2.1 The Services run for 36 months from the Service Commencement Date, which is the date the Customer signs the Transition acceptance under clause 3.3.

2.2 The Agreement ends at the end of the term. Any extension must be agreed in writing, with charges to be agreed at that time.

## 3. Transition

3.1 The Provider shall complete Transition within 60 days after signature. Transition includes discovery of the Managed Estate, installation of monitoring agents, set-up of the service desk, knowledge transfer from the incumbent supplier and the preparation of runbooks.

3.2 The Provider shall deliver a Transition plan within ten days after signature and report progress to the Customer weekly.

3.3 Transition is accepted when: the inventory of the Managed Estate is complete and reconciled with the Customer's asset register; all servers and network devices are monitored and test alerts reach the service desk; the service desk has handled a two-week shadow period with at least 95% of tickets correctly categorised; runbooks for the twenty most frequent requests are approved by the Customer; and backup restore tests for three critical systems succeed. The Customer confirms acceptance in writing.

## 4. Services

4.1 The Provider shall perform the Services in Schedule 1 in accordance with good industry practice, the Customer's IT policies and the Service Levels.

4.2 The Provider shall staff an on-site engineer at the Customer's headquarters in Shaoxing on business days and shall provide remote service around the clock.

4.3 The Provider shall present a monthly service report and meet the Customer's IT manager monthly to review performance, incidents and improvement actions.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Transition fee is invoiced after Transition acceptance. The monthly service charge is invoiced quarterly in arrears.

5.2 The Customer shall pay undisputed invoices within 30 days. Charges are fixed for the term, except for changes in the size of the Managed Estate beyond the bands in Schedule 3.

## 6. Service Credits

6.1 If the Provider misses a Service Level in a month, the Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

6.2 Service credits are a price adjustment reflecting the reduced value of the Services. They are the Customer's sole financial remedy for a failure to meet the Service Levels, without prejudice to its right to terminate under clause 12.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and shall not copy, disclose or use it for any other purpose.

7.2 The Provider shall comply with the Customer's information security policy and the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Administrative access to the Managed Estate shall use named accounts with multi-factor authentication through the Customer's jump server, and all sessions are logged. Customer Data shall not leave the People's Republic of China.

7.3 The Provider shall report any security incident affecting the Managed Estate or Customer Data within two hours, contain it, support the investigation and bear the losses caused by its breach of this clause.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to personnel who need it and are bound by equivalent obligations. This duty survives for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 Runbooks, scripts, configuration baselines and documentation created by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to any successor supplier.

9.2 The Provider's monitoring tools remain the Provider's property and are licensed to the Customer for the term.

## 10. Liability

10.1 The Provider's total liability arising out of or in connection with this Agreement in any contract year is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 The limit does not apply to death or personal injury, wilful misconduct or breach of clause 7.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for its approved subcontractors as for itself.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the same critical Service Level in three consecutive months.

12.2 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, hand over all runbooks, credentials and Customer Data, and cooperate with any successor supplier.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final and binding.

## 14. General

14.1 This Agreement with its Schedules is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

14.2 In case of conflict, the clauses prevail over the Schedules.

14.3 Neither party is responsible for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. The Provider's business continuity plan shall remain in effect during such events.

14.4 Notices must be in writing and sent to the contact persons named in the signature page, by courier or by e-mail with confirmation of receipt.

14.5 This Agreement is signed in English and Chinese, both versions being equally authentic.

## Schedule 1 — Services

| Service | Scope | Hours |
| --- | --- | --- |
| Service desk | Telephone, e-mail and portal support in Chinese and English for about 1,100 users | 24 x 7 |
| End-user computing | Deployment, patching and repair of about 950 laptops and desktops at headquarters and three mills | Business days, on site |
| Server and storage management | Monitoring, patching, capacity management of 64 virtual and 12 physical servers and two storage arrays | 24 x 7 monitoring |
| Network management | Monitoring and configuration of 140 switches, 9 firewalls and wireless controllers at four sites | 24 x 7 monitoring |
| Backup and recovery | Daily backup, quarterly restore tests, off-site copy at the Customer's second data room | Daily |
| Security operations | Antivirus, vulnerability scanning, monthly patch compliance report | Monthly reporting |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Credit if missed |
| --- | --- | --- |
| Priority 1 incident response (site down or ERP unavailable) | 15 minutes | 3% of the monthly charge |
| Priority 1 incident resolution | 3 hours | 5% of the monthly charge |
| Priority 2 incident response | 1 hour | 1% of the monthly charge |
| Availability of the core network and ERP servers | 99.95% per month | 5% of the monthly charge for each 0.1 point below target |
| Service desk calls answered within 60 seconds | 90% | 2% of the monthly charge |

Total credits in a month are limited to 20% of the monthly charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition fee | One-time, after Transition acceptance | 94,000 |
| Monthly service charge | 36 months x CNY 58,500 | 2,106,000 |
| **Total Contract Value** | | **2,200,000** |
| Estate bands | Charges apply for 900 to 1,050 end-user devices and up to 90 servers; outside these bands the monthly charge changes by CNY 42 per device and CNY 310 per server | |
| Exit assistance | Per engineer day, if requested | 3,200 |

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
Agreement No. WC-DS-2026-208

PARTIES

This Data Subscription Agreement is made between:
Wheatland Crop Analytics, LLC, a limited liability company with its principal office in Chickasha, Oklahoma, United States ("Provider"); and
Shandong Hengfeng Feed Group Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Weifang, Shandong ("Customer").

BACKGROUND

Customer buys large volumes of corn, sorghum and soybean meal for its feed mills. Provider publishes crop condition, yield forecast, weather and export inspection data for the major producing regions of the Americas. Customer wishes to receive this data through Provider's application programming interface (API) and to have Provider build custom data feeds for its purchasing models.

1. DEFINITIONS

1.1 "Data Products" means the data sets listed in clause 2.1, as updated by Provider from time to time.
1.2 "API" means Provider's REST interface through which the Data Products are delivered.
1.3 "Subscription Year" means each period of 365 days starting on the Start Date or an anniversary of it.
1.4 "Start Date" means the date on which Customer confirms Integration Acceptance under clause 5.
1.5 "Custom Feeds" means the data transformations, mappings and export jobs that Provider builds for Customer under clause 3.
1.6 "Customer Data" means the locations, purchasing volumes, contract positions, queries and other information that Customer submits to the API or otherwise provides to Provider.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right, during the Term, to access the API and to use the following Data Products for its internal purchasing and risk management: (a) weekly crop condition indices by state and province; (b) county-level yield forecasts for corn, sorghum and soybeans, updated twice a month; (c) daily gridded weather observations and fifteen-day forecasts; (d) weekly export inspection and vessel line-up data; and (e) historical archives of these data sets back to 2005.
2.2 Customer may give access to up to 25 named users and may make up to 200,000 API calls per Subscription Year. Customer may display the Data Products in internal reports but shall not resell them or publish them outside its group.

3. CUSTOM FEEDS AND INTEGRATION

3.1 Provider shall build Custom Feeds that convert the Data Products to Customer's commodity codes and units, load them each morning into Customer's data warehouse in Jinan, and compute the regional supply indicators specified in the integration specification.
3.2 Provider shall deliver documentation of the Custom Feeds, including field definitions, mapping tables and job schedules, in English, and shall explain them to Customer's analysts in two online workshops.
3.3 Provider shall deliver API credentials and the historical archive within 10 days after signature and complete the Custom Feeds within 60 days after signature.

4. FEES AND PAYMENT

4.1 The fees are:
Subscription fee, Subscription Year 1: CNY 396,000
Subscription fee, Subscription Year 2: CNY 418,000
Integration fee for the Custom Feeds (one-time): CNY 36,000
Total fees for the initial Term: CNY 850,000
4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days. The integration fee is invoiced after Integration Acceptance and payable within 30 days.
4.3 No fee is payable before the Start Date.
4.4 API calls above the annual allowance are charged at CNY 0.60 per call, invoiced quarterly in arrears.

5. INTEGRATION ACCEPTANCE

5.1 Provider shall notify Customer when the Custom Feeds are complete. Customer shall test them for 15 business days. The Custom Feeds pass when: all Data Products listed in clause 2.1 load into the data warehouse each day for ten consecutive business days; record counts and sample values match the API for every load; conversions to Customer's commodity codes and units are correct for a test set of 500 records; and the regional supply indicators reproduce Provider's reference calculation.
5.2 Customer confirms Integration Acceptance in writing. Trial use of the data before that confirmation is not acceptance.

6. DELAY

6.1 If Provider does not deliver the API credentials and archive, or complete the Custom Feeds, by the dates in clause 3.3, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 50,000 in total, deducted from the next invoice.

7. SERVICE AND SUPPORT

7.1 Provider shall use commercially reasonable efforts to make the API available and to publish the Data Products on their usual schedules. Provider does not guarantee any particular level of availability, and the Data Products may be delayed when public data sources are delayed.
7.2 Provider offers support by e-mail and through its support portal during its normal business hours in Chickasha, Oklahoma. Provider will address support requests as soon as practicable in the order received.
7.3 Planned maintenance of the API will be announced on the support portal.

8. TERM AND RENEWAL

8.1 The initial Term is two Subscription Years from the Start Date.
8.2 At the end of the initial Term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives notice of non-renewal at least 60 days before the end of the current term.
8.3 The subscription fee for any renewal Subscription Year is Provider's list price in effect at the start of that Subscription Year, as notified by Provider. Provider may increase the fee for each renewal year at its discretion.

9. CUSTOMER DATA AND SECURITY

9.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Products, the API and the Custom Feeds to Customer, and shall not disclose it, combine it with other customers' data or use it for any other purpose.
9.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access limited to the staff serving Customer, logging of all access and annual independent security audits. Provider's connection to Customer's data warehouse uses a dedicated account with write access limited to the staging area.
9.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it and bear the losses caused to Customer by its failure to comply with this clause.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's purchasing volumes and positions and Provider's methods and pricing. This clause continues for three years after the Agreement ends.

11. INTELLECTUAL PROPERTY

11.1 Provider and its licensors keep all rights in the Data Products and the API.
11.2 The Custom Feeds, including their code, mappings and documentation, belong to Customer. Customer may use, modify and have third parties maintain them, also after this Agreement ends. Provider shall deliver their source code with the acceptance documents.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial Term. The limit does not apply to wilful misconduct, breach of clause 9 or clause 10, or Customer's obligation to pay fees.
12.2 Provider does not guarantee that the forecasts will prove accurate, and is not liable for purchasing decisions that Customer makes on the basis of the Data Products.

13. CUSTOMER OBLIGATIONS

13.1 Customer shall give Provider the specification of its commodity codes, units and supply indicators, a test account for its data warehouse staging area and a contact person for the integration, within ten days after signature. Customer is responsible for the accuracy of the locations and volumes it submits and for keeping its users' API keys secret. Delays caused by Customer extend the dates in clause 3.3 by the same period.

14. SUBCONTRACTING

14.1 Provider shall not subcontract the building or operation of the Custom Feeds or the processing of Customer Data without Customer's prior written consent.

15. TERMINATION

15.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to cure it within 30 days after notice. Provider shall then refund the fees paid for the remainder of the current Subscription Year.
15.2 Either party may terminate if the other becomes insolvent.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the People's Republic of China.
16.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

17. GENERAL

17.1 This Agreement is the entire agreement of the parties on its subject matter.
17.2 Notices shall be given in writing to the addresses above.
17.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.
17.4 Neither party is liable for a delay caused by events beyond its reasonable control, including natural disasters, epidemics, government action or the failure of public data sources, if it informs the other party promptly and resumes performance as soon as it can.
17.5 This Agreement is made in English. A Chinese translation may be prepared for Customer's internal use; the English text prevails.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format)
FILES = {
    "z01": ("h1062z01_housing_bureau_property_service_platform.pdf", "pdf"),
    "z02": ("h1062z02_ear_pick_factory_line_control_retrofit.docx", "docx"),
    "z03": ("h1062z03_golf_training_chain_booking_saas.txt", "txt"),
    "z04": ("h1062z04_drainage_manhole_level_monitoring_om.txt", "txt"),
    "z05": ("h1062z05_leather_workshop_process_tracking_supplier_template.md", "md"),
    "e01": ("h1062e01_spc_software_perpetual_licence_oklahoma_vendor.pdf", "pdf"),
    "e02": ("h1062e02_field_service_saas_order_form_kansas_vendor.md", "md"),
    "e03": ("h1062e03_cement_plant_vibration_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h1062e04_textile_group_managed_it_services_36_months.md", "md"),
    "e05": ("h1062e05_crop_data_api_subscription_two_years.txt", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# label design: terms in holdout19 key order; extra; my design list of rules; TCO inputs for goods_or_licence
def T(av, p1, rem, ip, dsc, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": dsc, "buyer_owns_data": own, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}

DESIGN = {
    "z01": dict(lang="zh", cat="software",
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8,
                        False, True, False, "PRC", "goods_or_licence"),
                extra=dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1670000),
                tco=dict(base=780000), forum_outside=False, rules=[]),
    "z02": dict(lang="zh", cat="hardware",
                terms=T(None, 1, True, "buyer", True, True, True, 0.06, None, 20, True, True, 18, 28,
                        False, True, True, "PRC", "goods_or_licence"),
                extra=dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1380000),
                tco=dict(base=1180000), forum_outside=False,
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(lang="zh", cat="cloud",
                terms=T(99.5, 0.5, True, "buyer", True, True, True, 600 / 752000 * 100, 6 / 24 * 100, None, True,
                        None, None, None, True, True, False, "PRC", "service"),
                extra=dict(sla_clause=True, ld_stated=True, deemed=False, value=752000), forum_outside=False,
                rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(lang="zh", cat="services",
                terms=T(None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                        False, False, False, "PRC", "service"),
                extra=dict(sla_clause=True, ld_stated=True, deemed=False, value=568000), forum_outside=False,
                rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": dict(lang="zh", cat="software",
                terms=T(None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None,
                        False, True, None, None, "goods_or_licence"),
                extra=dict(sla_clause=True, ld_stated=True, capped=False, deemed=True, value=418000),
                tco=dict(base=168000), forum_outside=False,
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software",
                terms=T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9,
                        False, True, False, "Oklahoma", "goods_or_licence"),
                extra=dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1690000),
                tco=dict(base=1260000), forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud",
                terms=T(99.95, 0.5, True, "buyer", False, True, True, 400 / 590000 * 100, 150, None, True, None,
                        None, None, False, True, True, "PRC", "service"),
                extra=dict(sla_clause=True, ld_stated=True, deemed=False, value=590000), forum_outside=False,
                rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e03": dict(lang="en", cat="hardware",
                terms=T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7,
                        False, True, False, "PRC", "goods_or_licence"),
                extra=dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1980000),
                tco=dict(base=1782600), forum_outside=False, rules=[]),
    "e04": dict(lang="en", cat="services",
                terms=T(99.95, 0.25, True, "buyer", True, True, True, None, 6 / 36 * 100, None, True, None,
                        None, None, False, True, False, "PRC", "service"),
                extra=dict(sla_clause=True, ld_stated=False, deemed=False, value=2200000), forum_outside=False,
                rules=["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e05": dict(lang="en", cat="cloud",
                terms=T(None, None, False, "buyer", True, True, True, 700 / 850000 * 100, 150, None, True, None,
                        None, None, True, True, False, "PRC", "service"),
                extra=dict(sla_clause=False, ld_stated=True, deemed=False, value=850000), forum_outside=False,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

# policy thresholds (policy.md §3 defaults)
AVAIL, P1H, LDMIN, CAPMIN, PREMAX, WARMIN, PWFMAX, TCOMAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}


def tco_share(d):
    """policy §4: horizon from acceptance; post-warranty years = horizon - warranty years; base = itemised subtotal."""
    t, x = d["terms"], d["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["tco"]["base"]
    return fees / (x["value"] + fees) * 100


def derive_rules(d):
    t, x = d["terms"], d["extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1H:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LDMIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAPMIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREMAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < WARMIN:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > PWFMAX:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TCOMAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    d = DESIGN[key]
    t, x = d["terms"], d["extra"]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["cat"], "expected_terms": dict(t),
            "expected_extra": extra, "expected_rules": derive_rules(d)}


SEVERITY_LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(r in SEVERITY_HIGH for r in rules):
        return "high"
    return "medium" if any(r not in SEVERITY_LOW for r in rules) else "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
THRESHOLD_PATTERNS = [
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![点\d一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![点\d一二三四五六七八九])", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![点\d一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之一?百", r"(?:one\s*)?hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0?\.050*(?!\d)\s*%", r"万分之五(?![十\d])", r"千分之零点五",
    r"(?<![\d.])4\s*(?:hours?|hrs?|小时|个小时)", r"(?<![\w])four\s*(?:\(4\)\s*)?hours?", r"(?<![十\d])四\s*个?小时",
    r"(?<![\d.])12\s*(?:months?|个月|-month)", r"twelve\s*(?:\(12\)\s*)?-?\s*months?", r"(?<![\d])十二\s*个月",
]
MUST_HIT = ["30%", "30 %", "百分之三十", "15%", "40 %", "100%", "百分之百", "99.9%", "99.9 %", "0.05%", "万分之五",
            "4 hours", "4小时", "四小时", "四个小时", "12 months", "12个月", "十二个月", "twelve months",
            "thirty percent", "one hundred percent", "four hours", "12-month"]
MUST_MISS = ["130%", "0.30%", "99.95%", "24 hours", "二十四小时", "24小时", "2027年12月31日", "150%", "0.055%", "115%",
             "14 hours", "1.4 hours", "万分之五十", "240%", "0.15%", "3 hours", "2小时", "15 minutes", "40 users",
             "36 months", "24 months", "百分之三十五"]


def threshold_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in THRESHOLD_PATTERNS:
            for m in re.finditer(p, form, re.I):
                hits.append((p, form[max(0, m.start() - 30):m.end() + 30]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def check_label_values(key):
    d = DESIGN[key]
    t = d["terms"]
    bad = {"availability_pct": AVAIL, "p1_response_hours": P1H, "ld_rate_per_day_pct": LDMIN,
           "liability_cap_pct": CAPMIN, "prepayment_pct": PREMAX, "warranty_months": WARMIN,
           "post_warranty_fee_pct": PWFMAX}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    s = tco_share(d)
    assert s is None or abs(s - TCOMAX) > 2, (key, "tco share", s)


# ---------------------------------------------------------------------------------------------------------------
def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_sums():
    assert 780000 + 636000 + 168000 + 86000 == 1670000
    assert 384000 + 234000 + 54000 + 194000 + 54000 + 260000 == 1180000 and 1180000 + 126000 + 74000 == 1380000
    assert 3 * 128000 == 384000 and 36 * 6500 == 234000 and 6 * 9000 == 54000 and 2 * 97000 == 194000
    assert round(1180000 * 0.28) == 330400 and 20 + 45 + 35 == 100
    assert 30 * 9800 == 294000 and 2 * 294000 + 126000 + 38000 == 752000
    assert 312000 + 96000 + 118000 + 42000 == 568000
    assert 168000 + 214000 + 36000 == 418000 and 65 + 35 == 100
    assert 1260000 + 384000 + 46000 == 1690000 and round(1260000 * 0.09) == 113400
    assert 40 * 2 * 2675 == 214000 and 140 * 2 * 1100 == 308000 and 214000 + 308000 == 522000
    assert 522000 + 68000 == 590000
    assert 420 * 2350 == 987000 and 36 * 8600 == 309600 and 987000 + 309600 + 486000 == 1782600
    assert 1782600 + 168400 + 29000 == 1980000 and round(1782600 * 0.07) == 124782 and 10 + 55 + 35 == 100
    assert 36 * 58500 == 2106000 and 2106000 + 94000 == 2200000
    assert 396000 + 418000 + 36000 == 850000


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    write({k: SRC[k] for k in FILES if FILES[k][1] in ("docx", "pdf")},
          {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for k, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, fmt) in FILES.items():
        d = DESIGN[k]
        lab = label(k)
        check_label_values(k)
        if lab["expected_rules"] != sorted(d["rules"]):
            problems.append((k, "rules differ", lab["expected_rules"], sorted(d["rules"])))
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name, fmt)
        n = length(text, d["lang"])
        lo, hi = RANGES[d["lang"]]
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        hits = threshold_hits(text) + threshold_hits(SRC[k])
        if hits:
            problems.append((k, "threshold text", hits[:5]))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        s = tco_share(d)
        print(f"{k} {name} len={n} rules={lab['expected_rules']} risk={risk(lab['expected_rules'])}"
              + (f" tco_share={s:.2f}" if s is not None else ""))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    compliant = [k for k in FILES if not label(k)["expected_rules"]]
    assert sorted(compliant) == ["e03", "z01"], compliant
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(label("z05")["expected_rules"]) <= 10
    for k in ("z02", "z03", "z04", "e02", "e04", "e05"):
        assert 2 <= len(label(k)["expected_rules"]) <= 3, k
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "see PROBLEM lines"
    print("all checks passed")
