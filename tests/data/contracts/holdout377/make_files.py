"""holdout377: writes the ten held-out draft contracts, their .json labels, and checks them.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
The .docx / .pdf files are built with ../word_pdf.py (write(..., wrap_words=True)); .txt / .md are written directly.
Every built file is read back (python-docx paragraphs + table rows; pypdf pages; file text), its length is asserted,
the raw and whitespace-normalised texts are scanned for threshold figures, and the labels are checked.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 烟草专卖局 零售许可证管理平台 (政府采购 公开招标, buyer's paper) — .pdf, 第X条 + 1.1 — compliant
# ---------------------------------------------------------------------------------------------------------------
Z01 = """
T:烟草专卖零售许可证管理平台建设项目政府采购合同
P:合同编号：QXYC-ZFCG-2025-017
P:采购项目编号：QXCG-GK-0342（公开招标）
P:甲方（采购人）：青溪市烟草专卖局
P:地址：青溪市滨河东路88号
P:乙方（中标供应商）：杭州澄衡信息技术有限公司
P:地址：杭州市西湖区文三路278号
P:鉴于甲方就烟草专卖零售许可证管理平台建设项目依法组织公开招标，乙方为中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，双方以招标文件、乙方投标文件及中标通知书为依据，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设烟草专卖零售许可证管理平台（以下简称"平台"），覆盖许可证新办、延续、变更、停业、恢复营业、歇业及注销的网上受理、审查、实地核查、审批、发证全流程，并提供合理布局测距、电子证照、许可档案和统计分析功能。
P:1.2 平台部署于甲方使用的政务云资源，须与省级专卖管理信息系统、市场主体登记系统和电子证照库对接。功能、性能及安全要求以附件一《需求规格说明书》为准。
P:1.3 乙方负责软件产品许可、定制开发、历史许可数据迁移、部署实施、培训及质保期内的维护服务。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,560,000元（大写：壹佰伍拾陆万元整），为固定总价，已包含税费及完成本项目所需的全部费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|许可证管理平台软件产品许可（永久）|720,000
TB:2|中间件及数据库软件许可（永久）|180,000
TB:软件许可小计||900,000
TB:3|定制开发（布局测距、电子证照对接、统计分析）|480,000
TB:4|历史许可数据迁移|126,000
TB:5|部署实施及培训|54,000
TB:合同总价||1,560,000
P:2.2 除本合同另有约定外，甲方不承担上述价款以外的任何费用。
H:第三条 付款方式
P:3.1 本合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的25%，即人民币390,000元，作为预付款。
P:3.2 平台上线试运行满30日并通过初步验收后，甲方支付合同总价的50%，即人民币780,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价的25%，即人民币390,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 实施进度
P:4.1 乙方应在合同签订后150日内完成平台部署并上线试运行，试运行期为60日。
P:4.2 乙方应在合同签订后10个工作日内提交实施方案，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.3 乙方应每两周提交项目进度报告，如实说明完成情况、存在问题和下一步安排；甲方有权对实施过程进行检查。
H:第五条 验收
P:5.1 初步验收由甲方组织，内容包括：按附件一逐项测试全部功能；迁移后的许可证记录与原系统逐条核对，数量及关键字段无差异；在500个并发用户下，常用业务页面响应时间不超过3秒；由甲方委托的第三方测评机构完成网络安全等级保护测评，无高风险问题。
P:5.2 最终验收在试运行期满后进行，条件为：试运行期间未发生一级故障；初步验收遗留问题全部整改完毕；源代码、数据库设计说明、运维手册等文档已全部移交。
P:5.3 平台上线、甲方实际使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和每季度一次的巡检。
P:6.2 故障分级及响应：一级故障（平台整体不可用或许可业务无法受理）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障（咨询及一般问题）1个工作日内答复。
P:6.3 质保期内平台月度可用率不低于99.95%（计划内维护时间不计入）。
P:6.4 响应或到场超时的，每超时1小时扣减履约保证金人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币800元。
H:第七条 质保期满后的维护
P:7.1 质保期满后甲方需要继续维护的，乙方按软件许可小计的9%，即每年人民币81,000元提供维护服务；该价格在质保期满后的前两个维护年度内不得上调，此后如需调整，调整幅度不超过3%，并须双方书面确认。
P:7.2 维护服务另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 定制开发形成的源代码、数据库设计、接口程序及全部文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
P:8.2 乙方原有平台软件产品的著作权仍归乙方所有，甲方取得永久、不可撤销的使用许可。
P:8.3 乙方保证所交付成果不侵犯第三方权利，因此引起的纠纷由乙方负责处理并承担费用。
H:第九条 数据安全
P:9.1 平台中的零售户身份信息、经营场所信息、许可档案及日志数据均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，访问生产环境须经甲方审批并通过堡垒机进行，测试只能使用甲方提供的脱敏数据。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、业务资料及技术信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在本合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定的时间上线或通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:11.3 乙方交付的平台不符合约定的，应负责整改，并赔偿甲方因此遭受的损失。
H:第十二条 分包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过60日，或发生重大数据安全事件，或有其他严重违约行为经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件、中标通知书及附件为本合同组成部分。
P:15.2 附件一：需求规格说明书；附件二：实施方案；附件三：分项报价表。
P:甲方（盖章）：青溪市烟草专卖局　　代表人：　　日期：
P:乙方（盖章）：杭州澄衡信息技术有限公司　　代表人：　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 面粉厂 制粉车间控制系统改造 + 质保期满后维保 — .docx, 一、/（一）, Word price table
# ---------------------------------------------------------------------------------------------------------------
Z02 = """
T:制粉车间控制系统改造项目合同
P:合同编号：HR-SB-2025-031
P:甲方（买方）：周口禾润面粉有限公司
P:地址：河南省周口市川汇区工业大道16号
P:乙方（卖方）：郑州恒控自动化工程有限公司
P:地址：郑州市高新区科学大道112号
P:甲方制粉车间现有控制系统运行多年，设备老化、备件短缺。为提高生产稳定性和粉尘防爆安全水平，甲方决定对制粉车间控制系统实施改造。经询价比选，甲方选定乙方承担本项目。双方依据《中华人民共和国民法典》，经友好协商，签订本合同。
H:一、项目范围
P:（一）乙方负责制粉车间清理、制粉、打包三个工段控制系统的设计、供货、安装、调试和培训，拆除旧控制柜并恢复现场。
P:（二）改造后的系统应实现全车间集中控制、设备联锁、料位及温湿度监测、除尘负压监测和粉尘防爆联锁，技术要求见附件一《技术规格书》。
P:（三）改造须利用甲方计划停产检修期分段施工，单次停产时间不超过7日。乙方应在每段施工前5日提交施工方案和停产计划，经甲方生产部和安全部会签后实施。
P:（四）乙方应保证新系统与甲方保留的打包秤、色选机和中控室大屏正常通信，并负责完成旧系统运行数据的导出和归档。
P:（五）乙方所供设备应为原厂全新正品，防爆区域内的设备须具有相应等级的防爆合格证。
H:二、合同价款
P:（一）本合同总价为人民币2,130,000元（含13%增值税），为固定总价。分项如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|612,000
TB:2|变频器|48台|374,400
TB:3|料位、温湿度及负压传感器|1批|226,600
TB:4|上位机及工程师站（含工控机）|4套|168,000
TB:5|SCADA组态软件许可（永久）|1套|286,000
TB:6|除尘及防爆联锁模块|1批|193,000
TB:软硬件小计|||1,860,000
TB:7|安装调试及旧系统拆除|1项|238,000
TB:8|操作及维护培训|1项|32,000
TB:合同总价|||2,130,000
P:（二）合同总价包括设备、软件、运输、保险、安装、调试、培训及税费，甲方不再另行支付其他费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%，即426,000元，作为预付款。
P:（二）全部设备到货并安装完毕后，甲方支付合同总价的50%，即1,065,000元。到货安装不代表甲方对质量的认可，不视为验收。
P:（三）最终验收合格后，甲方支付合同总价的25%，即532,500元。
P:（四）剩余5%，即106,500元，作为质量保证金，在质保期届满且无质量争议后15个工作日内无息支付。
H:四、交货与工期
P:（一）乙方应在合同签订后60日内将全部设备运抵甲方厂区，并在到货后45日内完成安装调试。
P:（二）乙方应服从甲方的安全生产管理，进入车间须遵守动火、登高、粉尘防爆等作业规定。
P:（三）乙方应指派具有面粉行业控制系统改造经验的项目经理常驻现场，并配备电气、仪表和软件工程师各不少于1名。项目经理更换须经甲方书面同意。
P:（四）设备到货时，双方共同开箱检验，核对型号、数量、合格证和防爆认证文件。开箱检验仅确认外观和数量，不代表质量合格。
H:五、验收
P:（一）安装调试完成后，系统连续带料运行72小时，期间全部联锁动作正确、无停机故障，各检测点读数与校准仪表偏差不超过技术规格书要求，方可申请验收。
P:（二）甲方依据技术规格书组织最终验收，逐项核对I/O点、联锁逻辑、报警记录和操作画面，验收合格后双方签署验收报告。
P:（三）系统投入生产使用、甲方支付部分款项，均不视为验收合格。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换出现质量问题的设备和软件。
P:（二）一级故障（任一工段停机或防爆联锁失效）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备或单个检测点故障）2小时内响应，24小时内到达现场。
P:（三）乙方响应或到场超时的，每超时1小时向甲方支付800元，从质量保证金中扣除。
P:（四）质保期内乙方每季度上门巡检一次，检查控制柜、变频器散热和传感器校准情况，并提交巡检报告。因设备质量问题更换的部件，其质保期自更换之日起重新计算。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方为甲方提供年度维保服务，内容包括每季度巡检、软件升级、故障抢修和备件更换（备件费用另计）。
P:（二）维保年费按软硬件小计的28%计取，即每年人民币520,800元。该价格在质保期满后的前四个维保年度内固定不变。
P:（三）维保服务按年度签署确认单，不自动续期。
H:八、培训
P:（一）乙方应在系统投运前对甲方中控操作人员、电工和仪表工进行培训，培训时间不少于5个工作日，内容包括操作画面、联锁逻辑、报警处理、日常点检和常见故障排除。
P:（二）乙方应提供中文操作手册、维护手册、电气原理图、I/O清单及程序备份各两套，并提交电子版。
H:九、知识产权
P:（一）乙方为本项目编写的PLC程序、组态画面、联锁逻辑及其源文件归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）SCADA组态软件及设备内置软件的著作权归其权利人所有，甲方获得永久使用许可。
H:十、数据安全与保密
P:（一）系统产生的生产数据、配方参数、报警和操作记录均属于甲方。乙方不得复制、带离或用于本合同以外的目的。
P:（二）控制网络与办公网络物理隔离。乙方远程维护须事先取得甲方书面批准，并在甲方监督下通过专用通道进行，结束后立即断开。
P:（三）因乙方原因导致数据泄露、控制系统被入侵或篡改的，乙方应在1小时内报告甲方，并承担由此造成的全部损失。
P:（四）双方对在履行本合同中知悉的对方技术秘密和商业信息负有保密义务，保密期限至本合同终止后三年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:（三）乙方提供的设备不符合约定的，应在10日内免费更换，并赔偿甲方因停产造成的直接损失。
H:十二、分包
P:乙方可将电缆桥架敷设等辅助施工分包给具备资质的单位，但须事先取得甲方书面同意，乙方对分包工作承担全部责任。其余工作不得分包。
H:十三、合同解除
P:乙方逾期超过30日，或设备经两次整改仍不合格，或有其他严重违约行为经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、不可抗力
P:因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应在3日内通知对方并提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:十五、争议解决
P:本合同适用中华人民共和国法律。双方发生争议应协商解决；协商不成的，提交周口仲裁委员会仲裁。
H:十六、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）附件一《技术规格书》、附件二《设备清单》、附件三《施工组织方案》为本合同不可分割的组成部分。
P:甲方（盖章）：周口禾润面粉有限公司　　授权代表：　　日期：
P:乙方（盖章）：郑州恒控自动化工程有限公司　　授权代表：　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 连锁汽修店 (35 家) 工单及配件 SaaS + 实施 — .txt, 第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
Z03 = """汽修门店工单及配件管理系统SaaS服务合同

