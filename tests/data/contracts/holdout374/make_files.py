"""holdout374: writes ten ordinary draft contracts (5 zh, 5 en), their .json labels, and checks them.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
.docx / .pdf are built with ../word_pdf.py write(..., wrap_words=True); .txt / .md are written directly.
Then every built file is read back (python-docx paragraphs + table rows; pypdf pages; file text) and the script asserts
the text lengths, that no threshold figure appears in any text, that no derived label sits on a threshold, and that
every CR rule of policy.md is expected at least once.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
Z01 = """T:临澄市侨务服务平台建设项目政府采购合同
P:合同编号：LCWB-ZFCG-2025-017　　采购方式：公开招标　　项目编号：LCZC2025-0436
P:甲方（采购人）：临澄市人民政府外事办公室（临澄市人民政府侨务办公室）
P:地址：临澄市行政中心东楼六层
P:乙方（中标供应商）：澄江数联信息技术有限公司
P:地址：临澄市高新区云栖路88号
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临澄市侨务服务平台建设事宜，经平等协商一致，订立本合同。招标文件、投标文件、澄清材料和中标通知书为本合同的组成部分；上述文件与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设侨务服务平台，包括侨胞咨询服务、归侨侨眷身份证明办理预约、华侨回国定居证照业务辅助、侨情数据库、涉侨法律援助转介和统计分析等功能，并提供平台软件许可、定制开发、历史数据迁移、部署实施和培训服务。
P:1.2 平台部署在甲方指定的市电子政务云上。乙方应按网络安全等级保护第三级的要求完成部署和配置，并配合甲方完成等级测评和商用密码应用安全性评估。
P:1.3 具体功能需求、性能指标和接口清单，以招标文件第五章《采购需求》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾万零捌仟元整（¥1,808,000.00），为固定总价，已包含软件许可、开发、实施、税费以及乙方完成本项目所需的全部费用。分项如下：
P:（1）平台软件许可费（门户、业务中台和数据库组件，永久使用许可）：¥720,000.00；
P:（2）定制开发费（咨询服务、证明预约、侨情数据库和统计分析模块）：¥860,000.00；
P:（3）历史数据迁移费（原侨务信息系统数据及纸质台账电子化数据）：¥118,000.00；
P:（4）部署实施费：¥84,000.00；
P:（5）培训费：¥26,000.00。
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 本合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥361,600.00。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥813,600.00。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥632,800.00。
P:3.4 每次付款前，乙方应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审核流程产生的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成开发、部署和数据迁移并申请初步验收。初步验收通过后平台进入试运行，试运行期为六十日。
P:4.2 乙方应在开工后七日内提交项目实施计划，经甲方确认后执行，并每周向甲方报送进度周报。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列功能全部实现，并通过甲方组织的功能测试；（2）迁移数据经逐条比对，记录数和关键字段与原系统一致，发现的差错全部整改完毕；（3）在500个并发用户下，页面平均响应时间不超过2秒，查询类业务不超过3秒；（4）与省侨务信息系统、市政务服务网的接口连续运行五个工作日无错误。
P:5.2 最终验收标准：（1）试运行期间未发生一级故障；（2）通过第三方等级测评和商用密码应用安全性评估；（3）乙方已交付源代码、数据库设计文档、部署手册、运维手册和用户手册；（4）甲方组织专家评审并出具最终验收报告。
P:5.3 平台上线、甲方使用平台或甲方支付任何款项，均不视为平台已通过验收。验收不合格的，乙方应在十五日内整改并重新申请验收，整改费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内，乙方免费提供缺陷修复、安全补丁、版本升级、远程技术支持以及每季度一次的现场巡检。
P:6.2 服务水平：质保期内平台月度可用率不低于99.95%（经甲方事先同意的计划内维护时间除外）。故障分为三级：一级故障（平台整体不可用，或侨胞个人信息可能泄露），乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（主要功能不可用），2小时内响应，24小时内解决；三级故障（一般问题），24小时内响应，五个工作日内解决。
P:6.3 乙方未达到前款服务水平的，一级故障响应或恢复每延误1小时，乙方支付违约金1,000元；月度可用率每低于承诺值0.01个百分点，乙方支付违约金2,000元。上述款项甲方可从应付款项中直接扣除。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥64,800.00，且在质保期满后的首三个维护年度内不上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件许可所涉产品的知识产权仍归乙方或其权利人所有。乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其所属单位。
P:7.2 本项目定制开发的程序、源代码、数据库结构、接口程序、文档及其他成果的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和部署。乙方保证交付成果不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第八条 数据安全与个人信息保护
P:8.1 平台中的侨胞个人信息、侨情数据、业务数据、日志及其衍生数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、加密存储、操作审计等安全措施；运维操作须通过甲方堡垒机进行，不得在甲方环境以外存储任何个人信息；迁移测试只使用经甲方脱敏处理的数据。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内向甲方报告，立即采取处置措施并配合调查。因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、内部资料和网络安全配置负有保密义务，未经甲方书面同意，不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限申请初步验收的，每逾期一日，按合同总价的0.08%向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方其他违约行为给甲方造成损失的，应予赔偿。乙方在本合同项下的累计赔偿责任以合同总价的二倍为限，但因乙方故意、重大过失或违反第八条造成的损失不受此限。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转让或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违反本合同约定，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项中的相应部分、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等法律效力。
P:14.2 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：临澄市人民政府外事办公室　　　　乙方（盖章）：澄江数联信息技术有限公司
P:法定代表人或授权代表：　　　　　　　　　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日　　　　　　　　　　　签订地点：临澄市
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
Z02 = """T:蜀岭天然气净化厂脱硫装置控制系统改造合同
P:合同编号：SLJH-ZB-2025-0213
P:甲方（买方）：四川蜀岭天然气净化有限公司
P:乙方（卖方）：成都衡控自动化工程有限公司
P:鉴于甲方脱硫装置现用集散控制系统（DCS）已运行十七年，部分卡件和备件已停产，甲方决定对装置控制系统实施改造；乙方经邀请招标程序中标。双方依据《中华人民共和国民法典》等法律法规，就本项目订立本合同，共同遵守。
H:一、项目范围
P:（一）乙方负责脱硫装置（含胺液吸收、溶剂再生、硫磺回收和尾气处理单元）原DCS及紧急停车系统的拆除，新DCS和安全仪表系统（SIS）的供货、组态编程、安装、回路调试、开车保运和培训。
P:（二）改造须利用装置检修窗口完成，停车切换时间不得超过甲方检修计划规定的二十二日。
P:（三）新系统应满足GB/T 50770《石油化工安全仪表系统设计规范》以及甲方HAZOP分析和SIL定级报告的要求，各SIS回路应达到定级报告确定的安全完整性等级。
H:二、合同价格
P:（一）合同总价为人民币叁佰贰拾伍万元整（¥3,250,000），含税费、运输、保险、安装调试及技术服务费用。价格明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器、I/O卡件及机柜|1套|1,264,000
TB:2|SIS安全仪表系统（控制器、I/O卡件、安全栅）|1套|738,000
TB:3|操作员站、工程师站及控制网络设备|1批|186,000
TB:4|DCS/SIS组态软件及先进控制软件许可|1批|342,000
TB:—|软硬件小计|—|2,530,000
TB:5|组态编程与回路调试|1项|416,000
TB:6|旧系统拆除、新系统安装及电缆敷设|1项|268,000
TB:7|操作与维护培训|1项|36,000
TB:—|合同总价|—|3,250,000
P:（二）上述价格为固定价格，不因原材料价格或汇率变动而调整。
H:三、付款方式
P:（一）合同生效后十五日内，甲方支付合同总价的10%作为预付款，即325,000元。
P:（二）设备全部到货并经开箱检验后，甲方支付合同总价的35%，即1,137,500元。开箱检验只核对数量、型号和外观，不构成质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%，即1,625,000元。
P:（四）其余5%即162,500元作为质量保证金，质保期满且无未决质量问题的，甲方在十五日内无息支付。
H:四、交货与工期
P:（一）全部设备应于合同生效后七十五日内运抵甲方现场，由乙方负责卸车和就位。
P:（二）乙方应在检修窗口内完成拆除、安装和调试，确保装置按甲方计划开车。
P:（三）乙方应随设备提供质保期内所需的备品备件清单，并免费提供控制器卡件、电源模块和通讯模块等关键备件各两套，存放于甲方仓库。
P:（四）乙方应在装置停车前完成新旧系统I/O点对照表、切换方案和回退方案，经甲方生产技术部门审查确认后实施；切换期间乙方项目经理和主要调试人员须全程驻守现场。
H:五、验收
P:（一）工厂验收（FAT）在乙方厂内进行，甲方派员见证。乙方应逐点测试全部I/O通道，并对SIS逻辑进行全功能测试。
P:（二）现场验收（SAT）标准：I/O点回路测试全部合格；主要控制回路全部投入自动运行；SIS联锁逻辑按因果图逐条测试通过；DCS与SIS及生产管理系统通讯正常；装置开车后连续稳定运行七十二小时。
P:（三）SAT通过后进入九十日试运行期。试运行期内未发生因控制系统原因导致的非计划停车，且乙方已交付竣工资料、组态备份和维护手册的，双方签署最终验收证书。
P:（四）设备到货、安装完成或装置开车，均不视为最终验收合格。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自最终验收之日起算。质保期内乙方免费更换损坏部件，免费提供软件缺陷修复。
P:（二）故障分级及响应：一级故障（控制器或SIS失效、联锁误动作、操作站全部失去监视），乙方应在15分钟内电话响应，2小时内到达现场；二级故障（单个控制回路或单台操作站故障），1小时内响应，8小时内到达现场；三级故障，24小时内响应。
P:（三）乙方未按前款时限响应或到场的，每超出1小时，向甲方支付违约金2,000元，甲方可从质量保证金中扣除。
P:（四）质保期满后，乙方提供年度维保服务，内容包括备件更换、系统健康检查、软件升级和7×24小时技术支持。维保费按软硬件小计的百分之十八计取，即每年455,400元，在质保期满后的三个维保年度内保持不变。
P:（五）培训：乙方应为甲方操作人员和仪表维护人员分别提供不少于五天的操作培训和系统维护培训，考核合格后由乙方出具培训记录。
H:七、技术资料与知识产权
P:（一）乙方为本项目编制的组态程序、控制逻辑、流程画面、因果图和技术文件，其知识产权归甲方所有，甲方可以自行修改或委托他人维护。
P:（二）组态软件和先进控制软件的著作权仍归原权利人，甲方获得在本装置上永久使用的许可。
H:八、工控数据安全
P:（一）控制系统运行数据、工艺参数、报警和操作记录属于甲方所有，乙方不得复制、带离或用于本项目以外的任何用途。
P:（二）乙方须遵守甲方工控安全管理制度：移动介质须经甲方查毒并登记后方可使用；远程维护仅在甲方审批后，通过工业防火墙和堡垒机进行，会话全程录像。
P:（三）因乙方原因导致病毒感染、数据泄露或控制系统遭受网络攻击的，乙方应在1小时内报告甲方并组织处置，承担由此造成的全部损失。
H:九、保密
P:（一）乙方对甲方的工艺流程、装置参数、网络拓扑及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息依法公开之日止。
H:十、违约责任
P:（一）乙方延期交货或延期完成调试的，每延期一天，按合同总价的0.02%向甲方支付违约金。
P:（二）乙方提供的设备不符合合同约定的，甲方有权要求更换，由此增加的费用由乙方承担。
P:（三）因乙方原因导致装置非计划停车的，乙方应赔偿甲方的直接损失。
P:（四）乙方交付的技术资料不完整的，甲方有权暂缓支付最终验收款，直至乙方补齐资料。
H:十一、分包
P:（一）乙方不得转包。电缆敷设等辅助工作需要分包的，应事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后二十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:十三、安全生产
P:（一）乙方人员进入装置区应遵守甲方HSE管理规定并办理作业许可；动火作业和受限空间作业须经甲方审批。
P:（二）乙方应为现场人员办理意外伤害保险，并对其人员在现场作业期间的安全负责。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：四川蜀岭天然气净化有限公司　　乙方（盖章）：成都衡控自动化工程有限公司
P:授权代表：　　　　　　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日
"""

