"""holdout1135: builds ten blind held-out draft contracts and their .json labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written from the
sources below as they stand; the .docx/.pdf files are built with ../word_pdf.py. Labels are written from LABELS.
Checks: price sums, label key sets, expected rules derived from the labels (policy section 3, my reading) against the
design list, coverage of all 20 CR rules, the mix, text lengths as read back, and no threshold figure anywhere.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
H1135Z01 = """T:滨海市海域使用监管平台软件许可及定制开发合同
P:合同编号：BHZR-2027-HY017　　采购方式：公开招标（政府采购）　　项目编号：BHCG-2027-0386
P:甲方（采购人）：滨海市自然资源局　　地址：滨海市海港大道88号
P:乙方（供应商）：浙江海睿信息技术有限公司　　地址：杭州市西湖区文三路支路16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件和中标通知书，经双方协商一致，订立本合同。本合同采用甲方的政府采购合同文本，乙方对其条款已充分理解并无异议。
H:第一条 项目内容
P:1.1 乙方向甲方提供海域使用监管平台软件（以下简称“平台”）的永久使用许可，并完成海域动态监视监测模块、用海项目审批衔接接口、围填海历史数据整合、移动巡查端等定制开发以及实施、培训工作。
P:1.2 平台部署于甲方政务云，许可范围为甲方及所属海域监管机构不限用户数使用。许可不因本合同期满、终止或解除而失效。
P:1.3 具体功能及技术要求以招标文件第三章《采购需求》及乙方投标响应为准，二者不一致的，以对甲方更有利者为准。
P:1.4 乙方应提供平台与国家海域动态监视监测系统之间的数据报送接口，确保用海数据按规定格式及时报送。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾肆万元整（¥2,240,000.00），含税，为固定总价，其中：
P:（1）平台软件许可费 ¥1,180,000；
P:（2）定制开发费 ¥760,000（动态监视监测模块、审批衔接接口、移动巡查端）；
P:（3）数据整合费 ¥214,000（宗海界址、海域使用权证、围填海图斑等历史数据的清洗、入库与核查）；
P:（4）实施及培训费 ¥86,000。
P:2.2 合同总价已包含软件许可、开发、部署、数据整合、培训、差旅、税费及质保期内的全部服务费用，甲方无须另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额合法发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台及定制模块部署完成、通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收并经甲方出具书面验收报告后，甲方支付合同总价的35%。
P:3.4 甲方付款按财政国库集中支付程序办理，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 项目实施
P:4.1 乙方应于合同签订后150日内完成全部开发、部署和数据整合工作，并向甲方提交最终验收申请。
P:4.2 乙方应派驻项目经理一名及不少于五名技术人员常驻现场，项目经理未经甲方书面同意不得更换。
P:4.3 乙方应每周提交进度报告，遇有影响工期或质量的重大问题应随时书面报告甲方。
P:4.4 乙方应对甲方业务及运维人员进行不少于三期集中培训，每期不少于2日，培训教材及课件由甲方无偿使用。
P:4.5 乙方人员进入甲方办公场所及机房，应遵守甲方安全管理制度，并签署个人保密承诺书。
H:第五条 验收
P:5.1 初步验收：平台及定制模块部署完成后，由甲方组织功能测试。全部功能项符合采购需求，审批衔接接口连续运行10日无数据差错的，为初步验收合格。
P:5.2 最终验收：初步验收后试运行90日，并同时满足以下标准：（1）历史数据全部入库并经核查，界址坐标与原始成果逐项比对一致；（2）在200个并发用户下常用查询响应时间不超过3秒；（3）通过第三方测评机构的安全测评及商用密码应用安全性评估；（4）试运行期间未发生一级故障；（5）用户手册、运维手册与源代码已全部交付。
P:5.3 验收不合格的，乙方应在15日内整改并重新提交验收。平台上线运行、甲方使用或甲方付款，均不视为验收合格。
H:第六条 质保及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年维护费不超过平台软件许可费的8.5%（即¥100,300/年），该价格在质保期满后三年内不得上调。维护合同另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检，并向甲方提交巡检报告。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护且已提前3日书面通知甲方的时间除外）。
P:7.2 一级故障（平台整体不可用或核心监管功能失效）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复。二级故障2小时内响应，次日内解决；三级故障1个工作日内响应。
P:7.3 乙方未按时响应或恢复的，每超时1小时向甲方支付¥1,500；月度可用率每低于约定值0.01个百分点，乙方向甲方支付¥2,000。上述款项可从应付款或维护费中直接扣减。
H:第八条 数据安全
P:8.1 平台中的海域使用数据、审批数据、监视影像及其衍生数据均归甲方所有。乙方仅为履行本合同之目的接触数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求。远程运维须经甲方逐次审批并通过堡垒机进行，操作日志留存不少于六个月。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、未公开的用海信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 本项目定制开发的模块、接口程序、数据整合脚本及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用、部署和许可他人使用。
P:10.3 乙方保证所提供的软件及成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合合同约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:11.3 乙方违反本合同第八条约定的，除承担赔偿责任外，甲方有权解除合同。
P:11.4 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，且在甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同的组成部分。
P:15.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨海市自然资源局　　　　乙方（盖章）：浙江海睿信息技术有限公司
P:签订日期：2027年　月　日
"""

H1135Z02 = """T:切纸机生产线控制系统改造合同
P:合同编号：RJ-SB-2027-011
P:甲方：瑞安市金刃电动切纸机制造有限公司
P:乙方：宁波恒拓自动化工程有限公司
P:甲方拟对其厂区内四条电动切纸机装配及测试生产线的控制系统进行改造，乙方根据甲方技术要求提供设备、软件及改造服务。双方经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除四条生产线原有继电器控制柜，更换为PLC控制柜及伺服驱动系统，加装触摸屏操作终端、安全光幕及急停回路，并部署生产数据采集软件，实现刀压、推纸位置、工位节拍等数据的自动采集。
P:1.2 乙方负责改造所需的设计、供货、安装、接线、程序编制、联调、试生产配合及操作培训。改造应分线实施，每条线停产时间不超过7日。
P:1.3 设备清单、技术参数及改造图纸见附件一、附件二。
P:1.4 改造后的控制系统应保留与甲方现有ERP系统的数据接口，并预留第五条生产线扩展所需的I/O点位及软件授权余量。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾陆万元整（¥1,760,000），含13%增值税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控PLC、I/O模块、柜体）|4套|168,000|672,000
TB:2|伺服驱动系统（伺服电机、驱动器、减速机）|4套|95,000|380,000
TB:3|触摸屏操作终端（HMI）|8台|9,500|76,000
TB:4|安全光幕及急停回路|4套|26,000|104,000
TB:5|生产数据采集软件许可（永久）|1套|186,000|186,000
TB:|设备及软件小计|||1,418,000
TB:6|改造安装及调试|1项|196,000|196,000
TB:7|控制程序定制开发|1项|118,000|118,000
TB:8|操作及维护培训|1项|28,000|28,000
TB:|合同总价|||1,760,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及质保期内服务等全部费用。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到达甲方厂区并经双方清点签收后，甲方支付合同总价的35%。到货签收不代表质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后45日内完成全部设备到货，于合同生效后100日内完成四条生产线的改造和调试。
P:4.2 改造期间乙方应遵守甲方安全生产管理制度，动火、登高及带电作业须事先办理审批手续。
P:4.3 乙方应在进场前7日提交改造施工方案、停线计划及安全措施，经甲方生产部和设备部书面确认后方可实施。
P:4.4 甲方负责提供施工用电、临时堆放场地及停线窗口，并指定一名设备工程师作为现场联络人。因甲方原因推迟停线的，工期相应顺延。
H:第五条 验收
P:5.1 每条生产线改造完成后，连续试生产72小时，达到以下标准的为单线验收合格：（1）刀压、推纸定位精度符合附件二参数，定位重复误差不大于0.1毫米；（2）安全光幕触发后刀片在规定时间内停止，急停回路测试全部通过；（3）数据采集完整，与现场计数核对一致；（4）试生产期间无因控制系统导致的停线。
P:5.2 四条线均单线验收合格并稳定运行30日后，甲方组织最终验收，并出具书面验收报告。
P:5.3 任何一项标准未达到的，乙方应在10日内整改并重新验收。甲方试用或投入生产，均不视为验收合格。
P:5.4 乙方应在最终验收前交付电气原理图、接线图、程序清单、设备说明书及操作维护手册各两套，并提供电子版。
H:第六条 质保及维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及软件修复均由乙方免费负责。
P:6.2 质保期满后，乙方提供维保服务（含定期巡检、备件更换、程序维护及软件升级），年维保费为设备及软件小计的28%，即每年¥397,040，自质保期满之日起三年内价格固定。维保服务按年签订，不自动续期。
P:6.3 质保期内乙方每季度对四条生产线的控制系统进行一次巡检，检查接线、散热、备份程序及安全回路，并提交巡检记录。
H:第七条 服务响应
P:7.1 一级故障（生产线停线）：乙方应在1小时内响应，6小时内到达现场，12小时内排除故障。
P:7.2 二级故障（部分功能异常但不停线）：2小时内响应，24小时内到达现场并解决。
P:7.3 乙方未按时到场或排除故障的，每超时1小时向甲方支付¥800，可从应付款中扣除。
P:7.4 乙方应在甲方所在地或附近设立备件库，常备PLC模块、伺服驱动器及安全光幕等易损备件，保证更换备件不因缺货延误。
H:第八条 数据与保密
P:8.1 生产数据采集软件所采集的工艺参数、产量及质量数据归甲方所有，乙方不得复制或用于本合同以外的任何目的。
P:8.2 乙方应采取访问控制、账号分级、数据备份等措施保障数据安全；远程维护须经甲方同意并全程记录。因乙方原因导致数据泄露或丢失的，乙方应在2小时内通知甲方并承担赔偿责任。
P:8.3 双方对在合作中知悉的对方技术资料、工艺参数及商业信息负有保密义务，保密期限为合同终止后三年。
P:8.4 乙方人员不得擅自拍摄、复制甲方的产品图纸和装配工艺文件；确因工作需要的，须经甲方书面同意，并在工作结束后交还或销毁。
H:第九条 知识产权
P:9.1 为本项目定制编制的PLC程序、HMI画面及数据接口程序的知识产权归甲方所有，乙方应交付全部源程序及注释，甲方可自行修改使用。
P:9.2 数据采集软件标准产品的知识产权归乙方所有，乙方授予甲方永久使用许可，许可范围覆盖甲方现有四条生产线及今后扩建的同类生产线。
P:9.3 乙方保证所供设备及软件不侵犯第三方的专利、商标或著作权，如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的人身伤害除外。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得将主体改造工作分包。电缆敷设等辅助工作如需分包，须经甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应配合甲方将已改造的生产线恢复到可运行状态，并移交已完成部分的图纸、程序及资料。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在事件结束后15日内提供证明，双方可协商延期履行或解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，提交温州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同自双方盖章之日起生效，一式四份，双方各执两份。
P:15.2 附件一《设备清单及技术参数》、附件二《改造图纸及验收参数》、附件三《停线计划》与本合同具有同等效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

