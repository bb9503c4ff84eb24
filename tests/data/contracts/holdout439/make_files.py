"""holdout439: ten blind, ordinary draft contracts (5 zh, 5 en) with labels. Run with /work/main/.venv/bin/python -B.
Sources are kept here; .txt/.md are written as is, .docx/.pdf are built with ../word_pdf.py (wrap_words=True).
Labels are written from LABELS; expected rules are derived from the labels by my own reading of policy.md section 3
and checked against the design list. Every built file is read back, measured and scanned for threshold figures."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H439Z01 = """T:海关跨境电商监管平台建设项目合同书
P:项目编号：HG-ZC-2026-0417　合同编号：JSHG-2026-031
P:采购人（甲方）：中华人民共和国江州海关　住所：江州市滨江路88号
P:供应商（乙方）：江州数港信息技术有限公司　住所：江州市高新区软件园路16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就跨境电商监管平台软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供跨境电商监管平台基础软件及相关模块的永久使用许可，并按甲方需求完成清单核放、退货监管、跨境统计分析三个子系统的定制开发，负责部署、数据对接、测试和培训。
P:1.2 平台部署在甲方内网机房，与金关二期系统、电商企业申报通道及物流企业数据接口对接。详细需求以招标文件技术规格书及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币3,030,000元（大写：叁佰零叁万元整），含税，为固定总价。分项如下：
P:（1）平台基础软件许可1,120,000元；（2）风险布控引擎模块许可260,000元；（3）数据交换组件许可180,000元；以上软件许可小计1,560,000元；
P:（4）三个子系统定制开发1,248,000元；（5）实施部署与系统对接186,000元；（6）用户培训36,000元。
P:2.2 合同总价包括软件许可、开发、部署、测试、培训、差旅、税费及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%，即606,000元。
P:3.2 系统上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即1,363,500元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即1,060,500元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按国库集中支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后150日内完成全部开发、部署并申请初步验收。初步验收后系统试运行90日，期满后乙方申请最终验收。
P:4.2 乙方应派驻项目经理一名及不少于六名开发、实施人员，人员名单经甲方确认，未经甲方同意不得更换项目经理。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；清单核放处理能力不低于每小时20万单；常用查询响应时间不超过3秒；与金关二期系统及企业申报通道接口连续7日数据比对无差错；通过第三方安全测评和等级保护测评。
P:5.2 最终验收标准：试运行期间无一级故障，二级故障不超过3次且均已闭环；源代码、部署手册、运维手册等全部文档已移交甲方。
P:5.3 验收由甲方组织，出具书面验收报告。系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与技术服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、7×24小时技术支持和每季度一次现场巡检。
P:6.2 平台月度可用率不低于99.95%。一级故障（平台整体不可用或通关业务中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复业务；二级故障2小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减2,000元；月度可用率每低于承诺值0.01个百分点，扣减3,000元。扣减款项从甲方应付款项中扣除，不足部分由乙方另行支付。
P:6.4 质保期满后，甲方如需继续购买运维服务，年度运维费不超过软件许可小计的8%，即每年不超过124,800元，该价格在质保期满后的三个服务年度内不得上调。运维合同另行签订，不自动续期。
P:6.5 乙方应建立本项目服务台，提供统一服务电话和工单系统，每月向甲方提交运行维护报告，内容包括故障统计、可用率、巡检结果和改进建议。
P:6.6 质保期内乙方更换的软件版本应经甲方测试环境验证后方可部署到生产环境，升级不得影响通关业务的正常运行。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的子系统、接口程序、源代码及技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台基础软件及模块的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其隶属海关。
P:7.3 乙方保证所提供的软件不侵犯第三方权利，否则由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台处理的申报数据、监管数据、日志及衍生数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及海关信息安全管理规定，驻场人员须签署安全承诺书，仅可经甲方堡垒机访问系统，不得拷贝、截留或向境外传输任何数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、业务信息和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期申请验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 因乙方原因导致验收不合格且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项，并按合同总价的10%支付违约金。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金，但因财政资金拨付程序造成的延迟除外。
H:第十一条 分包
P:11.1 乙方不得转包或分包本合同的任何部分。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、战争等不可抗力致使合同不能履行的，受影响方应及时通知对方，并在10日内提供证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：中华人民共和国江州海关　乙方（盖章）：江州数港信息技术有限公司
P:授权代表：　　　　授权代表：
P:日期：2026年　月　日　　日期：2026年　月　日
"""

H439Z02 = """T:造型线控制系统改造及维保合同
P:合同编号：HSZ-JS-2026-058
P:甲方（买方）：河阳恒升铸造有限公司　地址：河阳市经济开发区铸造园区5号
P:乙方（卖方）：河阳智控自动化工程有限公司　地址：河阳市高新区创业大道219号
P:甲方二号车间静压造型线控制系统老化，故障频繁。为提高造型线运行稳定性，甲方委托乙方对该线控制系统进行改造并提供维保服务。双方经协商一致，订立本合同。
H:一、改造内容
P:（一）乙方负责拆除原控制柜，更换PLC控制系统、伺服驱动及电机、触摸屏和现场总线交换机，安装上位监控软件，编写并调试造型、合箱、浇注段控制程序，实现与甲方MES系统的数据对接。
P:（二）改造须在甲方安排的停产窗口内完成，停产窗口为连续20日。乙方应提前提交施工方案，经甲方设备部审核后实施。
H:二、合同价格
P:（一）合同总价为人民币1,600,000元（含13%增值税），包括设备、软件、开发、运输、安装、调试、培训及质保期内服务。价格明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|造型线PLC控制柜（含CPU及I/O模块）|4套|138,000|552,000
TB:2|伺服驱动及电机|12套|26,500|318,000
TB:3|工业触摸屏HMI|6台|9,800|58,800
TB:4|现场总线交换机|8台|7,600|60,800
TB:5|上位监控软件许可（含MES接口模块）|1套|186,000|186,000
TB:|软硬件小计|||1,175,600
TB:6|控制程序定制开发及联调|1项|268,000|268,000
TB:7|拆除、安装及调试|1项|142,400|142,400
TB:8|操作及维护培训|1项|14,000|14,000
TB:|合同总价|||1,600,000
P:（二）上述价格为固定价格，不因材料或人工价格变化而调整。设备均应为全新原厂产品，PLC、伺服及触摸屏品牌型号以乙方投标文件为准，未经甲方书面同意不得替换为其他品牌或降低配置。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即160,000元。
P:（二）设备全部到货并经甲方清点签收后10个工作日内，甲方支付合同总价的55%，即880,000元。
P:（三）乙方完成安装调试后10个工作日内，甲方支付合同总价的35%，即560,000元。
P:（四）乙方应在每次付款前开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后45日内将全部设备运至甲方二号车间，并在停产窗口内完成拆除、安装和调试。
P:（二）施工期间乙方应遵守甲方安全生产管理制度，动火、登高作业须办理审批手续。乙方应派驻现场项目经理一名、电气工程师和程序工程师不少于四名，停产窗口期间实行两班作业，每日向甲方设备部报告进度，确保造型线按期恢复生产。
P:（三）乙方应在施工前对甲方提供的电气图纸、设备布置和原有程序进行核对，发现问题应书面提出。施工结束后，乙方应清理现场，拆除的旧控制柜及电缆由甲方处置。
P:（四）乙方应提供设备合格证、出厂检验报告、使用说明书、电气原理图、接线图、程序备份及软件许可证书，随设备一并交付。
H:五、验收
P:（一）乙方完成安装调试并通电运行后，即视为甲方验收合格。
P:（二）设备到货时双方按装箱单清点数量和外观，该清点仅为交接确认。
H:六、质量保证
P:（一）质保期为二十四个月，自安装调试完成之日起计算。质保期内因设备或软件质量问题造成的故障，乙方免费维修或更换。
P:（二）质保期内，造型线控制系统月度可用率不低于99.5%。月度可用率每低于承诺值0.1个百分点，乙方向甲方支付1,000元。
P:（三）一级故障（造型线停线）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复生产；二级故障2小时内响应，24小时内处理完毕。响应或到场每超时1小时，乙方支付500元。
H:七、维保服务
P:（一）质保期满后，乙方按软硬件小计的9%每年收取维保费，即每年105,804元，三个服务年度内不得调价。维保内容包括定期巡检、故障维修、备件更换和程序优化。
P:（二）维保服务按服务年度签订确认书，甲方可选择是否续签，不自动续期。
P:（三）维保期间，乙方每季度进行一次现场巡检，检查控制柜、伺服系统、通讯网络及程序运行情况，并出具巡检报告；对发现的隐患应提出处理建议，经甲方同意后实施。
P:（四）乙方应在河阳市区常备PLC模块、伺服驱动器、触摸屏及交换机等关键备件，保证一级故障时备件2小时内送达现场。
H:八、知识产权
P:（一）乙方为本项目编写的控制程序、源程序、接口程序及技术文档归甲方所有，甲方可自行修改、使用或交第三方维护。
P:（二）上位监控软件及设备内置软件的知识产权归原权利人，甲方享有永久使用权。
H:九、数据安全
P:（一）控制系统及MES接口产生的生产数据、工艺参数归甲方所有，乙方不得用于本合同以外的用途。
P:（二）乙方远程维护须经甲方审批，通过甲方指定的安全通道进行，不得留存甲方数据。发生数据泄露或因乙方原因导致数据丢失的，乙方应在2小时内通知甲方，并承担赔偿责任。
H:十、保密
P:（一）乙方对在履约过程中知悉的甲方工艺、配方、产量等信息负有保密义务，未经甲方书面同意不得对外披露。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十二、分包与解除
P:（一）乙方如需将拆除或布线工作分包，应事先取得甲方书面同意，并对分包方行为负责。
P:（二）乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同并要求赔偿损失。
P:（三）因乙方原因造成设备损坏、停产或人身伤害的，乙方应承担相应的赔偿责任。
H:十三、培训与技术资料
P:（一）乙方应为甲方操作人员及设备维护人员提供不少于5天的现场培训，内容包括系统原理、日常操作、参数设置、常见故障判断与处理、程序备份与恢复。
P:（二）培训结束后，乙方应对参训人员进行考核，确保甲方维护人员能够独立完成日常维护和一般故障处理。培训教材和操作手册以中文提供。
H:十四、安全生产
P:（一）乙方施工人员进入甲方厂区应遵守甲方安全生产、消防和环保制度，佩戴劳动防护用品，服从甲方安全管理人员的监督。
P:（二）乙方应为施工人员购买意外伤害保险。施工期间发生的安全事故，因乙方原因造成的，由乙方承担责任。
H:十五、争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交河阳仲裁委员会仲裁。
H:十六、其他
P:本合同附件包括设备清单、施工方案和培训计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：河阳恒升铸造有限公司　乙方（盖章）：河阳智控自动化工程有限公司
P:代表签字：　　　　代表签字：
P:日期：2026年　月　日　　日期：2026年　月　日
"""

H439Z03 = """河阳明眸眼科诊所连锁 预约及电子病历SaaS服务合同