# ---------------------------------------------------------------- z03 (.txt, 第X条 + （1）)
Z03 = """连锁门店预约及会员管理SaaS服务合同

合同编号：JYT-SaaS-2025-088

甲方：佛山静雅堂健康管理连锁有限公司
住所：佛山市禅城区季华五路23号
乙方：广州约点云科技有限公司
住所：广州市天河区软件路17号

鉴于甲方在广东省内经营六十家推拿按摩门店，需要统一的线上预约、技师排班、会员储值和营销系统（甲方现有收银系统为单店版本，各门店会员无法通用）；乙方拥有"约点"门店管理SaaS平台，并能提供相应的实施服务。双方经友好协商，订立本合同，以资共同遵守。

第一条 服务内容
（1）乙方向甲方开通"约点"平台连锁版订阅服务，覆盖甲方全部60家门店，功能包括小程序预约、技师排班、前台收银、会员储值与积分、营销券、耗材库存和经营报表。
（2）乙方负责实施服务，包括：门店、项目和技师资料配置；原收银系统会员档案、储值余额和积分的迁移；微信小程序上线；与甲方财务系统的数据接口；店长及收银员培训。
（3）服务期内甲方新增门店的，新增门店按第二条约定的单价计费，自开通之月起按月折算。
（4）乙方应为甲方指定一名客户成功经理，负责需求对接、上线协调和日常问题跟进；服务期内每季度与甲方召开一次服务回顾会议。

第二条 服务期限与费用
（1）订阅服务期为三个服务年度，自上线验收合格之日起算。
（2）订阅费按每家门店每个服务年度3,600元计，60家门店每个服务年度合计216,000元，三个服务年度合计648,000元。
（3）实施费为96,000元，一次性收取。
（4）本合同总金额为744,000元（含增值税）。短信通知费按实际发送量另行结算，不计入合同总金额。

第三条 付款
（1）实施费在上线验收合格后十五日内一次性支付。
（2）每个服务年度的订阅费，于该服务年度开始后二十日内支付。
（3）本合同不设预付款，上线验收合格前甲方无需支付任何费用。
（4）乙方应在每次收款前开具增值税专用发票。
（5）甲方逾期支付订阅费超过三十日的，乙方可书面催告；催告后十五日内仍未支付的，乙方可暂停新增会员和营销券功能，但不得暂停预约、收银和储值查询功能，也不得删除甲方数据。

第四条 上线与验收
（1）乙方应在合同签订后四十五日内完成全部门店上线。
（2）上线验收标准：① 会员档案、储值余额和积分迁移后与原系统逐户核对一致；② 60家门店均完成不少于20笔真实预约和收银测试；③ 3,000名用户同时在线预约时，下单响应时间不超过2秒；④ 财务接口连续七日对账无差异。
（3）甲方应在收到验收申请后五个工作日内组织验收，验收合格后签署上线验收单。门店试用或系统投入使用，均不视为验收合格。
（5）上线前，乙方应对每家门店至少一名店长和两名收银员进行现场或视频培训，并提供操作手册和培训视频；上线后首月，乙方安排专人在营业高峰时段提供在线值守支持。
（4）乙方逾期完成上线的，每逾期一日，按本合同总金额的千分之一向甲方支付违约金。

第五条 服务水平
（1）平台月度可用率不低于99.5%，经甲方同意的计划维护时间除外。
（2）故障响应：一级故障（全部或多家门店无法预约、收银或储值扣款），乙方应在30分钟内响应，2小时内恢复；二级故障（单店或单项功能异常），2小时内响应，当日解决；三级故障（咨询和优化需求），一个工作日内回复。
（3）可用率每低于承诺值0.1个百分点，减免当月订阅费的3%；一级故障恢复超时的，每超时1小时，减免当月订阅费的1%。
（4）乙方每月5日前向甲方发送上月服务报告，列明可用率、故障记录和减免金额。
（5）平台版本升级应在每日零时至六时之间进行，并提前三个工作日通知甲方；涉及收银、储值功能变更的，应先在甲方指定的两家门店试点运行。

第六条 数据
（1）甲方的会员信息、预约和消费记录、储值数据（以下简称"甲方数据"）归甲方所有。
（2）甲方同意，乙方可在去除能够识别个人身份的信息后，使用甲方数据进行统计分析，用于改进平台产品和编制行业经营分析报告；上述去标识化数据的使用在本合同终止后仍可继续。
（3）乙方应按网络安全等级保护第三级的要求运营平台，对会员手机号和储值数据加密存储，限制员工访问权限并留存操作日志，数据存储于中国境内的数据中心。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方承担。
（4）合同终止后三十日内，乙方应按甲方要求导出全部甲方数据并交付甲方，随后删除平台中的甲方数据（第（2）项所述去标识化数据除外）。
（5）乙方应定期委托具备资质的机构对平台进行等级保护测评和渗透测试，并向甲方提供测评结论。

第七条 知识产权
（1）"约点"平台软件及其后续版本的知识产权归乙方所有。
（2）为甲方定制的会员等级规则、营销方案模板、报表模板和接口程序归甲方所有，甲方可以自由使用、修改，并可交由第三方使用。

第八条 保密
（1）双方对在合作中获知的对方商业秘密，包括甲方的门店经营数据、价格体系、技师薪酬方案和乙方的技术资料，负有保密义务，未经对方书面同意不得向第三方披露。
（2）保密义务在本合同终止后三年内继续有效。
（3）乙方员工因工作接触甲方会员信息的，乙方应与其签订保密协议。

第九条 续期
（1）服务期满前三十日内任何一方未书面提出不再续期的，本合同自动续期一个服务年度，续期次数不限。
（2）续期期间的订阅单价由乙方按其届时公布的标准价目表确定，乙方应在续期开始前十五日书面通知甲方。

第十条 违约责任
（1）任何一方违反本合同约定的，应承担违约责任，赔偿对方因此遭受的损失。
（2）乙方在本合同项下的累计赔偿责任以本合同总金额的1.5倍为限，但因乙方故意、重大过失或数据安全事件造成的损失除外。

第十一条 分包
乙方不得将实施服务转包。确需将部分实施工作分包的，应事先取得甲方书面同意，并对分包方的工作承担连带责任。分包方应遵守本合同关于数据和保密的约定。

第十二条 合同解除
（1）乙方严重违约，包括连续两个月可用率低于承诺值或发生重大数据安全事件，经甲方书面通知后十日内未纠正的，甲方有权解除本合同。
（2）合同解除后，乙方应按日折算退还甲方已付但未使用服务期的订阅费，并按第六条第（4）项交付数据。
（3）甲方因门店关闭减少门店数量的，可提前三十日书面通知乙方，相应门店的订阅费自下一个季度起按比例减少。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

第十四条 其他
本合同附件包括：附件一《功能清单》、附件二《门店清单》、附件三《上线实施计划》，附件与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：佛山静雅堂健康管理连锁有限公司
代表签字：
乙方（盖章）：广州约点云科技有限公司
代表签字：
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z04 (.txt, 1. / 1.1)
Z04 = """滨湖市供销合作社联合社农资流通监管系统年度运维服务合同

项目名称：农资流通监管系统运维服务（2026年度）
采购方式：竞争性磋商
合同编号：BHGX-YW-2026-003

采购人（甲方）：滨湖市供销合作社联合社
供应商（乙方）：滨湖天禾信息技术服务有限公司

