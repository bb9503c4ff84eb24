"""holdout1087: builds ten blind held-out draft contracts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Sources are kept below as text (.txt/.md written as is; .docx/.pdf built by ../word_pdf.py from its markup).
The script writes the labels, derives each draft's rules from its labels (this author's reading of policy §3),
compares them with the design list, checks that all 20 CR rules are covered, checks the price sums, the text
lengths as read back from the built files, and that no label value and no text sits on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:人民调解信息化平台软件许可及定制开发合同
P:合同编号：SFJ-ZFCG-2026-0317
P:甲方（采购人）：某市司法局
P:乙方（供应商）：某数智科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目公开招标文件、乙方投标文件和中标通知书，双方就人民调解信息化平台的软件许可、定制开发及实施事宜，在平等自愿的基础上订立本合同，采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供人民调解平台软件（含调解案件管理、调解员管理、统计分析模块）的永久使用许可，部署于甲方政务云，许可不限用户数。
P:1.2 乙方按甲方需求完成定制开发：调解案件线上流转、与法院诉调对接平台的司法确认接口、群众移动端申请调解小程序、矛盾纠纷风险预警看板。
P:1.3 平台应支持市、区县、乡镇（街道）、村（社区）四级调解组织使用，并按甲方要求与公共法律服务平台、信访系统实现案件信息互通。
P:1.4 乙方负责将原有调解台账系统约二十一万条历史数据迁移至新平台，并完成与政务服务网统一身份认证的对接。
H:第二条 合同价款
P:2.1 合同总价为人民币2,170,000元（大写：贰佰壹拾柒万元整），为固定总价，包含软件许可、开发、迁移、实施、培训、税费及质保期内全部服务费用。
P:2.2 分项价格：平台软件许可费1,160,000元；定制开发费724,000元；数据迁移及接口对接费188,000元；实施及培训费98,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计434,000元。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%，计976,500元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计759,500元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，乙方予以理解，但甲方应及时书面说明。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署、定制开发和数据迁移，具备初步验收条件。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
P:4.3 乙方应为甲方及各区县司法局、乡镇（街道）调解委员会的管理员和调解员分批开展操作培训，培训不少于六场，并提供培训视频和考核记录。
P:4.4 乙方应指定项目经理一名，项目经理及核心开发人员须与投标文件一致；确需更换的，应提前十日书面申请并经甲方同意，替换人员资历不得低于原人员。
P:4.5 乙方应每周向甲方提交项目周报，说明进度、风险及需甲方配合事项。因甲方需求变更导致工期延误的，工期相应顺延，但应以书面形式确认。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现并通过甲方组织的测试；历史数据迁移经抽样与全量比对无差错；司法确认接口连续十个工作日数据交换无错误；在三百个并发用户下页面响应时间不超过2秒。
P:5.2 初步验收后进入九十日试运行。试运行期间未发生一级故障，且通过第三方机构的安全测评及商用密码应用安全性评估的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和现场服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过104,400元），该价格在质保期满后三年内保持不变，维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率应不低于99.95%，计划内维护须提前三个工作日经甲方同意，不计入不可用时间。
P:7.2 故障分级响应：一级故障（平台整体不可用或调解数据错误）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应；三级故障次一工作日内处理。
P:7.3 乙方应提供7×24小时服务热线，并每季度向甲方提交运行分析报告，内容包括可用率统计、故障处理情况及安全漏洞修复情况。
P:7.4 乙方未达到上述响应时限的，每迟延一小时向甲方支付1,000元；月度可用率每低于承诺值0.01个百分点，扣减维护保证金1,500元。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，乙方授予甲方的使用许可永久有效、不可撤销。
P:8.2 为本项目定制开发的程序、接口、小程序及其源代码和文档，知识产权归甲方所有。甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台中的调解案件、当事人信息及统计数据均属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，通过甲方堡垒机进行运维操作，对敏感字段加密存储，按最小权限配置账号。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或质保期满时，乙方应将其持有的全部甲方数据移交甲方，并在甲方监督下彻底删除其设备及测试环境中的数据副本，出具删除确认书。乙方人员须签署保密及数据安全承诺书。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、当事人隐私和系统配置信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付内容不符合约定且整改后仍不合格的，甲方有权拒收，并要求乙方退还已收款项。
P:11.3 乙方违反第九条、第十条约定的，除赔偿甲方损失外，还应按合同总价的百分之五支付违约金，并配合甲方处置。
P:11.4 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或严重违约经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格后，履约保证金转为质保期维护保证金，质保期满且无未决违约事项的，甲方在十五个工作日内无息退还。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
P:签订日期：2026年  月  日
"""

SRC["z02"] = """T:生产线控制系统改造合同
P:合同编号：JLM-GZ-2026-052
P:甲方（买方）：某电动卷帘门制造有限公司
P:乙方（卖方）：某工业自动化工程有限公司
P:甲方拟对其卷帘门片成型线、导轨冲压线及电机装配线共六条生产线的控制系统进行改造。乙方经甲方比选确定为供应商。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线原有继电器控制柜的拆除，新PLC控制柜、伺服及变频驱动、工业触摸屏、视觉检测单元的供货、安装和调试。
P:1.2 乙方提供生产线数据采集软件（MES数据采集模块）的永久许可，采集设备状态、产量、节拍及停机原因，并与甲方现有ERP系统对接。
P:1.3 乙方为各条生产线编写PLC控制程序及触摸屏组态画面，并完成停线切换。每条生产线的停线时间不超过五日，切换计划须经甲方生产部门书面确认。
H:第二条 合同价格
P:2.1 合同总价为人民币1,810,000元，含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含安全继电器模块）|6套|118,000|708,000
TB:2|伺服及变频驱动改造包|6套|46,500|279,000
TB:3|工业触摸屏HMI|12台|9,800|117,600
TB:4|MES数据采集软件永久许可|1套|236,000|236,000
TB:5|视觉检测单元|4套|52,600|210,400
TB:|软硬件小计|||1,551,000
TB:6|安装调试及停线切换|1项|142,000|142,000
TB:7|控制程序定制开发|1项|96,000|96,000
TB:8|操作及维护培训|1项|21,000|21,000
TB:|合同总价|||1,810,000
P:2.2 上述价格包含设备运输、保险、安装辅材、调试、培训及税费，甲方不再支付其他费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计362,000元。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的45%，计814,500元。到货签收和安装完毕不视为验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%，计633,500元。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后六十日内将全部设备运至甲方厂区，并按切换计划逐线安装调试，全部工作在合同生效后一百二十日内完成。
P:4.2 乙方交付的设备应为全新原厂产品，随货提供合格证、原厂质量证明、电气原理图、接线图、备件清单和使用说明书。PLC、伺服驱动和触摸屏的品牌型号以技术协议为准，乙方不得擅自替换。
P:4.3 乙方应为甲方设备科和各线班组开展操作及维护培训，不少于四十学时，培训后甲方维修人员应能独立完成常见故障排查、参数备份与恢复。
P:4.4 乙方在甲方厂区作业时应遵守甲方安全生产和动火、登高、用电管理制度，因乙方原因发生安全事故的，由乙方负责。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，验收标准为：控制功能符合技术协议；连续带料运行七十二小时无停机故障；生产节拍达到技术协议约定值；视觉检测单元误判率不高于0.5%；急停及安全门联锁测试全部通过。
P:5.2 六条生产线均通过单线验收，且数据采集软件与ERP对接数据核对一致、连续运行三十日无重大故障后，甲方组织最终验收并签署验收报告。
P:5.3 验收不合格的，乙方应在十日内整改后重新验收。设备投入生产使用不视为验收合格。
H:第六条 质量保证及维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并提供程序修改和远程技术支持。
P:6.2 质保期满后，乙方提供全包维保服务，包括定期巡检、备品备件更换、驻厂工程师和程序维护，年度维保费为软硬件小计的28%，即每年434,280元。该费用在质保期满后的维保期内固定不变，乙方不得单方调价，维保期内每年年初由双方签署年度服务确认单。
P:6.3 维保服务内容包括：每季度一次全面巡检并出具巡检报告；控制程序和组态画面的备份管理；易损件及故障部件的免费更换；每年一次伺服系统精度校准；生产工艺调整引起的小范围程序修改。维保费按季度支付，每季度末经甲方确认服务记录后支付。
P:6.4 乙方应在甲方厂区常备关键备件，备件清单作为技术协议附件，备件库存不足导致修复延误的，按第七条承担责任。
H:第七条 服务响应
P:7.1 一级故障（导致整条生产线停线）乙方应在30分钟内电话响应，2小时内到达现场，8小时内恢复生产；二级故障（部分工位或数据采集中断）2小时内响应，次日内修复。
P:7.2 乙方未按时响应或到场的，每迟延一小时向甲方支付800元；因乙方原因停线超过八小时的，每超过一小时另行支付1,500元。
H:第八条 知识产权
P:8.1 为甲方编写的PLC控制程序、触摸屏组态画面、接口程序及其源文件，知识产权归甲方所有，乙方应在验收时完整移交，甲方可自行修改或委托他人修改。
P:8.2 数据采集软件的著作权归乙方，甲方享有永久使用许可，许可不限采集点数量，甲方后续新增生产线可继续使用，无需另行付费。
P:8.3 乙方保证其提供的设备和软件不侵犯第三方知识产权，如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 生产数据、工艺参数和设备运行数据归甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
P:9.2 乙方远程维护须经甲方审批，通过甲方指定的VPN及账号进行并留存操作记录；工控网络与办公网络之间的隔离措施由乙方按技术协议实施。
P:9.3 因乙方原因造成数据泄露、丢失或工控系统被入侵的，乙方应在发现后2小时内通知甲方，采取补救措施并承担赔偿责任。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方技术资料、工艺参数和商业信息负有保密义务，保密期限至合同终止后三年。
H:第十一条 分包
P:11.1 乙方可将现场布线、控制柜安装等辅助工作交由其合作单位实施，但应提前三日书面告知甲方，乙方对合作单位的工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之六支付违约金。
P:12.2 设备质量不符合约定的，甲方有权要求更换，并要求乙方承担由此造成的停产损失。停线切换超过第一条约定天数的，由此增加的停产损失由乙方承担。
P:12.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成的损失除外。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同并要求赔偿。
P:13.2 乙方逾期超过四十五日，或同一生产线连续两次验收不合格的，甲方有权解除合同，乙方应退还已收款项并自费拆除其设备，恢复原控制系统。
H:第十四条 适用法律及争议
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可提交佛山仲裁委员会仲裁，仲裁裁决为终局裁决。
H:第十五条 变更
P:15.1 甲方因生产计划调整需要变更切换顺序或增减工位的，应提前七日书面通知乙方，双方据实调整工期和价格。乙方提出的技术变更须经甲方书面同意后方可实施。
H:第十六条 其他
P:16.1 技术协议、切换计划及验收记录为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份。
P:甲方（盖章）：            乙方（盖章）：
"""