合同编号：CD-IT-2025-0609

甲方（客户）：湖南驰道汽车服务连锁有限公司
住所：长沙市雨花区万家丽中路二段66号
乙方（服务商）：长沙云匠科技有限公司
住所：长沙市岳麓区麓谷大道627号

甲方在湖南省内经营35家汽车维修保养门店，拟统一使用线上工单及配件管理系统。乙方提供"云匠汽修通"SaaS服务并负责实施。双方经协商，就甲方订阅该服务事宜达成如下协议。

第一条 服务内容
（1）乙方向甲方35家门店提供"云匠汽修通"SaaS服务，包括接车登记、维修工单、派工及质检、配件采购与库存、会员及储值卡、财务对账和经营报表。
（2）乙方负责系统实施，包括门店及岗位权限配置、工时及配件价格体系设置、与甲方电子发票系统和配件供应商订货接口的对接、历史客户及车辆数据迁移、门店人员培训。
（3）乙方为甲方定制门店经营分析报表及配件周转分析报表，具体要求见附件一。
（4）乙方指定一名客户成功经理作为甲方的日常对接人，每月提交服务报告，内容包括系统可用率、故障处理记录、门店使用情况和改进建议。

第二条 服务期限
（1）订阅服务期为三个服务年度，自全部门店通过上线验收之日起算。
（2）实施期自合同签订之日起不超过75日。

第三条 费用
（1）费用明细如下：
    项目                          单价                         金额（元）
    SaaS订阅费（35家门店）        6,800元/门店/服务年度        每服务年度238,000
    SaaS订阅费合计（三个服务年度）                            714,000
    实施及定制报表                                            96,000
    历史数据迁移及培训                                        28,000
    合计                                                      838,000
（2）新增门店按同一单价按月折算计费。
（3）短信通知按实际发送量另行结算，不计入上述合同金额。

第四条 付款
（1）实施及定制报表费、历史数据迁移及培训费合计124,000元，在全部门店通过上线验收后15个工作日内支付。
（2）订阅费按服务季度支付，每服务季度59,500元，于该季度结束后15日内支付。
（3）甲方无需在服务开始前支付任何款项。乙方应在付款前开具增值税专用发票。

第五条 上线验收
（1）乙方完成实施后书面申请上线验收。验收标准为：35家门店均能正常开具工单和结算；工单从接车到结算的全流程测试通过；迁移的客户及车辆记录与甲方原系统抽样核对无差异；配件库存与甲方盘点结果一致；电子发票和订货接口联调成功；常用操作页面响应时间不超过2秒。
（2）甲方在收到申请后10个工作日内组织验收，合格的签署上线验收单；不合格的，乙方应在7日内整改后重新申请。
（3）门店试用或甲方付款均不视为通过上线验收。

第六条 服务水平
（1）系统月度可用率不低于99.95%，乙方提前48小时通知并在夜间进行的计划维护除外。
（2）故障分级：一级故障指两家以上门店无法开单或结算，乙方应在30分钟内响应，2小时内恢复；二级故障指单店或单一功能异常，1小时内响应，8小时内解决；三级为一般咨询，当日答复。
（3）月度可用率低于约定值的，按下列标准减免当月订阅费：低于99.95%但不低于99.5%的，减免5%；低于99.5%的，减免10%。一级故障响应超时的，每次另行减免500元。

第七条 数据
（1）甲方在系统中录入和产生的客户、车辆、工单、配件及财务数据归甲方所有。
（2）乙方应采取加密存储、访问控制、操作日志审计和异地备份等措施保障数据安全，系统部署于境内数据中心。发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（3）甲方同意，乙方可对甲方的工单及配件数据进行去标识化和汇总处理，并将处理后的数据用于行业分析报告、配件价格指数及乙方产品改进；该使用在服务期内及服务期满后均可进行。
（4）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据，并在甲方确认后删除。
（5）甲方可随时在系统中自助导出其数据。乙方员工访问甲方数据须基于处理故障或甲方请求，并留存访问记录，甲方有权查阅。

第八条 知识产权
（1）"云匠汽修通"平台及其软件的知识产权归乙方所有，甲方在服务期内享有使用权。
（2）为甲方定制的报表模板、接口程序及其文档归甲方所有，甲方可自行修改、使用或交由第三方使用。

第九条 保密
双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

第十条 违约责任
（1）乙方未能在约定实施期内完成全部门店上线的，每逾期一日向甲方支付违约金600元。
（2）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（3）乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。

第十一条 续订
服务期满前30日，任何一方均未书面提出不再续订的，本合同自动续订一个服务年度，可多次续订。每次续订时，乙方有权调整订阅单价，上调幅度不超过上一服务年度单价的8%。

第十二条 甲方的义务
（1）甲方应指定项目联系人，按实施计划提供门店清单、价格体系和历史数据，并组织门店人员参加培训。
（2）甲方应妥善保管系统账号和密码，因甲方账号管理不当造成的损失由甲方自行承担。

第十三条 分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

第十四条 合同解除
（1）乙方严重违约，经甲方书面通知后15日内未予纠正的，甲方有权解除合同，并要求乙方赔偿损失、协助导出数据。
（2）连续两个月月度可用率低于99.5%的，甲方可随时解除合同。

第十五条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

第十六条 其他
（1）双方的通知以书面形式送达本合同首部所列地址，或发送至双方项目联系人的电子邮箱。一方地址或联系人变更的，应在3日内书面通知对方。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一《定制报表需求》、附件二《门店清单》为本合同的组成部分。

