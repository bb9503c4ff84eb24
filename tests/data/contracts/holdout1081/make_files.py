"""Builds the ten holdout1081 drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes their .json labels
and asserts lengths, threshold-free text and values, sums, and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市公安局电动自行车登记管理平台建设项目合同
P:合同编号：GA-DDC-2027-011　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市公安局交通警察支队
P:乙方（供应商）：安行智联科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方在平等自愿基础上，就电动自行车登记管理平台软件许可及定制开发事宜订立本合同，本合同文本由甲方提供。
H:第一条 项目内容
P:1.1 乙方向甲方提供电动自行车登记管理平台软件永久使用许可（含登记、核验、号牌、过户、注销、统计等标准模块），并按甲方需求完成定制开发，包括：与车辆生产企业合格证数据接口、与市场监管部门3C认证数据接口、线上预约登记小程序、移动核验终端应用、与交管综合平台的数据交换接口，以及统计分析报表。
P:1.2 乙方负责平台在甲方公安信息网及互联网区的部署、数据初始化、联调测试、试运行、培训及质保期内维护。
P:1.3 项目实施地点为甲方指定机房及全市十二个登记服务站。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾万元整（¥2,100,000），其中：平台软件许可费¥1,180,000；定制开发费¥760,000；实施部署费¥124,000；培训费¥36,000。
P:2.2 上述价款为含税固定总价，包括乙方为完成本项目所需的全部人工、差旅、测试、文档、税费等，除本合同另有约定外甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后二十个工作日内，甲方支付合同总价的20%作为预付款，即¥420,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥945,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥735,000。
P:3.4 乙方每次收款前应开具等额合法发票。甲方付款受财政资金拨付流程约束的，付款期限相应顺延，但甲方应及时办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后一百二十日内完成全部定制开发、部署及联调，并提交初步验收申请。
P:4.2 乙方应指定具有同类项目经验的项目经理常驻甲方现场，每周提交项目进度报告；未经甲方同意，乙方不得更换项目经理及核心开发人员。
P:4.3 乙方应对甲方业务骨干及各登记服务站操作人员进行培训，培训不少于八个批次，确保操作人员能够独立完成登记、核验及统计业务。
P:4.4 乙方应提交需求规格说明书、设计文档、测试报告、接口说明、部署手册、用户手册及定制开发部分的全部源代码。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准包括：（1）招标文件及本合同附件功能清单所列功能全部实现；（2）各数据接口连续运行十日无数据丢失，合格证数据与生产企业上传数据逐条比对一致；（3）在五百个并发用户条件下，登记业务页面响应时间不超过2秒，查询不超过3秒；（4）通过第三方机构出具的网络安全等级保护测评及软件安全检测。
P:5.2 初步验收合格后进入为期六十日的试运行，试运行期间未发生一级故障且遗留问题全部整改完毕的，甲方组织最终验收并出具书面验收报告。
P:5.3 平台上线使用、甲方支付款项或签收文档，均不视为验收合格；验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件维护、缺陷修复、版本升级及远程与现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥106,200，该费率在质保期满后三个年度内不得上调，维护合同逐年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护且经甲方同意的时间除外）。
P:7.2 故障分为三级。一级故障（登记业务中断或数据无法上传）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，次一工作日内解决；三级故障在下一版本中修复。
P:7.3 乙方未达到7.1或7.2要求的，每超过响应时限一小时扣付¥1,000，月可用率每低于承诺值0.01个百分点扣付¥2,000，甲方可从应付款或履约保函中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方及其下属单位可在全市范围内无限用户使用。
P:8.2 为本项目定制开发的接口程序、小程序、移动应用、报表及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可使用。
P:8.3 乙方保证所提供的软件不侵犯第三方知识产权，因侵权产生的全部责任由乙方承担。
H:第九条 数据安全
P:9.1 平台存储的车辆、车主身份、号牌及业务数据均属于甲方所有，乙方仅可为履行本合同在甲方授权范围内接触，不得以任何形式留存、复制、用于本合同以外的目的或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及公安信息安全管理规定，运维人员须经甲方审查，通过甲方堡垒机操作并留存日志，不得将数据导出至甲方网络以外。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、技术资料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除，乙方应要求其参与人员签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限交付或提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付的软件不符合约定，经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按国家有关规定承担相应责任。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目全部或部分转包或分包给第三方，不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及合同附件均为本合同组成部分，与本合同具有同等效力。
P:15.2 本合同未尽事宜，双方可另行签订书面补充协议，补充协议与本合同具有同等效力；双方往来通知以书面形式送达本合同首页所列地址。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件一：功能清单　附件二：接口清单　附件三：验收方案
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：　　年　　月　　日
"""

Z02 = """T:擦窗机生产线控制系统改造合同
P:合同编号：JC-KZ-2027-036
P:甲方：常州洁峰电动擦窗机制造有限公司
P:乙方：苏州恒拓自动化工程有限公司
P:甲方为提升电动擦窗机总装线、机身注塑后处理线及电机测试线的自动化水平，委托乙方对上述三条生产线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:（一）乙方负责拆除三条生产线原有继电器控制柜及老旧驱动器，新装PLC控制柜、伺服驱动及电机、人机界面（HMI）、视觉检测相机，并部署产线数据采集与监控软件。
P:（二）乙方负责编写并调试各工位控制程序、视觉检测算法参数、安全联锁逻辑，以及产线数据采集软件与甲方现有MES系统的数据接口。
P:（三）乙方负责设备安装、布线、单机调试、联机调试、试生产配合及操作、维修人员培训。改造施工应利用甲方安排的停产窗口，每条生产线停线时间不得超过十日。
H:第二条 合同价款
P:（一）合同总价为人民币贰佰叁拾玖万元整（¥2,390,000），含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控模块、IO模块、安全继电器）|6套|128,000|768,000
TB:2|伺服驱动器及伺服电机|48套|9,500|456,000
TB:3|HMI触摸屏|12台|14,000|168,000
TB:4|视觉检测相机及光源|8套|26,000|208,000
TB:5|产线数据采集与监控软件许可（永久）|1套|360,000|360,000
TB:|设备及软件小计|||1,960,000
TB:6|安装、布线及调试|1项|238,000|238,000
TB:7|定制控制程序及MES接口开发|1项|172,000|172,000
TB:8|操作及维修培训|1项|20,000|20,000
TB:|合计|||2,390,000
P:（二）上述价款包括设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款方式
P:（一）合同签订后十五个工作日内，甲方支付合同总价的10%，即¥239,000。
P:（二）全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的55%，即¥1,314,500。到货签收仅确认数量及外观，不代表质量验收。
P:（三）三条生产线全部通过终验后，甲方支付合同总价的35%，即¥836,500。
P:（四）乙方每次请款时应提交增值税专用发票及相应的签收单或验收报告，甲方在收到完整资料后二十个工作日内付款。
H:第四条 工期
P:（一）乙方应在合同签订后七十五日内完成全部设备到货，并按甲方停产窗口完成安装调试，三条生产线的终验申请应在合同签订后一百五十日内提交。
P:（二）因甲方原因未能按期提供停产窗口的，工期相应顺延。
P:（三）乙方应在开工前提交施工组织方案、停线切换方案及回退预案，经甲方设备部门书面确认后方可实施。每条生产线切换完成后，乙方应配合甲方进行首件检验，首件不合格的，乙方应立即启动回退预案，恢复原有生产能力。
P:（四）乙方应在终验前交付电气原理图、接线图、PLC及HMI程序备份、参数清单、操作规程、维修手册、备件清单等技术资料各两套（纸质及电子版）。
H:第五条 验收
P:（一）终验标准：1. 各工位动作节拍达到技术协议规定，总装线节拍不超过每台48秒；2. 视觉检测对标准缺陷样件的检出率不低于98%，误判率不高于1%；3. 安全联锁、急停功能经逐项测试全部有效；4. 产线数据采集软件与MES接口连续运行十五日数据一致；5. 连续试生产二十日无一级故障。
P:（二）终验由甲方生产、设备、质量部门共同进行并出具书面验收报告。设备投入生产使用或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改后重新验收，由此增加的费用由乙方承担。
H:第六条 质量保证及维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费更换故障部件，免费提供软件缺陷修复及程序优化。
P:（二）质保期满后，乙方提供维保服务，维保年费为设备及软件小计的18%，即每年¥352,800，质保期满后三个年度内不作调整。维保服务内容包括定期巡检、备件更换、程序维护及软件升级。
P:（三）控制系统月可用率不低于99.5%。月可用率每低于承诺值0.1个百分点，乙方向甲方支付¥3,000。
P:（四）一级故障（生产线停线）乙方应在1小时内响应，3小时内到达现场；二级故障（单工位停机）2小时内响应，当日到场。乙方每超过响应时限一小时，向甲方支付¥800。
H:第七条 知识产权
P:（一）产线数据采集与监控软件的知识产权归其权利人所有，甲方获得永久使用许可。
P:（二）乙方为本项目编写的控制程序、视觉检测配方、MES接口程序及其源代码、电气图纸归甲方所有，甲方有权自行修改或委托第三方使用。
P:（三）乙方保证所提供的设备、软件及程序不侵犯任何第三方的知识产权，因侵权引起的索赔由乙方负责处理并承担费用。
H:第八条 数据安全与保密
P:（一）工艺参数、产量、质量检测数据及图像均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方逐次授权，通过甲方提供的安全通道接入，并保留操作记录。乙方应采取必要措施防止数据泄露、篡改，发生数据安全事件的应在2小时内通知甲方，因乙方原因造成损失的由乙方全额赔偿。
P:（三）乙方对知悉的甲方工艺、产品设计及经营信息承担保密义务，未经甲方书面同意不得披露，保密期限至相关信息公开为止。
H:第九条 违约责任
P:（一）乙方逾期交货或逾期提交终验申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）乙方提供的设备或程序经两次整改仍不能通过验收的，甲方有权退货并要求乙方返还已付款项、赔偿损失。
H:第十条 分包
P:乙方可将电气安装及布线工作交由具备资质的第三方施工单位实施，但应提前五个工作日书面通知甲方，并对该第三方的施工质量和安全承担责任。
H:第十一条 合同解除
P:（一）乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
P:（二）合同解除后，乙方应在十日内撤出现场，移交已完成部分的程序、图纸及技术资料，双方按已完成并经确认的工作量进行结算。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商解决；协商不成的，任何一方均可提交常州仲裁委员会按其届时有效的仲裁规则仲裁。仲裁期间，与争议无关的合同义务应继续履行。
H:第十三条 安全生产与现场管理
P:（一）乙方进入甲方厂区施工，应遵守甲方安全生产、动火作业、登高作业及能源隔离（挂牌上锁）管理制度，施工人员须持有相应特种作业证书并接受甲方入厂安全培训。
P:（二）乙方应为其施工人员办理意外伤害保险。因乙方原因发生安全事故的，由乙方承担全部责任；造成甲方设备损坏或停产损失的，乙方应予赔偿。
P:（三）施工期间乙方应保持现场整洁，拆除的旧控制柜及废旧电缆按甲方指定地点堆放，由甲方统一处置。
H:第十四条 其他
P:（一）任何一方变更联系人或通知地址的，应提前书面告知对方。本合同未尽事宜，双方可签订补充协议。
P:（二）本合同附件包括技术协议、设备清单及验收方案，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """笙韵传习连锁培训机构
预约排课及会员管理系统（SaaS）服务合同