SRC["z03"] = """门店预约及会员管理系统订阅与实施服务合同

合同编号：YY-SaaS-2026-118
甲方：某粤语培训连锁管理有限公司（以下简称“甲方”）
乙方：某云联软件有限公司（以下简称“乙方”）

甲方在广州、深圳、佛山等地经营四十家粤语培训门店，需要统一的课程预约、会员管理和课消结算系统。乙方以软件即服务（SaaS）方式提供该系统，并负责实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店提供“课约通”预约及会员管理云服务，包括课程排期、学员预约、会员储值与课时包、课消结算、教师排班、家长端小程序和经营报表功能。
2. 每家门店开通不超过八个员工账号，总部开通不超过二十个管理账号，学员及家长端用户数不限。
3. 乙方负责云服务的部署、运行、备份和版本升级，新版本上线前应提前五日通知甲方。
（二）实施服务
1. 将甲方现有纸质及电子表格中的会员资料、储值余额和剩余课时导入系统。
2. 按甲方品牌要求定制家长端小程序页面，完成四十家门店的参数配置和收银设备对接。
3. 为各门店店长和前台人员提供培训，培训分总部集中培训和门店现场辅导两种形式，每家门店现场辅导不少于半天，并提供操作手册和视频教程。
（三）门店增减
1. 服务期内甲方新开门店的，按每店每服务年度5,400元的单价按月折算增加订阅费；门店关闭的，甲方可提前三十日书面通知停用该门店账号，自停用次月起相应减少订阅费。
2. 门店增减不影响其他门店的服务。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，满一年后进入第二个服务年度。
（二）服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度的8%，乙方书面通知甲方后即生效。

三、合同价款及支付
（一）合同总价为人民币532,000元，包括：
1. 订阅费：每店每服务年度5,400元，四十家门店每服务年度216,000元，两个服务年度共计432,000元；
2. 实施费（一次性）86,000元；
3. 培训费（一次性）14,000元。
（二）实施费和培训费在上线验收合格后十五个工作日内一次性支付。
（三）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（四）乙方收款前应开具增值税专用发票。甲方按发票载明的账户付款，乙方账户变更应提前书面通知，否则甲方按原账户付款即视为已履行付款义务。

四、实施进度与验收
（一）乙方应在合同签订后四十五日内完成数据导入、配置、小程序定制和培训，具备上线条件。
（二）乙方应在合同签订后五个工作日内提交实施计划，列明数据导入、门店配置、小程序定制、培训和试运行的时间安排，经甲方确认后执行。
（三）上线验收标准：
1. 四十家门店全部开通并能正常完成预约、签到、课消和收款；
2. 会员资料、储值余额、剩余课时导入后经门店逐一核对无差异；
3. 家长端小程序在五百名用户同时访问时，页面打开时间不超过3秒；
4. 连续试运行十四日，未发生一级故障。
（四）达到上述标准后，甲方在五个工作日内出具验收确认书。系统开通或门店开始使用，不视为验收合格。
（五）验收未通过的，乙方应在七日内整改并再次提交验收，整改期间不计入服务年度。
（六）乙方逾期具备上线条件的，每逾期一日按合同总价的万分之二向甲方支付违约金。

五、服务水平
（一）云服务月度可用率不低于99.95%，乙方计划内维护应安排在夜间并提前两日通知甲方。
（二）故障分级：一级故障指全部或多数门店无法预约、签到或收款；二级故障指单个门店或单个功能不可用；三级故障指其他一般问题。
（三）一级故障乙方应在30分钟内响应，3小时内恢复；二级故障1小时内响应，当日恢复；三级故障在下一个工作日处理。
（四）月度可用率低于承诺值的，每低0.02个百分点，乙方按当月订阅费的2%抵扣下期服务费；一级故障响应每超时一小时，抵扣500元。
（五）乙方每月向甲方提交服务报告，内容包括可用率、故障清单、处理时长和改进措施。
（六）乙方应指定客户经理和实施负责人各一名，并提供工作日9:00至21:00的在线客服及7×24小时故障热线，以适应培训门店晚间和周末营业的特点。

六、数据
（一）甲方的会员信息、学员及家长个人信息、课消和收款记录（以下简称“甲方数据”）归甲方所有。
（二）乙方可在去除个人身份标识后，对甲方数据进行汇总统计和分析，用于乙方的行业研究报告和产品改进，相关分析结果归乙方所有。
（三）乙方应采取加密传输和加密存储、访问权限分级、操作日志留存不少于六个月等安全措施，服务器部署于中国境内，并按《个人信息保护法》处理个人信息。
（四）发生数据泄露或丢失的，乙方应在发现后2小时内通知甲方，并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方向学员承担的赔偿。
（五）乙方人员仅可在处理甲方提出的服务请求时访问甲方数据，访问须留痕，甲方可随时查询访问记录。
（六）合同终止后三十日内，乙方应以通用格式向甲方交付全部甲方数据，并在交付确认后删除。

七、知识产权
（一）“课约通”系统的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材和报表模板归甲方所有，甲方可自由使用和修改。

八、保密
双方对在合作中知悉的对方商业信息、经营数据和技术信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。乙方应要求接触甲方信息的员工签署保密承诺，员工违反保密义务的，视为乙方违约。依法律规定或监管要求披露的，披露方应事先通知对方并限于必要范围。

九、违约责任及合同解除
（一）乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还未履行服务期的订阅费并赔偿损失。
（二）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前五日书面通知甲方。
（三）合同解除或终止时，乙方应配合甲方将数据迁移至甲方指定的系统，迁移期内保持服务正常运行，不得以任何理由扣留甲方数据。
（四）乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但数据泄露造成的损失不受此限。

十、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交广州仲裁委员会仲裁。

十二、甲方义务
（一）甲方应指定项目联系人，按时提供导入所需的会员资料、课程体系和门店信息，并保证资料真实完整。
（二）甲方应组织门店人员参加培训，并按乙方提供的操作规范使用系统。甲方原因导致实施延误的，工期相应顺延。

十三、不可抗力
因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，在不可抗力影响范围内免除责任。持续超过六十日的，双方可协商解除合同。

十四、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

SRC["z04"] = """高速公路气象监测系统年度运维服务合同

项目名称：高速公路气象监测系统2027年度运维服务
采购方式：竞争性磋商
合同编号：JTJ-YW-2026-041

甲方（采购人）：某省交通运输局
乙方（成交供应商）：某气象科技服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就高速公路气象监测系统年度运维服务事宜，订立本合同。