依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件、乙方响应文件和成交通知书，甲乙双方经协商，就农资流通监管系统运维服务事项订立本合同。

1. 服务内容
1.1 农资流通监管系统由甲方于2022年建成，覆盖全市农资经营网点的进销存登记、化肥农药流向追溯、储备化肥监管和统计报表，目前接入经营网点四百余家。系统部署在市电子政务外网，共有服务器六台，数据库为国产数据库。
1.2 乙方提供的运维服务包括：应用系统日常运行维护；数据库备份与维护；服务器、中间件巡检；安全加固和漏洞修补；数据核查和统计报表；网点用户操作支持；春耕、三夏、秋种等用肥高峰期的应急保障。
1.3 乙方派驻两名运维人员在甲方办公场所驻场服务，驻场时间为工作日8:30至17:30；非工作时间提供电话和远程支持。
1.4 本合同不包括系统新功能开发。甲方需要新增功能的，双方另行签订合同。
1.5 服务期开始前，乙方应与原运维单位完成交接，接收系统账号、文档和遗留问题清单，交接情况由甲方确认。

2. 服务期限
2.1 服务期自2026年1月1日起至2026年12月31日止。
2.2 服务期满本合同终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。

3. 服务费用
3.1 本合同总价为人民币肆拾叁万陆仟元整（¥436,000），包括：
（1）驻场运维服务费：¥268,000；
（2）系统巡检与安全加固费：¥72,000；
（3）数据维护与统计报表服务费：¥58,000；
（4）用肥高峰期应急保障费：¥38,000。
3.2 上述费用为固定价格，已包含人员、差旅、工具和税费，甲方不再支付其他费用。

4. 付款方式
4.1 服务费按季度支付，每季度¥109,000。
4.2 每季度服务考核合格后，乙方开具发票，甲方在收到发票后十五个工作日内支付当季服务费。
4.3 本合同不设预付款。
4.4 乙方应向甲方开具增值税普通发票，发票信息以甲方提供的为准。

5. 服务要求
5.1 乙方应保障系统正常运行。接到甲方或网点用户的故障报告后，乙方应及时响应，尽快排除故障，恢复系统运行。
5.2 乙方应定期对系统进行巡检，发现隐患及时处理，并将巡检情况记入运维日志。
5.3 乙方应按甲方要求做好数据备份，并定期进行恢复演练。
5.4 乙方应配合甲方完成上级部门的数据报送和检查工作。
5.5 用肥高峰期（3月至5月、6月、9月至10月）乙方应增派一名技术人员驻场，并在周末和节假日安排专人值班。
5.6 乙方应每月向甲方提交运维月报，内容包括系统运行情况、故障及处理情况、巡检发现的问题和下月工作计划。
5.7 系统需要停机维护的，乙方应提前三个工作日向甲方提出申请，经甲方同意后在非工作时间进行。

6. 服务考核与验收
6.1 甲方每季度对乙方服务进行考核，考核内容包括：运维日志和巡检报告是否完整；工单是否全部闭环；备份记录和恢复演练记录是否齐全；统计报表是否经甲方业务科室确认无误。上述各项均符合要求的，考核合格。
6.2 服务期满前，乙方应提交年度运维总结报告，移交全部运维文档、账号清单和配置记录。甲方按磋商文件的服务要求和本条第6.1款的考核结果组织终期验收，并出具验收意见。
6.3 考核不合格的，乙方应在十个工作日内整改；整改后仍不合格的，甲方可按本合同第11条处理。
6.4 乙方对季度考核结果有异议的，可在收到考核结果后五个工作日内提出书面说明，甲方应予复核。

7. 人员管理
7.1 乙方驻场人员应具备相应的专业资质，名单经甲方确认后不得擅自更换；确需更换的，应提前十日书面告知甲方并经甲方同意。
7.2 驻场人员应遵守甲方的考勤、保密和信息安全管理制度。
7.3 乙方应为驻场人员缴纳社会保险，驻场人员与甲方不构成劳动关系。
7.4 驻场人员连续请假超过三个工作日的，乙方应安排具备同等能力的人员临时顶岗。

8. 数据安全
8.1 系统中的经营网点信息、农资购销和流向数据、储备数据及日志，均属于甲方所有。乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
8.2 乙方应落实访问控制和操作审计，运维账号实名管理、专人专用；对数据库的导出、删除等高危操作须经甲方书面审批；不得将数据拷贝至个人设备。
8.3 发生数据泄露、损毁或系统被入侵等安全事件的，乙方应在2小时内报告甲方，立即处置并配合调查。因乙方原因导致安全事件的，乙方承担相应的法律责任和赔偿责任。
8.4 乙方应按网络安全等级保护第二级的要求，协助甲方完成系统等级测评和安全整改，测评发现的中高风险问题应在三十日内整改完毕。
8.5 服务期满或合同解除后，乙方应交回全部账号权限，删除其掌握的甲方数据副本，并出具书面确认。

9. 保密
9.1 乙方及其人员对在服务中接触到的甲方工作资料、储备化肥数量及储存地点等信息负有保密义务，不得向任何第三方披露。保密义务不因本合同终止而解除。

10. 知识产权
10.1 乙方在服务期间为甲方编写的运维文档、脚本、统计报表模板，其知识产权归甲方所有。
10.2 乙方对系统进行的配置修改和脚本更新，应同步更新系统文档，并在服务期满时一并移交。

11. 违约责任
11.1 乙方未按约定时间安排驻场人员到岗的，每延迟一日，按合同总价的千分之一向甲方支付违约金。
11.2 连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。
11.3 乙方违反本合同第8条、第9条约定的，应赔偿甲方全部损失。
11.4 乙方应支付的违约金和赔偿金，甲方可从应付服务费中直接扣除。

12. 转包与分包
12.1 乙方不得将本合同项下的服务转包或分包给任何第三方。

13. 合同解除
13.1 乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同。
13.2 合同解除的，甲方按乙方实际提供服务的期间结算服务费。
13.3 因政策调整或上级部门要求导致项目取消的，甲方可提前三十日书面通知乙方解除合同，按实际服务期间结算，双方互不承担违约责任。

14. 争议解决
14.1 因履行本合同发生的争议，双方应友好协商；协商不成的，向甲方所在地人民法院提起诉讼。

15. 其他
15.1 磋商文件、乙方响应文件和成交通知书为本合同的组成部分。
15.2 本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。
15.3 本合同未尽事宜，双方可协商签订补充协议，补充协议与本合同具有同等法律效力。