合同编号：MMYK-IT-2026-012
甲方（客户）：河阳明眸眼科医疗管理有限公司
地址：河阳市文昌路66号
乙方（服务商）：云瞳医疗科技（杭州）有限公司
地址：杭州市余杭区文一西路998号

甲方及其下属8家眼科诊所拟统一使用线上预约、分诊叫号及电子病历系统。乙方提供该系统的SaaS服务及实施服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方为甲方8家诊所开通“云瞳眼科”SaaS服务，包括线上预约、分诊叫号、电子病历、检查设备数据接入、视光配镜档案和经营报表模块。
1.2 8家诊所名称、地址及开通模块见附件一。新增或关闭诊所的，甲方应提前30日通知乙方，费用按第2.3款调整。
1.3 乙方负责实施服务：系统配置、历史病历迁移（约18万份）、验光仪及眼底照相机等设备接口对接、人员培训。
1.4 服务期为三个服务年度，自上线验收合格之日起计算。
1.5 服务期内乙方负责SaaS平台的运行、监控、备份、安全防护和版本更新，版本更新不得降低已有功能，重大变更应提前15日通知甲方。
1.6 乙方为甲方设立专属客户经理和实施顾问各一名，客户经理每月向甲方提交服务报告，内容包括可用率、故障处理、工单统计及改进建议。

2. 费用
2.1 SaaS订阅费：每家诊所每个服务年度36,000元，8家诊所每个服务年度合计288,000元，三个服务年度共计864,000元。
2.2 实施费：配置及病历迁移120,000元，设备接口对接36,000元，培训18,000元，合计174,000元。
2.3 合同总价为1,038,000元（含税）。上述费用包括平台使用、数据存储（每家诊所每个服务年度不超过2TB影像存储）、版本更新、技术支持及服务期内的安全防护，乙方不得另行收取任何费用。服务期内新增诊所按每家每个服务年度36,000元按月折算。

3. 付款
3.1 实施费在上线验收合格后20个工作日内一次性支付。
3.2 SaaS订阅费按季度结算，甲方在每个季度结束后20个工作日内支付该季度费用72,000元。
3.3 本合同不设预付款。乙方应在付款前开具增值税专用发票。

4. 实施与验收
4.1 乙方应在合同签订后60日内完成实施并申请上线验收。
4.2 实施过程中，乙方应按周提交进度报告，双方每两周召开一次项目例会，会议纪要经双方确认后作为实施记录；每家诊所上线前，乙方应在该诊所完成现场切换演练，并安排实施顾问驻点支持不少于3个工作日。
4.3 验收标准：8家诊所预约、分诊、病历、配镜流程全部跑通；迁移病历按2%比例抽样核对无差错；设备数据自动接入成功；高峰时段页面响应不超过2秒；试运行30日无一级故障。
4.4 甲方在收到验收申请后10个工作日内组织验收并出具书面意见。试运行或甲方使用不视为验收合格。
4.5 乙方逾期完成上线验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。

5. 服务水平
本条服务水平适用于全部8家诊所，乙方每月5日前向甲方提交上月服务水平报告，甲方有权对报告数据进行核查。
5.1 系统月度可用率不低于99.95%（计划内维护除外，维护应安排在22:00至次日6:00，并提前3日通知）。
5.2 一级故障（任一诊所无法预约或调阅病历）30分钟内响应，2小时内恢复；二级故障2小时内响应，1个工作日内解决。
5.3 可用率未达标的，按当月订阅费的5%至20%给予服务抵扣；一级故障响应每超时1小时，抵扣500元。

6. 数据归属与数据安全
6.1 患者个人信息、病历、检查影像及业务数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于任何其他目的。
6.2 数据存储于中国境内，乙方系统已通过等级保护三级测评；数据传输和存储加密，访问权限最小化并留存审计日志。
6.3 发生数据泄露、丢失或被非法访问的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
6.4 乙方应每日对甲方数据进行全量或增量备份，备份数据异地保存不少于30日，每季度进行一次恢复演练并将结果告知甲方。
6.5 乙方人员访问甲方数据须经授权，并签署个人信息保护承诺书；乙方应配合甲方开展个人信息保护合规审计。
6.6 合同终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除。

7. 保密
7.1 双方对在履约中获得的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。

8. 知识产权
8.1 SaaS平台知识产权归乙方。乙方为甲方定制的病历模板、报表和接口程序归甲方所有，甲方可自由使用和修改。

9. 分包
9.1 乙方可将病历迁移、设备接口对接及现场培训等工作分包给第三方，但应提前书面通知甲方。乙方对分包方的工作负责。

10. 培训与支持
10.1 乙方为每家诊所的前台、医生、视光师及管理人员提供上线培训，并提供在线操作手册和视频教程。服务期内新入职人员的培训由乙方远程提供，不另收费。
10.2 乙方提供7×24小时服务热线和在线工单渠道，工作日9:00至18:00提供远程协助。乙方应每半年对甲方各诊所的系统使用情况进行一次回访，收集使用意见并在后续版本中合理改进。

11. 责任限制
11.1 乙方在本合同项下的累计赔偿责任，以违约事件发生前六个月内甲方已支付的订阅费为限。

12. 解除与期满
12.1 任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
12.2 服务期满本合同终止，不自动续期。甲方如需续订，双方另行协商签订。

13. 甲方义务
13.1 甲方应指定项目联系人，组织各诊所配合需求调研、病历整理和设备接口调试，按时支付费用，并按乙方提供的操作规范使用系统。
13.2 甲方负责各诊所的网络接入和终端设备。因甲方网络或终端故障导致的服务中断，不计入可用率考核。

14. 不可抗力
14.1 因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失。公共云基础设施的一般故障不属于不可抗力。

15. 争议解决
15.1 本合同适用中华人民共和国法律。争议协商不成的，由甲方所在地人民法院管辖。

16. 其他
16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
16.2 附件一《诊所清单》、附件二《实施计划》、附件三《功能清单》为本合同组成部分。
16.3 本合同一式两份，双方各执一份，自签字盖章之日起生效。

甲方（盖章）：河阳明眸眼科医疗管理有限公司
授权代表：
日期：2026年　月　日

乙方（盖章）：云瞳医疗科技（杭州）有限公司
授权代表：
日期：2026年　月　日
"""

H439Z04 = """河阳水务集团营业收费系统运维服务合同

采购方式：竞争性磋商　项目编号：HYSW-CS-2026-023
甲方：河阳水务集团有限公司
地址：河阳市解放路120号
乙方：河阳海川信息服务有限公司
地址：河阳市新城区数字产业园B座

甲方通过竞争性磋商确定乙方为营业收费系统运维服务供应商。依据磋商文件、乙方响应文件及成交通知书，双方经协商一致，订立本合同。

