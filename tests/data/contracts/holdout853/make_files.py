"""holdout853: builds the ten blind held-out drafts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). The .txt/.md files are written as they stand
below; the .docx/.pdf are built by ../word_pdf.py from the markup below (PDF lines broken at word boundaries).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H853Z01 = r"""
T:××市卫生健康委员会鼠疫监测预警平台采购合同
P:合同编号：WJW-ZFCG-2027-0316
P:采购人（甲方）：××市卫生健康委员会
P:供应商（乙方）：××疾控信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号ZFCG-2027-0088）、乙方投标文件和中标通知书，甲乙双方就鼠疫监测预警平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供鼠疫监测预警平台软件（V3.6）永久使用许可，许可范围为甲方及所辖12个区县疾控中心、哨点医院和动物疫情监测点，不限用户数。
P:1.2 乙方按甲方需求定制开发以下功能：宿主动物及媒介监测数据采集模块、疫点空间分析与热力图、多源数据预警模型（含鼠密度、蚤指数、病原学检测结果）、预警信息分级推送，以及与省传染病网络直报系统、市卫生健康信息平台的数据接口。
P:1.3 乙方负责平台在甲方政务云环境的部署、数据初始化、联调测试、人员培训及质保期内的运行维护。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,068,000元（大写：贰佰零陆万捌仟元整），包括：平台软件许可费1,260,000元；定制开发费684,000元；部署实施费98,000元；培训费26,000元。
P:2.2 合同总价为固定价格，已包含软件、开发、部署、培训、税费及质保期内全部服务费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%作为预付款，计413,600元。
P:3.2 平台部署完成并通过初步验收后15个工作日内，支付合同总价的45%，计930,600元。
P:3.3 平台试运行满三个月并通过最终验收后15个工作日内，支付合同总价的35%，计723,800元。
P:3.4 甲方按财政资金支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成定制开发及部署，并提交初步验收申请。
P:4.2 因甲方原因导致工期延误的，交付期限相应顺延，双方应以书面形式确认。
P:4.3 乙方应在合同签订后15日内提交项目实施方案和进度计划，经甲方确认后执行；实施方案应包括需求调研安排、开发计划、测试方案、部署方案及数据初始化方案。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准包括：需求规格说明书所列功能全部实现；接口与省直报系统、市信息平台数据比对一致；在200个并发用户下页面平均响应时间不超过3秒；通过第三方软件安全测评且无高危漏洞。
P:5.2 初步验收合格后进入三个月试运行。试运行期间预警模型须对甲方提供的历史数据完成回溯测试，预警准确性达到需求规格说明书约定的指标，且未发生一级故障，方可申请最终验收。
P:5.3 最终验收由甲方组织专家进行，并出具书面验收报告。平台上线、试运行或甲方付款，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 故障分级及响应：一级故障（平台无法访问或预警推送中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次工作日内解决；三级故障在下一版本修复。
P:6.3 乙方响应或恢复超时的，每超过1小时向甲方支付违约金1,000元，甲方可从应付款项中直接扣除。
P:6.4 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%，即每年不超过113,400元，该标准在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件（V3.6）的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的模块、预警模型参数、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收时交付全部源代码及文档。
P:7.3 乙方保证其提供的软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台内的监测数据、病例信息、地理信息及预警记录等全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按网络安全等级保护三级要求落实安全措施，包括访问控制、传输与存储加密、操作日志审计；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同获知的甲方工作秘密、传染病疫情信息及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在本合同终止后继续有效，不因合同履行完毕而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的平台不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按国家有关规定承担责任。
H:第十一条 分包与转让
P:乙方不得将本项目分包或转包给任何第三方，不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有传染病监测信息系统建设经验的项目经理一名，负责项目计划、进度、质量和沟通协调，未经甲方同意不得更换。项目实施期间乙方核心开发及实施人员不少于6人，其中驻场人员不少于3人。
P:14.2 乙方应每周向甲方提交项目周报，说明进度、问题及风险；每个阶段完成后提交阶段成果及文档，经甲方确认后进入下一阶段。
P:14.3 甲方负责提供政务云资源、网络接入条件、历史监测数据及相关业务规范，并指定项目联系人配合需求调研和测试工作。
P:14.4 乙方应为甲方及各区县疾控中心业务人员、系统管理员分别提供操作培训和管理培训，培训总计不少于16学时，并提交培训教材和操作手册。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，由双方按照政府采购有关规定协商签订补充协议，补充协议与本合同具有同等法律效力。
P:15.3 附件：需求规格说明书、分项报价表、验收方案、安全承诺书。
P:甲方（盖章）：          乙方（盖章）：
P:签订日期：2027年  月  日
"""

H853Z02 = r"""
T:生产线控制系统改造合同
P:合同编号：YDC-GZ-2027-011
P:甲方（买方）：××腰带制造有限公司
P:乙方（卖方）：××工业自动化工程有限公司
P:甲方拟对其皮带冲压、压花、封边及扣具装配四条生产线的电气控制系统进行改造，乙方具备相应的设计、供货和实施能力。双方经协商，就设备供货、软件许可、程序编制、安装调试及维保服务订立本合同。
H:第一条 改造范围
P:1.1 乙方负责将四条生产线原有继电器控制及老旧PLC更换为新一代PLC控制系统，更换伺服驱动，增设HMI触摸屏操作站和工业以太网，并部署设备数据采集软件，实现产量、节拍、停机原因和能耗数据的自动采集与统计。
P:1.2 乙方负责现场勘察、方案设计、设备供货、PLC及HMI程序编制、安装接线、单机调试、联动调试、试生产保障及操作维护培训。
P:1.3 改造须分线实施，每条生产线停产时间不超过5个自然日，具体排期由双方书面确认。
P:1.4 乙方应在合同签订后10日内提交详细技术方案，包括电气原理图、I/O点表、网络拓扑、程序功能说明及停产切换计划，经甲方生产、设备部门书面确认后实施。方案确认后如需变更，乙方应书面说明理由，经甲方同意后执行，不得因此增加合同价款。
P:1.5 改造拆除的旧控制柜、继电器及线缆由乙方分类整理后交还甲方，可利用的备件应登记造册。
H:第二条 设备、软件及价格
P:2.1 本合同总价为人民币1,400,000元，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|4套|486,000
TB:2|伺服驱动器及电机|28轴|372,000
TB:3|HMI触摸屏操作站|8台|84,000
TB:4|工业以太网交换机|6台|56,000
TB:5|设备数据采集软件许可（永久）|1套|168,000
TB:|设备及软件小计||1,166,000
TB:6|安装调试及线缆辅材|1项|124,000
TB:7|PLC及HMI程序编制|1项|96,000
TB:8|操作维护培训|1项|14,000
TB:|合同总价||1,400,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，计280,000元。
P:3.2 全部设备到货并经甲方清点签收后10个工作日内，支付合同总价的45%，计630,000元。到货签收仅确认数量与外观，不视为验收。
P:3.3 四条生产线全部通过最终验收后10个工作日内，支付合同总价的35%，计490,000元。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后45日内将全部设备运至甲方厂区，并于设备到货后60日内完成四条生产线的改造和联动调试。
P:4.2 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的10%。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产72小时，满足以下条件为单线验收合格：设备动作与工艺要求一致；冲压节拍不低于改造前实测节拍；试生产期间无因控制系统引起的停机；数据采集软件采集的产量与人工计数偏差不超过千分之五；急停、安全光栅及门禁联锁全部测试有效。
P:5.2 四条线均单线验收合格并稳定运行20日后，由甲方组织最终验收并签署验收报告。设备到货、安装完成或投入生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在7日内整改并重新验收，由此产生的费用由乙方承担。
H:第六条 质保及维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为故障的，乙方免费维修或更换。
P:6.2 一级故障（任一生产线因控制系统停机）乙方应在1小时内响应，6小时内到场；二级故障（单台设备功能异常）8小时内响应，次日到场。乙方每超时1小时，向甲方支付800元。
P:6.3 质保期满后，乙方提供维保服务，内容包括每季度巡检、备件更换、程序优化及7×24小时电话支持。维保费按设备及软件小计的27%每年计取，即每年314,820元，质保期满后四年内固定不变，按年支付。
P:6.4 乙方应在质保期内储备关键备件，保证备件供应不少于八年。
P:6.5 质保期内乙方每半年对四条生产线的控制系统进行一次预防性巡检，检查内容包括控制柜温湿度、接线端子紧固、伺服参数、程序备份及数据采集完整性，巡检报告交甲方设备部门存档。
P:6.6 甲方生产工艺调整需修改PLC或HMI程序的，质保期内每季度不超过两次的小幅修改由乙方免费完成。
H:第七条 知识产权
P:7.1 PLC程序、HMI画面程序及为本项目编写的数据采集配置的知识产权归甲方所有，乙方应交付可编辑的程序源文件、注释及接线图，甲方有权自行修改或委托他人修改。
P:7.2 设备数据采集软件的著作权归其权利人所有，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 软件采集的生产数据、工艺参数和设备运行记录属于甲方，乙方不得复制、留存或用于本合同以外的用途。
P:8.2 乙方远程维护须事先取得甲方同意，通过甲方指定的远程接入方式进行，并记录操作日志；乙方人员不得在甲方工控网络接入未经检查的移动存储设备。
P:8.3 因乙方原因导致甲方数据丢失、泄露或生产系统遭受网络攻击的，乙方应立即通知甲方、协助恢复，并赔偿甲方由此遭受的损失。
P:8.4 乙方交付前应对PLC程序、HMI程序和采集软件进行病毒查杀，并向甲方提供查杀记录。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方工艺配方、产品款式、客户信息和生产数据负有保密义务，未经甲方书面同意不得向第三方披露，保密期限为合同终止后五年。
H:第十条 分包
P:电气安装及线缆敷设工作可由乙方委托具备资质的安装单位实施，乙方应在进场前书面告知甲方该单位名称及人员名单。乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约与解除
P:11.1 乙方提供的设备或软件不符合约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 任何一方严重违约，经对方书面催告后15日内未纠正的，守约方有权解除合同。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 安全生产
P:12.1 乙方人员进入甲方厂区应遵守甲方安全管理制度，因乙方人员违章作业造成的人身或财产损失由乙方承担。
P:12.2 乙方电气作业人员应持有效特种作业操作证上岗。停电检修须执行挂牌上锁制度，动火作业须事先办理动火审批手续。
P:12.3 乙方应为现场作业人员购买意外伤害保险，并在进场前向甲方提交人员名单、证件复印件及安全交底记录。
H:第十三条 法律适用及争议
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方住所地人民法院起诉。
H:第十四条 甲方配合
P:14.1 甲方应按确认的排期安排停产，提供施工所需的电源、场地和原有设备图纸资料，并指定设备主管作为现场联系人。
P:14.2 甲方操作人员和设备维修人员应按时参加培训。乙方应提供操作手册、维护手册和常见故障处理指南，培训结束后对参训人员进行考核，考核合格人员不少于每条生产线4名。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术方案、设备清单、验收记录表。
P:甲方（盖章）：          乙方（盖章）：
"""

H853Z03 = r"""毽球连锁门店预约及会员管理系统服务合同