第一条 服务范围
（一）运维对象：甲方辖区内高速公路沿线八十六个交通气象监测站（含能见度仪、路面状态传感器、温湿度及风速风向传感器、视频及供电通信设备）、气象监测数据平台及其与路网监测调度系统的接口。
（二）服务内容：站点巡检与清洁维护、设备故障维修、传感器年度校准检定、平台运行监控与数据质量审核、备品备件供应、恶劣天气期间的保障值守。
（三）服务期限：2027年1月1日至2027年12月31日。

第二条 服务费用
（一）本合同总价为人民币822,000元，为固定总价，包括：站点运维费533,200元（八十六个站点，每站6,200元）；平台运维费128,000元；备品备件费96,000元；年度校准检定费64,800元。
（二）服务费按季度支付。每季度结束后，经甲方季度考核合格，乙方开具发票，甲方在十五个工作日内支付当季服务费。本合同不设预付款。
（三）考核扣款从当季服务费中直接扣除。甲方对乙方季度考核结果有异议的，乙方可在收到考核结果后五个工作日内书面申诉，甲方应在十个工作日内答复。

第三条 服务要求
（一）巡检：每个站点每季度现场巡检不少于一次，雾、冰雪等恶劣天气预警发布后二十四小时内对重点路段站点进行加密巡检。
（二）校准：能见度仪和路面状态传感器每年由具备资质的机构校准一次，校准证书报甲方备案。
（三）数据质量：乙方每日审核平台数据，发现异常数据应在平台标注并及时处理，数据审核记录保存备查。
（四）值守：恶劣天气应急响应期间，乙方应安排专人在甲方监控中心值守，配合发布预警信息。
（五）平台运维：乙方负责平台服务器、数据库和中间件的日常监控、补丁更新、数据备份和容量管理，每月进行一次备份恢复演练，每季度提交一次平台运行分析报告。
（六）运维档案：乙方应建立站点设备台账，记录设备型号、安装位置、故障及维修、更换部件和校准情况，台账电子版每月报甲方。

第四条 服务水平
（一）气象监测系统月度可用率（站点数据在线率与平台可用时间综合计算）不低于99.5%。
（二）故障分级：一级故障为平台中断或五个以上站点同时离线；二级故障为单个站点离线或主要传感器数据异常；三级故障为其他一般故障。
（三）一级故障乙方应在30分钟内响应，3小时内到达现场；二级故障2小时内响应，二十四小时内修复；三级故障三个工作日内修复。
（四）月度可用率每低于承诺值0.1个百分点，扣减当季服务费的1%；一级故障响应或到场每超时一小时，扣减1,000元；二级故障修复每超时一日，扣减500元。
（五）可用率由平台自动统计，每月初乙方将上月统计结果及故障清单报甲方核对，双方对统计结果有异议的，以平台原始日志为准。

第五条 人员与备件
（一）乙方应组建不少于八人的运维团队，其中项目负责人一名，应具有五年以上气象或交通机电运维经验。运维人员名单报甲方备案，变更应提前七日书面告知甲方并经甲方认可。
（二）乙方应在辖区内设立备件库，能见度仪、路面传感器和通信模块的备件数量不少于在用数量的十分之一。
（三）乙方应对新入场运维人员进行安全生产和设备操作培训，考核合格后方可上岗，培训记录报甲方备案。
（四）乙方车辆和人员上路作业应遵守高速公路养护作业安全规定，设置安全警示标志，由此产生的安全责任由乙方承担。

第六条 考核与验收
（一）甲方按季度进行考核，考核内容包括巡检完成率、故障处理时效、月度可用率、数据审核记录和值守情况，考核结果书面通知乙方。
（二）服务期满后，甲方组织年度验收。验收标准为：全年巡检计划全部完成；校准证书齐全有效；全年月度可用率均达到第四条承诺值；运维档案完整移交。年度验收合格后，甲方出具验收意见。年度验收不合格的，乙方应在三十日内完成整改，整改期间的服务不另行收费。
（三）乙方未按合同约定时间进场开展服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第七条 数据安全
（一）监测数据、平台数据及运维过程中形成的资料均归甲方所有，乙方仅为履行本合同使用，不得对外提供或用于其他目的。
（二）乙方应落实网络安全等级保护要求，运维操作须经甲方堡垒机进行，账号实名且权限最小化，不得私自接入外部网络或安装未经许可的软件。
（三）发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任。
（四）服务期满后十日内，乙方应向甲方移交全部运维账号、密码、配置文件和运维档案，删除其留存的甲方数据，并书面确认。乙方人员应签署数据安全承诺书。

第八条 保密
乙方对在服务中接触到的路网运行数据、系统配置和甲方工作信息负有保密义务，未经甲方书面同意不得向任何第三方披露，也不得在宣传材料中使用上述信息。乙方应对其运维人员进行保密教育，运维人员违反保密义务的，由乙方承担责任。本条在合同终止后继续有效。

第九条 知识产权
运维过程中形成的巡检报告、校准记录、数据审核报告、故障分析和运维脚本，其知识产权归甲方所有，乙方应在服务期满时完整移交，甲方可自行使用或提供给后续运维单位使用。

第十条 转包与分包
乙方不得将本合同项下服务转包或分包。

第十一条 履约保证金
乙方应在合同签订前向甲方提交合同总价5%的履约保证金。年度验收合格后，甲方在十个工作日内无息退还；乙方应支付的违约金、扣款未结清的，甲方可从中扣除。

第十二条 甲方义务
（一）甲方应向乙方提供站点分布图、设备清单、平台账号和必要的技术资料，协调路政、养护单位为乙方上路作业提供便利。
（二）甲方应指定专人负责运维工作的联络、考核和验收，并及时反馈对乙方服务的意见。

第十三条 不可抗力
因地震、洪水、重大交通事故等不可抗力造成站点设备损毁的，乙方应在条件允许时立即抢修，相关设备重置费用由双方另行协商；不可抗力影响期间的可用率不计入考核。

第十四条 合同的履行
（一）合同期内，除因不可抗力致使合同目的无法实现外，甲乙双方均不得单方解除本合同。
（二）乙方服务不符合约定的，甲方可按第四条和第六条扣款并要求乙方限期整改，乙方应继续履行合同。
（三）双方项目联系人或联系方式发生变更的，应在变更后三日内书面通知对方，未及时通知的，按原联系方式送达即视为送达。
（四）本合同期满即终止，不自动续期。甲方下一年度的运维服务另行组织采购。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十六条 其他
（一）竞争性磋商文件、乙方响应文件、成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
"""

SRC["z05"] = """# 软件许可及定制开发合同

（墨匠软件标准合同文本 MJ-2026 版）

合同编号：MJ-XS-2026-0693

甲方（客户）：某钢笔修复工作室
乙方（服务商）：某墨匠软件有限公司

甲方委托乙方提供修复工序跟踪软件及定制开发服务。为明确双方权利义务，经协商，双方同意按乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠心工单”修复工序跟踪软件标准版的使用许可，授权用户数为五个，部署于甲方工作室的电脑及乙方提供的云主机。
1.2 乙方根据甲方需求进行定制开发，需求以双方签字确认的需求确认单为准，内容包括：钢笔修复工序模板（拆解、清洗、笔尖调校、镀金、组装、试写等工序的流转与计时）、零配件库存管理、客户寄修微信小程序及修复进度通知。
1.3 乙方负责软件部署、基础数据初始化及使用培训。
1.4 云主机由乙方代为在第三方云服务商处开通，配置为两核四G内存、一百G云盘，开通后账号信息交甲方保管。

## 第二条 合同价款

2.1 本合同总价为人民币130,000元，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “匠心工单”标准版软件许可（五用户，永久） | 68,000 |
| 2 | 定制开发（工序模板、库存管理、寄修小程序） | 54,000 |
| 3 | 部署及培训 | 8,000 |
| | 合计 | 130,000 |

2.2 上述价格不含云主机续费，云主机首年费用由乙方承担，次年起由甲方自行续费。
2.3 甲方在定制开发过程中提出需求确认单以外的新增或变更需求的，乙方另行报价，按每人日2,000元计收，经甲方确认后实施。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即84,500元。乙方收到款项后开始开发工作。
3.2 软件部署完成后五个工作日内，甲方支付剩余35%，即45,500元。
3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停开发和服务。
3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在签约时提供开票信息。

## 第四条 交付

4.1 乙方应在收到首期款后六十日内完成定制开发和部署。因甲方未及时确认需求或提供资料导致延误的，交付时间相应顺延。
4.2 乙方交付内容为可运行的软件系统、小程序及用户手册。源代码、数据库设计文档和开发工具不属于交付内容，甲方不得要求乙方提供。小程序以乙方的开发者账号发布，甲方可申请迁移至自有账号，迁移费用另计。
4.3 甲方应在需求调研阶段指定一名联系人，在乙方提交需求确认单后三个工作日内确认，逾期未确认的视为同意。