甲方：湖南驰道汽车服务连锁有限公司（盖章）    授权代表：            日期：
乙方：长沙云匠科技有限公司（盖章）            授权代表：            日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 市邮政管理局 寄递安全监管系统 年度运维 (政府采购 竞争性磋商) — .txt, 1. / 1.1 — compliant
# ---------------------------------------------------------------------------------------------------------------
Z04 = """滨江市邮政管理局寄递安全监管系统运维服务项目合同

项目编号：BJCG-CS-0518（竞争性磋商）
合同编号：BJYZ-YW-2025-02

采购人（甲方）：滨江市邮政管理局
地址：滨江市新华路29号
成交供应商（乙方）：南京安邮信息技术服务有限公司
地址：南京市建邺区江东中路359号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就寄递安全监管系统运维服务事宜，协商一致，订立本合同。

1. 服务内容
1.1 乙方为甲方寄递安全监管系统提供运维服务。该系统包括寄递企业信息管理、实名收寄核验、安检机联网监测、视频监控接入、禁寄物品查处、执法案件管理等模块，以及配套的服务器、存储和网络安全设备。
1.2 服务内容包括：派驻2名运维工程师驻场值守；每月系统巡检并提交巡检报告；每季度开展一次漏洞扫描与安全加固；重大活动及节假日期间的应急保障；故障处置和备品备件更换；运维文档及配置台账的建立与更新。
1.3 服务期自2025年7月1日起至2026年6月30日止。
1.4 乙方应在服务期开始后15日内完成一次全面巡检，摸清设备、软件版本、账号和网络拓扑现状，形成运维基线报告并提交甲方确认。
1.5 驻场工程师应具备相关专业资质和两年以上政务系统运维经验，工作日8:30至17:30在甲方指定地点值守，节假日安排人员电话值班；重大活动期间按甲方要求实行7×24小时现场值守。

2. 服务费用
2.1 本合同服务费总额为人民币468,000元（大写：肆拾陆万捌仟元整），为固定总价，包括人工、差旅、备品备件、工具及税费等一切费用。
2.2 费用构成：驻场运维服务264,000元；系统巡检及安全加固96,000元；应急及重大活动保障62,000元；备品备件46,000元。
2.3 本合同不设预付款。

3. 付款方式
3.1 服务费按季度支付，每季度人民币117,000元。
3.2 每季度结束后，甲方按第5条进行季度考核，考核合格并收到乙方发票后15个工作日内支付该季度服务费；考核扣减的金额从当季服务费中扣除。

4. 服务水平
4.1 系统月度可用率不低于99.95%，经甲方同意的计划停机时间不计入。
4.2 故障分为三级：一级故障指系统整体不可用、实名收寄核验或安检机联网监测中断；二级故障指部分模块或部分寄递企业接入异常；三级故障指一般性问题和咨询。
4.3 一级故障乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障1个工作日内解决。
4.4 乙方未达到上述要求的，按以下标准扣减服务费：一级故障响应或恢复超时，每次扣减2,000元；二级故障超时，每次扣减500元；月度可用率每低于约定值0.01个百分点，扣减1,000元。

5. 考核与验收
5.1 甲方每季度依据附件一《运维服务考核细则》进行考核，考核内容包括：驻场人员出勤、巡检报告按时提交、故障处置时限、安全加固完成情况、用户满意度。考核得分低于80分的，乙方应限期整改。
5.2 服务期满后，甲方组织年度验收，审核全部巡检报告、故障处置记录、运维文档和配置台账，并确认系统运行状态正常、各项安全漏洞已按时修复。验收合格后双方签署验收单。
5.3 甲方支付季度服务费不视为年度验收合格。
5.4 考核和验收中发现的问题，乙方应在甲方规定的期限内整改完毕，并提交整改报告；整改不到位的，甲方可委托第三方处理，费用由乙方承担。

6. 数据安全
6.1 系统中的寄递企业信息、实名收寄数据、视频及执法案件数据属于甲方，乙方仅可为运维目的在甲方授权范围内访问，不得复制、留存、对外提供或用于其他目的。
6.2 乙方运维操作须通过甲方堡垒机进行，全程记录；禁止使用个人设备接入系统；存储介质更换时，旧介质由甲方留存或在甲方监督下销毁。
6.3 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，驻场人员须签署安全承诺书，并接受甲方组织的安全教育和背景审查。
6.4 发生数据泄露、系统被入侵等安全事件的，乙方应在30分钟内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
6.5 乙方应每月对系统账号和权限进行核查，及时清理离职人员和临时账号，并将核查结果写入巡检报告。

7. 保密
7.1 乙方对在服务过程中知悉的甲方工作秘密、监管信息和系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方透露。
7.2 保密义务不因本合同终止而免除。

8. 知识产权与资料移交
8.1 乙方在服务期间编写的运维手册、应急预案、脚本及配置台账归甲方所有，甲方可自由使用和修改。
8.2 乙方应按照甲方要求及时更新运维文档，服务期满或合同解除时将全部文档、脚本、账号清单和配置台账完整移交甲方，并配合新的服务商完成交接。

9. 违约责任
9.1 乙方驻场人员未按约定日期到岗，或首次全面巡检报告未按期提交的，每逾期一日向甲方支付违约金500元。
9.2 乙方擅自更换驻场人员的，每人次支付违约金3,000元。
9.3 因乙方运维过失导致系统数据丢失或损坏的，乙方负责恢复并赔偿甲方全部损失。
9.4 甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
9.5 乙方未按约定提交月度巡检报告的，每次扣减服务费1,000元；漏洞未按期修复的，每项扣减500元。

10. 分包
乙方不得将本合同项下的服务分包或转包。驻场人员须为乙方正式员工，乙方应为其依法缴纳社会保险，并对其行为承担全部责任。

11. 合同解除
11.1 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大安全事件，或有其他严重违约行为经书面催告后10日内未纠正的，甲方有权解除合同。
11.2 合同解除后，乙方应在10日内完成工作交接，移交全部文档、账号和配置资料。
11.3 合同解除的，甲方按乙方实际提供服务的期间和考核结果结算服务费，乙方应赔偿因其违约给甲方造成的损失。

12. 期限届满
服务期满本合同终止，不自动续期。甲方如需继续采购运维服务，按政府采购程序另行办理。

13. 争议解决
本合同适用中华人民共和国法律。双方发生争议时应协商解决；协商不成的，依法向甲方所在地人民法院起诉。

14. 其他
14.1 磋商文件、响应文件、成交通知书及附件一《运维服务考核细则》、附件二《设备清单》均为本合同的组成部分。
14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。乙方应接受财政、审计部门对本合同履行情况的监督检查。
14.3 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：滨江市邮政管理局                  法定代表人或授权代表：          日期：
乙方（盖章）：南京安邮信息技术服务有限公司      法定代表人或授权代表：          日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 豆腐干厂 QMS licence + custom development, supplier's own template — .md, "## 第X条" + 1.1 — many problems
# ---------------------------------------------------------------------------------------------------------------
Z05 = """# 质衡QMS质量管理系统软件销售及实施合同

（质衡软件标准合同文本 V4.0）

合同编号：ZH-XS-0733

**甲方（买方）：** 湖北荆楚香豆制品有限公司
地址：湖北省荆州市沙市区豆香路18号

**乙方（卖方）：** 武汉质衡软件有限公司
地址：武汉市东湖新技术开发区光谷大道77号

甲方为豆腐干、卤制豆制品生产企业，拟建设质量管理信息系统。乙方为专业的食品行业质量管理软件供应商。双方经协商一致，就甲方购买乙方质衡QMS软件并委托乙方进行定制开发和实施事宜，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供质衡QMS质量管理系统软件许可（50个用户），并根据甲方需求开发HACCP关键控制点监控、原料及成品批次追溯、供应商来料检验三个定制模块。

1.2 乙方负责软件安装部署、基础数据初始化、与甲方现有ERP系统的接口开发及用户培训。

1.3 具体功能以乙方提供的《产品功能清单》及双方确认的《定制需求说明》为准。《定制需求说明》由乙方在调研后编写，经甲方签字确认后不再变更；确需变更的，按乙方报价另行收费。

1.4 本合同不包括服务器、网络设备、数据库及操作系统，上述软硬件由甲方自行采购，并须满足乙方提出的配置要求。

## 第二条 合同金额

2.1 本合同总金额为人民币670,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质衡QMS质量管理软件许可（50用户，永久） | 360,000 |
| 2 | 定制开发：HACCP关键控制点监控、批次追溯、来料检验 | 248,000 |
| 3 | 部署实施及培训 | 62,000 |
| | 合计 | 670,000 |

2.2 甲方要求增加用户数或功能的，按乙方当时的报价另行计费。

2.3 上述金额不含乙方人员赴甲方现场的差旅费用，该费用按实际发生额由甲方另行承担。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总金额的65%，即人民币435,500元。乙方收到该款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总金额的35%，即人民币234,500元。

3.3 甲方逾期付款的，每逾期一日按应付金额的万分之八向乙方支付违约金，乙方并有权暂停实施和技术服务。

## 第四条 实施

4.1 乙方在收到首笔款项后开始实施，计划实施周期为90日。实施计划由乙方制定。

4.2 因甲方需求变更、场地或配合原因导致的延期，实施周期相应顺延。乙方将尽力按计划完成实施，但不因实施延期向甲方支付违约金或承担赔偿责任。

4.3 甲方应指定项目负责人，及时提供生产工艺、检验标准、原料及产品编码等基础资料，并安排关键用户参加培训。因甲方资料不完整或人员不到位影响进度的，由甲方自行负责。

4.4 乙方实施人员按乙方的工作时间安排到现场或远程工作，需加班或额外到场的，甲方应承担相应的差旅费用。

## 第五条 验收

5.1 系统安装部署完成并上线运行之日，即视为甲方验收合格。

5.2 上线后甲方发现的问题，由乙方在免费维护期内按第六条处理，不影响已完成的验收。

5.3 乙方在上线时向甲方提交用户手册和管理员手册电子版。定制模块的源代码不属于交付范围。

## 第六条 免费维护及技术支持

6.1 乙方自系统上线之日起提供六个月的免费维护，内容为软件缺陷修复和远程技术支持。

6.2 甲方报告的一级故障（系统无法登录或批次追溯功能无法使用），乙方在8小时内响应；其他问题在2个工作日内响应。

6.3 乙方将尽最大努力解决故障，但不因响应或处理超时承担任何扣款、赔偿或违约金。

6.4 以下情况不属于免费维护范围：甲方自行修改系统或数据；甲方硬件、网络或操作系统故障；第三方软件问题；甲方新增的需求。

6.5 乙方提供现场服务的，甲方应承担乙方人员的差旅及住宿费用。

## 第七条 免费维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议。

7.2 年度维护费按乙方届时公布的服务价格标准执行。

## 第八条 知识产权

8.1 质衡QMS软件的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的模块、接口程序、报表及相关源代码和文档，其知识产权均归乙方所有。甲方获得在本企业内部使用上述成果的非独占使用权，不得修改、反向工程或提供给任何第三方。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第九条 数据安全

9.1 甲方在系统中录入和产生的生产、检验及追溯数据归甲方所有，乙方仅为提供实施和维护服务使用。

9.2 乙方实施人员应遵守甲方的信息安全管理制度，远程维护须经甲方同意并使用甲方提供的账号，乙方应采取必要的技术措施防止数据泄露、丢失和被篡改。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复数据，并承担相应的赔偿责任。

9.4 甲方应自行做好数据备份。因甲方未备份导致的数据损失，乙方不承担责任。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任累计不超过合同总金额的20%。

10.2 乙方不承担甲方的间接损失、利润损失、商誉损失或停产损失。

