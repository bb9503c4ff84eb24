"""holdout167: ten ordinary draft contracts (written before any run).

Sources of all ten files are kept here. The .docx and .pdf files are built with ../word_pdf.py (markup: T title,
H heading, P paragraph, TB table row); the .md and .txt files are written as they are.
Run: /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.docx) 住建局 智慧工地监管平台, 政府采购 公开招标
H167Z01 = """T:青岚市智慧工地监管平台建设项目政府采购合同
P:合同编号：QLZJ-ZFCG-2025-017
P:采购项目编号：QLCG2025-GK-0342（公开招标）
P:甲方（采购人）：青岚市住房和城乡建设局
P:乙方（供应商）：华屹智联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及青岚市智慧工地监管平台建设项目公开招标的结果，甲方确定乙方为中标供应商。双方依据招标文件、乙方投标文件及中标通知书，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责青岚市智慧工地监管平台的建设，包括平台软件供货与部署、前端数据汇聚网关及服务器存储设备的供货安装、与全市在建工地既有监测设备的对接、与省住房和城乡建设厅工程质量安全监管平台的数据对接、商用密码应用改造、系统集成、培训及质保期内的运行维护。
P:1.2 平台应接入全市在建房屋建筑和市政基础设施工程项目不少于180个，覆盖塔式起重机、施工升降机、深基坑、高支模安全监测，扬尘噪声监测，建筑工人实名制考勤，以及视频AI分析（未佩戴安全帽、人员闯入危险区域、烟火识别）。
P:1.3 平台部署于青岚市政务云，云资源由甲方提供；乙方提供的服务器及存储设备部署于甲方机房，用于视频AI分析及本地数据留存。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰肆拾贰万贰仟元整（¥3,422,000.00），为固定总价，包含设备、软件、运输、安装、调试、集成、培训、税费及质保期内的全部服务费用。明细如下：
TB:序号|项目|数量|单价（元）|合价（元）
TB:1|智慧工地监管平台软件V3.0（永久使用许可）|1套|1,280,000|1,280,000
TB:2|数据汇聚网关（边缘计算型）|60台|9,800|588,000
TB:3|视频AI分析服务器|4台|126,000|504,000
TB:4|分布式存储节点|2台|158,000|316,000
TB:|软硬件小计|||2,688,000
TB:5|系统集成与接口开发|1项|452,000|452,000
TB:6|商用密码应用改造|1项|186,000|186,000
TB:7|实施部署与培训|1项|96,000|96,000
TB:|合计|||3,422,000
P:2.2 除本合同另有约定外，甲方无需另行向乙方支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后10个工作日内，甲方支付合同总价的25%作为预付款，即人民币855,500元。
P:3.2 平台初验合格并进入试运行后10个工作日内，甲方支付合同总价的50%，即人民币1,711,000元。
P:3.3 平台终验合格后10个工作日内，甲方支付合同总价的25%，即人民币855,500元。
P:3.4 本项目以财政资金支付，因国库集中支付流程造成的合理延误不视为甲方违约。乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应自合同签订之日起90日内完成设备到货、平台部署和全部工地接入，并提交初验申请。
P:4.2 乙方应在合同签订后15日内提交实施方案，经甲方确认后执行。实施方案应包括进度计划、人员配置、接口方案、数据迁移方案及安全保障措施。
P:4.3 乙方派驻的项目经理须为投标文件承诺的人员，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验由甲方组织，验收标准为：（1）招标文件技术参数及功能清单逐项符合；（2）接入工地不少于180个，各类监测设备数据上报间隔不超过60秒；（3）在500个并发用户下，平台页面平均响应时间不超过3秒；（4）与省级监管平台的数据对接经省平台确认通过；（5）视频AI识别在抽检的2,000张样本中准确率不低于92%。
P:5.2 初验合格后平台进入试运行，试运行期为90日。试运行期间未发生一级故障，且平台通过第三方网络安全等级保护（第三级）测评和商用密码应用安全性评估的，甲方组织终验。终验应有专家参加并出具书面验收报告。
P:5.3 设备到货签收、平台上线或甲方在试运行期间使用平台，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与运行维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、硬件维修更换及7×24小时技术支持。
P:6.2 质保期内平台年可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.3 故障分级及响应：一级故障（平台整体不可用或全市监测数据中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单一功能模块不可用）1小时内响应，12小时内恢复；三级故障（一般性问题）在2个工作日内解决。
P:6.4 乙方未达到第6.2条或第6.3条要求的，一级故障每超时一小时向甲方支付违约金人民币1,000元，二级故障每超时一小时支付人民币300元；年可用率每低于约定值0.01个百分点，支付人民币2,000元。甲方可从应付款项中直接扣除。
P:6.5 质保期满后，如甲方需要乙方继续提供维保服务，年度维保费用不超过软硬件小计的8%（即每年不超过人民币215,040元），该上限在质保期满后三年内不变；维保服务内容和服务水平不低于质保期内标准，由双方另行签订维保合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在本市住房和城乡建设系统内部署和使用。
P:7.2 乙方为本项目定制开发的接口程序、监管预警模型、统计报表、数据库设计及其源代码和技术文档，知识产权归甲方所有，乙方应在终验时一并交付。甲方有权自行或委托第三方修改、使用及对外提供。
P:7.3 乙方保证所提供的软件、设备不侵犯任何第三方的知识产权；因侵权引起的索赔由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台采集、汇聚和产生的全部数据，包括工地监测数据、视频图像、建筑工人实名信息及考勤记录，均属于甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于本合同以外的任何目的。
P:8.2 乙方应按照《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护第三级的要求，落实访问控制、加密传输与存储、日志审计等安全措施。乙方人员远程运维须经甲方审批，并通过甲方堡垒机进行。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施，并在2小时内书面报告甲方。因乙方原因造成安全事件的，乙方承担全部法律责任并赔偿甲方全部损失。
P:8.4 合同终止或质保期满时，乙方应将其掌握的甲方数据全部返还甲方，删除留存副本，并出具书面删除确认。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或逾期提交初验申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的设备或软件不符合合同约定的，乙方应负责更换或修复，并承担由此产生的全部费用。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本项目转包。未经甲方书面同意，乙方不得将本项目的任何部分分包；经同意的分包不免除乙方对甲方的责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过45日仍未提交初验申请，或验收两次不合格，或有其他严重违约行为经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除合同，乙方应退还甲方已支付的款项并承担违约责任。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释、履行及争议解决适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 附件：1.设备及软件配置清单；2.接口清单；3.验收方案；4.售后服务承诺。
P:甲方（盖章）：青岚市住房和城乡建设局        乙方（盖章）：华屹智联信息技术有限公司
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (.pdf) 光纤预制棒 拉丝塔直径在线检测系统
H167Z02 = """T:拉丝塔直径在线检测系统采购合同
P:合同编号：CJGB-SB-2025-0618
P:甲方（买方）：澄江光纤预制棒有限公司
P:乙方（卖方）：锐测精密仪器（苏州）有限公司
P:甲方为新建光纤拉丝车间的8座拉丝塔配置裸纤直径及涂覆层在线检测系统，经询比价确定由乙方供货。双方根据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方向甲方提供拉丝塔直径在线检测系统8套及配套软件，负责安装调试、与甲方DCS系统及MES系统的接口对接、人员培训及质保期内的维护。
P:（二）每套系统包括：
P:1. 双轴激光测径仪1台，用于裸纤直径在线测量，测量范围50～250μm；
P:2. 涂覆层同心度及气泡检测仪1台；
P:3. 数据采集工控机1台；
P:4. 检测分析软件节点许可1个。
P:（三）乙方另提供检测分析软件服务器端许可1套，部署于甲方MES服务器。
H:二、合同价格
P:（一）合同总价为人民币贰佰陆拾玖万元整（¥2,690,000），含13%增值税、包装、运输、保险、安装调试、培训及质保期内服务费用。
P:（二）价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|双轴激光测径仪|8台|168,000|1,344,000
TB:2|涂覆层同心度及气泡检测仪|8台|96,000|768,000
TB:3|数据采集工控机|8台|18,500|148,000
TB:4|检测分析软件（8个节点许可及服务器端许可）|1套|236,000|236,000
TB:|硬件及软件小计|||2,496,000
TB:5|安装调试及DCS、MES接口|1项|168,000|168,000
TB:6|培训|1项|26,000|26,000
TB:|合计|||2,690,000
H:三、付款方式
P:（一）合同生效后15日内，甲方凭乙方开具的收据支付合同总价的20%作为预付款，计人民币538,000元。
P:（二）全部设备到货并经甲方开箱清点签收后15日内，支付合同总价的35%，计人民币941,500元。到货签收仅确认数量及外观，不代表质量验收。
P:（三）系统最终验收合格后15日内，支付合同总价的35%，计人民币941,500元。
P:（四）剩余10%计人民币269,000元作为质量保证金，质保期满且无未决质量问题后15日内无息支付。
P:（五）乙方在每期付款前开具等额增值税专用发票。
H:四、交货与安装
P:（一）交货期：合同生效后75日内，全部设备交付至甲方拉丝车间。
P:（二）乙方应在到货后20日内完成8座拉丝塔的安装调试。拉丝塔改造须在甲方安排的停机窗口进行，乙方应提前7日提交施工方案并经甲方批准。
P:（三）乙方人员进入车间须遵守甲方洁净车间及安全生产管理规定，高处作业人员须持证上岗。
P:（四）乙方应随货提供出厂检验报告、计量校准证书、装箱清单、操作及维护手册（中文）各两套，并提供为期两年的推荐备品备件清单及价格，该价格在质保期内不得上调。
P:（五）乙方应在安装调试期间对甲方工艺、设备及仪表人员进行不少于5个工作日的现场培训，内容包括测量原理、日常点检、标准棒校验、常见报警处理及软件操作，培训结束后进行考核，考核合格人员不少于12名。
H:五、验收
P:（一）安装调试完成后，乙方提交验收申请，甲方组织验收。验收标准如下：
P:1. 测径仪重复性优于±0.08μm，与甲方计量室标准棒比对偏差不大于0.2μm；
P:2. 测量采样频率不低于2,000次/秒，直径超差报警在0.5秒内送达DCS；
P:3. 涂覆层同心度测量误差不大于0.5μm，气泡检出率达到技术协议要求；
P:4. 检测数据与MES系统逐条核对一致，连续拉丝生产21天无系统故障。
P:（二）验收合格的，双方签署最终验收报告。验收不合格的，乙方应在10日内整改后重新验收；第二次验收仍不合格的，甲方有权退货。
P:（三）设备安装、通电运行或甲方在生产中使用检测数据，均不视为验收合格。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备质量问题出现的故障，乙方免费维修或更换，包括激光器、光学镜组等核心部件。
P:（二）质保期内故障响应：一级故障（测径数据中断或失准，导致拉丝塔停线）乙方应在8小时内响应，48小时内到达现场；二级故障（单项功能异常但不影响生产）2个工作日内响应并处理。
P:（三）乙方超过上述时限的，每超时1小时向甲方支付违约金人民币800元。
P:（四）乙方应每半年对测径仪进行一次免费校准，并出具校准报告。
H:七、质保期满后的维护
P:（一）质保期满后，乙方提供年度维护服务，内容包括定期校准、故障维修、备件更换及软件升级，服务水平不低于质保期内标准。
P:（二）年度维护费为硬件及软件小计的17.5%，即每年人民币436,800元，前三个维护年度不作调整。
P:（三）维护合同按年度签订，甲方于每个维护年度结束后支付当年维护费。
H:八、知识产权
P:（一）检测分析软件的著作权归乙方所有，乙方授予甲方永久使用许可，甲方可在本合同所列拉丝塔及其替换设备上使用。
P:（二）乙方为甲方开发的DCS、MES接口程序、配置文件及参数表归甲方所有，乙方应交付源代码及说明文档，甲方可自行修改或委托第三方修改。
H:九、数据安全
P:（一）系统产生的直径、同心度、拉丝速度等工艺数据及甲方的工艺参数，均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、带离甲方厂区或向第三方提供。
P:（二）乙方远程维护须事先取得甲方书面批准，经甲方提供的VPN及堡垒机接入，操作全程记录；维修更换的存储介质须经甲方清除数据后方可带出。
P:（三）发生数据泄露或被篡改的，乙方应在24小时内书面通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十、保密
P:乙方对在履约过程中获知的甲方预制棒及拉丝工艺、设备布局、产能及生产数据等商业秘密负有保密义务，未经甲方书面同意不得披露或使用。保密义务自本合同签订之日起至相关信息依法公开时止。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:（二）乙方提供的设备不符合合同约定的，甲方有权要求更换；由此造成停线损失的，乙方应予赔偿。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:乙方不得将本合同转包。设备安装中的辅助性工作如需分包，须事先征得甲方书面同意。
H:十三、合同解除
P:乙方逾期交货超过45日，或验收两次不合格，或有其他严重违约行为经甲方书面催告后15日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交武汉仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单、验收细则。
P:甲方（盖章）：澄江光纤预制棒有限公司        乙方（盖章）：锐测精密仪器（苏州）有限公司
"""

