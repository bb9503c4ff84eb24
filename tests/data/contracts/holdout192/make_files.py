"""holdout192: builds the ten held-out draft contracts of this folder and their .json labels.

Sources of all ten texts are kept here. The two .docx and the two .pdf are built with ../word_pdf.py
(PDFs broken at word boundaries, wrap_words=True); the .md and .txt files are written as they are.
The labels are written at the end (see LABELS): every price and payment sum is asserted, percentages
are computed by Python, and the policy rules (policy.md section 3 and section 4 TCO) are re-applied to
each label's terms and compared with the planned rule list. Run with /work/main/.venv/bin/python.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.docx, 第X条 + 1.1) -----------
H192Z01 = """T:岚州市智慧粮库监管系统建设项目合同
P:合同编号：LZLC-2025-ZH-031
P:项目编号：LZCG-2025-G0117（公开招标）
P:采购人（甲方）：岚州市粮食和物资储备局
P:地址：岚州市政务服务中心东区七号楼
P:供应商（乙方）：华禾智联科技股份有限公司
P:地址：岚州市高新区科创大道188号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及合同附件均为本合同的组成部分，内容不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设岚州市智慧粮库监管系统，覆盖市本级储备粮的12个库点，内容包括：粮情测控系统（测温电缆、测控分机及主机）、视频监控及智能识别系统、出入库智能称重及一卡通系统、智慧粮库监管平台软件，以及与省级粮食储备监管平台的数据接口。
P:1.2 乙方负责设备供货、运输、安装、调试、系统集成、接口开发、数据初始化、培训及质保期内的运行维护，向甲方交付一个可整体运行并通过验收的系统。
P:1.3 设备和软件的品牌、型号、技术参数及配置以投标文件和附件一《设备及软件清单》为准，乙方不得擅自更换；确需更换的，须经甲方书面同意，且性能不得低于原投标产品。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰零伍万元整（¥4,050,000.00），为固定总价，包含设备、软件许可、定制开发、安装、集成、培训、运输、保险、税费及质保期内全部服务的费用。价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|粮情测控设备（测温电缆、测控分机、主机）|12个库点|1,286,400
TB:2|视频监控及智能识别设备（摄像机、存储、分析服务器）|412路|974,800
TB:3|出入库智能称重及一卡通设备|12套|538,600
TB:4|智慧粮库监管平台软件许可（永久）|1套|620,000
TB:|软硬件小计||3,419,800
TB:5|省级平台接口及定制开发|1项|356,000
TB:6|安装调试及系统集成|1项|247,200
TB:7|培训|1项|27,000
TB:|合同总价||4,050,000
P:2.2 除双方书面确认的设计变更外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币810,000元。
P:3.2 全部设备到货并安装完毕、经甲方签收后10个工作日内，甲方支付合同总价的35%，即人民币1,417,500元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过终验后10个工作日内，甲方支付合同总价的45%，即人民币1,822,500元。
P:3.4 每次付款前，乙方应开具等额的增值税发票。本项目资金为财政资金，付款按国库集中支付程序办理。
P:3.5 乙方已按招标文件提交合同总价5%的履约保函（人民币202,500元），终验合格后无息退还。
H:第四条 工期与实施
P:4.1 乙方应在合同签订后60日内完成全部设备到货和安装，90日内完成系统集成、接口联调并提交初验申请。
P:4.2 乙方进场前应提交实施方案，列明各库点的施工计划、与熏蒸和出入库作业的避让安排及安全措施，经甲方确认后实施。库区施工须遵守甲方的粮库安全生产和消防管理规定。
H:第五条 验收
P:5.1 初验：安装调试完成后，甲方组织初验，逐库点核对设备数量、型号和配置，并进行以下测试：（1）每个仓房随机抽取测温点与标准温度计比对，误差不超过±0.5℃；（2）视频监控全部点位图像清晰，录像存储时长不少于90天；（3）对人员闯入、违规作业、烟火等8类事件逐项进行识别测试，均能正确报警；（4）出入库称重、一卡通记录与平台数据一致；（5）与省级平台的接口按规范完成数据上报，连续10日无差错。
P:5.2 试运行和终验：初验合格后系统试运行60天。试运行期间未发生一级故障且初验遗留问题全部整改完毕的，甲方在10个工作日内组织终验，并可邀请专家参加；终验合格的，双方签署终验报告。
P:5.3 设备到货签收、安装完毕、系统上线或甲方使用，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修和更换、软件升级、故障处理及每季度一次的现场巡检。
P:6.2 质保期满后，如甲方需要，乙方应继续提供维保服务，年度维保费不超过软硬件小计的7%（即每年不超过人民币239,386元），该价格在质保期满后两年内保持不变。维保服务以届时另行签订的维保合同为准，不自动续期。
H:第七条 服务水平
P:7.1 故障分级：一级故障指监管平台整体不可用、任一库点粮情测控中断或视频监控大面积中断；二级故障指单个子系统功能异常但不影响整体运行；三级故障指其他一般问题。
P:7.2 一级故障：乙方接报后30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：2小时内响应，24小时内解决；三级故障：1个工作日内响应，3个工作日内解决。
P:7.3 质保期内监管平台的月度可用率不低于99.95%。
P:7.4 乙方未达到上述要求的，一级、二级故障每超时1小时，甲方可扣减人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币2,000元。扣减款项从应付款项或履约保函中扣除。
H:第八条 数据安全
P:8.1 本项目采集和产生的全部数据，包括粮情数据、视频图像、出入库记录及库存账务数据，均属于甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向任何第三方提供或用于其他目的。
P:8.2 系统应按网络安全等级保护第三级要求建设。乙方远程维护须经甲方逐次审批，通过堡垒机进行并全程留存日志；乙方人员不得将个人存储介质接入甲方网络。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:9.1 乙方对在履行合同中知悉的甲方储备粮数量、库点分布、监管数据、网络结构等非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的接口程序、报表、配置及相关文档和源代码，知识产权归甲方所有，甲方可自行或委托第三方使用和修改。
P:10.2 监管平台软件的知识产权归乙方或其原权利人，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付的产品不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期提交初验申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计达到合同总价的10%的，甲方有权解除合同。
P:11.2 乙方交付的设备、软件不符合合同约定的，应负责更换、整改，并赔偿甲方由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额和同期贷款市场报价利率（LPR）向乙方支付利息。
H:第十二条 分包
P:12.1 乙方不得转包本项目。除投标文件中已载明的库区线缆敷设分包外，乙方不得分包；确需分包的，须事先取得甲方书面同意，并对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方可书面通知解除合同：（1）逾期交货超过30日；（2）验收两次不合格；（3）严重违反数据安全或保密义务；（4）有其他根本违约行为，经甲方书面催告后10日内仍未改正。
P:13.2 合同解除的，乙方应退还甲方已付的、无对应合格交付的款项，并承担违约责任。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，可根据影响部分或全部免除责任。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同发生的争议，双方应协商解决；协商不成的，提交岚州仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。合同签订后，甲方按规定在指定媒体公告并报同级财政部门备案。
P:附件一：设备及软件清单；附件二：技术规格及服务要求；附件三：实施计划。
P:甲方（盖章）：岚州市粮食和物资储备局　　　　乙方（盖章）：华禾智联科技股份有限公司
P:法定代表人或授权代表：　　　　　　　　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (.pdf, 一、/（一）/1.) ----------
H192Z02 = """T:纸幅在线缺陷检测系统采购及维保合同
P:合同编号：OJTZ-SB-2025-0846
P:甲方（买方）：瓯江特种纸业有限公司
P:地址：浙江省温州市龙湾区滨海园区纬七路
P:乙方（卖方）：明视工业视觉科技有限公司
P:地址：江苏省苏州市工业园区星湖街
P:甲方为其PM2、PM3两台纸机采购纸幅在线缺陷检测系统，并委托乙方在质保期满后提供维保服务。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。
H:一、合同标的
P:（一）乙方向甲方提供纸幅在线缺陷检测系统两套，分别安装于PM2纸机（幅宽4,800mm，设计车速1,200m/min）和PM3纸机（幅宽3,600mm，设计车速900m/min）的卷取部之前，用于在线检测孔洞、斑点、褶子、边裂、条纹等缺陷，并与甲方DCS系统及质量管理系统对接。
P:（二）供货范围及价格：
P:1. 线阵相机（8K）24台，单价38,500元，金额924,000元；
P:2. LED线光源及控制器12套，单价26,800元，金额321,600元；
P:3. 图像处理服务器4台，单价61,200元，金额244,800元；
P:4. 缺陷检测软件许可2套，单价168,000元，金额336,000元；
P:5. 相机横梁、防护罩及冷却系统2套，单价72,300元，金额144,600元；
P:以上设备及软件小计1,971,000元。
P:6. 安装调试及工艺标定118,000元；
P:7. 操作及维护培训16,000元。
P:（三）合同总价为人民币贰佰壹拾万零伍仟元整（¥2,105,000），为含税价格，包括设备、软件许可、包装、运输、保险、安装调试、标定及培训的全部费用。
P:（四）乙方应随货提供中文操作手册、维护手册、备件清单、出厂检验报告及软件安装介质。
P:（五）乙方应为甲方提供两期培训：第一期在设备安装前，面向甲方电气和信息人员，讲解系统原理、接线和日常维护；第二期在试运行期间，面向纸机操作工和质检人员，讲解缺陷图像判读、分类规则调整和报表使用。培训结束后，乙方应对参训人员进行考核。
H:二、交货与安装
P:（一）乙方应在合同生效后15日内派员到甲方现场勘测，确认相机横梁安装位置、电源、冷却及粉尘条件，并提交安装方案，经甲方确认后实施。
P:（二）乙方应在合同生效后75日内将全部设备运抵甲方工厂，并在甲方安排的停机检修窗口内完成安装，每台纸机因安装导致的停机时间不超过36小时。
P:（三）乙方负责安装、调试及工艺标定；甲方提供安装所需的电源、压缩空气、冷却水及停机窗口，并指派工艺人员配合标定。
P:（四）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即210,500元。
P:（二）设备全部到货并经甲方签收后10个工作日内，甲方支付合同总价的50%，即1,052,500元。到货签收不视为验收。
P:（三）系统终验合格后10个工作日内，甲方支付合同总价的35%，即736,750元。
P:（四）其余5%即105,250元作为质量保证金，于质保期满且无未决质量问题后10个工作日内支付。
P:（五）乙方应在每次付款前开具等额增值税专用发票。
H:四、验收
P:（一）安装调试完成后，双方按以下标准进行终验测试：
P:1. 在设计车速下，使用标准缺陷样纸（直径1mm孔洞、2mm斑点、10mm褶子、边裂）逐项测试，各类缺陷均能检出并正确分类；
P:2. 缺陷横向定位误差不大于5mm，纵向定位误差不大于50mm；
P:3. 正常生产条件下每班误报不超过20次；
P:4. 缺陷图像及数据按卷号实时传送至甲方质量管理系统，并能生成每卷缺陷分布图；
P:5. 系统连续运行30天无一级故障。
P:（二）全部指标合格的，双方签署终验报告。设备到货、安装完毕或投入生产使用，均不视为验收合格。测试不合格的，乙方应在10日内整改后重新测试，费用由乙方承担。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备（含相机、光源及服务器），免费提供软件升级。
P:（二）服务响应：一级故障（任一纸机的检测系统停止工作）乙方应在1小时内远程响应，8小时内派工程师到达现场；二级故障（部分相机或部分功能异常）2小时内响应，48小时内处理完毕；三级故障1个工作日内响应。
P:（三）乙方未按上述时限响应或到场的，每超时1小时，甲方可从质量保证金或维保费中扣除500元。
P:（四）质保期内，乙方应在甲方厂区免费寄存线阵相机和LED线光源各一套作为应急备件，备件使用后乙方应在7日内补齐。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方提供全保维保服务，内容包括故障维修、备件更换（含相机和光源）、软件升级及每季度一次的现场校准。
P:（二）维保费按设备及软件小计的26%每年计取，即每年人民币512,460元，于每个维保年度开始时支付。该费率在质保期满后的三年内保持不变。
P:（三）维保期间的服务响应标准及超时扣款同本合同五（二）、五（三）的约定。
H:七、数据与网络安全
P:（一）系统采集的缺陷图像、检测数据及纸机工艺参数均属于甲方所有。乙方仅可为履行本合同使用，不得复制或带离甲方厂区，不得向任何第三方提供。
P:（二）乙方远程维护须经甲方逐次批准，通过甲方指定的远程通道进行并留存操作记录；乙方保证所交付的软件不含病毒、后门及其他恶意代码。
P:（三）发生数据泄露或网络安全事件时，乙方应在24小时内通知甲方并配合处置；因乙方原因造成的损失由乙方全部承担。
H:八、保密
P:乙方对在合同履行中知悉的甲方生产工艺、产品配方、产能及客户信息负有保密义务，未经甲方书面同意不得披露，本条在合同终止后三年内仍然有效。
H:九、知识产权
P:（一）缺陷检测软件的知识产权归乙方，乙方授予甲方在上述两台纸机上永久使用的许可。
P:（二）乙方为甲方标定的工艺参数、缺陷分类规则及利用甲方图像训练形成的分类模型归甲方所有，甲方可自由使用和修改。
P:（三）乙方保证所供产品不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:十、违约责任
P:（一）乙方交付的产品不符合合同约定的，甲方有权要求更换或退货，并要求乙方赔偿损失。
P:（二）甲方逾期付款的，按同期贷款市场报价利率（LPR）向乙方支付逾期利息。
H:十一、分包
P:乙方不得将本合同项下的安装调试及维保工作分包给第三方；确需分包的，须事先取得甲方书面同意。
H:十二、合同解除
P:乙方逾期交货超过45日、终验两次不合格，或严重违反本合同其他约定且经甲方书面通知后10日内未改正的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交温州仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备清单、维保服务内容。
P:甲方（盖章）：瓯江特种纸业有限公司　　　乙方（盖章）：明视工业视觉科技有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z03 (.md, Markdown headings) ---------
H192Z03 = """# 排课与收费管理系统 SaaS 服务协议