10.3 因甲方使用不当、擅自修改程序或硬件环境不符合要求导致的问题，乙方不承担责任，修复工作另行收费。

10.4 乙方对软件是否满足甲方特定生产需要或通过第三方认证审核不作任何保证。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除时，甲方应支付乙方已完成工作对应的费用。

11.3 甲方不得在合同履行期间以任何理由要求退还已支付的许可费用。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。不可抗力包括自然灾害、疫情、政府行为、网络运营商故障、黑客攻击及病毒等乙方无法控制的情形。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方另有约定的，以书面补充协议为准。

14.3 双方的通知以书面形式送达本合同首部地址，或以电子邮件发送至双方指定联系人。

14.4 本合同附件包括《产品功能清单》《定制需求说明》及《实施计划》，附件与正文不一致的，以正文为准。

甲方（盖章）：湖北荆楚香豆制品有限公司　　　　授权代表：　　　　日期：

乙方（盖章）：武汉质衡软件有限公司　　　　　　授权代表：　　　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 Longquan celadon workshop, firing-schedule software, perpetual licences; Armenian vendor — .pdf, Article N / N.N
# ---------------------------------------------------------------------------------------------------------------
E01 = """
T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Agreement No. YS-KL-0412
P:This Agreement is made between Longquan Yunshan Celadon Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 9 Baiyun Road, Longquan, Zhejiang Province (the "Buyer"), and KilnLogic LLC, a limited liability company registered in the Republic of Armenia with its office at 14 Komitas Avenue, Arabkir District, Yerevan (the "Vendor").
P:Background. The Buyer produces celadon ware in four gas kilns and two electric kilns and wishes to replace paper firing records and manual controller settings with software that plans, runs and records firing schedules. The Vendor publishes the KilnLogic firing-schedule software and has offered perpetual licences together with configuration and training. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the KilnLogic Controller, the Glaze and Reduction Library module and the KilnLogic Server, in the versions listed in Annex 1, with their documentation and any corrections supplied under this Agreement.
P:1.2 "Configuration Work" means the set-up of the Buyer's kilns in the Software, the import of the Buyer's existing firing profiles, the connection of the Software to the kiln controllers and thermocouples, and the custom reports described in Annex 2.
P:1.3 "Buyer Data" means firing profiles, glaze recipes, kiln sensor readings, firing logs and any other data entered into or produced by the Software at the Buyer's premises.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor shall deliver the Software, grant the licences in Article 3, perform the Configuration Work and train the Buyer's kiln masters and IT staff.
P:2.2 The Software will be installed on a server and six workstations provided by the Buyer and will run entirely at the Buyer's workshop. No Buyer Data will be hosted outside the Buyer's premises.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business at its premises in Longquan, for six kiln controller seats and one server.
P:3.2 The Buyer may make copies of the Software for backup and disaster recovery. The Buyer may not resell the Software or reverse engineer it except as permitted by law.
H:Article 4 Price and Payment
P:4.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor. The price is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:KilnLogic Controller seat, perpetual licence|6|38,500|231,000
TB:Glaze and Reduction Library module, perpetual licence|1|64,000|64,000
TB:KilnLogic Server, perpetual licence|1|45,000|45,000
TB:Licence Subtotal|||340,000
TB:Configuration Work and profile import|1|58,000|58,000
TB:Training, remote and on site|1|22,000|22,000
TB:Contract Price|||420,000
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price, CNY 84,000, within 15 days after signature of this Agreement, as an advance payment; (b) 55% of the Contract Price, CNY 231,000, after delivery and installation of the Software on all six workstations, which shall not be taken as acceptance; and (c) 25% of the Contract Price, CNY 105,000, within 20 days after Final Acceptance.
P:4.3 The Vendor shall issue a valid invoice for each payment. Payments are made by bank transfer to the Vendor's account stated in the invoice. Bank charges outside China are for the Vendor's account.
H:Article 5 Delivery, Installation and Acceptance
P:5.1 The Vendor shall deliver and install the Software within 45 days after signature and complete the Configuration Work within 90 days after signature.
P:5.2 After the Configuration Work, the parties shall run acceptance tests under the test plan in Annex 3. Acceptance requires that: (a) each kiln completes three production firings controlled by the Software, with the recorded temperature curve within plus or minus 5 degrees Celsius of the planned schedule at every segment; (b) reduction timing commands reach the gas kilns as scheduled; (c) all imported profiles match the Buyer's paper records; (d) the custom reports in Annex 2 run correctly; and (e) documentation and training are complete.
P:5.3 If the tests are passed, the Buyer shall sign the acceptance certificate within 7 days. If a test fails, the Vendor shall correct the defect and the test shall be repeated. Installation, use of the Software in production or payment of any instalment does not amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Configuration Work will perform in accordance with the documentation and Annex 2 for a warranty period of eighteen months after Final Acceptance.
P:6.2 During the warranty period the Vendor shall correct defects free of charge and supply all updates and new releases of the Software.
H:Article 7 Support
P:7.1 During the warranty period the Vendor shall provide support by e-mail and instant messaging in English and Chinese during its normal business hours in Yerevan, Monday to Friday.
P:7.2 The Vendor will use commercially reasonable efforts to answer support requests and to correct reported defects promptly. Where remote access is needed, the Vendor shall use the access method approved by the Buyer under Article 9.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period the Buyer may order annual maintenance, comprising the support described in Article 7, defect correction and all new releases.
P:8.2 The annual maintenance fee is 11% of the Licence Subtotal, namely CNY 37,400 per maintenance year. This fee is fixed for the first three maintenance years. Any later change must be agreed in writing and shall not exceed 3% per maintenance year.
P:8.3 Maintenance is ordered by purchase order for each maintenance year and does not renew automatically.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's premises, disclose it or use it for any other purpose.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session, shall use the VPN account provided by the Buyer and shall be logged. The Vendor shall apply security patches to the Software, keep its staff accounts protected by strong passwords, and comply with the applicable Chinese laws on data and network security.
P:9.3 The Vendor shall notify the Buyer within 24 hours of any actual or suspected unauthorised access to, loss of or damage to Buyer Data, shall cooperate in remedying it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Intellectual Property
P:10.1 The Software remains the property of the Vendor, subject to the perpetual licence in Article 3.
P:10.2 The kiln configurations, imported and new firing profiles, custom reports and any scripts written for the Buyer under the Configuration Work belong to the Buyer, which may use, modify and license them freely.
P:10.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and shall pay any resulting costs and damages.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's glaze recipes and firing profiles and the Vendor's source code, and shall not disclose it to a third party without prior written consent.
P:11.2 This obligation continues for three years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to complete delivery and installation or the Configuration Work by the dates in Article 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 9, 10.3 and 11, to personal injury or to wilful misconduct.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the Configuration Work or training without the Buyer's prior written consent, and remains responsible for the work of any subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice of it.
P:14.2 The Buyer may also terminate if the delay damages under Article 12.1 reach their maximum. On termination by the Buyer, the Vendor shall refund the payments received for work not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou under its rules then in force. The award is final and binding on both parties.
H:Article 16 General
P:16.1 This Agreement is written in English and Chinese; both versions have equal force. Annex 1 (Software versions), Annex 2 (Custom reports) and Annex 3 (Acceptance test plan) form part of this Agreement.
P:16.2 Amendments are valid only in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.
P:16.3 Neither party is liable for a delay caused by force majeure, such as natural disasters, epidemics or government measures, if it notifies the other party within 5 days and takes reasonable steps to limit the effect. Notices under this Agreement shall be given in writing by courier or e-mail to the addresses stated above.
P:For the Buyer: Longquan Yunshan Celadon Workshop Co., Ltd.   Name:   Title:   Date:
P:For the Vendor: KilnLogic LLC   Name:   Title:   Date:
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 Zhangye rainbow-mountain shuttle operator, ticketing SaaS, Order Form + General Terms; Kazakh vendor — .md
# ---------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM AND GENERAL TERMS — TICKETRAIL CLOUD TICKETING SERVICE

Order Form No. TR-CN-0087

## PART A — ORDER FORM

**Vendor:** Ticketrail LLP, a limited liability partnership registered in the Republic of Kazakhstan, 46 Abulkhair Khan Avenue, Aktobe 030000, Kazakhstan.

**Customer:** Zhangye Danxia Scenic Shuttle Transport Co., Ltd., a company incorporated in the People's Republic of China, 12 Binhe Road, Ganzhou District, Zhangye, Gansu Province.

**A1. Service.** Ticketrail Cloud, the Vendor's online ticketing, seat-allocation and boarding-control service for scenic shuttle buses, including the web and mini-program booking channels, the ticket-office console, QR-code gate scanning for 18 boarding points, the dispatch board and the settlement reports, as described in the Service Description (Annex 1).

**A2. Onboarding.** The Vendor shall configure the Customer's routes, timetables, fare classes, discount rules and boarding points; connect the service to the Customer's payment merchant account and e-invoicing platform; import the Customer's agency list; and train ticket-office, gate and dispatch staff (the "Onboarding").

**A3. Subscription Term.** Three Subscription Years starting on the Go-Live Date. The Go-Live Date is the date on which the Customer signs the Go-Live Acceptance certificate under A6.

**A4. Fees.** At the Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Fee item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | up to 1,200,000 tickets | 186,000 |
| Subscription Fee, Subscription Year 2 | up to 1,200,000 tickets | 186,000 |
| Subscription Fee, Subscription Year 3 | up to 1,200,000 tickets | 186,000 |
| Onboarding Fee | one-time | 34,000 |
| **Total Fees** | | **592,000** |
| Additional tickets above the annual volume | per ticket issued | 0.08 |

**A5. Invoicing and payment.** The Onboarding Fee is invoiced after Go-Live Acceptance. The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 46,500 at the end of each quarter, and charges for additional tickets are invoiced with the instalment for the quarter in which they arise. The Customer pays each correct invoice within 20 days. Nothing is payable before the Go-Live Date.

**A6. Go-Live Acceptance.** The Vendor shall make the service ready for acceptance within 50 days after signature of this Order Form. Go-Live Acceptance requires: (a) booking, payment, refund and rebooking tested end to end on every route and fare class; (b) successful scanning at all 18 boarding points, including offline scanning with later synchronisation; (c) reconciliation of one full test day between tickets sold, payments received and the settlement report with no unexplained difference; (d) a load test of 600 bookings per minute with page response under 2 seconds; and (e) training completed. If a test fails, the Vendor shall correct it and the test is repeated. Use of the service for live sales before the certificate is signed does not mean acceptance.

**A7. Renewal.** This Order Form does not renew automatically. Any further Subscription Year requires a new Order Form signed by both parties.

**A8. Project contacts.** Each party shall name a project manager for the Onboarding. The Vendor's project manager shall hold a weekly call with the Customer during the Onboarding, keep a written issue log, and report progress against the onboarding plan agreed in the kick-off meeting. The Customer shall provide route and fare data, test devices at the boarding points and access to its payment merchant account in good time.

**A9. Customer responsibilities.** The Customer is responsible for its own internet connections at the ticket offices and boarding points, for the scanners and tablets it buys, and for the accuracy of the fares and timetables it publishes. The Vendor shall advise on suitable devices and test them during the Onboarding.

**A10. Order of precedence.** This Order Form prevails over the General Terms in Part B.

## PART B — GENERAL TERMS

**B1. Service Levels**

1.1 The Vendor shall make the service available 99.5% of the time in each calendar month, measured at the Vendor's monitoring points, excluding maintenance announced at least 72 hours in advance and carried out between 23:00 and 06:00 Beijing time.

1.2 Incidents are classified as: Priority 1 — booking or gate scanning unavailable at all boarding points or for all online channels; Priority 2 — a channel, a route or a boarding point impaired; Priority 3 — other faults and questions. The Vendor's first response times are 30 minutes for Priority 1, 2 hours for Priority 2 and one business day for Priority 3, around the clock for Priority 1 during the operating season (April to October).

1.3 If monthly availability falls below the level in 1.1, the Customer receives a service credit of 5% of the quarterly instalment for each 0.5 percentage point or part of it below that level, up to 25% of the instalment. A late first response to a Priority 1 incident gives a further credit of CNY 1,000 per incident. Credits are deducted from the next invoice.

**B2. Customer Data and Security**

2.1 All booking, passenger, payment-reference and boarding data entered into or generated by the service ("Customer Data") belongs to the Customer. The Vendor may process Customer Data only to provide the service under this Order Form.

2.2 Customer Data shall be stored and processed only in data centres in mainland China. The Vendor shall encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least six months, and comply with the Personal Information Protection Law and the Data Security Law of the PRC.

2.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data, take immediate remedial action, and bear the losses and regulatory costs caused by its breach of this clause B2.

2.4 Within 30 days after expiry or termination, the Vendor shall return all Customer Data in CSV format and then delete it, and confirm deletion in writing.

2.5 The Customer may, once in each Subscription Year and on 10 business days' notice, audit the Vendor's compliance with this clause B2 itself or through an independent auditor, or accept a current third-party security certification report instead.

**B3. Subcontractors**

The Vendor may engage subcontractors of its choice, including hosting providers, payment-gateway integrators and local support partners, to perform any part of the service. The Vendor shall inform the Customer of each subcontractor by notice, and remains responsible for their performance.

**B4. Customer Configurations**

The route, fare and discount configurations, report templates and agency lists created for the Customer belong to the Customer, which may use, copy and modify them and give them to any successor provider. The Vendor retains all rights in the service and its software.

**B5. Confidentiality**

Each party shall keep confidential the other's non-public business and technical information and use it only for this Order Form. This obligation survives for three years after the end of the Subscription Term.

**B6. Delay**

If Go-Live Acceptance is not achieved within the period in A6 for reasons attributable to the Vendor, the Vendor shall pay CNY 450 for each day of delay, deducted from the Onboarding Fee and, where that is insufficient, from later invoices.

**B7. Liability**

7.1 Each party's total liability under this Order Form is limited to twice the Total Fees. The limit does not apply to breach of B2 or B5, personal injury or wilful misconduct.

7.2 Neither party is liable for indirect or consequential loss, except as stated in 7.1.

**B8. Termination**

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

8.2 The Customer may also terminate if availability falls below 98% in two consecutive months.

8.3 On termination the Customer pays for service received up to the termination date, less credits, and the Vendor gives reasonable help with migration to another provider.

**B9. Reporting and Reviews**

The Vendor shall send a monthly service report showing availability, incidents by priority, response times achieved, credits due and the ticket volume used. Before each operating season the parties shall hold a review meeting to plan capacity for holiday peaks, including the May Day and National Day holidays, and the Vendor shall carry out a load test at the expected peak volume at no extra charge.

**B10. Force Majeure**

Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders closing the scenic area, provided it notifies the other party promptly. Fees for any period in which the scenic area is closed by order of the authorities are suspended.

**B11. Governing Law and Disputes**

This Order Form and these General Terms are governed by the laws of the People's Republic of China. Disputes shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou.

**B12. Miscellaneous**

Notices are given in writing to the addresses above. Neither party may assign this Order Form without the other party's written consent. This Order Form is signed in English and Chinese, both versions being equally authentic.

For the Customer: Zhangye Danxia Scenic Shuttle Transport Co., Ltd. — Name: ________ Title: ________ Date: ________

For the Vendor: Ticketrail LLP — Name: ________ Title: ________ Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 Shaanxi kiwi farm, cold-chain sensors, buyer's paper; Turkish integrator — .docx, Section N / N.N, Word table
# ---------------------------------------------------------------------------------------------------------------
E03 = """
T:PURCHASE CONTRACT FOR COLD-CHAIN MONITORING EQUIPMENT
P:Contract No. QLMH-CG-0219
P:Buyer: Shaanxi Zhouzhi Qinling Kiwifruit Farm Co., Ltd., No. 3 Louguan Road, Zhouzhi County, Xi'an, Shaanxi Province, People's Republic of China (the "Buyer").
P:Supplier: Karadeniz Cold Chain Systems A.S., Degirmendere Mahallesi, Devlet Sahil Yolu No. 54, Ortahisar, Trabzon, Turkiye (the "Supplier").
P:The Buyer stores kiwifruit in twelve cold rooms and two controlled-atmosphere stores and ships it in refrigerated trucks. It wishes to monitor temperature and humidity continuously from harvest to dispatch. After comparing offers, the Buyer has chosen the Supplier. This Contract is made on the Buyer's standard terms of purchase.
H:Section 1 Subject Matter
P:1.1 The Supplier shall supply, install and commission a cold-chain monitoring system consisting of wireless temperature and humidity sensors, LoRa gateways and monitoring software, and shall train the Buyer's staff (the "System").
P:1.2 The System shall cover all cold rooms, the controlled-atmosphere stores, the packing hall and the loading dock, and shall send alarms by SMS and through the mobile application when readings leave the limits set by the Buyer. The technical requirements are set out in Annex A.
H:Section 2 Price
P:2.1 At the Buyer's request the price is stated in Chinese yuan (CNY). The Contract Price is CNY 580,000, fixed, including delivery to the Buyer's farm, customs clearance, duties, installation, training and all taxes.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Wireless temperature and humidity sensor|420|680|285,600
TB:LoRa gateway with backup battery|24|4,900|117,600
TB:Cold-chain monitoring software, perpetual licence|1|96,000|96,000
TB:Hardware and Licence Subtotal|||499,200
TB:Installation and commissioning|1|68,800|68,800
TB:Training|1|12,000|12,000
TB:Contract Price|||580,000
H:Section 3 Payment
P:3.1 Within 15 days after signature and receipt of an advance-payment guarantee from a bank acceptable to the Buyer, the Buyer shall pay 12% of the Contract Price, CNY 69,600, as an advance payment.
P:3.2 After delivery and installation of all equipment, the Buyer shall pay 63% of the Contract Price, CNY 365,400. Delivery and installation are not acceptance.
P:3.3 Within 20 days after Final Acceptance, the Buyer shall pay the balance of 25%, CNY 145,000.
P:3.4 Each payment requires a valid invoice. The Buyer pays by bank transfer in CNY.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's farm within 60 days after signature and complete installation within 30 days after delivery.
P:4.2 The Supplier shall carry out installation without interrupting cold-room operation and shall follow the Buyer's hygiene and safety rules in the stores.
P:4.3 Before shipment the Supplier shall send a packing list, the calibration certificates of all sensors and the radio-type approval documents required in China. The Buyer may inspect the equipment at delivery; such inspection checks quantity and visible condition only and is not acceptance.
P:4.4 The Supplier shall appoint a project manager who speaks Chinese or shall provide an interpreter at its own cost. The project manager shall attend weekly site meetings during installation and keep minutes.
H:Section 5 Acceptance
P:5.1 After installation, the System shall run for 21 consecutive days. Final Acceptance requires that: (a) each sensor reading is within plus or minus 0.3 degrees Celsius and 3% relative humidity of a calibrated reference instrument at three test points per room; (b) no sensor stops reporting for more than 30 minutes during the run; (c) alarms reach the duty phones within 60 seconds of a limit being exceeded; (d) the gateway battery keeps each gateway running for at least 8 hours without mains power; and (e) documents and training are complete.
P:5.2 If these criteria are met, the Buyer signs the Final Acceptance certificate. Otherwise the Supplier shall remedy the defects within 10 days and the test run is repeated. Use of the System during the test run is not acceptance.
P:5.3 The Supplier shall deliver, before Final Acceptance, the as-built drawing showing the position of every sensor and gateway, the configuration backup of the software, the user and maintenance manuals in Chinese, and a spare-parts list with prices.
H:Section 6 Warranty
P:6.1 The warranty period is twenty-four months after Final Acceptance. During it the Supplier shall repair or replace defective sensors, gateways and software free of charge, including parts, labour and shipping.
P:6.2 The Supplier shall keep a stock of spare sensors and two spare gateways at the Buyer's farm during the warranty period.
P:6.3 Sensors shall be recalibrated by the Supplier once during the warranty period, before the harvest season, and the calibration results shall be reported to the Buyer.
H:Section 7 Service Levels
P:7.1 A Severity 1 fault is a gateway outage or loss of monitoring in any cold room or store. A Severity 2 fault is a failure of individual sensors. For Severity 1 the Supplier's local service partner shall respond within 1 hour and restore monitoring within 8 hours; for Severity 2 it shall respond within 8 hours and replace the sensors within 3 days.
P:7.2 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 600, deducted from any amount due or claimed under the performance bond.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support covering repairs, software updates and an annual recalibration visit.
P:8.2 The annual support fee is 9% of the Hardware and Licence Subtotal, CNY 44,928 per year, fixed for the first three support years. Support is ordered year by year and does not renew automatically.
P:8.3 The Supplier shall keep spare parts for the sensors and gateways available for at least seven years after Final Acceptance, and shall give the Buyer at least six months' notice before any model is discontinued, offering a compatible replacement.
H:Section 9 Buyer Data
P:9.1 All readings, alarm records and reports produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
H:Section 10 Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's business, customers, storage volumes and prices obtained under this Contract and shall not disclose it to any third party without the Buyer's written consent, during this Contract and for three years after it ends.
H:Section 11 Intellectual Property
P:11.1 The monitoring software remains the Supplier's property; the Buyer has a perpetual licence to use it for its own operations.
P:11.2 The dashboards, alarm rules and report templates configured for the Buyer belong to the Buyer, which may modify them and let third parties use them.
H:Section 12 Delay Damages and Liability
P:12.1 If the Supplier is late in delivery, installation or Final Acceptance, it shall pay 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:12.2 The Supplier's aggregate liability arising out of or in connection with this Contract, including delay damages, shall not exceed 60% of the Contract Price. This limit does not apply to personal injury or wilful misconduct.
P:12.3 The Supplier shall maintain product liability and installation all-risk insurance with reputable insurers for the duration of installation and the warranty period and shall provide copies of the policies on request.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the installation or service work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor, including its local service partner.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum.
P:14.2 The Buyer may also terminate for convenience before delivery by paying the Supplier's documented costs for equipment already manufactured or shipped.
P:14.3 On termination, the Supplier shall refund all amounts received for equipment and work not accepted, and the Buyer may return undelivered or defective equipment at the Supplier's cost.
H:Section 15 Force Majeure
P:15.1 Force majeure means an event beyond the reasonable control of the affected party, such as earthquake, flood, epidemic, war or government action, that could not be foreseen or avoided. A party affected by force majeure shall notify the other within 5 days and provide evidence. Obligations are suspended while the event continues. If it continues for more than 90 days, either party may terminate.
H:Section 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.
H:Section 17 Miscellaneous
P:17.1 This Contract is made in Chinese and English; in case of discrepancy the Chinese version prevails. Annex A (Technical Requirements) and Annex B (Installation Plan) form part of this Contract.
P:17.2 This Contract enters into force on signature by both parties. The Supplier may not assign this Contract or any payment under it without the Buyer's written consent.
P:17.3 Notices shall be given in writing to the addresses above, by courier or by e-mail to the project managers, and take effect on receipt. The Supplier shall comply with the Buyer's anti-bribery rules and shall not offer any gift or benefit to the Buyer's staff.
P:For the Buyer: Shaanxi Zhouzhi Qinling Kiwifruit Farm Co., Ltd.   Authorised signatory:   Date:
P:For the Supplier: Karadeniz Cold Chain Systems A.S.   Authorised signatory:   Date:
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 Foshan ceramic-tile maker, managed Wi-Fi service; Ukrainian provider — .md, numbered clauses + Schedules
# ---------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED WIRELESS NETWORK SERVICES AGREEMENT