# ---------------------------------------------------------------- z03 (.md) 眼科连锁 视光档案 SaaS 三年 + 实施
H167Z03 = """# 视光档案云平台订阅及实施服务合同

合同编号：QT-IT-2025-031

- 甲方（客户）：清瞳眼科连锁管理有限公司
- 乙方（服务商）：视界云医信息科技有限公司

甲方旗下38家眼科门诊部及视光中心需统一使用视光档案管理系统。乙方以软件即服务（SaaS）方式提供“瞳档”视光档案云平台，并承担上线实施。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 1 定义

1.1 “平台”指乙方运营的“瞳档”视光档案云平台，包括验光记录、角膜塑形镜及离焦镜验配档案、眼轴与屈光发育曲线、复查提醒、会员及家长端小程序等功能。

1.2 “甲方数据”指甲方及其门店、医生、顾客在平台上录入、上传、同步的全部数据，以及平台根据上述数据生成的数据，包括顾客身份信息、检查结果、验配记录和影像资料。

1.3 “门店”指附件一所列甲方门诊部及视光中心。

## 2 服务内容与服务期

2.1 订阅服务：乙方在服务期内向甲方全部门店提供平台使用权，员工账号数量不限。

2.2 实施服务：（1）迁移甲方现有约26万份纸质及电子视光档案；（2）对接各门店电脑验光仪、角膜地形图仪、光学生物测量仪（眼轴测量）等设备，实现检查结果自动回传；（3）完成业务流程配置、报表配置及与甲方收银会员系统的接口；（4）对门店人员进行培训。

2.3 服务期为三年，自平台上线验收合格之日起计算。

## 3 费用

3.1 本合同费用如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 38家门店 × 9,600元/门店/年 × 3年 | 1,094,400 |
| 实施服务费（档案迁移、设备对接、配置、接口） | 一次性 | 186,000 |
| 培训费 | 一次性 | 24,000 |
| **合同总金额** | | **1,304,400** |

3.2 上述费用含6%增值税。服务期内新增门店的，按每家每年9,600元的单价折算至服务期末，另行结算。

## 4 付款

4.1 本合同不设预付款。

4.2 实施服务费及培训费在平台上线验收合格后20日内一次性支付。

4.3 订阅费自服务期开始之日起按季度后付，每季度91,200元。甲方在每季度结束且收到乙方发票后15日内支付。

## 5 实施与上线验收

5.1 乙方应在合同签订后60日内完成档案迁移、设备对接和配置，并提交上线验收申请。

5.2 上线验收标准：（1）迁移档案按门店抽检5%，姓名、检查日期、屈光度、眼轴长度等字段与原档案核对一致；（2）附件二所列各型号设备在每家门店均能自动回传检查结果；（3）常用页面在门店网络环境下平均响应时间不超过2秒；（4）连续试运行14天无一级故障；（5）甲方信息部门确认接口对账一致。

5.3 平台上线或门店开始使用平台，不视为上线验收合格。验收合格的，双方签署上线验收单。

5.4 乙方应为每家门店至少2名视光师和1名前台人员提供现场或远程培训，并提供操作手册和培训视频；培训结束后进行考核，考核结果作为上线验收材料之一。

5.5 乙方未能在5.1条约定的期限内提交上线验收申请并通过验收的，每逾期一日向甲方支付违约金人民币800元，累计不超过合同总金额的10%。

## 6 服务水平

6.1 平台月可用率不低于99.5%。月可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数。经甲方同意的计划维护不计入不可用时间，计划维护应安排在22:00至次日6:00之间。

6.2 故障响应：一级故障（全部或多家门店无法登录、无法调阅档案）15分钟内响应，2小时内恢复；二级故障（单一功能或单家门店异常）1小时内响应，8小时内恢复；三级故障（咨询及一般问题）1个工作日内答复。

6.3 服务抵扣：月可用率低于99.5%但不低于99.0%的，抵扣当月订阅费的5%；低于99.0%的，抵扣当月订阅费的10%；一级故障每超出恢复时限1小时，另抵扣当月订阅费的2%。抵扣金额在下一季度付款中扣除。

## 7 数据归属与使用

7.1 甲方数据归甲方所有。乙方为提供平台服务处理甲方数据，应遵守甲方的书面指示。

7.2 甲方同意，乙方可将甲方数据经去标识化处理后形成的视光检查数据（包括屈光度、眼轴长度、角膜曲率、年龄段及地区信息），用于近视防控研究、平台算法模型的训练和优化以及发布行业研究报告。上述使用不得识别到特定个人；本款授权在本合同终止后继续有效。

## 8 数据安全

8.1 平台部署于中国境内，甲方数据不出境。乙方应取得并维持网络安全等级保护第三级备案，对个人信息及敏感个人信息（含未成年人的健康信息）加密存储和传输，实施最小权限访问控制和操作日志审计，日志保存不少于六个月。

8.2 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施，在24小时内书面通知甲方，并配合甲方向监管部门报告及告知顾客。因乙方原因导致安全事件的，乙方承担由此产生的全部责任，赔偿甲方损失，包括甲方因此承担的行政罚款和顾客索赔。

8.3 合同终止后20日内，乙方应按甲方要求以通用格式导出全部甲方数据交付甲方，并在甲方确认接收后删除平台中的甲方数据。

## 9 知识产权

9.1 平台及其源代码、文档的知识产权归乙方所有。

9.2 乙方为甲方专门开发的接口程序、定制报表及数据迁移脚本，知识产权归甲方所有，甲方可自行使用、修改或许可第三方使用；乙方应在上线验收时交付源代码。

## 10 保密

10.1 双方对在合作中获知的对方商业秘密及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露，法律法规另有规定的除外。保密义务在本合同终止后三年内继续有效。

## 11 责任限制

11.1 除第8条项下的责任及故意或重大过失造成的损失外，任何一方在本合同项下的累计赔偿责任不超过合同总金额的150%。

11.2 任何一方均不对对方的间接损失承担责任。

## 12 分包

12.1 甲方确认平台云基础设施由阿里云（华南区域）提供。除此之外，乙方将实施、运维或客服工作的任何部分交由第三方完成的，须事先取得甲方书面同意。

## 13 期限、续期与解除

13.1 服务期届满前60日，任何一方未书面通知对方不再续约的，本合同自动续期二十四个月，续期次数不限。

13.2 续期时乙方有权调整订阅费单价，上调幅度不超过当期单价的8%，乙方应在服务期届满前60日书面通知甲方调整后的价格。

13.3 乙方严重违约（包括连续两个月月可用率低于99.0%或发生重大数据安全事件），经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应赔偿甲方损失。

13.4 合同终止时，乙方应提供不少于60日的过渡期服务，协助甲方将数据迁移至甲方指定的系统。

## 14 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同产生的争议，双方协商不成的，提交广州仲裁委员会按其仲裁规则仲裁。

## 15 其他

本合同一式四份，双方各执两份，自双方盖章之日起生效。附件一：门店清单；附件二：设备对接清单；附件三：服务水平与抵扣细则。

甲方：清瞳眼科连锁管理有限公司（盖章）　　乙方：视界云医信息科技有限公司（盖章）
"""