合同编号：JQ-SAAS-2027-035
甲方（客户）：××毽球运动连锁管理有限公司
乙方（服务商）：××云动软件科技有限公司

甲方在本市及周边城市经营35家毽球运动门店，拟统一使用场地预约、课程排期及会员管理系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店开通场地预约、教练排课、团课报名、会员储值与次卡、积分及营销活动功能，提供门店端、管理端及会员微信小程序。
2. 开通会员管理高级模块，包括会员分层、流失预警、储值对账和多门店经营分析报表。
（二）实施服务
1. 乙方负责系统初始化配置、35家门店的场地与价格设置、收银设备对接、小程序上线。
2. 乙方负责将甲方原有会员系统中的会员档案、余额和次卡数据迁移至本系统，并与甲方共同核对。
3. 乙方负责门店店长及前台人员培训，每家门店不少于2人次。
（三）服务期限
服务期为两个服务年度，第1个服务年度自系统上线验收合格之日起计算，第2个服务年度紧接其后。

二、费用及支付
（一）费用构成
1. 门店订阅费：每店每个服务年度6,800元，35家门店每个服务年度合计238,000元；
2. 会员管理高级模块：每个服务年度52,000元；
3. 实施费（一次性）：68,000元；
4. 数据迁移费（一次性）：18,000元。
两个服务年度合同总额为人民币666,000元。
（二）支付方式
1. 实施费及数据迁移费在系统上线验收合格后10个工作日内一次性支付。
2. 每个服务年度的订阅费及高级模块费，于该服务年度开始后15个工作日内支付，每次290,000元。
3. 乙方应在收款前开具等额增值税专用发票。
（三）服务期内增加门店的，按每店每个服务年度6,800元按月折算收费；关闭门店的，自下一个服务年度起相应减少订阅费。
（四）会员通过小程序支付的场地费、课程费和储值款直接进入甲方收款账户，乙方不经手、不截留任何资金，也不收取交易佣金。

三、实施与验收
（一）乙方应于合同签订后40日内完成全部实施工作，并提交上线验收申请。
（二）上线验收标准：
1. 合同约定功能在35家门店全部可用，预约、排课、储值、核销流程测试通过；
2. 迁移的会员档案、储值余额和次卡剩余次数与甲方原系统导出数据逐条核对一致；
3. 小程序在高峰时段（200人同时预约）下单响应时间不超过2秒；
4. 收银设备对接测试通过，日结对账无差异。
（三）满足上述标准后，甲方出具书面验收单。系统试用或门店开始使用，不视为验收合格。
（五）乙方应提供上线切换方案，切换当日安排实施人员到客流量较大的8家门店现场支持，其余门店远程支持，确保会员预约和收银不中断。
（四）乙方逾期完成上线验收的，每逾期一日，按合同总额的千分之一向甲方支付违约金。

四、服务水平
（一）系统月度可用率不低于99.5%，计划内维护须提前48小时通知甲方，且安排在凌晨0点至6点之间。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（单个门店或单项功能不可用）：1小时内响应，当日恢复；
3. 三级故障（不影响使用的缺陷）：5个工作日内修复。
（三）月度可用率未达标或一级故障超时恢复的，按当月应计服务费的5%至20%抵扣下一期服务费，具体比例见服务水平附件。

五、知识产权
（一）系统平台及其软件的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方专门制作的会员等级规则配置、营销活动页面、经营分析报表模板及相关文档，归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

六、数据安全与数据归属
（一）甲方及其会员在系统中产生的会员信息、预约记录、交易数据等全部数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应采取访问控制、加密存储、日志审计和异地备份等措施保障数据安全，并按《中华人民共和国个人信息保护法》处理会员个人信息。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
（四）服务期满或合同终止时，乙方应在30日内按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

七、保密
双方对在合作中知悉的对方商业信息、经营数据及会员信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内继续有效。乙方应要求其接触甲方信息的员工签署保密承诺，并对员工的泄密行为承担责任。

八、续期
服务期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期的服务费用由乙方根据其届时价格体系确定，乙方有权上调续期费用，并在续期前以系统公告方式通知甲方。

九、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十、违约与解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方退还未履行部分的预收费用并赔偿损失。
（二）乙方连续两个月可用率未达标的，甲方有权解除合同。
（三）甲方逾期付款超过30日的，乙方可暂停服务，但应提前7日书面通知。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地仲裁委员会仲裁。

十二、日常支持与培训
（一）乙方为甲方提供7×12小时在线客服和电话支持，并建立专属服务群，指定客户成功经理一名，负责需求收集、使用指导和季度回访。
（二）乙方每季度向甲方提交服务报告，内容包括可用率统计、故障记录、功能更新说明和门店使用情况分析。
（三）新门店开业或门店人员变动时，乙方提供远程培训，服务期内不另收费。
（四）系统功能升级涉及门店操作流程变化的，乙方应提前15日通知甲方并提供操作说明。

十三、甲方义务
（一）甲方应指定项目负责人，组织各门店配合实施，按时提供门店、场地、价格及会员原始数据，并对数据的真实性负责。
（二）甲方应妥善保管管理账号和密码，不得将账号提供给与本合同无关的人员使用。
（三）甲方应按合同约定支付费用。

十四、功能需求与不可抗力
（一）服务期内甲方提出的个性化功能需求，乙方应在10个工作日内评估并书面答复；属于产品通用功能规划的，乙方免费实现；确需定制的，双方另行书面约定费用和工期。
（二）因不可抗力或电信运营商、微信平台等第三方原因导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应期间不计入可用率考核，但乙方应在障碍消除后立即恢复服务。

十五、通知
双方往来通知以书面形式送达本合同首页载明的地址，或发送至双方指定的电子邮箱，电子邮件发出之日视为送达。任何一方联系方式变更的，应提前5日通知对方。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、服务水平附件、数据迁移方案。