Agreement reference: HC-MWN-0331

**Between**

(1) **Foshan Nanzhuang Huacai Ceramic Tile Co., Ltd.**, a company incorporated in the People's Republic of China, whose registered address is 8 Taoci Avenue, Nanzhuang Town, Chancheng District, Foshan, Guangdong Province ("Customer"); and

(2) **Slobozhanska Networks LLC**, a company registered in Ukraine, whose registered address is 21 Nauky Avenue, Kharkiv 61000, Ukraine, acting in China through its appointed installation partner ("Provider").

**Background**

(A) Customer operates two kiln lines, a glazing hall, a finished-goods warehouse and an office building at its Nanzhuang plant. Forklift terminals, handheld scanners, kiln-line tablets and office users depend on wireless access.

(B) Provider designs, installs and operates industrial wireless networks as a managed service and has agreed to provide such a service to Customer on the terms below.

## 1. Definitions

1.1 "Service" means the managed wireless network service described in clause 2 and Schedule 1.

1.2 "Service Acceptance" means Customer's signature of the acceptance certificate under clause 4.

1.3 "Minimum Term" means thirty-six months from Service Acceptance.

1.4 "Customer Data" means all data carried over the network or generated by it, including device lists, authentication records, traffic logs and location data of terminals.

## 2. The Service