（1）服务内容
甲方营业收费系统服务全市约62万户供水用户，包括营业厅柜台收费、银行代扣、微信及支付宝缴费、电子发票等业务。乙方负责该系统（含抄表、核算、收费、票据、银行代扣及微信缴费接口）的运行维护，包括：驻场运维、日常巡检、性能优化、数据库及中间件维护、收费高峰及节假日应急保障、补丁安装和用户问题处理。乙方每月提交运维月报，每季度提交系统健康评估报告。服务范围内的系统清单、服务器清单及接口清单见附件一，服务期内甲方新增的收费渠道接口纳入运维范围，不另行收费，但新增接口的开发不属于本合同服务内容。

（2）服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同终止，甲方依采购程序另行确定后续服务供应商，本合同不自动续期。

（3）服务费用
合同总价为人民币890,000元（含税），其中：驻场运维服务624,000元（驻场2人）；系统巡检及性能优化96,000元；数据库及中间件运维112,000元；收费高峰及节假日应急保障58,000元。合同总价为固定价格，包含人员、交通、工具及税费，甲方不再支付其他费用。

（4）付款方式
服务费按季度支付，每季度222,500元。每季度结束后，甲方按第（8）项进行考核，并在收到发票后20个工作日内支付当季服务费（扣除考核扣款后的金额）。本合同无预付款。

（5）人员要求
乙方驻场人员不少于2人，工作时间为每个工作日8:30至17:30，月末及年末收费高峰期间延长至20:00。项目负责人须具有三年以上同类系统运维经验，驻场工程师须熟悉甲方收费系统所使用的数据库和中间件，并持有相应的专业资格证书。乙方应建立远程技术支持团队，在驻场人员无法处理时提供二线支持。乙方更换驻场人员应提前10日告知甲方，并保证交接期内服务不中断。

（6）日常运维要求
1．乙方每日开班前完成收费系统、银行代扣接口及微信缴费接口的状态检查，每周完成一次数据库性能检查，每月完成一次全面巡检并提交巡检报告。
2．系统变更（含参数调整、补丁安装、版本升级）须填写变更申请，经甲方信息中心审批后在非收费时段实施，并事先制定回退方案。未经审批，乙方不得对生产系统进行任何变更。
3．月末抄表核算、年末结算及水价调整等业务高峰期间，乙方应提前制定保障方案，增派技术人员现场值守，保障收费业务连续运行。
4．乙方应建立运维知识库，记录故障现象、原因及处理方法，服务期满时随运维文档一并移交甲方。

（7）服务水平
1．营业收费系统在每日7:00至22:00的服务时段内，月度可用率不低于99.95%。
2．一级故障（收费中断、银行代扣或微信缴费全部失败）乙方应在15分钟内响应，1小时内到达现场，3小时内恢复收费；二级故障（部分功能异常）30分钟内响应，8小时内解决；三级问题1个工作日内解决。
3．乙方应在每次故障处理完毕后2个工作日内提交故障分析报告，说明故障原因、影响范围、处理过程和防范措施。
4．乙方应每半年组织一次收费系统应急演练，演练方案经甲方审核，演练结果形成书面报告。

（8）考核与扣款
1．月度可用率每低于承诺值0.01个百分点，扣减当季服务费2,000元。
2．一级故障响应、到场或恢复每超时30分钟，扣减1,000元；二级故障每超时1小时，扣减300元。
3．每季度扣款累计不超过当季服务费的20%。
4．甲方每季度组织一次服务满意度评价，评价对象包括营业厅、客服中心及信息中心，评价结果作为考核参考并通报乙方。

（9）验收
每季度末，甲方依据运维月报、故障记录、巡检报告及第（7）项服务水平对当季服务进行验收，出具书面考核验收意见。年度中期，双方对服务情况进行一次总结评估，乙方应根据评估意见制定整改计划。服务期满后，乙方应完成运维文档、账号权限和配置清单的移交，经甲方确认后方为服务期终验合格。

（10）违约责任
1．乙方未按甲方要求的日期完成版本升级、补丁安装或年度数据归档等计划性任务的，每逾期一日按合同总价的千分之一支付违约金。
2．乙方驻场人员缺岗的，每人每日扣减1,500元。
3．甲方逾期付款的，按逾期金额每日万分之三支付违约金。
4．乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方因此产生的直接损失，包括应急处置费用和对用户的赔偿。

（11）合同的履行与解除
本合同签订后，除发生不可抗力致使合同目的无法实现外，双方均不得单方解除合同。乙方出现违约的，甲方可以要求乙方继续履行、限期整改、扣减服务费并支付违约金，但不得因此解除本合同。

（12）保密
乙方对在运维过程中知悉的甲方经营信息、用户资料、管理制度和技术资料负有保密义务，未经甲方书面同意不得向任何第三方透露。乙方人员须签署保密承诺书。保密义务在合同终止后继续有效。

（13）数据归属
营业收费系统中的用户档案、抄表及收费数据归甲方所有，乙方不得将其用于本合同以外的任何目的。

（14）知识产权
乙方在服务期内为甲方编写的运维脚本、报表及技术文档，知识产权归甲方所有，甲方可自由使用和修改。乙方不得以任何方式限制甲方将上述资料提供给后续服务供应商使用。

（15）分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

（16）廉洁与人员管理
乙方不得向甲方工作人员提供回扣、礼金或其他不正当利益。乙方人员在甲方场所工作期间应遵守甲方考勤、门禁和机房管理制度；乙方人员违反甲方管理制度的，甲方有权要求乙方更换。

（17）不可抗力
因不可抗力不能履行合同的，受影响方应在3日内通知对方，并在不可抗力消除后及时恢复服务；不可抗力影响期间相应的服务费按实际提供的服务结算。

（18）通知
双方指定的联系人及联系方式见附件二。乙方应设立7×24小时服务电话，保证甲方在任何时间均能联系到乙方值班人员。一方变更联系人的，应在3日内书面通知对方。

（19）争议解决
本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

（20）其他
本合同未尽事宜，双方另行协商并签订补充协议，补充协议与本合同具有同等效力。磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：河阳水务集团有限公司
授权代表：
乙方（盖章）：河阳海川信息服务有限公司
授权代表：
签订日期：2026年6月　日
"""

H439Z05 = """# 冷链通WMS软件许可及定制开发合同

**乙方标准合同文本 LLT-HT-V3.0**

合同编号：LLT-2026-0631

- 甲方（采购方）：福海鲜丰食品有限公司（鱼丸生产厂）　地址：福海市临港工业区海丰路12号
- 乙方（供应方）：厦门冷链通软件科技有限公司　地址：厦门市软件园二期观日路28号

甲方新建速冻成品冷库（-25℃，货位约4,600个），主要存放鱼丸、虾滑、鱼豆腐等速冻成品，日均出入库约380托盘。甲方拟采用乙方“冷链通WMS”软件管理入库、上架、拣货、盘点和出库。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供冷链通WMS软件永久使用许可，并按本合同附件《需求说明》进行定制开发、部署和培训。

1.2 冷链通WMS标准版包含基础资料、入库、上架、补货、拣货、复核、出库、盘点、移库及报表功能，RF手持及车载终端模块支持扫码作业和任务推送，冷库温湿度接口模块用于采集库内温湿度并在超限时报警。

1.3 定制开发内容包括：速冻线下线自动赋码接口、批次及保质期先进先出策略、叉车车载终端拣货界面、与甲方ERP的订单及库存对接。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 冷链通WMS标准版许可（含20个用户） | 560,000 |
| 2 | RF手持及车载终端模块许可 | 180,000 |
| 3 | 冷库温湿度接口模块许可 | 120,000 |
| | 软件许可小计 | 860,000 |
| 4 | 定制开发（赋码接口、批次策略、车载界面、ERP对接） | 420,000 |
| 5 | 部署实施及培训 | 96,000 |
| | 合同总价（含税） | 1,376,000 |

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即688,000元。

3.2 系统上线试运行后10个工作日内，甲方支付合同总价的42%，即577,920元。

3.3 系统验收合格后10个工作日内，甲方支付合同总价的8%，即110,080元。

## 第四条 交付与验收

4.1 乙方在收到首笔款项后90日内完成部署并通知甲方上线试运行。

4.2 试运行30日后，甲方按《需求说明》所列测试用例组织验收：入库、上架、拣货、盘点、出库全流程通过；账实相符率不低于99.8%；单笔拣货任务下发不超过2秒；与ERP订单及库存数据连续10日核对一致。验收合格后双方签署验收报告。

## 第五条 甲方配合

甲方应指定项目负责人，负责需求确认、测试组织和内部协调，并提供服务器、网络、叉车车载终端安装条件及ERP接口文档，组织业务人员参加需求确认和测试。因甲方配合不及时导致工期延误的，交付期限相应顺延。

## 第六条 实施与培训