合同编号：SY-IT-2027-004
甲方：杭州笙韵文化艺术培训有限公司（下辖三十家门店）
乙方：云课通信息技术（杭州）有限公司

甲方为统一旗下三十家笙培训门店的课程预约、排课、会员及收银管理，采购乙方提供的预约排课及会员管理系统云服务（以下简称"本服务"）及配套实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务：乙方以软件即服务方式向甲方三十家门店提供本服务，包括课程预约、教室及教师排课、会员卡及课时包管理、线上支付收银、家长端微信小程序、营销工具及经营报表模块。
（二）实施服务：
1. 三十家门店基础资料、课程体系、教师及教室信息的配置；
2. 甲方现有会员、课时余额及消费记录的数据迁移与核对；
3. 家长端小程序按甲方品牌定制页面，并与甲方微信支付商户号对接；
4. 按甲方需求开发门店经营对比、教师课时统计两类定制报表；
5. 总部管理员及门店前台人员培训。
（三）服务年度：本服务自上线验收合格之日起计算，共两个服务年度，每个服务年度为自起算日起至次年对应日前一日止。

二、费用及支付
（一）订阅费：每家门店每个服务年度¥9,600，三十家门店每个服务年度合计¥288,000，两个服务年度合计¥576,000。
（二）实施费¥148,000，培训费¥26,000。
（三）合同总价为¥750,000（含税）。
（四）支付方式：
1. 实施费及培训费在上线验收合格后十五个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付；
3. 乙方应在甲方付款前开具等额增值税发票。
（五）本合同不设预付款。门店数量在服务期内增加的，新增门店按同一单价按月折算计费。
（六）订阅费包含系统使用、数据存储、每门店每月五百条短信通知及版本升级，超出部分的短信费用按乙方报价另计。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施服务并提交上线验收申请。
（二）上线验收标准：
1. 合同附件所列功能全部可用；
2. 迁移的会员、课时余额数据与甲方原系统逐条核对一致，差异全部查明并更正；
3. 小程序预约、支付、退款流程在全部门店测试通过；
4. 连续七日试运行期间未发生一级故障。
（三）甲方应在收到申请后十个工作日内组织验收并出具书面意见。试运行期间的使用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新提交验收，整改期间不计入服务年度。

四、服务水平
（一）本服务月可用率不低于99.95%，乙方计划内维护应安排在每日零时至六时之间并提前两日通知甲方。
（二）故障分级及响应：一级故障（全部门店无法预约或收银）15分钟内响应、2小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应、8小时内恢复；三级故障在五个工作日内解决。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，乙方减免甲方当月订阅费的3%；一级故障每超过恢复时限一小时，乙方另行减免¥500。减免金额从下一期订阅费中扣除，服务期末无下一期的，乙方应以现金退还。
（四）乙方应按月向甲方提供服务水平报告，列明当月可用率、故障清单及补偿金额；甲方有异议的，双方以系统监控记录为准核对。

五、数据安全
（一）乙方应将甲方数据存储于中国境内的数据中心，系统应通过网络安全等级保护三级测评，对会员个人信息加密存储，按最小权限原则控制员工访问并保留访问日志。
（二）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的数据安全事件，乙方承担全部赔偿责任。
（三）乙方应每日对甲方数据进行备份，备份数据至少保留三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。

六、数据权属
（一）甲方录入及本服务运行中产生的会员信息、课程、排课、消费及经营数据归甲方所有。
（二）甲方同意，乙方有权对上述数据进行去标识化处理后，形成汇总数据用于乙方产品优化、行业分析报告及对其他客户的经营对标服务，该等汇总数据的权利归乙方所有。

七、知识产权
（一）本服务平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、品牌素材及定制报表的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。

八、双方的其他权利义务
（一）甲方应指定总部项目负责人，及时提供门店资料、原系统数据导出文件及微信支付商户号等实施所需资料，并组织门店人员参加培训。
（二）乙方应指定专职客户成功经理，每季度向甲方提交服务报告，内容包括可用率、故障处理、版本更新及门店使用情况，并与甲方召开服务回顾会议。
（三）乙方对系统进行重大版本升级或调整功能的，应提前十五日通知甲方，不得降低合同约定的功能及服务水平；升级造成门店数据丢失或业务中断的，按故障处理并承担责任。
（四）乙方应提供工作日九时至二十一时的电话及在线客服，周末及寒暑假招生高峰期应安排专人值守，门店前台人员可直接提交工单。
（五）乙方应向甲方提供全部门店的操作培训，线上培训不少于六场，总部集中培训不少于两场，并提供操作手册及教学视频。

九、保密
双方对在合作过程中获知的对方商业秘密、经营数据及技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

十、违约责任
（一）乙方未能按第三条约定期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或数据安全事件造成的损失不受此限。
（三）甲方逾期支付订阅费超过三十日的，乙方可在书面催告后暂停服务。

十一、期限与续期
（一）本合同有效期自签订之日起至第二个服务年度届满之日止。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期期间的订阅单价由乙方根据其届时价格政策确定，乙方应提前三十日书面通知甲方。