甲方（盖章）：滨湖市供销合作社联合社　　　经办人：
乙方（盖章）：滨湖天禾信息技术服务有限公司　　　经办人：
日期：2025年12月　日
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条 + 1.1, markdown price table)
Z05 = """# 麦智MES软件许可及实施合同

> 麦智软件标准合同文本 V5.0（2025版）　合同编号：MZ-MES-2025-1127

**甲方（用户）：** 河南禾香面业有限公司

**乙方（供应商）：** 郑州麦智工业软件有限公司

甲方为挂面生产企业，拟在其两个生产车间部署制造执行系统（MES）。乙方为麦智MES产品的著作权人。双方本着平等自愿的原则，就甲方购买麦智MES软件许可及相关开发实施服务事宜，达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供麦智MES V5软件（生产管理、质量管理、仓储管理、设备管理四个模块）的永久使用许可，许可点数为80个并发用户。

1.2 乙方根据甲方需求进行定制开发，包括：和面、压延、烘干、切断、包装各工序的工艺参数采集；烘干房温湿度曲线监控；包装线与称重设备的对接；原料批次至成品批次的质量追溯；与甲方财务系统的接口。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。乙方为甲方提供两次集中培训，每次不超过两天，培训地点为甲方厂区。

1.4 本合同附件一所列功能以外的需求，不属于本合同范围。服务器、数据库、操作系统及现场采集设备（包括PLC网关、温湿度传感器）由甲方自行采购，不包括在本合同价款内。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰陆拾壹万元整（¥1,610,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 麦智MES V5软件许可（四个模块，80个并发用户） | 1,260,000 |
| 2 | 定制开发（工艺采集、温湿度监控、包装线对接、追溯、财务接口） | 236,000 |
| 3 | 安装部署与数据初始化 | 88,000 |
| 4 | 用户培训 | 26,000 |
| | 合计 | 1,610,000 |

2.2 上述价格含税。甲方要求增加合同约定以外的功能的，按乙方人天单价另行计费。

2.3 乙方工程师现场服务期间的差旅费用已包含在合同价款中；超出实施计划的现场服务，甲方按每人天2,800元另行支付。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即¥885,500元。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即¥724,500元。

3.3 甲方未按期付款的，乙方有权暂停实施和技术支持，工期相应顺延。

## 第四条 实施周期

4.1 乙方在收到首笔款项后开始实施，计划实施周期为一百二十日。

4.2 因需求变更、甲方配合不到位或其他非乙方原因导致延期的，工期相应顺延。乙方原因导致延期的，双方协商确定新的上线日期。

4.3 甲方应指定项目负责人，按乙方要求提供场地、网络、服务器和基础数据，并组织车间人员参加培训。甲方未按时提供的，工期相应顺延。

## 第五条 上线与验收

5.1 乙方完成安装部署和定制开发后，通知甲方上线。

5.2 系统上线运行即视为甲方验收合格。甲方对系统功能有异议的，应在上线后7日内书面提出，乙方视情况进行优化；逾期未提出的，视为甲方对系统无异议。

5.3 甲方在上线前提前使用系统部分功能的，视为该部分功能已验收合格。

## 第六条 免费维护

6.1 乙方为甲方提供六个月的免费维护，自系统上线之日起算。免费维护内容包括软件缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或生产数据无法采集），乙方在接到甲方报修后8小时内响应；二级故障在2个工作日内响应；其他问题在乙方下一版本中统一处理。

6.3 乙方将尽力按上述时间处理故障，但不因响应或修复时间承担任何扣款、赔偿或违约金。

6.4 免费维护期内，因甲方操作不当、擅自修改配置或第三方软硬件造成的故障，乙方有权另行收费。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，维保费为每年人民币277,200元（为软件许可费的22%）。

7.2 维保服务内容包括缺陷修复、版本升级、远程技术支持和每年两次现场巡检。甲方未购买维保服务的，乙方不再提供任何技术支持和升级。

7.3 维保服务按维保年度签订，维保费于每个维保年度开始前一次性支付。甲方中断维保服务后重新购买的，须补缴中断期间的维保费。

## 第八条 知识产权

8.1 麦智MES软件的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的程序、工艺采集模板、追溯模型、接口程序及相关文档的知识产权归乙方所有。甲方在本合同约定的许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中产生的生产、质量、仓储数据归甲方所有，乙方仅为提供实施和维护服务而访问，不得用于其他目的。

9.2 乙方远程访问甲方系统须使用甲方分配的账号并经甲方同意，访问过程留存日志。乙方应采取合理的安全措施防止甲方数据泄露；因乙方原因导致数据泄露的，乙方应及时通知甲方，采取补救措施，并承担相应的赔偿责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密期限为本合同终止后二年。

## 第十一条 分包

11.1 乙方有权根据项目需要，将部分实施、现场调试工作委托给乙方的合作伙伴完成，无需另行征得甲方同意。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担违约责任。

12.2 乙方在本合同项下的全部赔偿责任，以本合同总价的20%为限。任何情况下，乙方均不对甲方的利润损失、停产损失、原料损失等间接损失承担责任。

12.3 因不可抗力、甲方原因或第三方原因导致乙方不能按期履行的，乙方不承担责任。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面通知后三十日内未予纠正的，守约方有权解除本合同。

13.2 合同解除的，甲方已支付的软件许可费不予退还。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。

15.2 本合同附件包括：附件一《功能清单》、附件二《实施计划》。附件与本合同具有同等效力。

15.3 本合同以乙方标准文本为基础，双方对条款的修改以补充协议形式作出，未经修改的条款以本文本为准。

| 甲方（盖章）：河南禾香面业有限公司 | 乙方（盖章）：郑州麦智工业软件有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2025年　月　日 | 日期：2025年　月　日 |
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N / N.N, price rows)
E01 = """T:KILN LOG SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Agreement No. MX-KLS-2025-06
P:This Agreement is made on the date of the last signature below between:
P:(1) Yixing Mingxi Zisha Pottery Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 9 Taoci Road, Dingshu Town, Yixing, Jiangsu Province (the "Buyer"); and
P:(2) Porsuk Endustriyel Yazilim A.S., a joint stock company incorporated in the Republic of Turkey with its registered office at Organize Sanayi Bolgesi 14. Cadde No. 7, Eskisehir, Turkey (the "Vendor").
P:Recitals
P:(A) The Buyer operates a purple-clay (zisha) teapot workshop with fourteen electric and gas kilns. It wishes to log every firing automatically and to trace each finished teapot back to its firing.
P:(B) The Vendor develops and licenses the KilnTrace software for ceramics producers and has offered to license it to the Buyer together with kiln data gateways and implementation services.
P:(C) At the Buyer's request, all prices and payments under this Agreement are stated and made in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the KilnTrace server, kiln connector and client software in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Gateways" means the kiln data gateways listed in Article 3, which read the kiln controllers and thermocouples and send the readings to the Software.
P:1.3 "Custom Deliverables" means the firing report templates, the traceability labels, the interface to the Buyer's order system and every other item made specifically for the Buyer under this Agreement.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 6.
P:1.5 "Buyer Data" means all firing records, recipes, kiln settings, production and customer information that the Buyer enters into, or that is generated in, the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's own servers for the Buyer's business, for the quantities stated in Article 3. The Buyer may make backup copies and may move the licences to replacement hardware.
P:2.2 The Vendor shall supply and install fourteen Gateways, configure the Software for all fourteen kilns, develop the Custom Deliverables, migrate the Buyer's spreadsheet firing logs for the preceding three years, and train the Buyer's kiln masters and quality staff.
H:Article 3 Price
P:3.1 The total contract price is CNY 620,000 (the "Contract Price"), inclusive of Chinese VAT, import duties, freight and travel. It is fixed and is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|KilnTrace server licence, perpetual|1|186,000|186,000
TB:2|Kiln connector licence, perpetual, per kiln|14|9,800|137,200
TB:3|Named client licence, perpetual|20|2,400|48,000
TB:4|Kiln data gateway with thermocouple inputs|14|6,500|91,000
TB:|Licence and hardware subtotal|||462,200
TB:5|Configuration, Custom Deliverables and data migration|1|138,000|138,000
TB:6|Training of kiln masters and quality staff|1|19,800|19,800
TB:|Contract Price|||620,000
P:3.2 No other charge is payable for the scope in Article 2, whether for travel, tools or third-party components.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 124,000) within twenty days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 279,000) after the Gateways and Software have been installed on all fourteen kilns and the installation record has been signed. The installation record confirms that the work has been done and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 217,000) within thirty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated on its invoice.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall deliver the Gateways to the Buyer's workshop within sixty days after signature and shall complete installation and configuration within ninety days after signature.
P:5.2 If the Vendor fails to complete installation and configuration on time for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. The Buyer may deduct such damages from any amount due to the Vendor.
P:5.3 If the delay exceeds forty-five days, the Buyer may also terminate this Agreement under Article 14.
H:Article 6 Acceptance
P:6.1 After installation the Vendor shall run the acceptance tests in the presence of the Buyer. The tests are passed when: (a) every kiln produces a complete log for three consecutive firings, with readings recorded at least every thirty seconds and no gap longer than two minutes; (b) the recorded temperature curve deviates from a calibrated reference thermocouple by no more than 3 degrees Celsius; (c) over-temperature and flame-failure alarms reach the kiln master's mobile phone within one minute; (d) each teapot label scanned at packing shows the correct firing record; and (e) the migrated spreadsheet logs reconcile with the originals for the sample chosen by the Buyer.
P:6.2 After the tests are passed, the Software shall run in production for thirty days without a Severity 1 fault. The Buyer shall then sign the Final Acceptance Certificate within five working days, or state in writing which criterion is not met.
P:6.3 Installation, use of the Software in production or payment of any instalment does not mean that the Buyer has accepted the Software or the Gateways.
H:Article 7 Warranty and Support during the Warranty Period
P:7.1 The warranty period is eighteen months from Final Acceptance. During it the Vendor shall correct defects in the Software and the Custom Deliverables, replace faulty Gateways free of charge and supply all updates of the Software.
P:7.2 The Vendor shall provide support by telephone, e-mail and remote session. Severity 1 (logging stopped on one or more kilns, or the server unavailable) shall be responded to within one hour and restored within eight hours; Severity 2 (a function impaired, logging continues) within two hours and restored within two working days; Severity 3 (questions and cosmetic faults) within one working day.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall pay CNY 600 to the Buyer, which the Buyer may set off against any amount due.
H:Article 8 Support after the Warranty Period
P:8.1 After the warranty period the Buyer may order annual support for the Software and the Gateways on the terms of Article 7. The annual support fee is 11% of the licence and hardware subtotal in Article 3, that is CNY 50,842 per year, and the Vendor shall not increase it for the first three years of support.
P:8.2 Support is ordered by a written purchase order for each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Software and its documentation remain the property of the Vendor.
P:9.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source files with the installation, and the Buyer may use, modify and license them freely, including to a later service provider.
H:Article 10 Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and may not use it for any other purpose.
P:10.2 The Software shall run on the Buyer's servers in Yixing. The Vendor shall access them only through the remote-access tool designated by the Buyer, after the Buyer has approved each session, with its own named accounts and multi-factor authentication. The Vendor shall not copy Buyer Data out of the Buyer's systems and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:10.3 The Vendor shall notify the Buyer within twenty-four hours after becoming aware of any unauthorised access to, loss of or damage to Buyer Data, shall take all reasonable remedial steps and shall be liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's glaze recipes, clay sources, firing schedules and customer list, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after the Buyer's notice, or in the case of Article 5.3.
P:14.2 On such termination the Vendor shall refund the amounts paid for any part of the scope that has not been accepted, against return of the related Gateways.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Turkey.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the Istanbul Arbitration Centre (ISTAC) under its rules, by a sole arbitrator, seated in Istanbul. The language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties. Changes are valid only in writing and signed by both parties.
P:For the Buyer: Yixing Mingxi Zisha Pottery Co., Ltd.    Name / Title / Date: ____________________
P:For the Vendor: Porsuk Endustriyel Yazilim A.S.    Name / Title / Date: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
E02 = """# ORDER FORM — CAVEPASS TICKETING SERVICE

**Order Form No.** CP-OF-2025-0419, issued under the CavePass General Terms set out in Part B

## Part A — Order Form

### A1. Parties

| | |
|---|---|
| **Customer** | Guilin Lijiang Karst Cave Tourism Co., Ltd., No. 56 Chuanshan Road, Qixing District, Guilin, Guangxi, People's Republic of China |
| **Vendor** | CavePass Systems LLC, 21 Soborna Street, Vinnytsia 21050, Ukraine |
| **Customer contact** | Ms. Tang Yuqing, Head of Visitor Services |
| **Vendor contact** | Mr. Oleksandr Melnyk, Account Director |

### A2. Background

The Customer operates two show caves and a river-boat route in Guilin and receives about 1.1 million visitors in a typical season cycle. It needs online and on-site ticket sales, timed-entry slots for cave tours, group and travel-agency bookings, QR-code gate validation and daily revenue reports. The Vendor provides the CavePass ticketing service as software-as-a-service. At the Customer's request, all fees are stated and paid in Chinese yuan (CNY).

### A3. Services ordered

1. CavePass Attraction Edition: online shop, timed-entry slots, box-office sales, group and agency bookings, QR-code validation on up to 18 gates, capacity control per cave chamber, and revenue and visitor reports.
2. Channel module: connections to the Customer's WeChat official account, its mini-program and the three online travel agencies named in Schedule 1.
3. Onboarding: configuration of products, prices and time slots, gate-scanner integration, import of the Customer's travel-agency accounts, staff training and go-live support.

### A4. Subscription Term

The Subscription Term is three Subscription Years starting on the Go-Live Date (A7). A "Subscription Year" is each period that begins on the Go-Live Date or on an anniversary of it and ends on the day before the next anniversary. The Subscription Term does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A5. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| CavePass Attraction Edition | per Subscription Year | 168,000 |
| Channel module | per Subscription Year | 36,000 |
| Subscription fees for the Subscription Term | 3 Subscription Years x 204,000 | 612,000 |
| Onboarding (one-time) | fixed | 58,000 |
| **Total contract value** | | **670,000** |

The subscription fees include up to 1,300,000 ticket transactions per Subscription Year. Transactions above that volume are charged at CNY 0.08 each, invoiced at the end of the Subscription Year; such overage charges are not part of the total contract value. Fees are inclusive of Chinese VAT.

### A6. Invoicing and payment

1. The onboarding fee is invoiced after Go-Live Acceptance (A7) and is payable within thirty days of invoice.
2. The subscription fees for each Subscription Year are invoiced in four equal quarterly instalments at the end of each quarter of service and are payable within thirty days of invoice.
3. No amount is payable before the Go-Live Date.

### A7. Onboarding, go-live and acceptance

1. The Vendor shall make the configured service available for acceptance testing within fifty days after signature of this Order Form.
2. Go-Live Acceptance tests, run jointly on the Customer's premises, are passed when: (a) tickets for every product in Schedule 2 can be sold online, at the box office and through each channel in Schedule 1; (b) all 18 gates validate QR codes within one second per scan and refuse duplicate or expired codes; (c) a simulated peak of 2,500 concurrent online buyers completes without error; (d) the daily revenue report for three test days reconciles with the payment provider's statements; and (e) capacity limits stop sales when a tour slot is full.
3. The Customer shall sign a Go-Live Acceptance certificate within three working days after the tests are passed. The date of signature is the Go-Live Date. Use of the service for live sales before that date does not amount to acceptance.
4. If the service is not ready for acceptance testing on the date in A7.1 for reasons attributable to the Vendor, the Vendor shall pay CNY 500 for each day of delay, which the Customer may deduct from any invoice.

### A8. Service levels

1. Availability of the ticket-sales and gate-validation functions shall be at least 99.95% in each calendar month, measured over the Customer's opening hours (07:30 to 19:00 China Standard Time). Scheduled maintenance must be outside opening hours.
2. Priority 1 incidents (online sales, box-office sales or gate validation unavailable) shall be responded to within 30 minutes and resolved or worked around within two hours. Priority 2 incidents (a channel or report unavailable) shall be responded to within two hours and resolved within one business day. Priority 3 requests shall be answered within two business days.
3. Service credits: for each 0.1 percentage point (or part of it) by which availability falls short in a month, a credit of 5% of that month's subscription fee; for each hour by which a Priority 1 incident exceeds its resolution time, a further credit of 2% of that month's subscription fee. Credits are deducted from the next invoice.

### A9. Order of precedence

This Order Form and the General Terms in Part B form the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.

Signed for the Customer: ____________________  Name / Title / Date

Signed for the Vendor: ____________________  Name / Title / Date

## Part B — CavePass General Terms (version 4.2)

### B1. Provision of the service

1. The Vendor shall provide the service ordered in the Order Form with reasonable skill and care, in accordance with the service levels in the Order Form.
2. The Vendor hosts and operates the service and may update it from time to time, provided that no update materially reduces the functions ordered.
3. The Customer is responsible for its own equipment, its gate scanners and its internet connections, and for the accuracy of the prices and products it configures.

### B2. Customer Data

1. "Customer Data" means all ticket, booking, visitor, travel-agency and payment records entered into or generated by the service for the Customer.
2. Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the service to the Customer and shall not sell it or use it for any other purpose.
3. At the end of the Subscription Term the Vendor shall, at the Customer's request made within thirty days, deliver a complete export of Customer Data in CSV format.

### B3. Confidentiality

1. Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, including the Customer's pricing, visitor statistics and agency commission rates, and shall not disclose it to any third party without the other party's prior written consent.
2. This obligation does not apply to information that is public through no fault of the receiving party, and it continues for three years after the end of the Agreement.

### B4. Intellectual property

1. The Vendor owns the CavePass software and all its components. The Customer receives a non-exclusive right to use the service during the Subscription Term.
2. Product configurations, price structures, ticket designs, report layouts and other materials prepared specifically for the Customer belong to the Customer, which may use, modify and pass them to any later provider.

### B5. Subcontracting

The Vendor shall not subcontract the provision of the service or any onboarding work without the Customer's prior written consent and remains responsible for any subcontractor so approved.

### B6. Limitation of liability

1. The Vendor's total aggregate liability arising out of or in connection with the Agreement, whether in contract, tort or otherwise, shall not exceed CNY 120,000.
2. Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue.
3. Nothing in this clause limits liability for fraud or wilful misconduct.

### B7. Termination

1. Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice describing the breach.
2. The Customer may also terminate if availability falls below the level in the Order Form in three consecutive months.
3. On termination by the Customer under this clause, the Vendor shall refund any fees paid for the period after termination.

### B8. Governing law and disputes

1. The Agreement is governed by the law of Ukraine.
2. Any dispute arising out of or in connection with the Agreement shall be referred to the International Commercial Arbitration Court at the Ukrainian Chamber of Commerce and Industry in Kyiv and finally resolved under its rules. The arbitration shall be conducted in English.

### B9. General

1. Notices must be in writing and sent by e-mail to the contacts in the Order Form, with a copy by courier.
2. Neither party may assign the Agreement without the other party's written consent.
3. The Agreement is the entire agreement between the parties on its subject matter and may be changed only in writing signed by both parties.
4. Headings are for convenience only and do not affect interpretation.

### B10. Force majeure

Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public networks, provided that it promptly notifies the other party and uses reasonable efforts to resume performance. The Customer's payment obligations for services actually received are not excused.
"""