乙方派实施顾问驻场实施，负责基础资料导入、货位编码、策略配置和上线切换。乙方为甲方仓库主管、叉车司机、收发货员及系统管理员提供操作培训，培训不少于3次，并提供中文操作手册和常见问题处理指引。上线初期乙方安排顾问现场支持10个工作日。

## 第七条 质量保证

7.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

7.2 一级故障（WMS无法出入库作业）乙方在8小时内响应，并尽力尽快恢复；二级故障在2个工作日内响应。

7.3 故障响应和处理时间为乙方服务目标，乙方未达到的，不承担扣款、赔偿或违约金。

## 第八条 维护服务

8.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可小计的28%，即每年240,800元。

8.2 年度维护服务包括远程支持、缺陷修复、版本升级及每半年一次远程巡检。维护期内乙方每季度向甲方提供一次系统使用情况报告，并对数据库容量和系统性能提出优化建议。

8.3 甲方未按时支付年度维护费的，乙方有权暂停远程支持和版本升级服务。

## 第九条 知识产权

9.1 冷链通WMS软件、定制开发成果（包括赋码接口、批次策略、车载界面、ERP对接程序及其源代码）的知识产权均归乙方所有。

9.2 甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第十条 数据

10.1 甲方在系统中形成的库存、出入库和客户订单数据归甲方所有。

10.2 乙方可对上述数据进行脱敏处理后，用于产品改进、冷链行业分析及乙方其他客户的服务。

10.3 乙方对系统采取访问控制、传输加密和日志审计等安全措施。发生数据泄露的，乙方应在24小时内通知甲方；因乙方原因造成的，乙方依法承担赔偿责任。

## 第十一条 保密

11.1 双方对在履约过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限自本合同生效之日起至合同终止后三年。

11.2 甲方不得向第三方提供乙方软件的安装程序、技术文档及报价资料。

## 第十二条 违约责任

12.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

12.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

12.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且不承担任何间接损失。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

13.2 合同解除后，乙方应在15日内交还甲方提供的资料，甲方应停止使用尚未付清款项部分对应的软件模块，双方按实际完成的工作量进行结算。

## 第十四条 不可抗力

因不可抗力导致合同不能履行的，受影响方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。停电、网络中断等甲方环境问题导致的系统停用，不视为乙方违约。

## 第十五条 通知

本合同项下的通知以书面形式送达合同首页所列地址，或发送至双方项目负责人的电子邮箱。一方变更地址或联系人的，应在5个工作日内通知对方。

## 第十六条 争议解决

16.1 本合同履行中发生争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同附件《需求说明》《实施计划》为本合同组成部分。附件与本合同正文不一致的，以本合同正文为准。本合同一式两份，双方各执一份，自双方盖章之日起生效。

| 甲方（盖章）：福海鲜丰食品有限公司 | 乙方（盖章）：厦门冷链通软件科技有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年　月　日 | 日期：2026年　月　日 |
"""

H439E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SA-CMMS-2026-017
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Wuxi Jinlun Textile Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 58 Xihu Road, Xishan District, Wuxi, Jiangsu (the "Customer"); and
P:(2) Serra Azul Sistemas Ltda., a company incorporated in Brazil, with its principal office at Rodovia SC-401, 4120, Florianópolis, Santa Catarina, Brazil (the "Vendor").
P:Background: The Customer operates spinning, weaving and dyeing plants in Wuxi and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses the "Manutex CMMS" software and has agreed to license it to the Customer and to implement it on the Customer's servers, on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Manutex CMMS server software, web client and mobile module in the version current at signature, with its documentation.
P:1.2 "Customer Deliverables" means the configurations, equipment hierarchy, maintenance plans, report templates and interface programs that the Vendor prepares specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the start of productive use of the Software in all three plants; "Final Acceptance" has the meaning in Article 6.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for sixty named users and for the internal maintenance operations of the Customer and its affiliates in China.
P:2.2 The Vendor shall provide the implementation services described in Annex A: installation on the Customer's servers, configuration of the asset register and maintenance plans for about 3,400 machines, an interface to the Customer's ERP for spare-parts stock and purchase requests, migration of maintenance history, and training of planners, technicians and administrators.
P:2.3 The Customer shall provide server hardware, database licences, remote access through its VPN and a project team with a named project manager.
H:Article 3 Fees
P:3.1 The fees are fixed and are as follows (CNY, including VAT):
P:(a) Named-user licences, 60 users at CNY 9,800 each: CNY 588,000;
P:(b) Mobile maintenance module licence: CNY 120,000;
P:(c) Server and interface licence: CNY 96,000;
P:Licence Subtotal: CNY 804,000;
P:(d) Implementation services (fixed price): CNY 336,000;
P:(e) Data migration: CNY 58,000;
P:(f) Training: CNY 22,000.
P:3.2 The Total Contract Price is CNY 1,220,000. The price covers all travel and expenses of the Vendor's staff.
H:Article 4 Payment
P:4.1 The Customer shall pay the Total Contract Price in three instalments: (a) 10% (CNY 122,000) within 30 days after signature, against the Vendor's invoice; (b) 55% (CNY 671,000) within 30 days after Go-Live; and (c) 35% (CNY 427,000) within 30 days after Final Acceptance.
P:4.2 Each invoice shall be issued as a valid Chinese VAT invoice through the Vendor's appointed agent in Shanghai. Payment is made to the account named in the invoice.
H:Article 5 Project Plan and Delivery
P:5.1 The parties shall agree a project plan within 15 days after signature. The plan targets Go-Live within 120 days after signature.
P:5.2 The dates in the project plan are estimates. The Vendor shall use reasonable efforts to meet them and shall inform the Customer promptly of any expected delay and of the measures it takes to recover the schedule. The Vendor shall have no liability for delay, and no damages, penalties or deductions shall apply to any late delivery of the Software or the services.
P:5.3 Each party shall nominate a project manager. The Vendor's project manager and lead consultant shall speak Chinese or work with an interpreter provided by the Vendor, and shall be on site in Wuxi during configuration workshops, tests and the first two weeks after Go-Live. Steering meetings take place every two weeks, with minutes kept by the Vendor and approved by the Customer. Changes of scope are agreed by written change request with their effect on price and schedule.
H:Article 6 Acceptance
P:6.1 Before Go-Live the Vendor shall run the acceptance tests in Annex B with the Customer: all maintenance plans generate work orders correctly for a sample of 300 machines; mobile work orders synchronise within 60 seconds; the ERP interface transfers spare-parts requests without error for 10 consecutive working days; the migrated history reconciles with the source files by count and by machine.
P:6.2 After Go-Live the system runs for 60 days. Final Acceptance is given when, during that period, no error has stopped the planning or execution of maintenance work for more than one working day and all errors found in the tests are corrected. The Customer shall sign an acceptance certificate within 10 working days after the Vendor's request or state the reasons for refusal in writing.
P:6.3 Productive use of the Software and payment of an instalment do not by themselves mean acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants for 18 months from Final Acceptance that the Software will perform substantially in accordance with its documentation and that the Customer Deliverables will meet Annex A. The Vendor shall correct any reported defect free of charge during the warranty period.
P:7.2 The warranty does not cover defects caused by modifications made by the Customer without the Vendor's advice, or by hardware or third-party software not supplied by the Vendor.
H:Article 8 Support
P:8.1 During the warranty period the Vendor provides support by e-mail, telephone and remote session from 9:00 to 18:00 Beijing time on working days. The Vendor will use commercially reasonable efforts to respond to support requests promptly and to resolve errors within a reasonable time, taking their seriousness into account.
P:8.2 After the warranty period the Customer may buy annual support at 11% of the Licence Subtotal per year (CNY 88,440 per year), a price fixed for the first three support years. Support covers the same services as in Article 8.1 and all new versions of the Software. Support is ordered by purchase order for each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property in it remain with the Vendor.
P:9.2 The Customer Deliverables belong to the Customer on delivery. The Customer may use, copy, modify and let third parties maintain them without restriction. The Vendor shall deliver the source code of the interface programs together with the final acceptance documents.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Customer Deliverables infringe a third party's rights.
H:Article 10 Customer Data and Security
P:10.1 All data entered into or produced by the Software, including asset, maintenance, personnel and stock data ("Customer Data"), belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:10.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts, shall not copy Customer Data out of the Customer's systems, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:10.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data that involves its staff or tools, assist in containing it, and be liable for the losses and costs caused by a breach for which the Vendor is responsible.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement indemnities under Article 9.3 or breach of Article 10.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:14.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund the fees paid for services not performed and for Customer Deliverables not delivered.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be referred to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at the time. The award is final and binding.
H:Article 16 General
P:16.1 This Agreement, with Annex A (Scope and Deliverables) and Annex B (Acceptance Tests), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English and Chinese; both versions have equal force.
P:For the Customer: Wuxi Jinlun Textile Co., Ltd.  Name / Title / Date: ____________________
P:For the Vendor: Serra Azul Sistemas Ltda.  Name / Title / Date: ____________________
"""