甲方（盖章）：
乙方（盖章）：
日期：2027年  月  日
"""

H853Z04 = r"""××市住房和城乡建设局
城市水上运动中心设施管理系统运维服务合同

项目名称：城市水上运动中心设施管理系统2027年度运维服务
采购方式：竞争性磋商（项目编号：ZJJ-CS-2027-019）
采购人（甲方）：××市住房和城乡建设局
成交供应商（乙方）：××智慧场馆运维服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就城市水上运动中心设施管理系统的运维服务事项订立本合同。磋商文件、响应文件及成交通知书均为本合同的组成部分。

第一条 服务对象
（一）城市水上运动中心设施管理系统，包括场馆综合管理平台、泳池水质在线监测子系统、恒温及循环水处理设备监控子系统、皮划艇及赛艇码头闸口管理子系统、安防视频及客流统计子系统、能耗计量子系统。
（二）系统所涉服务器12台、网络交换设备26台、各类传感器及控制终端约640个点位，清单见附件一。

第二条 服务内容
（一）日常运维：每日对平台运行状态、数据采集完整性进行巡查，形成巡查记录；每周对服务器、数据库和网络设备进行健康检查。
（二）故障处理：对系统软硬件故障进行诊断、修复或更换，保障各子系统正常运行。
（三）数据维护：负责数据库备份、水质及能耗历史数据归档，每月进行一次备份恢复演练。
（四）赛事保障：在中心承办市级及以上水上赛事期间，安排不少于2名工程师现场值守。
（五）优化服务：根据甲方需要对报表、告警阈值配置及平台界面进行调整优化。
（六）汛期保障：汛期（6月至9月）开始前完成码头闸口及排水监控设备专项检查，汛期内遇暴雨预警时安排工程师加强值守。
（七）备品备件：乙方应储备交换机、传感器、闸口控制板等常用备件，备件清单及最低库存数量见附件一，备件费用已包含在合同总价内。
（八）运维报告：每月5日前提交上月运维月报，每季度结束后10日内提交季度运维报告，内容包括设备运行状况、故障统计与分析、备份演练结果、存在问题及改进建议；发现设备老化或存在较大隐患的，应及时提出更换或改造建议，供甲方决策参考。
（九）运维工具：乙方自备运维所需的测试仪器和工具，使用的运维监控软件应经甲方同意后方可部署在甲方网络中。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，甲方根据项目需要重新组织采购，本合同不自动延续。

第四条 合同价款及支付
（一）本合同总价为人民币486,000元（大写：肆拾捌万陆仟元整），为固定总价，包含人工、备品备件、交通、工具及税费。
（二）服务费按季度支付。每季度末经甲方季度考核合格后15个工作日内，甲方支付该季度服务费121,500元。
（三）季度考核得分低于85分的，按考核办法扣减当季服务费，扣减金额由甲方在支付时直接扣除。

第五条 人员要求
（一）乙方应配备项目经理1名、驻场工程师2名，驻场人员工作时间为每日8:00至18:00，其他时间安排电话值班。
（二）驻场人员应具备相应资格，更换驻场人员须提前10日征得甲方同意，新人员应经过不少于5个工作日的交接。
（三）驻场人员应遵守甲方及水上运动中心的管理制度，统一着装并佩戴工作证，进入设备机房、水处理机房须登记。
（四）乙方应为驻场人员缴纳社会保险，并承担其工资、交通、餐饮等全部费用。

第六条 服务水平
（一）故障等级：
一级故障：场馆综合管理平台整体不可用、水质监测数据中断或码头闸口无法启闭；
二级故障：单个子系统部分功能不可用；
三级故障：不影响场馆运营的一般性问题。
（二）响应及恢复时限：一级故障30分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，24小时内修复；三级故障3个工作日内处理完毕。
（三）乙方响应或恢复超时的，每发生一次扣减服务费500元；一级故障超时恢复的，每超过1小时另扣减300元。

第七条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括巡查记录完整率、故障响应及时率、备份恢复演练结果、赛事保障情况和使用科室满意度，具体评分标准见附件二。
（二）季度考核结果由甲方书面通知乙方，乙方对考核结果有异议的，可在5个工作日内提出复核申请。连续两个季度考核不合格的，乙方应更换项目经理并提交整改方案。
（三）服务期满后，乙方提交年度运维总结报告。甲方对照附件二的年度指标（故障按时恢复率不低于95%、数据备份完整、无因乙方原因导致的重大运营事故）组织年度验收，并出具书面验收意见。

第八条 数据安全责任
（一）系统内的水质监测数据、客流数据、安防视频、场馆运营数据均归甲方所有，乙方仅可为履行运维职责访问和处理，不得复制、留存或用于其他用途。
（二）乙方应遵守网络安全等级保护制度要求，远程维护须经甲方批准并通过堡垒机操作，全程记录日志；不得擅自修改系统安全策略。
（三）发生数据泄露、篡改或系统遭受攻击等安全事件时，乙方应在1小时内报告甲方并启动应急处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。

第九条 知识产权
乙方在服务期间编写的运维脚本、配置文件、报表及技术文档，其知识产权归甲方所有，乙方应在服务期满时全部移交。

第十条 违约责任
（一）乙方未按合同约定时间进场提供服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方未按约定配备驻场人员的，每缺少一人每日扣减服务费400元。
（三）因乙方运维不当造成设备损坏的，乙方负责修复或按原价赔偿。
（四）甲方逾期支付服务费的，应按逾期金额每日万分之二支付违约金。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，根据影响程度部分或全部免除责任。不可抗力消除后，乙方应立即恢复服务，并对受影响的设备和数据进行全面检查，向甲方提交检查报告。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 应急管理
（一）乙方应在进场后20日内编制系统应急预案，内容包括平台宕机、水质监测中断、闸口失控、网络攻击等情形的处置流程和联系人，报甲方审定后执行。
（二）乙方每半年至少组织一次应急演练，演练方案和总结报告报甲方备案。
（三）遇重大赛事、节假日客流高峰或极端天气，乙方应按甲方要求增派人员现场保障。

第十五条 服务交接
（一）服务开始时，乙方应与前一运维单位及甲方共同完成系统现状检查、账号密码及文档交接，并形成交接记录。
（二）服务期满时，乙方应向甲方或甲方指定的新运维单位移交全部运维记录、账号、配置文件和技术文档，并提供不少于10个工作日的过渡期协助，过渡期协助不另收费。

第十六条 其他
（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
附件一：运维设备清单
附件二：运维考核办法

甲方（盖章）：                乙方（盖章）：
签订日期：2027年  月  日
"""

H853Z05 = r"""# 匠迹工序追踪系统软件许可及定制开发合同

**（匠迹软件标准合同文本 JJ-2026版）**

合同编号：JJ-XS-2027-0412

甲方（用户）：××灰塑艺术工作室

乙方（开发方）：××匠迹软件有限公司

鉴于甲方从事岭南灰塑的设计、制作与古建修缮工程，需对作品从设计到安装的各道工序进行记录和追踪；乙方为匠迹工序追踪系统的开发商。双方本着平等自愿的原则，按照乙方标准合同文本订立本合同，本文本条款经双方确认。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工序追踪系统标准版软件使用许可，授权用户数为30个，安装于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：灰塑工序模板（扎骨架、草根灰打底、纸筋灰塑形、批灰、上彩、修缮补色）；工序照片与材料批次登记；工艺师傅工时记录；古建修缮项目的现场进度看板；作品档案查询及移动端拍照上传。

1.3 乙方负责部署安装、基础数据导入及操作培训。培训以远程方式进行，共计两次，每次不超过半天；甲方需增加现场培训的，差旅费用由甲方承担。

1.4 系统运行所需的服务器、操作系统、数据库、网络及移动终端由甲方自行准备，配置要求以乙方提供的《部署环境说明》为准。因甲方运行环境不符合要求影响系统使用的，乙方不承担责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准版软件使用许可（30用户） | 168,000 |
| 2 | 定制开发 | 214,000 |
| 3 | 部署实施 | 26,000 |
| 4 | 操作培训 | 8,000 |
| | 合计 | 416,000 |

合同总价为人民币416,000元，含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，计270,400元，乙方收款后启动开发。

3.2 系统上线后5个工作日内，甲方支付合同总价剩余的35%，计145,600元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付滞纳金，乙方并有权暂停开发或维护。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在签订合同时书面提出并提供开票信息。

## 第四条 开发与交付

4.1 乙方在收到首付款后75个工作日内完成定制开发并部署上线。