# ---------------------------------------------------------------- z04 (.txt) 市场监督管理局 智慧食安监管平台 年度运维, 政府采购 竞争性磋商
H167Z04 = """枫林区智慧食安监管平台运维服务政府采购合同

采购编号：FLCG-2025-CS-0127（竞争性磋商）
合同编号：FLSJ-YW-2025-06
甲方（采购人）：枫林区市场监督管理局
乙方（供应商）：安禾信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及枫林区智慧食安监管平台运维服务项目竞争性磋商的成交结果，甲乙双方经协商一致，签订本合同。磋商文件、乙方响应文件及成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象：枫林区智慧食安监管平台，包括食品生产经营主体数据库、“互联网+明厨亮灶”视频监管系统（接入餐饮单位前端摄像头及AI识别盒子共1,260路）、食品快检数据管理、食品安全追溯、移动执法APP和领导驾驶舱等子系统，以及部署于区政务云的服务器、数据库和中间件。
（二）服务内容：1.驻场运维：乙方派驻运维工程师2名，工作日8:30至17:30驻场，节假日及夜间远程值守；2.软件运维：缺陷修复、版本适配、小功能优化（全年不超过60人天）及配置变更；3.前端设备巡检维护：每季度对明厨亮灶前端设备巡检一次，对离线设备督促餐饮单位修复或由乙方维修；4.安全运维：每月漏洞扫描、每半年一次渗透测试，配合网络安全等级保护测评并完成整改；5.数据治理：完成食品经营主体数据与市场主体登记数据的比对清洗，形成标准化主体库。
（三）服务期：2025年7月1日至2026年6月30日。

第二条 服务费用
（一）本合同总价为人民币捌拾陆万元整（¥860,000.00），为包干价，包括人工、差旅、工具、备件、税费等全部费用。
（二）费用构成：驻场运维336,000元；软件运维218,000元；前端设备巡检维护146,000元；安全运维92,000元；数据治理68,000元。
（三）单次更换的前端配件单价在500元以下的，由乙方承担；单价超过500元的设备更换，由乙方报价并经甲方确认后另行结算。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度人民币215,000元。甲方在每季度考核结果确定且收到乙方发票后15个工作日内支付当季费用；考核扣减的金额在当季费用中扣除。
（三）第四季度费用在年度验收合格后支付。

第四条 服务水平
（一）平台月可用率不低于99.95%。计划停机须提前3个工作日经甲方同意，并安排在非工作时间。
（二）故障分级响应：一级故障（平台整体不可用、明厨亮灶视频全部中断或移动执法APP无法登录）30分钟内响应，1小时内到场，3小时内恢复；二级故障（单一子系统不可用）1小时内响应，8小时内恢复；三级故障（一般性问题）1个工作日内处理完毕。
（三）前端设备在线率：每季度末在线率不低于95%；因餐饮单位停业、装修等非乙方原因离线的不计入。
（四）乙方每月5日前提交上月运维报告，内容包括故障处理、巡检、漏洞扫描及整改情况。
（五）重大活动及节假日保障：春节、国庆及区内重大活动期间，乙方应增派1名工程师驻场值守，保障明厨亮灶视频和移动执法APP稳定运行，相关费用已包含在合同总价中。
（六）人员要求：驻场工程师应具备三年以上政务信息系统运维经验，其中至少1人持有注册信息安全专业人员或同等资格证书。乙方更换驻场人员须提前10个工作日书面申请，经甲方同意后方可更换，新人员资历不得低于原人员。
（七）运维台账：乙方应对每次故障、变更和巡检形成记录，在甲方运维管理系统中闭环处理，并保证记录真实、完整、可追溯。

第五条 考核与验收
（一）甲方按附件《运维服务考核细则》每季度对乙方进行考核，满分100分。考核指标包括可用率、故障响应及恢复时限、巡检完成率、报告及时性和安全整改完成情况。可用率每低于约定值0.01个百分点扣1分；一级故障每超时半小时扣2分；每扣1分，扣减当季服务费的0.5%。
（二）服务期满前15日内，甲方组织年度验收。验收依据为本合同约定的服务内容、四个季度的考核结果、运维文档交付情况及数据治理成果（主体库比对准确率不低于98%，经甲方抽检核实）。年度验收合格后，甲方出具验收意见书。

第六条 知识产权
乙方在运维过程中形成的运维文档、脚本、补丁、优化功能的源代码以及数据治理成果，知识产权归甲方所有，乙方应及时交付，甲方可自行或交由其他服务商使用和修改。

第七条 数据安全
（一）平台中的食品生产经营主体信息、监督检查及执法数据、视频图像、快检数据等全部数据属于甲方，乙方仅为履行本合同使用，不得复制、下载、留存或向任何第三方提供，不得用于本合同以外的任何目的。
（二）乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及政务云安全管理规定，所有运维操作均通过甲方堡垒机进行，驻场人员使用甲方配发的终端，禁止使用移动存储介质。
（三）发生安全事件的，乙方应在1小时内报告甲方并按应急预案处置；因乙方原因造成数据泄露、损毁的，乙方承担全部法律责任并赔偿由此造成的损失。

第八条 保密
乙方及其人员对在服务中接触的执法信息、投诉举报人信息、企业商业秘密及甲方内部工作资料负有保密义务，不得泄露；驻场人员应签署保密承诺书。保密义务不因合同终止而解除。

第九条 服务分包
乙方可将前端设备巡检维护工作委托具备相应能力的本地服务商实施，但应提前5个工作日书面告知甲方并报甲方备案。乙方对受托方的服务质量及安全保密义务承担全部责任。

第十条 违约责任
（一）乙方未按约定期限完成数据治理任务、等级保护测评整改或版本适配任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方驻场人员未经甲方同意擅自更换或缺岗的，每人每日扣减服务费500元。
（三）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

第十一条 合同解除
乙方有下列情形之一的，甲方有权书面通知解除本合同：（一）连续两个季度考核得分低于80分；（二）发生因乙方原因造成的重大数据安全事件；（三）有其他严重违约行为，经甲方书面催告后10日内仍未改正。合同解除的，甲方按乙方实际提供服务的期间及考核结果结算费用。

第十二条 服务交接与续签
（一）合同期满或解除时，乙方应在15日内向甲方或甲方指定的新服务商移交全部账号、文档和运维资料，并配合交接。
（二）本合同不自动续期。合同期满后，甲方根据考核结果和财政预算，依照政府采购有关规定确定后续服务安排。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。附件：运维服务考核细则、运维人员名单、服务承诺书。

甲方（盖章）：枫林区市场监督管理局
乙方（盖章）：安禾信息技术有限公司
日期：2025年6月  日
"""