协议编号：QY-SaaS-2025-0619

**甲方（客户）**：杭州乐韵艺术培训有限公司（含其下属46个校区）
**乙方（服务商）**：栖云教务云科技有限公司

甲方经营连锁音乐培训学校，拟以乙方"栖云教务"SaaS平台替换各校区现用的本地排课和收费软件。双方经友好协商，就平台订阅服务及实施服务达成如下协议。

## 1. 定义

1.1 "平台"指乙方运营的栖云教务云平台，包括教务排课、课时消耗、收费与退费、教师课酬、家长端小程序及经营报表等功能。

1.2 "甲方数据"指甲方及其校区、教师、学员和家长在使用平台过程中录入、上传或产生的全部数据，包括学员（多为未成年人）及家长的个人信息、课时余额、收费及退费记录。

1.3 "上线"指46个校区全部切换至平台办理排课和收费业务。

## 2. 服务内容与期限

2.1 乙方向甲方提供平台订阅服务，账号数量不限，覆盖甲方现有46个校区；甲方新增校区的，按本协议单价增加订阅。

2.2 乙方提供实施服务：历史数据迁移（学员、课包、课时余额、预收款余额）、课程体系和价格体系配置、微信支付及银联收款通道对接、财务软件凭证接口、管理员及校区前台培训。

2.3 订阅服务期为三年，自上线验收合格之日起计算。

2.4 乙方为甲方提供品牌定制的家长端小程序（使用甲方名称和标识），用于课表查询、课时余额查询、在线缴费和请假申请。

2.5 平台功能升级不得降低本协议约定的功能和服务水平；涉及收费、退费流程的重大变更，乙方应提前30日通知甲方。

## 3. 费用与支付

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 46个校区 × 5,800元/校区/年 × 3年 | 800,400 |
| 实施服务费 | 一次性 | 126,000 |
| 合计 | | 926,400 |

3.1 订阅费每年266,800元，按季度结算，每季度结束后10个工作日内支付当季费用66,700元。

3.2 实施服务费在上线验收合格后10个工作日内一次性支付。

3.3 本协议不设预付款。乙方应在每次收款前开具增值税专用发票。

## 4. 实施与上线验收

4.1 乙方应在协议签订后60日内完成实施并上线。甲方应按乙方的数据模板及时提供原系统数据。

4.2 上线验收标准：（1）迁移的学员、课时余额和预收款余额与甲方原系统逐条核对一致；（2）排课冲突检测、调课、请假补课流程测试通过；（3）微信支付、银联收款与平台账单连续10个营业日对账无差异；（4）46个校区全部启用。满足全部标准后，双方签署上线验收单。试用或部分校区启用不视为验收。

4.3 因乙方原因逾期上线的，每逾期一日，乙方向甲方支付违约金800元。

4.4 实施期间，乙方指派一名项目经理和至少两名实施顾问，在甲方总部及各区域中心校区现场培训前台和教务人员，每个校区至少培训一次，并提供操作视频和常见问题手册。

## 5. 服务水平

5.1 平台月度可用率不低于99.5%。计划内维护不计入不可用时间，但应安排在22:00至次日7:00之间并提前48小时通知甲方。

5.2 故障响应：

| 级别 | 定义 | 响应时间 | 恢复时间 |
|---|---|---|---|
| 一级 | 平台无法登录、无法收费，或家长端全部不可用 | 30分钟 | 3小时 |
| 二级 | 部分功能异常，有替代办法 | 2小时 | 1个工作日 |
| 三级 | 咨询及一般问题 | 1个工作日 | 5个工作日 |

5.3 月度可用率低于99.5%但不低于99%的，乙方按当月订阅费的5%给予服务抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障超过恢复时间的，每次另按当月订阅费的2%抵扣。抵扣在下一季度费用中扣除。

5.4 乙方提供7×24小时故障热线和在线工单，并为甲方指定专属客户成功经理；每季度提交服务报告，列明可用率、故障记录和抵扣金额。

## 6. 甲方数据与数据安全

6.1 甲方数据归甲方所有。乙方应遵守《个人信息保护法》及未成年人个人信息保护的相关规定，仅为提供本协议服务处理学员和家长的个人信息。

6.2 乙方应将甲方数据存储于中国境内，平台应通过网络安全等级保护第三级测评；个人信息应加密存储，乙方员工按最小权限访问并留存访问日志。

6.3 发生数据泄露、篡改或丢失的，乙方应在12小时内通知甲方，采取补救措施并配合甲方履行告知义务；因乙方原因造成的，乙方承担甲方的全部损失及监管处罚。

6.4 乙方有权对甲方数据进行脱敏和汇总处理，用于平台功能改进、艺术培训行业经营分析报告及乙方其他产品的开发；该等汇总数据的权利归乙方，本协议终止后乙方仍可继续使用。

6.5 本协议终止后30日内，乙方应按甲方要求导出全部甲方数据，并在甲方确认后删除。

6.6 乙方应每年委托第三方机构对平台进行一次安全评估，并向甲方提供评估结论摘要；发现高危漏洞的，应在7日内修复。

## 7. 知识产权

7.1 平台及其后续版本的知识产权归乙方。

7.2 乙方为甲方配置的课程体系、收费规则、报表模板以及实施文档归甲方所有，甲方可自由使用、修改，并可提供给其他服务商使用。

## 8. 保密

双方对在履行本协议中获知的对方商业信息（包括甲方的招生数据、课程定价和经营数据）负有保密义务，未经对方书面同意不得向第三方披露。本条在协议终止后三年内有效。

## 9. 续期与调价

9.1 订阅期满前60日，任何一方未书面提出不续约的，本协议自动续期一年，续期次数不限。

9.2 每次续期时，乙方有权调整订阅单价，上调幅度不超过上一年度单价的8%，并应在期满前30日书面通知甲方。

## 10. 责任限制

任何一方对另一方的累计赔偿责任以本协议合同总金额的两倍为限，但因故意、重大过失或违反第6条造成的损失除外。

## 11. 分包

11.1 乙方使用的云基础设施服务商（阿里云计算有限公司，华东区域）已经甲方确认。

11.2 除上述情形外，乙方将本协议项下任何服务分包给第三方的，须事先取得甲方书面同意，并对分包方的行为承担责任。

## 12. 协议解除

12.1 乙方严重违约（包括连续两个月可用率低于99%、发生因乙方原因的数据泄露），且在甲方书面通知后10日内未纠正的，甲方有权解除本协议，乙方应退还甲方已付而未使用期间的费用。

12.2 甲方逾期付款超过60日，经乙方书面催告后仍未支付的，乙方可暂停服务。

12.3 本协议解除或期满不续期的，乙方应提供不少于60日的过渡期服务并配合甲方将数据迁移至新系统，过渡期费用按原单价计算。

## 13. 法律适用与争议解决

本协议适用中华人民共和国法律。因本协议产生的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

## 14. 其他

本协议一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：实施计划；附件三：数据迁移范围。