十二、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十三、合同解除
乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，乙方应退还已付未使用期间的订阅费并赔偿损失。连续两个月月可用率低于承诺值，或一个服务年度内发生三次以上一级故障的，视为乙方严重违约。合同解除或终止时，乙方应按第五条完成数据导出与删除，并配合甲方向新系统迁移，过渡期内不得中断服务。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十五、其他
（一）双方的通知应以书面形式送达本合同载明的地址或联系人邮箱，邮件发出即视为送达。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、门店清单、服务水平说明。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """下穿隧道积水监测系统运行维护服务合同

项目编号：SZSS-CS-2027-017（竞争性磋商）
甲方（采购人）：某市市政设施管理处
乙方（成交供应商）：江城水联物联网科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就全市下穿隧道积水监测系统运行维护服务订立本合同。

第一条 服务范围
1. 运维对象：全市十八座下穿隧道的积水监测站（含雷达液位计、压力式水位计、雨量计、视频监控摄像机、现场控制箱）、隧道入口LED积水警示屏及声光报警装置、积水监测管理平台软件及其与城市防汛指挥平台的数据接口。
2. 服务内容：设备日常巡检、定期清淤与校准、故障维修及备件更换、平台运行监控、数据质量检查、汛期应急值守、月度及年度运维报告编制。
3. 服务期限：自2027年3月1日起至2028年2月29日止。
4. 进场交接：服务期限开始前十日内，乙方应在甲方组织下与原运维单位完成现场交接，逐站核对设备状态并形成交接清单；交接中发现的既有缺陷，由甲方确认后另行处理，不计入乙方考核。

第二条 服务要求
1. 日常巡检：非汛期每座隧道每月巡检不少于两次，汛期（每年5月至9月）每周不少于一次；暴雨预警发布后，乙方应在两小时内完成重点隧道的现场检查。
2. 定期维护：液位计每季度校准一次，校准记录报甲方备案；集水井及传感器周边淤积每月清理一次。
3. 汛期值守：汛期内乙方应安排不少于六名运维人员、两辆应急车辆全天候待命，并服从甲方防汛调度。
4. 乙方应建立备品备件库，常用备件储备量满足同时更换三个站点的需要。更换的备件应为原品牌或经甲方书面认可的同等性能产品，并附合格证明；拆下的旧件登记后交甲方处置。
5. 运维报告：乙方应在每月五日前提交上月运维月报，内容包括巡检情况、故障及处理、校准结果、数据质量分析及下月计划；汛期每次强降雨过程结束后两日内提交专项报告。
6. 应急演练：乙方应在汛期前配合甲方组织不少于两次积水报警及封闭交通联动演练，演练中发现的问题应在五日内整改完毕。
7. 系统完善建议：乙方应结合运行情况，每半年向甲方提出监测点位优化、设备更新及平台功能完善的书面建议，供甲方决策参考，但不得借此增加本合同费用。

第三条 服务水平
1. 积水监测管理平台月可用率不低于99.95%。
2. 故障分级及响应：一级故障（任一隧道积水报警失效、警示屏不能显示或平台中断）乙方应在30分钟内响应，汛期1小时内、非汛期2小时内到达现场，6小时内恢复；二级故障（单个传感器数据异常、视频中断）1小时内响应，次日内修复；三级故障在三个工作日内修复。
3. 考核扣款：平台月可用率每低于承诺值0.01个百分点，扣减当季运维费¥1,000；一级故障每超过响应或恢复时限一小时扣减¥800；漏报积水报警经查实的，每次扣减¥5,000。扣款在季度付款时一并结算。

第四条 合同价款及支付
1. 合同总价为人民币陆拾捌万陆仟元整（¥686,000），含税，包括人工、车辆、备件、校准、通信及税费等全部费用。
2. 合同价款按季度支付，每季度¥171,500。乙方在每季度结束后提交季度运维报告，经甲方考核合格并扣减考核扣款后，甲方在十五个工作日内支付当季费用。
3. 本合同不设预付款。

第五条 考核与验收
1. 季度考核：甲方依据巡检记录、平台运行日志、故障工单及抽查结果，对照第二条、第三条要求逐项考核，并出具书面考核意见。
2. 年度验收：服务期满后，甲方组织年度验收，验收标准为：全部设备运行正常且校准记录完整；年度内未发生因乙方原因导致的积水报警漏报；全部故障工单闭环；运维档案、备件台账及年度报告齐全。
3. 季度考核及年度验收结果将作为甲方对乙方履约评价的依据，并记入供应商履约档案。
4. 验收不合格的，乙方应在十日内整改；整改后仍不合格的，甲方可扣留最后一季度运维费的相应部分。

第六条 数据安全
1. 监测数据、视频图像及平台运行数据均属于甲方所有，乙方仅可为履行本合同使用，不得留存、复制或向任何第三方提供。
2. 乙方运维人员应通过甲方指定的运维终端和堡垒机访问平台，账号实名管理，操作留痕，禁止擅自开启远程访问端口，禁止在运维终端上安装与运维无关的软件。
3. 发生数据泄露、篡改或平台遭受网络攻击的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。

第七条 保密
乙方对履约中知悉的隧道设施布防、防汛预案、系统账号及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条在合同终止后继续有效。

第八条 知识产权
乙方在服务期间编写的运维脚本、校准程序、数据质量检查工具、运维文档及报告的知识产权归甲方所有，甲方有权自行使用、修改或交由第三方使用。

第九条 违约责任
1. 乙方未能在服务期限起始之日进场接管运维的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
2. 因乙方未履行巡检、维护义务导致积水报警失效并造成人员伤亡或财产损失的，乙方依法承担赔偿责任。
3. 乙方在本合同项下的累计赔偿责任总额不超过合同总价的50%。
4. 甲方无正当理由逾期付款的，应按未付金额每日万分之二向乙方支付违约金。

第十条 合同的履行与终止
1. 合同履行期间，除发生不可抗力外，任何一方均不得单方解除本合同。乙方违约的，甲方可按本合同约定扣减费用、要求支付违约金并督促乙方整改。
2. 服务期满本合同自然终止，不自动续期。甲方如需继续采购运维服务，应依法另行组织采购。
3. 合同终止时，乙方应移交全部运维档案、备件台账、账号及平台配置资料，并配合新的运维单位完成交接，交接期不少于十五日。交接期间乙方仍应按本合同要求保障系统正常运行，交接完成后双方签署交接确认书。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 人员与安全
1. 乙方应组建不少于十名的专职运维团队，项目负责人应具有中级以上工程技术职称，人员名单报甲方备案，变更须经甲方同意。
2. 乙方进入隧道作业应按规定办理占道作业手续，设置警示标志，落实交通疏导及有限空间作业安全措施，因乙方原因发生的安全事故由乙方负责。

第十三条 甲方的义务
1. 甲方应向乙方提供现有设备清单、竣工资料、平台账号及接口说明，并协调交警、排水等部门配合乙方现场作业。
2. 甲方应为乙方提供现场作业所需的电源及临时停放场地，并及时审核乙方提交的报告及考核资料。
3. 甲方发现设备异常或接到群众反映的，应及时通知乙方处理，乙方处理时间自接到通知时起计算。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
签订日期：
"""