# ---------------------------------------------------------------- z05 (.txt) 腊肉 maker, ERP 许可 + 定制开发, supplier's own template
H167Z05 = """长沙云栈软件有限公司
云栈ERP软件许可及实施合同
（标准文本 V5.0）

合同编号：YZ-ERP-2025-0419
甲方（用户）：湘岩腊味食品有限公司
乙方（供应商）：长沙云栈软件有限公司

鉴于甲方为实现腊肉、腊肠等腊味制品从原料收购、腌制、烟熏、烘烤到包装、冷链发货的一体化管理，拟向乙方购买云栈ERP软件使用许可，并委托乙方进行定制开发和实施，双方经协商，同意按乙方标准合同文本签订本合同，条款如下。

1. 合同标的
1.1 软件许可：云栈ERP V8（财务、采购、销售、库存、生产、质量追溯、仓储WMS模块），并发用户50个，永久使用许可，部署于甲方服务器。
    财务模块：总账、应收应付、固定资产、成本核算（按批次归集鲜肉原料、辅料、燃料及人工成本）；
    生产模块：腌制配方BOM、烟熏房及烘房排产、工序报工、失重率统计；
    质量追溯模块：原料验收、亚硝酸盐及菌落检测记录、批次追溯与召回；
    仓储WMS模块：冷库库位管理、先进先出、扫码出入库。
1.2 定制开发：（1）烟熏批次工艺追溯（原料批次—腌制—烟熏—烘烤—包装全链路）；（2）冷链发货管理；（3）抖音小店及天猫旗舰店订单接口；（4）称重设备及标签打印对接。定制开发的具体范围以乙方出具的《需求确认书》为准。
1.3 实施服务：需求调研、系统配置、历史数据迁移、上线支持及用户培训。
1.4 本合同不包括服务器、操作系统、数据库、网络设备及称重、打印等硬件，由甲方自行采购；乙方可提供配置建议，但不对甲方自购软硬件的性能和稳定性负责。

2. 合同价款
2.1 本合同总价为人民币壹佰壹拾陆万元整（¥1,160,000），明细如下：

  序号  项目                                  金额（元）
  1     云栈ERP V8软件许可（50并发用户）      560,000
  2     定制开发（共4项）                     348,000
  3     实施服务                              186,000
  4     历史数据迁移                           42,000
  5     用户培训                               24,000
        合计                                1,160,000

2.2 上述价格含增值税。乙方人员到甲方现场的差旅及食宿费用由甲方按实际发生另行承担。
2.3 《需求确认书》以外的新增需求，按乙方人天单价另行计费。

3. 付款方式
3.1 合同签订后5个工作日内，甲方支付合同总价的55%，计人民币638,000元。
3.2 系统上线运行后5个工作日内，甲方支付合同总价的45%，计人民币522,000元。
3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施及服务，工期相应顺延。

4. 实施与交付
4.1 乙方在收到首期款后启动实施，计划在启动后120日内完成系统上线。
4.2 因甲方需求变更、基础数据准备不及时、硬件环境未就绪等原因导致延期的，工期相应顺延，乙方不承担责任。
4.3 因乙方原因逾期上线的，每逾期一日乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的2%。
4.4 甲方应指定项目负责人及各模块关键用户，配合乙方完成需求调研、数据整理和测试工作。
4.5 实施分为需求调研、系统配置及开发、数据迁移、用户测试、上线切换五个阶段。每一阶段完成后，乙方提交阶段成果，甲方应在3个工作日内签字确认；甲方未在上述期限内书面提出异议的，视为确认。
4.6 甲方应在上线前完成期初库存盘点，整理客户、供应商、物料及配方档案，并按乙方提供的模板提交。因甲方提供的数据不准确造成的问题，由甲方自行负责。

5. 培训
5.1 乙方为甲方提供关键用户培训不超过3期、最终用户培训不超过2期，每期不超过2天。超出部分按乙方人天单价另行收费。培训场地、设备由甲方提供。

6. 验收
6.1 系统上线运行即视为甲方验收合格。甲方上线后使用系统处理业务的，视为对系统全部功能的确认。
6.2 甲方对定制功能有异议的，应在上线后7日内书面提出；逾期未提出的，视为无异议。

7. 售后服务
7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。
7.2 乙方接到甲方报修后24小时内响应，并视问题情况安排处理。乙方不对故障处理时限作出承诺，亦不承担因系统故障产生的任何扣款、赔偿或违约金。
7.3 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方另行签订年度维护合同，维护费按乙方当年公布的价格标准执行。
7.4 乙方提供现场服务的，按乙方当年人天单价另行收费。
7.5 免费维护期内，乙方发布的产品新版本，甲方可免费升级标准功能；定制功能的升级适配及因甲方环境变化引起的调整另行收费。

8. 知识产权
8.1 云栈ERP软件以及乙方为履行本合同开发的定制功能、接口程序、报表及相关文档，其知识产权均归乙方所有。
8.2 甲方仅获得在本合同约定范围内的非独占使用权，不得修改、反向工程，不得自行或委托第三方进行二次开发。乙方不向甲方交付定制功能的源代码。
8.3 乙方保证云栈ERP软件不侵犯第三方的著作权；因甲方修改软件或与其他软件组合使用引起的侵权纠纷，乙方不承担责任。

9. 数据
9.1 甲方的业务数据归甲方所有。
9.2 甲方同意，乙方可在对甲方业务数据进行脱敏处理后，将其用于行业分析、产品改进以及为乙方其他客户开发标准功能。
9.3 乙方人员在实施和维护中接触甲方系统的，应遵守甲方的网络安全管理制度，采取访问控制、账号专人专用和操作日志留存等安全措施，不得擅自下载或拷贝甲方数据。因乙方原因导致甲方数据泄露的，乙方应在发现后48小时内通知甲方，并承担相应的赔偿责任。

10. 保密
双方对在合作中知悉的对方商业秘密，包括甲方的配方、工艺参数、客户及价格信息，负有保密义务，未经对方书面同意不得向第三方披露。保密期限至本合同终止后两年。

11. 责任限制
11.1 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的25%为限。
11.2 乙方不对甲方的利润损失、数据损失、停产损失等任何间接损失承担责任。

12. 合同解除
12.1 一方严重违约，经守约方书面催告后20日内仍未纠正的，守约方有权书面通知解除本合同。
12.2 本合同解除后，甲方已支付的软件许可费不予退还。

13. 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交长沙仲裁委员会仲裁。

14. 不可抗力
因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。不可抗力包括自然灾害、疫情、政府行为、电信运营商网络故障、黑客攻击及计算机病毒等。

15. 通知
双方的通知以书面形式送达本合同首页所列地址或双方指定的电子邮箱，电子邮件发出即视为送达。

16. 其他
16.1 本合同采用乙方标准文本，甲方确认已充分阅读并理解全部条款，乙方已就免责及限制责任条款向甲方作出提示和说明。
16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：湘岩腊味食品有限公司        乙方（盖章）：长沙云栈软件有限公司
授权代表：                                授权代表：
日期：                                    日期：
"""

# ---------------------------------------------------------------- e01 (.pdf) Anxi tea-set maker, kiln-control perpetual licence; vendor on Cabrera (Spanish style)
H167E01 = """T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:In Cabrera (Balearic Islands, Spain) and in Anxi (Fujian, People's Republic of China), on the dates of the signatures below.
H:APPEARING PARTIES
P:On the one part, TERMOFORN CABRERA, S.L., a Spanish limited liability company with registered office at Port de Cabrera, s/n, 07191 Cabrera, Illes Balears, Spain, registered in the Mercantile Registry of Mallorca, Volume 2841, Folio 117, Sheet PM-76402, represented by Ms Aina Ferrer Vidal, acting as sole director (hereinafter, the "Licensor").
P:On the other part, ANXI MINGYAO CERAMICS CO., LTD. (安溪茗窑陶瓷有限公司), a company incorporated in the People's Republic of China, with registered office at Longmen Town, Anxi County, Quanzhou, Fujian Province, represented by Mr Chen Zhiyuan, General Manager (hereinafter, the "Customer").
P:Both parties, in the capacity in which each acts, mutually acknowledge that they have the legal capacity necessary to enter into this Agreement and, to that end,
H:STATE
P:I. That the Licensor develops and markets KILNMIND, a software system for the automatic control, recording and optimisation of firing curves in industrial ceramic kilns.
P:II. That the Customer manufactures porcelain gaiwans, teapots and tea-cup sets at its Longmen plant, where it operates six gas-fired shuttle kilns and two tunnel kilns, and wishes to replace the manual setting of firing curves with automatic control.
P:III. That the Customer has requested, and the Licensor accepts, that all prices in this Agreement be stated and paid in Chinese yuan (CNY).
P:IV. That, in view of the foregoing, both parties agree to enter into this Agreement, which shall be governed by the following
H:CLAUSES
H:FIRST.– PURPOSE
P:1.1 The Licensor grants the Customer a perpetual, non-exclusive and non-transferable licence to use KILNMIND (the "Software") at the Customer's Longmen plant for the control of eight (8) kilns, and undertakes to configure the Software, integrate it with the Customer's existing programmable logic controllers (PLCs), thermocouples and gas-flow valves, commission it and train the Customer's personnel.
P:1.2 The Licensor shall further provide the support services described in the Eighth and Ninth Clauses.
H:SECOND.– DEFINITIONS
P:"Acceptance Date" means the date of the Final Acceptance Certificate. "Critical Incident" means a fault that prevents the Software from controlling a kiln, or that puts a firing in progress at risk. "Major Incident" means a fault that impairs a function without stopping any kiln. "Business Hours" means 08:00 to 18:00, Monday to Friday, Central European Time, excluding public holidays in the Balearic Islands. "Customer Data" means all firing records, firing curves and recipes, production and quality data and personal data of operators processed by the Software.
H:THIRD.– PRICE
P:3.1 The total price of this Agreement is NINE HUNDRED AND TWENTY THOUSAND CHINESE YUAN (CNY 920,000), inclusive of all taxes payable in the People's Republic of China, broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|KilnMind Core server licence (perpetual)|1|286,000|286,000
TB:2|KilnMind Kiln Node licence (perpetual)|8|42,500|340,000
TB:3|Firing-curve library and optimisation module (perpetual)|1|68,000|68,000
TB:|Licence Subtotal|||694,000
TB:4|Configuration and integration with existing PLCs and thermocouples, per kiln|8|21,000|168,000
TB:5|On-site commissioning and training|1|58,000|58,000
TB:|Total Price|||920,000
P:3.2 The Total Price is fixed and includes travel and subsistence of the Licensor's personnel.
H:FOURTH.– PAYMENT
P:4.1 The Customer shall pay the Total Price by bank transfer as follows: (a) twenty per cent (20%), that is CNY 184,000, within fifteen (15) days after signature of this Agreement and receipt of the corresponding invoice; (b) fifty-five per cent (55%), that is CNY 506,000, within fifteen (15) days after the Provisional Acceptance Certificate; (c) twenty-five per cent (25%), that is CNY 230,000, within fifteen (15) days after the Final Acceptance Certificate.
H:FIFTH.– DELIVERY, CONFIGURATION AND TIMETABLE
P:5.1 The Licensor shall install the Software on the server provided by the Customer, configure the eight kilns and complete commissioning so that the Provisional Acceptance tests can start no later than ninety (90) days after signature (the "Milestone Date").
P:5.2 The Customer shall provide access to the kilns during the firing windows agreed in the project plan, the server and network described in Annex I, and a plant engineer as counterpart.
H:SIXTH.– ACCEPTANCE
P:6.1 Provisional Acceptance: for each kiln, three consecutive production firings shall follow the programmed firing curve within plus or minus five degrees Celsius at every setpoint, the over-temperature and flame-failure alarms shall be tested, and every firing record shall be logged completely and match the PLC readings. When all eight kilns pass, the parties sign the Provisional Acceptance Certificate.
P:6.2 Final Acceptance: after Provisional Acceptance, the Software shall run in production for forty-five (45) consecutive days without any Critical Incident, and the defects listed at Provisional Acceptance shall be corrected. The parties then sign the Final Acceptance Certificate.
P:6.3 Installation of the Software, its use in production or any payment shall not constitute acceptance. If a test fails, the Licensor shall correct the fault and repeat the test at its own cost.
H:SEVENTH.– WARRANTY
P:7.1 The Licensor warrants that the Software will perform substantially in accordance with Annex I for a period of ninety (90) days from the Acceptance Date (the "Warranty Period"). During the Warranty Period the Licensor shall correct any non-conformity free of charge.
H:EIGHTH.– SUPPORT AND SERVICE LEVELS
P:8.1 During the Warranty Period and any Support Year, the Licensor shall provide remote support by telephone, e-mail and secure remote session, correction of defects and new versions of the Software.
P:8.2 Response times: Critical Incident, response within eight (8) Business Hours of the report and a workaround within two (2) Business Days; Major Incident, response within two (2) Business Days; other requests, within five (5) Business Days.
P:8.3 If the Licensor exceeds the response time for a Critical Incident, it shall credit the Customer one thousand Chinese yuan (CNY 1,000) for each full hour of delay, up to twenty thousand Chinese yuan (CNY 20,000) per incident. Credits are set off against the next payment due to the Licensor.
H:NINTH.– ANNUAL SUPPORT AFTER THE WARRANTY
P:9.1 After the Warranty Period, the Customer may order annual support ("Support Year") by written purchase order. There is no tacit renewal.
P:9.2 The annual support fee is eleven per cent (11%) of the Licence Subtotal, that is CNY 76,340 per Support Year, fixed for the first three Support Years. Any later revision shall be agreed in writing and shall not exceed three per cent (3%) per year.
P:9.3 The support fee is invoiced at the end of each Support Year.
H:TENTH.– INTELLECTUAL AND INDUSTRIAL PROPERTY
P:10.1 The Software and its documentation remain the exclusive property of the Licensor.
P:10.2 The kiln configurations, PLC mappings, firing curves and recipes, and reports created specifically for the Customer under this Agreement are the property of the Customer, which may use, modify and license them freely, including to a successor supplier.
P:10.3 The Licensor shall defend the Customer against any claim that the Software infringes a third party's intellectual or industrial property rights and shall bear the resulting costs and damages.
H:ELEVENTH.– CUSTOMER DATA AND SECURITY
P:11.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:11.2 The Software is installed on the Customer's server at the Longmen plant. The Licensor shall access it only through a remote session approved by the Customer for each intervention, over the Customer's VPN, with multi-factor authentication and session logging. The Licensor shall not copy Customer Data outside the Customer's systems nor transfer it outside the People's Republic of China.
P:11.3 The Licensor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, shall keep its remote-access credentials secure and shall notify the Customer in writing within twenty-four (24) hours of becoming aware of any security incident affecting Customer Data. The Licensor shall be liable for all losses caused by a security incident attributable to it.
H:TWELFTH.– CONFIDENTIALITY
P:Each party shall keep confidential all technical and commercial information received from the other party, in particular the Customer's firing curves, glaze recipes and production volumes, and shall not disclose it to third parties without prior written consent. This obligation survives for five (5) years after termination of this Agreement.
H:THIRTEENTH.– PENALTIES FOR DELAY
P:If the Provisional Acceptance tests cannot start by the Milestone Date for reasons attributable to the Licensor, the Licensor shall pay a penalty of zero point one per cent (0.1%) of the Total Price for each day of delay, up to a maximum of ten per cent (10%) of the Total Price.
H:FOURTEENTH.– LIABILITY
P:The total liability of the Licensor under this Agreement is limited to one hundred and twenty-five per cent (125%) of the Total Price. This limit does not apply to wilful misconduct, gross negligence or breach of the Eleventh and Twelfth Clauses.
H:FIFTEENTH.– SUBCONTRACTING
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent and shall remain responsible for any approved subcontractor.
H:SIXTEENTH.– TERM AND TERMINATION
P:16.1 This Agreement enters into force on the date of the last signature. The licence is perpetual.
P:16.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within twenty (20) days of being required to do so. If the Customer terminates before Final Acceptance, the Licensor shall refund the amounts received.
H:SEVENTEENTH.– APPLICABLE LAW AND JURISDICTION
P:This Agreement shall be governed by the laws of the Kingdom of Spain. For any dispute arising from this Agreement the parties submit to the Courts and Tribunals of Palma de Mallorca, expressly waiving any other jurisdiction that may correspond to them.
P:And in witness whereof, the parties sign this Agreement in duplicate and to a single effect, in English, at the places and on the dates indicated below.
P:For the Licensor: Aina Ferrer Vidal, Cabrera, ____ 2025        For the Customer: Chen Zhiyuan, Anxi, ____ 2025
"""