甲方（盖章）：杭州乐韵艺术培训有限公司　　　　乙方（盖章）：栖云教务云科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- z04 (.txt, 第N条 + （一）) ----------
H192Z04 = """云溪县数字档案馆系统运行维护服务合同

合同编号：YXDA-YW-2025-02
采购方式：单一来源采购（经云溪县财政局批准，单一来源公示期满无异议）
采购人（甲方）：云溪县档案馆
供应商（乙方）：典藏数字科技有限公司

鉴于云溪县数字档案馆系统（含档案管理系统、数字化成果管理系统、电子文件接收平台及档案利用服务平台）由乙方于2022年建设并通过验收，系统核心程序的源代码和技术架构由乙方掌握，为保证服务的连续性和数据安全，甲方以单一来源方式向乙方采购2025至2026年度运行维护服务。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及单一来源采购文件，双方签订本合同。

第1条 服务期限
（一）服务期自2025年7月1日起至2026年6月30日止。
（二）服务期满本合同自然终止，不自动续期；下一年度的运维服务由甲方另行依法采购。

第2条 服务内容
（一）远程运维支持：工作日8:30至17:30提供电话及远程技术支持，非工作时间安排应急值守电话。
（二）现场巡检：每季度一次现场巡检，检查服务器、存储、数据库、中间件和应用的运行情况，出具巡检报告。
（三）版本维护：修复系统缺陷，按国家和省档案行业新标准进行适配升级，及时提供安全补丁。
（四）数据备份与容灾：每日核查增量备份，每周核查全量备份，每半年进行一次备份恢复演练。
（五）安全加固：配合甲方完成网络安全等级保护测评及整改，处理漏洞扫描发现的问题。
（六）应急保障：重大活动及档案开放利用高峰期间，安排技术人员现场值守。
（七）运维管理：建立运维台账和配置管理记录，每月5日前提交上月运维月报，内容包括工单统计、系统运行指标、备份核查结果及风险提示。

第3条 服务费用
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），明细如下：
1. 远程运维支持：132,000元；
2. 季度现场巡检（4次）：64,000元；
3. 版本维护及补丁：78,000元；
4. 数据备份与容灾演练：56,000元；
5. 安全加固与等保测评配合：36,000元；
6. 应急保障：20,000元。
（二）服务费按季度支付：每季度服务结束并经甲方考核合格后10个工作日内，甲方支付当季服务费96,500元。本合同不设预付款。
（三）乙方应在每次付款前开具合法有效的发票。
（四）服务费为固定总价，已包含乙方人员的交通、食宿及本合同约定服务的全部费用。更换故障硬件所需的备件由甲方另行采购，乙方负责免费安装和调试。

第4条 服务水平
（一）数字档案馆系统的月度可用率不低于99.95%，经甲方同意的计划停机除外。
（二）故障分级及响应要求：
一级故障：系统整体不可用、数据库损坏或档案数据存在丢失风险。乙方接报后6小时内响应，24小时内到达现场，48小时内恢复。
二级故障：部分功能不可用，但不影响档案数据安全。乙方接报后8小时内响应，3个工作日内解决。
三级故障：一般性问题及咨询。乙方1个工作日内响应，5个工作日内解决。
（三）响应、到场或恢复每超时一次，甲方从当季服务费中扣减1,000元；月度可用率低于约定值的，每低0.01个百分点扣减500元。

第5条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：巡检报告是否按期提交、故障工单是否按时处理、备份核查记录是否完整、可用率是否达标。
（二）服务期满前，甲方组织年度验收。验收标准为：全年巡检报告和工单记录齐全；两次备份恢复演练均成功恢复且数据校验一致；全年未发生因乙方原因导致的数据丢失；等保测评中由乙方负责的整改项全部关闭。验收合格后双方签署年度验收报告。
（三）考核不合格的季度，甲方暂缓支付当季服务费，待乙方整改合格后再行支付。

第6条 人员要求
（一）乙方应指定一名项目负责人，具备档案信息化项目经验，负责本合同服务的组织和协调；运维工程师应熟悉本系统的架构和数据库。
（二）乙方更换项目负责人的，应提前10日书面通知甲方并经甲方同意，新人员的资质不得低于原人员。
（三）乙方人员在甲方现场工作时，应遵守甲方的档案库房管理、安全保密和考勤制度。

第7条 甲方责任
（一）甲方应为乙方现场服务提供必要的工作场所和网络条件，并指定专人负责联络。
（二）甲方应及时审批乙方的运维操作申请，并对乙方提交的巡检报告和运维月报进行确认。
（三）甲方应按本合同约定支付服务费。

第8条 数据安全
（一）数字档案馆系统中的全部档案数据、目录数据、利用记录和系统日志均属于甲方所有。乙方仅可为履行本合同接触和处理，不得复制、下载、留存或向任何第三方提供。
（二）乙方运维人员须经甲方备案并签署保密承诺书；远程运维须经甲方逐次审批，通过堡垒机进行并全程录像留存；涉及档案数据的操作须在甲方人员监督下进行。
（三）发生数据泄露、篡改、丢失或系统被攻击等安全事件时，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任。

第9条 保密
乙方对履行合同中接触的档案内容、未开放档案信息、个人信息以及甲方网络和系统的配置信息负有保密义务，保密义务不因合同终止而终止。

第10条 知识产权
（一）服务期内乙方为甲方编写的补丁、脚本、报表和技术文档，知识产权归甲方所有，甲方可自由使用和修改。
（二）数字档案馆系统中乙方通用软件产品的著作权归乙方，甲方依原建设合同享有永久使用权。

第11条 违约责任
（一）乙方未按期提交季度巡检报告或未按期完成备份恢复演练的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方服务不达标造成甲方损失的，应予赔偿。
（三）乙方在本合同项下的赔偿责任总额（含违约金及服务扣减）以本合同总价的50%为限，但因乙方故意或重大过失造成档案数据泄露、灭失的除外。

第12条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第13条 合同解除
乙方累计两个季度考核不合格，或发生因乙方原因的档案数据安全事件，或有其他严重违约行为且经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
合同解除或服务期满后，乙方应在10日内向甲方交回系统管理账号、口令、运维文档和备份介质，并配合甲方或新的服务商完成交接，交接完成前不得停止应急支持。

第14条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

第15条 其他
（一）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
（二）合同签订后，甲方按规定在中国政府采购网公告合同。
（三）附件：单一来源采购文件、乙方响应文件、运维服务方案。

甲方（盖章）：云溪县档案馆                乙方（盖章）：典藏数字科技有限公司
代表签字：                                代表签字：
日期：2025年  月  日
"""