H1135Z03 = """预约排课及会员管理SaaS服务合同

合同编号：CWY-XX-2027-026
甲方：成都川味源厨师培训管理有限公司（以下简称“甲方”，含其直营及加盟的40家培训门店）
乙方：上海约课云网络科技有限公司（以下简称“乙方”）

甲方为统一管理旗下40家厨师培训门店的课程预约、排课、学员会员及储值业务，向乙方订购“约课云”预约排课及会员管理SaaS服务，并委托乙方完成实施工作。双方经友好协商，签订本合同。

一、服务内容
（一）SaaS订阅服务
1. 门店端：40家门店的课程发布、学员在线预约、排课、签到、教室与灶台工位管理、学员评价等功能。
2. 总部管理端：会员统一管理、储值卡及课时包管理、营销活动、财务对账、经营报表及门店考核看板。
3. 小程序端：学员通过甲方品牌小程序预约课程、查询课时、在线支付及领取结业证书。
（二）实施服务
1. 40家门店的系统配置、课程体系及收费标准录入；
2. 甲方原有会员系统中约6.8万名学员数据、储值余额及剩余课时的迁移与核对；
3. 与甲方财务系统及聚合支付通道的对接；
4. 总部及门店人员培训，每家门店不少于2名操作员。
（三）服务期内乙方免费提供平台版本升级及新增的标准功能，升级不得影响甲方已有数据和定制配置。
（四）系统应支持甲方品牌标识展示及各门店独立收款账户的配置。

二、服务期限
本合同服务期为两个服务年度：第一服务年度自系统上线验收合格之日起计算，第二服务年度紧接第一服务年度。服务期满前30日，双方协商是否续约；未签订续约合同的，服务于期满时自动终止，不自动续期。

三、合同价款及支付
（一）合同价款
1. 门店端订阅费：每店每服务年度9,800元，40店合计每服务年度392,000元；
2. 总部管理端订阅费：每服务年度48,000元；
3. 两个服务年度订阅费合计880,000元；
4. 实施费（一次性）：136,000元；
5. 合同总价：1,016,000元（含6%增值税）。
（二）支付方式
1. 实施费在系统上线验收合格后10个工作日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后10个工作日内支付。
3. 乙方应在收款前开具等额增值税专用发票。
（三）服务期内门店数量增加的，新增门店按每店每服务年度9,800元按月折算计费；门店减少的，自下一服务年度起相应核减。
（四）两个服务年度内订阅单价固定不变，乙方不得以任何理由上调。

四、实施与上线验收
（一）乙方应在合同签订后60日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：
1. 全部功能按本合同附件《功能清单》逐项测试通过；
2. 迁移学员数据、储值余额及剩余课时与甲方原系统逐条核对一致，差错为零；
3. 在2,000名学员同时在线预约时，预约提交响应时间不超过2秒；
4. 支付对账连续7日与聚合支付通道的结算数据一致。
（三）全部标准达到后，甲方出具书面验收单。系统上线试用或甲方付款，均不视为验收合格。
（四）验收不合格的，乙方应在7日内完成整改并重新申请验收，由此延误的时间计入实施逾期。
（五）乙方应指定专职项目经理及不少于四名实施顾问，在实施期间分片区巡回各门店，项目经理的变更须经甲方书面同意。

五、服务水平
（一）系统月度可用率不低于99.5%，乙方每月向甲方提供可用率报告。
（二）故障分级及响应：
1. 一级故障（系统整体不可用、无法预约或无法支付）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，8小时内解决；
3. 三级故障（一般问题及咨询）：1个工作日内答复。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，乙方按当期服务年度订阅费的1%向甲方补偿；一级故障未按时恢复的，每超时1小时补偿2,000元。补偿金额从下一期订阅费中抵扣。
（四）计划内维护应安排在凌晨1点至6点之间，并提前3日通知甲方；未提前通知的维护时间计入不可用时间。
（五）乙方应为甲方配备专属客户成功经理，并提供7×24小时服务热线及在线工单系统。

六、数据安全与数据权属
（一）甲方上传及系统产生的学员个人信息、会员数据、交易数据及经营数据均归甲方所有，乙方仅为提供本合同服务使用，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，系统应通过网络安全等级保护三级测评，对学员手机号、身份证号等敏感个人信息加密存储，并对后台操作留存日志。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合甲方履行告知及报告义务，并承担因此造成的全部损失。
（四）服务终止后30日内，乙方应将全部数据以通用格式返还甲方，并在甲方确认后彻底删除。
（五）乙方运维人员访问甲方数据须经甲方授权，并限于排查故障所必需的范围。

七、保密
双方对因本合同知悉的对方商业秘密、学员信息、课程价格体系及经营数据负有保密义务，未经对方书面同意不得披露。保密义务不因合同终止而解除。乙方应要求其员工及合作服务商签署书面保密承诺。

八、知识产权
（一）“约课云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的课程预约规则、会员等级及课时包方案配置、报表模板、小程序页面设计及对接程序归甲方所有，甲方可自由使用、修改或交由第三方使用。

九、分包
乙方可将门店现场实施及培训工作交由其合作服务商完成，但应提前5个工作日书面通知甲方，并对合作服务商的工作质量承担责任。合作服务商的名称及现场人员名单应在通知中列明。

十、违约责任
（一）乙方未按期完成实施工作的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）甲方逾期支付订阅费超过30日的，乙方可书面催告，但不得因此删除甲方数据。
（三）乙方违反本合同第六条约定的，甲方有权解除合同，乙方应赔偿甲方因此遭受的全部损失，包括对学员的赔偿及行政罚款。
（四）任何一方违约给对方造成损失的，应依法予以赔偿。

十一、合同解除
（一）乙方严重违约或连续两个月可用率未达约定值，经甲方书面通知后15日内未改正的，甲方有权解除合同，乙方应退还未使用期间的订阅费。
（二）乙方被吊销营业执照或停止经营的，甲方有权立即解除合同。
（三）合同解除或服务终止的，乙方应按本合同第六条第（四）项返还数据，并配合甲方将预约及会员业务平稳迁移至甲方指定的系统，配合期不少于30日。

十二、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任，但乙方应尽力恢复服务并保护甲方数据。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

十四、其他
（一）本合同附件《功能清单》《门店清单》《数据迁移方案》为本合同组成部分。
（二）双方往来通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱，一方变更联系方式的应及时通知对方。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：2027年  月  日              日期：2027年  月  日
"""