H439E02 = """# ORDER FORM — Mesa Clara Helpdesk Cloud

**Order Form No. MC-CN-2026-0214**, issued under and subject to the Mesa Clara General Terms set out below (together, the "Agreement").

| | |
|---|---|
| Provider | Mesa Clara Software S.R.L., Rambla República de México 6125, Montevideo, Uruguay |
| Customer | Shenzhen Lanbo Home Electronics Co., Ltd., 9F, Building 3, Longhua Digital Park, Shenzhen, Guangdong, China |
| Service | Mesa Clara Helpdesk Cloud: ticketing, live chat, knowledge base, customer-satisfaction surveys and reporting for the Customer's after-sales team |
| Subscription Term | three Subscription Years, starting on the Service Start Date |
| Service Start Date | the day after Onboarding Acceptance under Section 4.2, expected on 1 September 2026 |
| Hosting | Provider's mainland China region in Shanghai, operated by its hosting partner (Section 6.2) |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Agent seats, per Subscription Year | 120 | 1,650 | 198,000 |
| Subscription fees for three Subscription Years | | | 594,000 |
| Onboarding package (one-time): configuration, migration of 210,000 historical tickets, integration with the Customer's online shops and CRM, training | 1 | 36,000 | 36,000 |
| **Total fees for the Subscription Term** | | | **630,000** |

Additional agent seats may be added at any time at CNY 1,650 per seat per Subscription Year, pro rata to the end of the current Subscription Year. Fees include VAT and the Provider's costs.

**Invoicing.** The onboarding fee is invoiced after Onboarding Acceptance. Subscription fees are invoiced quarterly in arrears (CNY 49,500 per quarter) and are payable within 30 days of a correct invoice.

**Special terms for this order.** Section 3.3 (price increase on renewal) applies to this order. The Customer's after-sales manager is the administrator for onboarding.

Signed for the Customer: ____________________  Date: __________

Signed for the Provider: ____________________  Date: __________

---

# MESA CLARA GENERAL TERMS (China edition, version 4.2)

## Section 1 Definitions

1.1 "Service" means the cloud service described in the Order Form, including its updates. "Customer Content" means all tickets, chats, contact details of the Customer's end customers, attachments and other data that the Customer or its end customers submit to the Service.

1.2 "Customer Configurations" means the workflows, forms, macros, routing rules, report layouts and integration scripts that the Provider builds specifically for the Customer during onboarding or later at the Customer's request.

1.3 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between two anniversaries.

## Section 2 Onboarding

2.1 The Provider shall complete the onboarding package within 45 days after the Order Form is signed, following the onboarding plan agreed in the kick-off meeting.

2.2 The Customer shall name an administrator, give access to its online shop and CRM interfaces and provide the historical tickets in the agreed export format.

## Section 3 Term and Renewal

3.1 The Subscription Term is stated in the Order Form.

3.2 At the end of the Subscription Term the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 For each renewal term the Provider may increase the fees by up to 8% over the fees of the preceding Subscription Year by notice given at least 75 days before the renewal. The Customer's only remedy is to give notice of non-renewal.

## Section 4 Onboarding Acceptance and Delay

4.1 When onboarding is complete the Provider shall notify the Customer and run the acceptance checks with it.

4.2 Onboarding Acceptance is given when: all configured workflows and routing rules work as described in the onboarding plan; the migrated tickets reconcile with the export by count and by status; orders and customer records are shown in tickets from both online shops and the CRM; and 40 agents can work at the same time with page loads under 2 seconds. The Customer shall confirm acceptance in writing within 5 working days or list the failed checks. Use of the Service before that date for training does not mean acceptance.

4.3 If Onboarding Acceptance is not reached within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to a total of CNY 30,000.

## Section 5 Service Levels

5.1 The Provider will make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 3 days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Incidents are classified by the Customer. Priority 1 (the Service is unavailable or agents cannot open or answer tickets): response within 1 hour, at any time, and restoration target 6 hours. Priority 2 (a main function is degraded): response within 3 business hours. Priority 3 (questions and minor errors): response within 2 business days.

5.3 If monthly availability falls below the level in Section 5.1, the Customer receives a service credit of 5% of the monthly subscription fee for each started 0.5 percentage point below that level, up to 25% of that fee. If a Priority 1 response is late, the Customer receives a credit of CNY 800 for each started hour of delay. Credits are deducted from the next invoice.

5.4 The Provider publishes monthly availability reports in the administration console.

## Section 6 Customer Content and Security

6.1 Customer Content belongs to the Customer. The Provider processes it only to provide the Service to the Customer and for no other purpose, and does not use it to train models or for analytics offered to others.

6.2 The Provider shall keep Customer Content encrypted in transit and at rest, restrict access to named support staff with multi-factor authentication, log every access, keep backups for 30 days and hold an ISO/IEC 27001 certificate for the Service. Customer Content is stored only in the Provider's mainland China region, and the Provider shall comply with the Personal Information Protection Law and the Data Security Law and support the Customer in meeting its own obligations under them.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Content, investigate it, and compensate the Customer for the losses, fines and notification costs caused by an incident attributable to the Provider or its subcontractors.

6.4 On expiry or termination, the Provider shall make Customer Content available for export for 30 days and then delete it, and confirm the deletion in writing.

## Section 7 Subcontractors

7.1 The Provider may use subcontractors and subprocessors, including hosting partners and support centres, to provide the Service. The Provider shall notify the Customer by e-mail of each new subcontractor or subprocessor before it starts work. The Provider remains responsible for their performance.

## Section 8 Intellectual Property

8.1 The Service and the Provider's software remain the property of the Provider and its licensors.

8.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and give them to any other service provider, and the Provider shall export them in a readable format on request.

## Section 9 Confidentiality

9.1 Each party shall keep confidential the other party's non-public business, technical and pricing information received under the Agreement, use it only for the Agreement and disclose it only to staff and advisers who need to know it. This obligation survives for three years after the Agreement ends.

## Section 10 Fees and Taxes

10.1 Fees are stated in the Order Form. Invoices are issued as Chinese VAT invoices by the Provider's local billing agent.

10.2 Late payments bear interest at 0.03% per day after a written reminder. The Provider may not suspend the Service for an amount the Customer disputes in good faith.

## Section 11 Liability

11.1 Each party's total liability under the Agreement is limited to 150% of the total fees for the Subscription Term stated in the Order Form.

11.2 The limit does not apply to breach of Section 6, breach of Section 9, personal injury or wilful misconduct.

11.3 Neither party is liable for loss of profit or other indirect loss, except under Section 6.3.

## Section 12 Termination

12.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

12.2 If the Customer terminates for the Provider's breach, the Provider shall refund the onboarding fee if Onboarding Acceptance was never reached and any fees paid for the period after termination.

12.3 Sections 6, 9 and 11 survive termination.

## Section 13 Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final.

## Section 14 General

14.1 The Order Form prevails over these General Terms where they differ.

14.2 Notices must be in writing and sent to the addresses in the Order Form, with a copy by e-mail.

14.3 Neither party may assign the Agreement without the other party's written consent, except to an affiliate as part of a reorganisation.
"""