Z05 = """# 软件许可及定制开发合同

（墨匠科技标准合同文本 V3.0 · 乙方提供）

合同编号：MJ-HT-2027-0158

甲方：南京素笺书籍装帧工作室有限公司

乙方：南京墨匠软件科技有限公司

鉴于甲方从事精装书、手工线装书及艺术画册的装帧设计与制作业务，拟采购乙方"匠途"工序追踪管理软件并委托乙方进行定制开发，双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"匠途"工序追踪管理软件V5（以下简称"软件产品"）的使用许可，许可范围为甲方南京工作室，并发用户数不超过六十个。

1.2 乙方按甲方需求进行定制开发，包括：装帧工序模板（裁切、折页、配页、锁线、起脊、烫金、裱封等）、订单与工序流转看板、扫码报工小程序、物料及纸张损耗统计、与甲方财务软件的数据接口。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 软件产品的功能以乙方产品说明书为准，定制开发的范围以双方确认的《定制需求说明》为准，未列入的功能不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "匠途"工序追踪管理软件V5使用许可 | 420,000 |
| 2 | 定制开发（工序模板、看板、报工小程序、损耗统计、财务接口） | 100,000 |
| 3 | 安装部署、数据初始化及培训 | 40,000 |
| | 合计 | 560,000 |

2.1 合同总价为人民币伍拾陆万元整（¥560,000），含税。

2.2 合同履行过程中甲方提出的需求变更，乙方另行报价，经双方确认后执行。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥364,000，乙方收到该款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥196,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施或技术服务。

3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应提前提供开票信息。

## 第四条 实施与交付

4.1 乙方在收到第3.1条款项后九十日内完成定制开发及部署，具备上线条件。

4.2 甲方应按乙方要求及时提供业务资料、工序说明、现场网络及服务器环境，并指定专人配合；因甲方原因造成的延误，工期相应顺延。

4.3 乙方交付软件安装介质、操作手册及培训材料。定制开发部分以可执行程序形式交付，乙方不交付源代码。

4.4 乙方为甲方提供两次集中操作培训，每次不超过一日，培训对象为甲方管理人员及各工序班组长；超出部分的培训按乙方人天单价另行收费。

4.5 甲方自行采购的服务器、扫码枪、平板终端及网络设备应满足乙方提出的配置要求，因甲方设备或网络原因导致软件运行异常的，不属于乙方责任。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线前提出的问题，乙方在上线后的维护中逐步完善，不影响验收结论及付款。

## 第六条 免费维护与维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护，内容为软件缺陷修复及远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应向乙方支付年度维护费，年度维护费为软件使用许可费的25%，即每年¥105,000，按年预付。甲方未支付维护费的，乙方不再提供缺陷修复、升级及技术支持。

6.3 服务响应：甲方报告的一级故障（系统无法登录或无法报工），乙方在工作日8小时内响应；其他问题在三个工作日内响应。现场服务需另行收取差旅费用。维护期内乙方每季度提供一次远程巡检，并向甲方发送巡检记录。

6.4 以下情形不属于免费维护范围，乙方可另行收费：甲方或第三方擅自修改软件、数据库或运行环境；甲方操作不当或使用未经乙方认可的硬件；甲方新增的功能需求或报表需求；因病毒、断电等外部原因造成的故障及数据恢复。

6.5 乙方发布的软件新版本，甲方在维护服务有效期内可免费升级；升级涉及定制功能适配的，适配工作另行计费。

## 第七条 知识产权

7.1 软件产品的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的工序模板、看板、小程序、接口程序及相关文档的知识产权均归乙方所有，甲方在许可期限内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方在软件中录入和产生的订单、客户、工序及物料数据归甲方所有，乙方仅为履行本合同之目的接触该等数据。

8.2 乙方实施及维护人员访问甲方系统应经甲方同意，采取访问控制、日志记录等安全措施，不得复制或向第三方提供甲方数据；发生数据泄露的，乙方应及时通知甲方并采取补救措施，因乙方过错导致的，乙方承担相应赔偿责任。

8.3 甲方应自行做好数据的日常备份。因甲方未备份或备份不当导致的数据损失，乙方可协助恢复，但不承担责任，协助恢复按乙方人天单价收费。

## 第九条 软件使用限制

9.1 甲方不得将软件产品出租、出借、转让或以其他方式提供给第三方使用，不得超出许可的用户数或场所使用。

9.2 甲方需增加并发用户数或新增使用场所的，应按乙方届时的许可报价另行采购。

9.3 甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

## 第十条 保密

双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 乙方未按第4.1条约定完成部署的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方违反第七条约定使用定制成果的，应赔偿乙方全部损失。

11.3 任何一方违反本合同约定的，应承担相应违约责任，但乙方不对甲方的间接损失、预期利润损失或商誉损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已付款项不予退还。

12.3 合同解除后，甲方应停止使用软件产品及定制成果，并在十日内删除全部安装副本；乙方可协助甲方按通用格式导出甲方业务数据，导出服务另行收费。

## 第十三条 不可抗力

因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。不可抗力持续超过六十日的，双方协商合同是否继续履行。

## 第十四条 争议解决

因本合同产生的争议，双方应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章且乙方收到第3.1条款项之日起生效。

15.2 双方的通知以电子邮件或书面方式送达合同首页载明的联系人，发出之日起第二日视为送达。

15.3 本合同一式两份，双方各执一份，附件为本合同不可分割的组成部分。附件：定制需求说明、报价单。

甲方（盖章）：

乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. SLA-WMS-2027-09
P:This Agreement is made between Lengleng Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhan, Hubei Province (the "Customer"), and Shannonside Warehouse Systems Limited, a company incorporated in Ireland with its registered office at Kenyon Street, Nenagh, County Tipperary, Ireland (the "Vendor").
P:The Customer operates temperature-controlled warehouses in Wuhan, Changsha and Zhengzhou and wishes to replace its warehouse management software. The Vendor develops and licenses the FrostTrack warehouse management system. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FrostTrack WMS version 8 in object code, including the warehouse, yard, labour and cold-chain temperature modules listed in Annex 1, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all interfaces, reports, label templates, scripts, configurations and documents created by the Vendor specifically for the Customer under this Agreement, including the interfaces with the Customer's ERP, transport management system and temperature loggers.
P:1.3 "Customer Data" means all data entered into, stored in or generated by the Software in the Customer's operations, including inventory, order, customer, temperature and personal data.
P:1.4 "Go-Live" means the first day on which the Software is used for live operations in all three warehouses.
P:1.5 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in mainland China for the business of the Customer and its affiliates, for up to 450 named users and three warehouse sites.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Additional users or sites may be added at the unit prices in Annex 2 for three years from the Effective Date.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Annex 1: business process analysis, configuration of the three sites, development of the Custom Deliverables, migration of master data and open orders from the Customer's legacy system, integration testing, cut-over support and training for key users and warehouse supervisors.
P:3.2 The Vendor shall appoint a project manager fluent in Chinese who will be on site in Wuhan during design, testing and cut-over, and shall provide a detailed project plan within 15 days after the Effective Date.
P:3.3 The Vendor shall complete configuration and testing so that Go-Live occurs no later than 140 days after the Effective Date, and shall submit the system for Final Acceptance no later than 60 days after Go-Live.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,960,000, inclusive of all taxes, consisting of: Licence Fee CNY 1,360,000; implementation services CNY 420,000; data migration CNY 142,000; and training CNY 38,000.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price, CNY 392,000, within 30 days after the Effective Date against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 45%, CNY 882,000, within 30 days after Go-Live; and (c) 35%, CNY 686,000, within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY to the Vendor's designated bank account. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 Before Go-Live the Vendor shall carry out the integration tests agreed in the acceptance test plan, including complete reconciliation of migrated stock by location and batch, label printing at every dock, and end-to-end data exchange with the ERP and transport management system.
P:5.2 After Go-Live the Software shall run in live operation for 30 consecutive days. During that period it must process peak daily volumes of at least 18,000 order lines with average screen response below two seconds, record temperature readings from every logger without gaps, and operate without any Severity 1 incident.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met and all open defects of Severity 2 are closed, the Customer shall issue a Final Acceptance certificate within 10 working days. Go-Live, live use or any payment does not constitute acceptance.
P:5.4 If the Software fails acceptance, the Vendor shall correct the defects within 15 days and the tests shall be repeated at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specifications in Annex 1 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct all defects and provide updates and support free of charge.
P:6.2 Support is available in Chinese and English. Severity 1 incidents (a warehouse cannot receive, pick or ship goods) shall be responded to within one hour at any time and resolved or worked around within eight hours. Severity 2 incidents shall be responded to within two hours during business hours and resolved within two working days.
P:6.3 For each full hour by which the Vendor exceeds a response or resolution time for a Severity 1 incident, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or paid on demand.
P:6.4 After the warranty period, the Customer may order annual support, which includes updates, defect correction and the service levels of Article 6.2, at an annual fee of 11% of the Licence Fee, being CNY 149,600 per year. This fee shall not increase for the first three years after the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development, in any form.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's remote access gateway with individual accounts approved for each session, shall not copy Customer Data outside mainland China or outside the Customer's systems, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within six hours, shall take all measures to contain it, and shall be liable for all losses, fines and costs caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations continue for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Go-Live does not occur by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limitation does not apply to Article 8, Article 9, infringement claims, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice of it.
P:12.2 The Customer may also terminate if delay damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund all amounts paid for services not accepted, and the licence in Article 2 continues for the Software paid for.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of Ireland.
P:13.2 The courts of Ireland sitting in Dublin have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Scope and Specifications), Annex 2 (Price List) and Annex 3 (Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 The English text prevails over any translation. Notices shall be in writing and sent to the addresses above.
P:14.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts longer than 60 days, either party may end the affected services by written notice.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# ORDER FORM No. TFS-2027-0412

**Vendor:** Suir Field Services Software Limited, Slievenamon Road, Thurles, County Tipperary, Ireland ("Vendor")

**Customer:** Jiangnan Climate Engineering Co., Ltd., Building 7, Xinzhuang Industrial Park, Minhang District, Shanghai, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing, the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Service

Vendor will provide its FieldPilot field service management platform as a hosted subscription service (the "Service"), covering work-order dispatch, technician scheduling, mobile job sheets with photo and signature capture, spare-parts tracking, preventive maintenance plans for commercial air-conditioning and ventilation systems, customer portal, and management dashboards. The Service is provided for up to 260 technician users and 40 office users of Customer and its branches in Shanghai, Suzhou and Hangzhou.

### A2. Subscription Term

The Subscription Term starts on the Service Start Date stated in the onboarding acceptance note under A5 and runs for two Subscription Years. Each Subscription Year runs from the Service Start Date, or its anniversary, to the day before the next anniversary.

### A3. Fees

| Item | Description | Fee (CNY, incl. VAT) |
|---|---|---|
| 1 | Subscription fee, Subscription Year 1 (260 technician users, 40 office users) | 318,000 |
| 2 | Subscription fee, Subscription Year 2 (same quantities) | 318,000 |
| 3 | Onboarding services (configuration, data import, ERP connector, training) | 64,000 |
| | Total fees for the Subscription Term | 700,000 |

Additional users may be added at any time at the per-user rate implied by the table, pro rata for the rest of the Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced on the date of Onboarding Acceptance under A5.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Invoices are payable within 30 days of receipt by bank transfer in CNY to the account designated by Vendor. No amount is payable before Onboarding Acceptance.

### A5. Onboarding and Onboarding Acceptance

(a) Vendor will complete the onboarding services within 50 days after the date this Order Form is signed by both parties (the "Target Date"). Onboarding includes configuration of Customer's service contracts, asset register and parts catalogue, import of open work orders and the last two years of service history, the connector to Customer's ERP for parts and invoicing, and training of dispatchers, supervisors and technicians.

(b) Onboarding Acceptance occurs when Customer confirms in writing that: (i) all configured workflows in the onboarding specification have been tested successfully with Customer's users; (ii) imported records have been reconciled with Customer's source data and all differences explained or corrected; (iii) the ERP connector has exchanged parts and invoicing data correctly for ten consecutive working days; and (iv) at least 200 technicians have completed jobs through the mobile application. Use of the Service before that confirmation is not acceptance.

(c) If Onboarding Acceptance is delayed beyond the Target Date for reasons attributable to Vendor, Vendor shall pay Customer CNY 420 for each day of delay, deducted from the first invoice.

### A6. Contacts and Signatures

Customer contact: Head of Service Operations. Vendor contact: Account Director, China.

Signed for Customer: __________________ Date: ________

Signed for Vendor: __________________ Date: ________

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Vendor will make the Service available to Customer's authorised users during the Subscription Term through web browsers and the FieldPilot mobile application for Android and iOS.

1.2 Vendor will use commercially reasonable efforts to keep the Service available and to carry out maintenance outside Customer's normal working hours where possible. Vendor does not commit to any particular level of availability or performance.

1.3 Support requests may be submitted by email or through the in-app help function. Vendor's support desk operates during business hours in Ireland and will answer requests in the order received. Vendor does not commit to any response or resolution time.

1.4 Vendor may update the Service from time to time, provided that updates do not materially reduce the functions described in A1.

### 2. Customer Obligations

2.1 Customer is responsible for its users' compliance with this Order Form, for keeping login credentials secure and for the accuracy of the data it enters.

2.2 Customer shall not resell the Service, attempt to reverse engineer it or use it to build a competing product.

2.3 Customer shall provide Vendor with timely access to the people, data and ERP test environment needed for onboarding. Delays caused by Customer extend the Target Date accordingly.

### 3. Customer Data

3.1 All data entered into the Service by or for Customer, and all data generated by the Service from it, including customer, site, asset, job, photo, location and personal data ("Customer Data"), belongs to Customer.

3.2 Vendor shall use Customer Data only to provide the Service to Customer under this Order Form. Vendor shall not use Customer Data, in identified, de-identified or aggregated form, for any other purpose.

3.3 On Customer's request during the Subscription Term and for 60 days after it ends, Vendor shall provide an export of all Customer Data in CSV and image formats at no extra charge, and shall then delete Customer Data from its systems and certify the deletion in writing.

### 4. Data Security

4.1 Vendor shall host Customer Data in a data centre located in mainland China operated by a provider holding an MLPS level-3 record, and shall maintain ISO 27001 certification for the Service.

4.2 Vendor shall encrypt Customer Data in transit and at rest, restrict staff access to named personnel with multi-factor authentication, log all administrative access, and keep daily backups.

4.3 Vendor shall notify Customer of any security incident affecting Customer Data within eight hours of becoming aware of it, shall cooperate fully in its investigation, and shall bear all losses and costs caused by a security incident resulting from its breach of this Section 4.

4.4 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and shall not transfer Customer Data outside mainland China.

### 5. Intellectual Property

5.1 Vendor retains all rights in the Service and its underlying software.

5.2 Workflows, forms, report templates and other configurations created for Customer during onboarding ("Customer Configurations") belong to Customer. Customer may use, modify and have third parties use them freely, and Vendor shall export them on request.

### 6. Confidentiality

6.1 Each party shall keep confidential the non-public information disclosed by the other party, shall use it only for this Order Form and shall not disclose it to third parties without prior written consent, except to its professional advisers under equivalent duties.

6.2 This Section survives for three years after the end of the Subscription Term.

### 7. Sub-processors

Vendor shall not engage any sub-processor or subcontractor in providing the Service without Customer's prior written consent. Vendor remains responsible for any approved sub-processor.

### 8. Renewal

8.1 At the end of the Subscription Term, this Order Form renews automatically for successive periods of one Subscription Year each unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

8.2 Vendor may increase the subscription fees for any renewal period by giving Customer written notice at least 45 days before the renewal date. The increased fees apply from the start of the renewal period.

### 9. Liability

9.1 Each party's total liability under this Order Form is limited to two times the total fees stated in A3.

9.2 The limit in 9.1 does not apply to breach of Section 3, Section 4 or Section 6, to personal injury, or to fraud or wilful misconduct.

### 10. Term and Termination

10.1 Customer may terminate this Order Form by written notice if Vendor commits a material breach and fails to remedy it within 20 days after written notice.

10.2 Vendor may suspend the Service if an undisputed invoice remains unpaid 30 days after a written reminder.

10.3 On termination for Vendor's breach, Vendor shall refund the prepaid subscription fees for the period after termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent.

12.2 Notices shall be given in writing to the contacts in A6.

12.3 Neither party is responsible for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it informs the other party promptly and resumes performance as soon as possible. Payment obligations for services actually received are not excused.

12.4 This Order Form is the entire agreement between the parties about the Service and replaces any earlier proposals. Vendor's online terms, click-through terms or invoice terms do not apply.
"""