H1135Z04 = """临江市医疗机构污水在线监测系统2027年度运维服务合同

采购方式：竞争性磋商
项目编号：LJZC-2026-C0419
甲方（采购人）：临江市卫生健康委员会
乙方（成交供应商）：江苏清源环境监测技术有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就临江市医疗机构污水在线监测系统年度运维服务事宜，签订本合同。

一、服务范围
1. 监测站点：全市26家二级以上医院污水处理站出水口的在线监测设备，包括COD、氨氮、pH、余氯、流量计及数据采集传输仪，站点清单见附件1。
2. 监测平台：部署于市卫健委机房的“医疗污水在线监测平台”，包括数据接收、超标报警、统计报表及向生态环境部门的数据转发功能。
3. 服务内容：设备日常巡检、定期校准与维护、试剂及耗材更换、故障维修、备品备件供应、平台运行维护、数据审核及每月比对监测配合。
4. 甲方负责协调各医院为乙方提供站点用电、用水及进出通道，并指定各医院污水站联系人配合乙方工作。
5. 服务期内新增监测站点的，双方另行签订补充协议，单价参照本合同站点运维费执行。

二、服务期限
服务期自2027年1月1日起至2027年12月31日止。期满后，甲方按政府采购规定重新确定服务供应商，本合同不自动续期。服务期开始前，乙方应与原运维单位完成设备状态、备品备件及技术资料的交接，交接中发现的设备缺陷应书面报告甲方。

三、服务价款及支付
1. 本合同服务费总额为人民币伍拾陆万捌仟元整（¥568,000），为包干价，明细如下：
（1）26个站点现场运维费：每站每服务期14,600元，合计379,600元；
（2）监测平台运行维护费：86,000元；
（3）备品备件及试剂耗材包干费：64,000元；
（4）第三方比对监测费：38,400元。
2. 服务费按季度支付。每季度结束后，乙方提交本季度运维报告及发票，经甲方确认服务记录后15个工作日内，甲方支付该季度服务费142,000元。
3. 甲方不向乙方预付任何款项。
4. 上述价款已包含人工、交通、试剂、耗材、备件、校准、比对监测、平台维护及税费等全部费用，服务期内不作调整。

四、服务要求
1. 巡检：乙方每周对每个站点现场巡检不少于一次，检查设备运行状态、管路、采样泵及试剂余量，填写巡检记录并拍照上传平台。
2. 校准：每月对COD、氨氮分析仪进行标液核查，每季度进行一次全面校准，校准记录报甲方备案。
3. 比对监测：每季度委托具备资质的检测机构对各站点进行一次手工比对监测，比对结果不合格的站点，乙方应在3日内查明原因并处理。
4. 数据审核：乙方每日审核平台数据，发现数据异常、缺失或超标报警的，应在1小时内电话告知甲方及相关医院。
5. 人员：乙方应配备不少于6名持证运维人员及1名平台工程师，人员名单报甲方备案，变更须经甲方同意。
6. 运维产生的废试剂及废液，乙方应按危险废物管理规定收集并交有资质的单位处置，不得倒入医院污水管网。
7. 乙方应于每月5日前向甲方提交上月运维月报，内容包括巡检情况、故障处理、校准结果、数据异常分析及下月工作计划。
8. 乙方应常备数据采集传输仪、采样泵、流量计等关键备件，备件更换后旧件交医院确认，并在备件台账中登记。

五、故障响应
1. 一级故障（站点数据中断、超标报警功能失效或平台无法接收数据）：乙方应在1小时内响应，3小时内到达现场，24小时内修复；不能按时修复的，应采用备用设备或手工监测方式保证数据连续。
2. 二级故障（单项指标异常、数据漂移）：2小时内响应，24小时内到达现场，48小时内修复。
3. 三级故障（一般问题及咨询）：1个工作日内处理。
4. 乙方未按上述时限响应或修复的，甲方可书面督促乙方限期整改，并将情况记入季度考核记录。
5. 在上级部门督查、重大活动及汛期期间，乙方应按甲方要求安排人员驻点值守，不另行收费。

六、考核与验收
1. 甲方每季度对乙方服务进行考核，考核内容包括：巡检记录是否完整、校准和比对监测是否按期完成且结果合格、故障是否按时闭环、运维报告是否如实。
2. 服务期满后，甲方组织年度验收，验收标准为：（1）全年巡检、校准、比对监测记录齐全；（2）全部故障均已闭环并有维修记录；（3）设备台账、备件台账更新完整；（4）平台数据完整并已按要求转发。验收合格后甲方出具书面验收意见。
3. 年度验收不合格的，乙方应在15日内整改完毕并申请复验，复验合格前甲方不出具验收意见。

七、数据安全
1. 监测数据、平台数据库、医院信息及运维过程中形成的全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向第三方提供或对外发布。
2. 乙方应落实网络安全等级保护要求，平台账号实行实名制和最小权限管理，远程维护须经甲方审批并通过安全通道进行，禁止在平台服务器上安装与运维无关的软件。
3. 发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应立即采取处置措施，并在1小时内报告甲方；因乙方原因造成的，由乙方承担全部责任及赔偿。
4. 服务期满或合同解除后，乙方应移交全部运维资料和账号权限，并删除其留存的数据。
5. 乙方应对运维人员进行数据安全及网络安全培训，人员离岗时应立即注销其平台账号。

八、成果归属
本合同项下形成的巡检记录、校准记录、运维报告、统计报表及平台配置文件均归甲方所有，乙方不得将其用于本合同以外的用途。

九、分包
乙方不得转包本项目。第三方比对监测须委托具备检验检测机构资质的单位承担，且须事先取得甲方书面同意；乙方对该单位的工作承担全部责任。

十、违约责任
1. 乙方未按本合同约定提供服务的，甲方有权要求乙方限期改正。
2. 乙方违反本合同约定给甲方或相关医院造成损失的，应依法承担赔偿责任。
3. 乙方人员在医院内作业违反医院安全管理规定的，由乙方负责处理并承担相应责任。

十一、合同解除
乙方严重违约，或一个季度内两次以上未按时修复一级故障，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算服务费。乙方应在合同解除后7日内完成资料及账号移交，并配合甲方确定的新运维单位完成交接。

十二、不可抗力
因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。不可抗力消除后，乙方应尽快恢复服务。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、其他
1. 磋商文件、乙方响应文件及成交通知书为本合同组成部分。
2. 双方指定的项目联系人负责日常联络，联系人变更应书面通知对方；送达本合同所列地址即视为送达。
3. 本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。

甲方（盖章）：临江市卫生健康委员会        乙方（盖章）：江苏清源环境监测技术有限公司
法定代表人或授权代表：                    法定代表人或授权代表：
签订日期：2027年  月  日
"""