H439E03 = """T:CONTRACT FOR THE SUPPLY AND INSTALLATION OF GRAIN SILO MONITORING SENSORS
P:Contract No. LJ-GR-2026-044
P:Buyer: Heilongjiang Longjiang Grain Reserve Depot Co., Ltd., 16 Cangchu Road, Suihua, Heilongjiang, People's Republic of China (the "Buyer").
P:Supplier: Agrosens Paraguay S.A., Avenida Irrazábal 1450, Encarnación, Itapúa, Paraguay (the "Supplier").
P:The Buyer stores maize and soybeans in 48 steel silos and 6 flat warehouses at its Suihua depot. Following its invitation to bid of 10 March 2026 and the Supplier's bid of 2 April 2026, the Buyer awards the Supplier the supply, installation and commissioning of a silo temperature, moisture and gas monitoring system on the following terms. All prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, cables, gateways, weather station and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's GrainWatch monitoring software licensed under Clause 9.2.
P:1.3 "System" means the Equipment and Software installed and configured at the depot.
P:1.4 "Final Acceptance" means the acceptance under Clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver to the depot, install, configure and commission the System, connect it to the Buyer's grain management platform, and train the Buyer's staff. The Contract Price and its breakdown are:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Silo temperature cables, 8 points each|48|6,200|297,600
TB:2|Grain moisture and humidity sensors|96|1,450|139,200
TB:3|LoRa wireless gateways with solar supply|12|8,900|106,800
TB:4|Automatic weather station|1|38,400|38,400
TB:5|GrainWatch monitoring software, perpetual licence|1|112,000|112,000
TB:|Hardware and Licence Subtotal|||694,000
TB:6|Installation and commissioning|1|86,000|86,000
TB:7|Training of operators and maintenance staff|1|12,000|12,000
TB:|Contract Price (including VAT, duties and delivery)|||792,000
P:2.2 The Contract Price is fixed. It includes import duties, customs clearance, transport, insurance to the depot, installation materials, travel and taxes.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 79,200) as an advance within 15 working days after signature, against a bank advance-payment guarantee of the same amount issued by a bank in China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 435,600) within 15 working days after all Equipment is delivered and installed and the installation certificate is signed. The installation certificate confirms only that the work has been done and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 277,200) within 15 working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued through the Supplier's agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the depot within 75 days after signature and complete installation within 30 days after delivery. Installation in filled silos shall follow the Buyer's safety rules for working at height and in confined spaces.
P:4.2 The Supplier shall give the Buyer 7 days' notice of each shipment with the packing list and certificates of origin and quality.
P:4.3 The Equipment shall be new, unused and of the models stated in the Supplier's bid. Temperature cables and sensors shall be food-grade, rated for grain pressure in silos up to 30 metres high, and suitable for ambient temperatures from minus 40 °C to plus 50 °C. Gateways shall carry a valid China radio type approval.
P:4.4 The Supplier shall appoint a site manager who speaks Chinese or shall provide an interpreter at its own cost. The Buyer provides power at each silo roof, storage space for the Equipment and access to the silos in agreement with its grain operations.
H:5. Delay Damages
P:5.1 If the Supplier fails to deliver or to complete installation on time, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under Clause 14.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall carry out site tests with the Buyer: each temperature point shall read within ±0.5 °C of a calibrated reference thermometer; each moisture sensor within ±0.5 percentage points of laboratory samples; every gateway shall deliver at least 98 out of every 100 scheduled readings over 7 days; alarms shall reach the duty room and the managers' phones within 60 seconds.
P:6.2 After successful site tests the System runs on trial for 30 days, during which the System shall work without any Severity 1 fault.
P:6.3 Final Acceptance is given when the trial run is complete and all documents (as-built drawings, calibration records, manuals, interface description) are handed over. The Buyer shall sign the Final Acceptance certificate within 10 working days or state the defects in writing. Use of the System for grain management during the trial run is not acceptance.
H:7. Warranty
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment and correct Software errors free of charge, including parts, labour, travel and shipping.
P:7.2 The Supplier shall keep a stock of spare sensors and one spare gateway at the depot during the warranty period.
H:8. Support and Service Levels
P:8.1 Faults are classified as follows: Severity 1, the System does not report temperatures from one or more silos or alarms fail; Severity 2, single sensors or functions fail; Severity 3, other questions.
P:8.2 Response times: Severity 1, response within 1 hour by telephone or remote session and an engineer on site within 48 hours if the fault cannot be fixed remotely; Severity 2, response within 8 hours and repair within 5 working days; Severity 3, response within 2 working days.
P:8.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 600, and for each day by which the on-site attendance is late CNY 2,000.
P:8.4 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal (CNY 48,580 per year), fixed for three years. Each support year is ordered separately and does not renew automatically.
H:9. Intellectual Property
P:9.1 The dashboards, alarm rules, interface programs to the Buyer's grain management platform and their source code, prepared for the Buyer under this Contract, belong to the Buyer, which may use, modify and license them freely.
P:9.3 The Supplier shall hand over the configuration files, device lists and calibration data of the System in an open format, so that the Buyer or a third party can maintain the System after the warranty period.
P:9.2 The GrainWatch software remains the Supplier's property. The Supplier grants the Buyer a perpetual, irrevocable licence to use it at the depot and at any other site of the Buyer.
H:10. Data Security
P:10.1 All readings, stock data, alarm records and logs of the System belong to the Buyer and are stored on the Buyer's servers in Suihua. The Supplier shall not use them for any purpose other than this Contract.
P:10.2 The Supplier's remote access requires the Buyer's approval for each session through the Buyer's VPN. The Supplier shall not copy data out of the Buyer's systems, shall follow the Data Security Law of the People's Republic of China, and shall report any security incident within 12 hours. The Supplier is liable for the losses caused by a security incident attributable to it.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's stock quantities and site plans, and shall not disclose it without the other party's prior written consent. This obligation survives termination.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or in the case of Clause 5.2.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:16. Final Provisions
P:16.1 The invitation to bid and the Supplier's bid form part of this Contract; this Contract prevails over them.
P:16.2 Notices under this Contract shall be in writing and sent to the addresses above, with a copy by e-mail to the project contacts named at signature. A change of address must be notified in writing.
P:16.3 Neither party may assign this Contract without the other party's prior written consent.
P:16.4 This Contract is signed in two originals in English and Chinese. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H439E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICE AGREEMENT

Agreement No. FS-MBS-2026-09

**Between** Foshan Meichu Kitchen Appliances Co., Ltd., 33 Shunde Avenue, Shunde District, Foshan, Guangdong, China (the "Customer"),

**and** Andes Continuidad S.A., Avenida Remigio Crespo 2-81, Cuenca, Ecuador (the "Provider").

**Background.** The Customer runs its ERP, MES, file servers and e-commerce order system in its own data centre in Foshan and keeps a secondary site in its Zhaoqing plant. The Provider specialises in operating backup and disaster-recovery platforms and has a remote operations team working in Chinese and English. The Customer wishes the Provider to operate its backup and recovery platform as a managed service. Prices are in Chinese Yuan (CNY) at the Customer's request.

## 1. Definitions

1.1 "Services" means the transition and managed services described in Schedule 1.

1.2 "Customer Data" means all data of the Customer and its employees, customers and suppliers that is backed up, replicated or restored through the Services, and all logs and reports about it.

1.3 "Service Commencement Date" means the day after Service Acceptance under Clause 4.

1.4 "Term" means 24 months from the Service Commencement Date.

## 2. The Services

2.1 The Provider shall perform the transition described in Schedule 1 and then operate, monitor and maintain the Customer's backup software, backup storage and replication to the Zhaoqing site, run restore tests and carry out recoveries on the Customer's request.

2.2 The platform, its licences and hardware remain the Customer's property and stay at the Customer's sites. The Provider works remotely through the Customer's VPN and sends engineers on site when needed.

2.3 The Customer shall give timely access, name a service owner and inform the Provider of changes to the systems in scope.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The transition fee is invoiced after Service Acceptance. Monthly service charges are invoiced quarterly in arrears.

3.2 The Customer shall pay each correct VAT invoice within 30 days. There is no advance payment.

3.3 The charges are fixed for the Term.

## 4. Transition and Service Acceptance

4.1 The Provider shall complete the transition within 60 days after signature.

4.2 Service Acceptance is given when: every system in Schedule 1 has completed backups according to its policy for 14 consecutive days; a full restore test of the ERP database and a file-server sample has met the recovery targets in Schedule 2; replication to Zhaoqing is current within the target; the runbooks and the monitoring dashboards are handed over. The Customer shall confirm Service Acceptance in writing within 5 working days or list the failed criteria.

4.3 If Service Acceptance is late for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay, up to CNY 45,000.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 Service levels are measured from the Provider's ticketing and monitoring tools, which the Customer may inspect at any time. The parties review performance in a monthly service meeting.

5.3 If a service level is missed, the Customer is entitled to the service credits in Schedule 2, deducted from the next invoice. Credits do not prevent the Customer from claiming other remedies for repeated failures.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall: access the Customer's systems only through the VPN with personal accounts and multi-factor authentication; keep Customer Data within the Customer's sites and never copy it to its own systems or outside China; encrypt backup copies; keep access logs for 180 days; and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.3 The Provider shall notify the Customer within 12 hours of any security incident or suspected unauthorised access involving Customer Data, assist with containment and investigation, and be liable for the losses, fines and recovery costs caused by an incident attributable to the Provider or its staff.

6.4 At the end of the Term the Provider shall return all credentials, delete any working copies and confirm this in writing.

## 7. Intellectual Property

7.1 The runbooks, scripts, backup policies, reports and documentation that the Provider prepares for the Customer belong to the Customer, which may use and modify them and give them to any future provider.

7.2 The Provider's own tools and know-how remain the Provider's. Where a Provider tool is needed to use a deliverable, the Provider grants a perpetual, free licence to use it for the Customer's business.

## 8. Personnel and Subcontracting

8.1 The Provider shall assign a named service manager and a team of engineers with experience of the Customer's backup software.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

8.3 The Provider shall give the Customer the names of all engineers who will have access to the Customer's systems, shall remove access of any engineer who leaves the team on the same day, and shall replace any engineer whom the Customer reasonably asks to be removed.

8.4 Engineers working on site shall follow the Customer's rules for its data centres and plants, including sign-in, escort and safety rules.

## 9. Liability

9.1 The Provider's total liability arising out of or in connection with this Agreement in any form is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss.

## 10. Term and Termination

10.1 This Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written amendment.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if a Priority 1 service level is missed in three consecutive months.

10.3 On expiry or termination the Provider shall provide exit assistance so that the Customer or a new provider can take over the Services. The first 10 engineer days of exit assistance are included in the charges; further days are charged at the rate in Schedule 3.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 12. General

12.1 Schedules 1 to 3 form part of this Agreement. Amendments must be in writing and signed by both parties.

12.2 Notices shall be sent to the service owner and the service manager named in Schedule 1, with a copy by e-mail.

12.3 Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 — Scope

| Item | Description |
|---|---|
| Systems in scope | ERP (database and application servers), MES, file servers, e-commerce order system, mail archive: 46 servers |
| Backup platform | Customer's backup software and deduplication storage in Foshan, replica storage in Zhaoqing |
| Transition | Review of policies, clean-up of failed jobs, monitoring set-up, runbooks, first restore tests |
| Operations | 7x24 monitoring, daily job review, capacity planning, patching of the backup platform, quarterly restore tests, recoveries on request |
| Service owner (Customer) | Head of IT Infrastructure |
| Service manager (Provider) | Named at signature |

## Schedule 2 — Service Levels and Credits

| Service level | Target | Credit if missed |
|---|---|---|
| Priority 1 incident (restore needed for a production system, or backups of a production system failing) response | 15 minutes, at any time | CNY 1,500 per started 30 minutes of delay |
| Priority 2 incident response | 1 hour in business hours | CNY 500 per started hour of delay |
| Recovery time, ERP database | 6 hours | CNY 5,000 per started hour beyond target |
| Recovery point, ERP database | 1 hour | CNY 3,000 per event |
| Replication to Zhaoqing current within | 2 hours | CNY 1,000 per event |
| Backup monitoring portal availability, monthly | 99.95% | 5% of the monthly charge per started 0.1 point below target |
| Monthly service report | by the 5th working day | CNY 500 per day late |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | fixed | 84,000 |
| Monthly service charge | 24 months x CNY 46,500 | 1,116,000 |
| Total contract value for the Term | | 1,200,000 |
| Exit assistance beyond the included 10 days | per engineer day | 3,200 |

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

H439E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DO-API-CN-2026-031

PARTIES

Datos del Oriente S.R.L., a company registered in Bolivia, with its office at Avenida San Martín 155, Equipetrol, Santa Cruz de la Sierra, Bolivia ("Datos del Oriente" or the "Vendor").

Qingdao Haiyuan Feed Co., Ltd., a company registered in the People's Republic of China, with its office at 88 Haier Road, Laoshan District, Qingdao, Shandong ("Customer").

BACKGROUND

Customer buys soybeans and soybean meal from South America for its feed mills. Datos del Oriente collects and publishes crop-condition, weather, harvest-progress, port-loading and price data for soybeans and other crops in Bolivia, Paraguay, Brazil and Argentina, and makes them available through a data API. Customer wishes to receive these data in its purchasing and risk systems. This Agreement sets out the terms. At Customer's request all fees are in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API" means the Vendor's application programming interface described in the API documentation, with its test and production endpoints.

1.2 "Vendor Data" means the data sets delivered through the API.

1.3 "Customer Data" means the queries, watch lists, contract positions, user details and any other information that Customer or its users send to the Vendor, and the usage logs about them.

1.4 "Custom Feeds" means the data mappings, unit conversions, Chinese-language field dictionary and the connector to Customer's purchasing system that the Vendor builds for Customer under Clause 3.

1.5 "Subscription Year" means each of the three consecutive yearly periods starting on the Service Start Date.

2. SUBSCRIPTION

2.1 The Vendor grants Customer, for three Subscription Years from the Service Start Date, a non-exclusive right to call the API and to use the Vendor Data inside Customer's group for its purchasing, risk management and reporting. The Service Start Date is the day after Integration Acceptance.

2.2 The subscription includes up to 2,000,000 API calls per month, 15 named users of the web dashboard, and all data sets listed in the Order Schedule.

2.3 The Vendor may change the format of a data set or retire a data source only with at least 60 days' notice and shall offer an equivalent replacement at no extra charge.

2.4 Customer may not resell the Vendor Data or publish it outside its group, except for figures in its internal and board reports.

3. ONBOARDING AND INTEGRATION ACCEPTANCE

3.1 The Vendor shall build the Custom Feeds and connect them to Customer's test environment within 40 days after signature.

3.2 Customer shall provide a test environment, a technical contact and the field list of its purchasing system within 10 days after signature.

3.3 Integration Acceptance is given when: all data sets in the Order Schedule are delivered through the connector for 10 consecutive working days; daily values reconcile with the Vendor's published reports; API responses for the standard queries take less than 800 milliseconds; and the Chinese field dictionary is complete. Customer shall confirm Integration Acceptance in writing within 5 working days or list the failed criteria.

3.4 If Integration Acceptance is late for reasons attributable to the Vendor, the Vendor shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

4. FEES AND PAYMENT

4.1 The fees are:
(a) Subscription fee: CNY 168,000 per Subscription Year, CNY 504,000 for the three Subscription Years;
(b) Onboarding and Custom Feeds (one-time): CNY 24,000;
Total fees under this Agreement: CNY 528,000.

4.2 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly with the subscription fee. Customer may set a hard limit in the dashboard.

4.3 The onboarding fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears (CNY 42,000 per quarter). Customer shall pay within 30 days of a correct invoice. No payment is due before Integration Acceptance.

4.4 The fees are fixed for the three Subscription Years.

5. SERVICE LEVELS

5.1 The production API shall be available 99.95% of each calendar month, measured by the Vendor's monitoring from two regions and published on its status page. Scheduled maintenance is limited to 2 hours per month, announced 5 days in advance and carried out on Sundays between 02:00 and 04:00 Beijing time.

5.2 Priority 1 (API unavailable or data more than 6 hours late): response within 1 hour at any time, restoration target 3 hours. Priority 2 (single data set late or wrong): response within 2 hours in Beijing business hours, correction within 2 business days. Priority 3 (questions): response within 2 business days.

5.3 Service credits: for each started 0.1 percentage point by which monthly availability falls below the level in Clause 5.1, 5% of that month's subscription fee, up to 50%; for each started hour by which a Priority 1 response is late, CNY 500. Credits are deducted from the next invoice.

5.4 If monthly availability is below the level in Clause 5.1 in three consecutive months, Customer may terminate under Clause 11.2.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. The Vendor shall use it only to provide the subscription to Customer and shall not use it for analysis, benchmarking, resale or any purpose other than this Agreement, also not in aggregated or anonymised form.

6.2 The Vendor shall keep Customer Data encrypted in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs, hold an ISO/IEC 27001 certificate, and comply with the Personal Information Protection Law of the People's Republic of China for any personal information it receives.

6.3 The Vendor shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, cooperate in its investigation and be liable for the losses and costs caused by an incident attributable to the Vendor.

6.4 On expiry or termination the Vendor shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Vendor Data, the API and the Vendor's platform remain the property of the Vendor.

7.2 The Custom Feeds belong to Customer. Customer may use, modify and let third parties maintain them freely, and the Vendor shall hand over the connector's source code on Integration Acceptance.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's purchasing positions and the Vendor's methods, and disclose it only to staff and advisers who need it. This obligation survives for three years after the Agreement ends.

9. SUBCONTRACTING

9.1 The Vendor shall not subcontract the operation of the API or the processing of Customer Data without Customer's prior written consent. Its cloud hosting provider named in the Order Schedule is approved by signature.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in Clause 4.1.

10.2 The limit does not apply to breach of Clause 6 or Clause 8, wilful misconduct or personal injury.

11. TERM AND TERMINATION

11.1 This Agreement runs until the end of the third Subscription Year. It does not renew automatically. A new subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

11.3 If Customer terminates under Clause 11.2, the Vendor shall refund any fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the Plurinational State of Bolivia.

12.2 Any dispute shall be finally settled by arbitration under the rules of the Centro de Conciliación y Arbitraje of the Cámara de Industria, Comercio, Servicios y Turismo de Santa Cruz (CAINCO), seated in Santa Cruz de la Sierra, Bolivia. The arbitration shall be conducted in English.

13. GENERAL

13.1 The Order Schedule and the API documentation form part of this Agreement. This Agreement prevails where they differ.

13.2 Amendments must be in writing and signed by both parties. Notices are sent to the addresses above with a copy by e-mail.

13.3 Neither party may assign this Agreement without the other party's written consent.

13.4 Neither party is liable for a delay caused by force majeure, such as natural disasters, war or government action, if it informs the other party promptly and takes reasonable steps to limit the effects. Failures of the Vendor's hosting provider are not force majeure.

13.5 This Agreement is made in English and Chinese. Both versions have equal force.

ORDER SCHEDULE

Data sets: soybean crop condition by department (Bolivia, Paraguay) and by state (Brazil, Argentina), weekly; daily weather observations and 15-day forecasts for 120 production areas; harvest progress, weekly; port-loading line-ups for Arica, Rosario, Paranaguá and Santos, daily; FOB and farm-gate prices, daily.
Cloud hosting provider: a major public cloud provider's São Paulo region, Brazil, with a standby zone in the same region.
Named users: 15. API allowance: 2,000,000 calls per month.

SIGNATURES

For Datos del Oriente S.R.L.: ____________________ Name and title: ____________ Date: ________

For Qingdao Haiyuan Feed Co., Ltd.: ____________________ Name and title: ____________ Date: ________
"""