# ---------------------------------------------------------------- e02 (.md) Yangshuo climbing gym, membership SaaS; vendor on Herrenchiemsee (German style, §)
H167E02 = """# Order Form No. BW-2025-0917 — RouteBase Membership Cloud

**Bergwand Software GmbH**, Herreninsel 3, 83209 Chiemsee (Herrenchiemsee), Germany; Local Court (Amtsgericht) Traunstein, HRB 28731; Managing Directors: Dr. Lena Aichinger, Florian Stadler ("**Bergwand**")

and

**Yangshuo Karst Vertical Sports Co., Ltd.** (阳朔喀斯特垂直运动有限公司), Xijie Community, Yangshuo County, Guilin, Guangxi, People's Republic of China; legal representative: Mr Mo Haitao ("**Customer**")

This Order Form and the General Terms and Conditions for RouteBase Cloud Services (version 2025-03, printed below, the "**GTC**") together form the agreement between the parties (the "**Agreement**").

## A. Order details

| Item | Details |
|---|---|
| Service | RouteBase Membership Cloud: member records, memberships and punch cards, QR check-in with turnstile integration, digital liability waivers, course and belay-test booking, route-setting log, WeChat mini-program, WeChat Pay integration |
| Locations | (1) indoor gym, Xijie, Yangshuo; (2) outdoor base near Moon Hill |
| Users | unlimited staff users; members via the mini-program |
| Hosting | Alibaba Cloud, mainland China (Shenzhen region) |
| Subscription Term | 24 months from Go-Live Acceptance |
| Go-Live target | 45 days after signature of this Order Form |

## B. Fees (in CNY, at the Customer's request)

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | CNY 11,600 per month × 24 months | 278,400 |
| Onboarding | one-time: migration of approx. 4,200 member records and membership balances, waiver templates, mini-program set-up, WeChat Pay | 46,000 |
| **Total Contract Value** | | **324,400** |

Fees include PRC value-added tax. The Subscription Fee is invoiced quarterly in arrears (CNY 34,800 per quarter). The Onboarding Fee is invoiced upon Go-Live Acceptance. No amount is payable in advance.

## C. Signatures

For Bergwand: ______________________ (Dr. Lena Aichinger, Managing Director), Herrenchiemsee, date ________

For the Customer: ______________________ (Mo Haitao, Legal Representative), Yangshuo, date ________

---

# General Terms and Conditions for RouteBase Cloud Services (version 2025-03)

## § 1 Scope

(1) These GTC apply to all RouteBase cloud services provided by Bergwand to business customers. The Customer's general terms do not apply, even if Bergwand does not expressly object to them.

(2) The Order Form specifies the services, the locations, the Subscription Term and the fees.

## § 2 Services

(1) Bergwand provides the RouteBase software as a cloud service over the internet. The Customer receives the right, limited to the Subscription Term, to use the service for its own business purposes at the locations listed in the Order Form.

(2) Bergwand performs the Onboarding described in the Order Form, including migration of member data supplied by the Customer in the agreed format.

(3) Bergwand may further develop the service, provided that the agreed functions are not materially reduced.

(4) The Customer is responsible for the internet connection at its locations, for the turnstile hardware and for the lawfulness of the member data it enters, including the consent of members and, for minors, of their guardians where required.

## § 3 Go-Live Acceptance

(1) Before Go-Live, the parties carry out the acceptance tests set out in the onboarding plan: reconciliation of all migrated member records and membership balances against the Customer's export, check-in at every turnstile, a test payment and refund via WeChat Pay, signature of a waiver in the mini-program, and booking and cancelling a course.

(2) If all tests are passed, the Customer signs the Go-Live Acceptance certificate within five (5) working days. Use of the service in live operation before that date does not constitute acceptance.

(3) If Go-Live Acceptance is not reached by the Go-Live target date in the Order Form for reasons for which Bergwand is responsible, Bergwand pays the Customer CNY 250 for each calendar day of delay, up to a maximum of CNY 15,000.

## § 4 Service Levels

(1) Bergwand ensures an availability of the service of 99.95 % per calendar month, measured at the exit of the data centre, excluding announced maintenance windows between 01:00 and 05:00 China Standard Time.

(2) Support requests are classified as follows: Priority 1 (check-in or login impossible for all users) — response within one (1) hour, 24/7, via the support hotline; Priority 2 (a function is impaired) — response within eight (8) business hours; Priority 3 (questions) — response within three (3) business days.

(3) If the monthly availability falls below the value in paragraph 1, the Customer receives a credit of 5 % of the monthly Subscription Fee for each commenced 0.1 percentage point of shortfall, up to 50 % of the monthly Subscription Fee. If Bergwand misses the response time for a Priority 1 request, the Customer receives a credit of CNY 300 per commenced hour of delay. Credits are set off against the next invoice.

## § 5 Fees and Payment

(1) The fees are set out in the Order Form. Invoices are payable within thirty days of receipt.

(2) If the Customer is in default of payment for more than two months, Bergwand may suspend access after written warning.

## § 6 Customer Data and Data Protection

(1) All data that the Customer or its members enter into or generate with the service, in particular member personal data, waivers (including those of minors signed by their guardians) and payment records ("**Customer Data**"), belong to the Customer.

(2) Bergwand processes Customer Data solely on behalf of the Customer, in accordance with its documented instructions and only to provide the service. Any other use, including for statistics or product development, is excluded.

(3) At the end of the Agreement, Bergwand hands over all Customer Data in a common machine-readable format and then deletes it, and confirms the deletion in writing.

## § 7 Data Security

(1) Customer Data are stored and processed exclusively in data centres in mainland China and are not transferred abroad. Bergwand's staff in Germany have no access to Customer Data except for a named second-level support engineer acting through an access-controlled session that the Customer approves in each case.

(2) Bergwand maintains technical and organisational measures appropriate to the risk, at least encryption in transit and at rest, multi-factor authentication for administrators, logging of all administrative access and daily backups, and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

(3) Bergwand notifies the Customer without undue delay, at the latest within twenty-four (24) hours, of any security incident affecting Customer Data, supports the Customer in notifying authorities and members, and is liable for damage caused by a security incident for which it is responsible.

## § 8 Rights of Use and Intellectual Property

(1) All rights in the RouteBase software remain with Bergwand.

(2) The membership-plan configurations, waiver texts, mini-program pages and reports created specifically for the Customer during Onboarding belong to the Customer, which may use, modify and have them used by third parties without restriction.

## § 9 Term, Renewal and Price Adjustment

(1) The Subscription Term is stated in the Order Form. The Agreement is renewed automatically for a further twenty-four (24) months in each case unless terminated by either party with three (3) months' notice before the end of the current term.

(2) Bergwand may increase the fees for each renewal term by up to 6 % by notice in text form at least four months before the renewal takes effect.

## § 10 Confidentiality

(1) The parties shall keep confidential all confidential information of the other party that they obtain in connection with the Agreement, in particular business figures, member numbers and pricing, and shall use it only for the purposes of the Agreement.

(2) Information that is publicly known, was lawfully obtained from a third party or must be disclosed under mandatory law or to an authority is excluded.

(3) This obligation continues for three (3) years after the end of the Agreement.

## § 11 Liability

(1) Bergwand is liable without limitation for intent and gross negligence and for injury to life, body or health.

(2) In all other cases, Bergwand's total liability under the Agreement is limited to the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

## § 12 Subcontractors

(1) The Customer approves Alibaba Cloud as the hosting provider named in the Order Form.

(2) Bergwand may engage any other subcontractor or sub-processor only with the Customer's prior written consent. Bergwand remains responsible for its subcontractors.

## § 13 Termination for Cause

(1) The right of either party to terminate for good cause remains unaffected. Good cause exists for the Customer in particular if Bergwand commits a material breach of its obligations and does not remedy it within fourteen (14) days after written notice, or if monthly availability falls below 99.0 % in two consecutive months.

(2) Notices of termination must be in writing.

## § 14 Governing Law and Place of Jurisdiction

(1) The Agreement is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the Agreement is Traunstein, Germany.

## § 15 Final Provisions

(1) Amendments and additions must be in text form.

(2) Should any provision be or become invalid, the validity of the remaining provisions shall not be affected.

(3) The English text of the Agreement is binding. A Chinese translation is provided for convenience only.
"""