2.1 Provider shall design, supply, install, configure, monitor and maintain a wireless network of 146 industrial access points, 6 controllers and the related switches and cabling at Customer's plant, and shall operate it for the Minimum Term.

2.2 The equipment remains Provider's property. Provider shall replace faulty equipment at its own cost and keep the firmware current.

2.3 Provider shall monitor the network around the clock from its network operations centre and shall deliver a monthly service report.

## 3. Charges and Payment

3.1 At Customer's request all Charges are stated and paid in Chinese yuan (CNY). The Charges are set out in Schedule 2.

3.2 The one-off Installation Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting from the month in which Service Acceptance occurs, pro rata for part months.

3.3 Customer pays each correct invoice within 30 days. No amount is payable before Service Acceptance.

## 4. Rollout and Service Acceptance

4.1 Provider shall complete installation and offer the Service for acceptance within 70 days after signature.

4.2 Service Acceptance requires: (a) a site survey showing signal strength of at least -67 dBm at every marked point in the kiln halls, glazing hall and warehouse; (b) roaming of forklift terminals between access points without session loss at normal driving speed; (c) throughput of at least 50 Mbps per handheld under load; (d) separate secured networks for production, office and guests; and (e) a 10-day trial run without a Priority 1 incident.

4.3 Use of the network during the trial run does not constitute Service Acceptance.

4.4 Provider shall deliver, before Service Acceptance, the final network design, the as-built drawings showing every access point, the controller and switch configurations, and a test report for each building.

4.5 Provider shall carry out the installation in coordination with Customer's production schedule, shall not interrupt kiln-line operation without Customer's written approval, and shall follow Customer's rules on safety, hot areas, dust and vehicle traffic in the plant.

## 5. Service Levels and Credits

5.1 Provider shall achieve network availability of at least 99.95% per calendar month, measured per building, excluding planned maintenance agreed with Customer.

5.2 Incident priorities and response and restoration times are set out in Schedule 1.

5.3 Provider shall report availability, incidents, response and restoration times and credits due in its monthly service report, together with capacity usage per building and recommendations.

5.4 If availability in any month falls below the level in 5.1, Customer receives a credit of 5% of the Monthly Service Charge for each 0.1 percentage point or part of it below that level, up to 50% of the Monthly Service Charge. A missed response or restoration time gives a credit of CNY 800 per incident. Credits are deducted from the next invoice.

5.5 Customer shall provide power, rack space and cable routes at the agreed locations, give Provider's engineers access to the plant on reasonable notice, and report incidents through the service desk telephone number or portal.

## 6. Delay in Rollout

If Provider does not achieve Service Acceptance within the period in clause 4.1, it shall pay delay damages of 0.02% of the Total Contract Value for each day of delay.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider may process it only to operate the Service and shall not sell, disclose or analyse it for any other purpose.

7.2 Provider shall keep the controllers and logs at Customer's plant, use encrypted management connections, enforce multi-factor authentication for its engineers, apply security patches within 14 days of release and keep management-access logs for six months.

7.3 Provider shall notify Customer within 12 hours of any security incident affecting the network or Customer Data and shall bear the losses caused by its breach of this clause.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information, including Customer's production layout and network design, and shall use it only for this Agreement. This obligation lasts for three years after the end of this Agreement.

7.4 At the end of the Agreement Provider shall erase Customer Data from any equipment it removes from the plant, using a method agreed with Customer, and confirm the erasure in writing.

## 9. Intellectual Property

The network design, configurations, site survey reports and documentation prepared for Customer belong to Customer, which may use and modify them and provide them to any successor provider.

## 9A. Provider Personnel

Provider shall assign a named service manager for the Agreement and shall use engineers trained on the equipment installed. Provider's personnel on site shall wear identification, follow Customer's plant rules and safety instructions, and may be asked to leave the plant for a serious breach of those rules. Provider remains responsible for the acts of its personnel.

## 10. Subcontracting

Provider shall not subcontract any part of the Service without Customer's prior written consent, except the installation partner named in Schedule 2, which Customer approves by signing this Agreement. Provider is responsible for all subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for breach of clauses 7 and 8, personal injury and wilful misconduct.

11.2 Neither party is liable for loss of profit or indirect loss.

11.3 Provider shall insure the equipment it installs against loss and damage and shall hold public liability insurance for work at the plant.

## 12. Term, Remedies and Termination

12.1 This Agreement starts on signature and continues until the end of the Minimum Term. It may be extended by written agreement at the same Charges.