H1135Z05 = """# 禾木工序追踪系统软件许可及定制开发合同

（乙方标准合同文本 HM-HT-V3.0）

合同编号：HM2027-0153

甲方（用户）：甘肃陇上麦草画工坊有限公司

乙方（开发方）：兰州禾木软件科技有限公司

甲方因麦草画生产管理需要，向乙方购买“禾木工序追踪系统”软件使用许可，并委托乙方进行定制开发。为明确双方权利义务，依据《中华人民共和国民法典》，双方签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供禾木工序追踪系统标准版（20个并发用户）的永久使用许可。

1.2 乙方按甲方需求进行定制开发，包括：订单到工序的全流程追踪（选草、熨烫、剪贴、粘贴、装裱、质检、包装），工序扫码报工，计件工资统计，画作批次质检记录，以及客户订单进度查询小程序。

1.3 定制开发的具体功能以双方确认的《需求说明书》为准。《需求说明书》确认后，甲方提出的需求变更，乙方有权另行收费并相应顺延工期。

1.4 软件许可仅限甲方在其自有生产场所内使用；并发用户数增加的，甲方应按乙方届时报价另行购买。

1.5 系统运行所需的数据库、操作系统等第三方软件，由甲方自行取得合法授权。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾陆万元整（¥460,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾木工序追踪系统软件许可（标准版，20用户，永久） | 168,000 |
| 2 | 定制开发（工序追踪、扫码报工、计件统计、质检记录、订单查询小程序） | 236,000 |
| 3 | 实施部署（服务器环境搭建、基础数据初始化、系统配置） | 42,000 |
| 4 | 培训（管理员及车间班组长） | 14,000 |
| | 合计 | 460,000 |

2.2 上述价格不含服务器、扫码枪、工位平板等硬件设备及第三方软件费用，由甲方自行采购。

2.3 乙方人员赴甲方现场超过合同约定人天的，差旅费由甲方另行承担。

2.4 上述价款为含税价，乙方开具增值税普通发票；甲方要求开具专用发票的，税差由甲方承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥299,000。

3.2 系统上线后5个工作日内，甲方向乙方支付合同总价的35%，即¥161,000。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发或技术支持工作，工期相应顺延。

3.4 乙方收到款项后10个工作日内向甲方开具发票。

## 第四条 开发与交付

4.1 乙方应在收到第3.1条款项且《需求说明书》确认后90日内完成开发并部署上线。

4.2 甲方应及时提供工序资料、组织人员参与需求调研和测试，并提供符合乙方要求的服务器及网络环境。因甲方原因造成的延误，工期相应顺延。

4.3 系统部署在甲方自有服务器上，乙方通过远程方式完成安装、配置和后续维护。

4.4 乙方指定项目负责人一名，负责需求调研、开发进度及上线协调，乙方可根据工作需要调整项目人员。

4.5 乙方在系统上线前进行内部测试，并向甲方提供用户操作手册电子版一份。

4.6 系统上线日期以乙方书面通知中载明的日期为准。

## 第五条 验收

5.1 系统部署上线后，乙方书面通知甲方进行验收，甲方应在5个工作日内完成验收。

5.2 甲方在上述期限内未提出书面异议的，或甲方已开始使用系统进行生产管理的，视为验收合格。

5.3 甲方提出的问题属于《需求说明书》范围以外的，不影响验收结论。

5.4 验收合格后，甲方提出的功能修改或新增要求，按需求变更处理，由双方另行协商费用。

## 第六条 维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方负责修复系统缺陷，并提供远程技术支持。

6.2 乙方将尽商业上合理的努力，通过电话、微信及远程方式解答甲方的使用问题和处理系统故障。

6.3 免费维护期满后，甲方如需继续获得维护服务和版本升级，应按乙方当年度公布的维护服务价格标准另行购买。

6.4 因甲方操作不当、擅自修改系统或硬件故障、断电、病毒等原因造成的问题，不属于免费维护范围。

6.5 乙方技术支持时间为工作日9:00至17:30，非工作时间的支持请求顺延至下一个工作日处理。

6.6 乙方发布的标准产品新版本，免费维护期内可免费升级一次；定制功能与新版本的适配工作另行收费。

## 第七条 知识产权

7.1 禾木工序追踪系统及乙方为本项目开发的定制功能、程序、源代码及相关文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有上述软件的使用权，不得修改、反编译、复制或提供给任何第三方使用。

7.3 乙方有权将本项目中开发的通用功能纳入其标准产品，向其他客户提供。

7.4 甲方提供的麦草画图案、作品照片及工艺说明的著作权仍归甲方所有。

## 第八条 数据

8.1 甲方在系统中录入和产生的订单、工序、员工及客户数据归甲方所有。

8.2 乙方应采取加密存储、访问控制和操作日志等措施保护甲方数据安全；远程维护时仅访问处理问题所必需的数据，不在乙方自有设备上留存甲方的员工身份信息。因乙方原因导致数据泄露或丢失的，乙方应在发现后24小时内通知甲方，并承担相应的赔偿责任。

8.4 甲方负责服务器的日常管理和数据备份，因甲方未做备份导致的数据损失，乙方不承担责任。

8.3 甲方同意，乙方可在去除甲方名称等识别信息后，将系统运行数据及工序数据用于产品改进、行业分析，以及为其他客户提供服务。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。但依法律法规或监管要求披露的除外。保密期限为本合同终止后两年。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 因不可抗力、甲方原因或第三方软硬件原因造成的延误或损失，乙方不承担责任。

10.3 乙方不对甲方的间接损失、利润损失及数据恢复费用承担责任。

10.4 甲方违反本合同第七条约定擅自复制、修改或向第三方提供软件的，应按合同总价的50%向乙方支付违约金，并赔偿乙方损失。

## 第十一条 合同解除

任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。合同解除后，甲方应支付乙方已完成工作的相应价款，已支付的款项不予退还。因甲方逾期付款导致乙方暂停工作超过30日的，乙方有权解除本合同。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决，诉讼费、律师费由败诉方承担。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方另有约定的，以书面补充协议为准。

14.3 双方通过本合同所列联系人及电子邮箱发送的通知，发出即视为送达。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　年　月　日　　　　　日期：　　年　月　日
"""

H1135E01 = """T:Software Licence and Services Agreement
P:Agreement No. WVS-CN-2027-004
P:This Agreement is made between Zhejiang Hengfeng Tyre Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Binjiang Road, Quzhou, Zhejiang (the "Buyer"), and Wye Valley Systems Ltd, a company registered in Wales with its registered office at Station Road, Chepstow, Monmouthshire NP16 5PB, United Kingdom (the "Vendor").
P:The Buyer wishes to replace the spreadsheets and paper job cards used by its maintenance department at its two tyre plants with the Vendor's AssetWise maintenance management software, and the Vendor has agreed to grant a perpetual licence and to implement the software on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the AssetWise maintenance management software in the version current at the Effective Date, including the mobile work-order application, as described in Annex 1.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including the SAP PM/MM interface programs, plant-specific configurations, report templates, data-migration scripts and their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the course of the Buyer's use, including asset registers, work orders, spare-part records and personnel information.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.3.
P:1.5 "Effective Date" means the date on which the last party signs this Agreement.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business purposes at the Quzhou and Jiaxing plants, for up to 150 named users.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The licence survives expiry or termination of this Agreement, except where the Vendor terminates for the Buyer's uncured failure to pay the Licence Fee.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install and configure the Software on servers provided by the Buyer at its Quzhou data room, migrate the Buyer's existing asset and spare-part records, build the interface with the Buyer's SAP PM and MM modules, and train the Buyer's administrators, planners and technicians.
P:3.2 The Vendor shall complete the Services according to the project plan in Annex 3, with Go-Live no later than 120 days after the Effective Date.
P:3.3 The Vendor shall appoint a project manager who speaks Chinese and shall not replace that person without the Buyer's consent, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 2,055,000, inclusive of applicable taxes, made up as follows: Licence Fee CNY 1,260,000; implementation and configuration CNY 540,000; SAP interface development CNY 210,000; training CNY 45,000.
P:4.2 The Contract Price is fixed and covers all travel, accommodation and other expenses of the Vendor's personnel.
P:4.3 The Buyer shall pay the Contract Price in three instalments: (a) 20% within 30 days after the Effective Date against the Vendor's invoice; (b) 45% within 30 days after the Go-Live Certificate; and (c) 35% within 30 days after Final Acceptance.
P:4.4 The Go-Live Certificate confirms only that the Software is in productive use. It is not acceptance of the Software or the Services.
P:4.5 Payments shall be made in CNY by bank transfer to the account of the Vendor's agent in Shanghai named in Annex 2.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in productive use at both plants for 45 days (the "Acceptance Period").
P:5.2 The acceptance criteria are: (a) every function listed in Annex 1 passes the test scripts agreed in the project plan; (b) migrated asset and spare-part records reconcile with the source records without unexplained difference; (c) work orders and spare-part reservations transfer between the Software and SAP in both directions with no failed message left unresolved for more than one working day; (d) the mobile application completes a work-order close-out in less than three seconds on the plant wireless network; and (e) no Severity 1 incident occurs during the last 20 days of the Acceptance Period.
P:5.3 When the criteria are met, the Buyer shall issue a written acceptance certificate within ten working days. If any criterion is not met, the Vendor shall correct the defect and the Acceptance Period shall restart for the affected functions. Use of the Software in production, or any payment, does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with Annex 1 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, deliver new releases and provide support free of charge.
P:6.2 Severity 1 means that the Software is unavailable at a plant or that work orders cannot be created or closed. The Vendor shall respond to a Severity 1 incident within one hour, at any time of day, and restore service within eight hours. Severity 2 incidents shall be responded to within two hours during working hours and resolved within two working days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any sum due.
P:6.4 After the warranty period the Buyer may order annual support. The annual support fee is 13% of the Licence Fee, that is CNY 163,800 per year, and shall not increase during the first three years after the warranty period ends. Support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation with the Go-Live Certificate, and the Buyer may use, modify, and license them to third parties without restriction.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay any resulting damages and costs.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN and jump server, with individual accounts and multi-factor authentication, and only after the Buyer approves each session. The Vendor shall not transfer Buyer Data outside the People's Republic of China and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Buyer within eight hours after becoming aware of any unauthorised access to or loss of Buyer Data, shall take all steps needed to contain it, and shall be liable for all loss the Buyer suffers as a result of a breach caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.
P:9.2 These obligations continue for three years after the end of this Agreement, and without time limit for trade secrets.
H:Article 10 Delay and Liability
P:10.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 7.3, or breach of Article 8 or Article 9.
P:10.3 Neither party is liable for indirect or consequential loss, except under Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate by written notice if the delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Buyer under this Article, the Vendor shall refund the amounts paid for Services not accepted and shall hand over all Custom Deliverables completed up to that date.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event continues for more than 60 days, either party may terminate this Agreement by notice.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement and any dispute arising out of or in connection with it are governed by the laws of England and Wales.
P:14.2 The courts of England and Wales shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Price Schedule and Payment Details) and Annex 3 (Project Plan), is the entire agreement of the parties on its subject matter.
P:15.2 Amendments must be in writing and signed by both parties. Both language versions have equal force.
P:Signed for the Buyer: ____________________ Date: __________
P:Signed for the Vendor: ____________________ Date: __________
"""