# ---------------------------------------------------------------- z05 (.md, supplier's template) -------
H192Z05 = """# 鼎耘ERP软件许可及实施服务合同

> 鼎耘软件标准合同文本 V5.3（本文本由乙方提供）

合同编号：DY-ERP-2025-1187

甲方：湖桥藕粉食品有限公司
乙方：鼎耘软件科技有限公司

甲方为藕粉及藕制品生产企业，拟采用乙方的鼎耘ERP软件，并委托乙方进行定制开发和实施。双方经协商，签订本合同。

**第一条 合同标的**

1.1 乙方向甲方提供鼎耘ERP软件（V9）许可，包括财务、采购、库存、生产、质量追溯、销售共6个模块，50个并发用户。

1.2 乙方根据甲方需求进行定制开发：（1）藕粉批次追溯与质检模块，覆盖鲜藕收购、洗藕磨浆、沉淀、晒粉、包装各环节的批次链和检验记录；（2）电商平台订单接口，对接甲方在天猫、京东、抖音的店铺。

1.3 乙方提供实施服务，包括业务蓝图、系统配置、期初数据导入、用户培训和上线支持。

1.4 软件许可为永久许可，限甲方在中国境内的生产经营使用。甲方增加并发用户或模块的，按乙方当年价格另行购买。

**第二条 合同价款**

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 鼎耘ERP软件许可（6个模块，50并发用户） | 368,000 |
| 2 | 定制开发：批次追溯与质检模块 | 146,000 |
| 3 | 定制开发：电商平台订单接口 | 88,000 |
| 4 | 实施服务 | 112,000 |
| | 合计 | 714,000 |

合同总价为人民币柒拾壹万肆仟元整（¥714,000），含税。合同价款不含服务器、数据库及操作系统等第三方软硬件，由甲方自行采购；乙方人员在实施期间的差旅费已包含在实施服务费中。

**第三条 付款方式**

3.1 合同签订后3个工作日内，甲方向乙方支付合同总价的65%，即464,100元。乙方收到该款项后开始实施。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即249,900元。

3.3 甲方逾期付款的，乙方有权暂停实施或服务，工期相应顺延。

3.4 乙方在收到每笔款项后开具增值税专用发票。

**第四条 实施与上线**

4.1 乙方在收到首期款后90日内完成系统部署并上线。甲方应按乙方要求及时提供业务资料和期初数据，因甲方原因造成的延误，工期相应顺延。

4.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

4.3 定制开发的功能范围以乙方出具、甲方签字的《需求确认书》为准；需求确认后甲方提出的变更，按乙方人天单价另行收费。

4.4 双方各指定一名项目经理，负责项目计划、进度协调和问题处理。甲方应提供服务器、网络及数据库运行环境，并保证关键用户按计划参加蓝图调研、测试和培训。

4.5 乙方提供关键用户培训三次、最终用户培训两次，培训地点在甲方厂区；超出部分按乙方人天单价收费。

**第五条 验收**

5.1 系统安装部署完成并上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后使用系统的，视为甲方对系统全部功能的认可。

**第六条 免费维护及服务响应**

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 一级故障（系统无法登录或无法开单）乙方在12小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.3 乙方的支持方式为电话、远程协助和在线工单；需要乙方人员到甲方现场处理的，按乙方人天单价另行收费，差旅费由甲方承担。

6.4 乙方将尽力在合理时间内排除故障，但对故障造成的停工、延误或其他损失不承担扣款、赔偿或违约金责任。

**第七条 免费维护期满后的服务**

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护合同，年度维护费按乙方届时公布的服务价格标准执行。

7.2 甲方未签订年度维护合同的，乙方可按乙方届时的人天报价提供有偿服务。

**第八条 知识产权**

8.1 鼎耘ERP软件的知识产权归乙方所有。

8.2 乙方在本合同项下为甲方定制开发的批次追溯与质检模块、电商平台订单接口及其源代码和文档，知识产权均归乙方所有。甲方获得在本企业内部使用的非独占许可，不得修改、反向工程或提供给任何第三方。

**第九条 数据**

9.1 甲方的业务数据归甲方所有。

9.2 乙方在实施和维护期间应采取访问控制、传输加密等安全措施保护甲方数据，限定接触数据的人员；发现数据泄露的，应及时通知甲方。因乙方过错导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任。

9.3 甲方同意，乙方可将甲方的业务数据经脱敏处理后用于产品改进、食品行业解决方案研发及行业数据分析。

9.4 合同终止后，经甲方书面要求，乙方协助甲方导出业务数据，协助费用按乙方人天单价计算。

**第十条 保密**

双方对在合作中知悉的对方商业秘密（包括甲方的藕粉配方、工艺参数、客户及经销商名单，以及乙方的软件技术资料和报价）负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后两年。

**第十一条 责任限制**

11.1 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的20%为限。

11.2 乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

11.3 因甲方提供的数据不准确、甲方自行修改系统配置或使用第三方软件导致的问题，乙方不承担责任。

**第十二条 合同解除**

12.1 任何一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方可以解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

12.3 合同解除后，甲方应停止使用尚未付清款项的定制开发成果。

**第十三条 不可抗力**

因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在15日内提供证明，双方协商延期履行或解除合同，互不承担违约责任。

**第十四条 通知**

双方的通知应以书面形式发送至本合同首页所列地址或双方确认的电子邮箱，电子邮件发出即视为送达。

**第十五条 争议解决**

因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

**第十六条 其他**

16.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准文本，双方未另行书面约定的事项，以本文本为准。

甲方（盖章）：湖桥藕粉食品有限公司　　　　乙方（盖章）：鼎耘软件科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (.pdf, Spanish style: FIRST.- ...) -
H192E01 = """T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:In Palma, on ______ 2025
H:APPEARING
P:On the one hand, TÈRMICA PORROS, S.L., a Spanish limited liability company with registered office on the Illa des Porros, Balearic Islands, Spain, registered with the Mercantile Register of Mallorca, represented by Mr Bartomeu Riera Coll, acting as sole director (hereinafter, the "Licensor").
P:On the other hand, DEHUA YUNLU CERAMICS CO., LTD., a company incorporated in the People's Republic of China, with registered office in Longxun Town, Dehua County, Quanzhou, Fujian Province, represented by Ms Lin Xiaoqing, General Manager (hereinafter, the "Customer").
P:Both parties, acting in the capacity in which they appear, mutually acknowledge each other sufficient legal capacity to enter into this Agreement and, to that end,
H:STATE
P:I. That the Licensor develops and markets KilnMind, a software suite for planning, controlling and recording the firing of ceramic kilns, including firing-curve management, thermocouple data acquisition, alarm handling and batch traceability.
P:II. That the Customer manufactures porcelain and ceramic incense burners in Dehua County, operates fourteen gas-fired shuttle and tunnel kilns, and wishes to license KilnMind for its plant, to have it configured for its kilns and product families, and to receive support for it.
P:III. That, at the Customer's request, all prices in this Agreement are expressed and payable in Chinese yuan (CNY).
P:In view of the foregoing, the parties agree to enter into this Agreement, which shall be governed by the following
H:CLAUSES
H:FIRST.- PURPOSE
P:1.1 The Licensor grants the Customer a perpetual, non-exclusive and non-transferable licence to install and use KilnMind (server edition, version 6) and fourteen kiln connector licences at the Customer's plant in Dehua, for the Customer's own business, with no limit on the number of named users.
P:1.2 The Licensor shall also configure KilnMind for the Customer (the "Configuration Services"): integration of the controllers and thermocouples of the fourteen kilns; a firing-curve library for the Customer's product families (blanc de Chine, celadon and glazed incense burners, and reduction-fired pieces); alarm rules; batch labels; and an export of firing records to the Customer's ERP system. The Configuration Services include on-site commissioning and the training of kiln operators, shift leaders and the Customer's IT staff.
H:SECOND.- PRICE
P:2.1 The total price of this Agreement (the "Contract Price") is CNY 758,000 (seven hundred and fifty-eight thousand yuan), taxes included, broken down as follows:
P:(a) KilnMind server licence, perpetual: CNY 318,000;
P:(b) kiln connector licences, 14 at CNY 12,000 each: CNY 168,000;
P:Licence subtotal, (a) plus (b): CNY 486,000;
P:(c) Configuration Services: CNY 214,000;
P:(d) on-site commissioning and training: CNY 58,000.
P:2.2 The Contract Price is fixed. It includes the travel, accommodation and other expenses of the Licensor's staff in China and any costs of the Licensor's local agent.
H:THIRD.- PAYMENT
P:3.1 The Customer shall pay the Contract Price as follows:
P:(a) twenty per cent (20%), that is CNY 151,600, within twenty days after signature of this Agreement;
P:(b) forty-five per cent (45%), that is CNY 341,100, within twenty days after the Commissioning Certificate referred to in Clause Fifth;
P:(c) thirty-five per cent (35%), that is CNY 265,300, within twenty days after Final Acceptance.
P:3.2 Payments shall be made by bank transfer in CNY to the account designated by the Licensor, against its invoice. The Customer may withhold any tax that PRC law requires it to withhold and shall deliver the corresponding tax certificates to the Licensor.
H:FOURTH.- DELIVERY AND SCHEDULE
P:4.1 The Licensor shall deliver the software and licence keys electronically within ten days after signature.
P:4.2 The Licensor shall complete the installation, the connection of all fourteen kilns and the commissioning within one hundred and twenty days after signature, following a project plan agreed at the kick-off meeting. Work on a kiln shall be scheduled so as not to interrupt a firing in progress.
H:FIFTH.- ACCEPTANCE
P:5.1 When all kilns are connected and the firing-curve library is loaded, the parties shall sign a Commissioning Certificate. The Commissioning Certificate records installation only and does not constitute acceptance.
P:5.2 The Final Acceptance tests shall verify that: (a) on each of the fourteen kilns every thermocouple is recorded, with a deviation of no more than 3 °C against the Customer's calibrated reference instrument; (b) twenty consecutive production firings of each product family are run from the firing-curve library and fully recorded; (c) the over-temperature, flame-failure and curve-deviation alarms work on every kiln; (d) the firing records exported to the ERP system reconcile with KilnMind for ten working days; and (e) the system runs for thirty consecutive days without a Severity 1 incident.
P:5.3 Within ten days after the tests are completed, the Customer shall either issue the Final Acceptance Certificate or state in writing the failed tests, which the Licensor shall correct before the tests are repeated. Neither the use of the software in production, nor the Commissioning Certificate, nor any payment shall constitute acceptance.
H:SIXTH.- WARRANTY
P:6.1 The Licensor warrants that KilnMind and the Customer Deliverables will conform to the documentation and to this Agreement for eighteen (18) months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Licensor shall correct defects free of charge, supply all updates and new versions of KilnMind, and provide support at the service levels of Clause Seventh.
H:SEVENTH.- SERVICE LEVELS
P:7.1 Incidents are classified as: Severity 1, KilnMind unavailable or data acquisition interrupted on any kiln during a firing; Severity 2, a function impaired without stopping production; Severity 3, any other question or defect.
P:7.2 The Licensor shall respond to a Severity 1 incident within one (1) hour, at any time of day, and provide a workaround within eight hours; a Severity 2 incident within three hours and a workaround within two working days; a Severity 3 incident on the next working day.
P:7.3 For each full hour by which the Licensor exceeds the Severity 1 response or workaround time, the Licensor shall grant a credit of CNY 800, to be set off against the next payment or the next support fee.
H:EIGHTH.- SUPPORT AFTER THE WARRANTY PERIOD
P:8.1 After the Warranty Period, the Customer may order annual support. The annual support fee is eleven per cent (11%) of the Licence subtotal, that is CNY 53,460 per year, and shall remain unchanged for the first three support years. Any later change shall be agreed in writing and shall not exceed three per cent (3%) of the previous year's fee.
P:8.2 Each support year is ordered by a purchase order of the Customer. Support does not renew automatically. The service levels and credits of Clause Seventh apply during support.
H:NINTH.- INTELLECTUAL PROPERTY
P:9.1 KilnMind and its documentation remain the property of the Licensor.
P:9.2 The firing-curve library, alarm rules, batch labels, the ERP export mapping and all documentation prepared for the Customer under this Agreement (the "Customer Deliverables") belong to the Customer from the moment they are created. The Customer may use, modify and license them freely, also to other suppliers. The Licensor shall hand them over in editable form.
H:TENTH.- CUSTOMER DATA AND SECURITY
P:10.1 Firing recipes, glaze and body formulas, kiln records and all other production data are the Customer's data ("Customer Data"). Customer Data belongs to the Customer, and the Licensor may use it only to perform this Agreement.
P:10.2 KilnMind is installed on the Customer's servers in Dehua. The Licensor may access them remotely only through the Customer's VPN, after approval of each session by the Customer, with all sessions logged. The Licensor shall not copy Customer Data outside the Customer's systems or transfer it outside mainland China, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 The Licensor shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, take immediate remedial measures and be liable for the losses caused by its breach of this Clause.
H:ELEVENTH.- CONFIDENTIALITY
P:Each party shall keep confidential all non-public information of the other party received under this Agreement, in particular the Customer's firing recipes, glaze formulas, product designs and production volumes, and shall not disclose it to third parties without prior written consent. This obligation survives termination for five years.
H:TWELFTH.- DELAY PENALTIES
P:If the commissioning or the Final Acceptance is delayed for reasons attributable to the Licensor, the Licensor shall pay a penalty of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:THIRTEENTH.- LIABILITY
P:The total liability of each party under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to wilful misconduct, gross negligence, infringement of third-party intellectual property rights, or breach of Clauses Tenth and Eleventh.
H:FOURTEENTH.- SUBCONTRACTING
P:The Licensor shall not subcontract any part of the Configuration Services or the support without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:FIFTEENTH.- TERM AND TERMINATION
P:15.1 This Agreement enters into force on signature. The licence is perpetual and survives termination unless the Licensor terminates for non-payment of the licence fees.
P:15.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within twenty days after written notice. The Customer may also terminate if the delay penalties reach their maximum.
H:SIXTEENTH.- GOVERNING LAW AND JURISDICTION
P:16.1 This Agreement shall be governed by and construed in accordance with the laws of the Kingdom of Spain.
P:16.2 The parties, expressly waiving any other jurisdiction that may correspond to them, submit to the Courts and Tribunals of the city of Palma (Balearic Islands, Spain) for any dispute arising from this Agreement.
P:And in witness of their agreement, the parties sign this Agreement in duplicate, in English and to a single effect, in the place and on the date first written above.
P:The Licensor: ____________________    The Customer: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form + General Terms, §) -
H192E02 = """# Order Form — LodgeDesk Reservation Cloud

Order Form No. NB-2025-0412, issued under the General Terms and Conditions for LodgeDesk Cloud Services (version 3.1), which are reproduced in Part B and form part of this contract.

## Part A — Order Form

**Supplier:** Nordlicht Buchungssysteme GmbH, Kleiner Werder, Germany, entered in the commercial register (Handelsregister) of the competent local court; managing directors: Dr. Henrike Voss, Jonas Albrecht.

**Customer:** Mohe Beiji Aurora Lodge Co., Ltd., Beiji Village, Mohe City, Heilongjiang Province, People's Republic of China; legal representative: Mr Zhao Guanglin.

**Property:** Aurora-viewing lodge in Beiji Village with 86 rooms and 14 log cabins, one restaurant and a guided aurora-watch programme.

**Subscribed services:** LodgeDesk Professional, comprising property management (front desk, housekeeping, night audit), the booking engine for the Customer's website and WeChat mini-program, the channel manager (Trip.com, Fliggy, Meituan and Booking.com), the payment module (WeChat Pay, Alipay, UnionPay) and the "Aurora Alert" module, which sends opted-in guests a wake-up message when the aurora forecast for Mohe exceeds the level set by the Customer.

**Subscription Term:** 36 months from the Go-Live Date. The contract ends at the end of the Subscription Term; an extension requires a new Order Form signed by both parties.

**Fees** (in CNY at the Customer's request; taxes as invoiced under applicable law):

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 36 months × CNY 9,800 | 352,800 |
| Onboarding (one-time) | fixed price | 46,000 |
| **Total Contract Value** | | **398,800** |

**Invoicing:** The subscription fee is invoiced monthly in arrears. The onboarding fee is invoiced after Go-Live Acceptance under § 3 (3). No advance payment is due.

**Target Go-Live Date:** ten weeks after signature of this Order Form, and in any case before the start of the winter aurora season on 1 November.

**Hosting:** Supplier's hosting partner, mainland China region (Beijing).

Signed for the Supplier: ____________ Signed for the Customer: ____________

## Part B — General Terms and Conditions for LodgeDesk Cloud Services

### § 1 Scope

(1) These General Terms govern all LodgeDesk cloud services provided by the Supplier to business customers. Terms of the Customer that deviate from or supplement them do not apply, even if the Supplier does not expressly object to them.

(2) In case of conflict, the Order Form prevails over these General Terms.

### § 2 Services

(1) The Supplier makes the subscribed services available to the Customer as software as a service via the internet for the Subscription Term. The services are described in the product description current at the date of the Order Form.

(2) The Supplier may further develop the services, provided that the agreed functions are not materially reduced.

### § 3 Onboarding and Go-Live Acceptance

(1) Onboarding comprises the import of guest profiles and future bookings from the Customer's legacy system, the set-up of room types, cabins and rate plans, the mapping of all channels, the payment set-up, the configuration of the Aurora Alert module and the training of front-desk and reservation staff.

(2) Before Go-Live, the parties carry out the following acceptance tests: (a) test bookings made through each connected channel appear in the property calendar within 60 seconds; (b) changes of availability and rates reach all channels within 60 seconds; (c) all imported future bookings match the booking list of the legacy system; (d) payments taken during seven consecutive days reconcile with the statements of the payment providers; (e) an Aurora Alert is delivered to test guests in Chinese, English and Russian.

(3) If all tests are passed, the Customer signs the acceptance protocol (Abnahmeprotokoll) within five working days; otherwise it lists the defects in text form and the tests are repeated after correction. The Go-Live Date is the date of the signed protocol. Mere use of the services does not constitute acceptance.

(4) If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons for which the Supplier is responsible, the Supplier pays a contractual penalty (Vertragsstrafe) of CNY 300 for each calendar day of delay, up to a maximum of 5% of the Total Contract Value.

### § 4 Fees and Payment

(1) The fees result from the Order Form. Invoices are due within 30 days of receipt.

(2) During the Subscription Term the fees are fixed. The Supplier may not increase them.

### § 5 Service Levels

(1) The Supplier guarantees an availability of the booking engine, the channel manager and the property management functions of 99.95% per calendar month, measured at the exit of the hosting data centre. Announced maintenance carried out between 02:00 and 05:00 Beijing time, of no more than six hours per month, is not counted as unavailability.

(2) Incidents are classified and handled as follows: Priority 1 (booking engine, front desk or channel manager unavailable for the property): response within 30 minutes, 24 hours a day, and restoration within 3 hours; Priority 2 (a function impaired, work-around available): response within 2 hours; Priority 3 (other matters): response on the next working day.

(3) If the monthly availability falls below 99.95%, the Customer receives a service credit of 5% of the monthly fee; below 99.5%, 10%; below 99.0%, 20%. For each missed Priority 1 response time the credit is a further 3% of the monthly fee. Credits are deducted from the next invoice.

### § 6 Customer Data and Data Protection

(1) All data that the Customer or its guests enter into or generate with the services, in particular guest names, passport and identity-card data, contact details, stay history and payment references ("Customer Data"), remain the property of the Customer. The Supplier processes Customer Data only on the Customer's documented instructions and only to provide the services.

(2) Customer Data are stored and processed exclusively in data centres in mainland China and are not transferred abroad. The Supplier complies with the Personal Information Protection Law and the Data Security Law of the PRC, encrypts Customer Data in transit and at rest, restricts access to authorised staff on a need-to-know basis and keeps access logs for at least six months. The Supplier holds an ISO/IEC 27001 certificate for the services.

(3) The Supplier notifies the Customer in text form of any personal-data breach or other security incident affecting Customer Data within 24 hours of becoming aware of it, takes all measures necessary to contain it and supports the Customer in its notifications to authorities and guests. The Supplier is liable for damage resulting from its breach of this § 6.

(4) At the end of the contract the Supplier provides the Customer with a complete export of the Customer Data in a common format and then deletes them, confirming the deletion in text form.

### § 7 Subcontractors and Sub-processors

(1) The Supplier may engage subcontractors and sub-processors, including hosting providers, SMS and messaging gateways and local support partners, at its own discretion.

(2) The Supplier informs the Customer in text form (e-mail suffices) at least 14 days before a new subcontractor or sub-processor begins to work for the Customer. The Supplier remains responsible for its subcontractors as for its own acts.

### § 8 Rights of Use and Intellectual Property

(1) The services, the software and the documentation remain the property of the Supplier. The Customer receives a non-exclusive right to use the services for its property during the Subscription Term.

(2) The configurations, rate-plan structures, booking-engine designs and message templates created for the Customer during onboarding, and all content supplied by the Customer, belong to the Customer. The Customer may use, modify and pass them on to a successor provider without restriction; the Supplier delivers them in an editable format on request.

### § 9 Confidentiality

(1) Both parties shall treat as confidential all business and trade secrets of the other party that become known to them in connection with the contract, in particular occupancy figures, rates and guest information, and shall use them only for the purposes of the contract.

(2) This obligation continues for three years after the end of the contract.

### § 10 Liability

(1) The Supplier is liable without limitation for intent and gross negligence, for injury to life, body or health, and under the Product Liability Act.

(2) In the event of slight negligence, the Supplier is liable only for the breach of an essential contractual obligation (Kardinalpflicht), that is an obligation whose fulfilment makes the proper performance of the contract possible in the first place and on which the Customer may regularly rely, and only for the typical, foreseeable damage.

(3) In the cases of paragraph (2), the Supplier's total liability under this contract is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

(4) Contractual penalties under § 3 (4) and service credits under § 5 (3) are credited against any claim for damages.

### § 11 Term and Termination

(1) The contract runs for the Subscription Term stated in the Order Form. Ordinary termination during the Subscription Term is excluded.

(2) The right of either party to terminate for good cause (aus wichtigem Grund) remains unaffected. Good cause for the Customer exists in particular if the Supplier commits a material breach of contract and does not remedy it within 14 days after a written warning, or if the monthly availability is below 99.0% in two consecutive months.

(3) Termination must be in writing.

### § 12 Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or the failure of public networks, for the duration of the event. The affected party informs the other without undue delay.

### § 13 Final Provisions

(1) This contract is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising out of or in connection with this contract is the registered office of the Supplier in Germany.

(3) Amendments and supplements to this contract must be made in text form. This also applies to a waiver of this form requirement.

(4) Should any provision of this contract be or become invalid, the validity of the remaining provisions shall not be affected (severability clause). The parties shall replace the invalid provision with a valid one that comes as close as possible to its economic purpose.
"""