4.2 甲方应及时提供工序资料、历史作品照片及相关数据，甲方资料提供延迟的，交付日期相应顺延。

4.3 开发过程中甲方提出需求变更的，乙方另行报价，变更部分的工期和费用由双方另行确认。

4.4 乙方交付的成果包括：可运行的系统安装程序、授权文件、用户操作手册和管理员手册。源代码不属于交付范围。

4.5 乙方有权根据产品规划对系统界面和功能进行调整，但不影响本合同约定的主要功能。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方，系统上线运行即视为甲方验收合格。

5.2 甲方在上线后使用中发现的问题，可通过乙方客服渠道提交，乙方在后续版本中统一处理。

5.3 系统上线后，甲方不得以功能与需求存在差异为由拒付尾款，相关差异按需求变更处理。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护，内容为远程答疑和缺陷修复。

6.2 故障响应：系统无法登录或数据无法保存等一级故障，乙方在8小时内响应；其他问题在3个工作日内答复。

6.3 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价目表执行。

6.4 因甲方自行修改系统、服务器环境变化或操作不当导致的问题，不属于免费维护范围，乙方可按人天收费，现场服务另计差旅费用。

6.5 免费维护期内，乙方提供的系统升级仅限于缺陷修复补丁。新版本发布的新增功能，甲方需另行购买升级服务。

6.6 乙方客服工作时间为工作日9:00至18:00，节假日期间的问题顺延至工作日处理。

## 第七条 知识产权

7.1 匠迹工序追踪系统及其全部组成部分的知识产权归乙方所有。

7.2 本合同项下定制开发的工序模板、功能模块、源代码及技术文档的知识产权均归乙方所有，乙方可将其用于其他客户。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。

## 第八条 数据

8.1 甲方录入系统的作品照片、工艺资料和项目数据归甲方所有。

8.2 乙方应采取必要的技术措施保障系统数据安全，包括账号权限控制、数据加密存储和定期备份；发生数据泄露的，乙方应在24小时内通知甲方，因乙方过错造成的损失由乙方赔偿。

8.3 甲方同意，乙方可对系统数据进行脱敏处理后，用于乙方产品改进、行业工艺分析和案例展示。

## 第九条 保密

双方对在合作过程中获知的对方技术资料、商业信息负有保密义务，未经对方同意不得向第三方披露。保密期限为合同终止后两年。甲方不得向第三方展示系统界面、功能设计及本合同价格，不得允许第三方对系统进行测试或评估。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%。

10.3 在任何情况下，乙方均不对甲方的间接损失、利润损失或数据恢复费用承担责任。

10.4 甲方违反第七条、第九条约定，擅自修改、复制软件或向第三方泄露乙方技术资料的，应赔偿乙方全部损失，乙方并有权停止提供维护服务。

10.5 甲方未按约定时间提供资料或确认需求，导致项目停滞超过60日的，乙方有权按已完成工作量结算费用。

## 第十一条 合同解除

11.1 任何一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，已付款项不予退还。

11.3 合同解除后，甲方应停止使用并删除系统软件，乙方已完成的定制开发成果仍归乙方所有。

## 第十二条 甲方责任

12.1 甲方应指定专人负责与乙方对接，对乙方提交的需求说明、界面原型在5个工作日内确认，逾期未确认的视为确认。

12.2 甲方应自行负责服务器的日常管理和系统数据的定期备份。甲方未备份导致数据丢失的，由甲方自行承担后果。

12.3 甲方应按乙方授权范围使用软件，超出授权用户数使用的，应按乙方价格补交许可费用。

## 第十三条 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力导致本合同不能按期履行的，受影响方不承担责任，但应及时通知对方，履行期限相应顺延。

## 第十四条 通知

双方通知以书面或电子邮件方式送达本合同载明的地址或邮箱。一方变更联系方式的，应及时通知对方，未通知的，按原联系方式送达即视为有效送达。

## 第十五条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同以乙方标准文本为准，手写修改部分须经双方盖章确认。

16.2 本合同附件包括：功能需求确认单、部署环境说明、报价单。附件与正文不一致的，以正文为准。

16.3 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　年　　月　　日
"""

H853E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. SRI-NX-2027-07
P:This Agreement is made between Helan Mountain Vineyards Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yinchuan, Ningxia (the "Buyer"), and Sunraysia Irrigation Intelligence Pty Ltd, ABN 41 604 228 917, of 88 Deakin Avenue, Mildura, Victoria 3500, Australia (the "Vendor").
P:Background: The Buyer operates irrigated vineyards of about 2,600 hectares at the eastern foot of the Helan Mountains. The Vendor develops VineFlow, a software system for irrigation scheduling, soil moisture analysis and water budgeting. The Buyer wishes to acquire a perpetual licence of VineFlow together with implementation and related services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the VineFlow Enterprise edition, version 7, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the items developed by the Vendor specifically for the Buyer under Article 2.2, including interface programs, block-level irrigation models, report templates, source code and documentation.
P:1.3 "Buyer Data" means all data entered into, collected by or generated by the Software for the Buyer, including sensor readings, weather records, block maps, yield and water use data.
P:1.4 "Final Acceptance" means the written confirmation issued by the Buyer under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's servers in Ningxia for the Buyer's own vineyards and those of its subsidiaries, for an unlimited number of named users.
P:2.2 The Vendor shall develop and deliver: (a) interfaces between the Software and the Buyer's 214 soil moisture probes, 9 weather stations and the pump station controllers; (b) irrigation models for each of the Buyer's 68 vineyard blocks, calibrated with the Buyer's soil survey; (c) Chinese-language user interface and reports; and (d) a water allocation report in the format required by the local water authority.
P:2.3 The Vendor shall install the Software, migrate the Buyer's historical irrigation records of three seasons, carry out testing and train the Buyer's agronomists and operators.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,760,000, made up as follows: Perpetual Licence Fee CNY 1,180,000; implementation and data migration CNY 342,000; interfaces and block models CNY 196,000; training CNY 42,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor. The Vendor shall issue valid Chinese VAT invoices through its agent in Shanghai.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 176,000) within 20 days after signature, against an advance payment guarantee of the same amount from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 968,000) within 20 days after the Software is installed and the interfaces are connected. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 616,000) within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the bank account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, interfaces and migration within 100 days after signature, so that the Software can be used for the coming irrigation season.
P:5.2 Acceptance tests shall be carried out under the acceptance test plan attached as Annex 2 and shall show that: (a) readings from all probes and weather stations arrive in the Software within 10 minutes of measurement; (b) the irrigation schedules for a test period of 30 days match the block models within the tolerance in Annex 2; (c) migrated records reconcile with the Buyer's source files; (d) the water allocation report is accepted by the local water authority; and (e) no Severity 1 fault occurs during a trial run of 45 days.
P:5.3 When the tests are passed, the Buyer shall issue a written Final Acceptance certificate within 10 days. Use of the Software, go-live or any payment does not mean acceptance. If a test fails, the Vendor shall correct the defect at its cost and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and this Agreement for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 Faults are classified as follows. Severity 1: the Software or the pump interface is unavailable or irrigation schedules cannot be issued; response within 1 hour and workaround within 8 hours. Severity 2: a major function is impaired; response within 2 hours and correction within 2 business days. Severity 3: other faults; correction in the next release.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000 against any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support at 10% of the Perpetual Licence Fee, namely CNY 118,000 per year. This fee is fixed for three years after the Warranty Period ends. Support is ordered year by year by purchase order and does not renew automatically.
P:6.5 The Vendor shall provide support in Chinese through its partner in Yinchuan, and its engineers shall be available during Ningxia business hours. During the irrigation season from April to October, a Severity 1 fault may be reported by telephone at any time.
P:6.6 The Vendor shall keep the Software compatible with the operating system and database versions listed in Annex 1, and shall tell the Buyer at least 90 days in advance if a future release will need different versions.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose, even in anonymised or aggregated form.
P:8.2 The Vendor shall protect Buyer Data through access control, encryption in transit and at rest, and logging of all access. Remote access requires the Buyer's approval for each session and is made through the Buyer's VPN. Buyer Data shall stay on the Buyer's servers in China and shall not be copied abroad.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate in its remedy and shall be liable for the loss it causes. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent.
P:9.2 This obligation continues for five years after this Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation and interfaces within the time in Article 5.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability under Articles 7.3, 8 and 9, to personal injury or to wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the work without the Buyer's prior written consent, except for its Yinchuan partner named in Annex 3, which the Buyer approves by signing this Agreement. The Vendor remains responsible for all subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach that is not remedied within 20 days after notice, or if delay damages reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted and deliver all Custom Deliverables completed so far.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Victoria, Australia.
P:13.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties. If it is not settled within 30 days, it shall be submitted to the courts of Victoria, Australia, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement is written in English and Chinese; both texts have equal effect.
P:14.2 Annexes: Annex 1 Functional Specification; Annex 2 Acceptance Test Plan; Annex 3 Approved Partner.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H853E02 = r"""# ORDER FORM — ColdTrace Fruit Logistics Platform