H1135E02 = """# VoiceLoop Subscription Order Form

**Order Form No. VL-OF-2027-0318**

**Provider:** Vale Insight Ltd, a company registered in Wales, 41 High Street, Cowbridge, Vale of Glamorgan CF71 7AE, United Kingdom ("Provider")

**Customer:** Guangzhou Lanxin Cosmetics Co., Ltd., 233 Kexue Avenue, Huangpu District, Guangzhou, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). If they conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Services

VoiceLoop customer-feedback platform, Enterprise edition: survey design and distribution through WeChat, SMS and e-mail; text analytics of reviews from Customer's Tmall, JD.com and Douyin stores; sentiment dashboards; closed-loop case management for complaints; and the standard API for integration with Customer's CRM. Onboarding services as described in A4.

### A2. Subscription Term

24 months from the Subscription Start Date. The Subscription Start Date is the date of Onboarding Acceptance under Section 4 of Part B. This Order Form does not renew automatically; any renewal requires a new order form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Term | Amount (CNY) |
|---|---|---|---|---|
| Platform subscription, Enterprise edition (includes 30 users) | 1 | 26,500 per month | 24 months | 636,000 |
| Additional user seats | 120 | 180 per seat per month | 24 months | 518,400 |
| Onboarding services (one-off) | 1 | 74,000 | - | 74,000 |
| **Total Contract Value** | | | | **1,228,400** |

Fees are in CNY and include VAT. Subscription fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term (CNY 144,300 per quarter). The onboarding fee is invoiced after Onboarding Acceptance. Customer pays each undisputed invoice within 30 days of receipt. Unit prices are fixed for the Subscription Term.

### A4. Onboarding

Provider shall configure the platform for Customer's six brands, connect the three store platforms and Customer's CRM, migrate two years of historical survey results, build 12 survey templates and 8 dashboards to Customer's specification, and train up to 40 Customer staff. Target date for Onboarding Acceptance: 75 days after signature of this Order Form.

### A5. Hosting and Approved Subcontractor

Customer Data is hosted in data centres in mainland China operated by Provider's hosting partner, Shenzhen Yunhe Data Services Co., Ltd., which is approved by Customer's signature of this Order Form.

### A6. Contacts

Provider account manager: Rhian Morgan, rhian.morgan@valeinsight.example. Customer project owner: Ms Chen Yu, Consumer Insight Department.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its consumers submit to the Services, including survey responses, reviews, contact details and complaint records, and all outputs generated from them for Customer.

1.2 "Services" means the subscription services and onboarding services described in Part A.

1.3 "Customer Configurations" means the survey templates, dashboards, workflows, integration mappings and other configurations created for Customer.

### 2. Use of the Services

2.1 Provider grants Customer and its authorised users a non-exclusive right to use the Services during the Subscription Term for Customer's internal business purposes.

2.2 Customer shall use the Services in accordance with applicable law, including the rules on marketing messages and the collection of consumers' personal information.

2.3 Customer is responsible for keeping its users' credentials secure and shall tell Provider promptly if it suspects that an account has been misused.

### 3. Service Levels

3.1 Provider shall make the platform available at least 99.95% of each calendar month, excluding planned maintenance notified at least 48 hours in advance and carried out between 00:00 and 06:00 Beijing time.

3.2 Priority 1 incidents (the platform or survey distribution unavailable for all users) shall be responded to within one hour, at any time, and resolved or worked around within six hours. Priority 2 incidents shall be responded to within two hours on business days and resolved within two business days.

3.3 If monthly availability falls below the level in 3.1, Customer receives a service credit of 5% of that month's subscription fees for each 0.1 percentage point (or part) of shortfall, up to 50% of the monthly fees. If a Priority 1 incident is not resolved within the resolution time, Customer receives an additional credit of 2% of the monthly fees for each further hour. Credits are deducted from the next invoice, or paid out at the end of the Subscription Term.

3.4 Provider shall send Customer a monthly service report showing availability, incidents by priority, response and resolution times, and any credits due.

### 4. Onboarding and Acceptance

4.1 When onboarding is complete, Provider shall notify Customer. Customer shall test the configuration within ten business days against the following criteria: (a) all three store platforms and the CRM exchange data correctly for seven consecutive days; (b) the migrated historical results reconcile with Customer's records; (c) the templates and dashboards listed in A4 work as specified; and (d) the sentiment classification of a test set of 2,000 Customer reviews matches the agreed sample labels at the accuracy level set out in the onboarding plan.

4.2 If the criteria are met, Customer shall sign an Onboarding Acceptance certificate. Otherwise Provider shall correct the deficiencies and resubmit. Use of the platform before acceptance is not acceptance.

4.3 If Onboarding Acceptance is delayed beyond the target date in A4 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000 in total.

### 5. Customer Data

5.1 As between the parties, Customer owns all Customer Data. Provider processes Customer Data on Customer's instructions to provide the Services.

5.2 Notwithstanding 5.1, Customer grants Provider a perpetual right to use Customer Data in aggregated and de-identified form to improve and develop Provider's products and to produce industry benchmark reports offered to other customers, provided that neither Customer nor any individual consumer is identifiable from the results.

5.3 On expiry or termination, Provider shall return Customer Data in CSV or JSON format within 30 days on request and then delete it from its systems, except for the aggregated and de-identified data referred to in 5.2.

### 6. Data Security

6.1 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, log all administrative access, maintain MLPS Level 3 filing for the platform, and conduct an annual third-party penetration test.

6.2 Provider shall notify Customer within six hours after becoming aware of a security incident affecting Customer Data, provide the information Customer needs to meet its reporting duties under PRC law, and be liable for the losses, fines and remediation costs arising from a security incident caused by Provider or its subcontractor.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form, and not disclose it to third parties except to its staff, subcontractors and advisers who need to know it and are bound by equivalent duties.

7.2 This Section survives for three years after the end of the Subscription Term.

### 8. Intellectual Property

8.1 Provider retains all rights in the VoiceLoop platform and its standard features.

8.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and have third parties use them, including with another provider after the Subscription Term.

### 9. Subcontracting

9.1 Apart from the hosting partner named in A5, Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for its subcontractors as for its own acts.

### 10. Limitation of Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. These limits do not apply to death or personal injury or to fraud.

### 11. Term and Termination

11.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice.

11.2 Customer may also terminate by notice if availability falls below the level in 3.1 in three consecutive months. On termination by Customer under this Section, Provider shall refund prepaid fees for the remaining period.

11.3 On expiry or termination, Provider shall for up to 60 days give Customer reasonable help to move Customer Data and Customer Configurations to Customer or to a new provider, and the data export shall be free of charge.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Notices shall be given in writing to the contacts in A6. This Order Form may be signed in counterparts and by electronic signature.

13.2 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business.

Signed for Customer: ____________________ Date: ____________

Signed for Provider: ____________________ Date: ____________
"""