# ---------------------------------------------------------------- e03 (.docx, buyer's paper, Article N) -
H192E03 = """T:Purchase and Maintenance Contract for Dissolved-Oxygen Monitoring Equipment
P:Contract No.: DSHY-2025-017
P:Buyer: Dongshan Haiyu Abalone Hatchery Co., Ltd., Chencheng Town, Dongshan County, Zhangzhou, Fujian Province, People's Republic of China (the "Buyer")
P:Supplier: Aquasensor Foradada, S.L., Illa Foradada, Balearic Islands, Spain, acting through its project office in Xiamen (the "Supplier")
P:The Buyer operates abalone seedling and grow-out halls in Dongshan, where a failure of oxygen supply can cause the loss of a whole tank of stock within hours. Following the Buyer's invitation to bid, the parties conclude this Contract, on the Buyer's contract form, for the supply, installation and maintenance of a dissolved-oxygen monitoring and alarm system. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a dissolved-oxygen monitoring and alarm system for the Buyer's six seedling halls and two grow-out halls (the "System"), consisting of the equipment and software listed in Article 2, the cabling and mounting materials, and the link of the alarm controllers to the emergency oxygen valves and blowers.
P:1.2 The System shall measure dissolved oxygen in every tank, and temperature, pH and salinity in every hall, display all readings on the monitoring software in the Buyer's control room, and open the emergency oxygen valve and sound the alarm of the affected hall when oxygen falls below the level set by the Buyer.
P:1.3 The Supplier shall deliver operating and maintenance manuals in Chinese, the calibration procedure, spare-parts lists and test reports.
P:1.4 The Supplier shall also deliver, within the Contract Price, a set of commissioning spares consisting of ten dissolved-oxygen sensor caps, two multi-parameter probes and one data transmitter, to be kept in the Buyer's store.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,390,000 (one million three hundred and ninety thousand yuan), VAT included. It is fixed and covers equipment, software licence, packing, transport, insurance, installation, calibration, commissioning, training and the warranty services. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen sensor with anti-fouling cap|180|3,650|657,000
TB:2|Multi-parameter probe (temperature, pH, salinity)|24|9,800|235,200
TB:3|Data transmitter (RS-485 / 4G)|24|4,200|100,800
TB:4|Alarm and valve controller|12|11,500|138,000
TB:5|Monitoring software, perpetual licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||1,227,000
TB:6|Installation, cabling and commissioning|1|142,000|142,000
TB:7|Calibration kit and training|1|21,000|21,000
TB:|Contract Price|||1,390,000
P:2.2 No other charges are payable unless agreed in a written change order signed by both parties.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 139,000) as advance payment within 10 working days after the Buyer receives an advance-payment bank guarantee of the same amount from a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 764,500) within 10 working days after the Delivery and Installation Certificate. This certificate confirms quantities and installation only; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 486,500) within 10 working days after the Final Acceptance Certificate.
P:3.4 The Supplier shall issue a VAT invoice before each payment. All payments are made in CNY to the Supplier's account in mainland China.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 50 days after signature and complete installation and commissioning within 80 days after signature.
P:4.2 Installation in a hall shall be carried out with the stock in place. The Supplier shall follow the Buyer's biosecurity rules, including disinfection of tools and footwear, and shall not interrupt the existing aeration.
P:4.3 The Supplier shall train the Buyer's hall technicians and control-room staff on site in two sessions: the first on daily reading, sensor cleaning and alarm handling, the second on calibration with the calibration kit and on replacing sensor caps. Each trainee shall carry out one calibration under supervision.
P:4.4 If delivery or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 30 days, the Buyer may also terminate this Contract under Article 13.
H:Article 5 Acceptance
P:5.1 After commissioning, the parties shall carry out the acceptance tests: (a) every dissolved-oxygen sensor is compared on site with the Buyer's calibrated reference meter and deviates by no more than 0.2 mg/L; (b) every probe reads temperature within 0.2 °C and salinity within 0.5 PSU of the reference; (c) in each hall a simulated low-oxygen reading opens the emergency valve and sounds the alarm within 10 seconds, and the alarm reaches the duty manager's mobile phone within 60 seconds; (d) the monitoring software records every channel without gaps; (e) the System runs for 21 consecutive days without a Severity 1 incident.
P:5.2 When all tests are passed, the Buyer signs the Final Acceptance Certificate. Delivery, installation, commissioning or the use of the System in production do not constitute acceptance. If a test fails, the Supplier shall correct the defect within 10 days at its own cost and the test shall be repeated.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective equipment free of charge, replace the sensor caps when they reach the end of their rated life, provide software updates, and carry out two calibration visits per year.
P:6.2 Equipment replaced under warranty receives a new warranty of 24 months or the remainder of the original warranty, whichever is longer.
H:Article 7 Service Levels
P:7.1 Severity 1 means that oxygen readings or alarms are lost for any tank, or that an emergency valve cannot be opened by the System. Severity 2 means a fault of a single sensor or probe with the alarm chain still working. Severity 3 means any other question.
P:7.2 For Severity 1, the Supplier shall respond by telephone within 30 minutes at any time, have an engineer on site within 3 hours and restore the function within 8 hours. For Severity 2, the Supplier shall respond within 2 hours and replace the sensor within 2 days. For Severity 3, the Supplier shall respond on the next working day.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 or Severity 2 time, the Buyer may deduct CNY 1,000 from any amount payable to the Supplier.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period, the Supplier shall provide maintenance on the Buyer's purchase order, with the scope and service levels of Articles 6.1 and 7.
P:8.2 The annual maintenance fee is 9% of the Hardware and Licence Subtotal, that is CNY 110,430 per year. The fee is fixed for the first three years after the warranty period. Maintenance does not renew automatically.
H:Article 9 Data and Security
P:9.1 All monitoring data, alarm records and production records of the Buyer are the Buyer's property. The Supplier may use them only to perform this Contract.
P:9.2 The monitoring software runs on the Buyer's server in its control room. Remote access by the Supplier requires the Buyer's approval for each session, is made through the Buyer's VPN and is logged. The Supplier shall not copy the Buyer's data outside the Buyer's systems.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting the System or the Buyer's data within 12 hours, take remedial measures immediately and compensate the Buyer for all losses caused by its breach.
H:Article 10 Confidentiality
P:The Supplier shall keep confidential the Buyer's production data, stocking densities, survival rates, hall layout and all other non-public information obtained under this Contract, and shall not disclose it to any third party without the Buyer's written consent. This obligation survives the end of this Contract.
H:Article 11 Intellectual Property
P:11.1 The Supplier warrants that the System does not infringe any third-party rights.
P:11.2 The configuration, alarm logic, valve-control settings and documentation produced for the Buyer belong to the Buyer, which may use and modify them freely. The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's notice, if the acceptance tests fail twice, or if the delay exceeds 30 days.
P:13.2 On termination the Supplier shall refund the payments received for the parts not accepted and compensate the Buyer's losses.
H:Article 14 Force Majeure
P:A party prevented from performing by an event beyond its reasonable control, such as a typhoon, earthquake or epidemic, shall notify the other party promptly and shall be excused for the duration of the event. Typhoon warnings in Dongshan are not force majeure for the Supplier's obligations under Article 7 unless access to the site is closed by the authorities.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules in force.
H:Article 16 Miscellaneous
P:This Contract is made in English in four originals, two for each party, and takes effect on signature and seal by both parties. Annex 1: Technical Specification. Annex 2: Hall Layout and Sensor Positions. Annex 3: Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.txt, Scottish style, Clause N) -
H192E04 = """MANAGED IT SERVICES AGREEMENT