4.4 培训：乙方为甲方工作人员提供一次远程集中培训，时长约半个工作日，培训内容为工单录入、工序流转、库存出入库和小程序后台操作。
4.5 基础数据初始化：甲方按乙方提供的模板整理现有客户资料、在修工单和配件清单，乙方负责一次性导入。甲方提供的数据错误导致的问题由甲方自行负责。

## 第五条 验收

5.1 乙方完成部署后通知甲方，系统部署完成即视为甲方验收合格。
5.2 乙方部署完成后，甲方即可开始使用系统办理修复工单。
5.3 甲方在使用中发现的问题，乙方在维护期内予以处理，但不影响验收结论和付款。

## 第六条 维护服务

6.1 乙方自系统部署完成之日起提供三个月免费维护，内容为软件缺陷修复和远程技术支持。
6.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的维护服务价格标准另行购买。乙方价格标准如有调整，以乙方官网公布为准。
6.3 免费维护期内，乙方对软件缺陷的修复以远程方式进行，需上门服务的，差旅费用由甲方承担。
6.4 维护服务不包括甲方新增需求、甲方自行修改配置造成的问题以及第三方软件引起的问题。

## 第七条 服务支持

7.1 乙方提供工作日9:00至18:00的电话及远程支持，法定节假日除外，节假日期间报告的问题在节后第一个工作日处理。甲方应通过乙方客服电话或工单系统报告问题，并说明问题现象。
7.2 紧急故障（系统无法登录或工单无法流转）乙方在接到甲方报告后8小时内响应；一般问题在三个工作日内答复。
7.3 乙方将尽力在合理时间内解决故障，但不对具体修复时间作出承诺。

7.4 乙方可根据产品规划对标准版软件进行版本升级，升级时间由乙方安排，乙方将提前通知甲方。版本升级可能导致部分界面或操作方式变化，甲方应配合调整使用习惯。
7.5 甲方应保证其电脑、网络及打印设备符合乙方公布的运行环境要求。因甲方运行环境不符合要求导致的问题，不属于乙方维护范围。

## 第八条 知识产权

8.1 “匠心工单”软件及乙方为本合同开发的全部定制功能、工序模板、小程序及相关文档的知识产权均归乙方所有。
8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，不得提供给第三方使用。
8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方录入系统的客户信息、修复记录和库存数据归甲方所有，乙方仅为提供本合同服务而使用。
9.2 乙方对云主机采取访问控制、数据加密和每日备份措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据，并承担相应的赔偿责任。
9.3 合同终止后，甲方可在三十日内通过系统导出功能自行导出数据。期满后乙方有权删除云主机上的数据。

## 第十条 保密

10.1 双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。
10.2 甲方不得向第三方披露乙方的报价、软件界面设计、产品文档和技术方案。
10.3 乙方可将甲方名称及项目情况作为成功案例用于宣传，甲方书面反对的除外。

## 第十一条 责任限制

11.1 乙方在本合同项下承担的全部赔偿责任，累计不超过合同总价的20%。
11.2 乙方不对甲方的间接损失、利润损失、客户流失及商誉损失承担责任。
11.3 甲方擅自修改软件、将软件提供给第三方使用或超出授权用户数使用的，乙方有权终止许可，已收款项不予退还。

## 第十二条 不可抗力及免责

12.1 因不可抗力、网络运营商故障、云服务商故障、黑客攻击或政策调整导致服务中断的，乙方不承担责任。
12.2 乙方对软件是否完全满足甲方的特定经营需求不作保证。

## 第十三条 合同解除

一方严重违反本合同且在收到对方书面通知后十五日内未予纠正的，守约方有权解除本合同。

## 第十四条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 通知

双方的通知可以通过电子邮件、微信或短信发送，发送即视为送达。甲方联系方式变更未及时通知乙方的，乙方按原联系方式发送即视为送达。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方官网公布的服务条款为准。
16.2 本合同附件包括报价单和需求确认单，附件与本合同不一致的，以本合同为准。
16.3 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                乙方（盖章）：

签订日期：
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NLS-CN-2026-014
P:This Agreement is made between Yunnan Lancang Hydropower Development Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kunming (the "Buyer"), and Nevis Lochaber Systems Ltd, a company registered in Scotland with its registered office at An Aird, Fort William PH33 6AN, Scotland (the "Vendor").
P:The Buyer operates eleven hydropower stations and wishes to replace its paper-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses the AssetLoch maintenance management software, which is used by hydro and water utilities in Scotland and Scandinavia. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AssetLoch software in the version current at the Effective Date, including its mobile inspection application and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, data conversion scripts and documentation created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including asset registers, work orders, inspection records and sensor readings.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers in Kunming for an unlimited number of named users across all of the Buyer's stations and offices.
P:2.2 The Vendor shall configure the Software to the Buyer's asset hierarchy, build interfaces to the Buyer's ERP system and to the plant SCADA historian, convert the existing asset register and maintenance history, and train the Buyer's staff.
P:2.3 The Software user interface and the user documentation shall be delivered in simplified Chinese and English.
P:2.4 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the key consultants named in its proposal on the project until Final Acceptance unless the Buyer agrees otherwise in writing. The Buyer shall provide the servers, network access, a project team and timely decisions, and shall make station staff available for the training sessions.
P:2.5 Training shall consist of administrator training in Kunming and user training at each station, with course materials in Chinese that the Buyer may copy for internal use.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,820,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: perpetual Software licence fee CNY 1,260,000; configuration and interfaces CNY 418,000; data conversion CNY 96,000; training CNY 46,000.
P:3.2 No other charge is payable for the scope described in Article 2 or for the services during the Warranty Period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 364,000) within fifteen business days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 819,000) after installation and configuration have been completed and signed off by the Buyer's project manager. This sign-off is not acceptance of the Software.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 637,000) within twenty business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named on the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and data conversion within one hundred and twenty days after the Effective Date, in accordance with the project plan agreed at the kick-off meeting.
P:5.2 Acceptance tests shall show that: every function in the agreed requirements specification works as described; the converted asset register and maintenance history match the source records in a full comparison; the ERP and historian interfaces exchange data without error for ten consecutive working days; and screens open within three seconds with two hundred concurrent users.
P:5.3 After the acceptance tests have passed, the Software shall run in live use for sixty days. If no Severity 1 incident occurs in that period, the Buyer shall issue a written Final Acceptance certificate within five business days.
P:5.4 Go-live, use of the Software in production or any payment shall not amount to acceptance. If a test fails, the Vendor shall correct the defect within fifteen days and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the requirements specification for a Warranty Period of twenty-four months from Final Acceptance. During the Warranty Period the Vendor shall provide defect correction, updates, new releases and remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee shall not exceed 10% of the Software licence fee, that is CNY 126,000 per year, and this price is fixed for the three years following the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
P:6.3 Severity 1 means that the Software is unavailable or work orders cannot be created at any station. The Vendor shall respond to a Severity 1 incident within one hour, at any time of day, and shall restore service or provide a workaround within eight hours. Severity 2 incidents shall receive a response within three hours and a fix within three business days.
P:6.4 For each full hour by which a Severity 1 response or restoration is late, the Vendor shall credit the Buyer CNY 1,200 against the next invoice or pay that amount on demand.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors. The licence in Article 2.1 survives any termination of this Agreement after Final Acceptance.
P:7.2 All rights in the Custom Deliverables, including source code of the interfaces and conversion scripts, belong to the Buyer from creation. The Vendor shall deliver the source code and documentation at Final Acceptance, and the Buyer may use, modify and license the Custom Deliverables freely.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's approved remote access gateway, with individual accounts and multi-factor authentication, and only for approved tasks. No Buyer Data may be transferred out of the People's Republic of China. The Vendor shall comply with the PRC Data Security Law and the Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within six hours of becoming aware of it, cooperate in containing it, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Buyer's plant configuration and operating data and the Vendor's pricing, and shall use it only for this Agreement. This obligation continues for five years after expiry or termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete the work within the period in Article 5.1 for reasons within its control, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after receiving notice, or if delay damages reach their maximum under Article 10.1.
P:12.2 On termination before Final Acceptance the Vendor shall refund the sums paid for work not accepted and deliver all Custom Deliverables completed so far.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement and any dispute arising from it shall be governed by the law of Scotland.
P:13.2 The parties submit to the exclusive jurisdiction of the Scottish courts. Proceedings shall be brought in the Sheriff Court at Fort William or, where its value requires, in the Court of Session in Edinburgh.
H:Article 14 General
P:14.1 This Agreement is written in English and Chinese; both versions have equal force.
P:14.2 Neither party may assign this Agreement without the other party's written consent, except that the Buyer may assign it to an affiliate that takes over the stations.
P:14.3 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.4 Notices shall be in writing and sent by courier or e-mail to the addresses given on the signature page.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS

