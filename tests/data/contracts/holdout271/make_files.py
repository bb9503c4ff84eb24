"""holdout271: writes the ten ORDINARY draft contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py),
their .json labels, asserts prices / payment sums / labelled figures, re-applies policy §3 to the labels and scans
every read-back file for threshold values. Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
SOURCES = {}

SOURCES["h271z01"] = """T:交通违法处理平台建设项目采购合同
P:合同编号：JJZD-2025-ZC-0417　　政府采购项目编号：SC-GK-2025-0932（公开招标）
P:采购人（甲方）：某市公安局交通警察支队　　地址：某市滨江路88号
P:供应商（乙方）：某市衡安智能交通科技有限公司　　地址：某市高新区创业大道210号
P:鉴于甲方就“交通违法处理平台建设项目”依法组织公开招标，乙方为中标供应商，依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件和中标通知书，双方经协商一致，以甲方提供的合同文本订立本合同，共同遵守。
H:第一条　项目内容
P:1.1 乙方为甲方建设交通违法处理平台，包括：违法信息采集审核、非现场执法数据接入、违法处理窗口业务、网上缴款对接、违法统计分析及移动端查询等功能，并完成与公安交通管理综合应用平台、电子监控设备管理系统和财政非税收入缴款系统的接口对接。
P:1.2 平台部署在甲方公安信息网机房，乙方提供的软件、文档和接口程序应满足招标文件技术要求及投标文件响应。
P:1.3 平台应支持全市各大队、违法处理窗口及自助处理终端同时使用，满足每日不少于三万笔违法记录的审核与处理能力，并预留与上级公安交通管理部门平台对接的接口；平台应采用国产操作系统和数据库，适配甲方现有服务器及终端设备。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰伍拾叁万陆仟元整（¥2,536,000），为固定总价，含税，包含软件许可、开发、部署、迁移、培训、质保期内服务及税费等一切费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久使用，不限用户数）|1,280,000
TB:2|定制开发（非现场执法接入、审核流程、缴款对接）|860,000
TB:3|系统集成与部署|214,000
TB:4|历史违法数据迁移|146,000
TB:5|用户培训|36,000
TB:合计|—|2,536,000
H:第三条　付款方式
P:3.1 合同签订后，乙方提交等额银行保函之日起15个工作日内，甲方支付合同总价的20%作为预付款，即¥507,200。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，即¥1,141,200。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥887,600。
P:3.4 每次付款前乙方应开具合法有效的发票，并附甲方确认的阶段成果文件。因乙方发票不合格或资料不全导致付款延误的，甲方不承担逾期付款责任。甲方按照国库集中支付的规定办理支付。
H:第四条　工期
P:4.1 乙方应在合同签订之日起150日内完成部署并申请初步验收；初步验收后试运行九十日。
H:第五条　验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；历史数据迁移后抽样比对一致率不低于99.99%；窗口业务办理单笔响应不超过2秒（并发300用户）；与各外部系统的接口连续10日无差错。
P:5.2 最终验收标准：试运行期间未发生一级故障；已整改初步验收遗留问题；通过甲方委托的第三方安全测评并提交全部文档。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收以甲方签署的验收报告为准。
H:第六条　质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%。一级故障（平台整体不可用或违法处理业务中断）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次日内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时扣减违约金¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款或履约保证金中扣除。
P:6.4 乙方应设立7×24小时服务热线，指定专职运维工程师，每季度进行一次巡检并提交巡检报告，在重大活动和节假日期间安排现场保障。
P:6.5 质保期满后，如甲方续购维护服务，年维护费不超过平台软件许可价格的9%（即每年不超过¥115,200），质保期满后前两年维护费固定不变。维护合同不自动续期。
H:第七条　数据安全
P:7.1 平台内的全部业务数据、车辆及驾驶人信息、违法记录、影像资料和日志均属于甲方，乙方仅为履行本合同使用，不得复制、留存或用于任何其他目的。
P:7.2 乙方人员仅可经甲方审批、通过堡垒机在甲方机房内操作，不得将数据带出甲方网络；乙方应遵守网络安全等级保护和公安信息网安全管理规定。
P:7.3 发生或可能发生数据泄露的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第八条　保密
P:乙方对履行合同过程中知悉的甲方工作秘密、网络架构、账号口令及个人信息负有保密义务，不得向任何第三方披露；本条在合同终止后继续有效。
H:第九条　知识产权
P:9.1 本项目定制开发的程序、源代码、接口及文档的知识产权归甲方所有，乙方应在最终验收时交付源代码，甲方可自行修改、使用或许可第三方维护。
P:9.2 平台软件产品的著作权仍归乙方，甲方获得永久、不可撤销的使用许可。乙方保证不侵犯第三方知识产权。
H:第十条　违约责任
P:10.1 乙方逾期完成部署或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条　分包
P:本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十二条　合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十三条　适用法律与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条　履约保证金与人员
P:14.1 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金（¥126,800），可采用银行保函形式，最终验收合格后三十日内无息退还。
P:14.2 乙方应为本项目配备项目经理一名、开发人员不少于八名、实施人员不少于三名，项目经理须具有同类项目经验并经甲方认可；未经甲方同意不得更换核心人员。乙方驻场人员应遵守甲方保密、门禁和值班管理制度。
P:14.3 乙方应按甲方要求每周提交项目进度报告，重大问题随时报告，并参加甲方组织的项目例会。
H:第十五条　培训与文档
P:15.1 乙方应为甲方窗口民警、审核人员和系统管理员分别组织培训，培训不少于六期，每期不少于两天，培训教材由乙方免费提供。
P:15.2 乙方应交付需求规格说明书、设计文档、数据库字典、接口说明、部署手册、运维手册、用户手册和测试报告，文档应与最终交付版本一致。
H:第十六条　不可抗力
P:因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方可根据影响程度协商延期、部分或全部免除责任。
H:第十七条　其他
P:招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市公安局交通警察支队　　　　乙方（盖章）：某市衡安智能交通科技有限公司
P:代表签字：____________　　　　代表签字：____________
P:日期：2025年__月__日　　　　日期：2025年__月__日
"""
SOURCES["h271z02"] = """T:UHT生产线CIP清洗控制系统供货及安装合同
P:合同编号：RP-SB-2025-063
P:买方（以下简称甲方）：某某乳品有限公司（乳品厂）
P:卖方（以下简称乙方）：某某流体自控工程有限公司
P:甲方为满足二号车间UHT超高温灭菌生产线就地清洗（CIP）自动化改造的需要，经询比价确定由乙方供货并安装调试CIP清洗控制系统。双方在平等自愿基础上，根据《中华人民共和国民法典》签订本合同。
H:一、供货范围
P:（一）乙方提供CIP清洗控制系统一套，覆盖酸碱罐、热水罐、回收罐、三条供液回路和UHT设备、无菌罐、灌装机三个清洗对象，包括控制柜、在线仪表、气动阀组、控制软件许可、上位机及操作屏。
P:（二）乙方负责设备安装、管线接驳、单机与联动调试，编制清洗配方程序，并完成与甲方现有生产执行系统（MES）的数据对接，使清洗记录自动上传批次档案。
P:（三）系统应满足乳制品生产卫生规范及甲方食品安全管理体系要求，与物料接触部件材质不低于SUS316L，仪表具备卫生级连接和计量检定证书。
H:二、合同价格
P:（一）合同总价为人民币壹佰伍拾捌万肆仟元整（¥1,584,000），含增值税、运输、保险、安装调试及培训费用，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含冗余电源）|2套|468,000
TB:2|流量、电导率、温度在线仪表|46台|312,000
TB:3|气动阀组及阀岛|1批|286,000
TB:4|CIP控制软件许可（永久）|1套|194,000
TB:5|上位机及HMI操作屏|3台|100,000
TB:|设备及软件小计||1,360,000
TB:6|安装、管线接驳及调试|1项|168,000
TB:7|清洗配方程序定制及MES对接|1项|56,000
TB:|合计||1,584,000
P:（二）上述价格为固定价格，不因原材料或汇率变动而调整。
P:（三）乙方应保证所供设备为全新、未使用过的合格产品，原产地和品牌与技术协议一致；如需替换品牌，须事先征得甲方书面确认，且性能不得低于原约定。
P:（四）乙方应随设备免费提供两年用量的易损件（密封圈、电磁阀线圈、过滤器滤芯等），质保期满后甲方采购备件的价格不高于乙方投标报价单所列单价。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥316,800。
P:（二）全部设备到货并安装完毕后，甲方支付合同总价的50%，即¥792,000。到货签收和安装完毕不代表甲方对系统质量的验收。
P:（三）系统通过最终验收后，甲方支付合同总价的25%，即¥396,000。
P:（四）剩余5%即¥79,200作为质量保证金，质保期满且无未决质量问题后十五个工作日内无息支付。
H:四、交货与安装
P:（一）乙方应在合同生效后七十五日内将全部设备运抵甲方厂区，并在到货后三十日内完成安装调试。安装期间须遵守甲方车间卫生分区、动火作业和停产窗口安排，不得影响其他生产线运行。
P:（二）设备开箱时双方共同清点，发现缺损的，乙方应在七日内补齐或更换。双方应在开箱记录上签字，开箱记录仅证明数量和外观，不作为质量验收依据。
H:五、验收
P:（一）验收标准：连续进行三十个完整清洗循环，各回路酸碱浓度、温度、流速和时间均达到配方设定值，偏差在工艺允许范围内；清洗后ATP涂抹检测及微生物检测合格；清洗记录完整上传MES；连续运行二十日无一级故障。
P:（二）验收由甲方组织，双方签署验收报告。试生产、投入使用或付款均不构成验收。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题，乙方免费维修、更换。
P:（二）服务水平：一级故障（CIP系统停止运行导致生产线无法按时清洗）乙方应在1小时内响应，8小时内到场并恢复；二级故障当日响应，三日内处理完毕。
P:（三）乙方响应或恢复超时的，每超时一小时支付违约金¥800，甲方可从质量保证金中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年提供维保服务，包括每季度巡检、仪表校准、阀门密封件更换和软件维护，每次巡检后提交书面报告，列明发现的隐患、处理措施和建议；维保期内一级故障的响应和恢复时限、超时违约金与第六条第（二）、（三）项相同。
P:（二）年维保费按设备及软件小计的25%计取，即每年¥340,000，于每个服务年度开始后三十日内支付。维保服务每年签订一次，不自动续期。
H:八、生产数据
P:（一）系统产生的清洗记录、工艺参数、配方数据和批次信息均属于甲方，乙方仅为本合同目的使用。
P:（二）乙方远程维护须经甲方逐次授权，通过甲方指定的加密通道接入，不得下载、复制或留存生产数据；乙方应采取防病毒、访问控制和日志审计等安全措施。
P:（三）因乙方原因导致数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，负责恢复并承担由此造成的全部损失。
H:九、知识产权
P:（一）为甲方定制的清洗配方程序、MES对接程序及相关文档的知识产权归甲方所有，乙方应交付源程序，甲方可自行修改和使用。
P:（二）CIP控制软件产品的著作权归乙方，甲方享有永久使用权。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）设备质量不符合合同约定的，乙方应负责退换，并承担由此产生的费用。
P:（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十一、分包
P:乙方如需将管线焊接工作分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方逾期超过四十五日或交付设备存在重大质量缺陷，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:十三、适用法律及争议
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、培训与技术资料
P:（一）乙方应在调试期间为甲方操作工、设备维修人员和质量管理人员分批培训，内容包括系统原理、配方编辑、报警处理、日常点检和常见故障排除，每批不少于两天，培训后进行考核。
P:（二）乙方应随货提供设备合格证、材质证明、仪表检定证书、电气原理图、PLC程序备份、操作维护手册和备品备件清单，并在验收时提交竣工资料一套（纸质及电子版各一份）。
H:十五、安全生产
P:（一）乙方进场人员应接受甲方安全及食品卫生培训，持健康证上岗，遵守甲方更衣消毒、动火审批、高处作业和有限空间作业管理规定。
P:（二）乙方施工期间造成甲方设备、产品或第三方人身财产损害的，由乙方负责赔偿；因违章作业导致甲方停产的，乙方还应赔偿停产损失。
H:十六、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响方应在五日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商处理。
H:十七、其他
P:本合同附件包括技术协议、设备清单和验收方案，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：某某乳品有限公司　　　　乙方（盖章）：某某流体自控工程有限公司
P:授权代表：____________　　　　授权代表：____________
P:签订日期：2025年__月__日
"""
SOURCES["h271z03"] = """T:家园共育移动平台（SaaS）订阅及实施服务合同
P:合同编号：XYJY-SaaS-2025-018
P:甲方（订阅方）：某某教育管理有限公司（下辖连锁幼儿园三十个园区）
P:乙方（服务方）：某某童联云科技有限公司
P:甲方拟为旗下三十个幼儿园园区统一使用家园共育移动平台（家长端App、教师端及园务管理后台），乙方提供平台订阅服务及上线实施服务。双方本着平等互利原则，经友好协商，达成如下协议。
H:第1条 服务内容
P:1.1 订阅服务：乙方在其云平台上向甲方提供家园共育平台的使用权，功能包括：入离园签到、每日成长记录、食谱与作息发布、班级相册、通知公告、请假与接送授权、缴费提醒、家长满意度问卷及园务统计。
P:1.2 实施服务：乙方负责三十个园区的组织架构与班级配置、教职工及在园幼儿家长账号导入、通知和成长记录模板定制、与甲方现有财务收费系统的对接、园长和教师培训，以及上线后一个月的驻点支持。
P:1.3 服务期限：三年，自平台上线验收合格之日起计算。
P:1.4 乙方应保证家长端App在主流安卓和iOS应用商店上架，支持微信小程序入口，并根据操作系统版本更新及时适配。
H:第2条 费用
P:2.1 合同总金额为人民币玖拾肆万元整（¥940,000），明细如下：
TB:项目|单价|数量|金额（元）
TB:平台订阅费|¥9,600/园区/年|30个园区×3年|864,000
TB:上线实施费|—|1项|76,000
TB:合计|||940,000
P:2.2 订阅费按季度于每季度结束后支付，每季度¥72,000，共十二期。实施费在上线验收合格后十五个工作日内一次性支付。本合同不设预付款。
P:2.3 服务期内新增园区的，按每园区每年¥9,600的单价按月折算增加费用；园区关停的，自次月起相应减少。
H:第3条 上线与验收
P:3.1 乙方应在合同签订后四十五日内完成全部园区的配置、数据导入和培训，并提交上线验收申请。
P:3.2 验收标准：（1）三十个园区账号及班级数据核对无误；（2）家长端、教师端各项功能按附件功能清单逐项测试通过；（3）财务收费系统对接后连续十日收费提醒数据与财务系统一致；（4）在两千名家长同时在线时页面响应不超过3秒。
P:3.3 部分园区先行试用不视为验收，验收以甲方签署的上线验收单为准。
P:3.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金¥800。
H:第4条 服务水平
P:4.1 平台月度可用率不低于99.5%（不含提前72小时通知的计划维护）。
P:4.2 故障分级：一级故障指家长端或教师端整体无法登录、签到功能不可用；乙方应在1小时内响应，3小时内恢复。二级故障指部分功能异常，2小时内响应，一个工作日内修复。
P:4.3 未达到上述服务水平的，按以下标准抵扣当季订阅费：月度可用率低于承诺值但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%；一级故障每超时恢复一小时，抵扣¥300。
P:4.4 乙方提供工作日8:30—18:00的在线客服和7×24小时故障热线，每月向甲方提交服务报告。
H:第5条 数据与个人信息保护
P:5.1 甲方、教职工及家长通过平台上传的幼儿信息、照片、视频、健康记录、接送人信息和家长联系方式等数据（“甲方数据”）归甲方所有。
P:5.2 乙方应将甲方数据存储于中国境内，按等保三级要求采取加密存储、访问控制、操作日志审计等措施，对儿童个人信息单独加密并设置专门的访问权限，遵守《中华人民共和国个人信息保护法》和《儿童个人信息网络保护规定》。
P:5.3 发生数据泄露或可能泄露的，乙方应在2小时内通知甲方，配合甲方向监管部门报告并通知家长；因乙方原因导致的安全事件，乙方承担全部赔偿责任。
P:5.4 甲方同意，乙方可对平台使用数据及甲方数据进行去标识化、汇总处理后，用于平台产品改进、算法训练及发布学前教育行业研究报告，该等使用在本合同终止后仍可继续。
P:5.5 合同终止后三十日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后删除其保存的副本。
H:第6条 保密
P:双方对在合作中知悉的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第7条 知识产权
P:7.1 平台软件及其后续版本的知识产权归乙方所有。
P:7.2 乙方为甲方定制的通知模板、成长记录模板、园所配置方案及财务对接程序归甲方所有，甲方可自由使用、修改，并可交由其他服务商使用。
H:第8条 续期与调价
P:8.1 服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期两年，此后亦同。
P:8.2 每次续期时，乙方有权根据市场情况上调订阅费单价，上调幅度不超过上一年度单价的10%，乙方于续期前以平台公告方式通知甲方即可。
H:第9条 责任限制
P:乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但因数据泄露、侵犯知识产权或故意、重大过失造成的损失不受此限。
H:第10条 分包
P:乙方不得将实施服务或运维服务分包给第三方，确需分包的须事先取得甲方书面同意；云基础设施由乙方在本合同附件中列明的云服务商提供。
H:第10条之二 双方的其他义务
P:（1）甲方应指定一名项目联系人，按乙方提供的模板整理园区、班级、教职工和家长名单，并对所提供数据的真实性负责；甲方应督促各园区按平台规则使用，不得利用平台发布违法信息。
P:（2）乙方应为甲方配备客户成功经理一名，每季度到至少三个园区回访，收集园长、教师和家长意见，并在下一季度服务报告中说明改进情况。
P:（3）乙方对平台进行重大版本升级前，应提前十五日通知甲方并提供更新说明；升级不得降低本合同约定的功能和服务水平，不得额外收费。
P:（4）乙方应为甲方提供管理员培训每年不少于两次，为新入职教师提供线上培训课程，并在每学期开学前提供开学季专项保障。
P:（5）平台内向家长推送的内容仅限甲方及各园区发布的信息和必要的系统通知，乙方不得向家长推送广告、商品或第三方服务信息，不得在家长端设置付费增值功能。
H:第11条 解除
P:11.1 乙方严重违约，或连续两个月月度可用率低于99%，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并按实际服务期结算费用。
P:11.2 因甲方园区整体停办等原因需提前终止的，甲方应提前六十日书面通知乙方。
H:第12条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交南京仲裁委员会按其仲裁规则仲裁。
H:第13条 其他
P:13.1 因不可抗力或政府部门的管控措施导致一方不能履行的，该方应及时通知对方，在影响范围内免除责任；平台因此中断的时间不计入不可用时间，但乙方应尽力提供备用通知渠道。
P:13.2 本合同未尽事宜，双方可另行签订补充协议；补充协议与本合同不一致的，以补充协议为准。双方往来通知以本合同首页所载地址和联系人为准。
P:13.3 本合同附件：功能清单、园区名单、服务水平说明。本合同一式两份，双方各执一份，自双方签章之日起生效。
P:甲方：某某教育管理有限公司（盖章）　　授权代表：________
P:乙方：某某童联云科技有限公司（盖章）　　授权代表：________
P:日期：2025年__月__日
"""
SOURCES["h271z04"] = """T:不动产登记信息系统2025年度运维服务合同
P:合同编号：BDCDJ-YW-2025-01　　采购方式：竞争性磋商（项目编号：XCG-CS-2025-117）
P:采购人（甲方）：某县不动产登记中心
P:供应商（乙方）：某某数码信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、磋商文件、乙方响应文件和成交通知书，甲乙双方就某县不动产登记信息系统2025年度运维服务事项，经协商一致，订立本合同。
H:第一章　服务范围和期限
P:第1条 乙方为甲方不动产登记信息系统提供年度运维服务，范围包括：登记业务系统、一窗受理平台、互联网+不动产登记服务平台、档案管理系统、与税务和住建部门的共享交换接口，以及上述系统所依托的数据库、中间件和应用服务器。
P:第2条 服务期限为2025年7月1日至2026年6月30日。服务期满本合同自行终止，甲方如需继续采购，应依法另行组织采购。
P:第3条 服务内容：（一）派驻两名运维工程师在甲方办公场所驻场，工作日全天在岗；（二）应用系统日常监控、缺陷修复和配置调整；（三）数据库备份检查、性能优化和恢复演练；（四）每月安全巡检、漏洞修补和每半年一次应急演练；（五）配合甲方完成上级部门数据汇交、质量检查和网络安全检查；（六）根据不动产登记业务规则和收费政策的调整，对系统进行小型功能调整和报表修改（单项工作量在五人日以内的，不另行收费）；（七）对甲方登记窗口人员和系统管理员进行操作培训，每季度不少于一次。
H:第二章　服务费用和支付
P:第4条 本合同服务费总额为人民币伍拾捌万陆仟元整（¥586,000），包干使用，明细如下：
TB:服务项目|计费方式|金额（元）
TB:驻场运维（2名工程师，服务期内全职）|固定|336,000
TB:应用系统维护及缺陷修复|固定|142,000
TB:数据库及中间件维护|固定|64,000
TB:安全巡检与应急演练|固定|44,000
TB:合计||586,000
P:第5条 服务费按季度支付。每季度结束后，甲方依第三章进行季度考核，考核合格后十五个工作日内支付当季服务费¥146,500；考核扣减的金额从当季服务费中扣除。本合同不预付任何费用。
H:第三章　服务水平与考核
P:第6条 服务水平：登记业务系统在工作时间内的月可用率不低于99.95%。一级故障（登记业务系统或一窗受理平台无法办理业务）乙方应在15分钟内响应，1小时内到场，3小时内恢复业务；二级故障30分钟内响应，当日内解决；三级问题两个工作日内解决。
P:第7条 服务扣减：一级故障每超时恢复一小时，扣减¥2,000；月可用率每低于承诺值0.01个百分点，扣减¥1,500；驻场人员无故缺岗一人日，扣减¥600。
P:第8条 季度考核标准：（一）服务水平达到第6条要求；（二）按时提交月度运维报告、巡检报告和备份检查记录；（三）发现的高危漏洞在十个工作日内完成修补；（四）甲方业务科室满意度评价不低于良好。年度验收在服务期满后进行，以四个季度考核结果和运维文档交接情况为依据，由甲方出具年度验收意见。
P:第9条 乙方应在合同签订后十日内完成服务启动，提交运维方案、人员名单和应急预案。逾期的，每逾期一日按合同总价的千分之二向甲方支付违约金。
H:第四章　数据安全和保密
P:第10条 不动产登记数据、权利人身份信息、交易信息及系统日志均属于甲方所有。乙方仅可为完成运维工作在甲方内网中访问，不得下载、复制、对外提供或用于其他任何目的。
P:第11条 乙方运维操作须通过甲方堡垒机进行，使用实名账号，重要操作实行双人复核；严禁使用个人移动存储设备。乙方应遵守网络安全等级保护三级要求及自然资源部门的数据安全管理规定。
P:第12条 发生数据泄露、篡改、丢失等安全事件或发现重大隐患的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任，并依法承担相应责任。
P:第13条 乙方及其人员对在服务过程中知悉的甲方工作秘密、登记信息和网络安全信息承担保密义务，应签署保密承诺书；保密义务不因合同终止而免除。
H:第五章　成果归属
P:第14条 乙方在运维过程中形成的运维文档、脚本、配置记录、巡检报告和系统修复代码均归甲方所有，甲方可自由使用和修改，并可提供给后续服务商。
H:第五章（续）　应急保障和甲方义务
P:第14条之一 乙方应建立应急响应机制，设立7×24小时值班电话，明确应急负责人和后备技术人员；在年底登记高峰、重大政策调整上线及上级部门检查期间，乙方应增派技术人员现场值守，由此发生的费用已包含在合同总价中。
P:第14条之二 乙方应每半年组织一次数据库恢复演练和一次业务系统故障切换演练，演练方案事先报甲方审核，演练结束后五个工作日内提交演练报告，说明发现的问题和整改计划。
P:第14条之三 乙方应建立运维台账，记录每一次故障、变更和服务请求的时间、处理人员、处理过程和结果，台账每月随运维报告提交甲方；涉及系统配置和数据库结构的变更，须事先填写变更申请并经甲方批准，变更前做好备份。
P:第14条之四 甲方应为乙方驻场人员提供必要的办公场所、网络和工作条件，及时提供运维所需的账号权限和技术资料，协调原系统开发商和相关部门配合乙方工作，并指定专人负责日常对接和季度考核。
P:第14条之五 乙方应于每年十二月向甲方提交年度运维总结，分析系统运行状况、主要风险和硬件软件升级建议，供甲方编制下一年度预算参考；该建议不构成甲方的采购承诺。
H:第六章　人员管理和分包
P:第15条 乙方驻场人员应具有相关专业资格和同类系统运维经验，名单经甲方确认后不得随意更换；确需更换的，提前十日书面申请并经甲方同意，新人员能力不低于原人员。
P:第16条 本项目不得分包或转包。乙方驻场人员须为乙方正式员工，乙方应为其缴纳社会保险，并在进场前提交无犯罪记录证明和签署的保密承诺书；驻场人员离职或调离的，乙方应在当日收回其全部系统账号和门禁权限，并书面告知甲方。
H:第七章　违约和解除
P:第17条 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面通知后七日内未纠正的，甲方有权解除合同，按已提供服务结算，并要求乙方赔偿损失。
P:第18条 甲方未按约定支付服务费的，应按逾期金额每日万分之二支付违约金，但因财政资金拨付原因延迟的除外。
H:第八章　服务交接
P:第19条 合同终止或期满前三十日，乙方应向甲方或甲方指定的后续服务商完整移交全部运维文档、账号权限、脚本和未决问题清单，并配合交接不少于十五日；交接完成后乙方应注销其全部账号。
H:第九章　法律适用和争议
P:第20条 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十章　其他
P:第21条 磋商文件、响应文件、成交通知书及本合同附件（服务内容清单、驻场人员名单、应急预案）为本合同的组成部分。
P:第22条 本合同一式五份，甲方三份，乙方一份，政府采购监督部门备案一份，自双方签字盖章之日起生效。
P:甲方：某县不动产登记中心（盖章）　　　　乙方：某某数码信息技术有限公司（盖章）
P:法定代表人或授权代表：________　　　　法定代表人或授权代表：________
P:签订日期：2025年6月__日
"""
SOURCES["h271z05"] = """T:智造云MES制造执行系统软件许可及定制开发合同（标准文本 V4.0）
P:文本编号：ZZY-HT-MES-V4.0　　本合同编号：ZZY-2025-XS-0286
P:委托方（甲方）：某某山茶油股份有限公司
P:受托方（乙方）：某某智造云软件有限公司
P:说明：本文本为乙方标准合同文本，适用于乙方MES产品的许可及实施项目。甲方拟在其茶油加工厂（压榨车间、精炼车间、灌装车间及成品库）部署制造执行系统，乙方同意许可其MES软件并进行定制开发。双方经协商，签订本合同。
H:1. 定义
P:1.1 “产品”指乙方拥有著作权的智造云MES软件V6系列。
P:1.2 “定制成果”指乙方为本项目开发的压榨工序、精炼工序、灌装工序管理模块，批次追溯与质量检验模块，设备数据采集程序，与甲方ERP及电子秤、灌装线控制系统的接口程序及相关文档。
P:1.3 “上线”指系统在甲方生产现场投入运行，开始记录生产数据。
H:2. 项目内容
P:2.1 乙方许可甲方在茶油加工厂内使用产品，许可用户数为八十个并发用户。
P:2.2 乙方根据双方确认的需求说明书开发定制成果，并负责系统部署、基础数据初始化和培训。需求说明书确认后，甲方提出的需求变更按乙方人天单价另行计费。
P:2.3 实施范围包括：压榨车间的原料籽入库、烘干、压榨和毛油计量；精炼车间的脱胶、脱酸、脱色、脱臭工序记录与质检取样；灌装车间的灌装线产量采集、批次赋码和成品入库；以及从成品批次反查原料籽批次的追溯查询。
P:2.4 甲方应负责提供服务器、网络、数据采集所需的设备接口和现场条件，指定项目负责人和关键用户，在乙方提出要求后五个工作日内确认需求、提供基础数据并组织测试。因甲方未及时配合导致项目延期的，乙方交付期限相应顺延，乙方不承担责任。
P:2.5 乙方为本项目指派项目经理一名及实施顾问若干名，乙方有权根据其内部安排调整项目人员，调整后通知甲方。
P:2.6 培训包括关键用户培训和系统管理员培训各一期，每期两天，在甲方现场进行；超出上述范围的培训按乙方人天单价另行收费。
H:3. 合同金额
P:3.1 合同总金额为人民币壹佰叁拾万元整（¥1,300,000），构成如下：
TB:项目|说明|金额（元）
TB:MES软件许可|80并发用户，永久许可|620,000
TB:定制开发|工序模块、批次追溯、数据采集、接口|540,000
TB:实施部署|安装、配置、数据初始化|118,000
TB:培训|关键用户及管理员培训|22,000
TB:合计||1,300,000
H:4. 付款方式
P:4.1 本合同签订后五个工作日内，甲方支付合同总金额的50%，即¥650,000，乙方收款后启动项目。
P:4.2 系统上线后五个工作日内，甲方支付合同总金额的45%，即¥585,000。
P:4.3 系统上线满三个月后五个工作日内，甲方支付剩余5%，即¥65,000。
P:4.4 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取违约金。
H:5. 交付与验收
P:5.1 乙方计划于合同生效后一百二十日内完成系统上线。
P:5.2 系统上线运行即视为甲方验收合格。甲方在上线后发现的问题，由乙方在维护服务中处理，不影响验收结论及付款。
P:5.3 上线前，乙方将在甲方现场进行系统演示，甲方关键用户应参加并提出意见。乙方根据意见进行合理调整后即安排上线，甲方不得无故拖延上线。
P:5.4 系统上线后，甲方应按乙方提供的操作手册规范使用系统；因甲方操作不当、擅自修改配置或硬件网络故障导致的问题，不属于乙方责任范围，乙方可提供有偿服务。
H:6. 免费维护
P:6.1 乙方自系统上线之日起提供六个月免费维护，内容为产品缺陷修复和电话、远程技术支持。
P:6.2 故障响应：一级故障（系统整体无法使用，影响生产记录）乙方在接到甲方报告后12小时内响应；二级故障在两个工作日内响应；三级问题纳入后续版本处理。
P:6.3 乙方将尽力按上述时限提供支持，但乙方不因响应或修复延迟承担任何扣款、赔偿或违约责任。
H:7. 后续维护服务
P:7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护服务协议，维护费按乙方当年度公布的服务价格标准收取。
P:7.2 未签订维护服务协议的，乙方不再提供任何技术支持，产品升级另行收费。
H:8. 知识产权
P:8.1 产品及定制成果（包括源代码、数据库设计、接口程序和文档）的全部知识产权归乙方所有。
P:8.2 甲方在本合同有效期内享有在茶油加工厂内使用定制成果的非独占、不可转让的权利，不得修改、反编译或交由第三方维护，不得用于甲方其他工厂。
P:8.3 乙方有权将定制成果整合进其产品并向其他客户提供。
H:9. 数据
P:9.1 甲方在系统中录入和产生的生产数据归甲方所有。系统部署在甲方机房的服务器上，乙方实施人员和维护人员通过远程方式访问系统时，应事先通知甲方，甲方应为乙方开通必要的远程访问通道。
P:9.2 乙方将采取行业通行的安全措施保护甲方数据，包括访问控制、数据备份和传输加密；发生数据安全事件的，乙方应在二十四小时内通知甲方，因乙方过错造成数据泄露的，乙方承担相应赔偿责任。
P:9.3 甲方同意乙方可收集系统运行数据，并对甲方生产数据进行脱敏处理后用于乙方产品改进、食用油行业工艺模型训练和行业对标分析。
H:10. 保密
P:双方应对在合作过程中获得的对方商业秘密和技术信息保密，未经对方同意不得向第三方披露，但依法律要求披露的除外。保密义务在合同终止后二年内有效。
H:11. 违约责任
P:11.1 因乙方原因导致系统上线逾期的，每逾期一日，乙方按合同总金额的万分之二支付违约金，违约金总额不超过合同总金额的3%。
P:11.2 乙方在本合同项下的全部责任（包括违约金和赔偿）累计不超过合同总金额的20%。乙方不对甲方的停产损失、利润损失及其他间接损失承担责任。
H:12. 分包
P:乙方有权根据项目需要，将接口开发、现场实施等部分工作交由其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作承担责任。
H:13. 合同解除
P:一方严重违约且经另一方书面催告后三十日内仍未纠正的，守约方可以书面通知解除合同。因甲方原因解除的，已付款项不予退还。
H:14. 不可抗力
P:因不可抗力导致不能履行合同的，受影响方不承担违约责任，但应及时通知对方并提供证明。
H:15. 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方友好协商；协商不成的，提交长沙仲裁委员会仲裁。
H:16. 其他
P:16.1 本合同附件包括需求说明书、产品功能清单及实施计划。附件与本合同正文不一致的，以本合同正文为准。
P:16.2 乙方可在其宣传材料、官方网站和客户案例中使用甲方名称和商标，介绍本项目的实施情况，甲方对此不持异议。
P:16.3 本合同的任何修改须经双方书面确认。乙方对本标准文本享有解释权；本文本中未约定的事项，以乙方官网公布的服务条款为准。
P:16.4 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
P:甲方（盖章）：某某山茶油股份有限公司　　　　乙方（盖章）：某某智造云软件有限公司
P:授权代表：________　　　　授权代表：________
P:日期：____年__月__日
"""
SOURCES["h271e01"] = """T:SOFTWARE LICENCE AGREEMENT - FANCRAFT ENGRAVE STUDIO PERPETUAL LICENCES
P:Agreement No. VL-CN-2025-044
P:This Software Licence Agreement (the "Agreement") is made between:
P:(1) Suzhou Xiangshan Sandalwood Fan Workshop Co., Ltd., a company registered in Suzhou, Jiangsu Province, People's Republic of China (the "Customer"); and
P:(2) Vitrea Laser Software S.r.l., a company registered in Italy with its registered seat on the Isola di Mezzo, Italy (the "Vendor").
P:Background: the Customer makes hand-finished sandalwood folding fans and uses laser engravers and small CNC carving machines to pierce and engrave the fan ribs and guard sticks. The Customer wishes to acquire perpetual licences of the Vendor's engraving design and toolpath software, together with post-processors adapted to its machines, installation and training, and the Vendor is willing to supply them on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the Vendor's FanCraft Engrave Studio, version 9, in object code, including the vector design editor, the pattern library, the toolpath generator and the machine-simulation module, and any corrections and updates supplied under this Agreement.
P:1.2 "Custom Post-Processors" means the post-processor files, machine profiles and rib-pattern templates that the Vendor prepares specifically for the Customer's three laser engravers and two CNC carving machines, and their documentation.
P:1.3 "Licence Fees" means the fees for the six seat licences listed in Clause 3.
P:1.4 "Final Acceptance" means the Customer's signature of the acceptance certificate under Clause 6.
P:1.5 "Customer Designs" means all artwork, fan patterns, calligraphy files, photographs, toolpaths and production files created, imported or stored by the Customer when using the Software.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six named workstations at the Customer's premises in Suzhou for the Customer's own business, including the production of fans sold to the Customer's clients.
P:2.2 The Customer may make one back-up copy of the Software and may move a seat to a replacement workstation by deactivating the old installation.
P:2.3 The Customer shall not decompile, disassemble or reverse-engineer the Software except to the extent permitted by applicable law.
P:2.4 The licence covers all modules listed in Annex 1. Later optional modules are not included and may be ordered separately.
H:3. Prices
P:3.1 The total contract price is CNY 440,000 (four hundred and forty thousand yuan), inclusive of VAT and all taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:FanCraft Engrave Studio perpetual seat licence|6|58,000|348,000
TB:Custom Post-Processors and rib-pattern templates|1 lot|64,000|64,000
TB:Installation, configuration and on-site training|1 lot|28,000|28,000
TB:Total|||440,000
P:3.2 The prices are fixed and include travel costs of the Vendor's engineers to Suzhou, import formalities for the licence keys and documentation in Chinese and English.
H:4. Payment
P:4.1 The Customer shall pay 20% of the contract price (CNY 88,000) within fifteen days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the contract price (CNY 198,000) within fifteen days after the Software is installed on all six workstations and the Custom Post-Processors have been loaded. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% (CNY 154,000) within fifteen days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account of the Vendor's appointed collection agent in Shanghai named in Annex 3. Each party bears its own bank charges.
H:5. Delivery, installation and training
P:5.1 The Vendor shall deliver the licence keys and installation media within twenty days after the first payment, and shall install the Software and the Custom Post-Processors at the Customer's premises within sixty days after signature.
P:5.2 The Vendor shall provide three days of on-site training for up to ten of the Customer's designers and machine operators, covering pattern design, piercing toolpaths for thin sandalwood ribs, nesting, simulation and machine output, and shall leave a written training manual in Chinese.
P:5.3 If the Vendor fails to complete installation within the period in Clause 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to a maximum of 10% of the contract price.
H:6. Acceptance
P:6.1 After installation the parties shall carry out acceptance tests at the Customer's premises in accordance with the test plan in Annex 2. The tests shall show at least that: (a) all six seats start and hold their licences offline for seven days; (b) each of the five machines cuts the twenty reference rib patterns from Annex 2 from files produced by the Software without manual correction of the machine code; (c) the simulated cutting time for each reference pattern deviates from the real cutting time by no more than 8%; and (d) the Customer's existing library of 1,200 patterns imports without loss of layers or curves.
P:6.2 When all tests are passed the Customer shall sign the acceptance certificate within five working days. If a test fails, the Vendor shall correct the defect and repeat the test. Installation, use of the Software in production or any payment does not by itself constitute acceptance.
H:7. Warranty
P:7.1 The Vendor warrants that for eighteen months after Final Acceptance the Software and the Custom Post-Processors will perform substantially in accordance with the documentation and Annex 2, and that the media are free of malicious code.
P:7.2 During the warranty period the Vendor shall correct reported defects free of charge and provide all updates and new minor versions of the Software released during that time.
H:8. Support
P:8.1 During the warranty period and any later maintenance year the Vendor will provide technical support by e-mail and remote session during Italian business hours. The Vendor will use commercially reasonable efforts to respond to support requests and to provide a workaround or correction as soon as practicable.
P:8.2 Remote sessions take place only when the Customer starts them and may be ended by the Customer at any time.
H:9. Maintenance after warranty
P:9.1 After the warranty period the Customer may order annual maintenance, which includes defect correction, updates, new versions and the support described in Clause 8.
P:9.2 The annual maintenance fee is 14% of the Licence Fees, that is CNY 48,720 per year, and it will not be increased for the first three maintenance years. Any later change requires the written agreement of both parties.
P:9.3 Maintenance is ordered year by year by purchase order. It does not renew automatically and the Customer may stop it at any time without affecting its perpetual licence.
H:10. Intellectual property
P:10.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:10.2 The Custom Post-Processors, the rib-pattern templates and their documentation are made for the Customer. All rights in them vest in the Customer on payment. The Customer may use, copy, modify them and license them to any third party, including another machine supplier, without further consent or payment.
P:10.3 The Vendor shall indemnify the Customer against third-party claims that the Software infringes any intellectual property right in the People's Republic of China.
H:11. Customer Designs and data security
P:11.1 Customer Designs belong to the Customer. The Vendor shall not access, copy or use Customer Designs except as strictly necessary to provide support requested by the Customer, and shall not use them for any other purpose.
P:11.2 The Software runs on the Customer's premises. Where a support session requires a Customer Design, the Vendor shall access it only during the session, shall not keep any copy afterwards, and shall protect it with appropriate technical and organisational measures, including encrypted connections and restricted, named support personnel.
P:11.3 The Vendor shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Designs in its hands and shall bear the losses caused to the Customer by any such incident attributable to the Vendor.
H:12. Confidentiality
P:Each party shall keep confidential all non-public technical and commercial information received from the other party, including the Customer's fan designs, production methods and client lists, and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:13. Liability
P:The total liability of each party under this Agreement is limited to 150% of the contract price. This limit does not apply to liability for breach of Clauses 11 and 12, for infringement claims under Clause 10.3, or for wilful misconduct.
H:14. Subcontracting
P:The Vendor shall not subcontract any part of the work, including the on-site installation in Suzhou, without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:15. Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.
P:15.2 If the Customer terminates before Final Acceptance for the Vendor's breach, the Vendor shall refund all amounts paid and the Customer shall uninstall the Software.
H:16. Governing law and disputes
P:16.1 This Agreement is governed by the laws of Italy.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Chamber of Arbitration of Milan under its rules. The seat of arbitration is Milan, Italy, and the language is English.
H:17. General
P:17.1 This Agreement, with Annex 1 (licensed modules), Annex 2 (acceptance test plan) and Annex 3 (payment details), is the entire agreement between the parties on its subject matter.
P:17.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or e-mail with confirmation of receipt.
P:17.3 This Agreement is signed in two originals in English, one for each party, with a Chinese translation for reference. The English text prevails.
P:Signed for the Customer: ____________________ Name / Title / Date
P:Signed for the Vendor: ____________________ Name / Title / Date
"""
SOURCES["h271e02"] = """T:ORDER FORM AND GENERAL TERMS - TICKETING CLOUD SUBSCRIPTION
P:Order Form No. GAR-OF-2025-0311
P:Vendor: Garofano Ticketing Systems S.p.A., registered seat on the Isola del Garofano, Italy ("Vendor").
P:Customer: Zhangye Danxia Geopark Tourism Development Co., Ltd., Zhangye, Gansu Province, People's Republic of China ("Customer").
P:This Order Form and the General Terms printed after it form one contract (the "Contract"). If they conflict, this Order Form prevails. At the Customer's request, all fees are quoted, invoiced and paid in Chinese Yuan (CNY).
H:PART A - ORDER FORM
P:A1. Subscribed service. The Vendor's cloud ticketing platform "Garofano Gate", covering online and on-site ticket sales for the geopark's four scenic areas (Qicai, Binggou, Pingshan Lake and the sightseeing bus network), timed-entry quotas, real-name verification at 38 turnstiles, shuttle-bus seat allocation, group and travel-agency bookings, refunds, daily settlement reports and a visitor-flow dashboard.
P:A2. Subscription term. Thirty-six (36) months from the Go-Live Date. At the end of the term the subscription renews for successive periods of six months at the same monthly fee and on the same terms, unless either party gives notice of non-renewal at least sixty days before the end of the then-current term.
P:A3. Fees.
TB:Item|Basis|Amount (CNY)
TB:Platform subscription|CNY 42,000 per month x 36 months|1,512,000
TB:Onboarding: configuration, turnstile and payment integration, data import, training|one-time|88,000
TB:Total contract value||1,600,000
P:A4. Invoicing. The onboarding fee is invoiced on Go-Live Acceptance. The subscription fee is invoiced monthly in arrears, at the end of each calendar month of service. No fee is payable before the Go-Live Date. Payment is due thirty days after receipt of a correct VAT invoice issued by the Vendor's invoicing agent in Lanzhou.
P:A5. Go-Live. The Vendor shall complete onboarding and make the platform ready for Go-Live Acceptance within seventy-five days after signature of this Order Form. If the platform is not ready by that date for reasons attributable to the Vendor, the Vendor shall pay CNY 1,200 for each day of delay, deducted from the onboarding fee and then from the subscription fees.
P:A6. Go-Live Acceptance. Before Go-Live the parties shall run the acceptance tests in Schedule 1: (a) the sale, verification and refund of tickets of every type, including discounted tickets for students, seniors and military personnel; (b) real-name verification at all 38 turnstiles with a passing time of no more than one second per visitor; (c) reconciliation of three consecutive days of sales with the Customer's payment-platform statements with no unexplained difference; and (d) a load test of 6,000 simultaneous online buyers. The Customer signs a Go-Live Acceptance certificate when all tests are passed. Using the platform for trial sales does not constitute acceptance.
P:A7. Training and hand-over. As part of onboarding the Vendor shall train the geopark's ticket-office supervisors, gate staff and finance staff in Zhangye, in Chinese, in at least four sessions scheduled around the opening hours of the scenic areas, and shall deliver an operations manual, a quick guide for gate staff and a list of all configuration settings agreed with the Customer. New staff hired during the term may attend the Vendor's monthly online training at no charge.
P:A8. Key contacts. Customer: Director of Information Centre. Vendor: Customer Success Manager, China.
H:PART B - GENERAL TERMS
H:1. Service and service levels
P:1.1 The Vendor shall provide the platform as a hosted service from data centres located in mainland China, operated for the Vendor by a cloud provider holding an MLPS level-3 filing.
P:1.2 Monthly availability of the ticket sales and verification functions shall be at least 99.95%, excluding maintenance announced at least five days in advance and carried out between 23:00 and 05:00 Beijing time.
P:1.3 Incident priorities: a Priority 1 incident is one where tickets cannot be sold or visitors cannot be verified at the turnstiles in any scenic area. The Vendor shall respond to a Priority 1 incident within thirty (30) minutes, round the clock, and restore service or provide an offline workaround within two hours. Priority 2 incidents receive a response within two hours and a fix within one business day.
P:1.4 Service credits: if monthly availability falls below the commitment in 1.2, the Customer receives a credit of 5% of that month's subscription fee for each 0.02 percentage point of shortfall or part of it, up to 50% of the monthly fee. For each full hour by which restoration of a Priority 1 incident exceeds two hours, the Customer receives a further credit of CNY 2,000. Credits are deducted from the next invoice.
P:1.5 During the National Day and May Day holiday weeks the Vendor shall keep an engineer on standby who can reach the geopark's main gate within six hours, and shall provide a daily health report.
H:2. Customer Data and security
P:2.1 All data entered into or generated by the platform for the Customer, including visitor identity data, bookings, sales, settlement data and visitor-flow statistics ("Customer Data"), belongs to the Customer. The Vendor processes Customer Data only on the Customer's instructions and only to provide the service. The Vendor shall not use Customer Data, even in aggregated or de-identified form, for any other purpose.
P:2.2 The Vendor shall keep Customer Data in mainland China, protect it with encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logged access, maintain ISO/IEC 27001 certification and comply with the Personal Information Protection Law and the Data Security Law.
P:2.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within twenty-four hours after discovering it, shall take remedial measures, shall assist the Customer with regulatory reports and notices to visitors, and shall compensate the Customer for losses caused by an incident attributable to the Vendor.
P:2.4 At the end of the Contract the Vendor shall return all Customer Data in CSV format within thirty days and then delete it, confirming deletion in writing.
H:3. Configurations and intellectual property
P:3.1 The Vendor owns the platform and all improvements to it.
P:3.2 The ticket-type rules, price tables, quota settings, turnstile integration scripts and report templates prepared for the Customer during onboarding belong to the Customer. The Customer may use, modify and disclose them freely, including to a successor provider.
H:4. Confidentiality
P:Each party shall keep the other party's non-public information confidential, use it only for the Contract and disclose it only to staff and advisers who need to know it. This obligation survives for five years after the end of the Contract.
H:5. Subcontractors
P:5.1 The Vendor may engage subcontractors, including its affiliates, local implementation partners and hosting providers, to perform any part of the service. The Vendor will inform the Customer of each new subcontractor by written notice at least fifteen days before it starts work. The Vendor remains responsible for its subcontractors.
H:6. Liability
P:6.1 Neither party is liable for indirect or consequential loss, including loss of ticket revenue, except in case of wilful misconduct.
P:6.2 The Vendor's total aggregate liability arising out of or in connection with the Contract is limited to the subscription fees paid by the Customer in the six months immediately preceding the event giving rise to the claim. This limit does not apply to the Vendor's obligations under clause 2.3 in respect of personal information or to claims for personal injury.
H:7. Term and termination
P:7.1 The Contract starts on signature and continues for the subscription term and any renewal.
P:7.2 The Vendor may suspend the service or terminate the Contract if the Customer fails to pay an undisputed invoice within thirty days after a written reminder.
P:7.3 The service credits in clause 1.4 are the Customer's sole and exclusive remedy for any failure to meet the service levels or for any other failure in the performance of the service. The Customer shall not terminate the Contract before the end of the subscription term on account of any breach by the Vendor and shall continue to pay the fees, but may claim the credits and damages subject to clause 6.
P:7.4 On expiry or termination the Vendor shall provide reasonable assistance for a transfer of the service for up to sixty days, at its standard daily rates.
H:8. Fees and taxes
P:8.1 Fees are inclusive of VAT at the applicable rate. If the rate changes, the fees change accordingly.
P:8.2 Late payments bear interest at the loan prime rate published by the National Interbank Funding Center plus two percentage points per year.
H:9. Governing law and disputes
P:9.1 The Contract is governed by the laws of the People's Republic of China.
P:9.2 Any dispute shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou in accordance with its rules. The award is final and binding.
H:10. General
P:10.1 Neither party may assign the Contract without the other party's written consent, except that the Vendor may assign it to an affiliate that takes over its business in China.
P:10.2 Force majeure, including sandstorms, earthquakes and government closures of the geopark, suspends the affected obligations for as long as it lasts, but not the Vendor's data-security duties.
P:10.3 This Contract is written in English with a Chinese translation. Both versions are signed. In case of doubt the English version prevails.
P:For the Customer: ____________________ Name / Title / Date
P:For the Vendor: ____________________ Name / Title / Date
"""
SOURCES["h271e03"] = """T:PURCHASE CONTRACT FOR PADDY WATER-LEVEL MONITORING EQUIPMENT
P:Contract No. WQ-RICE-2025-07
P:Buyer: Wuchang Golden Paddy Rice Planting Cooperative, Wuchang, Harbin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Benencia Agro Sensing S.L., an integrator registered in Spain with its seat on the Isla de Benencia, Spain (the "Supplier").
P:Recitals. (A) The Buyer farms about 4,600 mu of paddy fields and wishes to monitor the water level in each field block remotely so that irrigation can be planned and water saved. (B) The Supplier offered water-level sensors, gateways, solar power kits and a monitoring platform, and was selected after the Buyer's comparison of three offers. (C) This Contract is on the Buyer's standard form. All prices are in Chinese Yuan (CNY), as requested by the Buyer.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software in the price list below, and shall train the Buyer's staff, so that the water level of 240 field blocks can be read on the monitoring platform and on mobile phones.
P:1.2 The equipment must be suitable for outdoor use in Heilongjiang, including operation from -30 C to +45 C, protection class IP68 for the sensors, and resistance to flooding, mud and fertiliser.
P:1.3 The Supplier shall survey the field blocks with the Buyer's field managers before installation, agree the position of every sensor and gateway on a field map, and mark each sensor with a durable label showing its block number so that the readings can be checked in the field.
H:Article 2 Price
P:2.1 The contract price is CNY 965,000, including VAT, packing, transport to the Buyer's fields, customs formalities, installation and training. The price is fixed.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Ultrasonic paddy water-level sensor with field stake|240|2,350|564,000
TB:2|LoRa gateway with 4G backhaul|12|9,800|117,600
TB:3|Monitoring platform, perpetual licence (on-premises)|1|96,000|96,000
TB:4|Solar panel and battery kit for sensors|240|420|100,800
TB:|Hardware and licence subtotal|||878,400
TB:5|Installation, levelling survey and calibration|1 lot||74,600
TB:6|Training|1 lot||12,000
TB:|Total contract price|||965,000
H:Article 3 Payment
P:3.1 Advance payment: 35% of the contract price, CNY 337,750, within ten working days after signature, against the Supplier's invoice.
P:3.2 Delivery payment: 42% of the contract price, CNY 405,300, within fifteen working days after all equipment has been delivered and installed in the fields and the Buyer has signed the installation record. The installation record confirms quantities and positions only and is not acceptance.
P:3.3 Final payment: 23% of the contract price, CNY 221,950, within fifteen working days after Final Acceptance under Article 5.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's machinery yard by 20 April 2025 and complete installation in the fields before transplanting begins, and in any case by 15 May 2025.
P:4.2 The Supplier shall coordinate with the Buyer's field managers so that installation does not damage levees, irrigation channels or seedlings.
P:4.3 If the Supplier delivers or completes installation late, it shall pay the Buyer liquidated damages of 0.02% of the contract price for each day of delay, up to 5% of the contract price in total.
H:Article 5 Acceptance
P:5.1 After installation the equipment shall run for a trial period of thirty consecutive days during the irrigation season.
P:5.2 Final Acceptance requires that: (a) at least 98% of the sensors report every fifteen minutes throughout the trial period; (b) the water level reported for 24 sample blocks, measured by the Buyer with a staff gauge, differs by no more than 1 cm; (c) every gateway keeps its 4G connection with the platform for the trial period apart from public network outages; (d) the platform shows the alarms for high and low water levels set by the Buyer and sends them to the field managers' phones within two minutes; and (e) the Supplier has delivered the documents in Article 11.
P:5.3 When the criteria are met the Buyer signs the Final Acceptance certificate. Installation, use of the equipment or any payment is not acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including transport and field work, and provide software corrections and updates.
P:6.2 Fault handling: a Severity 1 fault is a failure of the platform or of a gateway, or a fault that leaves more than 20% of the sensors without data. The Supplier shall respond to a Severity 1 fault within two hours by telephone or remote session, be on site within two days during the growing season, and restore operation within three days. Other faults shall be corrected within seven days.
P:6.3 For each full hour by which the Supplier exceeds the response time, and for each day by which it exceeds the restoration time for a Severity 1 fault, the Supplier shall pay CNY 500, which the Buyer may deduct from any amount due.
H:Article 7 Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support on the same service terms. The annual support fee is 8% of the hardware and licence subtotal, that is CNY 70,272 per year, fixed for three years after the warranty.
P:7.2 Support is ordered by the Buyer each year in writing and does not renew automatically.
H:Article 8 Field Data
P:8.1 All water-level readings, alarms, field maps and irrigation records collected by the equipment belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The platform is installed on the Buyer's server at the cooperative office. The Supplier shall protect the data against loss and unauthorised access by password rules, encrypted transmission between gateways and platform, and daily back-ups, and shall access the server remotely only with the Buyer's permission for each session.
P:8.3 If the Supplier causes a loss or leak of the Buyer's data, it shall inform the Buyer within twelve hours, restore the data from back-ups and compensate the Buyer for the resulting loss.
H:Article 9 Confidentiality
P:Each party shall keep confidential the information about the other party that it learns during the performance of this Contract, including field layouts, yields and prices, and shall not disclose it to third parties without written consent. This obligation continues for three years after the end of the Contract.
H:Article 10 Intellectual Property
P:10.1 The platform software remains the property of the Supplier, and the Buyer receives a perpetual licence to use it.
P:10.2 The field maps, alarm rules, dashboards and irrigation-planning reports configured for the Buyer belong to the Buyer, which may use and modify them freely and give them to another service provider.
H:Article 11 Documents and Training
P:11.1 The Supplier shall deliver, in Chinese, the installation drawings with the position of every sensor, the calibration records, the user manual, a maintenance guide and the list of spare parts.
P:11.2 The Supplier shall train six of the Buyer's field managers and two administrators on site for two days before the trial period.
P:11.3 The Supplier shall hand over, free of charge, a stock of spare parts equal to 3% of the sensors and one spare gateway, and shall keep spare parts for the equipment available for purchase for at least eight years after Final Acceptance at prices not higher than the unit prices in Article 2.
P:11.4 The Supplier's staff working in the fields shall follow the Buyer's safety instructions, including the rules for working near irrigation channels and pumping stations, and shall wear the protective equipment provided by the Supplier. The Supplier is responsible for the insurance of its staff and for any damage they cause to crops, levees or machinery.
P:11.5 Before the end of the warranty period the Supplier shall inspect all sensors and gateways together with the Buyer's field managers, clean and recalibrate the sensors, replace weak batteries and record the results in a report signed by both parties.
H:Article 12 Subcontracting
P:The Supplier may not subcontract the installation or any other part of the Contract without the Buyer's prior written consent. The Supplier is responsible for the work of any subcontractor approved by the Buyer.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is more than thirty days late with delivery or installation, or commits another material breach and does not remedy it within fifteen days after the Buyer's notice.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment that is not accepted and remove that equipment from the fields at its own cost.
H:Article 14 Force Majeure
P:Floods, drought, epidemics or other events beyond the parties' control suspend the affected obligations for their duration. The party affected shall inform the other party promptly.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:Article 16 Final Provisions
P:This Contract is made in Chinese and English, in four originals, two for each party. Both texts are equally authentic. It takes effect on signature and sealing by both parties.
P:Buyer (seal): ____________________ Authorised representative / Date
P:Supplier (seal): ____________________ Authorised representative / Date
"""
SOURCES["h271e04"] = """T:MANAGED MODERN WORKPLACE SERVICES AGREEMENT
P:Reference: EVN-MW-2025-219
P:THIS AGREEMENT is entered into by and between:
P:Xiamen Haixi Shipping Agency Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China ("Client"); and
P:Evens Digital Services SAS, a company incorporated in France with its registered office on the Ile des Evens (Île des Évens), France ("Provider"), acting in China through its appointed local service partner listed in Schedule 4.
P:WHEREAS the Client, a shipping agency serving ship owners and cargo interests at the ports of Xiamen and Zhangzhou, uses Microsoft 365 (operated in China by 21Vianet) for e-mail, Teams and document storage, and about 180 laptops and desktops across its head office, two port offices and a branch in Quanzhou; and WHEREAS the Client wishes to have its Microsoft 365 tenant and its endpoints managed by a specialist provider; the parties agree as follows. All amounts in this Agreement are in Chinese Yuan (CNY), at the Client's request.
H:1. Services
P:1.1 The Provider shall provide the following managed services (the "Services"): (a) administration of the Client's Microsoft 365 tenant, including users, licences, mailboxes, shared mailboxes for each vessel call, Teams, SharePoint sites and retention policies; (b) endpoint management of up to 180 Windows devices through Intune, including enrolment, configuration profiles, patching within the windows in Schedule 2, disk encryption and application deployment; (c) endpoint protection monitoring and response using the Client's licensed anti-malware platform; (d) a service desk in Chinese and English for the Client's staff; and (e) monthly reporting and a quarterly service review.
P:1.2 Onboarding. Before the Services start the Provider shall review the current tenant, clean up dormant accounts, re-enrol all devices into Intune, apply the agreed security baseline and document the environment (the "Onboarding").
P:1.3 Term. The Services run for twenty-four months from the Service Commencement Date, which is the date of Service Acceptance under clause 3. The Agreement ends at the end of the term unless the parties sign a written extension.
H:2. Charges and Payment
P:2.1 The total contract value is CNY 930,000, made up as follows:
TB:Charge|Basis|Amount (CNY)
TB:Monthly service charge|CNY 36,500 x 24 months|876,000
TB:Onboarding charge|one-time|54,000
TB:Total||930,000
P:2.2 The monthly service charge covers up to 180 managed devices and 200 Microsoft 365 users. Additional devices are charged pro rata at CNY 190 per device per month, which is not part of the contract value.
P:2.3 The onboarding charge is invoiced after Service Acceptance. The monthly service charge is invoiced at the end of each month of service. No amount is payable in advance. The Client shall pay correct invoices within thirty days.
H:3. Onboarding and Service Acceptance
P:3.1 The Provider shall complete Onboarding within forty-five days after signature. If Onboarding is not completed on time for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay.
P:3.2 Service Acceptance requires that: (a) all active devices are enrolled in Intune and compliant with the security baseline, with a compliance report showing at least 97% of devices compliant; (b) multi-factor authentication is enforced for every user; (c) the tenant documentation, the runbooks and the administrator account list have been delivered; (d) a test of the service desk with twenty sample tickets has been passed; and (e) a restore test of mailbox and SharePoint data from the backup service has succeeded. The Client signs a Service Acceptance certificate when these criteria are met. The start of service desk operation or any payment is not acceptance.
H:4. Service Levels
P:4.1 Incidents are classified by priority. Priority 1: Microsoft 365 access or e-mail is unavailable for a whole office, or a malware outbreak or account compromise is detected. Priority 2: a group of users or a critical application is affected. Priority 3: an individual user is affected. Priority 4: service requests.
P:4.2 Response and resolution targets: Priority 1 - response within fifteen minutes, 24 hours a day, and resolution or workaround within three hours; Priority 2 - response within one hour and resolution within one business day; Priority 3 - response within two business hours and resolution within two business days; Priority 4 - fulfilment within three business days.
P:4.3 Endpoint patching: critical security patches shall be deployed to at least 95% of managed devices within seven days after release.
P:4.4 Service credits: for each Priority 1 incident whose response or resolution target is missed, the Client receives a credit of 3% of the monthly service charge; if fewer than 90% of the tickets of any other priority meet their targets in a month, the Client receives a credit of 5% of that month's charge. Credits are capped at 25% of the monthly charge and deducted from the next invoice.
P:4.5 Reporting: by the fifth business day of each month the Provider shall deliver a service report showing ticket volumes and target attainment by priority, patch compliance, devices out of compliance, security alerts and actions taken, licence usage and recommendations. Each quarter the service manager shall meet the Client's IT manager to review the reports, agree improvement actions and plan changes for the next quarter, such as the opening of a new port office.
H:5. Client Data and Security
P:5.1 All data in the Client's tenant and on its devices, including e-mails, documents, crew and cargo records, customs documents and personal information ("Client Data"), belongs to the Client. The Provider may access Client Data only as necessary to perform the Services and shall not use, copy or disclose it for any other purpose.
P:5.2 The Provider shall use named administrator accounts with multi-factor authentication and privileged-access workflows approved by the Client, log all administrative actions and keep the logs for eighteen months, keep Client Data within the Client's tenant hosted in mainland China, and never export Client Data to the Provider's systems in France or elsewhere. The Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Client's information security policy.
P:5.3 The Provider shall notify the Client of any actual or suspected security incident affecting Client Data within two hours after becoming aware of it, contain it, support the Client's investigation and any report to authorities, and compensate the Client for losses caused by an incident attributable to the Provider or its personnel.
P:5.4 At the end of the Agreement the Provider shall hand back all administrator credentials, remove its accounts and confirm in writing that it holds no Client Data.
H:6. Deliverables and Intellectual Property
P:6.1 The tenant documentation, runbooks, Intune configuration profiles, scripts and reports prepared for the Client under this Agreement belong to the Client from creation. The Client may use, modify and share them freely, including with any successor provider.
P:6.2 The Provider keeps its general tools, know-how and templates that existed before this Agreement or are developed independently of it.
H:7. Confidentiality
P:Each party shall keep confidential all non-public information of the other party, including the Client's customer lists, vessel schedules, freight rates and network details, use it only for this Agreement and protect it with at least reasonable care. The obligation survives for five years after the end of this Agreement.
H:8. Personnel and Subcontracting
P:8.1 The Provider shall assign a named service manager and a team of engineers with Microsoft certifications. The service desk is operated by the Provider's local service partner named in Schedule 4, which the Client approves by signing this Agreement.
P:8.2 Apart from the partner named in Schedule 4, the Provider shall not subcontract any part of the Services without the Client's prior written consent. The Provider remains responsible for all work done by its partner and any approved subcontractor.
H:9. Liability
P:The total liability of either party under this Agreement is limited to 150% of the total contract value. The limit does not apply to breach of clauses 5 and 7, to personal injury or to wilful misconduct.
H:10. Termination
P:10.1 The Client may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within twenty days after notice, or if Priority 1 targets are missed in three consecutive months.
P:10.2 Either party may terminate if the other becomes insolvent.
P:10.3 On expiry or termination the Provider shall provide exit assistance for up to forty-five days, including a hand-over workshop with the Client or a successor provider, at no additional charge.
H:11. Governing Law and Disputes
P:11.1 This Agreement is governed by the laws of France.
P:11.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Rules of Arbitration of the International Chamber of Commerce. The seat of arbitration is Paris and the language is English.
H:12. General
P:12.1 Changes to the scope of the Services require a written change order signed by both parties, stating any change to the charges.
P:12.2 Neither party is liable for delay caused by force majeure, including typhoons affecting Xiamen, but the Provider shall maintain remote service during such events where possible.
P:12.3 Schedules: 1 - Service Description; 2 - Patch Windows; 3 - Security Baseline; 4 - Local Service Partner. The Schedules form part of this Agreement.
P:Signed for the Client: ____________________ Name / Title / Date
P:Signed for the Provider: ____________________ Name / Title / Date
"""
SOURCES["h271e05"] = """T:Geocoding API Subscription Agreement
P:Agreement number: SEN-API-CN-2025-052
P:Between **Sentado Geodata, Lda.**, a company registered in Portugal with its seat on the Ilhéu Sentado, Portugal ("Sentado"), and **Chengdu Kuaiwei Food Delivery Network Technology Co., Ltd.**, Gaoxin District, Chengdu, Sichuan Province, People's Republic of China ("Customer").
P:Purpose. The Customer runs a food-delivery platform in Chengdu and eleven other cities in south-west China. Its dispatch system needs to convert the free-text delivery addresses typed by consumers into coordinates, and to match them with residential compounds, building numbers and gates, so that riders are sent to the right entrance. Sentado operates a geocoding and address-matching API with a data set of Chinese addresses. The Customer subscribes to that API on the terms of this Agreement. At the Customer's request all fees are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "API" means Sentado's geocoding, reverse-geocoding and address-matching interfaces described in Annex A, as updated from time to time without reducing their functions.
P:1.2 "Committed Volume" means 60 million API calls per month.
P:1.3 "Customer Data" means the addresses, coordinates, order identifiers and other data sent by the Customer to the API, the results returned to the Customer, and the logs of the Customer's calls.
P:1.4 "Production Readiness" means the Customer's written confirmation under clause 4.
P:1.5 "Custom Rules" means the address-normalisation rules, the alias dictionary of residential compounds, office parks and campuses, and the gate-matching tables that Sentado builds for the Customer under clause 3.
H:2. Subscription and term
P:2.1 Sentado grants the Customer the right to call the API from the Customer's own systems for the Customer's delivery business during the term.
P:2.2 The term is twenty-four months from Production Readiness. It renews for further periods of six months at the same fees unless either party gives written notice at least ninety days before the end of the current period.
H:3. Integration support
P:3.1 Sentado shall provide integration support: a sandbox environment, engineering support for connecting the Customer's dispatch system, a data-quality review of a sample of two million historical delivery addresses supplied by the Customer, and the building of the Custom Rules.
P:3.2 Sentado will use reasonable efforts to complete integration support within sixty days after signature. The timetable depends on the Customer providing the sample data and test access on time.
H:4. Production Readiness
P:4.1 Before production use the parties shall test the API against a test set of 10,000 real delivery addresses from the twelve cities, agreed in advance. Production Readiness requires that (a) at least 97% of the test addresses are matched at building level with a position error of no more than 30 metres; (b) at least 90% of the addresses in gated compounds are matched to the correct gate; (c) the 95th-percentile response time measured from the Customer's data centre in Chengdu is below 150 milliseconds at a load of 3,000 calls per second; and (d) the Custom Rules have been delivered with their documentation.
P:4.2 When these criteria are met the Customer confirms Production Readiness in writing. Calls made in the sandbox or during the test are not production use, and neither they nor any payment constitute Production Readiness.
H:5. Fees
P:5.1 Fees:
TB:Item|Basis|Amount (CNY)
TB:Monthly subscription, Committed Volume|CNY 58,000 per month x 24 months|1,392,000
TB:Integration support and Custom Rules|one-time|36,000
TB:Total contract value||1,428,000
P:5.2 Calls above the Committed Volume in any month are charged at CNY 0.6 per 1,000 calls. These overage charges depend on use and are not part of the total contract value.
P:5.3 The integration support fee is invoiced after Production Readiness. The monthly subscription is invoiced quarterly in arrears, for the three months just ended. No fee is payable in advance. The Customer pays correct invoices within thirty days.
H:6. Service levels
P:6.1 Availability. The API shall be available at least 99.95% of each calendar month, measured by Sentado's monitoring at the API gateway, excluding scheduled maintenance announced seven days in advance and performed between 02:00 and 05:00 Beijing time.
P:6.2 Latency. The 95th-percentile response time at the API gateway shall remain below 150 milliseconds for the Committed Volume.
P:6.3 Support. A Severity 1 incident is one where the API is unavailable or returns errors for more than 5% of calls. Sentado shall respond to a Severity 1 incident within thirty minutes at any time of day and keep working on it until service is restored. Severity 2 incidents are answered within two hours and Severity 3 incidents within one business day.
P:6.4 Reporting. Sentado shall publish monthly availability and latency figures in the Customer's console.
P:6.5 Service levels are targets. Sentado does not give service credits, fee reductions or any other compensation for failing to meet them, and the Customer's remedy for repeated failure is set out only in clause 12.
H:7. Customer Data
P:7.1 Customer Data belongs to the Customer. Sentado may use Customer Data only to provide the API and support to the Customer under this Agreement. Sentado shall not sell Customer Data, use it to improve its general address data set, or combine it with data of other customers.
P:7.2 Sentado shall delete the Customer's query logs ninety days after the call, and all other Customer Data within thirty days after the end of this Agreement.
H:8. Custom Rules and intellectual property
P:8.1 The API, the underlying address data set and Sentado's software remain the property of Sentado and its licensors.
P:8.2 The Custom Rules are made for the Customer and belong to the Customer. Sentado shall deliver them in a documented, machine-readable format. The Customer may use, modify and license them freely, including in its own systems or with another geocoding provider, during and after the term.
P:8.3 Sentado shall defend the Customer against any claim that the Customer's use of the API in accordance with this Agreement infringes a third party's rights in the People's Republic of China, and shall pay any resulting damages and costs.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information, including the Customer's order volumes, delivery areas and rider dispatch logic and Sentado's pricing, and shall use it only for this Agreement. This obligation continues for three years after the end of the Agreement.
H:10. Compliance
P:10.1 Sentado warrants that its address data set was collected lawfully and that the API results displayed on maps comply with the surveying and mapping rules of the People's Republic of China, including the use of the official coordinate system.
P:10.2 Sentado shall serve the API from data centres located in mainland China.
P:10.3 Sentado shall keep its address data set current. New residential compounds, renamed roads and new gates reported by the Customer's riders through the feedback interface in Annex A shall be reviewed within ten business days, and confirmed corrections shall be reflected in the API results for the Customer.
P:10.4 Each quarter Sentado shall send the Customer a data-quality report for the twelve cities, listing the share of calls matched at building level, the most frequent unmatched address patterns and the corrections made, and shall propose changes to the Custom Rules where the match rate in a city has fallen. The parties shall discuss the report in a quarterly call, and agreed changes to the Custom Rules are made without extra charge.
H:11. Liability
P:The total liability of each party under this Agreement is limited to twice the total contract value. Neither party is liable for loss of profit or other indirect loss, except for breach of clause 9 or wilful misconduct.
H:12. Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice.
P:12.2 The Customer may also terminate by written notice if monthly availability falls below 99.5% in any two months within a period of six months. In that case the Customer pays fees only up to the date of termination.
P:12.3 On expiry or termination Sentado shall continue the API for up to sixty days on request, at the same monthly fee pro rata, so that the Customer can migrate.
H:13. Subcontracting and assignment
P:13.1 Sentado shall not subcontract the provision of the API or the support to a third party without the Customer's prior written consent, except for the mainland data-centre providers named in Annex B, which the Customer approves by signing this Agreement.
P:13.2 Neither party may assign this Agreement without the other party's written consent.
H:14. Governing law and disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The arbitral award is final.
H:15. General
P:15.1 This Agreement, with Annex A (API description), Annex B (data-centre providers) and Annex C (test set and acceptance procedure), is the entire agreement on its subject.
P:15.2 Amendments require a written document signed by both parties.
P:15.3 Force majeure suspends the affected obligations while it lasts. A party affected shall inform the other party promptly and take reasonable steps to limit the effects.
P:15.4 This Agreement is made in English and Chinese. Both texts are signed and equally valid.
P:For Sentado Geodata, Lda.: ____________________ Name / Title / Date
P:For the Customer: ____________________ Name / Title / Date
"""

TARGETS = {
    "h271z01": ("h271z01_traffic_police_violation_platform.docx", "docx"),
    "h271z02": ("h271z02_dairy_uht_cip_control_system.txt", "txt"),
    "h271z03": ("h271z03_kindergarten_parent_app_saas.md", "md"),
    "h271z04": ("h271z04_county_land_registry_annual_om.pdf", "pdf"),
    "h271z05": ("h271z05_tea_oil_mes_supplier_template.md", "md"),
    "h271e01": ("h271e01_sandalwood_fan_engraving_licences.txt", "txt"),
    "h271e02": ("h271e02_geopark_ticketing_saas_order_form.pdf", "pdf"),
    "h271e03": ("h271e03_rice_coop_paddy_water_sensors.docx", "docx"),
    "h271e04": ("h271e04_shipping_agency_managed_m365_endpoint.txt", "txt"),
    "h271e05": ("h271e05_food_delivery_geocoding_api.md", "md"),
}


def render_text(src, md):
    out, table = [], []

    def flush():
        if not table:
            return
        if md:
            n = max(len(r) for r in table)
            rows = [r + [""] * (n - len(r)) for r in table]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * n)
            out.extend("| " + " | ".join(r) + " |" for r in rows[1:])
        else:
            out.extend("  ".join(c for c in r if c) for r in table)
        out.append("")
        table.clear()

    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append(text.split("|"))
            continue
        flush()
        if tag == "T":
            out += ["# " + text if md else text, ""]
        elif tag == "H":
            out += ["## " + text if md else text, ""]
        else:
            out += [text, ""]
    flush()
    return "\n".join(out).rstrip("\n") + "\n"


# ---- price and payment arithmetic (asserted) ----
assert 1280000 + 860000 + 214000 + 146000 + 36000 == 2536000
assert 507200 + 1141200 + 887600 == 2536000 and 2536000 * 20 // 100 == 507200 and 2536000 * 45 // 100 == 1141200
assert 2536000 * 35 // 100 == 887600 and 1280000 * 9 // 100 == 115200 and 2536000 * 5 // 100 == 126800
assert 468000 + 312000 + 286000 + 194000 + 100000 == 1360000 and 1360000 + 168000 + 56000 == 1584000
assert 316800 + 792000 + 396000 + 79200 == 1584000 and 1584000 * 20 // 100 == 316800 and 1584000 // 2 == 792000
assert 1584000 * 25 // 100 == 396000 and 1584000 * 5 // 100 == 79200 and 1360000 * 25 // 100 == 340000
assert 9600 * 30 * 3 == 864000 and 864000 + 76000 == 940000 and 9600 * 30 // 4 == 72000 and 72000 * 12 == 864000
assert 336000 + 142000 + 64000 + 44000 == 586000 and 146500 * 4 == 586000
assert 620000 + 540000 + 118000 + 22000 == 1300000 and 650000 + 585000 + 65000 == 1300000
assert 1300000 // 2 == 650000 and 1300000 * 45 // 100 == 585000 and 1300000 * 5 // 100 == 65000
assert 6 * 58000 == 348000 and 348000 + 64000 + 28000 == 440000 and 88000 + 198000 + 154000 == 440000
assert 440000 * 20 // 100 == 88000 and 440000 * 45 // 100 == 198000 and 440000 * 35 // 100 == 154000
assert 348000 * 14 // 100 == 48720
assert 42000 * 36 == 1512000 and 1512000 + 88000 == 1600000
assert 240 * 2350 == 564000 and 12 * 9800 == 117600 and 240 * 420 == 100800
assert 564000 + 117600 + 96000 + 100800 == 878400 and 878400 + 74600 + 12000 == 965000
assert 337750 + 405300 + 221950 == 965000 and 965000 * 35 // 100 == 337750 and 965000 * 42 // 100 == 405300
assert 965000 * 23 // 100 == 221950 and 878400 * 8 // 100 == 70272
assert 36500 * 24 == 876000 and 876000 + 54000 == 930000
assert 58000 * 24 == 1392000 and 1392000 + 36000 == 1428000

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (language, category, terms in TERM_KEYS order, extra, plan)
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
# plan: forum outside mainland China, TCO fee base, the planned rule list
LABELS = {
    "h271z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False, True,
                                   False, "PRC", G], (True, True, True, False, 2536000), (False, 1280000, [])),
    "h271z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, False, 0.08, None, 20, True, True, 18, 25, False, True,
                                   False, "PRC", G], (True, True, True, False, 1584000),
                (False, 1360000, ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])),
    "h271z03": ("zh", "cloud", [99.5, 1, True, "buyer", True, False, True, 800 / 940000 * 100, 200, None, True, None, None,
                                None, True, True, False, "PRC", S], (True, True, None, False, 940000),
                (False, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])),
    "h271z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.2, None, None, True, None, None, None,
                                   False, True, False, "PRC", S], (True, True, None, False, 586000), (False, None, [])),
    "h271z05": ("zh", "software", [None, 12, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, None, False,
                                   True, True, "PRC", G], (True, True, False, True, 1300000),
                (False, 620000, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                                 "CR-SUBCONTRACT", "CR-WARRANTY"])),
    "h271e01": ("en", "software", [None, None, None, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 14, False, True,
                                   False, "Italy", G], (False, True, True, False, 440000),
                (True, 348000, ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])),
    "h271e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 1200 / 1600000 * 100, 6 / 36 * 100, None, True,
                                None, None, None, False, False, True, "PRC", S], (True, True, None, False, 1600000),
                (False, None, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT", "CR-TERMINATION"])),
    "h271e03": ("en", "hardware", [None, 2, True, "buyer", True, True, True, 0.02, None, 35, True, True, 24, 8, False, True,
                                   False, "PRC", G], (True, True, True, False, 965000),
                (False, 878400, ["CR-LD-LOW", "CR-PREPAYMENT"])),
    "h271e04": ("en", "services", [None, 0.25, True, "buyer", True, True, True, 900 / 930000 * 100, 150, None, True, None,
                                   None, None, False, True, False, "France", S], (True, True, None, False, 930000),
                (True, None, ["CR-GOVERNING-LAW"])),
    "h271e05": ("en", "cloud", [99.95, 0.5, False, "buyer", False, True, True, None, 200, None, True, None, None, None, False,
                                True, False, "PRC", S], (True, False, None, False, 1428000),
                (False, None, ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"])),
}

# figures each label rests on: they must appear in the read-back text
FIGS = {
    "h271z01": ["99.95%", "30分钟内响应", "¥1,000", "千分之一", "20%", "三十六个月", "9%", "不允许分包", "适用中华人民共和国法律", "2,536,000", "1,280,000"],
    "h271z02": ["1小时内响应", "¥800", "万分之八", "20%", "十八个月", "25%", "340,000", "书面同意", "1,584,000", "1,360,000"],
    "h271z03": ["99.5%", "1小时内响应", "¥800", "两倍", "自动续期", "10%", "去标识化", "书面同意", "940,000", "不设预付款"],
    "h271z04": ["99.95%", "15分钟内响应", "¥2,000", "千分之二", "不得分包", "586,000", "不预付任何费用"],
    "h271z05": ["12小时内响应", "承担任何扣款、赔偿或违约责任", "归乙方所有", "脱敏", "万分之二", "20%", "50%", "六个月", "当年度公布的服务价格标准",
                "无需另行取得甲方同意", "即视为甲方验收合格", "1,300,000", "620,000"],
    "h271e01": ["commercially reasonable efforts", "0.1%", "150%", "20%", "eighteen months", "14%", "48,720", "laws of Italy",
                "Milan", "440,000", "348,000"],
    "h271e02": ["99.95%", "thirty (30) minutes", "CNY 2,000", "CNY 1,200", "six months immediately preceding", "Thirty-six (36)",
                "written notice", "sole and exclusive remedy", "1,600,000"],
    "h271e03": ["two hours", "CNY 500", "0.02%", "35%", "twenty-four months", "8%", "70,272", "prior written consent", "965,000",
                "878,400"],
    "h271e04": ["fifteen minutes", "3%", "CNY 900", "150%", "laws of France", "Paris", "No amount is payable in advance", "930,000"],
    "h271e05": ["99.95%", "thirty minutes", "does not give service credits", "reasonable efforts", "twice the total contract value",
                "1,428,000", "No fee is payable in advance"],
}


def apply_rules(t, x, plan):
    """policy §3 on the labelled terms; returns the sorted rule ids"""
    forum_out, fee_base, _ = plan
    goods = t["contract_kind"] == G
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and t["sla_remedy"] is False:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and t["warranty_months"] is not None:
            years = max(0.0, 5 - t["warranty_months"] / 12)
            fees = fee_base * t["post_warranty_fee_pct"] / 100 * years
            share = fees / (x["contract_value"] + fees) * 100
            assert abs(share - 40) > 0.5, share
            TCO[key_now[0]] = (x["contract_value"] + fees, share)
            if share > 40:
                r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or forum_out:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
TCO, key_now = {}, [None]


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"

THRESHOLDS = {
    "prepayment 30 %": r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per ?cent)|百分之三十(?![点\d])|thirty per ?cent",
    "P1 response 4 h": r"(?<![\d.])4(?:\.0+)?\s*(?:小时|个小时|h\b|hours?\b|-hour)|(?<![十二三])四个?小时|(?<![-\w])four[ -]hours?",
    "availability 99.9 %": r"(?<![\d.])99\.90*(?!\d)|百分之九十九点九(?![一二三四五六七八九\d])|ninety-nine point nine(?![ -]?(?:one|two|three|four|five|six|seven|eight|nine))",
    "LD 0.05 %/day": r"(?<![\d.])0\.050*(?!\d)\s*(?:%|％|per ?cent)|万分之五(?!十)|千分之零点五|(?<![\d.])0\.0005(?!\d)",
    "liability cap 100 %": r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per ?cent)|百分之一?百(?![零一二三四五六七八九十\d])|one hundred per ?cent",
    "post-warranty fee 15 %": r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per ?cent)|百分之十五(?![点\d])|fifteen per ?cent",
    "warranty 12 months": r"(?<![\d.])12\s*(?:个月|months?\b|-month)|十二个月|twelve[ -](?:\(12\) )?months?|一年质保|质保期(?:为)?一年|one-year warranty|warranty of one year",
    "TCO share 40 %": r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per ?cent)|百分之四十(?![点\d])|forty per ?cent",
}
POS = ["预付30%", "百分之三十", "4小时内", "四小时", "four hours", "4 hours", "99.9%", "99.90 %", "0.05%", "万分之五", "100%",
       "百分之百", "15%", "百分之十五", "12个月", "十二个月", "twelve months", "12-month", "40%", "百分之四十", "forty percent"]
NEG = ["130%", "24小时", "二十四小时", "twenty-four hours", "99.95%", "99.5%", "0.055%", "万分之五十", "1,500", "15个工作日",
       "120日", "35%", "240", "412 months"[1:] + "x", "14%", "0.02%", "400%", "4G gateway", "45%"]
ALL = re.compile("|".join("(?:%s)" % v for v in THRESHOLDS.values()), re.I)
for p in POS:
    assert ALL.search(p), p
for n in NEG:
    assert not ALL.search(n), n


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return sum(1 for w in text.split() if re.search(r"[A-Za-z0-9]", w))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, built, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(render_text(SOURCES[key], kind == "md"), encoding="utf-8")
            print("wrote", name)
    failures = []
    for key, (name, kind) in TARGETS.items():
        lang, cat, vals, ex, plan = LABELS[key]
        terms = dict(zip(TERM_KEYS, vals))
        extra = {"sla_clause": ex[0], "ld_stated": ex[1]}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = ex[2]
        else:
            assert ex[2] is None
        extra["acceptance_deemed_on_delivery"] = ex[3]
        extra["contract_value"] = ex[4]
        key_now[0] = key
        rules = apply_rules(terms, extra, plan)
        assert rules == sorted(plan[2]), (key, rules, plan[2])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                         encoding="utf-8")
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)
        for fig in FIGS[key]:
            f = re.sub(r"\s+", "", fig) if lang == "zh" else fig
            if f not in flat:
                failures.append("%s: figure %r not in read-back text" % (name, fig))
        for what, rx in THRESHOLDS.items():
            for m in re.finditer(rx, text, re.I):
                failures.append("%s: threshold %s matched %r" % (name, what, m.group(0)))
        n = length(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        ok = lo <= n <= hi
        if not ok:
            failures.append("%s: length %d outside %d-%d" % (name, n, lo, hi))
        tco = TCO.get(key)
        print("%-52s %s %5d %-6s %s%s" % (name, lang, n, risk(rules), ",".join(r[3:] for r in rules) or "(none)",
                                          "  TCO %.0f share %.2f%%" % tco if tco else ""))
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("all checks passed")