between

SHIANT MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC614207) and having its registered office at Eilean Mhuire, Shiant Isles, Scotland ("the Provider")

and

CHENGDU BAMBOO LANTERN ANIMATION CO., LTD., a company incorporated in the People's Republic of China and having its registered office at Tianfu Software Park, Chengdu, Sichuan Province ("the Customer")

CONSIDERING THAT:

(A) the Customer is an animation studio employing around 220 artists, producers and support staff, and operates a render farm, shared production storage and a studio network at its premises in Chengdu;

(B) the Provider supplies managed IT and end-user support services and has offered to provide such services to the Customer on the terms of this Agreement; and

(C) at the Customer's request, all charges under this Agreement are stated and payable in Chinese yuan (CNY);

NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the PRC; "Charges" means the charges set out in Schedule 1; "Service Commencement Date" means the date of the Transition Acceptance Certificate; "Services" means the services described in Clause 2 and Schedule 2; "Initial Term" means the period of 24 months from the Service Commencement Date; "Customer Data" means all data, files and production assets of the Customer, including unreleased animation, that are processed or stored on the systems managed under this Agreement.

1.2 Clause headings are for convenience only. References to a Schedule are to a schedule to this Agreement, which forms part of it.

2. THE SERVICES

2.1 The Provider shall provide the following Services from the Service Commencement Date:
(a) service desk for all users, by telephone, WeChat and web portal, from 08:00 to 22:00 on Business Days and from 10:00 to 18:00 at weekends;
(b) desktop support for up to 240 workstations, including artist workstations with graphics cards and pen displays, on site in Chengdu during service desk hours;
(c) monitoring and management of the render farm (160 render nodes), the render queue manager and the shared production storage;
(d) server, network and Wi-Fi management, including firewalls and switches;
(e) patching, anti-virus management and the management of nightly backups of the production storage and the finance server;
(f) monthly service reports and a quarterly service review meeting.

2.2 Before the Service Commencement Date the Provider shall carry out the transition described in Clause 4.

3. TERM AND RENEWAL

3.1 This Agreement commences on the date of its signature by both parties and, subject to earlier termination under Clause 14, continues for the Initial Term.

3.2 On the expiry of the Initial Term, this Agreement shall continue automatically for successive renewal periods of one year each unless either party gives the other written notice of non-renewal not less than 90 days before the end of the Initial Term or the then current renewal period.

3.3 The Provider may increase the Charges with effect from the start of each renewal period by giving the Customer not less than 60 days' written notice of the revised Charges. The revised Charges shall apply to the renewal period unless the Customer gives notice of non-renewal under Clause 3.2.

4. TRANSITION AND ACCEPTANCE

4.1 Within 45 days after signature the Provider shall: (a) take an inventory of all workstations, servers, render nodes and network devices; (b) install its monitoring agents on all managed devices; (c) carry out a test restore of the production storage backup and of the finance server backup; (d) document the runbooks for the render farm and the storage; and (e) complete knowledge transfer from the Customer's current support staff.

4.2 The Customer shall sign a Transition Acceptance Certificate when the items in Clause 4.1 have been completed and the test restores have recovered the selected projects and files intact. Using the Services before that date does not constitute acceptance.

4.3 If Transition Acceptance is delayed beyond 45 days after signature for reasons attributable to the Provider, the Provider shall pay to the Customer liquidated damages of CNY 1,200 for each day of delay, up to a maximum of CNY 60,000.

5. CHARGES AND PAYMENT

5.1 The Charges are set out in Schedule 1. The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No amount is payable in advance.

5.2 The Customer shall pay each undisputed invoice within 30 days after receipt. The Provider shall issue valid VAT invoices through its Chengdu branch.

6. SERVICE LEVELS AND SERVICE CREDITS

6.1 The Provider shall meet the service levels in Schedule 2.

6.2 If the Provider fails to meet a Priority 1 or Priority 2 response time, the Customer shall be entitled to a service credit of 2% of the Monthly Service Charge for each failure, up to 10% of the Monthly Service Charge in any month. Service credits are deducted from the next invoice.

7. CUSTOMER DATA

7.1 Customer Data shall remain the property of the Customer. The Provider shall use Customer Data only to provide the Services and shall not sell, publish or otherwise exploit it.

7.2 On termination, the Provider shall return to the Customer all administrator credentials, backup catalogues and documentation relating to the managed systems.

8. CUSTOMER OBLIGATIONS

8.1 The Customer shall give the Provider's staff access to its premises and systems as reasonably required, provide a workspace for the on-site engineers and nominate a service manager.

8.2 The Customer remains responsible for the licensing of the software installed on its workstations and render nodes.

9. INTELLECTUAL PROPERTY

9.1 All runbooks, scripts, configurations and documentation created by the Provider specifically for the Customer under this Agreement shall belong to the Customer, which may use, modify and disclose them, including to any replacement provider.

9.2 The Provider's monitoring tools and its pre-existing know-how remain the Provider's property.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all information of the other party that is marked as confidential or that ought reasonably to be regarded as confidential, including the Customer's scripts, storyboards, character designs, unreleased episodes and client lists, and shall not disclose it except to its employees and advisers who need to know it for the purposes of this Agreement.

10.2 This Clause 10 shall survive termination of this Agreement for five years.

11. PERSONNEL

11.1 The Provider shall assign two on-site engineers and a named service manager. The Provider shall not replace the service manager without giving the Customer 30 days' notice, except in case of illness or resignation.

11.2 The Provider's personnel shall comply with the Customer's site rules while on the Customer's premises.

12. SUBCONTRACTING

The Provider shall not subcontract the performance of any of the Services without the prior written consent of the Customer. The Provider shall remain responsible for the acts and omissions of any approved subcontractor as if they were its own.

13. LIABILITY

13.1 Neither party excludes or limits its liability for death or personal injury caused by its negligence or for fraud.

13.2 Subject to Clause 13.1, the total liability of the Provider under or in connection with this Agreement shall not exceed 150% of the total Charges payable for the Initial Term.

13.3 Neither party shall be liable for indirect or consequential loss.

14. TERMINATION

14.1 The Customer may terminate this Agreement with immediate effect by written notice if the Provider commits a material breach of this Agreement which is not remedied within 30 days after written notice requiring it to be remedied, or if the Provider fails to meet the Priority 1 response time three times in any period of three consecutive months.