H1135E03 = """T:Supply Contract for Cold-Store Temperature Sensors and Monitoring Software
P:Contract No. QHY-PUR-2027-0062
P:Buyer: Qingdao Haiyun Cold Chain Logistics Co., Ltd., 66 Qianwangang Road, Huangdao District, Qingdao, Shandong, People's Republic of China (the "Buyer")
P:Supplier: Penarth Sensing Technologies Ltd, a company registered in Wales, Unit 4, Windsor Court, Penarth, Vale of Glamorgan CF64 1AA, United Kingdom (the "Supplier")
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer operates six cold-storage buildings at its Huangdao logistics park and must keep continuous temperature and humidity records for frozen food and pharmaceutical goods. The Supplier won the Buyer's invitation to tender No. QHY-ITB-2026-117.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and servers listed in Clause 2. "Software" means the ColdTrace monitoring software licensed under Clause 3. "Works" means the installation, calibration, integration and training described in this Clause.
P:1.2 The Supplier shall supply the Equipment and the Software, install and calibrate 640 wireless temperature and humidity sensors and 32 gateways in the six buildings and four loading docks, install the Software on two servers in the Buyer's server room, integrate the Software with the Buyer's warehouse management system (WMS) so that alarms and readings appear against storage locations, and train the Buyer's staff.
P:1.3 The technical specification in Annex A forms part of this Contract. Where the Supplier's tender offers a higher specification, the higher specification applies.
H:2. Price
P:2.1 The Contract Price is CNY 1,700,000, inclusive of VAT, duties, delivery to site, insurance and all costs of the Works, as itemised below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, -40 to +60 C, calibrated|640|1,150|736,000
TB:2|LoRa gateway with 4G backup and battery|32|8,600|275,200
TB:3|ColdTrace monitoring software, perpetual licence, unlimited sensors on one site|1|318,000|318,000
TB:4|Application and database server|2|48,000|96,000
TB:|Equipment and Licence Subtotal|||1,425,200
TB:5|Installation, mapping and on-site calibration|1|168,000|168,000
TB:6|WMS integration|1|87,000|87,000
TB:7|Training of operators and administrators|1|19,800|19,800
TB:|Contract Price|||1,700,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Licence and Intellectual Property
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software at the Huangdao logistics park, including the right to make backup and test copies.
P:3.2 The WMS interface program, the sensor location maps, alarm rules, report templates and all other deliverables made specifically for the Buyer belong to the Buyer. The Supplier shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:3.3 The Supplier warrants that the Equipment and Software do not infringe any third-party rights and shall indemnify the Buyer against any infringement claim.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed and the parties have signed the installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance under Clause 6.
P:4.4 Each payment requires a valid VAT invoice for the amount due.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's park within 60 days and complete installation within 90 days after signature.
P:5.2 Installation in operating cold rooms shall follow the Buyer's access rules and shall not interrupt the cold chain. The Supplier's installers shall wear the protective clothing provided by the Buyer and follow its hygiene rules for food and pharmaceutical areas.
P:5.3 Title to the Equipment passes to the Buyer on delivery; risk passes on signature of the installation certificate.
P:5.4 During the warranty period the Supplier shall keep a stock of spare sensors and gateways in Qingdao so that replacements can be made within the times in Clause 7.2.
H:6. Acceptance
P:6.1 After installation, the Software and Equipment shall run for a trial period of 30 days.
P:6.2 Final Acceptance requires that: (a) each sensor has a calibration certificate traceable to a national standard, and spot checks of 5% of sensors against a reference thermometer show an error within the tolerance in Annex A; (b) at least one reading per sensor reaches the Software every two minutes, with no data gap longer than ten minutes during the trial period; (c) alarms reach the WMS and the duty phones within 60 seconds of a threshold breach in the tests run by the Buyer; (d) the temperature mapping report for each building has been delivered and approved by the Buyer's quality department; and (e) no Severity 1 incident occurred in the last 15 days of the trial period.
P:6.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate. Use of the system during the trial period, or payment, is not acceptance. If the criteria are not met, the Supplier shall remedy the failure and the trial shall be repeated for the affected items.
H:7. Warranty and After-Sales Service
P:7.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace faulty Equipment, including sensor batteries, recalibrate the sensors annually, correct Software defects and deliver updates, all free of charge.
P:7.2 Severity 1 means that readings or alarms from a whole building or more are lost. The Supplier shall respond to a Severity 1 incident within 30 minutes, have an engineer on site within three hours and restore monitoring within eight hours. Severity 2 incidents (single sensors or gateways) shall be responded to within two hours and fixed within two working days.
P:7.3 For each hour by which the Supplier misses a Severity 1 time in Clause 7.2, the Supplier shall pay the Buyer CNY 1,500, deductible from any amount due.
P:7.4 After the warranty period the Buyer may buy annual maintenance covering the services in Clause 7.1 at 9% of the Equipment and Licence Subtotal, that is CNY 128,268 per year. This fee is fixed for the first two years after the warranty period. Maintenance is ordered each year and does not renew automatically.
P:7.5 The Supplier shall make spare parts for the Equipment available for at least eight years after Final Acceptance, at prices no higher than its list prices at the date of this Contract.
H:8. Data Protection and Security
P:8.1 All temperature and humidity readings, alarm records, location maps and other data collected or generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The Supplier shall not access the system remotely except through the Buyer's VPN after approval of each session, shall not copy data outside the Buyer's premises, and shall ensure that the Software and gateways have no function that sends data to the Supplier or to any third party.
P:8.3 The Supplier shall report any security incident affecting the Buyer's data within two hours, help the Buyer to contain it and bear all losses caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's customer names, storage volumes, site drawings and any other non-public information it receives, and shall disclose it to no third party without the Buyer's written consent. This obligation survives the end of the Contract.
P:9.2 The Supplier shall make its staff and any approved subcontractor aware of this obligation and is responsible for any breach by them.
H:10. Liquidated Damages and Liability
P:10.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in Clauses 5 and 6, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 or 9, which are unlimited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract the Works or any part of them without the Buyer's prior written consent. The Supplier remains liable for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not cure it within 15 days after notice, or if the liquidated damages under Clause 10.1 reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected items.
P:12.2 On termination the Buyer may keep the Equipment already delivered and paid for, and the licence to the Software continues.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute that cannot be settled by negotiation shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:14. Miscellaneous
P:14.1 This Contract is written in English and Chinese; both versions are equally authentic.
P:14.2 Annex A (Technical Specification) and Annex B (Site Layout) form part of this Contract.
P:14.3 Any amendment to this Contract must be in writing and signed by both parties.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

H1135E04 = """# Managed IT Services Agreement

**Agreement reference:** RBD-MSA-2027-07

**Between**

1. **Foshan Mingjia Furniture Co., Ltd.**, 9 Lecong Industrial Road, Shunde District, Foshan, Guangdong, People's Republic of China (the "Customer"); and
2. **Rest Bay Digital Services Ltd**, a company registered in Wales, 22 John Street, Porthcawl CF36 3AP, United Kingdom, acting in China through its Guangzhou branch office (the "Provider").

**Background.** The Customer runs a head office and two factories in Foshan with about 1,150 end users. It wishes to outsource its service desk, end-user device support and network monitoring to the Provider for 36 months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the service commencement certificate under Section 3.3.

1.3 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses, receives or processes in performing the Services, including tickets, device inventories, logs and configuration files.

1.4 "Incident Priority" means the priority levels set out in Schedule 2.

## 2. Term and Renewal

2.1 The initial term is 36 months from the Service Commencement Date.

2.2 At the end of the initial term this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

2.3 The Provider may increase the Monthly Service Charge for any renewal term by up to 8% by written notice given at least 60 days before that renewal term begins. The increased charge applies from the first day of the renewal term.

## 3. Transition and Service Commencement

3.1 Within 60 days after signature the Provider shall complete the transition: take over the open ticket queue, document the Customer's environment, install the monitoring tools, set up the service desk telephone line and portal in Chinese, and agree the runbooks with the Customer's IT manager.

3.2 If the transition is not complete within that period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 80,000.

3.3 The Customer shall sign a service commencement certificate when the following criteria are met: (a) all devices in the Customer's inventory are registered in the Provider's asset tool, with no more than 20 unexplained differences; (b) monitoring covers every switch, firewall, wireless controller and server listed in Schedule 1; (c) a parallel run of ten working days shows that tickets are logged, prioritised and escalated as required by Schedule 2; and (d) the runbooks and contact lists have been approved by the Customer. Starting the Services or paying the transition fee is not acceptance.

## 4. Service Delivery

4.1 The Provider shall perform the Services in accordance with Schedule 1 and the service levels in Schedule 2, using suitably qualified personnel.

4.2 The Provider shall station two engineers at the Customer's head office and one engineer at each factory during working hours, and shall provide the service desk by telephone, portal and WeChat from 08:00 to 20:00 on all days, with an on-call engineer outside those hours.

4.3 The Provider shall deliver a monthly service report showing ticket volumes, service level performance, service credits, recurring problems and recommendations, and shall attend a monthly review meeting with the Customer.

4.4 The Customer shall give the Provider's personnel access to its sites and systems as reasonably required and shall appoint an IT manager as the single point of contact.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the initial term.

5.2 The Provider shall invoice the Monthly Service Charge monthly in arrears, and the transition fee after the Service Commencement Date. The Customer shall pay each correct VAT invoice within 30 days of receipt.

5.3 Service credits under Schedule 2 are deducted from the invoice for the following month.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services, shall not copy or retain it beyond what is needed for that purpose, and shall not transfer it outside mainland China.

6.2 The Provider shall comply with the Customer's information security policies, use named accounts with multi-factor authentication for all privileged access, record privileged sessions, and keep its monitoring tools on servers located at the Customer's head office.

6.3 The Provider shall notify the Customer within two hours after becoming aware of any security incident affecting Customer Data or the Customer's systems, cooperate in the investigation, and bear the losses and costs arising from an incident caused by the Provider or its personnel.

6.4 On expiry or termination the Provider shall return all Customer Data and delete any copies, and shall confirm the deletion in writing.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's product designs, prices, customer lists and network diagrams, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after termination, and indefinitely for trade secrets.

## 8. Intellectual Property

8.1 The Provider's tools and pre-existing materials remain the Provider's property. The Provider grants the Customer a free licence to use them as part of the Services.

8.2 The runbooks, knowledge articles, scripts, network documentation and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and give them to a successor provider without restriction.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for any approved subcontractor.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges payable for the initial term. This limit does not apply to death or personal injury, wilful misconduct, or breach of Sections 6 or 7.

10.2 Neither party is liable for indirect or consequential loss.