Order Form No. GV-OF-2027-118, issued by Goulburn Valley Cold Chain Software Pty Ltd, ABN 63 155 902 471, 210 Wyndham Street, Shepparton, Victoria 3630, Australia ("Provider").

Customer: Guangzhou Lingnan Fresh Fruit Import Co., Ltd., Jiangnan Fruit Market Logistics Building, Baiyun District, Guangzhou, People's Republic of China ("Customer").

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B if they differ.

## PART A — ORDER DETAILS

### A1. Subscribed Services

ColdTrace, Provider's online platform for tracking imported fresh fruit from packhouse to distribution centre, including: container temperature and humidity tracking from data loggers; shipment milestones for sea freight and air freight; quality inspection records with photographs; import document checklists; and dashboards for the Customer's buyers, warehouse staff and sales team.

Included: 120 named users, 900 active shipments per Subscription Year, the Logger Integration add-on for three logger brands, and the Chinese-language user interface.

### A2. Subscription Term

Twenty-four (24) months, divided into two Subscription Years. The first Subscription Year starts on the Go-Live Date stated in the Onboarding Acceptance certificate.

### A3. Fees

| Item | Basis | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| ColdTrace platform subscription, 120 users | per Subscription Year | 286,000 | 286,000 | 572,000 |
| Logger Integration add-on | per Subscription Year | 48,000 | 48,000 | 96,000 |
| Onboarding and configuration | one-time | 54,000 | — | 54,000 |
| **Total Fees** | | **388,000** | **334,000** | **722,000** |

Additional shipments above the included volume are charged at CNY 38 per shipment and are invoiced quarterly in arrears. All fees include VAT.

### A4. Invoicing and Payment

- The subscription fee and add-on fee for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days of invoice.
- The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.
- Payment is made in CNY to Provider's appointed reseller in Guangzhou, who issues the VAT invoices.

### A5. Onboarding

Provider shall configure ColdTrace for the Customer's 14 supplier packhouses in Australia, Chile and Thailand, connect the three logger brands, load the Customer's product master data and train 25 key users. Go-Live is planned for 50 days after signature.

### A6. Service Levels

- Monthly availability of the platform: 99.95%, excluding scheduled maintenance notified 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.
- Priority 1 (platform unavailable or temperature alerts not delivered): response within 30 minutes, restoration within 6 hours.
- Priority 2 (a major function impaired): response within 2 hours, resolution within 2 business days.
- Priority 3 (other issues): response within 1 business day.
- Service credits: 5% of the monthly fee for each 0.1 percentage point (or part of it) below the availability commitment, and CNY 1,000 for each missed Priority 1 response, up to 50% of the monthly fee in a month.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents, photographs and records entered into or uploaded to ColdTrace by or for the Customer, and all logger readings collected for the Customer's shipments.

1.2 "Customer Configurations" means shipment templates, alert rules, inspection checklists, dashboards and report layouts configured by Provider specifically for the Customer.

1.3 "Subscription Year" has the meaning given in A2, and "Subscription Term" means the two Subscription Years together.

### 2. Provision of the Services

2.1 Provider shall make ColdTrace available to the Customer's named users during the Subscription Term in accordance with Part A.

2.2 Provider may update ColdTrace from time to time, provided that no update materially reduces the functions described in A1.

2.3 The Customer shall be responsible for the accuracy of Customer Data and for the conduct of its users.

2.4 Provider shall provide support through the in-app help desk, e-mail and a telephone line staffed in Mandarin and English. Priority 1 issues may be reported at any time; other issues are handled during business hours in Guangzhou.

2.5 Provider shall assign a customer success manager, who will hold a quarterly review with the Customer covering service performance, usage, open issues and planned product changes.

2.6 Provider shall give the Customer at least 30 days' notice of any change to ColdTrace that affects the way the Customer's users work, together with updated user guides in Chinese.

### 3. Onboarding Acceptance

3.1 On completion of onboarding Provider shall notify the Customer, and the Customer shall test the configured platform within 10 business days.

3.2 Onboarding Acceptance requires that: (a) all three logger brands deliver readings to ColdTrace for a test shipment from each origin country; (b) temperature alerts reach the Customer's mobile devices within 5 minutes; (c) the product master data reconciles with the Customer's list; and (d) the dashboards listed in the onboarding plan display correctly.

3.3 When the criteria are met, the Customer shall sign an Onboarding Acceptance certificate stating the Go-Live Date. Use of the platform before the certificate is signed does not mean acceptance. If a criterion is not met, Provider shall correct the configuration at its own cost and the Customer shall test again within 5 business days.

3.4 If Go-Live is delayed beyond the planned date for reasons attributable to Provider, Provider shall pay the Customer CNY 650 for each day of delay, up to CNY 40,000.

### 4. Intellectual Property

4.1 ColdTrace, its software and documentation remain the property of Provider and its licensors.

4.2 Customer Configurations belong to the Customer. Provider shall export them on request in a documented format, and the Customer may use, modify and give them to any other service provider.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. Provider shall use Customer Data only to provide the Services to the Customer during the Subscription Term and shall not use it for any other purpose.

5.2 Within 30 days after the Subscription Term ends, Provider shall return all Customer Data in CSV and image files and then delete it from ColdTrace.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and commercial information, including prices, supplier lists and shipment volumes, and shall not disclose it to any third party without the other party's prior written consent.

6.2 These obligations continue for three years after the Subscription Term ends.

### 7. Fees and Taxes

7.1 Fees are fixed for the Subscription Term stated in A2.

7.2 Late payments bear interest of 0.03% per day on the overdue amount. Provider may suspend the Services after 30 days' written notice of non-payment.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

8.2 Provider's total liability arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

### 9. Subcontracting and Assignment

9.1 Provider shall not subcontract any part of the Services without the Customer's prior written consent. Provider remains responsible for any approved subcontractor.

9.2 Neither party may assign this Order Form without the other party's prior written consent.

### 10. Term, Renewal and Termination

10.1 This Order Form ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

10.3 If the Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 12. Force Majeure

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and resumes performance as soon as possible.

12.2 Fees for any period during which the Services are not provided because of such an event shall be reduced in proportion.

### 13. General

13.1 Notices shall be in writing and sent to the addresses in Part A. Notices by e-mail are effective when sent to the contacts named by each party during onboarding.

13.2 This Order Form, including Part A and Part B, is the entire agreement of the parties on its subject matter and replaces any earlier proposals, quotations or online terms.

13.3 No change to this Order Form is effective unless it is in writing and signed by both parties.