14.2 Either party may terminate this Agreement with immediate effect by written notice if the other party becomes insolvent or enters into liquidation.

14.3 On termination, the Provider shall co-operate in the orderly transfer of the Services to the Customer or a replacement provider for up to 60 days at the then current rates.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement shall be governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Chengdu Arbitration Commission for arbitration in Chengdu, whose award shall be final and binding on the parties.

16. GENERAL

16.1 No variation of this Agreement shall be effective unless it is in writing and signed by both parties. This Agreement constitutes the entire agreement between the parties in relation to its subject matter.

16.2 Notices shall be given in writing to the addresses stated above, or to such other address as a party may notify.

SCHEDULE 1 - CHARGES

Transition Charge (one-time, invoiced after Transition Acceptance): CNY 38,000
Monthly Service Charge (up to 240 workstations, 160 render nodes, storage and network): CNY 68,500 per month
Total Charges for the Initial Term: 24 x CNY 68,500 + CNY 38,000 = CNY 1,682,000
Additional workstations above 240: CNY 260 per workstation per month.

SCHEDULE 2 - SERVICE LEVELS

Priority 1 - render farm, production storage or studio network unavailable, or more than 20 users unable to work: response within 6 hours, at any time; target resolution within 1 Business Day.
Priority 2 - a single server, or a group of up to 20 users, affected: response within 8 Business Hours; target resolution within 2 Business Days.
Priority 3 - a single user affected, or a service request: response within 1 Business Day; target resolution within 3 Business Days.
Response means that a qualified engineer has contacted the Customer's reporting user and started work on the incident.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules are executed as follows:

They are subscribed for and on behalf of Shiant Managed Services Limited
at ______________ on ______________ 2025
by ______________, Director, before this witness: ______________

They are subscribed for and on behalf of Chengdu Bamboo Lantern Animation Co., Ltd.
at Chengdu on ______________ 2025
by ______________, Legal Representative, before this witness: ______________
"""

# ---------------------------------------------------------------- e05 (.txt, Italian style, Art. N (title)) -
H192E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
PhytoLink API for phytosanitary certification

BETWEEN

FITOCERT MORTORIO S.R.L., with registered office on the Isola di Mortorio, Arzachena (SS), Sardinia, Italy, VAT number IT02871450904, in the person of its legal representative pro tempore, Ms Giulia Satta (hereinafter the "Supplier"),

AND

GUANGXI PINGGUO SUNFIELD MANGO EXPORT CO., LTD., with registered office in Pingguo City, Baise, Guangxi Zhuang Autonomous Region, People's Republic of China, in the person of its legal representative, Mr Huang Weiming (hereinafter the "Customer"),

(the Supplier and the Customer hereinafter jointly the "Parties" and each a "Party")

WHEREAS

a) the Supplier has developed and operates PhytoLink, an application programming interface (the "API") that prepares, pre-validates and tracks phytosanitary certificate applications and ePhyto data for fresh-fruit exports, checking each consignment against the phytosanitary import requirements of the destination country;

b) the Customer packs and exports fresh mangoes from Pingguo to markets in the Middle East, Central Asia, Russia and Southeast Asia, and wishes to connect its packing-house management system to the API, so that certificate applications are prepared automatically from its packing and treatment records;

c) the Customer has requested that all fees under this Agreement be stated and paid in Chinese yuan (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Recitals and annexes)
1.1 The recitals and the annexes form an integral and substantive part of this Agreement.
1.2 Annex A (Service Description), Annex B (Destination Rule Sets) and Annex C (Integration Acceptance Tests) are attached.

Art. 2 (Subject matter)
2.1 The Supplier grants the Customer access to the API for the Subscription Term, for up to 3,000 certificate transactions per subscription year.
2.2 The Supplier shall develop and deliver a connector between the Customer's packing-house management system and the API (the "Connector"), and shall configure the rule sets for nine destination countries listed in Annex B, including the requirements on orchard and packing-house registration, vapour-heat or hot-water treatment records, and labelling (together with the Connector, the "Integration Work").

Art. 3 (Term)
3.1 This Agreement enters into force on the date of signature. The subscription runs for twenty-four months from the Integration Acceptance date (the "Subscription Term").
3.2 This Agreement shall not be tacitly renewed. Any extension requires a new written agreement.

Art. 4 (Fees and payment)
4.1 The fees are:
- annual subscription fee: CNY 168,000 per subscription year, that is CNY 336,000 for the Subscription Term;
- Integration Work, fixed price: CNY 134,000;
- total value of this Agreement: CNY 470,000.
4.2 Payment terms:
- on signature: the first annual subscription fee (CNY 168,000) and 55% of the Integration Work price (CNY 73,700), payable within ten days of signature;
- after Integration Acceptance: the remaining 45% of the Integration Work price (CNY 60,300);
- at the start of the second subscription year: the second annual subscription fee (CNY 168,000).
4.3 Invoices are payable by bank transfer in CNY. Transactions above the annual allowance are charged at CNY 45 each at the end of each quarter.

Art. 5 (Integration and acceptance)
5.1 The Supplier shall complete the Integration Work within sixty days of signature, so that the Connector is in operation before the main mango harvest.
5.2 The Integration Acceptance tests in Annex C shall verify in particular that: (a) fifty test consignments covering all nine destinations are converted from packing records into complete certificate applications without manual re-keying; (b) every rule set rejects the test consignments prepared with missing or wrong treatment records and states the reason; (c) status updates return to the packing-house system within five minutes; and (d) the Connector runs for ten consecutive working days without a Severity 1 incident.
5.3 When the tests are passed, the Parties sign the Integration Acceptance report. Productive use of the Connector does not constitute acceptance.
5.4 If the Integration Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay a penalty of CNY 400 for each day of delay, up to a maximum of CNY 40,000, without prejudice to compensation for further damage.

Art. 6 (Service levels)
6.1 The Supplier guarantees a monthly availability of the API of 99.95%, excluding maintenance announced at least three days in advance and carried out between 00:00 and 04:00 China Standard Time.
6.2 Severity 1 (the API or the Connector does not process applications): response within one hour, at all times, and restoration within six hours; Severity 2 (a rule set or a function impaired): response within three hours; Severity 3: response within two working days.
6.3 If availability in a month is below 99.95%, the Supplier grants a credit of 5% of one twelfth of the annual subscription fee; below 99.5%, 10%; below 99.0%, 20%. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.
6.4 From June to September the Supplier shall keep an engineer on call for the Customer's packing season.
6.5 The Supplier shall send the Customer a monthly service report stating the availability achieved, the incidents and their resolution times, and the number of certificate transactions used.

Art. 7 (Obligations of the Customer)
7.1 The Customer shall provide accurate packing, orchard and treatment data and shall remain responsible for the content of the certificate applications that it submits to the customs authorities.
7.2 The Customer shall keep its access credentials secret.
7.3 The Customer shall give the Supplier's engineers remote access to a test environment of its packing-house management system during the Integration Work and shall make a contact person available on working days.

Art. 8 (Customer data and data security)
8.1 All data entered by or for the Customer, including consignment, grower, orchard-registration, treatment and consignee data, are the Customer's property ("Customer Data"). The Supplier processes Customer Data only to provide the services under this Agreement and on the Customer's instructions.
8.2 Customer Data are stored on servers located in mainland China and are transmitted to third parties only as required for certificate applications the Customer has authorised. The Supplier applies encryption in transit and at rest, role-based access and logging, and complies with the Data Security Law and the Personal Information Protection Law of the PRC.
8.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, shall take all necessary remedial measures, and shall be liable for the damage caused by its breach of this article.

Art. 9 (Intellectual property)
9.1 The API, the PhytoLink platform and the standard rule sets are and remain the exclusive property of the Supplier.
9.2 The Connector, the field mappings and the destination rule-set configurations developed for the Customer under the Integration Work are likewise the exclusive property of the Supplier, including the source code. The Customer receives a non-exclusive, non-transferable right to use them during the Subscription Term, solely together with the API, and may not modify them or have them modified by third parties.
9.3 The Supplier shall indemnify the Customer against claims of third parties alleging that the API or the Integration Work infringes their intellectual property rights.

Art. 10 (Confidentiality)
10.1 Each Party shall keep confidential the technical and commercial information of the other Party that it receives under this Agreement, in particular the Customer's export volumes, prices, buyers and grower base, and shall use it only for the purposes of this Agreement.
10.2 This obligation remains in force for three years after the end of this Agreement.

Art. 11 (Liability)
11.1 The Supplier's total liability under this Agreement is limited to twice the total value of this Agreement stated in Art. 4.1, except in case of wilful misconduct or gross negligence, which are not limited.
11.2 The Supplier is not liable for decisions of customs or plant-protection authorities on the Customer's consignments, unless caused by an error of the API or the Integration Work.

Art. 12 (Subcontracting)
12.1 The Supplier shall not subcontract, in whole or in part, the services or the Integration Work without the Customer's prior written consent.
12.2 The hosting provider named in Annex A is approved by the Customer on signature of this Agreement.

Art. 13 (Termination)
13.1 Either Party may terminate this Agreement by registered letter or e-mail with confirmation of receipt if the other Party commits a material breach and does not remedy it within twenty days of a written notice.
13.2 The Customer may terminate this Agreement with immediate effect, by way of express termination clause, if the Supplier breaches Art. 8 or if the availability of the API is below 99.0% in two consecutive months.
13.3 On termination, the Supplier shall refund the part of the subscription fee paid for the period after termination.

Art. 14 (Force majeure)
Neither Party shall be liable for delays caused by events beyond its reasonable control, provided it informs the other Party promptly and resumes performance as soon as possible.

Art. 15 (Governing law and disputes)
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.

Art. 16 (Final provisions)
16.1 Any amendment to this Agreement shall be made in writing and signed by both Parties.
16.2 This Agreement is made in English. A Chinese translation may be prepared for the Customer's internal use; in case of discrepancy the English text prevails.
16.3 The Parties declare that every article of this Agreement has been read and specifically negotiated between them.

Read, confirmed and signed.

Arzachena / Pingguo, ______________ 2025

For the Supplier: ______________            For the Customer: ______________
"""

# ---------------------------------------------------------------- files -------------------------------
SOURCES = {"h192z01": H192Z01, "h192z02": H192Z02, "h192e01": H192E01, "h192e03": H192E03}
TARGETS = {"h192z01": ("h192z01_grain_reserve_smart_depot_supervision.docx", "docx"),
           "h192z02": ("h192z02_paper_mill_web_defect_inspection.pdf", "pdf"),
           "h192e01": ("h192e01_incense_burner_kiln_firing_licence_es_vendor.pdf", "pdf"),
           "h192e03": ("h192e03_abalone_hatchery_oxygen_sensors_buyer_paper.docx", "docx")}