12.2 Service credits under clause 5 and delay damages under clause 6 are Customer's sole and exclusive remedies for any failure of the Service or of the rollout.

12.3 Neither party may terminate this Agreement before the end of the Minimum Term, whether for breach or otherwise, except where force majeure prevents performance for more than 120 consecutive days.

12.4 At the end of the Agreement Provider shall remove its equipment within 30 days and hand over configurations and documentation under clause 9.

12.5 If Customer decides to purchase the installed equipment at the end of the Minimum Term, Provider shall sell it at its depreciated book value as shown in Schedule 2, and shall transfer all licences and configurations needed to operate it.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 14. Changes

Either party may request changes to the Service, such as additional access points for a new production line. Provider shall quote any change in writing within 10 business days. A change takes effect only when both parties sign it, and it shall be priced at the rates in Schedule 2 where applicable.

## 15. General

This Agreement, with its Schedules, is the entire agreement of the parties. It is signed in English and Chinese, both versions being equally valid. Amendments must be in writing.

## Schedule 1 — Incident Priorities

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Wireless service lost in a kiln hall, the glazing hall or the warehouse | 30 minutes | 3 hours |
| P2 | Service degraded in a building, or a controller running without redundancy | 1 hour | 8 hours |
| P3 | Single access point or user issue | 6 business hours | 2 business days |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Installation Charge | one-off | 86,000 |
| Monthly Service Charge | 41,500 per month for 36 months | 1,494,000 |
| **Total Contract Value** | | **1,580,000** |

Depreciated book value of the equipment at the end of the Minimum Term: CNY 118,000.

Approved installation partner: Foshan Chuangtong Network Engineering Co., Ltd.

For Customer: Foshan Nanzhuang Huacai Ceramic Tile Co., Ltd. — signature, name, title, date

For Provider: Slobozhanska Networks LLC — signature, name, title, date
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 Qingdao seafood-export platform, health-certificate check API subscription; Georgian vendor — .txt, SCHEDULE
# ---------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
HEALTH-CERTIFICATE VERIFICATION SERVICE

Agreement number: HY-API-0716

THIS AGREEMENT is made between:

QINGDAO HAIYUN SEAFOOD EXPORT SERVICES CO., LTD., a company incorporated in the People's Republic of China, registered address 66 Xiangjiang Road, Huangdao District, Qingdao, Shandong Province ("Customer"); and

ENGURI DATA SYSTEMS LLC, a company registered in Georgia, registered address 12 Rustaveli Street, Zugdidi 2100, Georgia ("Vendor").

WHEREAS Customer operates an online platform through which seafood processors in Shandong prepare export documents, and wishes to check the data of veterinary and health certificates against the requirements of importing countries before shipment; and WHEREAS Vendor operates an application programming interface (the "API") that validates certificate data against a maintained rule base for more than 60 importing countries; the parties agree as follows.

1. DEFINITIONS

1.1 "Service" means access to the API, the rule base, the Vendor's developer portal and support, as described in the Schedule.
1.2 "Subscription Year" means each period starting on the Service Start Date or an anniversary of it and ending on the day before the next anniversary.
1.3 "Service Start Date" means the date of Integration Acceptance under clause 4.
1.4 "Customer Data" means all certificate data, exporter and product information, query logs and results submitted to or generated by the Service for Customer.

2. SERVICE AND TERM

2.1 Vendor shall provide the Service to Customer for two Subscription Years from the Service Start Date (the "Term").
2.2 Vendor shall update the rule base within 5 business days after an importing country publishes a change in its certificate requirements and shall notify Customer of each change through the developer portal.
2.3 The Agreement ends at the end of the Term. It may be extended only by written agreement signed by both parties; the fees for any extension shall not exceed the fees in the Schedule.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule.
3.2 The Integration Support Fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced quarterly in arrears in four equal instalments of CNY 32,000. Charges for calls above the included volume are invoiced with the quarterly instalment.
3.3 Customer pays each correct invoice within 30 days. No fee is payable before the Service Start Date.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall provide a test environment, sample code and integration support so that Customer can connect its platform to the API within 40 days after signature.
4.2 Integration Acceptance requires that: (a) a test set of 500 historical certificates agreed with Customer, covering the ten main destination countries, is checked with results matching the manual review of Customer's compliance team, with every difference explained and corrected; (b) average API response time is below 800 milliseconds at 20 calls per second; (c) error messages are returned in Chinese and English; and (d) the integration documents are delivered. Customer then signs an Integration Acceptance certificate.
4.3 Use of the API in production before signature of the certificate does not amount to acceptance.

4.4 Each party shall appoint an integration lead. Vendor's integration lead shall be available by telephone and instant messaging during Beijing business hours throughout the integration period and shall answer technical questions within one business day.

5. SERVICE LEVELS

5.1 Vendor shall keep the API available at least 99.95% of each calendar month, excluding maintenance announced 72 hours in advance and carried out at weekends between 00:00 and 04:00 Beijing time.
5.2 Priority 1 incidents (the API unavailable or returning wrong results for all requests) shall receive a first response within 30 minutes and a workaround or fix within 3 hours. Priority 2 incidents (a country rule set or a function impaired) shall receive a first response within 2 hours and a fix within 2 business days.
5.3 If monthly availability falls below the level in 5.1, Customer receives a credit of 10% of the monthly share of the Subscription Fee for each 0.1 percentage point or part of it below that level, up to half of it. Each late Priority 1 response gives a further credit of CNY 500. Credits are deducted from the next invoice.

5.4 Vendor shall publish the status of the API on a status page, notify Customer of any Priority 1 incident within 15 minutes of detection, and send a written root-cause report within 5 business days after each Priority 1 incident.
5.5 Vendor shall send Customer a monthly report of availability, response times achieved, incidents, credits due, call volumes and rule-base changes.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor may process it only to provide the Service to Customer and shall not use it for any other purpose, including rule-base development for other clients, analytics or product improvement.
6.2 The Service is hosted for Customer in a data centre in mainland China operated by the hosting provider named in the Schedule. Customer Data shall not be transferred outside mainland China.
6.3 Vendor shall encrypt Customer Data in transit and at rest, limit access to named engineers using multi-factor authentication, keep access logs for one hundred and eighty days, test its systems for vulnerabilities at least twice a Subscription Year, and comply with the Data Security Law and the Personal Information Protection Law of the PRC.
6.4 Vendor shall notify Customer within 12 hours of any security incident affecting Customer Data, take remedial action and bear the losses, fines and costs caused by its breach of this clause 6.
6.5 At the end of the Term Vendor shall return Customer Data in a common format and then delete it, including backups, and shall confirm the deletion in writing within 30 days.
6.6 Customer may, once in each Subscription Year and on reasonable notice, review Vendor's security controls for the Service, or accept a current independent audit report instead.

7. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party, including Customer's client lists and export volumes and Vendor's rule base, and shall use it only for this Agreement. This clause survives for three years after the end of the Term.

8. INTELLECTUAL PROPERTY

8.1 Vendor retains all rights in the API and the rule base.
8.2 The adapter code, mapping tables and test sets developed for Customer during integration belong to Customer, which may use, modify and license them freely.
8.3 Vendor shall defend Customer against any claim that the Service infringes the rights of a third party and pay the resulting damages and costs.

9. SUBCONTRACTING

Vendor may not subcontract any part of the Service without Customer's prior written consent. The hosting provider named in the Schedule is approved by Customer's signature of this Agreement. Vendor remains responsible for all subcontractors.

10. DELAY

If Integration Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to Vendor, Vendor shall pay CNY 300 for each day of delay.

11. LIABILITY

Each party's total liability under this Agreement is limited to twice the total fees stated in the Schedule, except for breach of clauses 6 and 7, personal injury and wilful misconduct, which are not limited.

11A. RULE-BASE ACCURACY

Vendor shall maintain the rule base with due care. If a check result is wrong because Vendor failed to update the rule base in time under clause 2.2, Vendor shall, at Customer's request, re-run the affected checks free of charge and compensate Customer for documented costs of re-issuing certificates, within the limit in clause 11.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
12.2 Customer may also terminate if monthly availability falls below 99% in any two months of a Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of Georgia.
13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the courts of Tbilisi, Georgia. Before starting proceedings, the parties shall try in good faith for 30 days to settle the dispute through their senior managers.

14. GENERAL

Notices shall be in writing and delivered by courier or e-mail to the addresses above and to the contacts named by each party. Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and limits the effects. Neither party may assign this Agreement without the other party's consent. This Agreement is signed in English and Chinese, both versions being equally valid.

SCHEDULE — SERVICE AND FEES

Service: Health-Certificate Verification API, rule base for more than 60 importing countries, developer portal, sandbox, support by e-mail and telephone.
Included volume: 400,000 calls per Subscription Year.
Support: e-mail and telephone in Chinese and English; Priority 1 around the clock.
Approved hosting provider: Qingdao Haixin Cloud Computing Co., Ltd., Qingdao data centre.

Fee item                                   Amount (CNY)
Subscription Fee, Subscription Year 1      128,000
Subscription Fee, Subscription Year 2      128,000
Integration Support Fee (one-time)          18,000
Total fees                                 274,000
Calls above the included volume            0.12 per call

SIGNED for Customer: QINGDAO HAIYUN SEAFOOD EXPORT SERVICES CO., LTD.   Name:   Title:   Date:
SIGNED for Vendor: ENGURI DATA SYSTEMS LLC   Name:   Title:   Date:
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, lang, format, source)
    "z01": ("h377z01_tobacco_retail_licence_platform.pdf", "zh", "pdf", Z01),
    "z02": ("h377z02_flour_mill_control_system_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h377z03_auto_repair_chain_workorder_saas.txt", "zh", "txt", Z03),
    "z04": ("h377z04_postal_bureau_supervision_system_om.txt", "zh", "txt", Z04),
    "z05": ("h377z05_tofu_factory_qms_supplier_template.md", "zh", "md", Z05),
    "e01": ("h377e01_celadon_firing_software_licences.pdf", "en", "pdf", E01),
    "e02": ("h377e02_shuttle_ticketing_saas_order_form.md", "en", "md", E02),
    "e03": ("h377e03_kiwi_farm_cold_chain_sensors.docx", "en", "docx", E03),
    "e04": ("h377e04_tile_maker_managed_wifi.md", "en", "md", E04),
    "e05": ("h377e05_seafood_health_certificate_api.txt", "en", "txt", E05),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