13.4 This Order Form is made in English and Chinese. If the two versions differ, the Chinese version prevails.
"""

H853E03 = r"""
T:Supply Contract for Water Quality Sensors and Monitoring Software
P:Contract No. TH-AQ-2027-052
P:Buyer: Taihu Lakeside Aquaculture Co., Ltd., Wujiang District, Suzhou, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Campaspe Aquatic Sensing Pty Ltd, ABN 27 618 330 054, 15 Hare Street, Echuca, Victoria 3564, Australia (the "Supplier").
P:This Contract is made on the Buyer's standard purchasing terms for equipment and software. The Supplier will supply water quality sensors, gateways and a monitoring software licence for the Buyer's 48 ponds of crab and fish farming, and will install and commission them.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sondes, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the AquaWatch monitoring software licensed under clause 2, including its alarm, reporting and mobile functions.
P:1.3 "Buyer Data" means all measurements, alarms, pond records and other data produced by the Equipment or stored in the Software for the Buyer.
P:1.4 The Contract consists of these terms, the Price Schedule in clause 2, the Technical Specification (Annex 1) and the Acceptance Test Plan (Annex 2). In case of conflict these terms prevail.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following at a fixed total Contract Price of CNY 1,640,000, inclusive of VAT, delivery to site, customs clearance and insurance:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water quality sonde (dissolved oxygen, pH, temperature, ammonia, turbidity)|48|18,600|892,800
TB:2|Solar-powered wireless gateway with 4G backup|16|9,400|150,400
TB:3|AquaWatch monitoring software, perpetual site licence|1|420,000|420,000
TB:|Equipment and Software Subtotal|||1,463,200
TB:4|Installation, mounting and commissioning|1 lot|136,000|136,000
TB:5|Calibration, spare parts kit and training|1 lot|40,800|40,800
TB:|Total Contract Price|||1,640,000
P:2.2 The Supplier shall connect the Software to the Buyer's aerator control cabinets so that aerators start automatically when dissolved oxygen falls below the set point for each pond.
P:2.3 The Supplier shall develop for the Buyer a pond feeding report and an export interface to the Buyer's farm management system (the "Custom Work").
P:2.4 The Software shall send alarms by SMS and through the Buyer's WeChat work account, in Chinese, to the pond manager on duty, and shall keep all readings for at least five years.
H:3. Payment
P:3.1 25% of the Contract Price (CNY 410,000) within 15 days after signature, against a bank guarantee for the same amount.
P:3.2 50% of the Contract Price (CNY 820,000) within 15 days after all Equipment is installed and connected. Installation and connection are not acceptance.
P:3.3 25% of the Contract Price (CNY 410,000) within 15 days after Final Acceptance under clause 5.
H:4. Delivery
P:4.1 The Supplier shall deliver the Equipment to the Buyer's farm in Wujiang within 60 days after signature and complete installation within 30 days after delivery.
P:4.2 If the Supplier is late, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct them from any payment.
P:4.3 Title and risk in the Equipment pass to the Buyer on delivery to site, but delivery is not acceptance.
P:4.4 The Supplier shall pack the Equipment for sea and road transport, mark each package with the contract number and pond numbers, and give the Buyer a packing list and certificates of origin and conformity at delivery.
H:5. Acceptance
P:5.1 After installation the parties shall run the acceptance tests in Annex 2, which include: (a) comparison of each sonde's readings with laboratory measurements of water samples taken at the same time, within the tolerances of Annex 1; (b) transmission of readings from every pond at the set interval during a continuous period of 21 days with no more than 0.5% missing readings; (c) a test of the low-oxygen alarm and the automatic aerator start for every pond; and (d) correct operation of the Custom Work.
P:5.2 When all tests are passed the Buyer shall sign a Final Acceptance certificate within 7 days. If a test fails, the Supplier shall correct the defect at its cost and the test shall be repeated.
P:5.3 Use of the Equipment or Software for farming before Final Acceptance does not mean acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment and correct Software defects free of charge, including parts, labour and travel.
P:6.2 Severity 1 faults (the Software or a gateway stops working, or alarms are not sent) require a response within 2 hours and restoration within 24 hours; Severity 2 faults require a response within 8 hours and restoration within 3 days.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 600.
P:6.4 The Supplier shall keep a stock of spare sondes and gateways in Suzhou through its local service partner, so that a faulty unit can be replaced within two days. Sensor caps, membranes and other consumables that wear out in normal use are supplied at the prices in Annex 1 and are not covered by the warranty, except where they fail early because of a defect.
P:6.5 After the warranty period, the Buyer may buy annual support at 8% of the Equipment and Software Subtotal, namely CNY 117,056 per year, covering recalibration twice a year, repairs, Software updates and remote support. This fee is fixed for three years after the warranty ends. Support is ordered by the Buyer each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, irrevocable licence to use it at its farms.
P:7.2 The Custom Work, including its source code and documentation, belongs to the Buyer, which may use, modify and license it without restriction.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including in aggregated or anonymised form.
P:8.2 The Software shall be installed on the Buyer's server in Suzhou. Remote access by the Supplier requires the Buyer's approval for each session, multi-factor authentication and logging. Buyer Data shall not be transferred outside mainland China.
P:8.3 The Supplier shall report to the Buyer within 12 hours any incident affecting Buyer Data or the Buyer's network, shall help to contain and remedy it, and shall be liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's farms, production, customers and prices obtained under this Contract and shall not disclose it without the Buyer's prior written consent.
P:9.2 This obligation continues for five years after the Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price.
P:10.2 This limit does not apply to personal injury, wilful misconduct, or breach of clauses 8 and 9.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's local service partner in Suzhou, named in Annex 3, is approved by signing this Contract.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach the Supplier shall refund all payments for Equipment or work not accepted and pay the Buyer's additional costs of replacement.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final and binding on both parties.
H:14. Training, Documentation and Site Rules
P:14.1 The Supplier shall train up to 20 of the Buyer's pond managers and technicians in two sessions at the farm, covering daily use of the Software, reading of alarms, cleaning and calibration of sondes, battery and solar panel checks, and replacement of sensor caps.
P:14.2 The Supplier shall deliver operating and maintenance manuals in Chinese, a calibration log template, as-built drawings showing the position of each sonde and gateway, and the network settings of the Software.
P:14.3 The Supplier's staff shall follow the Buyer's biosecurity rules when entering pond areas, including disinfection of boots and equipment, and shall not move equipment between ponds without cleaning it.
P:14.4 The Supplier shall remove packaging and waste from the site and restore any pond banks disturbed by cable trenches.
H:15. General
P:15.1 This Contract is made in English and Chinese; the Chinese text prevails.
P:15.2 No amendment is valid unless made in writing and signed by both parties.
P:15.3 Annexes: Annex 1 Technical Specification; Annex 2 Acceptance Test Plan; Annex 3 Local Service Partner.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
"""

H853E04 = r"""# Managed IT Services Agreement

**Agreement No. MRV-YN-2027-03**

**Customer:** Yunnan Lincang Macadamia Processing Co., Ltd., Linxiang District, Lincang, Yunnan Province, People's Republic of China ("Customer").

**Provider:** Mary River Managed IT Pty Ltd, ABN 52 630 117 846, 41 Mary Street, Gympie, Queensland 4570, Australia, acting in China through its appointed service partner in Kunming ("Provider").

**Background.** The Customer runs two processing plants, a cold store and a sales office, with about 320 computer users. The Customer wishes to outsource the day-to-day operation of its IT environment to the Provider for 36 months. The Provider has experience of operating IT for food processors in Australia and Asia.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees, suppliers and customers that the Provider accesses, processes or stores in providing the Services.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

## Section 2. Term

2.1 This Agreement starts on signature and continues for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Services

3.1 The Provider shall provide the Services in Schedule 1 from the Service Commencement Date, with the skill and care of an experienced IT service provider.

3.2 The Provider shall assign a named service manager and keep at least two engineers on site at the Lincang plant during working hours. On-site staff shall speak Mandarin.

3.3 The Provider shall follow the Customer's IT policies, change management process and plant safety rules.

3.4 The Provider shall keep an asset register, a configuration database and a record of all incidents and changes, which belong to the Customer.

3.5 The Provider shall propose each quarter a list of improvements, such as replacement of ageing equipment, consolidation of servers or changes to the backup design, with estimated costs and benefits. The Customer decides whether to order any of them.

3.6 The Provider shall plan and carry out changes in agreed maintenance windows outside plant shift changes and the macadamia harvest and cracking peak from August to November, unless an urgent change is needed to restore a service.

## Section 4. Transition and Acceptance

4.1 Within 75 days after signature the Provider shall complete the transition: take over documentation and passwords from the Customer's current supplier, install its monitoring tools, set up the service desk, and document all systems.

4.2 Transition Acceptance requires that: (a) all servers, network devices and 320 endpoints are in the asset register and reporting to the monitoring tools; (b) backup jobs for all systems in Schedule 1 complete successfully for 10 consecutive days and a test restore of the ERP database succeeds; (c) the service desk handles tickets in Mandarin for 15 days in a shadow run; and (d) the operating manuals listed in Schedule 1 are delivered and approved by the Customer's IT manager.

4.3 When the criteria are met the Customer shall sign a Transition Acceptance certificate within 5 business days. Until then the Customer's current supplier continues to operate the environment.

## Section 5. Service Levels and Reporting

5.1 The Provider shall meet the Service Levels in Schedule 2 and measure them with its service management tool.

5.2 The Provider shall send a monthly service report showing performance against each Service Level, incidents, changes and open risks.

5.3 If a Service Level is missed, the service manager shall explain the cause at the monthly service review meeting and propose a remediation plan. The parties shall agree the actions and follow them up at the next meeting.

## Section 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term.

6.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. Invoices are payable within 30 days.

6.3 Additional work outside Schedule 1 requires a written change order with an agreed price. The Provider's day rates for such work are CNY 3,200 for a senior engineer and CNY 2,400 for an engineer, fixed for the Term.