PLAIN = {"h192z03": ("h192z03_music_school_scheduling_billing_saas.md", H192Z03),
         "h192z04": ("h192z04_county_archives_digital_archive_om_single_source.txt", H192Z04),
         "h192z05": ("h192z05_lotus_starch_erp_supplier_template.md", H192Z05),
         "h192e02": ("h192e02_aurora_lodge_reservation_saas_de_vendor.md", H192E02),
         "h192e04": ("h192e04_animation_studio_managed_it_scot_provider.txt", H192E04),
         "h192e05": ("h192e05_mango_exporter_phyto_api_it_vendor.txt", H192E05)}
FILES = {k: v[0] for k, v in TARGETS.items()} | {k: v[0] for k, v in PLAIN.items()}

# ---------------------------------------------------------------- price and payment sums ---------------
# z01: Word price table and 3.1-3.3; 6.2 维保费 7 % of 软硬件小计
Z01_HW = 1286400 + 974800 + 538600 + 620000
assert Z01_HW == 3419800
Z01_V = Z01_HW + 356000 + 247200 + 27000
assert Z01_V == 4050000
assert 810000 + 1417500 + 1822500 == Z01_V and 810000 == Z01_V * 20 // 100 and 1417500 == Z01_V * 35 // 100
assert round(Z01_HW * 0.07) == 239386 and 202500 == Z01_V * 5 // 100
# z02: 一（二） items, 三 payments, 六（二） 26 % of 设备及软件小计
Z02_HW = 24 * 38500 + 12 * 26800 + 4 * 61200 + 2 * 168000 + 2 * 72300
assert (24 * 38500, 12 * 26800, 4 * 61200, 2 * 168000, 2 * 72300) == (924000, 321600, 244800, 336000, 144600)
assert Z02_HW == 1971000
Z02_V = Z02_HW + 118000 + 16000
assert Z02_V == 2105000
assert 210500 + 1052500 + 736750 + 105250 == Z02_V
assert (210500, 1052500, 736750, 105250) == tuple(Z02_V * p // 100 for p in (10, 50, 35, 5))
assert round(Z02_HW * 0.26) == 512460
# z03: 46 校区 × 5,800 × 3 + 实施
assert 46 * 5800 == 266800 and 266800 * 3 == 800400 and 266800 // 4 == 66700
Z03_V = 800400 + 126000
assert Z03_V == 926400
# z04: six service items, four quarterly payments
Z04_V = 132000 + 64000 + 78000 + 56000 + 36000 + 20000
assert Z04_V == 386000 and 4 * 96500 == Z04_V
# z05: price table, 3.1/3.2
Z05_V = 368000 + 146000 + 88000 + 112000
assert Z05_V == 714000 and 464100 + 249900 == Z05_V and 464100 == Z05_V * 65 // 100
# e01: licence subtotal, price, payments, support fee 11 % of licence subtotal
E01_LIC = 318000 + 14 * 12000
assert 14 * 12000 == 168000 and E01_LIC == 486000
E01_V = E01_LIC + 214000 + 58000
assert E01_V == 758000
assert (151600, 341100, 265300) == tuple(E01_V * p // 100 for p in (20, 45, 35)) and 151600 + 341100 + 265300 == E01_V
assert round(E01_LIC * 0.11) == 53460
# e02: 36 × 9,800 + onboarding
assert 36 * 9800 == 352800
E02_V = 352800 + 46000
assert E02_V == 398800
# e03: Word price table, payments, maintenance 9 % of subtotal
E03_HW = 180 * 3650 + 24 * 9800 + 24 * 4200 + 12 * 11500 + 96000
assert (180 * 3650, 24 * 9800, 24 * 4200, 12 * 11500) == (657000, 235200, 100800, 138000) and E03_HW == 1227000
E03_V = E03_HW + 142000 + 21000
assert E03_V == 1390000
assert (139000, 764500, 486500) == tuple(E03_V * p // 100 for p in (10, 55, 35)) and 139000 + 764500 + 486500 == E03_V
assert round(E03_HW * 0.09) == 110430
# e04: 24 × 68,500 + transition
E04_V = 24 * 68500 + 38000
assert E04_V == 1682000
# e05: 2 × 168,000 + integration; payments
E05_V = 2 * 168000 + 134000
assert E05_V == 470000 and 73700 + 60300 == 134000 and 73700 == 134000 * 55 // 100
assert 168000 + 73700 + 60300 + 168000 == E05_V

# ---------------------------------------------------------------- labels --------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
# Defaults = the compliant reading; each contract below states what differs.
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

# key: (language, category, terms, extra, planned rules, facts the rules need that are not terms)
# facts: forum_outside (CR-GOVERNING-LAW), fee_base (TCO: itemised licence/hardware price, else the value)
PLAN = {
    "h192z01": ("zh", "hardware",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=Z01_V),
                [], dict(forum_outside=False, fee_base=Z01_HW)),
    "h192z02": ("zh", "hardware",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=10,
                     final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=Z02_V),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
                dict(forum_outside=False, fee_base=Z02_HW)),
    "h192z03": ("zh", "cloud",
                dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                     ld_rate_per_day_pct=800 / Z03_V * 100, liability_cap_pct=200,
                     auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z03_V),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], dict(forum_outside=False)),
    "h192z04": ("zh", "services",
                dict(availability_pct=99.95, p1_response_hours=6, ld_rate_per_day_pct=0.1, liability_cap_pct=50),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z04_V),
                ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"], dict(forum_outside=False)),
    "h192z05": ("zh", "software",
                dict(p1_response_hours=12, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                     ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                     final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
                     subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=Z05_V),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                dict(forum_outside=False, fee_base=368000)),
    "h192e01": ("en", "software",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                     governing_law="Spain", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=E01_V),
                ["CR-GOVERNING-LAW"], dict(forum_outside=True, fee_base=E01_LIC)),
    "h192e02": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=300 / E02_V * 100,
                     liability_cap_pct=6 / 36 * 100, subcontract_without_consent=True, governing_law="Germany"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E02_V),
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], dict(forum_outside=True)),
    "h192e03": ("en", "hardware",
                dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=E03_V),
                [], dict(forum_outside=False, fee_base=E03_HW)),
    "h192e04": ("en", "services",
                dict(p1_response_hours=6, data_security_clause=False, ld_rate_per_day_pct=1200 / E04_V * 100,
                     liability_cap_pct=150, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E04_V),
                ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-RESPONSE"], dict(forum_outside=False)),
    "h192e05": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=1, ip_owner="supplier",
                     ld_rate_per_day_pct=400 / E05_V * 100, liability_cap_pct=200,
                     prepayment_pct=(168000 + 73700) / E05_V * 100),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E05_V),
                ["CR-IP-OWNERSHIP", "CR-PREPAYMENT"], dict(forum_outside=False)),
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, facts, horizon=5):
    """Policy section 4: value + post-warranty fees over the horizon (partial years pro rata); None if not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * facts["fee_base"] * years
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def rules(t, x, facts):
    """The contract_risk rules of policy.md section 3, read as its 'Where rules apply' notes say."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or facts["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    c = tco(t, x, facts)
    if c is not None and c[2] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


def build_labels():
    labels = {}
    for key, (lang, cat, diff, extra, planned, facts) in PLAN.items():
        terms = dict(BASE)
        assert set(diff) <= set(TERM_KEYS), key
        terms.update(diff)
        terms = {k: terms[k] for k in TERM_KEYS}
        if terms["contract_kind"] == "goods_or_licence":
            assert "post_warranty_fee_capped" in extra, key
        else:
            assert "post_warranty_fee_capped" not in extra and terms["warranty_months"] is None, key
        extra = {k: extra[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                       "acceptance_deemed_on_delivery", "contract_value"] if k in extra}
        for k, v in THRESHOLD_VALUES.items():
            assert terms[k] is None or abs(terms[k] - v) > 1e-9, (key, k, terms[k])
        got = rules(terms, extra, facts)
        assert got == sorted(planned), (key, got, sorted(planned))
        c = tco(terms, extra, facts)
        assert c is None or abs(c[2] - 40) > 1e-9, key
        labels[key] = {"file": FILES[key], "language": lang, "category": cat, "expected_terms": terms,
                       "expected_extra": extra, "expected_rules": got}
    return labels


def risk(rule_ids):
    if set(rule_ids) & HIGH:
        return "high"
    if set(rule_ids) - LOW:
        return "medium"
    return "low"

# ---------------------------------------------------------------- read-back check ----------------------
THRESHOLD_PATTERNS = [  # values that would sit on a policy threshold (or look like one); every hit is printed
    ("30 %", r"(?<![\d.])30(?:\.0+)?\s*%|百分之三十|thirty per ?cent|\(30%\)"),
    ("4 hours", r"(?<![\d.:])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)|(?<![十二])四个?小时|(?<![-\w])four\s*(?:\(4\)\s*)?hours?"),
    ("99.9 %", r"99\.9(?![\d])|99\.90"),
    ("0.05 %/day", r"(?<![\d.])0\.05\s*%|万分之五(?!十)|0\.5\s*‰|千分之零点五"),
    ("15 %", r"(?<![\d.])15(?:\.0+)?\s*%|百分之十五|fifteen per ?cent"),
    ("100 %", r"(?<![\d.])100(?:\.0+)?\s*%|百分之一?百(?![分之])|one hundred per ?cent"),
    ("12 months", r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?\b)|十二个月|twelve\s*(?:\(12\)\s*)?months?|12-month|(?:质保|保修|维护|维保)期?为?一年|one[- ]year warranty"),
    ("40 %", r"(?<![\d.])40(?:\.0+)?\s*%|百分之四十|forty per ?cent"),
]


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
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check(labels):
    clean = True
    for key in sorted(FILES):
        path = OUT / FILES[key]
        text = read_back(path)
        zh = labels[key]["language"] == "zh"
        n_chars = len(re.sub(r"\s", "", text))
        n_words = len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])
        print(f"{FILES[key]}: {len(text)} characters, {n_chars} non-space characters"
              + ("" if zh else f", {n_words} words"))
        flat = re.sub(r"\s+", " ", text)
        for name, pat in THRESHOLD_PATTERNS:
            for m in re.finditer(pat, flat, flags=re.I):
                clean = False
                print(f"   THRESHOLD? {name}: ...{flat[max(0, m.start() - 40):m.end() + 40]}...")
    print("threshold scan:", "no hit" if clean else "HITS ABOVE")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    labels = build_labels()
    for key, lab in labels.items():
        name = Path(FILES[key]).stem + ".json"
        (OUT / name).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        c = tco(lab["expected_terms"], lab["expected_extra"], PLAN[key][5])
        print("wrote", name, lab["expected_rules"], risk(lab["expected_rules"]),
              "" if c is None else "TCO %.0f, post-warranty fees %.0f, share %.2f %%" % c)
    check(labels)