# ---------------------------------------------------------------- e03 (.docx, Section N / N.N, Word price table)
E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR DRIP-IRRIGATION SENSORS AND CONTROL SYSTEM
P:Contract No. TZ-AG-2025-031 (Buyer's standard form for imported equipment)
P:Buyer: Xinjiang Tianze Cotton Farming Co., Ltd., Building 3, Agricultural Park, Shihezi, Xinjiang Uygur Autonomous Region, People's Republic of China.
P:Supplier: Rioni Agrotech Systems LLC, 44 Tsereteli Street, Kutaisi 4600, Georgia.
P:The Buyer farms 2,600 hectares of cotton under drip irrigation in twelve blocks. It wishes to measure soil moisture and flow in every block and to open and close irrigation valves according to the measurements, in order to save water and fertiliser. The Supplier designs and installs sensor networks for irrigated agriculture and has offered the equipment, software and services below. The parties therefore agree as follows.
H:Section 1 Definitions and Interpretation
P:1.1 "Equipment" means the sensors, valve controllers, gateways, weather stations and accessories listed in Section 3.
P:1.2 "Software" means the irrigation management software licensed under Section 3, including its mobile application.
P:1.3 "System" means the Equipment and the Software installed, configured and working together at the Site.
P:1.4 "Site" means the Buyer's twelve cotton blocks and its irrigation control room near Shihezi.
P:1.5 "Final Acceptance" means the Buyer's written confirmation under Section 7.4.
P:1.6 "Farm Data" means all soil, flow, weather, valve and irrigation records produced by the System, together with the Buyer's field maps and crop plans.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply the Equipment, deliver it to the Site with all import formalities completed, install and calibrate it, license and configure the Software, connect the valve controllers to the existing drip-irrigation headers, and train the Buyer's irrigation team.
P:2.2 The Supplier shall carry out the installation outside the main irrigation season or, where that is not possible, block by block in agreement with the Buyer's farm manager so that irrigation of any block is not interrupted for more than one day.
P:2.3 The System shall be designed for the Site's conditions: ambient temperatures from minus 30 to plus 45 degrees Celsius, dust, and saline soils.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 1,850,000, stated in Chinese yuan at the Buyer's request. It includes delivery to the Site, customs duties and import VAT, installation, calibration, training and all taxes payable by the Supplier. It is fixed for the duration of the Contract.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and salinity sensor, three depths|420|1,850|777,000
TB:2|Flow meter with valve controller|96|4,200|403,200
TB:3|LoRa gateway with solar power kit|12|11,500|138,000
TB:4|Automatic weather station|4|26,000|104,000
TB:5|Irrigation management software licence, perpetual, whole farm|1|186,000|186,000
TB:|Subtotal Equipment and Software|||1,608,200
TB:6|Installation, calibration and valve integration|1|214,800|214,800
TB:7|Training of irrigation team|1|27,000|27,000
TB:|Contract Price|||1,850,000
H:Section 4 Terms of Payment
P:4.1 The Buyer shall pay an advance of 35% of the Contract Price, CNY 647,500, within fifteen days after signature of this Contract, so that the Supplier can order the sensors from its manufacturers.
P:4.2 The Buyer shall pay 45% of the Contract Price, CNY 832,500, after all Equipment has been delivered and installed at the Site. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the balance of 20% of the Contract Price, CNY 370,000, within thirty days after Final Acceptance.
P:4.4 Each payment is made by bank transfer in CNY against the Supplier's invoice and, for Section 4.2, the Buyer's signed delivery and installation record.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within seventy days after receipt of the advance payment and shall complete installation within a further forty-five days.
P:5.2 Risk in the Equipment passes to the Buyer on delivery to the Site; title passes on payment under Section 4.2.
P:5.3 If the Supplier fails to meet a date in Section 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The Buyer may deduct these damages from any payment.
H:Section 6 Supplier's Personnel
P:6.1 The Supplier shall provide a project manager and at least two installation engineers at the Site during installation. The Supplier is responsible for its personnel's visas, travel and accommodation.
P:6.2 The Supplier's personnel shall comply with the Buyer's safety rules, in particular around pumping stations and fertiliser tanks.
H:Section 7 Testing and Acceptance
P:7.1 After installation the Supplier shall test the System in the presence of the Buyer.
P:7.2 The tests are passed when: (a) every sensor reports to the Software at the configured interval for seven consecutive days; (b) soil moisture readings of a sample of twenty sensors chosen by the Buyer deviate by no more than 3 percentage points from gravimetric samples; (c) flow meters deviate by no more than 2% from the calibrated reference meter; (d) every valve opens and closes on command from the Software within sixty seconds; and (e) the automatic schedule irrigates two complete blocks according to their soil moisture thresholds without manual intervention.
P:7.3 After the tests are passed, the System shall run through one complete irrigation cycle of all twelve blocks (about fourteen days) without a Severity 1 fault.
P:7.4 The Buyer shall then confirm Final Acceptance in writing within five working days or state which criterion has not been met. Use of the System for irrigation before that confirmation does not amount to acceptance.
H:Section 8 Warranty and Technical Support
P:8.1 The warranty period is twenty-four months from Final Acceptance. During it the Supplier shall repair or replace any defective Equipment free of charge, correct Software defects and supply Software updates.
P:8.2 Faults are classified as follows. Severity 1: automatic irrigation stopped in one or more blocks, or the Software unavailable. Severity 2: part of the sensors or valves in a block not working. Severity 3: other faults and questions. The Supplier shall respond to a Severity 1 fault within one hour, restore operation within twenty-four hours and, where parts must be replaced, keep spare sensors and controllers in stock in Shihezi. Severity 2 faults shall be responded to within eight hours and fixed within three days; Severity 3 within two working days.
P:8.3 For every hour of delay beyond the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 500.
P:8.4 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support covering the services in this Section at a fee of 9% of the Subtotal Equipment and Software in Section 3, that is CNY 144,738 per year, fixed for three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:Section 9 Farm Data and Data Security
P:9.1 Farm Data belongs to the Buyer. The Supplier may process Farm Data only to install, test and support the System.
P:9.2 The Software shall be installed on the Buyer's server in its control room. The Supplier shall protect Farm Data with access control, encrypted connections between gateways and server and logged remote access approved by the Buyer for each session, and shall not copy Farm Data to any place outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident affecting Farm Data to the Buyer within twenty-four hours, take remedial measures at its own cost and compensate the Buyer for any loss caused by its breach of this Section.
H:Section 10 Intellectual Property
P:10.1 The Software remains the property of its licensor; the Buyer receives a perpetual licence for its farm.
P:10.2 Field maps, irrigation schedules, alarm rules, reports and all other configurations made for the Buyer belong to the Buyer, which may use and modify them freely and give them to any other contractor.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed twice the Contract Price, except for personal injury, wilful misconduct and breach of Section 9, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier may subcontract local transport, trenching and cabling only with the Buyer's prior written consent and remains fully responsible for its subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if the liquidated damages under Section 5.3 reach their maximum.
P:13.2 On termination the Supplier shall repay the advance and any other amount paid for work that has not been completed, and the Buyer shall return the Equipment that it does not keep.
H:Section 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as sandstorms, floods or border closures, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi in accordance with its rules. The award is final and binding on both parties.
H:Section 16 Final Provisions
P:16.1 This Contract is made in Chinese and English in four originals; both versions are equally authentic. It takes effect on signature by both parties.
P:For the Buyer: Xinjiang Tianze Cotton Farming Co., Ltd.   Authorised signatory: ____________   Date: ______
P:For the Supplier: Rioni Agrotech Systems LLC   Authorised signatory: ____________   Date: ______
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses + Schedules)
E04 = """# MANAGED PRINT SERVICES AGREEMENT

**Agreement reference:** SH-MPS-YK-2025-12

**Between**

**Zhejiang Yongkang Hengwen Vacuum Flask Co., Ltd.**, No. 118 Huanghe Road, Economic Development Zone, Yongkang, Zhejiang, People's Republic of China ("**Customer**")

**and**

**Shirak Print Management CJSC**, 15 Vardanants Square, Gyumri 3104, Republic of Armenia, acting in China through its wholly-owned subsidiary Jinhua Shirak Office Equipment Service Co., Ltd. ("**Provider**")

**Background.** The Customer makes stainless-steel vacuum flasks and food jars in Yongkang and prints large volumes of production orders, quality records, shipping labels and export documents. It wishes to replace its mixed fleet of purchased printers with a managed fleet for a fixed monthly fee. The Provider has surveyed the Customer's three buildings and offered the service below. At the Customer's request all charges are stated and paid in Chinese yuan (CNY).

## 1. Definitions

1.1 **Devices** means the printers, multifunction devices and label printers listed in Schedule 2, with their finishers and stands.

1.2 **Fleet Fee** means the fixed monthly charge in Schedule 2.

1.3 **Click Charges** means the per-page charges in Schedule 2 for pages above the included volumes.

1.4 **Go-Live Date** means the date of the Fleet Acceptance Certificate under clause 4.

1.5 **Initial Term** means thirty-six months from the Go-Live Date.

1.6 **Customer Data** means all documents, scans, print jobs, address books, user names and usage logs processed or stored by the Devices or the Provider's fleet-management software.

## 2. Services

2.1 The Provider shall supply, install and configure 46 Devices at the Customer's office building, production halls and warehouse, remove the Customer's old printers and return them to the Customer's store, and connect the Devices to the Customer's network and domain.

2.2 Throughout the term the Provider shall maintain and repair the Devices, supply all toner, drums, print heads and spare parts (paper and label stock excepted), monitor the Devices remotely, replenish consumables before they run out, and provide a monthly usage report by department.

2.3 The Provider shall provide secure pull-printing with staff badges on all multifunction devices and scan-to-folder for the quality department.

2.4 Title to the Devices remains with the Provider. The Customer shall use them with reasonable care and in accordance with the Provider's instructions.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Fleet Fee covers the Devices, all services in clause 2 and the included page volumes.

3.2 The one-time installation charge is invoiced after the Go-Live Date. The Fleet Fee and any Click Charges are invoiced monthly in arrears. Invoices are payable within thirty days.

3.3 No charge is payable in advance of the Go-Live Date.

## 4. Installation and Fleet Acceptance

4.1 The Provider shall complete installation of all Devices within forty days after signature of this Agreement.

4.2 Fleet acceptance is passed when (a) every Device prints, copies and scans its test set without fault; (b) badge release works for every user group; (c) label printers produce readable barcodes on the Customer's label stock, verified by the warehouse scanners; (d) scan-to-folder and remote monitoring are working for every Device; and (e) the old printers have been removed and returned. The parties shall then sign a Fleet Acceptance Certificate.

4.3 Installation or use of the Devices does not amount to fleet acceptance.

4.4 If installation is not completed within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay.

## 5. Service Levels

5.1 The Provider shall respond to and resolve faults within the times in Schedule 1.

5.2 If the Provider misses a Priority 1 response or resolution time, it shall credit the Customer with the amount shown in Schedule 1. Credits are deducted from the next invoice.

5.3 The Provider shall keep a stock of spare parts and at least two loan devices in Jinhua for fast replacement.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the services and for no other purpose.

6.2 The Provider shall enable hard-disk encryption and automatic overwrite of print jobs on every Device, keep firmware patched, restrict remote-monitoring access to named engineers using multi-factor authentication, and transmit only meter readings and device status to its monitoring platform, which is hosted in mainland China.

6.3 When a Device is replaced or removed, the Provider shall remove its hard disk and hand it to the Customer, or wipe it in the Customer's presence and issue a certificate.

6.4 The Provider shall notify the Customer within twelve hours of any security incident affecting Customer Data, take immediate remedial action and be liable for losses caused by its breach of this clause.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, including the Customer's product drawings, customer lists and export documents, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Provider's software and monitoring platform remain the Provider's property.

8.2 Print policies, badge rules, report templates and device configurations prepared for the Customer belong to the Customer, which may use and modify them freely and pass them to any later provider.

## 9. Subcontracting

9.1 The Provider shall perform the services through its Jinhua subsidiary named above. It shall not subcontract any other part of the services without the Customer's prior written consent.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term stated in Schedule 2, except for liability for personal injury, wilful misconduct or breach of clauses 6 and 7, which is not limited.

## 11. Term and Renewal

11.1 This Agreement starts on signature and continues for the Initial Term.

11.2 Unless either party gives written notice of non-renewal at least ninety days before the end of the Initial Term or of a Renewal Term, this Agreement renews automatically for successive renewal terms of one Service Year each ("Renewal Terms"). A "Service Year" is a period running from the Go-Live Date, or an anniversary of it, to the day before the next anniversary.

11.3 For each Renewal Term the Provider may increase the Fleet Fee and the Click Charges by up to 8% by notice given at least sixty days before the Renewal Term begins.

## 12. Ending the Agreement

12.1 This Agreement may not be terminated by the Customer before the end of the Initial Term or of a Renewal Term. The Customer's remedies for any failure of the Provider to perform the services are the service credits in Schedule 1 and damages under clause 10.

12.2 The Provider may terminate this Agreement if the Customer fails to pay undisputed charges within sixty days after a written reminder.

12.3 At the end of this Agreement the Provider shall collect the Devices within twenty days and deal with their hard disks as set out in clause 6.3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Jinhua Arbitration Commission for arbitration in Jinhua under its rules then in force.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

14.2 This Agreement is made in English and Chinese; both versions are equally authentic.

## Schedule 1 — Fault Priorities and Service Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | A label printer in the warehouse or a production-hall Device down, or more than three Devices down at once | 1 hour (on site within 2 hours) | 6 hours, by repair or loan device | CNY 800 per hour or part of an hour |
| P2 | A single office Device down or badge release failing for a user group | 2 hours | next business day | CNY 200 per business day |
| P3 | Print quality defects, consumable requests and questions | 1 business day | 3 business days | none |

Business hours are 08:00 to 18:00 China Standard Time, Monday to Saturday. P1 faults are handled at any time.

## Schedule 2 — Devices and Charges

| Item | Quantity | Basis | Amount (CNY) |
|---|---|---|---|
| A3 colour multifunction devices | 14 | included in Fleet Fee | — |
| A4 mono printers | 22 | included in Fleet Fee | — |
| Industrial label printers (warehouse and halls) | 10 | included in Fleet Fee | — |
| Fleet Fee, including 90,000 mono and 14,000 colour pages per month | 36 months | CNY 27,600 per month | 993,600 |
| Installation, removal of old printers, configuration | one-time | fixed | 21,400 |
| **Total charges for the Initial Term** | | | **1,015,000** |
| Click Charges above included volumes | per page | mono CNY 0.04, colour CNY 0.35 | usage-based |

Signed for the Customer: ____________________ Name / Title / Date

Signed for the Provider: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, a Schedule)
E05 = """API SUBSCRIPTION AGREEMENT
PHYTOSANITARY CERTIFICATE CHECK SERVICE