SOURCES = {"h439z01": H439Z01, "h439z02": H439Z02, "h439z03": H439Z03, "h439z04": H439Z04, "h439z05": H439Z05,
           "h439e01": H439E01, "h439e02": H439E02, "h439e03": H439E03, "h439e04": H439E04, "h439e05": H439E05}
NAMES = {"h439z01": "h439z01_customs_crossborder_ecommerce_platform.pdf",
         "h439z02": "h439z02_foundry_moulding_line_control_retrofit.docx",
         "h439z03": "h439z03_eye_clinic_chain_booking_emr_saas.txt",
         "h439z04": "h439z04_water_group_billing_system_om_service.txt",
         "h439z05": "h439z05_fishball_plant_freezer_wms_supplier_template.md",
         "h439e01": "h439e01_textile_mill_cmms_licence_brazil_vendor.pdf",
         "h439e02": "h439e02_helpdesk_saas_order_form_uruguay_vendor.md",
         "h439e03": "h439e03_grain_depot_silo_sensors_paraguay_supplier.docx",
         "h439e04": "h439e04_managed_backup_dr_service_ecuador_provider.md",
         "h439e05": "h439e05_crop_data_api_subscription_bolivia_vendor.txt"}
TARGETS = {k: (v, v.rsplit(".", 1)[1]) for k, v in NAMES.items() if v.endswith((".docx", ".pdf"))}