6.4 The Provider shall issue valid VAT invoices through its Kunming service partner.

## Section 7. Intellectual Property

7.1 The Provider's tools, methods and know-how remain the Provider's property.

7.2 Scripts, runbooks, configurations, reports and documents prepared by the Provider specifically for the Customer belong to the Customer, which may use, modify and give them to any other supplier.

## Section 8. Customer Data and Security

8.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Services and shall not use it for any other purpose, including in anonymised or aggregated form.

8.2 The Provider shall keep Customer Data in China, protect it by access control, multi-factor authentication for administrators, encryption and logging, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

8.3 The Provider shall report any security incident affecting Customer Data to the Customer within 6 hours, contain it, support investigation and bear responsibility for losses caused by its failure to comply with this Section.

## Section 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's recipes, prices, customer lists and production figures, and shall not disclose it without prior written consent.

9.2 This obligation continues for five years after the end of this Agreement.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term. The limit does not apply to breach of Sections 8 and 9, personal injury or wilful misconduct.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

11.2 The Kunming service partner named in Schedule 1 is approved by signing this Agreement. The Provider remains fully responsible for it.

## Section 12. Termination and Exit

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice.

12.2 Either party may terminate if the other becomes insolvent or ceases to carry on business.

12.3 The Customer may terminate this Agreement for convenience after the first 18 months of the Term by giving 90 days' written notice, without any termination fee.

12.4 On expiry or termination the Provider shall give exit support for up to 60 days at the Monthly Service Charge pro rata, hand over all documents, passwords and Customer Data, and cooperate with any new supplier.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Tickets by phone, WeChat and portal for 320 users, in Mandarin and English | 07:00–22:00 daily |
| End-user support | Laptops, desktops, printers and plant terminals; on-site support at Lincang | Working hours |
| Server and storage operation | 18 virtual servers, 2 storage arrays, backup and restore | 24×7 monitoring |
| Network operation | Plant LAN, Wi-Fi, firewalls and the two site links | 24×7 monitoring |
| ERP and warehouse application support | First-line support and coordination with the software vendors | Working hours |
| Patch and antivirus management | Monthly patching in agreed windows, antivirus and endpoint protection | Monthly |
| Documentation | Operating manuals, network diagrams, backup plan | Kept current |

## Schedule 2 — Service Levels

| Measure | Target |
|---|---|
| P1 incident (a plant or the ERP stops working) — response | 20 minutes |
| P1 incident — restoration | 6 hours |
| P2 incident (a department or key function affected) — response | 1 hour |
| P2 incident — restoration | 1 business day |
| P3 incident (single user) — response | 2 hours |
| Backup success rate | 98% of jobs per month, failed jobs rerun the same day |
| Patch compliance | 95% of endpoints patched within 30 days of release |
| Customer satisfaction | average score of at least 4.2 out of 5 in the monthly survey |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | per month, 36 months × 58,000 | 2,088,000 |
| **Total Charges for the Term** | | **2,184,000** |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

H853E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. DAD-CN-2027-021

PARTIES

Provider: Darling Downs Crop Data Pty Ltd, ABN 19 622 504 380, 102 Cunningham Street, Dalby, Queensland 4405, Australia ("Provider").

Customer: Dalian Beiliang Grain Trading Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China ("Customer").

BACKGROUND

The Provider collects and publishes crop condition, planting, harvest progress and weather data for grain regions in Australia and other exporting countries, and makes them available through an application programming interface (the "API") and a web portal. The Customer imports wheat, barley and sorghum and uses such data for its purchasing and shipping decisions. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the crop, weather and market datasets listed in Schedule A, including daily updates and historical series.

1.2 "Subscription Year" means each of the two consecutive periods in clause 3.1.

1.3 "Customer Inputs" means the queries, watchlists, region selections, uploaded contract positions and other information that the Customer or its users submit to the API or the portal.

1.4 "Custom Feeds" means the feeds and reports described in clause 2.3 that the Provider produces specifically for the Customer.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data through the API and the portal, and to use the Data internally for its own trading, purchasing and risk management, including in reports to its group companies.

2.2 The subscription includes 25 portal users, up to 400,000 API calls per month, access to the historical series from 2000, and daily updates by 08:00 China Standard Time.

2.3 The Provider shall set up for the Customer: (a) a daily feed combining crop condition and rainfall for the 11 grain regions chosen by the Customer; (b) a weekly harvest progress report in Chinese; and (c) a connection between the API and the Customer's trading system.

2.4 The Customer shall not resell the Data or make it available to third parties, except to its auditors and advisers under duties of confidence.

2.5 The Customer shall keep its API keys and portal passwords secure, shall make sure that only its authorised users access the Data, and shall tell the Provider promptly if it suspects misuse of its credentials.

2.6 The Customer shall not use automated tools to download the whole of any dataset, except through the bulk download function offered in the portal.

2.7 Once in each Subscription Year the Provider may ask the Customer to confirm in writing the number of users and the systems into which the Data is loaded. The Customer shall answer within 20 business days.

3. TERM

3.1 The Subscription Term consists of two Subscription Years. The first Subscription Year starts on the Activation Date stated in the activation certificate under clause 5; the second starts on the first anniversary of the Activation Date.

3.2 This Agreement ends at the end of the second Subscription Year. It does not renew automatically; any further subscription needs a new written agreement.

4. FEES AND PAYMENT

4.1 The fees are:
(a) Subscription Fee: CNY 324,000 for each Subscription Year, CNY 648,000 for the Subscription Term;
(b) Set-up Fee for the Custom Feeds and the trading system connection: CNY 22,000, one-time.
The total fees for the Subscription Term are CNY 670,000, inclusive of VAT.

4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The Set-up Fee is invoiced after the activation certificate is signed. Invoices are payable within 30 days.

4.3 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. The Provider shall warn the Customer when usage reaches 80% of the allowance.

4.4 Fees are fixed for the Subscription Term.

5. ACTIVATION AND ACCEPTANCE

5.1 Within 25 days after signature the Provider shall issue API keys, deliver the Custom Feeds in test form and connect the API to the Customer's trading system.

5.2 The Customer shall test the service for 10 business days. Activation requires that: (a) every endpoint in Schedule A returns data for all 11 chosen regions; (b) the daily feed arrives by 08:00 China Standard Time on each test day; (c) sample values agree with the Provider's published reports; and (d) the trading system receives and displays the feed without manual steps.

5.3 When the criteria are met the Customer shall sign an activation certificate stating the Activation Date. If the Provider does not achieve activation within the time in clause 5.1 for reasons within its control, it shall pay the Customer CNY 520 for each day of delay.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API and the portal available and the Data up to date, subject to maintenance, failures of third-party data sources and events beyond its control.

6.2 The Provider offers support by e-mail and through the portal during Queensland business hours and will deal with support requests in a reasonable time.

6.3 The Provider may change the format of the Data or the API after giving 60 days' notice, provided the Data described in Schedule A remains available.

6.4 Where the Provider discovers an error in published Data, it will correct the Data and publish a correction notice on the portal. Historical series may be revised when source agencies revise their figures.

6.5 The Provider will provide the Customer with API documentation, sample code and a test environment, and will answer technical questions from the Customer's developers by e-mail.

7. INTELLECTUAL PROPERTY

7.1 The Data, the API, the portal and all underlying databases and methods remain the property of the Provider and its licensors.

7.2 The Custom Feeds and reports produced specifically for the Customer, and any analyses or models the Customer creates using the Data, belong to the Customer, which may use, modify and share them within its group and with its service providers without further charge.

8. CUSTOMER INPUTS

8.1 Customer Inputs belong to the Customer.

8.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and de-identified form to improve its products, to develop new datasets and to publish market indicators, including after this Agreement ends.

9. DATA SECURITY

9.1 The Provider shall protect Customer Inputs and the Customer's account information by appropriate technical and organisational measures, including encryption in transit and at rest, role-based access and audit logs.

9.2 The Provider shall notify the Customer within 24 hours of any unauthorised access to Customer Inputs or account information, shall take steps to contain it, and shall be liable for losses caused by its failure to meet this clause.

9.3 Personal information of the Customer's users shall be processed in accordance with applicable law, including the Personal Information Protection Law of the People's Republic of China.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's watchlists and positions and the Provider's pricing, and shall not disclose it to third parties without prior written consent.

10.2 These obligations continue for three years after this Agreement ends.

11. LIABILITY

11.1 Neither party is liable for indirect loss, loss of profit or trading losses arising from decisions based on the Data.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1, except for liability for breach of clauses 9 and 10, which is not limited.