## 11. Termination and Exit

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.2 The Customer may terminate by written notice if service credits are due in three consecutive months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 90 days, including a handover of all documentation and open tickets to the Customer or a successor provider, at no additional charge.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force.

## 13. General

13.1 This Agreement and its three Schedules are the entire agreement of the parties on the Services. Amendments must be in writing and signed by both parties.

13.2 Neither party is liable for a failure caused by events beyond its reasonable control if it notifies the other party promptly. The Provider shall maintain and test a business continuity plan for the service desk.

## Schedule 1 - Services

| Service element | Scope | Hours |
|---|---|---|
| Service desk | Logging, triage and first-line resolution of incidents and requests from about 1,150 users, in Chinese and English | 08:00-20:00 daily; on-call outside |
| End-user device support | Laptops, desktops, printers and mobile devices: installation, repair coordination, imaging, moves and changes | Working hours on site |
| Network monitoring | 86 switches, 6 firewalls, 2 wireless controllers and 140 access points at three sites; alerts and first response | 24x7 |
| Server support | 18 virtual and physical servers: patching, backup checks, capacity reports | Working hours; P1 at all times |
| Asset management | Device inventory, licence records, disposal records | Monthly update |

## Schedule 2 - Service Levels and Service Credits

| Incident Priority | Definition | Response time | Resolution time | Service credit if missed |
|---|---|---|---|---|
| P1 | Factory production systems, the network at a site or a service for all users unavailable | 6 hours | 24 hours | 3% of the Monthly Service Charge per incident |
| P2 | A department or key application degraded | 8 working hours | 2 working days | 1% of the Monthly Service Charge per incident |
| P3 | Single user incident | 1 working day | 3 working days | 0.5% if more than 10% of P3 tickets in the month are late |
| P4 | Service request | 2 working days | 5 working days | none |

Service credits in any month are capped at 20% of that month's Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-off, invoiced after the Service Commencement Date | 96,000 |
| Monthly Service Charge | CNY 58,000 per month for 36 months | 2,088,000 |
| Total charges for the initial term | | 2,184,000 |

All charges include VAT. Additional work outside Schedule 1 is charged only under a written change order signed by the Customer.

Signed for the Customer: ____________________ Date: ____________