Agreement number: XMTE-API-2025-077

THIS AGREEMENT is made between:

XIAMEN HAICHA TEA EXPORT SUPPLY CHAIN CO., LTD., a company incorporated in the People's Republic of China, with its registered office at Unit 1208, Xiangyu Free Trade Zone Building, Huli District, Xiamen, Fujian ("Customer"); and

ORDABASY AGRIDATA LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its registered office at 12 Tauke Khan Avenue, Shymkent 160000, Kazakhstan ("Vendor").

BACKGROUND

A. The Customer runs an export platform through which tea producers in Fujian and Yunnan sell green, oolong and black tea to buyers in Central Asia, the Middle East and Europe. Its buyers require each consignment's phytosanitary certificate to be verified before shipment.

B. The Vendor operates an application programming interface ("API") that checks phytosanitary certificate data against electronic certificate records exchanged through the ePhyto hub and against a maintained database of import plant-health requirements for tea and related products.

C. The parties wish to set out the terms on which the Vendor provides the API to the Customer. At the Customer's request, all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Service" means the API described in the Schedule, its documentation, the test environment and the support described in Clause 6.

1.2 "Subscription Year" means each period beginning on the Production Date or on an anniversary of it and ending on the day before the next anniversary.

1.3 "Production Date" means the date on which the Customer signs the integration acceptance record under Clause 4.3.