# ---------------------------------------------------------------- labels (buyer's view)
def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": own, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
LABELS = {
    "h439z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8,
                                    False, True, False, "PRC", G), X(True, True, True, False, 3030000)),
    "h439z02": ("zh", "hardware", T(99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 10, False, False, 24, 9,
                                    False, True, False, "PRC", G), X(True, True, True, True, 1600000)),
    "h439z03": ("zh", "cloud", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, 6 / 36 * 100, None, True, None,
                                 None, None, False, True, True, "PRC", S), X(True, True, None, False, 1038000)),
    "h439z04": ("zh", "services", T(99.95, 0.25, True, "buyer", False, True, True, 0.1, None, None, True, None, None,
                                    None, False, False, False, "PRC", S), X(True, True, None, False, 890000)),
    "h439z05": ("zh", "software", T(None, 8, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, 28,
                                    False, True, None, None, G), X(True, True, True, False, 1376000)),
    "h439e01": ("en", "software", T(None, None, False, "buyer", True, True, True, None, 150, 10, True, True, 18, 11,
                                    False, True, False, "PRC", G), X(False, False, True, False, 1220000)),
    "h439e02": ("en", "cloud", T(99.5, 1, True, "buyer", True, True, True, 500 / 630000 * 100, 150, None, True, None,
                                 None, None, True, True, True, "PRC", S), X(True, True, None, False, 630000)),
    "h439e03": ("en", "hardware", T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7,
                                    False, True, False, "PRC", G), X(True, True, True, False, 792000)),
    "h439e04": ("en", "services", T(99.95, 0.25, True, "buyer", True, True, False, 900 / 1200000 * 100,
                                    6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S),
                X(True, True, None, False, 1200000)),
    "h439e05": ("en", "cloud", T(99.95, 1, True, "buyer", True, True, True, 400 / 528000 * 100, 150, None, True, None,
                                 None, None, False, True, False, "Bolivia", S), X(True, True, None, False, 528000)),
}
# TCO inputs for the goods/licence drafts: itemised fee base, post-warranty fee per year
TCO_IN = {"h439z01": (1560000, 124800), "h439z02": (1175600, 105804), "h439z05": (860000, 240800),
          "h439e01": (804000, 88440), "h439e03": (694000, 48580)}
DESIGN = {
    "h439z01": [],
    "h439z02": ["CR-ACCEPTANCE", "CR-SLA-AVAILABILITY"],
    "h439z03": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h439z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h439z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h439e01": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h439e02": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h439e03": [],
    "h439e04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "h439e05": ["CR-GOVERNING-LAW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    t, x = LABELS[key][2], LABELS[key][3]
    base, fee = TCO_IN[key]
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return post / (x["contract_value"] + post) * 100, x["contract_value"] + post


def derive(key):
    """My own reading of policy.md section 3 (not project code)."""
    t, x = LABELS[key][2], LABELS[key][3]
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x.get("post_warranty_fee_capped") or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pw is not None and x.get("post_warranty_fee_capped") and tco_share(key)[0] > 40:
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


# ---------------------------------------------------------------- threshold scan
ZN = "零〇一二三四五六七八九十百千万两"
BAN = [
    r"(?<![\d.])99\.90*(?![\d])", r"百分之九十九点九(?![零〇一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个)?(?:小时|h\b|hrs?\b|hours?\b)", r"(?<![%s])四(?:个)?小时" % ZN, r"\bfour[\s-]+hours?\b",
    r"(?<![\d.])240\s*(?:分钟|min)", r"二百四十分钟",
    r"(?<![\d.])0?\.050*\s*(?:%%|％|percent|per\s*cent|percentage)" .replace("%%", "%"), r"万分之五(?![%s])" % ZN,
    r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之百", r"百分之一百(?![%s])" % ZN,
    r"(?:one\s+)?hundred\s+per\s*cent",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![%s点])" % ZN, r"三成", r"\bthirty\s+per\s*cent",
    r"(?<![\d.])12\s*(?:个)?月", r"(?<![%s])十二个?月" % ZN, r"\btwelve[\s-]+(?:\w+[\s-]+)?months?\b",
    r"\b12[\s-]+(?:calendar[\s-]+)?months?\b", r"一年", r"\bone[\s-]+year\b", r"(?<![\d.])1[\s-]+years?\b",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?![%s点])" % ZN, r"\bfifteen\s+per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![%s点])" % ZN, r"四成", r"\bforty\s+per\s*cent",
    r"(?<![\d.])5\s*年(?!度)", r"(?<![%s])五年" % ZN, r"\bfive[\s-]+years?\b", r"(?<![\d.])5[\s-]+years?\b",
    r"(?<![\d.])60\s*(?:个)?月", r"六十个?月", r"\b60[\s-]+months?\b", r"\bsixty[\s-]+months?\b",
]
BAN_RE = [re.compile(b, re.I) for b in BAN]
MUST_HIT = ["99.9%", "99.90%", "4小时", "4 小时", "四小时", "four hours", "within 4 hours", "240分钟", "0.05%", "0.05 %",
            "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月",
            "4 hours", "4h", "one-year", "five-year", "5-year"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度",
             "Subscription Year", "14小时", "24 hours", "0.5%", "1.5%", "112个月", "二十五年", "15日", "40 agents",
             "99.98%", "0.055%", "130%", "400%", "24 months", "36个月", "6小时", "45%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BAN_RE:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- reading back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    return len(text) if key.startswith("h439z") else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    for key, name in NAMES.items():
        if kind_of(name) in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    problems = []
    covered = set()
    for key, name in NAMES.items():
        lang, cat, t, x = LABELS[key]
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        # no label on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if key in TCO_IN:
            share, tco = tco_share(key)
            assert not (38 <= share <= 42), (key, share)
            print("  TCO", key, round(tco, 2), "share %.2f %%" % share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        back = read_back(OUT / name)
        n = measure(key, back)
        lo, hi = (2750, 3000) if key.startswith("h439z") else (1450, 1650)
        ok = lo <= n <= hi
        print("%-60s %-3s %5d %s  %s  risk %s" % (name, lang, n, "ok" if ok else "OUT OF RANGE", ",".join(rules) or "-",
                                                  risk(rules)))
        if not ok:
            problems.append((name, n))
        for h in hits(back) + hits(SOURCES[key]):
            problems.append((name, "threshold", h))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    assert sum(1 for k in NAMES if not derive(k)) == 2
    assert [k for k in NAMES if derive(k) == ["CR-GOVERNING-LAW"]] == ["h439e05"]
    assert len(derive("h439z05")) >= 8
    assert all(2 <= len(derive(k)) <= 3 for k in ("h439z02", "h439z03", "h439z04", "h439e01", "h439e02", "h439e04"))
    for p in problems:
        print("PROBLEM", p)
    print("all 20 rules covered;", "problems:", len(problems))


def kind_of(name):
    return name.rsplit(".", 1)[1]


if __name__ == "__main__":
    main()