# derived values (arithmetic shown in NOTES.md)
V = {"z01": 1560000, "z02": 2130000, "z03": 838000, "z04": 468000, "z05": 670000,
     "e01": 420000, "e02": 592000, "e03": 580000, "e04": 1580000, "e05": 274000}
assert 720000 + 180000 == 900000 and 900000 + 480000 + 126000 + 54000 == V["z01"]
assert 612000 + 374400 + 226600 + 168000 + 286000 + 193000 == 1860000 and 1860000 + 238000 + 32000 == V["z02"]
assert 35 * 6800 == 238000 and 3 * 238000 + 96000 + 28000 == V["z03"] and 238000 / 4 == 59500
assert 264000 + 96000 + 62000 + 46000 == V["z04"] and 4 * 117000 == V["z04"]
assert 360000 + 248000 + 62000 == V["z05"] and 435500 + 234500 == V["z05"] and 0.65 * V["z05"] == 435500
assert 6 * 38500 + 64000 + 45000 == 340000 and 340000 + 58000 + 22000 == V["e01"]
assert 84000 + 231000 + 105000 == V["e01"] and round(0.11 * 340000) == 37400
assert 3 * 186000 + 34000 == V["e02"] and 186000 / 4 == 46500
assert 420 * 680 + 24 * 4900 + 96000 == 499200 and 499200 + 68800 + 12000 == V["e03"]
assert 69600 + 365400 + 145000 == V["e03"] and round(0.09 * 499200) == 44928
assert 86000 + 36 * 41500 == V["e04"]
assert 2 * 128000 + 18000 == V["e05"] and 128000 / 4 == 32000
assert 426000 + 1065000 + 532500 + 106500 == V["z02"] and round(0.28 * 1860000) == 520800
assert 390000 + 780000 + 390000 == V["z01"] and round(0.09 * 900000) == 81000

LD = {"z03": 600 / 838000 * 100, "z04": 500 / 468000 * 100, "e02": 450 / 592000 * 100, "e05": 300 / 274000 * 100}

LABELS = {
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 25, True, True, 36, 9, False, True,
                         False, "PRC", "goods_or_licence"), dict(capped=True, deemed=False), []),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 28, False, True,
                         False, "PRC", "goods_or_licence"), dict(capped=True, deemed=False),
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", T(99.95, 0.5, True, "buyer", True, False, True, LD["z03"], 150, None, True, None, None, None, True,
                      True, False, "PRC", "service"), dict(deemed=False),
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "z04": ("services", T(99.95, 0.25, True, "buyer", True, True, True, LD["z04"], None, None, True, None, None, None,
                         False, True, False, "PRC", "service"), dict(deemed=False), []),
    "z05": ("software", T(None, 8, False, "supplier", True, True, False, None, 20, 65, False, False, 6, None, False,
                         True, None, None, "goods_or_licence"), dict(capped=False, deemed=True, ld_stated=False),
            ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", T(None, None, False, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                         False, "PRC", "goods_or_licence"), dict(capped=True, deemed=False, sla=False),
            ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e02": ("cloud", T(99.5, 0.5, True, "buyer", True, True, True, LD["e02"], 200, None, True, None, None, None, False,
                      True, True, "PRC", "service"), dict(deemed=False),
            ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "e03": ("hardware", T(None, 1, True, "buyer", False, True, True, 0.08, 60, 12, True, True, 24, 9, False, True,
                         False, "PRC", "goods_or_licence"), dict(capped=True, deemed=False),
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e04": ("services", T(99.95, 0.5, True, "buyer", True, True, True, 0.02, 150, None, True, None, None, None, False,
                         False, False, "PRC", "service"), dict(deemed=False), ["CR-LD-LOW", "CR-TERMINATION"]),
    "e05": ("cloud", T(99.95, 0.5, True, "buyer", True, True, True, LD["e05"], 200, None, True, None, None, None, False,
                      True, False, "Georgia", "service"), dict(deemed=False), ["CR-GOVERNING-LAW"]),
}


def tco(key):
    """policy §4: horizon 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    base = {"z01": 900000, "z02": 1860000, "e01": 340000, "e03": 499200}.get(key)
    t = LABELS[key][1]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or base is None:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years_after
    total = V[key] + fees
    return total, fees, fees / total * 100


def derive_rules(key):
    """The rules a careful reader of policy.md expects from the labelled terms (buyer's view)."""
    cat, t, ex, _ = LABELS[key]
    sla = ex.get("sla", True)
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if t["ld_rate_per_day_pct"] is None:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not ex["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(key)
        if x and x[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label_json(key):
    name = FILES[key][0]
    cat, t, ex, rules = LABELS[key]
    extra = {"sla_clause": ex.get("sla", True), "ld_stated": ex.get("ld_stated", t["ld_rate_per_day_pct"] is not None)}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = ex["capped"]
    extra["acceptance_deemed_on_delivery"] = ex["deemed"]
    extra["contract_value"] = V[key]
    d = {"file": name, "language": FILES[key][1], "category": cat, "expected_terms": t, "expected_extra": extra,
         "expected_rules": sorted(rules)}
    return json.dumps(d, indent=1, ensure_ascii=False)


# --- threshold figures: regexes over raw text and a whitespace-normalised copy ----------------------------------
CN = "〇零一二三四五六七八九十百两"
BANNED = [
    r"99\.9(?!\d)",                                                   # availability 99.9
    r"(?<![\d.])4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", rf"(?<![{CN}])四\s*(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?hours?\b",
    r"(?<![\d.])240\s*(?:分钟|minutes?\b)", r"二百四十分钟", r"\b(?:two hundred and )?forty minutes\b",
    r"(?<![\d.])0\.05\s*(?:%|％|per\s*cent\b)", r"万分之五(?![十百])",          # delay damages 0.05 %
    r"(?<![\d.])100\s*(?:%|％|per\s*cent\b)", r"百分之(?:一)?百", r"\bone hundred per\s*cent\b",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent\b)", rf"百分之三十(?![{CN}])", r"(?<![{CN}])三成", r"\bthirty per\s*cent\b",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent\b)", rf"百分之四十(?![{CN}])", r"(?<![{CN}])四成", r"\bforty per\s*cent\b",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent\b)", rf"百分之十五(?![{CN}])", r"\bfifteen per\s*cent\b",
    r"(?<![\d.])12\s*(?:个月|months?\b)", rf"(?<![{CN}])十二个月", r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b",
    rf"(?<![{CN}\d])一年", r"\bone[\s-]year\b", r"\ba year\b",
    r"(?<![\d.])5\s*(?:年|years?\b)", rf"(?<![{CN}\d])五\s*年", r"\bfive[\s-]*(?:\(5\)\s*)?years?\b",
    r"(?<![\d.])60\s*(?:个月|months?\b)", rf"(?<![{CN}])六十个月", r"\bsixty[\s-]*months?\b",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["可用率99.9%", "99.9 %", "4小时", "4 hours", "四小时", "Four hours", "240分钟", "240 minutes", "0.05%",
            "0.05 per cent", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "40 %", "百分之四十", "15%",
            "百分之十五", "12个月", "12 months", "十二个月", "twelve months", "一年", "one year", "one-year", "5年",
            "5 years", "五年", "five years", "60个月", "60 months", "六十个月"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "四十二个月", "2025年", "二〇二五年",
             "14 hours", "1.5倍", "万分之五十", "130%", "25%", "8%", "18个月", "十八个月", "二十四个月", "36 months",
             "每年", "年度", "0.005%", "45%", "150%", "55%", "2024 hours", "first year"]


def banned_hits(text):
    hits = []
    for t in (text, re.sub(r"\s+", "", text), re.sub(r"\s+", " ", text)):
        for rx in BANNED_RE:
            hits += [m.group(0) for m in rx.finditer(t)]
    return hits


def selftest():
    for s in MUST_HIT:
        assert any(rx.search(s) for rx in BANNED_RE), ("must hit", s)
    for s in MUST_MISS:
        assert not any(rx.search(s) for rx in BANNED_RE), ("must miss", s, [rx.pattern for rx in BANNED_RE if rx.search(s)])


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: v[3] for k, v in built.items()}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered = set()
    ok = True
    for k, (name, lang, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        rules = LABELS[k][3]
        der = derive_rules(k)
        t = LABELS[k][1]
        x = tco(k)
        hits = banned_hits(text) + banned_hits(src)
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}; expected {rules or '(none)'}; risk {risk(rules)}"
              + (f"; TCO {x[0]:.0f} share {x[2]:.2f}%" if x else ""))
        if not lo <= n <= hi:
            print("   LENGTH OUT OF RANGE", lo, hi); ok = False
        if hits:
            print("   THRESHOLD FIGURES:", sorted(set(hits))); ok = False
        assert der == sorted(rules), (k, der, rules)
        # off every threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15 and (x is None or abs(x[2] - 40) > 1)
        for v in (t["ld_rate_per_day_pct"],):
            assert v is None or abs(v - 0.05) > 0.005
        covered |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(k), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    print("rules not covered:", missing or "none")
    assert not missing
    mix = sorted(len(LABELS[k][3]) for k in FILES)
    print("findings per contract:", mix)
    assert ok, "length or threshold check failed"


if __name__ == "__main__":
    main()