1.4 "Customer Data" means all certificate numbers, consignment details, exporter and importer names, documents and query results submitted to or returned by the Service for the Customer, and all logs of the Customer's use of the Service.

1.5 "Integration Adapter" means the connector, mapping rules and test scripts developed by the Vendor to link the Service to the Customer's export platform.

2. SERVICE AND TERM

2.1 The Vendor shall provide the Service to the Customer for two Subscription Years from the Production Date.

2.2 The Vendor shall develop and install the Integration Adapter, provide a test environment with sample certificates for the destination countries listed in the Schedule, and train the Customer's developers and compliance staff.

2.3 The Service is hosted in a mainland China cloud region in an account opened and paid for by the Customer; the Vendor operates the Service in that account with the access rights the Customer grants.

2.4 This Agreement does not renew automatically. Any extension must be agreed in writing; if the parties so agree, the fees for the extension shall be the same as in the Schedule.

3. FEES AND PAYMENT

3.1 The fees are set out in the Schedule. The total contract value for the two Subscription Years, including the one-time integration fee, is CNY 288,000.

3.2 The subscription fee for each Subscription Year is invoiced in four equal instalments at the end of each quarter of service. The integration fee is invoiced after the integration acceptance record has been signed.

3.3 The Customer shall pay each correct invoice within thirty days. No fee is payable before the Production Date.

3.4 Queries above the annual query allowance in the Schedule are charged at the rate stated there and invoiced with the next quarterly instalment. Such overage charges are not part of the total contract value.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall deliver the Integration Adapter and make the Service ready for integration testing within forty days after signature.

4.2 Integration testing is passed when (a) the Service returns a correct result for each of the 300 test certificates supplied by the Customer, including forged, expired and amended certificates; (b) the median response time at 20 requests per second is under 800 milliseconds; and (c) requirement checks for every destination country in the Schedule match the Customer's compliance team's manual review for a sample of 60 consignments.

4.3 When the tests are passed, the Customer shall sign an integration acceptance record within three business days or explain in writing which criterion is not met. Use of the Service in production before that record is signed is not acceptance.

4.4 If the Vendor does not make the Service ready for integration testing by the date in Clause 4.1, or does not correct failures found in testing within ten business days, for reasons attributable to the Vendor, it shall pay CNY 300 for each day of delay. The Customer may deduct this amount from any invoice.

5. SERVICE LEVELS

5.1 The Service shall be available at least 99.98% of each calendar month, excluding maintenance windows agreed in advance with the Customer and announced at least five business days ahead.

5.2 Incidents are classified as follows: Severity 1, the Service unavailable or returning incorrect results for valid certificates; Severity 2, the Service slow or one destination country's checks unavailable; Severity 3, all other issues. The Vendor shall respond to Severity 1 incidents within 30 minutes at any time and restore the Service within three hours; Severity 2 within two hours during business hours and restore within one business day; Severity 3 within one business day.

5.3 If availability in a month is below the level in Clause 5.1, the Vendor shall credit 5% of that month's subscription fee for each 0.01 percentage point of shortfall, up to that month's fee. If a Severity 1 response or restoration time is missed, the Vendor shall credit a further CNY 1,000 per hour of delay. Credits are deducted from the next invoice.

6. SUPPORT AND CHANGES

6.1 The Vendor shall provide support in English and Chinese by e-mail, telephone and a ticket portal. Business hours are 09:00 to 18:00 China Standard Time on Chinese working days.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Service to the Customer and shall not use it, in identifiable, de-identified or aggregated form, for any other purpose.

7.2 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access for named staff with multi-factor authentication, logging of all administrative access, and regular vulnerability scans. Customer Data shall remain in mainland China; the Vendor's staff in Kazakhstan may access the Service only for operation and support, through the access channel approved by the Customer, and may not download Customer Data.

7.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China and with the Customer's reasonable security instructions.

7.4 The Vendor shall notify the Customer within twelve hours of becoming aware of any security incident affecting Customer Data, shall cooperate in containing and investigating it, and shall be responsible for all losses, fines and costs caused by its breach of this Clause 7.

7.5 At the end of this Agreement the Vendor shall return Customer Data in a structured format and then delete it from the Service, and shall confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's exporter and buyer lists, prices and shipping plans and the Vendor's technical documentation, and shall not disclose it to third parties without prior written consent.

8.2 This Clause 8 survives the end of this Agreement for three years.

9. INTELLECTUAL PROPERTY

9.1 The Vendor retains all rights in the Service and the requirement database. The Customer receives a non-exclusive right to use the Service during the term of this Agreement.

9.2 The Integration Adapter and all documents produced specifically for the Customer belong to the Customer from creation. The Vendor shall hand over their source code, and the Customer may use, modify and license them without restriction.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract any part of the Service or the integration work without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.

11. LIABILITY

11.1 The Vendor's total liability under this Agreement shall not exceed two times the total contract value stated in Clause 3.1.

11.2 The limit in Clause 11.1 does not apply to breach of Clauses 7 and 8, infringement of third-party intellectual property rights, wilful misconduct or gross negligence.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

12.2 The Customer may also terminate this Agreement by written notice if availability is below the level in Clause 5.1 in any two consecutive months.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The language of the arbitration shall be English.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 This Agreement, together with the Schedule, is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

SCHEDULE - SERVICE DESCRIPTION AND FEES

S1. Functions: certificate check by certificate number and issuing country; validation of the certificate against the ePhyto hub record where available; check of declared product, quantity, treatment and additional declarations against the import requirements of the destination country; result codes and reasons in English and Chinese.

S2. Destination countries covered from the Production Date: Kazakhstan, Uzbekistan, Kyrgyzstan, Russia, United Arab Emirates, Saudi Arabia, Morocco, Germany, Netherlands and Poland.

S3. Fees:

  Subscription fee per Subscription Year (annual query allowance 400,000 queries)   CNY 132,000
  Subscription fees for two Subscription Years                                       CNY 264,000
  Integration Adapter, test environment and training (one-time)                      CNY  24,000
  Total contract value                                                                CNY 288,000
  Queries above the annual allowance                                                  CNY 45 per 1,000 queries

Signed for and on behalf of the Customer:  ______________________  Date: ____________