# ---------------------------------------------------------------- e03 (.docx) Lianjiang sea-cucumber farm, temperature sensors + maintenance; integrator on the Ile Molene, buyer's paper
H167E03 = """T:Supply, Installation and Maintenance Contract — Sea-Pen Water Temperature Monitoring System
P:Contract No. HX-PUR-2025-044
P:Between: FUZHOU LIANJIANG HAIXIN AQUACULTURE CO., LTD. (福州连江海鑫水产养殖有限公司), a company incorporated in the People's Republic of China, with its registered office at Guantou Town, Lianjiang County, Fuzhou, Fujian Province (the "Buyer"); and
P:OCÉATHERM SYSTÈMES SARL, a French limited liability company with share capital of EUR 120,000, registered office at Le Bourg, 29259 Île-Molène, France, registered with the Trade and Companies Register of Brest under No. 851 204 377 (the "Integrator").
P:Whereas the Buyer farms sea cucumbers in suspended pens in Dinghai Bay, where summer water temperatures above the aestivation threshold cause stock losses, and wishes to monitor water temperature and dissolved oxygen in every pen in real time; and whereas the Integrator has offered a complete system, the parties agree as follows. This Contract is drawn up on the Buyer's standard form; prices are stated and paid in Chinese yuan (CNY).
H:Article 1 – Purpose
P:1.1 The Integrator shall supply, install, moor, configure and commission a water temperature monitoring system for the Buyer's 36 sea-cucumber pens (the "System"), train the Buyer's staff, and maintain the System during the warranty period.
P:1.2 The System consists of the Goods and Licence listed in Article 4, the mooring of each buoy, the gateways on the Buyer's two work platforms and the monitoring software installed on the Buyer's server in the farm office.
H:Article 2 – Contract documents
P:The Contract consists of the following documents, which prevail in this order: (1) this Contract; (2) Annex 1, Technical Specification; (3) Annex 2, Pen Layout and Buoy Positions; (4) Annex 3, Acceptance Test Plan; (5) the Integrator's technical offer dated 22 April 2025.
H:Article 3 – Delivery and installation
P:3.1 The Integrator shall deliver all Goods to the Buyer's jetty at Guantou within sixty (60) days after signature and complete installation and mooring within a further twenty-five (25) days, weather permitting. Days on which the Lianjiang maritime authority suspends boat operations are added to the installation period.
P:3.2 Mooring shall be designed for the typhoon conditions stated in Annex 1. The Integrator shall submit the mooring design for the Buyer's approval before installation.
P:3.3 The Integrator shall deliver operating and maintenance manuals in Chinese and the as-built buoy position list.
P:3.4 The Integrator shall train up to ten of the Buyer's staff over two days at the farm, covering the dashboard, alarm thresholds and escalation lists, solar panel and battery checks, cleaning of the sensor heads, and the replacement of a sensor string from a boat.
H:Article 4 – Contract price
P:4.1 The Contract Price is CNY 980,000 (nine hundred and eighty thousand yuan), fixed and inclusive of PRC taxes, customs duties, transport, insurance, installation, training and all warranty services. It is broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor buoy (temperature, dissolved oxygen, salinity)|36|14,800|532,800
TB:2|Bottom temperature sensor string (three depths)|36|3,600|129,600
TB:3|Solar-powered LoRa gateway|4|22,500|90,000
TB:4|Monitoring and alarm software, perpetual licence|1|118,000|118,000
TB:|Goods and Licence Subtotal|||870,400
TB:5|Installation, mooring and commissioning|1|96,600|96,600
TB:6|Training|1|13,000|13,000
TB:|Contract Price|||980,000
H:Article 5 – Payment
P:5.1 10% of the Contract Price (CNY 98,000) as an advance within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:5.2 50% (CNY 490,000) within 15 days after all buoys are installed and the Installation Certificate is signed. The Installation Certificate confirms completeness only and is not acceptance.
P:5.3 35% (CNY 343,000) within 15 days after the Final Acceptance Certificate is signed.
P:5.4 5% (CNY 49,000) as retention, released within 15 days after the end of the warranty period if no warranty claim is outstanding.
H:Article 6 – Acceptance
P:6.1 After installation, the System shall run for twenty-one (21) consecutive days. Final Acceptance requires that: (a) every buoy reads water temperature within ±0.2 °C of the Buyer's calibrated reference thermometer at three spot checks; (b) dissolved oxygen readings are within ±0.3 mg/L of the reference meter; (c) at least 98% of the expected readings are received at the server over the run period; (d) a high-temperature alarm reaches the duty manager's mobile phone within two minutes of the threshold being crossed; and (e) the mooring inspection after the run period shows no drift beyond the tolerance in Annex 1.
P:6.2 If all criteria are met, the parties sign the Final Acceptance Certificate. Otherwise the Integrator shall correct the defects at its cost and repeat the run.
P:6.3 Delivery, installation and use of the System by the Buyer during the run period do not constitute acceptance.
H:Article 7 – Warranty
P:7.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Integrator shall repair or replace any defective Goods free of charge, correct software defects, recalibrate each sensor twice a year and replace anti-fouling parts as specified in Annex 1.
P:7.2 Response times during the warranty period: for a Critical Fault (loss of data from five or more pens, or failure of a gateway, or of the alarm function) the Integrator shall respond within thirty (30) minutes of the Buyer's call, have a technician on the platform within twenty-four (24) hours, weather permitting, and restore the alarm function within forty-eight (48) hours; for other faults it shall respond within one business day.
P:7.3 For each full hour by which the response or restoration time for a Critical Fault is exceeded, the Integrator shall pay CNY 600, which the Buyer may deduct from the retention or any other amount due.
P:7.4 The Integrator shall keep a stock of spare buoys and sensor strings at its service point in Fuzhou sufficient to replace at least three buoys at any time.
H:Article 8 – Maintenance after the warranty
P:8.1 After the warranty period, the Buyer may order annual maintenance on the same terms as Article 7. The annual maintenance fee shall not exceed 9.5% of the Goods and Licence Subtotal (CNY 82,688 per year) and is fixed at that amount for the first three years after the warranty period.
P:8.2 Maintenance is ordered in writing for each year and does not renew automatically. The fee is paid quarterly in arrears.
H:Article 9 – Intellectual property
P:9.1 The software remains the property of the Integrator or its licensors; the Buyer receives a perpetual licence to use it for its farms.
P:9.2 The mooring designs, alarm rules, pen-specific configurations and reports prepared for the Buyer belong to the Buyer, which may use, modify and disclose them to other contractors.
H:Article 10 – Data and security
P:10.1 All readings, alarms, logs and farm data collected by the System belong to the Buyer. The Integrator may use them only to perform this Contract and shall not disclose, sell or otherwise exploit them.
P:10.2 The monitoring software runs on the Buyer's server. Remote access by the Integrator requires the Buyer's approval for each session, is made through the Buyer's VPN with individual accounts and is logged. No data shall be copied or transferred outside mainland China.
P:10.3 The Integrator shall notify the Buyer within twelve (12) hours of any security incident affecting the System or the Buyer's data, take immediate remedial measures, and bear all losses caused by an incident attributable to it.
H:Article 11 – Confidentiality
P:Each party shall keep confidential the other party's non-public information obtained under this Contract, including the Buyer's pen layout, stocking densities and production figures, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:Article 12 – Delay damages
P:If the Integrator fails to complete installation within the period in Article 3.1 or fails to achieve Final Acceptance within 45 days after installation, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 13 – Liability
P:The Integrator's total liability under this Contract shall not exceed 150% of the Contract Price, except in cases of wilful misconduct, gross negligence, personal injury or breach of Article 10, where no limit applies.
H:Article 14 – Subcontracting
P:The Buyer approves Lianjiang Dingsheng Marine Engineering Co., Ltd. as subcontractor for boat operations and mooring. Any other subcontracting requires the Buyer's prior written consent. The Integrator remains fully responsible for the work of its subcontractors.
H:Article 15 – Termination
P:The Buyer may terminate this Contract by written notice if the Integrator commits a material breach and does not remedy it within fifteen (15) days after written notice, or if delay damages reach their maximum. On termination before Final Acceptance, the Integrator shall refund the amounts paid against return of the Goods.
H:Article 16 – Force majeure
P:Typhoons declared by the Fujian provincial authorities, and other events beyond a party's reasonable control, suspend the affected obligations for their duration. The affected party shall notify the other promptly.
H:Article 17 – Governing law and disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou in accordance with its rules. The award is final and binding on both parties.
H:Article 18 – Language and signature
P:This Contract is made in English and Chinese in four originals, two for each party; both texts are equally authentic.
P:For the Buyer: ____________________ (authorised representative)    For the Integrator: ____________________ (gérant)
"""