**Pentland Forms Ltd** - Subscription Order Form No. PF-OF-2026-0088

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Pentland Forms Ltd, a company registered in Scotland, Unit 4 Janetstown Industrial Estate, Thurso KW14 7XF, Scotland.
- **Customer:** Shanghai Hengsheng Elevator Maintenance Co., Ltd., Minhang District, Shanghai, People's Republic of China.

### A2. Service

The Provider's FieldForm mobile inspection service, a software-as-a-service product for recording inspections, defects, photographs and technician signatures on mobile devices, with a web console for supervisors and an export interface. Edition: Professional. Hosting: Provider's China deployment on a cloud platform in the Shanghai region.

### A3. Subscription Term

Twenty-four (24) months from the Service Start Date. The Service Start Date is the date on which the Customer confirms Onboarding Acceptance under A5. The Subscription Term ends at its expiry; any further period requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, Professional edition, Subscription Year 1 | 180 named users | 1,150 per user per year | 207,000 |
| Subscription, Professional edition, Subscription Year 2 | 180 named users | 1,150 per user per year | 207,000 |
| Onboarding: form design, data import, ERP export set-up, training (one-time) | 1 | 38,000 | 38,000 |
| **Total Fees** | | | **452,000** |

Fees are in CNY and include VAT. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days of invoice. The onboarding fee is invoiced after Onboarding Acceptance and is payable within thirty days of invoice. No amount is payable before the Service Start Date. Additional users may be added at the unit price above, pro rata for the remainder of the Subscription Year.

### A5. Onboarding and Acceptance

The Provider shall complete onboarding within forty-five days after signature of this Order Form (the "Target Go-Live Date"). Onboarding consists of: building the Customer's twenty-two inspection form templates for traction elevators, hydraulic elevators and escalators; importing the Customer's register of about 6,800 lifts with their site and contract data; setting up the daily export of completed inspections to the Customer's ERP system; and training thirty supervisors, who will train the technicians.

Onboarding Acceptance requires that: all twenty-two templates work on the Customer's Android and iOS test devices, including offline capture and later synchronisation; the imported lift register matches the Customer's source file record for record; the ERP export runs without error for five consecutive working days; and fifty technicians complete a pilot week using the service. The Customer shall confirm Onboarding Acceptance in writing within five working days after these criteria are met, or list the failures, which the Provider shall correct before the tests are repeated.

If Onboarding Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees.

### A6. Signatures

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

Signed for the Provider: ____________________  Date: ________

Signed for the Customer: ____________________  Date: ________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, photographs, signatures and files that the Customer or its users submit to the service or that the service generates from them, including lift registers, inspection results and defect records.

1.2 "Customer Configurations" means the form templates, workflows, report layouts and export mappings created for the Customer, whether by the Provider during onboarding or by the Customer.

1.3 "Subscription Year" means the first year of the Subscription Term starting on the Service Start Date, and the year starting on its first anniversary.

### 2. Provision of the Service

2.1 The Provider shall make the service available to the Customer's named users during the Subscription Term and shall use commercially reasonable efforts to keep it available, except for maintenance and events beyond its reasonable control.

2.2 The Provider may update the service from time to time, provided that updates do not materially reduce the functions ordered.

2.3 Support is provided by e-mail and through the in-app help centre on United Kingdom business days. The Provider will respond to support requests in the ordinary course of business.

### 3. Customer Responsibilities

3.1 The Customer is responsible for its users' compliance with this Agreement, for keeping passwords secure and for the accuracy of the Customer Data it submits.

3.2 The Customer shall not resell the service, attempt to reverse engineer it, or use it to store unlawful content.

3.3 The Customer shall provide the Provider during onboarding with its lift register, sample inspection reports, access to a test instance of its ERP system and a project contact able to take decisions. Delays caused by the Customer extend the Target Go-Live Date accordingly.

### 4. Invoices, Taxes and Suspension

4.1 The Provider shall issue invoices through its China billing entity as valid VAT invoices (fapiao). Undisputed amounts not paid when due bear interest at the one-year loan prime rate published in the People's Republic of China.

4.2 If an undisputed invoice remains unpaid more than thirty days after a written reminder, the Provider may suspend access to the service after giving ten days' further notice. The Provider shall not delete Customer Data during a suspension.

4.3 Fees do not change during the Subscription Term. The Customer may reduce the number of named users only at the start of a Subscription Year.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the service to the Customer under this Agreement and shall not use it for any other purpose.

5.2 Customer Data is stored in the Shanghai region of the Provider's cloud platform and is not transferred outside the People's Republic of China. The Provider shall maintain ISO/IEC 27001-certified security controls, encrypt Customer Data in transit and at rest, restrict staff access to named personnel with multi-factor authentication, and keep access logs for at least one year.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data without undue delay and in any case within twenty-four hours, shall take all reasonable steps to contain it, and shall be liable for losses caused to the Customer by its failure to comply with this Section 5.

5.4 At the end of the Subscription Term the Provider shall make Customer Data available for export in standard formats for sixty days and then delete it, and shall confirm the deletion in writing.

### 6. Intellectual Property

6.1 The service and all underlying software remain the property of the Provider.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them freely and may have them used by other suppliers, and the Provider shall deliver them in an exportable format on request.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received under this Agreement, and shall not disclose it to any third party except its professional advisers or as required by law. This obligation continues for three years after the end of the Agreement.

### 8. Subcontractors and Sub-processors

8.1 The Provider may engage subcontractors and sub-processors, including its hosting provider and its China support partner, to perform any part of the Agreement. The Provider maintains a current list on its website and will notify the Customer of changes by updating that list. The Provider remains responsible for their performance.

### 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Fees. The limit does not apply to breach of Section 5, breach of Section 7, fraud, or death or personal injury caused by negligence.

9.2 Neither party is liable for indirect or consequential loss.

### 10. Term and Termination

10.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of the breach. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remainder of the Subscription Year.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.