12. SUBCONTRACTING

The Provider shall not subcontract the Custom Feeds or the support services without the Customer's prior written consent. The Provider's data sources are not subcontractors.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 If the Customer terminates for the Provider's breach, the Provider shall refund the Subscription Fee for the remaining part of the current Subscription Year.

13.3 On termination the Customer may keep the Data already downloaded for internal archive use.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

15. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, war, failures of public networks and government action, provided it notifies the other party promptly and does its best to limit the effects.

16. GENERAL

16.1 Notices shall be given in writing to the addresses above. Notices by e-mail are effective on the business day after they are sent.

16.2 Schedule A (Data and Endpoints) forms part of this Agreement.

16.3 This Agreement is made in English and Chinese, and both versions have equal effect.

SCHEDULE A - DATA AND ENDPOINTS

A.1 Crop condition indices by region, weekly.
A.2 Planting and harvest progress by region, weekly during the season.
A.3 Daily rainfall, temperature and soil moisture estimates by region.
A.4 Seasonal production estimates for wheat, barley and sorghum, monthly.
A.5 Port shipment statistics, monthly.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

FILES = {
    "h853z01": ("h853z01_health_commission_plague_warning_platform.pdf", "pdf", "zh", H853Z01),
    "h853z02": ("h853z02_belt_factory_line_control_retrofit.docx", "docx", "zh", H853Z02),
    "h853z03": ("h853z03_shuttlecock_chain_booking_membership_saas.txt", "txt", "zh", H853Z03),
    "h853z04": ("h853z04_water_sports_centre_facility_system_om.txt", "txt", "zh", H853Z04),
    "h853z05": ("h853z05_lime_sculpture_studio_tracking_supplier_template.md", "md", "zh", H853Z05),
    "h853e01": ("h853e01_vineyard_irrigation_perpetual_licence_mildura_vendor.pdf", "pdf", "en", H853E01),
    "h853e02": ("h853e02_cold_chain_saas_order_form_shepparton_vendor.md", "md", "en", H853E02),
    "h853e03": ("h853e03_aquaculture_sensors_monitoring_licence_echuca_vendor.docx", "docx", "en", H853E03),
    "h853e04": ("h853e04_managed_it_services_36_months_gympie_vendor.md", "md", "en", H853E04),
    "h853e05": ("h853e05_crop_data_api_subscription_dalby_vendor.txt", "txt", "en", H853E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsc, bod, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law,
          kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsc, bod, conf, ld, cap, prepay, acc, final, warr, pwf,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value)
LABELS = {
    "h853z01": ("software", terms(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                  False, True, False, "PRC", G), True, True, True, False, 2068000),
    "h853z02": ("hardware", terms(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 27,
                                  False, True, True, "PRC", G), True, True, True, False, 1400000),
    "h853z03": ("cloud", terms(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                               True, True, False, "PRC", S), True, True, None, False, 666000),
    "h853z04": ("services", terms(None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None,
                                  None, False, False, False, "PRC", S), True, True, None, False, 486000),
    "h853z05": ("software", terms(None, 8, False, "supplier", True, False, True, 0.02, 25, 65, False, False, 6, None,
                                  False, True, None, None, G), True, True, False, True, 416000),
    "h853e01": ("software", terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 10,
                                  False, True, False, "Victoria", G), True, True, True, False, 1760000),
    "h853e02": ("cloud", terms(99.95, 0.5, True, "buyer", False, True, True, 650 / 722000 * 100, 6 / 24 * 100, None,
                               True, None, None, None, False, True, False, "PRC", S), True, True, None, False, 722000),
    "h853e03": ("hardware", terms(None, 2, True, "buyer", True, True, True, 0.08, 200, 25, True, True, 24, 8,
                                  False, True, False, "PRC", G), True, True, True, False, 1640000),
    "h853e04": ("services", terms(None, 20 / 60, False, "buyer", True, True, True, None, 150, None, True, None, None,
                                  None, False, True, False, "PRC", S), True, False, None, False, 2184000),
    "h853e05": ("cloud", terms(None, None, False, "buyer", True, False, True, 520 / 670000 * 100, 150, None, True,
                               None, None, None, False, True, False, "PRC", S), False, True, None, False, 670000),
}

# dispute forum outside mainland China (not a label key; used for CR-GOVERNING-LAW)
FOREIGN_FORUM = {"h853e01"}

# TCO inputs for goods/licence drafts with a stated, fixed post-warranty fee: fee base (itemised licence/hardware)
TCO_BASE = {"h853z01": 1260000, "h853z02": 1166000, "h853e01": 1180000, "h853e03": 1463200}

DESIGN = {
    "h853z01": [],
    "h853z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h853z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h853z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h853z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h853e01": ["CR-GOVERNING-LAW"],
    "h853e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h853e03": [],
    "h853e04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h853e05": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"h853z01": "low", "h853z02": "high", "h853z03": "medium", "h853z04": "medium", "h853z05": "high",
        "h853e01": "low", "h853e02": "high", "h853e03": "low", "h853e04": "high", "h853e05": "high"}

# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key):
    t, cv = LABELS[key][1], LABELS[key][6]
    if key not in TCO_BASE or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (cv + fees) * 100


def derive(key):
    """My reading of policy §3 and its section 'Where rules apply, and how clauses are read'."""
    cat, t, sla, ld_stated, capped, deemed, cv = LABELS[key]
    goods = t["contract_kind"] == G
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.append("CR-GOVERNING-LAW")
    share = tco_share(key) if goods else None
    if share is not None and share > TCO_SHARE_TH:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name = FILES[key][0]
    cat, t, sla, ld_stated, capped, deemed, cv = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": name, "language": FILES[key][2], "category": cat, "expected_terms": dict(t),
            "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------
# Reading back, lengths, threshold scan

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


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}

DIGIT_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:小时|个小时|hours?|hrs?|-hour)",
    r"(?<![\d.])0?\.050*\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.,])(?:100|30|15|40)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:个月|months?|-month)",
    r"百分之(?:九十九点九(?![一二三四五六七八九])|三十(?![一二三四五六七八九点])|十五(?![点])|四十(?![一二三四五六七八九点])|百|一百)",
    r"万分之五(?![十])", r"千分之零点五", r"四个?小时", r"十二个月", r"(?<![第每])一年(?!度)",
]
WORD_PATTERNS = [
    r"(?<![-\w])four\s*-?\s*hours?\b",
    r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?\b",
    r"\b(?:one|1)\s*-?\s*years?\b",
    r"\b(?:thirty|fifteen|forty|one\s+hundred)\s*(?:per\s*cent|percent)",
    r"\bninety[-\s]nine\s+point\s+nine\b",
]
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时内", "四小时", "四个小时", "0.05%", "0.05 %", "万分之五",
            "100%", "30%", "15 %", "40％", "12 months", "12个月", "十二个月", "twelve months", "four hours",
            "a 4-hour response", "一年", "百分之三十", "thirty per cent", "百分之百", "one year"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "48小时", "0.5%", "0.08%", "130%", "150%", "2,068,000",
             "12个区县", "24 months", "4.2 out of 5", "twenty-four hours", "第一年", "万分之五十", "40,800",
             "服务年度", "1.15%", "百分之三十五"]


def hits(text):
    found = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in DIGIT_PATTERNS:
            found += [m.group(0) for m in re.finditer(p, form, re.I)]
    for form in (text, re.sub(r"\s+", " ", text)):
        for p in WORD_PATTERNS:
            found += [m.group(0) for m in re.finditer(p, form, re.I)]
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def check_values(key):
    t = LABELS[key][1]
    for k, v in TH.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    share = tco_share(key)
    if share is not None:
        assert abs(share - TCO_SHARE_TH) > 2, (key, share)
    return share


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {}
    for key, (name, kind, lang, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        else:
            built[key] = (name, kind)
    write({k: FILES[k][3] for k in built}, built, OUT, wrap_words=True)
    covered = set()
    for key, (name, kind, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = LIMITS[lang]
        found = hits(text)
        share = check_values(key)
        lab = label(key)
        rules = lab["expected_rules"]
        print(f"{key} {lang} len={n} rules={rules} risk={risk_of(rules)}"
              + (f" tco_share={share:.2f}" if share is not None else ""))
        assert not found, (key, found)
        assert lo <= n <= hi, (key, n)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk_of(rules) == RISK[key], key
        covered |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                        encoding="utf-8")
    missing = set(SEVERITY) - covered
    assert not missing, missing
    assert len(SEVERITY) == 20
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