# ---------------------------------------------------------------- e04 (.txt) Shenzhen drone start-up, managed IT + desktop support; provider on the Isle of Muck (Scottish style)
H167E04 = """MANAGED IT SERVICES AGREEMENT

between

MUCK ISLAND MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts with registered number SC712406 and having its registered office at The Old Schoolhouse, Port Mor, Isle of Muck, PH42 4RP, Scotland ("the Provider")

and

SHENZHEN FEIYU DRONE TECHNOLOGY CO., LTD. (深圳飞屿无人机科技有限公司), a company established in the People's Republic of China and having its registered office at Floor 9, Building B, Science and Technology Park, Nanshan District, Shenzhen, Guangdong ("the Customer")

WHEREAS
(A) The Customer designs and manufactures agricultural and survey drones and employs approximately 140 staff at its Nanshan office and test workshop.
(B) The Provider supplies managed IT services and has agreed to provide them to the Customer on the terms of this Agreement, with all charges expressed and paid in Chinese yuan (CNY) at the Customer's request.

NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:

1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement: "Commencement Date" means the date on which the Service Commencement Certificate is signed; "Customer Data" means all data of the Customer, its staff and its customers held on or passing through the Customer's systems, including design files, firmware source code, flight logs and personal information; "Incident" means an unplanned interruption to, or reduction in the quality of, a Service; "Local Partner" means Shenzhen Nan'an Information Services Co., Ltd. (深圳市南岸信息服务有限公司); "Services" means the services described in Clause 3 and Schedule 1; "Working Day" means a day other than a Saturday, Sunday or public holiday in Shenzhen.

2. COMMENCEMENT AND DURATION
2.1 This Agreement takes effect on the date of its execution. The Services shall be provided for a period of twenty-four (24) months from the Commencement Date ("the Term").
2.2 This Agreement shall not renew automatically. Any extension shall be agreed in writing by both parties not later than three months before the end of the Term.

3. THE SERVICES
3.1 The Provider shall provide: (a) a service desk available by telephone, messaging and portal from 08:00 to 20:00 on Working Days and an on-call line at all other times; (b) on-site desktop support at the Customer's Nanshan premises on Working Days from 09:00 to 18:00 by two resident engineers; (c) management and patching of approximately 150 laptops and 24 CAD and simulation workstations; (d) monitoring and management of the Customer's firewalls, switches and Wi-Fi; (e) administration of the Customer's file servers, build servers and identity directory; (f) daily backup of servers and of designated workstations, with a quarterly restore test; and (g) a monthly service report and a quarterly service review.
3.2 The Provider shall perform the Services with the skill and care of a competent managed-service provider and in accordance with the Customer's reasonable IT policies notified in writing.

4. TRANSITION AND SERVICE COMMENCEMENT
4.1 Within forty-five (45) days after execution of this Agreement the Provider shall complete the transition set out in Schedule 2, including discovery of all assets, documentation of the network, deployment of monitoring and endpoint-management agents, and set-up of the backup service.
4.2 Service Commencement shall be certified when: (a) the asset inventory has been reconciled with the Customer's finance register with no unexplained difference; (b) monitoring agents report from every server, network device and managed endpoint; (c) a test restore of a server and of a workstation has succeeded; and (d) the run-books for every system in Schedule 1 have been delivered and approved by the Customer. The Customer shall sign the Service Commencement Certificate within three Working Days after the criteria are met. Deployment of agents or the start of service desk operations shall not of itself constitute acceptance.
4.3 If the Service Commencement Certificate has not been signed within the period stated in Clause 4.1 for a reason attributable to the Provider, the Provider shall pay to the Customer CNY 1,000 for each day of delay, up to a maximum of CNY 60,000.

5. SERVICE LEVELS AND SERVICE CREDITS
5.1 Incidents shall be prioritised and handled as follows:
Priority 1 (the office network, the identity directory or the build servers unavailable to all users): response within 15 minutes, at any time; resolution or workaround within 6 hours.
Priority 2 (a service degraded, or a single critical workstation out of use): response within 30 minutes during service desk hours; resolution within 1 Working Day.
Priority 3 (a single user affected, or a request): response within 2 hours during service desk hours; resolution within 3 Working Days.
5.2 The availability of the managed office network and identity directory shall be at least 99.95% in each calendar month, excluding maintenance windows agreed in advance with the Customer.
5.3 If the Provider fails to meet a service level in Clause 5.1 or Clause 5.2 in any month, the Customer shall be entitled to a service credit in accordance with Schedule 3, being 2% of the monthly service charge for each Priority 1 Incident not responded to or resolved in time and 5% of the monthly service charge for each 0.1 percentage point (or part) by which availability falls short, subject to a total of 25% of the monthly service charge. Service credits shall be deducted from the next invoice and are without prejudice to the Customer's other rights.

6. CHARGES AND PAYMENT
6.1 The charges are: (a) a transition charge of CNY 58,000, payable after the Service Commencement Certificate is signed; and (b) a monthly service charge of CNY 52,800, payable monthly in arrears, for twenty-four months, being CNY 1,267,200 in total. The total contract value is accordingly CNY 1,325,200. All charges are inclusive of PRC value-added tax.
6.2 The Provider shall invoice within five Working Days after the end of each month. The Customer shall pay undisputed invoices within thirty days of receipt.
6.3 No sum shall be payable in advance of the Services.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data is and shall remain the property of the Customer. The Provider shall process Customer Data only for the purpose of providing the Services and in accordance with the Customer's written instructions, and shall make no other use of it.
7.2 All administration of the Customer's systems shall be performed by the Provider's resident engineers and the Local Partner's staff from within mainland China, through the Customer's privileged-access gateway with individual accounts and multi-factor authentication. No Customer Data shall be copied to the Provider's systems or transferred outside mainland China.
7.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and with the Customer's information-security policy, including the handling rules for export-controlled drone technology.
7.4 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within two (2) hours of becoming aware of it, shall take all steps necessary to contain it, and shall indemnify the Customer against losses arising from a security incident caused by the Provider, its staff or the Local Partner.

8. INTELLECTUAL PROPERTY
8.1 All documentation, run-books, scripts, configurations and reports prepared by the Provider for the Customer under this Agreement shall belong to the Customer on creation. The Customer may use, modify and license them without restriction, including to any replacement provider.
8.2 The Provider's pre-existing tools remain its property. To the extent that they are required to use the deliverables in Clause 8.1, the Provider grants the Customer a perpetual, royalty-free licence.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential all information of the other party disclosed or obtained in connection with this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to professional advisers bound by confidentiality or as required by law.
9.2 This Clause 9 shall continue to apply for five years after the termination of this Agreement.

10. SUBCONTRACTING
10.1 The Customer consents to the Provider's appointment of the Local Partner for on-site support, cabling and hardware logistics in Shenzhen.
10.2 The Provider shall not otherwise subcontract any part of the Services without the prior written consent of the Customer. The Provider shall remain responsible for the acts and omissions of its subcontractors as if they were its own.

11. LIMITATION OF LIABILITY
11.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 7.
11.2 Subject to Clause 11.1, the Provider's total liability under or in connection with this Agreement shall not exceed 150% of the total contract value stated in Clause 6.1.

12. TERMINATION
12.1 The Customer may terminate this Agreement with immediate effect by written notice if the Provider commits a material breach which is not remedied within twenty days after notice requiring remedy, or if Priority 1 resolution times are missed in any three months of a rolling six-month period.

13. EXIT
13.1 On expiry or termination the Provider shall, for up to sixty days, provide reasonable assistance to transfer the Services to the Customer or a replacement provider, including hand-over of all credentials, documentation and Customer Data, and shall then securely delete any Customer Data in its possession and certify the deletion.

14. GOVERNING LAW AND JURISDICTION
14.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland.
14.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

15. GENERAL
15.1 No variation of this Agreement shall be effective unless in writing and signed by both parties.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules annexed are executed as follows:

Subscribed for and on behalf of MUCK ISLAND MANAGED SERVICES LIMITED
at Port Mor, Isle of Muck on ____________ 2025
by ______________________ Director
before this witness ______________________ Witness (full name and address)

Subscribed for and on behalf of SHENZHEN FEIYU DRONE TECHNOLOGY CO., LTD.
at Shenzhen on ____________ 2025
by ______________________ Legal Representative

Schedule 1 – Service Description and In-Scope Systems
Schedule 2 – Transition Plan
Schedule 3 – Service Credits
"""