12.3 Notices shall be given in writing to the addresses in A1. This Agreement is the entire agreement between the parties on its subject matter.
"""

SRC["e03"] = """T:SUPPLY AND LICENCE AGREEMENT FOR BARN MONITORING SENSORS
P:Contract No. HMD-PUR-2026-0271
P:This Agreement is made on the Buyer's standard purchase terms between Inner Mongolia Huamu Dairy Farming Co., Ltd., Hohhot, People's Republic of China (the "Buyer"), and Black Isle Sensing Ltd, a company registered in Scotland whose registered office is at Strathpeffer Road, Dingwall IV15 9QF, Scotland (the "Supplier").
P:The Buyer runs six dairy farms with twenty-four barns and wishes to monitor barn climate, ammonia levels and milk-tank temperatures continuously. The Supplier manufactures wireless sensors and gateways for livestock buildings and licenses the HerdAir monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and milk-tank monitors listed in the Price Schedule in clause 3.
P:1.2 "Software" means the HerdAir monitoring software, including its web dashboard, alarm engine and mobile alert application.
P:1.3 "Deliverables" means the integration with the Buyer's herd management system, the alarm rules, dashboards and reports configured for the Buyer, and all documentation produced under this Agreement.
P:1.4 "Buyer Data" means all measurements, alarms, barn and herd information and other data collected or processed by the Equipment or the Software for the Buyer.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to each farm, install and commission the Equipment; install the Software on the Buyer's server in Hohhot; integrate it with the Buyer's herd management system; and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for all Equipment supplied under this Agreement and for up to fifty further sensors that the Buyer may add later.
P:2.3 Training shall cover system administration for the Buyer's IT staff in Hohhot and alarm handling, sensor cleaning and battery replacement for the farm managers and maintenance staff at each farm. The Supplier shall provide manuals and training materials in Chinese.
P:2.4 The Supplier shall keep in Hohhot, at its own cost during the warranty period, a spare stock of at least two gateways, ten sensors and two milk-tank monitors.
P:2.5 All Equipment shall be new, shall carry CCC or other certification required in the People's Republic of China, and shall be designed for barn conditions with protection class IP67 and an operating range from minus thirty-five to plus fifty degrees Celsius.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 1,640,000, fixed, including VAT, delivery DDP to each farm, installation, commissioning and training:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Barn climate and ammonia sensor|240|1,850|444,000
TB:2|LoRa gateway with 4G backhaul|24|12,600|302,400
TB:3|Milk-tank temperature monitor|36|7,400|266,400
TB:4|HerdAir software perpetual licence|1|388,000|388,000
TB:|Equipment and Licence Subtotal|||1,400,800
TB:5|Installation and commissioning at six farms|1|126,400|126,400
TB:6|Integration with herd management system|1|92,800|92,800
TB:7|Training|1|20,000|20,000
TB:|Contract Price|||1,640,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 164,000) within twenty days after receiving an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 902,000) after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 574,000) within thirty days after Final Acceptance.
H:5. Delivery and Acceptance
P:5.1 The Supplier shall deliver and install the Equipment at all six farms within ninety days after signature and shall complete commissioning and integration within one hundred and twenty days after signature.
P:5.2 Acceptance tests shall show that: every sensor reports to the Software at its configured interval; measured temperature deviates by no more than 0.5 degrees Celsius and ammonia by no more than 2 ppm from a calibrated reference instrument at ten sample points per farm; alarms reach the responsible farm manager by mobile alert within sixty seconds; and barn and tank data appear correctly in the herd management system.
P:5.3 After the tests have passed, the system shall run for thirty days. If no Severity 1 fault occurs in that period, the Buyer shall issue a Final Acceptance certificate within seven days. Installation, commissioning, use of the system or payment does not amount to acceptance.
P:5.4 If a test fails, the Supplier shall correct the fault within ten days at its own cost and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment, the Software and the Deliverables for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, deliver Software updates and provide technical support free of charge.
P:6.2 During the warranty period the Software's alarm service shall be available at least 99.95% of each calendar month, excluding maintenance agreed with the Buyer in advance.
P:6.3 Severity 1 means that alarms are not being generated or delivered for one or more barns or milk tanks. The Supplier shall respond to a Severity 1 fault within thirty minutes and restore alarm service within six hours, if necessary by sending a replacement gateway from the spare stock held in Hohhot. Other faults shall receive a response within one business day.
P:6.4 For each hour by which a Severity 1 response or restoration is late the Supplier shall pay the Buyer CNY 800, and for each 0.01 percentage point by which monthly availability falls short of clause 6.2, CNY 1,000.
P:6.5 After the warranty period the Buyer may order annual support for years four and five. The annual support fee is fixed at 8% of the Equipment and Licence Subtotal, that is CNY 112,064 per year, and shall not be increased during those two years. Support is ordered by purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software and the Equipment firmware remain the property of the Supplier, subject to the licence in clause 2.2.
P:7.2 The Deliverables created for the Buyer, including integration code with its source, alarm rules, dashboards and reports, belong to the Buyer. The Buyer may use, modify and license them freely.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer and shall be used by the Supplier only to perform this Agreement. The Supplier shall not copy, analyse or use Buyer Data for any other purpose, including product development.
P:8.2 The Software shall run only on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session and shall use the Buyer's VPN with individual accounts. Gateways shall encrypt data in transit, and no Buyer Data shall leave the People's Republic of China.
P:8.3 The Supplier shall report any security incident affecting the Equipment, the Software or Buyer Data within six hours and shall bear the losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical, commercial and operating information, including the Buyer's herd and production data, and shall not disclose it without prior written consent, for five years after the end of this Agreement.
H:10. Delay Damages and Liability
P:10.1 If the Supplier is late in delivery, installation or completion under clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are unlimited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent and remains liable for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or if delay damages reach their maximum.
P:12.2 On termination before Final Acceptance the Supplier shall remove any Equipment the Buyer does not wish to keep, refund the sums paid for it and hand over all Deliverables completed so far, and the licence in clause 2.2 continues for the Equipment the Buyer keeps.
H:13. Buyer's Responsibilities
P:13.1 The Buyer shall provide safe access to the barns and milk rooms, power outlets at the gateway positions, the server and network connection in Hohhot, and a contact person at each farm. The Supplier's staff shall follow the Buyer's biosecurity rules, including disinfection and the ban on visiting other livestock farms within three days before a visit.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by force majeure, including animal disease restrictions imposed by the authorities, provided it notifies the other party promptly and limits the effect. The time for performance is extended by the period of the delay.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.
H:16. General
P:16.1 This Agreement is made in English and Chinese, both versions being equally authentic. Amendments must be in writing and signed by both parties.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED NETWORK SERVICES AGREEMENT

Agreement No. MFN-XH-2026-03

**Between** Hangzhou Xihu Jiayuan Hotel Management Co., Ltd., Hangzhou, People's Republic of China ("Customer"), **and** Moray Firth Network Operations Ltd, a company registered in Scotland, 12 Harbour Street, Nairn IV12 4NY, Scotland ("Provider").

**Background.** The Customer operates twenty-eight hotels in Zhejiang and Jiangsu. Each hotel has a guest Wi-Fi network, a staff network and a wide-area link to the Customer's head office. The Provider runs a network operations centre from Nairn and, through its wholly owned subsidiary in Hangzhou, provides on-site engineering in China. The Customer wishes to outsource the monitoring, operation and repair of its hotel networks to the Provider for thirty-six months.

## Section 1. Definitions

1.1 "Services" means the managed network services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer accepts the transition under Section 4.

1.3 "Monthly Charge" means the monthly charge set out in Schedule 2.

1.4 "Customer Data" means all data relating to the Customer, its guests and its employees that the Provider receives or has access to in performing the Services, including network configurations, user accounts, logs and guest connection records.

## Section 2. Services

2.1 The Provider shall provide the Services at the hotels listed in Schedule 1 from the Service Commencement Date until the end of the Term, in accordance with the service levels in Schedule 3.

2.2 The Provider shall perform the Services with the skill and care of a competent managed service provider, using suitably trained staff. Engineers attending a hotel shall follow the hotel's rules on guest areas, dress and noise.

2.3 The Customer may add or remove hotels on sixty days' written notice. The Monthly Charge shall be adjusted at the per-hotel rate in Schedule 2.

2.4 The Customer shall give the Provider remote read and configuration access to the network devices, keep the manufacturers' support contracts for its devices in force, and ensure that hotel staff give engineers access to equipment rooms during the agreed hours.

## Section 3. Term

3.1 The Term is thirty-six months from the Service Commencement Date. The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties.

## Section 4. Transition and Acceptance

4.1 The Provider shall complete the transition within seventy-five days after signature of this Agreement. Transition includes: a documented survey of every hotel network; onboarding of all network devices into the Provider's monitoring platform; creation of the configuration baseline and runbooks; and set-up of the service desk with a Chinese-speaking hotline.

4.2 The Customer shall accept the transition when: all devices at all twenty-eight hotels are monitored and alarms reach the service desk; the configuration baseline has been reviewed and approved by the Customer's IT manager; the service desk has handled test incidents of each priority within the times in Schedule 3; and runbooks exist for each hotel. The Customer shall confirm acceptance in writing within five business days after these criteria are met.

4.3 If the transition is not accepted within the period in Section 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 3,600 for each day of delay, up to a total of CNY 200,000.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Monthly Charge is invoiced monthly in arrears from the Service Commencement Date. The transition charge is invoiced after acceptance under Section 4.2. No amount is payable in advance.

5.2 The Customer shall pay each correct VAT invoice within thirty days. The charges are fixed for the Term.

5.3 Service credits under Schedule 3 are deducted from the next invoice. Credits are the Customer's remedy for missed service levels but do not limit its right to terminate under Section 11.

## Section 6. Customer Data

6.1 Customer Data is and remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and for no other purpose, and shall return it to the Customer at the end of the Term.

## Section 7. Intellectual Property

7.1 The Provider's monitoring platform, tools and methods remain the Provider's property.

7.2 The configuration baseline, network diagrams, runbooks and reports prepared for the Customer belong to the Customer, which may use and modify them freely and give them to a successor provider.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that it receives under this Agreement and that is marked or evidently confidential, and shall not disclose it to third parties except to its employees and advisers who need to know it. This obligation survives for three years after the end of the Agreement.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall name a service delivery manager for the Customer, who shall attend a monthly service review in Hangzhou or by video.

9.2 The Provider shall keep the key staff named in its proposal on the account for at least the first year and shall replace any engineer whom the Customer reasonably asks to be removed.

9.3 The Provider shall not subcontract any part of the Services, other than to its Hangzhou subsidiary named above, without the Customer's prior written consent.

## Section 10. Liability

10.1 The Provider's total liability arising out of or in connection with this Agreement in any contract year shall not exceed the charges paid by the Customer in the six months immediately preceding the event giving rise to the claim.

10.2 Neither party shall be liable for loss of profit, loss of business or indirect loss. Nothing in this Agreement limits liability for death or personal injury caused by negligence or for fraud.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after receiving notice, or if service credits reach their maximum in three consecutive months.

11.2 The Provider may terminate this Agreement if the Customer fails to pay undisputed charges within sixty days after a written reminder.

11.3 On expiry or termination the Provider shall provide exit assistance for up to ninety days at the rates in Schedule 2, including the handover of all documentation to the Customer or a successor provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 13. General

13.1 Neither party is liable for a failure caused by events beyond its reasonable control. Notices shall be in writing to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties.