E03 = """T:Supply Contract for Warehouse Environmental Monitoring Sensors and Monitoring Software
P:Contract No. KY-PUR-2027-088 (Buyer's standard form)
P:Buyer: Kangyuan Pharmaceutical Distribution Co., Ltd., No. 16 Jinqiao Road, Jinan, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Moy Valley Sensing Technologies Limited, Market Square, Castlebar, County Mayo, Ireland (the "Supplier").
P:The Buyer operates six pharmaceutical warehouses and cold rooms that must monitor temperature and humidity continuously under the Good Supply Practice rules. The Buyer has selected the Supplier's sensors, gateways and monitoring software after a competitive tender. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in Clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under Clause 8.
P:1.3 "System" means the Equipment, the Software and the integration work, installed and configured at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under Clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System in the Buyer's six warehouses in Jinan, Zibo and Weifang, including mapping of sensor positions, mounting, gateway network set-up, configuration of alarm thresholds chosen by the Buyer's quality department, integration with the Buyer's warehouse management system, and SMS and telephone alarm notification.
P:2.2 The Supplier shall supply calibration certificates for every sensor issued by a calibration laboratory accredited by CNAS, and validation documents sufficient for the Buyer's GSP inspection.
P:2.3 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to replace at least 5% of the installed quantity at short notice, and shall guarantee the availability of spare parts and Software support for the Equipment for at least eight years after Final Acceptance.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,100,000, including VAT, delivery to site, insurance, installation and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors with probe, calibrated|860|1,150|989,000
TB:2|Gateways with 4G backup link|46|6,500|299,000
TB:3|ColdWatch monitoring software, perpetual licence, 900 channels|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,774,000
TB:4|Installation, sensor mapping and on-site calibration|1 lot|212,000|212,000
TB:5|Integration with WMS, SMS and telephone alarms|1 lot|96,000|96,000
TB:6|Training of quality and warehouse staff|1 lot|18,000|18,000
TB:|Total Contract Price|||2,100,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, taxes or costs.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price, CNY 210,000, within 20 working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price, CNY 1,155,000, within 20 working days after the Installation Certificate for all six warehouses is signed. The Installation Certificate confirms completeness of installation only and is not acceptance of the System.
P:4.3 The Buyer shall pay the balance of 35% of the Contract Price, CNY 735,000, within 20 working days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's sites within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:5.2 The Supplier shall coordinate with the Buyer's warehouse operations so that installation does not interrupt the storage of goods, and shall work in cold rooms only with the Buyer's escort.
P:5.3 The Supplier shall train the Buyer's quality managers, warehouse supervisors and IT staff in two sessions at each city, covering daily monitoring, alarm handling, report generation, sensor replacement and audit trail review, and shall provide user manuals in Chinese.
P:5.4 The Buyer shall provide power supply points, network access for the gateways, escorts for restricted areas and a contact person at each warehouse. Delays caused by the Buyer extend the dates in Clause 5.1 accordingly.
H:6. Acceptance
P:6.1 After commissioning, the System shall undergo a 30-day trial run in all warehouses.
P:6.2 Acceptance criteria are: (a) every sensor is within its specified accuracy at the comparison test against the Buyer's reference thermometer at three temperature points; (b) readings from every sensor are recorded at the configured interval with no gap longer than ten minutes during the trial run; (c) alarms reach the designated staff by SMS and telephone within two minutes in all tests; (d) data is transferred to the WMS correctly every day; and (e) the validation documents under Clause 2.2 are approved by the Buyer's quality department.
P:6.3 When all criteria are met, the Buyer shall sign the acceptance certificate within ten working days. Installation, use of the System during the trial run or any payment does not mean acceptance. If the criteria are not met, the Supplier shall remedy the defects at its own cost and the trial run shall be repeated.
H:7. Warranty and Service Levels
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, and shall recalibrate all sensors once a year.
P:7.2 Fault levels: a Level 1 fault is the failure of monitoring or alarms for a whole warehouse or cold room; a Level 2 fault is the failure of individual sensors or functions. For a Level 1 fault the Supplier shall respond within 30 minutes and restore monitoring within six hours, using temporary data loggers if necessary. For a Level 2 fault the Supplier shall respond within two hours and repair within two working days.
P:7.3 For each hour by which the Supplier exceeds a Level 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment due.
P:7.4 After the warranty period the Buyer may order annual maintenance, including recalibration, spare parts and the service levels in Clause 7.2, at a fee of 8% of the Hardware and Licence Subtotal, namely CNY 141,920 per year. This fee is fixed for the first two years after the warranty period. Maintenance is ordered by separate purchase order each year; nothing in this Contract renews automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's business in mainland China.
P:8.2 The WMS interface, alarm configurations, reports and validation documents made for the Buyer belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall deliver the interface source code at Final Acceptance.
H:9. Data Security and Data Ownership
P:9.1 All monitoring data, alarm records and audit trails are the Buyer's property and shall be stored only on the Buyer's servers. The Supplier shall use them only to perform this Contract.
P:9.2 The Supplier shall access the System remotely only through the Buyer's VPN with an account approved for each session, shall keep an audit trail of its actions and shall not copy any data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident affecting the System within two hours, shall help restore the data, and shall compensate the Buyer for all losses, regulatory fines and costs caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's business, customers, products, sites and systems obtained under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for three years after the Contract ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation and commissioning by the date in Clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. It remains responsible for the work of approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to cure it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected items.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan. The award is final.
H:15. Miscellaneous
P:15.1 This Contract is signed in English and Chinese; both texts are equally authentic.
P:15.2 Neither party is liable for delay caused by force majeure events such as natural disasters, epidemics or government action, if it notifies the other party promptly and limits the effects. Amendments to this Contract are valid only in writing signed by both parties.
P:15.3 Annexes: Annex 1 Technical Specification; Annex 2 Site List; Annex 3 Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement No.** HX-MSA-2027-03

**Customer:** Fujian Haixin Seafood Processing Co., Ltd., No. 8 Gangwan Road, Haicang District, Xiamen, Fujian Province, People's Republic of China ("Customer")

**Provider:** Comeragh Managed IT Services Limited, Davitt's Quay, Dungarvan, County Waterford, Ireland, acting through its Xiamen branch office ("Provider")

Customer runs three processing plants and a cold-storage distribution centre in Xiamen and Zhangzhou. Customer wishes to outsource the day-to-day operation of its server, storage, backup and network infrastructure and its IT service desk. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Initial Term" means 36 months from the Service Commencement Date.

1.5 "Service Commencement Date" means the first day of the month following Transition Acceptance.

1.6 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider can access while performing the Services.

## Section 2. Transition

2.1 Provider shall carry out the transition of the Services from Customer's internal IT team within 75 days after signature of this Agreement (the "Transition Date"). Transition includes inventory and documentation of all in-scope assets, installation of Provider's monitoring tools, knowledge transfer from Customer's staff, creation of runbooks and set-up of the service desk.

2.2 Transition Acceptance occurs when Customer confirms in writing that: (a) every in-scope asset in Schedule 1 is recorded in the configuration database and monitored; (b) a complete restore test from backup has succeeded for the ERP, MES and quality databases; (c) runbooks for all critical systems have been reviewed and approved by Customer; and (d) the service desk has handled live tickets for 14 days in parallel with Customer's team, meeting the Service Levels. Provider's start of monitoring does not amount to acceptance.

2.3 If Transition Acceptance is not achieved by the Transition Date for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to a total of CNY 110,000.

## Section 3. Services and Service Levels

3.1 From the Service Commencement Date, Provider shall perform the Services in Schedule 1 so as to meet the Service Levels in Schedule 2.

3.2 If Provider fails to meet a Service Level in a month, Provider shall give Customer the service credit set out in Schedule 2. Service credits are deducted from the next monthly invoice and do not limit Customer's other rights.

3.3 Provider shall deliver a monthly service report showing Service Level performance, incidents, changes, capacity trends and recommendations, and shall attend a monthly service review meeting with Customer.

3.4 Provider shall assign a named service delivery manager and two resident engineers who speak Chinese. Provider shall not replace the service delivery manager without giving Customer at least 30 days' notice and arranging a handover.

3.5 Customer shall give Provider's staff the access to sites, systems and information reasonably needed for the Services, shall keep its own application vendors available for third-level support, and shall inform Provider of planned business events such as plant shutdowns and peak seasons.

## Section 4. Charges and Payment

4.1 The Charges are set out in Schedule 3. The total of the Charges for the Initial Term is CNY 2,200,000, including VAT.

4.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Customer shall pay undisputed invoices within 30 days. No payment is due before Transition Acceptance.

4.3 The Charges are fixed for the Initial Term. Changes to the scope are agreed through the change procedure in Section 11.

## Section 5. Customer Data

5.1 Customer Data is and remains the property of Customer. Provider shall use Customer Data only as necessary to perform the Services and for no other purpose.

5.2 At the end of this Agreement Provider shall return all Customer Data and documentation in its possession to Customer.

## Section 6. Confidentiality

6.1 Each party shall treat as confidential all information of the other party that is marked as confidential or would reasonably be understood to be confidential, including Customer's production recipes, customer lists and prices. Neither party shall disclose such information to a third party without the other party's prior written consent, except to its professional advisers.

6.2 This Section survives for three years after termination or expiry of this Agreement.

## Section 7. Intellectual Property

7.1 Provider's pre-existing tools, software and methods remain Provider's property. Provider grants Customer a free licence to use them during the term and for the exit period.

7.2 Runbooks, scripts, configuration records, network diagrams and other documents created by Provider for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider without restriction.

## Section 8. Liability

8.1 Provider's aggregate liability arising out of or in connection with this Agreement in any contract year is limited to the Monthly Service Charges paid by Customer in the nine months preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential loss, except in case of wilful misconduct.

## Section 9. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all subcontracted work.

## Section 10. Term and Termination

10.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension must be agreed in writing.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days of notice, or if Provider misses the same critical Service Level in three consecutive months.

10.3 On expiry or termination Provider shall provide exit assistance for up to 90 days at the Monthly Service Charge rate, including transfer of knowledge, documents and tools to Customer or its successor provider.

## Section 11. Changes

Either party may request a change to the Services. Provider shall provide a written impact assessment within ten working days. No change is binding until signed by both parties. Additional servers or users within a tolerance of ten per cent of the quantities in Schedule 1 are covered by the Monthly Service Charge; beyond that tolerance, the parties shall agree an adjustment based on the unit rates in Provider's tender. Provider shall not refuse a reasonable change request or delay an urgent change needed for production safety.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules.

## Section 13. General

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government action, if it informs the other party promptly and takes reasonable steps to resume performance. Service credits do not apply during such events.

13.2 Neither party may assign this Agreement without the written consent of the other party.

13.3 This Agreement, with its Schedules, is the entire agreement between the parties on its subject and replaces all earlier proposals. It is signed in English and Chinese, and both versions are equally valid.

## Schedule 1 - Services

| Service | Scope | Key activities |
|---|---|---|
| Server management | 64 physical and virtual servers at three plants and the distribution centre | Monitoring, patching every month, capacity management, incident resolution |
| Storage and backup | 2 storage arrays, backup appliance and offsite copy | Daily backup, weekly restore checks, quarterly full restore test |
| Network management | Core and access switches, firewalls, Wi-Fi in plants | Monitoring, configuration changes, firmware updates |
| Service desk | About 620 users | Chinese-language telephone and web desk, 07:00 to 23:00 every day |
| On-site support | Xiamen and Zhangzhou sites | Two resident engineers, next-day visits to other sites |

## Schedule 2 - Service Levels and Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of critical systems (ERP, MES, quality database) | 99.95% per month | 2% of the Monthly Service Charge for each 0.1 point below |
| Priority 1 incident (plant production system down) | Response within 15 minutes, restoration within 3 hours | CNY 1,000 for each hour beyond restoration time |
| Priority 2 incident (single system or site degraded) | Response within 1 hour, restoration within 8 hours | CNY 300 for each hour beyond restoration time |
| Service desk calls | 90% answered within 60 seconds | 1% of the Monthly Service Charge |
| Backup success | Daily jobs completed for all critical systems | 1% of the Monthly Service Charge for each failed day |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Transition Charge | One-time, after Transition Acceptance | 112,000 |
| Monthly Service Charge | 58,000 per month, in arrears, 36 months | 2,088,000 |
| Total for the Initial Term | | 2,200,000 |

Signed for Customer: __________________ Signed for Provider: __________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. GD-API-2027-021

BETWEEN

Huabei Grain and Feed Trading Co., Ltd., No. 120 Zhongshan West Road, Shijiazhuang, Hebei Province, People's Republic of China (the "Customer")

AND

Feale Agri-Data Limited, Church Street, Listowel, County Kerry, Ireland (the "Provider")

BACKGROUND

The Customer buys maize, wheat and soybean meal from growers and traders and sells compound feed across northern China. It wishes to use the Provider's crop condition, weather and yield forecast data, delivered through an application programming interface, in its purchasing and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Service" means the Provider's AgriSignal data products listed in clause 2.1, delivered through the API and the web dashboard.

1.2 "API" means the Provider's REST application programming interface, with its documentation and sandbox.

1.3 "Subscription Year" means each of the two consecutive periods starting on the Service Start Date and on its first anniversary.

1.4 "Service Start Date" means the date of Connection Acceptance under clause 5.

1.5 "Customer Data" means all data submitted by the Customer to the Data Service, including field coordinates, warehouse locations, query parameters, watch lists and usage logs.

1.6 "Custom Outputs" means the custom regional indices, crop-area boundaries and report templates produced by the Provider for the Customer under clause 2.3.

2. THE DATA SERVICE

2.1 The Provider shall provide access to the following data products for the provinces of Hebei, Henan, Shandong, Jilin, Heilongjiang and Inner Mongolia: daily satellite crop condition indices, gridded weather observations and ten-day forecasts, soil moisture estimates, and monthly yield forecasts for maize, wheat and soybeans at county level.

2.2 Data is delivered through the API in JSON format and through the web dashboard for up to 25 named users of the Customer. The Customer may store data retrieved through the API in its own systems and use it for its internal business, including reports to its management and banks.

2.3 During the first Subscription Year the Provider shall produce custom regional indices for the Customer's 18 sourcing regions, crop-area boundaries for those regions and four report templates, and shall update them throughout the term.

2.4 The Provider may improve the data products during the term, provided that the coverage, update frequency and fields described in the API documentation are not reduced.

2.5 The Customer shall not resell the data as a data product, publish raw data on the internet, or use the API to build a competing data service. Sharing charts and summaries with the Customer's growers, banks and insurers is permitted.

3. FEES AND PAYMENT

3.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 268,000;
(b) subscription fee for Subscription Year 2: CNY 268,000;
(c) integration support (sandbox set-up, mapping to the Customer's purchasing system, two training sessions): CNY 36,000.
The total fees for the term are CNY 572,000, including VAT.

3.2 The subscription fee includes up to 2,500,000 API calls per month. Calls above that volume are charged at CNY 0.02 per call, invoiced quarterly in arrears.

3.3 The integration support fee is invoiced after Connection Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days. Nothing is payable before Connection Acceptance.

4. TERM

4.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

4.2 This Agreement does not renew automatically. Any further subscription requires a new written agreement.

5. CONNECTION ACCEPTANCE

5.1 The Provider shall make the production API available and complete integration support within 40 days after signature.

5.2 Connection Acceptance occurs when the Customer confirms in writing that: (a) every endpoint listed in the API documentation has returned correct responses in the Customer's integration tests; (b) the historical data back to the 2020 season has been delivered for all listed provinces and passed the Customer's completeness check; (c) the Customer's purchasing system has received daily updates without error for ten consecutive days; and (d) the dashboard users have been trained.

5.3 If the tests fail, the Provider shall correct the faults and the tests shall be repeated. Use of the sandbox or of trial data is not acceptance.

6. SERVICE LEVELS

6.1 The Provider shall make the API and the dashboard available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Priority 1 incidents (the API is unavailable or returns corrupted data for all users) shall receive a response within one hour and be resolved within six hours. Priority 2 incidents (a single data product is late or incomplete) shall receive a response within three hours and be resolved within one business day.

6.3 Daily data shall be available through the API by 07:30 Beijing time. Monthly yield forecasts shall be published by the tenth day of each month.

6.4 If monthly availability falls below the level in clause 6.1, the Provider shall credit the Customer 5% of the monthly equivalent of the current Subscription Year fee for each half point, or part of it, below that level. If a Priority 1 incident is not resolved in time, the Provider shall credit CNY 800 for each further hour. Credits are deducted from the next invoice or refunded at the end of the term.

6.5 The Provider shall run a Chinese-language support desk by telephone and e-mail from 08:00 to 20:00 Beijing time on working days, with an on-call engineer for Priority 1 incidents at all other times, and shall send the Customer a monthly service report showing availability, incidents, data delivery times and API usage.

6.6 The Provider shall give the Customer at least 60 days' notice of any new API version that requires changes in the Customer's systems, and shall keep the previous version running for at least six months after the new version is released.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Service to the Customer and shall not use it, in any form, for its own products, research or other customers.

7.2 At the end of the term the Provider shall delete all Customer Data and confirm the deletion in writing.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data and the Customer's API keys with encryption in transit and at rest, access limited to named staff with multi-factor authentication, and logging of all access.

8.2 The Provider shall serve the Customer from infrastructure located in mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Data or API keys within six hours, shall take immediate steps to contain it and shall compensate the Customer for all losses caused by an incident resulting from the Provider's failure to meet this clause 8.

8.4 The Customer shall keep its API keys secure, shall rotate them when staff leave, and shall tell the Provider promptly if it suspects that a key has been misused.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in its data products, algorithms and the API. The Customer receives the licence set out in clause 2.2, which continues after the term for data already retrieved.

9.2 The Custom Outputs belong to the Customer. The Customer may use, modify and license them freely, and the Provider shall deliver them in open formats together with their methodology notes.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1.

10.2 The limit does not apply to breach of clauses 7 and 8, to infringement of intellectual property rights or to wilful misconduct.

10.3 The data is provided for the Customer's business judgement. The Provider does not guarantee that forecasts will prove correct, but shall apply the quality controls described in its methodology documentation.

11. SUBCONTRACTING

The Provider shall not subcontract any part of the Data Service, including hosting, without the Customer's prior written consent, and remains responsible for any approved subcontractor.

12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if availability falls below the level in clause 6.1 in any three months of a Subscription Year.

12.2 On such termination the Provider shall refund the subscription fee for the remainder of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

14. GENERAL

14.1 Neither party is responsible for failure to perform caused by events beyond its reasonable control, such as natural disasters, satellite outages or government action, if it informs the other party promptly.

14.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses of the contacts named by each party.

14.3 This Agreement is signed in two counterparts in English. Each party keeps one.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {
    "z01": ("h1081z01_police_ebike_registration_platform.pdf", "zh", "software", Z01),
    "z02": ("h1081z02_window_robot_plant_line_control_retrofit.docx", "zh", "hardware", Z02),
    "z03": ("h1081z03_sheng_school_chain_booking_saas.txt", "zh", "cloud", Z03),
    "z04": ("h1081z04_underpass_flood_monitoring_om_service.txt", "zh", "services", Z04),
    "z05": ("h1081z05_bookbinding_process_tracking_supplier_template.md", "zh", "software", Z05),
    "e01": ("h1081e01_cold_chain_wms_perpetual_licence_nenagh.pdf", "en", "software", E01),
    "e02": ("h1081e02_field_service_saas_order_form_thurles.md", "en", "cloud", E02),
    "e03": ("h1081e03_pharma_warehouse_sensors_monitoring_castlebar.docx", "en", "hardware", E03),
    "e04": ("h1081e04_seafood_plants_managed_infrastructure_dungarvan.md", "en", "services", E04),
    "e05": ("h1081e05_agri_weather_data_api_subscription_listowel.txt", "en", "cloud", E05),
}

G, S = "goods_or_licence", "service"


def terms(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": own, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, capped, deemed, cv):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = cv
    return d


# sums of the price lines, as stated in the texts
assert 1180000 + 760000 + 124000 + 36000 == 2100000 and 420000 + 945000 + 735000 == 2100000
assert 768000 + 456000 + 168000 + 208000 + 360000 == 1960000 and 1960000 + 238000 + 172000 + 20000 == 2390000
assert 239000 + 1314500 + 836500 == 2390000 and 1960000 * 18 // 100 == 352800
assert 30 * 9600 == 288000 and 2 * 288000 + 148000 + 26000 == 750000
assert 4 * 171500 == 686000
assert 420000 + 100000 + 40000 == 560000 and 364000 + 196000 == 560000 and 420000 // 4 == 105000
assert 1360000 + 420000 + 142000 + 38000 == 1960000 and 392000 + 882000 + 686000 == 1960000
assert 1360000 * 11 // 100 == 149600
assert 2 * 318000 + 64000 == 700000
assert 860 * 1150 == 989000 and 46 * 6500 == 299000 and 989000 + 299000 + 486000 == 1774000
assert 1774000 + 212000 + 96000 + 18000 == 2100000 and 210000 + 1155000 + 735000 == 2100000
assert 1774000 * 8 // 100 == 141920
assert 36 * 58000 == 2088000 and 2088000 + 112000 == 2200000
assert 2 * 268000 + 36000 == 572000

LABELS = {
    "z01": (terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True,
                  False, "PRC", G), extra(True, True, True, False, 2100000)),
    "z02": (terms(99.5, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 24, 18, False, True,
                  True, "PRC", G), extra(True, True, True, False, 2390000)),
    "z03": (terms(99.95, 0.25, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True,
                  True, False, "PRC", S), extra(True, True, None, False, 750000)),
    "z04": (terms(99.95, 0.5, True, "buyer", True, True, True, 0.2, 50, None, True, None, None, None, False,
                  False, False, "PRC", S), extra(True, True, None, False, 686000)),
    "z05": (terms(None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False, True,
                  None, None, G), extra(True, True, True, True, 560000)),
    "e01": (terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                  "Ireland", G), extra(True, True, True, False, 1960000)),
    "e02": (terms(None, None, False, "buyer", True, True, True, 420 / 700000 * 100, 200, None, True, None, None,
                  None, True, True, False, "PRC", S), extra(False, True, None, False, 700000)),
    "e03": (terms(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False,
                  "PRC", G), extra(True, True, True, False, 2100000)),
    "e04": (terms(99.95, 0.25, True, "buyer", False, True, True, 1800 / 2200000 * 100, 9 / 36 * 100, None, True,
                  None, None, None, False, True, False, "PRC", S), extra(True, True, None, False, 2200000)),
    "e05": (terms(99.5, 1, True, "buyer", True, True, False, None, 150, None, True, None, None, None, False, True,
                  False, "PRC", S), extra(True, False, None, False, 572000)),
}

# TCO inputs (goods_or_licence only): itemised licence / hardware fee base
TCO = {"z01": 1180000, "z02": 1960000, "z05": 420000, "e01": 1360000, "e03": 1774000}
FORUM_OUTSIDE_MAINLAND = {"e01"}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-AVAILABILITY"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key):
    t, x = LABELS[key]
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * TCO[key] * post_years
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """My reading of policy §3 applied to the label."""
    t, x = LABELS[key]
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
        if t["post_warranty_fee_pct"] is not None and tco_share(key) > 40:
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


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.90*(?![0-9])", r"九十九点九(?![0-9一二三四五六七八九])",
    r"(?<![0-9.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十0-9])四\s*个?\s*小时", r"\bfour[\s-]+hours?\b",
    r"(?<![0-9])0?\.050*\s*%", r"(?<![0-9.])0\.050*(?![0-9])", r"万分之五(?![0-9])", r"千分之零点五",
    r"(?<![0-9.])100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s+hundred\s+per\s*cent",
    r"(?<![0-9.])30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s+per\s*cent",
    r"(?<![0-9.])12\s*(?:个)?\s*(?:月|months?\b|-month)", r"十二\s*个?\s*月", r"twelve[\s-]+months?", r"(?<![0-9.])1\s*years?\b",
    r"\bone[\s-]+year\b", r"(?<![第每十])一\s*年(?!度)", r"壹年",
    r"(?<![0-9.])15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五", r"fifteen\s+per\s*cent",
    r"(?<![0-9.])40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s+per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 hours", "4个小时", "四小时", "four hours", "0.05%", "0.05 %", "万分之五",
            "100%", "100 per cent", "30%", "百分之三十", "12个月", "12 months", "十二个月", "twelve months",
            "one year", "一年", "15%", "百分之十五", "40%", "forty per cent", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.08%", "万分之八", "130%",
             "200%", "35%", "112 months", "第一年度", "每一年", "115%", "140%", "150%", "0.055", "1,000", "2 hours",
             "one business day", "三十日", "30 days", "服务年度", "first anniversary"]
for s_ in MUST_HIT:
    assert RX.search(s_), s_
for s_ in MUST_MISS:
    assert not RX.search(s_), s_


def readback(path):
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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, cat, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)


def main():
    build()
    covered = set()
    report = []
    for key, (name, lang, cat, src) in FILES.items():
        t, x = LABELS[key]
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        if t["contract_kind"] == G:
            share = tco_share(key)
            assert abs(share - 40) > 2, (key, share)
        else:
            share = None
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert t["final_payment_on_acceptance"] is None or key in ()
        text = readback(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if rules else "low"))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        report.append((key, name, n, risk, rules, None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for row in report:
        print(*row)


if __name__ == "__main__":
    main()