# ---------------------------------------------------------------- e05 (.md) Turpan raisin exporter, halal-certificate API subscription + integration; vendor on the Isola Gorgona (Italian style)
H167E05 = """# API SUBSCRIPTION AND INTEGRATION AGREEMENT

**between**

**Certalia S.r.l.**, with registered office at Località Cala dello Scalo, 57032 Isola di Gorgona (LI), Italy, VAT No. IT01948270493, registered with the Companies Register of Livorno under REA No. LI-172644, in the person of its legal representative *pro tempore*, Dott.ssa Giulia Barsotti (hereinafter "**Certalia**" or the "**Supplier**")

**and**

**Turpan Silk Road Raisin Export Co., Ltd.** (吐鲁番丝路葡萄干出口有限公司), with registered office in Gaochang District, Turpan, Xinjiang Uygur Autonomous Region, People's Republic of China, in the person of its legal representative, Mr Aili Tursun (hereinafter the "**Customer**")

(each a "**Party**" and together the "**Parties**")

## PREMISES

a) Certalia operates HalalCheck, an application programming interface (API) service that verifies halal certificates against the registers of recognised certification bodies, records the halal certificates attached to export batches and alerts its users to expiry, suspension or withdrawal of certificates;

b) the Customer processes and exports raisins to Malaysia, Indonesia and the Gulf states and needs to verify the halal certificates of its growers' cooperatives, packaging suppliers and processing lines, and to attach valid certificates to each export batch;

c) the Customer has asked that all amounts be stated and paid in Chinese yuan (CNY);

all of the above being stated, the Parties agree as follows.

## Art. 1 (Premises and annexes)

1.1 The premises and the annexes form an integral and substantive part of this Agreement.

1.2 Annexes: Annex A (Service Description and API Documentation); Annex B (Integration Specification); Annex C (Integration Acceptance Tests); Annex D (Service Levels and Credits).

## Art. 2 (Subject matter)

2.1 Certalia shall provide the Customer with access to the HalalCheck API for the Subscription Term (the "**Subscription**") and shall develop and install a connector between the HalalCheck API and the Customer's ERP and export-documentation system (the "**Connector**") in accordance with Annex B (the "**Integration**").

2.2 The Subscription includes up to 60,000 API calls per year, a web console for up to 25 users and e-mail alerts on changes in certificate status.

2.3 Certalia shall also provide two remote training sessions in Chinese for the console users and technical support by e-mail and telephone in English and Chinese during business hours.

## Art. 3 (Duration)

3.1 The Subscription Term is thirty-six (36) months from the date of signature of this Agreement.

3.2 Tacit renewal is excluded. Any renewal requires a written agreement of the Parties.

## Art. 4 (Price)

4.1 The total price of this Agreement is CNY 570,000 (five hundred and seventy thousand Chinese yuan), including PRC value-added tax, made up as follows:

| Item | Basis | Amount (CNY) |
|---|---|---|
| HalalCheck API Subscription | CNY 148,000 per year × 3 years | 444,000 |
| Integration (Connector, mappings, testing, go-live support) | one-time, fixed price | 126,000 |
| **Total Contract Value** | | **570,000** |

4.2 API calls exceeding the annual allowance are not expected; if they occur, they shall be agreed in writing before being charged.

## Art. 5 (Payment terms)

5.1 The Customer shall pay:

- an advance payment (*anticipo*) equal to thirty-five per cent (35%) of the Total Contract Value, i.e. CNY 199,500, within ten (10) days of signature of this Agreement; the advance is applied first to the Subscription fee for the first year (CNY 148,000) and then to the Integration fee (CNY 51,500);
- the balance of the Integration fee (CNY 74,500) within thirty (30) days after the Integration Acceptance Certificate;
- the Subscription fee for the second and for the third year (CNY 148,000 each) at the beginning of each year of the Subscription Term.

5.2 Payments shall be made by bank transfer to Certalia's account in CNY indicated in the invoice.

## Art. 6 (Integration and acceptance)

6.1 Certalia shall complete the Integration and make it available for the acceptance tests within seventy-five (75) days of signature.

6.2 The acceptance tests in Annex C include: (i) verification of a sample of 200 halal certificates supplied by the Customer, with a correct result for every certificate whose status is known to the Customer; (ii) correct handling of expired, suspended and unknown certificates; (iii) automatic attachment of certificate data to export batches in the ERP and on the export documents; (iv) response time of the Connector below two seconds for 95 per cent of requests under the expected load.

6.3 When all tests are passed, the Parties sign the Integration Acceptance Certificate. The start of productive use of the Connector does not constitute acceptance.

6.4 For each day of delay in making the Integration available for the acceptance tests, attributable to Certalia, Certalia shall pay a penalty equal to 0.1% of the Total Contract Value, up to a maximum of 10% of the Total Contract Value, without prejudice to compensation for greater damage.

## Art. 7 (Service levels)

7.1 Certalia guarantees a monthly availability of the HalalCheck API of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 02:00 and 06:00 Beijing time.

7.2 Incidents of Priority 1 (the API is unavailable or returns errors for all requests) shall receive a response within thirty (30) minutes at any time and be resolved within six (6) hours; incidents of Priority 2 shall receive a response within two (2) hours during business hours.

7.3 If availability or Priority 1 times are not met, the Customer is entitled to the service credits in Annex D, of up to 20% of the monthly equivalent of the Subscription fee, to be set off against the next invoice.

## Art. 8 (Customer Data and security)

8.1 The data entered by the Customer or transmitted through the Connector, including supplier lists, certificate copies, batch and shipment data ("**Customer Data**"), are owned by the Customer. Certalia shall process them solely to perform this Agreement and shall not use them for any other purpose.

8.2 The HalalCheck service for the Customer is provided from a node hosted by Alibaba Cloud in the Beijing region; Customer Data shall not be transferred outside mainland China. Queries to certification bodies' registers are made using the certificate number only.

8.3 Certalia shall adopt adequate technical and organisational security measures, including encryption in transit and at rest, individual access credentials with multi-factor authentication and access logs kept for at least one hundred and eighty days, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

8.4 Certalia shall inform the Customer of any security incident affecting Customer Data within twenty-four (24) hours of becoming aware of it and shall be liable for the damage caused by incidents attributable to it.

## Art. 9 (Intellectual property)

9.1 The HalalCheck platform and API remain the exclusive property of Certalia.

9.2 The Connector, including the mappings to the Customer's ERP and the export-document templates developed under this Agreement, shall be jointly owned by the Parties in equal shares. Each Party may use the Connector for its own business; neither Party may assign or license the Connector, or make it available to third parties, without the prior written consent of the other Party.

## Art. 10 (Confidentiality)

10.1 Each Party undertakes to keep confidential all information of the other Party of which it becomes aware in performing this Agreement, including the Customer's suppliers, volumes, destinations and prices, and not to disclose it to third parties without the other Party's prior written consent.

10.2 This obligation shall remain in force for three (3) years after the end of this Agreement.

## Art. 11 (Liability)

11.1 Except in the case of wilful misconduct or gross negligence, Certalia's total liability under this Agreement shall not exceed 120% of the Total Contract Value.

11.2 Certalia is not responsible for the content of the registers kept by certification bodies, but shall promptly reflect any change published in them.

## Art. 12 (Subcontracting)

12.1 The Customer approves Alibaba Cloud as hosting provider.

12.2 Certalia shall not subcontract all or part of the Integration or of the Subscription services without the Customer's prior written consent.

## Art. 13 (Termination)

13.1 In the event of a material breach by Certalia, the Customer may serve written notice requiring Certalia to remedy the breach within fifteen (15) days; if the breach is not remedied, this Agreement shall be terminated by operation of law upon the Customer's written declaration.

13.2 In case of termination for Certalia's breach, Certalia shall refund the Subscription fees paid for the period after termination.

13.3 On expiry or termination, Certalia shall return the Customer Data in a machine-readable format within thirty (30) days, then delete it and confirm the deletion in writing.

## Art. 14 (Applicable law and disputes)

14.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time of the application.

## Art. 15 (Final provisions)

15.1 Any amendment to this Agreement shall be made in writing.

15.2 The Parties declare that each clause of this Agreement has been individually negotiated.

Read, confirmed and signed.

Isola di Gorgona, ____________ 2025 — Certalia S.r.l., the legal representative ______________________

Turpan, ____________ 2025 — Turpan Silk Road Raisin Export Co., Ltd., the legal representative ______________________
"""

# ---------------------------------------------------------------- build
SOURCES = {"h167z01": H167Z01, "h167z02": H167Z02, "h167e01": H167E01, "h167e03": H167E03}
TARGETS = {"h167z01": ("h167z01_city_housing_bureau_smart_site_platform.docx", "docx"),
           "h167z02": ("h167z02_fibre_preform_draw_tower_diameter_gauges.pdf", "pdf"),
           "h167e01": ("h167e01_tea_set_kiln_control_licence_spanish_vendor.pdf", "pdf"),
           "h167e03": ("h167e03_sea_cucumber_temperature_sensors_french_integrator.docx", "docx")}
TEXTS = {"h167z03_eye_clinic_chain_optometry_records_saas.md": H167Z03,
         "h167z04_market_regulation_food_safety_platform_om.txt": H167Z04,
         "h167z05_cured_meat_erp_supplier_template.txt": H167Z05,
         "h167e02_climbing_gym_membership_saas_german_vendor.md": H167E02,
         "h167e04_drone_startup_managed_it_scottish_provider.txt": H167E04,
         "h167e05_raisin_exporter_halal_api_italian_vendor.md": H167E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