Signed for the Customer: ____________________  Signed for the Provider: ____________________

## Schedule 1 - Service Description

| Service element | Description |
|---|---|
| Monitoring | Around-the-clock monitoring of switches, wireless controllers, access points and WAN routers at all hotels from the Provider's operations centre |
| Service desk | Chinese- and English-speaking service desk reachable by hotline, e-mail and portal at all times |
| Incident management | Remote diagnosis and repair; dispatch of an on-site engineer where needed |
| Change management | Up to sixty standard changes per month (new SSIDs, VLAN changes, port changes) at no extra charge |
| Hardware replacement | Coordination of replacement of faulty devices under the manufacturers' support contracts held by the Customer |
| Reporting | Monthly service report per hotel and for the group, with availability, incidents and capacity trends |
| Hotels covered | Twenty-eight hotels listed in the annex to this Schedule, 6,420 guest rooms in total |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Charge per hotel | 28 hotels x CNY 3,900 per month | 109,200 per month |
| Monthly Charges over the Term | 36 months x CNY 109,200 | 3,931,200 |
| Transition (one-time) | Fixed price | 148,800 |
| **Total Contract Value** | | **4,080,000** |
| Additional work and exit assistance | Per engineer day | 2,600 |

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Restoration target | Credit if missed |
|---|---|---|---|---|
| P1 | Guest Wi-Fi or WAN link down at a whole hotel | 15 minutes | 3 hours | 3% of that hotel's Monthly Charge per started hour of delay |
| P2 | Outage of a floor, building wing or the staff network | 30 minutes | 8 hours | 1% of that hotel's Monthly Charge per started hour of delay |
| P3 | Single device or degraded performance | 2 hours | 2 business days | none |

| Measure | Target | Credit |
|---|---|---|
| Network availability per hotel per month | 99.95% | 5% of that hotel's Monthly Charge for each 0.1 percentage point below target |
| Monthly credit ceiling | | 25% of the total Monthly Charge for that month |
"""

SRC["e05"] = """METOCEAN FORECAST DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. FMD-2026-CN-07

PARTIES

Customer: Fujian Haixia Offshore Wind Power Co., Ltd., Fuzhou, People's Republic of China (the "Customer").

Provider: Findhorn Metocean Data Ltd, a company registered in Scotland, Victoria Road, Forres IV36 3BN, Scotland (the "Provider").

BACKGROUND

The Customer operates three offshore wind farms in the Taiwan Strait and is building a fourth. It needs site-specific wind, wave and current forecasts to plan vessel transfers, crane lifts and maintenance windows. The Provider produces high-resolution metocean forecasts and delivers them through an application programming interface (API) and a web viewer. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the forecast, nowcast and hindcast data described in clause 2, in the formats described in the Provider's API documentation.

1.2 "Customer Site Data" means the coordinates, turbine and cable layouts, vessel information, measured data from the Customer's lidar and wave buoys, and the query history that the Customer provides to or generates in the Provider's systems.

1.3 "Subscription Year" means each of the two consecutive one-year periods starting on the Production Start Date.

1.4 "Production Start Date" means the date on which the Customer signs the integration acceptance under clause 5.

2. DATA PRODUCTS AND SERVICES

2.1 The Provider shall deliver, for each of the Customer's four wind farm sites and for the two transit routes from Fuzhou and Pingtan ports: hourly forecasts of wind at hub height, significant wave height, wave period and direction, and surface current, updated four times a day with a ten-day horizon; a seventy-two-hour high-resolution nowcast updated hourly; and a twenty-year hindcast for each site, delivered once.

2.2 The Provider shall provide API access for up to ten system accounts and web viewer access for up to sixty named users.

2.3 The Provider shall tune its models to the Customer's sites using the Customer's lidar and buoy measurements and shall report forecast accuracy against those measurements each quarter.

2.4 The Provider shall run a forecaster duty desk, reachable by telephone and e-mail at any time, that can explain forecasts and warn the Customer's marine coordinators of sudden changes in conditions, in Chinese or English.

2.5 The Provider shall provide integration support to help the Customer connect the API to its marine coordination and maintenance planning systems.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial subscription term is two Subscription Years.

3.2 At the end of the initial term the subscription renews automatically for successive periods of one year unless either party gives written notice of non-renewal at least sixty days before the end of the current period.

3.3 The Provider may increase the subscription fee for any renewal period to its list price then in effect by giving the Customer written notice at least thirty days before the renewal date. The increased fee applies from the renewal date without further agreement.

4. FEES AND PAYMENT

4.1 The fees for the initial term are:

   Subscription fee, Subscription Year 1 .......... CNY 368,000
   Subscription fee, Subscription Year 2 .......... CNY 368,000
   Integration support (one-time) ................. CNY 24,000
   Total Fees ..................................... CNY 760,000

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days. The integration support fee is invoiced after integration acceptance. Nothing is payable before the Production Start Date.

4.3 The Customer may add a further site or transit route during the term at the per-site rate in the Provider's quotation attached to this Agreement, pro rata for the remainder of the Subscription Year.

4.4 Fees are in CNY and include VAT. The Provider shall issue valid VAT invoices through its agent in Shanghai.

5. INTEGRATION AND ACCEPTANCE

5.1 The Provider shall make the production API and the site-tuned forecasts for all four sites available within sixty days after signature.

5.2 Integration acceptance requires that: the API delivers all Data Products for all sites and routes in the agreed formats for fourteen consecutive days without a missed update; the Customer's marine coordination system imports the forecasts automatically; the hindcast has been delivered and passes the Customer's completeness check; and forecast accuracy for significant wave height over the fourteen days meets the accuracy targets in the technical annex.

5.3 The Customer shall sign the integration acceptance within five business days after the criteria are met or state in writing which criteria are not met.

5.4 If the production API and site-tuned forecasts are not available by the date in clause 5.1 for reasons attributable to the Provider, the Provider shall pay delay damages of 0.08% of the Total Fees for each day of delay, up to 8% of the Total Fees.

6. SERVICE LEVELS

6.1 The API and the web viewer shall each be available at least 99.95% of each calendar month, excluding maintenance announced at least three days in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 A Priority 1 incident is a complete failure of the API or a missed forecast update for any site. The Provider shall respond to a Priority 1 incident within one hour and deliver the missed update or restore the API within three hours. Other incidents shall receive a response within one business day.

6.3 If monthly availability falls below the level in clause 6.1, the Provider shall credit 5% of the monthly share of the subscription fee for each 0.02 percentage point of shortfall, up to half of that monthly share. For each hour by which a Priority 1 response or restoration is late, the Provider shall credit CNY 1,000. Credits are deducted from the next invoice or, at the end of the term, paid to the Customer.

6.4 The Provider shall send a monthly service report with availability, incidents, missed updates and credits due.

7. CUSTOMER SITE DATA

7.1 Customer Site Data belongs to the Customer. The Provider shall use it only to produce and tune the Data Products for the Customer and shall not use it for any other customer, for research or for product development.

7.2 The Provider shall store Customer Site Data only on servers in the People's Republic of China, encrypt it in transit and at rest, limit access to named staff with multi-factor authentication, and keep access logs.

7.3 The Provider shall notify the Customer of any unauthorised access to or loss of Customer Site Data within six hours of becoming aware of it, take immediate steps to contain it, give the Customer the information it needs for any report to the authorities, and bear the losses caused by its failure to comply with this clause 7.

7.4 Within thirty days after the end of the subscription the Provider shall return the Customer's lidar and buoy measurements and delete all Customer Site Data from its systems, and confirm the deletion in writing.

8. LICENCE AND INTELLECTUAL PROPERTY

8.1 The Provider grants the Customer a non-exclusive licence, for the subscription term, to use the Data Products for the planning and operation of its wind farms and to share them with its vessel operators and contractors for that purpose. The hindcast may be used without time limit.

8.2 The Data Products, models and software remain the Provider's property.

8.3 Any adapters, scripts or mappings written by the Provider for the Customer's systems during integration support belong to the Customer, which may use and modify them freely.

8.4 The Customer shall not resell the Data Products, publish them in bulk, or use them to train a competing forecasting model.

9. LIABILITY

9.1 The Provider does not warrant that forecasts will be accurate in every case; the Customer remains responsible for its operational decisions.

9.2 The Provider's total liability under this Agreement is limited to 150% of the Total Fees, except for breach of clause 7, fraud, and death or personal injury caused by negligence.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the production or delivery of the Data Products, or the hosting of Customer Site Data, without the Customer's prior written consent.

11. TERMINATION

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice, or if the API fails to meet the availability level in clause 6.1 in any three months of a Subscription Year.

11.2 On termination for the Provider's breach, the Provider shall refund the subscription fee paid for the remainder of the Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

13. GENERAL