Signed for the Provider: ____________________ Date: ____________
"""

H1135E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No.: OMD-SUB-2027-041

PARTIES

Ogmore Maritime Data Ltd, a company registered in Wales, Brackla Industrial Estate, Bridgend CF31 2AN, United Kingdom ("Provider").

Ningbo Haitong International Freight Forwarding Co., Ltd., 128 Zhongshan East Road, Yinzhou District, Ningbo, Zhejiang, People's Republic of China ("Customer").

BACKGROUND

Provider compiles vessel position, port-call and berth data from terrestrial and satellite AIS receivers, port authorities and licensed third-party sources, and makes it available through an application programming interface (the "API") and bulk historical files. Customer wishes to use the data to track its customers' shipments and to forecast arrival times at Chinese and overseas ports.

1. DEFINITIONS

1.1 "Data" means the vessel, voyage, port-call and berth data delivered by Provider through the API or as files under this Agreement.

1.2 "Subscription Year" means (a) for the first Subscription Year, the period from the Service Start Date to the day before its first anniversary, and (b) for the second Subscription Year, the period from that first anniversary to the day before the second anniversary of the Service Start Date. The Subscription Term consists of the two Subscription Years.

1.3 "Service Start Date" means the date on which Provider issues API credentials for the production environment, which shall be no later than 20 days after signature.

1.4 "Customer Data" means the watch lists, booking references, vessel and container lists, consignee names and other information that Customer uploads to or queries through the API.

1.5 "Integration Deliverables" means the connector to Customer's freight management system, the estimated-time-of-arrival dashboard and the alert rules built by Provider for Customer.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API, to use the Data in Customer's internal operations, and to show Data to Customer's own clients in shipment tracking pages and reports, provided that the Data is not resold as a data feed.

2.2 The subscription covers up to 3,000,000 API calls per month, tracking of up to 8,000 vessels at any time, and the global historical port-call file for the three calendar years before signature.

2.3 Provider may change the API if it gives Customer at least 90 days' notice of any change that is not backward compatible and keeps the previous version available during that period.

2.4 Customer may let its affiliates in mainland China use the API under the same licence, and Customer remains responsible for their use.

3. INTEGRATION SERVICES AND ACCEPTANCE

3.1 Provider shall deliver the historical file within 15 days after the Service Start Date and shall build the Integration Deliverables within 45 days after the Service Start Date.

3.2 Customer shall test the Integration Deliverables within ten working days after delivery. Integration Acceptance requires that: (a) positions for all vessels on Customer's watch list are updated in Customer's freight management system at intervals no longer than those stated in Annex 1; (b) port-call events for a sample of 200 completed voyages chosen by Customer match the port records supplied by Customer, apart from the tolerance in Annex 1; (c) alerts for arrival, departure and delay reach the assigned staff within five minutes of the event appearing in the API; and (d) the dashboard loads within three seconds for the full watch list.

3.3 If any criterion is not met, Provider shall correct the deficiency and Customer shall retest. Use of the API in production before Integration Acceptance is not acceptance.

3.4 Provider shall train up to 15 of Customer's operations staff in the use of the dashboard and alert rules, in two sessions held in Ningbo.

3.5 If the historical file or Integration Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay, up to CNY 40,000 in total.

4. FEES AND PAYMENT

4.1 The fees are:

Subscription Fee, first Subscription Year: CNY 468,000
Subscription Fee, second Subscription Year: CNY 468,000
Integration services (one-off): CNY 58,000
Total fees for the Subscription Term: CNY 994,000

4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of the invoice. The integration fee is invoiced after Integration Acceptance and payable within 30 days.

4.3 All fees are in CNY and include VAT. Use above the call volume in Clause 2.2 is charged at the rate in Annex 2 only after Customer has approved it in writing. The fees are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 Provider shall make the production API available at least 99.95% of each calendar month, measured at Provider's gateway, excluding maintenance announced at least five days in advance.

5.2 Priority 1 incidents (the API unavailable, or no position updates for more than 30 minutes) shall be responded to within one hour at any time and resolved within six hours. Priority 2 incidents (delayed or incomplete Data for a region or data source) shall be responded to within three hours and resolved within two working days.

5.3 If availability in a month is below the level in Clause 5.1, Customer shall receive a credit of 5% of the monthly equivalent of the Subscription Fee (CNY 39,000) for each 0.1 percentage point of shortfall, up to 25% of that amount. A Priority 1 incident not resolved within six hours earns a further credit of CNY 1,000 per hour. Credits are set off against the next invoice or paid at the end of the Subscription Term.

6. DATA ACCURACY

6.1 The Data depends partly on third-party sources. Provider shall apply the quality controls described in Annex 1, correct errors reported by Customer within two working days, and inform Customer promptly of any outage of a major data source.

6.3 Provider shall send Customer a monthly data quality report showing coverage by region, update latency and corrections made.

6.2 Customer is responsible for the decisions it takes on the basis of the Data, but this does not limit Provider's liability for failure to meet this Agreement.

7. CUSTOMER DATA

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services to Customer and shall not sell it, combine it with data of other customers, or use it for any other purpose.

7.2 Within 30 days after the end of the Subscription Term Provider shall return Customer Data on request in a common format and then delete it.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer Data, Customer's client names and shipment volumes, and Provider's pricing and source lists, and shall not disclose it to any third party without prior written consent, except to its employees and professional advisers who need to know it.

8.2 This clause continues to apply for three years after the end of the Subscription Term.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors retain all rights in the Data and the API.

9.2 The Integration Deliverables belong to Customer. Provider shall deliver their source code, and Customer may use, modify and license them freely, including after the end of the Subscription Term.

9.3 Reports, forecasts and analyses that Customer creates using the Data belong to Customer, and Customer may keep them after the end of the Subscription Term.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the integration services or the operation of the API to any third party without Customer's prior written consent. Licensing Data from third-party sources is not subcontracting.

11. LIABILITY

11.1 Provider's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term.

11.2 The limit does not apply to death or personal injury, fraud, infringement of third-party intellectual property rights or breach of Clause 8.

11.3 Neither party is liable for loss of profit or indirect loss.

11.4 Service credits and delay payments count towards the limit in Clause 11.1.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a written agreement signed by both parties.

12.2 Customer subscribes for the full Subscription Term and may not terminate this Agreement before the end of the second Subscription Year. Customer's remedies for service failures are the service credits in Clause 5 and the payments in Clause 3.5.

12.3 Provider may suspend access to the API if an undisputed invoice remains unpaid for more than 30 days after a written reminder, and may terminate this Agreement if it remains unpaid for 60 days after that reminder.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final.

14. GENERAL

14.1 Notices shall be sent in writing to the addresses above or to the e-mail addresses named in Annex 3.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 Annex 1 (Data Specification and Quality Controls), Annex 2 (Overage Rates) and Annex 3 (Contacts) form part of this Agreement.

14.4 This Agreement is made in English and Chinese, and both versions have equal force.

Signed for Provider: ______________________ Date: __________

Signed for Customer: ______________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files: key -> (file name, format). .txt/.md are written as they stand; .docx/.pdf via ../word_pdf.py.
FILES = {
    "h1135z01": ("h1135z01_sea_area_use_supervision_platform.pdf", "pdf", H1135Z01),
    "h1135z02": ("h1135z02_paper_cutter_line_control_retrofit.docx", "docx", H1135Z02),
    "h1135z03": ("h1135z03_chef_school_booking_membership_saas.txt", "txt", H1135Z03),
    "h1135z04": ("h1135z04_hospital_wastewater_monitoring_om.txt", "txt", H1135Z04),
    "h1135z05": ("h1135z05_straw_painting_process_tracking_supplier_template.md", "md", H1135Z05),
    "h1135e01": ("h1135e01_maintenance_software_perpetual_licence_chepstow.pdf", "pdf", H1135E01),
    "h1135e02": ("h1135e02_feedback_saas_order_form_cowbridge.md", "md", H1135E02),
    "h1135e03": ("h1135e03_cold_store_sensors_monitoring_licence_penarth.docx", "docx", H1135E03),
    "h1135e04": ("h1135e04_managed_it_services_36_months_porthcawl.md", "md", H1135E04),
    "h1135e05": ("h1135e05_vessel_data_api_subscription_bridgend.txt", "txt", H1135E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term,
                                sub, law, kind]))


def extra(sla, ld, deemed, value, capped=None, goods=False):
    e = {"sla_clause": sla, "ld_stated": ld}
    if goods:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


G, S = "goods_or_licence", "service"
# key -> (language, category, terms, extra, design rules, price parts, fee base (goods), forum outside mainland)
LABELS = {
    "h1135z01": ("zh", "software",
                 terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8.5, False, True,
                       False, "PRC", G),
                 extra(True, True, False, 2240000, True, True), [],
                 [1180000, 760000, 214000, 86000], 1180000, False),
    "h1135z02": ("zh", "hardware",
                 terms(None, 1, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 18, 28, False, True, False,
                       "PRC", G),
                 extra(True, True, False, 1760000, True, True),
                 ["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
                 [672000, 380000, 76000, 104000, 186000, 196000, 118000, 28000], 1418000, False),
    "h1135z03": ("zh", "cloud",
                 terms(99.5, 0.5, True, "buyer", True, True, True, 0.03, None, None, True, None, None, None, False,
                       True, True, "PRC", S),
                 extra(True, True, False, 1016000),
                 ["CR-LD-LOW", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
                 [392000 * 2, 48000 * 2, 136000], None, False),
    "h1135z04": ("zh", "services",
                 terms(None, 1, False, "buyer", True, True, False, None, None, None, True, None, None, None, False,
                       True, False, "PRC", S),
                 extra(True, False, False, 568000),
                 ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
                 [26 * 14600, 86000, 64000, 38400], None, False),
    "h1135z05": ("zh", "software",
                 terms(None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None, False,
                       True, None, None, G),
                 extra(False, True, True, 460000, False, True),
                 ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                  "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                 [168000, 236000, 42000, 14000], 168000, False),
    "h1135e01": ("en", "software",
                 terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True,
                       False, "England and Wales", G),
                 extra(True, True, False, 2055000, True, True), ["CR-GOVERNING-LAW"],
                 [1260000, 540000, 210000, 45000], 1260000, True),
    "h1135e02": ("en", "cloud",
                 terms(99.95, 1, True, "buyer", True, False, True, 1200 / 1228400 * 100, 6 / 24 * 100, None, True,
                       None, None, None, False, True, False, "PRC", S),
                 extra(True, True, False, 1228400), ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
                 [26500 * 24, 120 * 180 * 24, 74000], None, False),
    "h1135e03": ("en", "hardware",
                 terms(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True,
                       False, "PRC", G),
                 extra(True, True, False, 1700000, True, True), [],
                 [640 * 1150, 32 * 8600, 318000, 2 * 48000, 168000, 87000, 19800], 1425200, False),
    "h1135e04": ("en", "services",
                 terms(None, 6, True, "buyer", True, True, True, 2000 / 2184000 * 100, 150, None, True, None, None,
                       None, True, True, False, "PRC", S),
                 extra(True, True, False, 2184000), ["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"],
                 [58000 * 36, 96000], None, False),
    "h1135e05": ("en", "cloud",
                 terms(99.95, 1, True, "buyer", False, True, True, 800 / 994000 * 100, 150, None, True, None, None,
                       None, False, False, False, "PRC", S),
                 extra(True, True, False, 994000), ["CR-DATA-SECURITY", "CR-TERMINATION"],
                 [468000 * 2, 58000], None, False),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy section 3 thresholds (defaults of the pack)
AVAIL_MIN, P1_MAX_H, LD_MIN, CAP_MIN, PRE_MAX, WAR_MIN, FEE_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(t, x, fee_base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * fee_base * t["post_warranty_fee_pct"] / 100
    return post / (x["contract_value"] + post) * 100


def derive(t, x, fee_base, forum_outside):
    """My reading of policy section 3 (and 'Where rules apply')."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX_H:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PRE_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WAR_MIN):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > FEE_MAX):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, fee_base) if goods else None
    if share is not None and share > TCO_MAX:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures: no text may state one, raw, whitespace-collapsed or whitespace-free.
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h)(?![a-z])", r"(?<![\d.])4\s*个?\s*(?:小时|钟头)",
    r"(?<![十\d])四\s*个?\s*(?:小时|钟头)", r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百", r"\bhundred" + PCT,
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"\bthirty" + PCT, r"三成",
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"\bfifteen" + PCT,
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"\bforty" + PCT, r"四成",
    r"(?<![\d.])12\s*-?\s*(?:calendar\s*)?(?:months?|个月)", r"(?<![\d十])十二\s*个月",
    r"\btwelve\s*(?:\(12\)\s*)?-?\s*(?:calendar\s*)?months?", r"一年", r"\bone\s*-?\s*years?\b",
    r"(?<![\d.])1\s*-?\s*years?\b",
    r"(?<![\d.])5\s*-?\s*years?\b", r"\bfive\s*-?\s*years?\b", r"(?<![\d十])五\s*年", r"(?<![\d.])60\s*-?\s*months?",
    r"\bsixty\s*-?\s*months?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4 h", "4小时", "4 个小时", "四小时", "four hours", "0.05%",
            "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent",
            "12 months", "12-month", "十二个月", "twelve months", "twelve calendar months", "15%", "百分之十五",
            "40%", "百分之四十", "5 years", "five-year", "五年", "one year", "一年", "60 months", "within4hours"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055%", "0.5%",
             "2027.05", "1,100%", "130%", "300%", "115%", "140%", "0.4 hours", "24 months", "十八个月",
             "2027年12月31日", "150%", "200%", "35%", "45%", "25 years", "十五年", "7×24小时", "24x7", "1.5%",
             "0.1 percentage point", "within24hours", "36 months", "18 months", "第十五条", "百分之四十五"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


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
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert threshold_hits(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("regex hits", s, threshold_hits(s))

    built = {k: (name, kind) for k, (name, kind, _) in FILES.items() if kind in ("docx", "pdf")}
    write({k: FILES[k][2] for k in built}, built, OUT, wrap_words=True)
    for key, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.rstrip("\n") + "\n", encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    compliant = {"zh": 0, "en": 0}
    for key, (name, kind, src) in FILES.items():
        lang, cat, t, x, design, parts, fee_base, forum = LABELS[key]
        assert list(t) == TERM_KEYS
        assert sum(parts) == x["contract_value"], (key, sum(parts), x["contract_value"])
        rules, share = derive(t, x, fee_base, forum)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != AVAIL_MIN and t["p1_response_hours"] != P1_MAX_H
        assert t["ld_rate_per_day_pct"] != LD_MIN and t["liability_cap_pct"] != CAP_MIN
        assert t["prepayment_pct"] != PRE_MAX and t["warranty_months"] != WAR_MIN
        assert t["post_warranty_fee_pct"] != FEE_MAX
        if share is not None:
            assert abs(share - TCO_MAX) > 2, (key, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        hits = threshold_hits(text)
        if hits:
            problems.append((key, "threshold figure", hits))
        if not rules:
            compliant[lang] += 1
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%-64s %-5s %5d  %-6s %s%s" % (name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                             "" if share is None else "  [TCO share %.2f %%]" % share))
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, ("rules never expected", missing)
    assert compliant == {"zh": 1, "en": 1}, compliant
    assert LABELS["h1135e01"][4] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(LABELS["h1135z05"][4]) <= 10
    assert sum(1 for v in LABELS.values() if 2 <= len(v[4]) <= 3) == 6
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