Signed for and on behalf of the Vendor:    ______________________  Date: ____________
"""

# ---------------------------------------------------------------- files, labels
FILES = {
    "h374z01": ("h374z01_foreign_affairs_overseas_chinese_service_platform.pdf", "zh", Z01),
    "h374z02": ("h374z02_gas_purification_desulfurisation_control_retrofit.docx", "zh", Z02),
    "h374z03": ("h374z03_massage_chain_booking_membership_saas.txt", "zh", Z03),
    "h374z04": ("h374z04_supply_coop_agri_inputs_supervision_om.txt", "zh", Z04),
    "h374z05": ("h374z05_noodle_factory_mes_supplier_template.md", "zh", Z05),
    "h374e01": ("h374e01_teapot_workshop_kiln_log_licences_turkish_vendor.pdf", "en", E01),
    "h374e02": ("h374e02_karst_cave_ticketing_saas_order_form.md", "en", E02),
    "h374e03": ("h374e03_cotton_farm_drip_irrigation_sensors.docx", "en", E03),
    "h374e04": ("h374e04_thermos_maker_managed_print_service.md", "en", E04),
    "h374e05": ("h374e05_tea_export_phytosanitary_check_api.txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# (category, terms, extra (sla_clause, ld_stated, capped-or-None, deemed, value), rules, tco inputs or None)
SPEC = {
    "h374z01": ("software", dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                liability_cap_pct=200, prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
                (True, True, True, False, 1808000), [], (720000, 9, 24)),
    "h374z02": ("hardware", dict(OK, availability_pct=None, p1_response_hours=0.25, ld_rate_per_day_pct=0.02,
                liability_cap_pct=None, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
                post_warranty_fee_pct=455400 / 2530000 * 100, contract_kind="goods_or_licence"),
                (True, True, True, False, 3250000), ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"], (2530000, 18, 24)),
    "h374z03": ("cloud", dict(OK, availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=None,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                auto_renewal_price_increase=True, contract_kind="service"),
                (True, True, None, False, 744000),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None),
    "h374z04": ("services", dict(OK, availability_pct=None, p1_response_hours=None, sla_remedy=False,
                ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                governing_law=None, contract_kind="service"),
                (False, True, None, False, 436000), ["CR-SLA-MISSING", "CR-SLA-RESPONSE"], None),
    "h374z05": ("software", dict(OK, availability_pct=None, p1_response_hours=8, sla_remedy=False,
                ip_owner="supplier", ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=55,
                acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                post_warranty_fee_pct=22, subcontract_without_consent=True, governing_law=None,
                contract_kind="goods_or_licence"),
                (True, False, True, True, 1610000),
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
                 "CR-WARRANTY"], (1260000, 22, 6)),
    "h374e01": ("software", dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.08,
                liability_cap_pct=150, prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
                post_warranty_fee_pct=11, governing_law="Turkey", contract_kind="goods_or_licence"),
                (True, True, True, False, 620000), ["CR-GOVERNING-LAW"], (462200, 11, 18)),
    "h374e02": ("cloud", dict(OK, availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                ld_rate_per_day_pct=500 / 670000 * 100, liability_cap_pct=120000 / 670000 * 100,
                prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, governing_law="Ukraine", contract_kind="service"),
                (True, True, None, False, 670000),
                ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"], None),
    "h374e03": ("hardware", dict(OK, availability_pct=None, p1_response_hours=1, confidentiality=False,
                ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=35,
                final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                contract_kind="goods_or_licence"),
                (True, True, True, False, 1850000), ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"], (1608200, 9, 24)),
    "h374e04": ("services", dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=900 / 1015000 * 100,
                liability_cap_pct=150, prepayment_pct=None, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
                termination_for_breach=False, contract_kind="service"),
                (True, True, None, False, 1015000), ["CR-AUTO-RENEWAL", "CR-TERMINATION"], None),
    "h374e05": ("cloud", dict(OK, availability_pct=99.98, p1_response_hours=0.5, ld_rate_per_day_pct=300 / 288000 * 100,
                liability_cap_pct=200, prepayment_pct=None, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, contract_kind="service"),
                (True, True, None, False, 288000), [], None),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(value, base, fee_pct, warranty_months):
    years = max(0.0, 5 - warranty_months / 12)
    fees = years * base * fee_pct / 100
    return value + fees, fees / (value + fees) * 100


def derive_rules(key):
    """The rules a reader of policy.md derives from the label (a cross-check of the hand-written list)."""
    cat, t, (sla, ld_stated, capped, deemed, value), rules, tc = SPEC[key]
    goods = t["contract_kind"] == "goods_or_licence"
    out = set()
    if not sla:
        out.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        out.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        out.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        out.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        out.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        out.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        out.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        out.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        out.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        out.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        out.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            out.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            out.add("CR-POST-WARRANTY-FEE")
        if tc and capped and tco(value, *tc)[1] > 40:
            out.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        out.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        out.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        out.add("CR-SUBCONTRACT")
    if key in ("h374e01", "h374e02"):  # law and forum outside mainland China (text), see NOTES.md
        out.add("CR-GOVERNING-LAW")
    return sorted(out)


def label(key):
    name, lang, _ = FILES[key]
    cat, t, (sla, ld_stated, capped, deemed, value), rules, tc = SPEC[key]
    assert set(t) == set(TERM_KEYS), key
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat,
            "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": sorted(rules)}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
CN = "零一二三四五六七八九十百两"
NB = r"(?<![\d.])"          # no digit or decimal point before
NA = r"(?![\d.]*\d)"         # no further digit after (allows a sentence-ending full stop)
THRESHOLD_PATTERNS = [
    NB + r"99\.9" + NA, r"九十九点九(?![" + CN + "])",                                      # availability
    NB + r"4\s*-?\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"(?<![" + CN + r"])四个?小时",        # P1 response
    r"(?<![\w-])four[\s-]+hours?\b", NB + r"240\s*(?:分钟|minutes?|min\b)", r"二百四十分钟",
    r"\btwo hundred (?:and )?forty minutes",
    NB + r"0?\.05\s*(?:%|per\s*cent|percent)", r"万分之五(?![" + CN + "])", r"百分之零点零五(?![" + CN + "])",
    NB + r"100\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百", r"\bone hundred per\s*cent",  # cap
    NB + r"30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![" + CN + "点])", r"(?<![" + CN + r"])三成",
    r"\bthirty per\s*cent",
    NB + r"40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![" + CN + "点])", r"\bforty per\s*cent",
    NB + r"15\s*(?:%|per\s*cent|percent)", r"百分之十五(?![" + CN + "点])", r"\bfifteen per\s*cent",
    NB + r"12\s*个月", NB + r"12[\s-]*months?\b", r"(?<![" + CN + r"])十二个?月", r"\btwelve[\s-]+months?\b",
    NB + r"1\s*年", r"(?<![" + CN + r"])一年", r"\bone[\s-]+year\b", NB + r"1[\s-]+year\b",         # warranty
    NB + r"5\s*年", r"(?<![" + CN + r"])五年", r"\bfive[\s-]+years?\b", NB + r"5[\s-]+years?\b",     # horizon
    NB + r"60\s*个月", r"六十个月", NB + r"60[\s-]*months?\b", r"\bsixty[\s-]+months?\b",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 per cent", "九十九点九", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4-hour",
            "four hours", "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "百分之零点零五", "100%",
            "百分之百", "30%", "30 per cent", "百分之三十", "三成", "40%", "百分之四十", "15%", "百分之十五",
            "12个月", "12 个月", "12 months", "12-month", "十二个月", "twelve months", "一年", "1年", "one year", "one-year",
            "五年", "5年", "five years", "5 years", "60个月", "60 months", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.98%", "115%", "0.15%",
                "0.055%", "130%", "140%", "百分之三十五", "百分之四十五", "百分之十八", "四十二个月", "二十四个月",
                "2025年", "2015年", "十五日", "15 days", "one Service Year", "Subscription Year", "three years",
                "412 months", "2026年12月31日", "2025年12月", "1.5倍", "99.5%", "0.08%", "万分之五十", "45%", "35%"]


def threshold_hits(text):
    hits = []
    variants = [text, re.sub(r"\s+", " ", text)]
    if re.search(r"[\u4e00-\u9fff]", text):
        variants.append(re.sub(r"\s+", "", text))
    for v in variants:
        for rx in THRESHOLD_RE:
            for m in rx.finditer(v):
                hits.append((rx.pattern, v[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits("xx " + s + " yy"), "must hit: " + s
    for s in MUST_NOT_HIT:
        assert not threshold_hits("xx " + s + " yy"), ("must not hit", s, threshold_hits("xx " + s + " yy"))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[2] for k, v in built.items()},
          {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, lang, src) in FILES.items():
        if key not in built:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        lab = label(key)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
    problems = []
    seen = set()
    for key, (name, lang, src) in FILES.items():
        text = read_back(OUT / name)
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        unit = "chars" if lang == "zh" else "words"
        cat, t, (sla, ld_stated, capped, deemed, value), rules, tc = SPEC[key]
        rules = sorted(rules)
        seen.update(rules)
        share = ""
        if tc:
            total, sh = tco(value, *tc)
            share = " TCO %.0f share %.2f%%" % (total, sh)
            if abs(sh - 40) < 0.5:
                problems.append((key, "TCO share near 40", sh))
        print("%s %-64s %5d %s  risk %-6s %s%s" % (key, name, size, unit, risk(rules), ", ".join(rules) or "(none)",
                                                  share))
        if not lo <= size <= hi:
            problems.append((key, "length", size))
        for h in threshold_hits(text) + threshold_hits(src):
            problems.append((key, "threshold figure", h))
        if derive_rules(key) != rules:
            problems.append((key, "rules differ from derived", derive_rules(key)))
        for k, bad in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - bad) < 1e-6:
                problems.append((key, "on threshold", k))
    missing = set(ALL_RULES) - seen
    counts = sorted(len(v[3]) for v in SPEC.values())
    print("rules never expected:", sorted(missing) or "none")
    print("findings per contract:", counts)
    for p in problems:
        print("PROBLEM", p)
    assert not missing
    assert not problems
    assert counts[:2] == [0, 0] and counts[2] == 1 and all(2 <= c <= 3 for c in counts[3:9]) and counts[9] >= 8


if __name__ == "__main__":
    main()