13.1 Neither party is liable for failures caused by events beyond its reasonable control. Amendments must be in writing. Notices shall be sent to the addresses above.

13.2 Neither party may assign this Agreement without the other party's written consent, except that the Customer may assign it to an affiliate that owns or operates one of the wind farms.

13.3 This Agreement is made in English and Chinese, both versions having equal force. The technical annex and the Provider's quotation form part of this Agreement.

Signed for the Customer: ______________________

Signed for the Provider: ______________________
"""

# ---------------------------------------------------------------- design: files, labels, expected rules
FILES = {
    "z01": ("h1087z01_justice_bureau_mediation_platform", "pdf"),
    "z02": ("h1087z02_rolling_door_factory_line_control_retrofit", "docx"),
    "z03": ("h1087z03_cantonese_school_chain_booking_saas", "txt"),
    "z04": ("h1087z04_expressway_weather_monitoring_om_service", "txt"),
    "z05": ("h1087z05_pen_repair_studio_tracking_supplier_template", "md"),
    "e01": ("h1087e01_hydropower_cmms_licence_fort_william_vendor", "pdf"),
    "e02": ("h1087e02_elevator_inspection_saas_order_form_thurso_vendor", "md"),
    "e03": ("h1087e03_dairy_barn_sensors_monitoring_licence_dingwall_vendor", "docx"),
    "e04": ("h1087e04_hotel_managed_network_services_nairn_vendor", "md"),
    "e05": ("h1087e05_metocean_api_subscription_forres_vendor", "txt"),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
T, F, N = True, False, None
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped or None for
# service, acceptance_deemed_on_delivery, contract_value), fee base for TCO, forum outside mainland, design rules
DESIGN = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", "goods_or_licence"],
            (T, T, T, F, 2170000), 1160000, F, []),
    "z02": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.06, 150, 20, T, T, 18, 28, F, T, T, "PRC", "goods_or_licence"],
            (T, T, T, F, 1810000), 1551000, F, ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", [99.95, 0.5, T, "buyer", T, F, T, 0.02, 200, N, T, N, N, N, T, T, F, "PRC", "service"],
            (T, T, N, F, 532000), N, F, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LD-LOW"]),
    "z04": ("services", [99.5, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", "service"],
            (T, T, N, F, 822000), N, F, ["CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
    "z05": ("software", [N, 8, F, "supplier", T, T, T, N, 20, 65, F, F, 3, N, F, T, N, N, "goods_or_licence"],
            (T, F, F, T, 130000), 68000, F,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 10, F, T, F, "Scotland", "goods_or_licence"],
            (T, T, T, F, 1820000), 1260000, T, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [N, N, F, "buyer", T, T, T, 0.1, 150, N, T, N, N, N, F, T, T, "PRC", "service"],
            (F, T, N, F, 452000), N, F, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "e03": ("hardware", [99.95, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8, F, T, F, "PRC", "goods_or_licence"],
            (T, T, T, F, 1640000), 1400800, F, []),
    "e04": ("services", [99.95, 0.25, T, "buyer", F, T, T, 3600 / 4080000 * 100, 6 / 36 * 100, N, T, N, N, N, F, T, F,
                         "PRC", "service"],
            (T, T, N, F, 4080000), N, F, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ("cloud", [99.95, 1, T, "buyer", T, T, F, 0.08, 150, N, T, N, N, N, T, T, F, "PRC", "service"],
            (T, T, N, F, 760000), N, F, ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (default pack), used only to check that no label value sits on one
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(label, fee_base):
    t, x = label["expected_terms"], label["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(label, fee_base, foreign_forum):
    """This author's reading of policy §3 applied to the label values."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(label, fee_base)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def make_label(key):
    stem, ext = FILES[key]
    cat, terms, (sla, lds, capped, deemed, value), _, _, rules = DESIGN[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms[-1] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": stem + "." + ext, "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": dict(zip(TERM_KEYS, terms)), "expected_extra": extra,
            "expected_rules": sorted(rules)}


# ---------------------------------------------------------------- threshold scan of the texts
TH_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|钟头)", r"(?<![十\d])四\s*(?:个)?\s*(?:小时|钟头)",
    r"(?<![\d.])4\s*(?:business\s+|working\s+|clock\s+)?(?:hours?|hrs?|h)\b", r"(?<![-\w])four\s*(?:\(4\)\s*)?(?:business\s+|working\s+)?hours?",
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?![十百])", r"千分之零点五", r"(?<![\d.])0?\.05\s*(?:个)?\s*(?:百分点|percentage)",
    r"(?<![\d.,])100\s*%", r"百分之(?:一)?百(?![零一二三四五六七八九十])", r"one\s+hundred\s+per\s*cent",
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s+per\s*cent",
    r"(?<![\d.,])12\s*(?:个\s*月|月(?!\s*\d{1,2}\s*日)|months?)", r"十二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?(?:calendar\s+)?months?",
    r"(?<![\d.,])12-month",
    r"(?<![\d.,])15\s*%", r"百分之十五", r"fifteen\s+per\s*cent",
    r"(?<![\d.,])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s+per\s*cent",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4个小时", "within 4 hours", "within4hours", "four hours",
            "4 business hours", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "30%", "百分之三十", "12个月", "十二个月",
            "12 months", "twelve months", "twelve (12) months", "12-month", "15%", "百分之十五", "40%", "百分之四十",
            "0.05个百分点", "质保期12月"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.5%", "万分之五十", "130%",
             "150%", "1.5%", "百分之一百五十", "40 days", "14 hours", "2,400", "0.02 percentage point", "115%",
             "24 months", "twenty-four months", "百分之五", "万分之八", "3 hours", "45%", "2027年12月31日"]


def scan_selftest():
    for s in MUST_HIT:
        assert TH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not TH_RE.search(s), ("must miss", s, TH_RE.search(s))


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in TH_RE.finditer(variant)]
    return hits


# ---------------------------------------------------------------- reading the built files back
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


def length(text, zh):
    return len(re.sub(r"\s", "", text)) if zh else len(text.split())


def check_sums():
    assert 1160000 + 724000 + 188000 + 98000 == 2170000
    assert 434000 + 976500 + 759500 == 2170000 and 434000 == 2170000 * 0.20
    assert 708000 + 279000 + 117600 + 236000 + 210400 == 1551000
    assert 1551000 + 142000 + 96000 + 21000 == 1810000
    assert 6 * 118000 == 708000 and 6 * 46500 == 279000 and 12 * 9800 == 117600 and 4 * 52600 == 210400
    assert 362000 + 814500 + 633500 == 1810000 and round(1551000 * 0.28) == 434280
    assert 40 * 5400 == 216000 and 2 * 216000 + 86000 + 14000 == 532000
    assert 86 * 6200 == 533200 and 533200 + 128000 + 96000 + 64800 == 822000
    assert 68000 + 54000 + 8000 == 130000 and 84500 + 45500 == 130000 and 84500 == 130000 * 0.65
    assert 1260000 + 418000 + 96000 + 46000 == 1820000 and 364000 + 819000 + 637000 == 1820000
    assert 126000 == 1260000 * 0.10
    assert 180 * 1150 == 207000 and 2 * 207000 + 38000 == 452000
    assert 240 * 1850 == 444000 and 24 * 12600 == 302400 and 36 * 7400 == 266400
    assert 444000 + 302400 + 266400 + 388000 == 1400800 and 1400800 + 126400 + 92800 + 20000 == 1640000
    assert 164000 + 902000 + 574000 == 1640000 and round(1400800 * 0.08) == 112064
    assert 28 * 3900 == 109200 and 36 * 109200 == 3931200 and 3931200 + 148800 == 4080000
    assert 2 * 368000 + 24000 == 760000
    assert round(1160000 * 0.09) == 104400


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    check_sums()
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (s + "." + e, e) for k, (s, e) in built.items()}, OUT, wrap_words=True)
    covered = set()
    for key, (stem, ext) in FILES.items():
        path = OUT / (stem + "." + ext)
        if ext in ("txt", "md"):
            path.write_text(SRC[key], encoding="utf-8")
        label = make_label(key)
        _, _, _, fee_base, forum, rules = DESIGN[key]
        derived = derive_rules(label, fee_base, forum)
        assert derived == sorted(rules), (key, derived, sorted(rules))
        covered |= set(derived)
        for k, th in TH.items():
            v = label["expected_terms"][k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        share = tco_share(label, fee_base)
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (key, share)
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(path)
        zh = key[0] == "z"
        n = length(text, zh)
        lo, hi = (2750, 3000) if zh else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        print("%s  %-68s %5d %s  rules=%s  risk=%s  tco=%s" % (key, path.name, n, "chars" if zh else "words",
              ",".join(r[3:] for r in derived) or "-", risk(derived),
              "%.1f%%" % share if share is not None else "-"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
