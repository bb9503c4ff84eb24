"""holdout848: builds the ten draft contracts of this folder from the sources below, writes their .json labels and
asserts the checks of the brief (lengths, threshold values, threshold figures in the text, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H848Z01 = """T:市气象局雪山冰川监测平台采购合同
P:合同编号：QX-ZFCG-2027-0416        采购方式：公开招标（政府采购）
P:甲方（采购人）：某市气象局
P:乙方（供应商）：某某遥感信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、乙方投标文件，双方就雪山冰川监测平台采购事宜签订本合同，共同遵守。
H:第一条 采购内容
P:1.1 乙方向甲方提供冰川监测平台软件V3.0永久使用许可，并完成定制开发、数据迁移、接口对接、部署实施和培训，使平台能够对辖区内雪山冰川的面积变化、冰舌末端位置、冰湖水位和积雪覆盖进行持续监测。
P:1.2 定制开发包括：遥感影像自动解译模块、冰湖溃决风险预警模型接入、气象站与冰川观测站数据融合展示、移动端巡查应用及与甲方现有综合气象信息平台的接口。
P:1.3 项目实施地点为甲方机房及甲方指定的两个野外观测站，交付期为合同签订之日起一百五十日内。
H:第二条 合同价款
P:2.1 合同总价为人民币2,080,000元（大写：贰佰零捌万元整），含税，为固定总价，包括：平台软件许可费1,180,000元；定制开发费640,000元；数据迁移与接口费176,000元；部署实施及培训费84,000元。
P:2.2 除本合同另有约定外，甲方无需为本合同范围内的工作支付任何其他费用。乙方为完成本合同所需的差旅、食宿、野外作业交通及第三方软件组件费用，均已包含在合同总价内。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%，即416,000元，作为预付款。
P:3.2 初步验收合格后十个工作日内，甲方支付合同总价的45%，即936,000元。
P:3.3 最终验收合格并签署最终验收报告后十个工作日内，甲方支付合同总价的35%，即728,000元。
P:3.4 每期付款前乙方应开具合法有效的增值税发票。财政资金支付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后二十日内提交实施方案，经甲方确认后执行。平台部署于甲方机房，不得部署于乙方或第三方的服务器。
P:4.2 乙方应按甲方要求完成历史冰川编目数据、卫星影像成果和观测站记录的迁移，迁移前后数据应逐条核对并形成记录。
P:4.3 乙方应指派具有同类项目经验的项目经理一名及不少于六名实施人员，项目经理未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
P:4.4 乙方应为甲方业务人员和信息中心技术人员提供不少于三期的操作及运维培训，培训教材、操作手册、部署文档和数据字典随系统一并交付。
P:4.5 野外观测站的设备接入工作须服从甲方的安全管理规定，乙方人员进入高海拔作业区域前应接受安全培训并配备必要的防护装备，由此产生的费用已包含在合同总价内。
H:第五条 验收
P:5.1 初步验收在部署完成后进行，标准为：招标文件所列功能全部实现；影像解译面积误差不超过5%；冰湖水位异常预警自触发至推送不超过60秒；接口数据连续十日无差错；迁移数据逐条核对一致。
P:5.2 初步验收合格后平台进入试运行，试运行期为四十五日。试运行期间未发生一级故障，且由甲方委托的第三方机构完成网络安全测评并出具无高风险问题结论的，甲方组织最终验收，并签署最终验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复和技术支持。
P:6.2 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、数据库运行、接口状态和预警规则执行情况，并提交巡检报告；每年汛前和融雪期前各进行一次专项检查。
P:6.3 质保期满后，如甲方需要，乙方应提供年度维护服务，年度维护费不超过平台软件许可费的7%，即每年不超过82,600元，质保期满后两年内不得上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%。每低于该值0.01个百分点，乙方向甲方支付1,000元，甲方有权从应付款中直接扣减。
P:7.2 一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内到达现场或远程处置；二级故障2小时内响应；三级故障一个工作日内响应。
P:7.3 乙方响应或修复每迟延一小时，向甲方支付800元，甲方可从应付款中扣除；无应付款的，乙方应在收到书面通知后十日内支付。
H:第八条 数据安全
P:8.1 平台中的气象观测数据、冰川影像、监测成果及其衍生数据均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他目的，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维访问须经堡垒机并记录日志，不得将数据带离甲方机房。
P:8.3 乙方人员使用的运维终端须安装甲方指定的安全软件，测试环境使用的数据须经甲方脱敏处理并在测试完成后删除。项目结束时，乙方应书面确认已删除其持有的全部甲方数据。
P:8.4 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行本合同中获知的甲方工作秘密、技术资料和未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发的模块、接口程序、模型配置及其源代码和文档的知识产权归甲方所有，乙方应在最终验收时一并交付。
P:10.2 平台软件V3.0原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方未按第七条履行服务水平义务的，按第七条扣减；扣减不足以弥补甲方损失的，乙方应另行赔偿。
P:11.3 乙方交付成果不符合约定的，应负责整改；整改后仍不合格的，甲方有权解除合同。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。合同解除的，乙方应在十日内移交已完成的成果、源代码、文档和甲方数据，并配合甲方完成工作交接。
H:第十四条 不可抗力
P:14.1 因地震、雪崩、暴雪等不可抗力致使一方不能履行合同的，该方应在不可抗力发生后三日内通知对方，并在合理期限内提供证明。受影响的期限相应顺延，双方协商后续安排。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 双方的通知应以书面形式送达合同首页所列地址或双方确认的电子邮箱，变更地址的应及时通知对方。
P:16.2 本合同一式六份，甲方四份，乙方两份，经双方签字盖章后生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：                乙方（盖章）：
P:日期：                        日期：
"""

H848Z02 = """T:生产线控制系统改造合同
P:合同编号：NZ-GZ-2027-018
P:甲方：某某母婴用品有限公司（安抚奶嘴生产厂）
P:乙方：某某自动化工程有限公司
P:甲方安抚奶嘴车间现有三条液态硅胶注塑及装配生产线，控制系统老化、工艺数据无法追溯。经双方协商，甲方委托乙方对上述生产线的控制系统进行改造，双方订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线控制系统的设计、设备供货、软件部署、安装调试、停线切换、培训及质保期内的维护，具体包括：更换PLC控制柜、伺服及温控模块，加装视觉检测工位，部署MES数据采集软件和上位监控系统，并与甲方现有ERP系统对接。
P:1.2 改造后的生产线应满足婴幼儿用品生产的卫生和追溯要求，每一批次产品的硅胶原料批号、成型温度、硫化时间、视觉检测结果应可追溯。
P:1.3 乙方应在合同签订后九十日内完成全部改造。为减少停产损失，停线切换应安排在甲方指定的节假日或计划检修期内，每条线停线时间不超过五日。
P:1.4 甲方负责提供现场施工用电、压缩空气和临时存放场地，提供现有设备的图纸、工艺文件和ERP接口说明，并指定一名项目联系人协调车间排产。甲方未按时提供上述条件的，乙方的工期相应顺延。
P:1.5 乙方应派驻具备电气及自动化专业资质的项目经理，项目经理每周向甲方书面报告进度和风险。
H:第二条 合同价格
P:2.1 合同总价为人民币1,568,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含电气元件）|6套|486,000
TB:2|伺服驱动及温控模块|3条线|312,000
TB:3|视觉检测工位（相机、光源、检测软件）|4套|268,000
TB:4|MES数据采集软件许可（永久）|1套|186,000
TB:5|HMI触摸屏及上位监控软件|3套|108,000
TB:|软硬件小计||1,360,000
TB:6|安装调试及电气改造|1项|154,000
TB:7|工艺验证配合|1项|28,000
TB:8|操作及维护培训|1项|26,000
TB:|合同总价||1,568,000
P:2.2 上述价格包括设备运输、保险、安装辅材、软件许可、调试及税费。除本合同另有约定外，甲方不再支付其他费用。
H:第三条 技术要求与实施
P:3.1 乙方提供的控制柜、检测工位及与产品接触区域相邻的设备，应符合食品接触及洁净车间的安装要求，外壳采用不锈钢或经甲方认可的材质，不得产生粉尘、油污污染。
P:3.2 乙方应在合同签订后十五日内提交详细设计方案、停线切换计划和应急回退方案，经甲方书面确认后实施。切换失败的，乙方应立即回退至原有控制系统，保证生产线恢复运行，由此产生的费用由乙方承担。
P:3.3 乙方进场人员应遵守甲方车间的卫生、更衣和安全生产制度，动火、登高及带电作业须事先办理审批手续。乙方人员在作业中发生的人身伤害由乙方负责。
P:3.4 乙方应为甲方操作工、设备维修人员和工艺工程师分别提供培训，并交付电气图纸、程序清单、操作手册和维护手册。
H:第四条 付款方式
P:4.1 合同签订后十个工作日内，甲方支付合同总价的20%，即313,600元。
P:4.2 全部设备到货并安装完毕后十个工作日内，甲方支付合同总价的55%，即862,400元。到货签收及安装完毕不视为验收合格。
P:4.3 最终验收合格后十个工作日内，甲方支付合同总价的25%，即392,000元。
H:第五条 验收
P:5.1 每条生产线改造完成后，乙方书面申请验收。验收标准为：连续72小时满负荷运行无停机故障；成型温度控制精度±1℃；视觉检测漏检率不高于0.1%、误判率不高于0.5%；每一批次的工艺参数完整上传MES并可按批号查询；与ERP的工单及产量数据一致。
P:5.2 三条生产线均通过上述测试并连续稳定运行三十日后，甲方组织最终验收并签署验收报告。生产线投入使用不视为最终验收合格。
P:5.3 验收不合格的，乙方应在十日内整改，整改费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件缺陷修复和版本升级。
P:6.2 质保期满后，乙方提供年度维保服务，含一名驻场工程师、易损件更换、程序优化及季度预防性维护。年度维保费为380,800元（即软硬件小计的28%），自质保期满之日起四十二个月内固定不变，按季度支付。
P:6.3 质保期内及维保期内，一级故障（整条生产线停机）乙方应在30分钟内远程响应，3小时内到达现场；二级故障（单一工位失效）2小时内响应；三级故障当日响应。
P:6.4 乙方应在甲方厂内存放常用备件，包括PLC模块、伺服驱动器、温控卡件及检测相机各至少一套，备件清单每半年核对一次。质保期内更换的部件，其质保期自更换之日起重新计算。
P:6.5 乙方响应或到场每迟延一小时，向甲方支付500元，从应付款或维保费中扣减。
H:第七条 数据安全
P:7.1 生产线工艺参数、配方、批次记录、质检图像及产量数据均属于甲方所有，乙方不得用于本合同以外的任何目的，不得复制或向第三方提供。
P:7.2 乙方应采取工控网络隔离、账户权限最小化、远程维护经甲方审批并全程记录等措施保障数据安全。发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成损失的，由乙方承担赔偿责任。
H:第八条 保密
P:8.1 乙方对在履行合同过程中知悉的甲方配方、工艺、客户及经营信息负有保密义务，不得向任何第三方披露，保密期限至相关信息公开为止。
H:第九条 知识产权
P:9.1 为甲方定制编写的PLC程序、上位监控画面、MES配置及接口程序的知识产权归甲方所有，乙方应交付源程序及注释文档，甲方可自行修改或委托他人修改。
P:9.2 MES软件、视觉检测软件等标准产品的知识产权仍归其权利人所有，甲方获得永久使用许可。
H:第十条 分包
P:10.1 乙方可将电气安装、线槽布线及控制柜组装等工作分包给其合作单位，但应提前五个工作日书面告知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 因乙方原因导致停线时间超过约定的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 因乙方设备或程序缺陷导致产品批量不合格或需要召回的，乙方应承担甲方因此发生的返工、报废及召回费用。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的一方，应及时通知对方并提供证明，在不可抗力影响范围内免责，但迟延履行后发生不可抗力的除外。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单、验收方案。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议与本合同不一致的，以签署在后的为准。
P:甲方（盖章）：              乙方（盖章）：
"""

H848Z03 = """门店预约及会员管理系统服务合同

合同编号：HC-SAAS-2027-03
甲方：某某合唱艺术培训连锁有限公司
乙方：某某云科技有限公司

甲方在全国经营30家合唱培训门店，需要统一的课程预约、会员管理和签到系统。乙方以软件即服务（SaaS）方式提供“声汇”门店预约及会员管理系统，并负责实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方30家门店提供以下服务：
1. 课程排期、学员在线预约、候补及调课；
2. 会员档案、课时包、储值卡及续费提醒；
3. 门店签到、教师课时统计和家长端小程序通知；
4. 总部经营报表，包括各门店出勤率、续费率和教室使用率。
（二）实施服务包括：30家门店的基础配置、历史会员及课时数据迁移、小程序上线、与甲方财务系统的收款数据对接，以及对门店店长、前台和教师的培训。
（三）服务期为两个服务年度：第一个服务年度自上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。

二、服务费用
（一）系统年服务费按门店计收，每家门店每个服务年度9,800元，30家门店每个服务年度合计294,000元，两个服务年度合计588,000元。
（二）实施费86,000元，为一次性费用。
（三）本合同总价为674,000元，含6%增值税。服务期内甲方新增门店的，按每家门店每个服务年度9,800元另行计收。

三、付款方式
（一）本合同不设预付款。
（二）实施费在上线验收合格后十五个工作日内一次性支付。
（三）年服务费按季度支付，每季度结束后十五个工作日内，甲方根据乙方提供的服务报告及发票支付当季服务费73,500元。
（四）依照第五条计算的服务费抵扣，在当季服务费中直接扣除。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店的配置、数据迁移和上线准备。
（二）上线验收标准为：
1. 历史会员、课时包余额和储值余额迁移后与甲方原始台账逐户核对一致；
2. 预约、签到、课时扣减、退费全流程在每家门店测试通过；
3. 小程序在300名用户同时预约时页面响应不超过2秒；
4. 收款数据与甲方财务系统每日自动对账无差异。
（三）上述标准全部满足并经甲方书面确认后，视为上线验收合格。乙方开通账号或门店开始使用，不视为验收合格。
（四）实施期间，乙方应指定一名实施经理，按周向甲方报告各门店的配置进度、数据核对结果和待解决问题。甲方应按时提供门店信息、课程设置、会员台账和财务接口说明，并组织门店人员参加培训。甲方原因导致的延误，上线期限相应顺延。
（五）乙方应为每家门店的店长和前台提供不少于两次的线上培训，为总部运营人员提供一次现场培训，并提供操作手册和常见问题说明。
（六）乙方未在约定期限内完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%。计划内维护应安排在每日零点至六点，并提前三日通知甲方，计划内维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障：全部或多数门店无法预约、签到或扣课时，乙方应在30分钟内响应，3小时内恢复；
2. 二级故障：单个门店或单项功能无法使用，2小时内响应，当日恢复；
3. 三级故障：一般咨询及非紧急问题，一个工作日内答复。
（三）月度可用率每低于承诺值0.1个百分点，抵扣当月服务费的2%，单月抵扣不超过当月服务费的20%；一级故障超过恢复时限的，每超过一小时另行抵扣1,000元。

六、数据
（一）甲方及其学员、家长的个人信息、会员数据、预约和消费记录属于甲方所有。
（二）乙方有权对上述数据进行去标识化处理后汇总分析，用于改进产品功能及编制艺术培训行业分析报告，该等汇总分析成果归乙方所有，本合同终止后乙方仍可继续使用。
（三）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付甲方全部数据，并在甲方确认后删除其系统中的甲方原始数据。

七、数据安全
（一）系统部署于境内云服务平台，乙方应按照网络安全等级保护第三级要求进行防护，对学员个人信息加密存储，对访问权限分级管理并留存操作日志。
（二）涉及未成年学员的信息，乙方应按照《个人信息保护法》及未成年人个人信息保护的有关规定处理，不得用于营销推送。
（三）乙方每日对甲方数据进行备份，备份数据异地存放并至少保留三十日；乙方员工仅在处理甲方工单时经授权访问甲方数据，访问记录应可供甲方查询。乙方每年至少进行一次安全漏洞扫描和应急演练，并向甲方通报结果。
（四）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方，配合甲方处置和报告；因乙方原因造成的损失由乙方承担。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
系统平台的知识产权归乙方所有。乙方为甲方专门配置的课程体系模板、定制报表及财务对接程序归甲方所有，甲方可自行使用、修改或交由第三方维护。

十、续期
服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，续展次数不限。每次续展时，乙方有权根据其当年价格体系上调年服务费，上调幅度不超过上一服务年度年服务费的8%。

十一、分包
乙方不得将本合同项下的服务分包给第三方，但经甲方书面同意的除外。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务部分的费用。
（二）连续两个月月度可用率低于承诺值的，甲方有权解除合同。
（三）合同解除或服务期满不再续展的，乙方应继续提供不少于三十日的只读访问，便于甲方核对会员课时及储值余额，并按第六条第（三）项交付数据。

十三、服务支持
（一）乙方提供7×24小时在线客服和电话支持，并为甲方指定专属客户成功经理，每季度与甲方总部召开一次服务回顾会，提交可用率、故障处理和功能改进报告。
（二）乙方对系统进行版本升级的，应提前七日通知甲方，升级不得减少本合同约定的功能，不得导致甲方已有数据丢失。涉及门店操作方式变化的，乙方应提供免费培训。
（三）招生旺季及期末汇报演出期间，乙方应提前做好扩容准备，保证预约和签到功能的正常使用。

十四、不可抗力
因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，受影响部分可以延期履行或者部分免除责任。云服务平台自身的故障不属于不可抗力。

十五、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方住所地人民法院提起诉讼。

十六、其他
（一）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
（二）双方的通知以书面形式送达合同首页所列联系人，电子邮件送达的，以进入对方邮件系统之日为送达日。
（三）服务期内甲方关闭或转让门店的，应提前三十日通知乙方，自下一季度起相应减少年服务费。
（四）附件：门店清单、功能清单、数据迁移方案，为本合同的组成部分。

甲方（盖章）：                  乙方（盖章）：
"""

H848Z04 = """高山草甸放牧管理系统年度运维服务合同

项目编号：NNJ-CS-2027-07        采购方式：竞争性磋商
采购人（甲方）：某县农业农村局
供应商（乙方）：某某智慧牧业信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担高山草甸放牧管理系统2027年度运行维护服务。双方经协商一致，订立本合同。

第一条 服务对象与期限
（一）运维对象为甲方的高山草甸放牧管理系统，包括：草场分区及载畜量核定模块、牧户及牲畜档案、放牧轮换计划、牲畜定位项圈数据接入、草场长势遥感监测、禁牧休牧监管及移动巡查应用，以及系统所在的服务器、数据库、存储和网络设备。
（二）服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止，甲方另行组织采购。

第二条 服务内容
（一）日常运行监控：对应用、数据库、服务器和接口进行每日巡检，夏季转场和冬春季禁牧期间每日两次，形成巡检记录。
（二）故障处理：受理甲方及乡镇畜牧站报告的故障，按第四条时限响应和恢复。
（三）数据维护：每日增量备份、每周全量备份，每季度进行一次恢复演练；定位项圈及遥感数据接入异常的，及时排查并补录。
（四）应用维护：修复系统缺陷，根据甲方业务调整对报表、统计口径和审批流程进行小型优化，单项工作量不超过五人日。
（五）安全运维：操作系统及中间件补丁更新、漏洞扫描、弱口令核查，配合甲方完成网络安全等级保护测评整改。
（六）技术支持：为县、乡两级用户提供电话和远程支持，每年为乡镇畜牧站开展两次操作培训。
（七）应急保障：在雪灾、暴雨等灾害天气及牲畜疫病防控期间，按甲方要求提供现场值守，保障禁牧休牧监管、牲畜转移调度和疫情上报功能的正常使用。
（八）服务接续：服务期开始后十五日内，乙方应与原运维单位完成交接，核对服务器、账号、备份和文档清单，发现的问题书面报甲方。服务期满或合同解除时，乙方应配合甲方新确定的运维单位完成同样的交接。
（九）月度报告：每月五日前向甲方提交上月运维报告，说明系统运行情况、可用率、故障及处理、备份情况、安全事件和下月工作计划。

第三条 服务费用与支付
（一）本合同年度运维服务费为人民币468,000元，含税，为固定总价。
（二）服务费按季度支付，每季度117,000元。每季度结束后，甲方依照第五条进行考核，并在考核结果确定后十五个工作日内，按考核结果支付当季服务费。
（三）乙方应在每次付款前开具合规发票。本合同不设预付款。

第四条 服务水平
（一）系统年度可用率不低于99.95%，每月计算一次，计划内维护时间除外，计划内维护应避开牧区转场高峰并提前两日报甲方同意。
（二）故障分级及时限：
1. 一级故障：系统整体无法访问、定位数据全面中断或数据库损坏，乙方应在20分钟内响应，2小时内到达甲方机房或完成远程处置，6小时内恢复；
2. 二级故障：单一模块或单个乡镇无法使用，1小时内响应，当日恢复；
3. 三级故障：一般操作问题及咨询，当日答复。
（三）乙方应派驻一名运维工程师在甲方现场办公，工作日按甲方作息时间到岗，节假日及转场期间保持电话畅通。

第五条 考核与扣款
（一）甲方按季度对乙方服务进行考核，考核内容包括可用率、故障响应及恢复时限、巡检和备份记录、用户满意度。
（二）可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元；一级故障响应或恢复每超时一小时，扣减当季服务费800元；缺少巡检或备份记录的，每次扣减300元。
（三）当季扣款合计不超过当季服务费的20%。扣款从当季服务费中直接扣除。

第六条 年度验收
（一）服务期满后十五日内，乙方提交年度运维总结报告、巡检和备份记录、故障处理台账、补丁及漏洞整改清单和系统配置文档。
（二）甲方组织年度验收，验收标准为：四个季度考核均已完成；全年可用率达到第四条承诺值；全部一级故障均已闭环；备份恢复演练记录齐全；系统文档与实际配置一致。
（三）年度验收不合格的，乙方应在十五日内整改完毕，并重新申请验收。

第七条 数据安全
（一）系统中的牧户身份信息、草场承包信息、牲畜档案、定位轨迹及遥感监测数据均属于甲方所有，乙方仅可为履行运维服务使用，不得用于其他目的。
（二）乙方应严格执行等级保护第三级的管理要求：运维操作必须通过甲方堡垒机进行，使用实名账号，不得使用共享账号；不得将数据库及备份介质带离甲方机房；确需导出数据排查问题的，须经甲方书面批准，并在使用后删除。
（三）发生数据泄露、篡改、丢失或勒索病毒等安全事件的，乙方应立即采取处置措施，并在1小时内报告甲方，配合甲方向主管部门报告。因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的损失。

第八条 知识产权
运维过程中乙方编写的脚本、巡检工具配置、报表优化程序及全部运维文档，知识产权归甲方所有，乙方应随年度总结一并移交。

第九条 人员管理
（一）乙方投入本项目的人员应与响应文件一致，项目负责人和驻场工程师更换须经甲方同意，替换人员的资格不得低于原人员。
（二）乙方人员进入甲方机房须登记，遵守甲方机房管理制度。前往牧区现场的，乙方应为其人员购买意外伤害保险，并配备必要的交通和防寒装备，相关费用已包含在服务费中。
（三）乙方人员应具备与岗位相应的专业能力，驻场工程师应熟悉Linux操作系统、数据库管理和地理信息系统的运维。

第十条 甲方责任
（一）甲方为乙方驻场人员提供办公场所和必要的网络接入条件，及时提供系统原有的设计文档、账号清单和设备保修信息。
（二）甲方应指定专人对接运维工作，组织乡镇畜牧站及时报告故障，并按时完成季度考核和支付服务费。
（三）硬件设备超出原厂保修范围需更换部件的，由甲方另行采购，乙方负责提出技术建议并配合安装。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 责任
乙方未达到服务水平的，按第五条扣款；因乙方过错给甲方造成损失的，乙方应予赔偿。

第十三条 合同解除
（一）乙方有下列情形之一的，甲方有权书面通知解除合同：连续两个季度考核不合格；违反第七条造成安全事件；擅自转包或分包；其他严重违约行为经书面催告后十日内仍未纠正。
（二）合同解除的，甲方按实际服务期间和考核结果结算服务费，乙方应在五日内完成交接，移交全部账号、文档和脚本。

第十四条 不可抗力
因地震、暴雪、山洪等不可抗力导致一方不能履行合同的，该方应及时通知对方，并在十日内提供有关证明。受影响期间的服务水平考核相应免除，但乙方应尽力采取措施减少损失，不可抗力消除后立即恢复服务。

第十五条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分，与本合同不一致的，以本合同为准。本合同未尽事宜，双方可另行签订补充协议，但不得改变合同标的、价款和服务期限等实质性内容。

甲方（盖章）：                  乙方（盖章）：
"""

H848Z05 = """# 工序追踪软件许可及定制开发合同

**匠迹软件标准合同文本（2026版）**

合同编号：JJ-2027-0093

甲方（买方）：某某盘扣工作室
乙方（卖方）：某某匠迹软件科技有限公司

甲方经营中式盘扣的设计、手工盘制和钉扣加工，现向乙方购买“匠迹”工序追踪软件的使用许可并委托乙方进行定制开发。双方本着平等自愿的原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工序追踪软件标准版的永久使用许可，许可用户数为40个，限甲方在其经营场所内使用。

1.2 乙方按甲方需求进行定制开发，内容包括：订单录入及款式图管理；打版、盘条、盘花、缝钉、整烫、质检各工序的扫码报工；工序流转看板；按件计酬的工资统计；面向客户的小程序下单及进度查询。

1.3 甲方增加用户数的，每增加一个用户按3,600元另行购买许可。甲方不得将许可转让、出租或提供给关联门店使用。

1.4 乙方负责软件部署、数据初始化及操作培训。培训为一次集中培训，时长不超过两日，培训对象为甲方管理人员及各工序班组长。

1.5 甲方应自行准备服务器、扫码枪、标签打印机、工位平板及网络环境，硬件配置应符合乙方出具的配置清单。硬件采购、安装及维修不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序追踪软件标准版永久许可（40用户） | 168,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 部署及培训 | 36,000 |
| | 合计 | 440,000 |

本合同总价为人民币440,000元（含税），乙方在收到每期款项后十个工作日内开具增值税普通发票。甲方提出的需求变更，双方另行确认工作量及费用。

## 第三条 付款

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即220,000元。

3.2 软件上线运行后五个工作日内，甲方支付剩余的50%，即220,000元。

3.3 甲方未按期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停开发、部署和技术支持，由此造成的工期延误由甲方承担。

## 第四条 交付

4.1 乙方在收到首期款后六十日内完成定制开发并部署上线。因甲方需求变更、资料提供不及时或场地网络条件不具备导致的延误，交付期限相应顺延。

4.2 乙方交付的内容为：软件安装程序、许可密钥、用户操作手册。源代码及数据库设计文档不属于交付内容。

4.3 定制开发开始前，乙方编制需求说明书，甲方应在收到后五个工作日内确认。甲方逾期未确认的，视为确认。需求说明书确认后，甲方再提出修改的，按需求变更处理，乙方按每人日2,800元另行报价。

4.4 软件上线前，乙方应完成数据初始化并对甲方操作人员进行培训，上线日期由乙方书面通知甲方。甲方应指定一名联系人负责需求沟通、资料提供和上线协调，并提供历史订单、款式图和员工名册等初始化资料。

## 第五条 验收

5.1 软件部署上线后即视为甲方验收合格。

5.2 甲方对软件功能有异议的，应在上线后三日内书面提出，逾期未提出的视为无异议。甲方使用软件处理实际订单的，视为认可交付成果。

5.3 上线后发现的问题，由乙方在免费维护期内按第六条处理，不影响验收结论及甲方付款义务。

## 第六条 维护服务

6.1 乙方自软件上线之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。

6.2 乙方在工作日9:00至18:00提供电话及远程支持。一级故障（系统无法登录或无法报工）乙方在8小时内响应，其他问题在两个工作日内响应。

6.3 乙方将尽力排除故障，但不对故障处理时间作出保证，也不因响应或修复超时承担扣款、赔偿或违约金。

6.4 乙方通过远程方式提供维护的，甲方应开放远程访问通道。需要乙方人员到甲方现场处理的，差旅费用由甲方承担。

6.5 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准执行。

## 第七条 知识产权

7.1 “匠迹”软件及乙方为本合同进行的定制开发成果（包括程序、源代码、数据库设计、小程序及相关文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定的用户数和场所范围内享有非独占、不可转让的使用权，不得修改、反编译或交由第三方进行二次开发。乙方有权将定制开发中形成的功能纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方在软件中录入的订单、客户、款式图及员工计件数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 甲方应自行做好服务器的日常备份。软件部署在甲方服务器上，乙方仅在提供维护服务时经甲方同意访问。

8.3 乙方对软件部署环境采取账号权限管理、数据加密传输和每日备份等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并承担相应的赔偿责任。乙方工作人员应遵守甲方的现场管理规定，不得拍摄或带走甲方的款式样品和图稿。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，本条在合同终止后两年内有效。甲方的款式设计图稿、客户名单和工价标准属于甲方的商业秘密；乙方的软件、技术文档、报价和本合同条款属于乙方的商业秘密。因法律法规或政府机关要求披露的，不视为违反本条。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 乙方交付的软件存在缺陷的，乙方的责任限于在合理期限内修复缺陷。

10.3 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及停工损失。

## 第十一条 不可抗力

因自然灾害、政府行为、网络运营商故障、电力中断等不能预见、不能避免并不能克服的情况致使合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十二条 软件升级

12.1 乙方发布标准版新版本的，免费维护期内甲方可免费升级；免费维护期满后，升级服务按乙方当时的价格另行收费。

12.2 因甲方自行修改运行环境、操作系统或数据库导致软件无法正常运行的，乙方提供的恢复服务另行收费。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 合同解除的，乙方已完成的工作按实际工作量结算，已收取的许可费不予退还。甲方应停止使用软件并删除安装程序，但可在解除后十五日内导出其业务数据。

13.3 甲方无正当理由单方终止合同的，已支付的款项不予退还。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

15.3 双方往来通知可通过电子邮件或即时通讯工具发送，发出即视为送达。合同附件包括：需求说明书、软件功能清单、硬件配置清单。

甲方（签章）：                  乙方（签章）：
"""

H848E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SO-2027-0311
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Hunan Qingshan Wood Flooring Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhuzhou, Hunan Province (the "Customer"); and
P:(2) Daugava Timber Systems SIA, a company registered in the Republic of Latvia, with its registered office at Rīgas iela, Jēkabpils, Latvia (the "Vendor").
P:The Customer operates two sawmills and a flooring plant and wishes to acquire a perpetual licence of the Vendor's log-optimisation and production-planning software, together with implementation, interface development and training services. The Vendor has agreed to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's TimberOpt suite, version 8, comprising the log-scanning optimiser, the cutting-pattern planner, the kiln-drying scheduler and the yield-reporting module, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts and any other items developed by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Software at the Customer's sites, including scanner images, log dimensions, yield records and production plans.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at its sites in the People's Republic of China for its own business, for up to 60 named users and three production sites.
P:2.2 The Customer may make copies of the Software for back-up, testing and disaster-recovery purposes. The licence may be transferred to an affiliate of the Customer upon written notice to the Vendor.
P:2.3 The Vendor retains ownership of the Software. Nothing in this Agreement transfers to the Customer any right in the Vendor's pre-existing materials other than the licence in this Article.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers, calibrate the optimiser with the Customer's three log scanners, develop interfaces to the Customer's ERP and kiln control systems, migrate the historical yield data of the last three seasons and train the Customer's planners, operators and IT staff.
P:3.2 The Vendor shall deliver a project plan within 20 days after signature. Installation and configuration shall be completed within 90 days after signature, and the Software shall be ready for acceptance testing within 120 days after signature (the "Readiness Date").
P:3.3 The Vendor shall appoint a project manager who speaks English and is supported by a Mandarin-speaking implementation consultant. Key personnel may only be replaced with the Customer's consent, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,882,000, inclusive of all taxes payable in the People's Republic of China, made up of: Licence Fee CNY 1,240,000; implementation services CNY 386,000; interface development CNY 214,000; and training CNY 42,000.
P:4.2 The Contract Price shall be paid as follows: 10% (CNY 188,200) within 20 days after signature against the Vendor's invoice and an advance-payment guarantee of the same amount; 55% (CNY 1,035,100) within 20 days after the Vendor's written notice that installation, configuration and data migration are complete; and 35% (CNY 658,700) within 20 days after Final Acceptance.
P:4.3 All invoices shall be issued in CNY. The Vendor is responsible for its own taxes outside the People's Republic of China. The Customer may withhold taxes required by PRC law and shall provide the corresponding tax certificates.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose an acceptance test plan at least 20 days before the Readiness Date. The plan requires the Customer's written approval.
P:5.2 The acceptance criteria are: all functions in the functional specification work as described; the optimiser's predicted yield deviates from the measured yield by no more than 1.5 percentage points over ten production days; each interface transfers data without loss or error for ten consecutive working days; migrated data reconciles with the source records; and no Severity 1 or Severity 2 defect is open.
P:5.3 When all criteria are met, the Customer shall issue a Final Acceptance certificate within ten working days. If a test fails, the Vendor shall correct the defects at its own cost and repeat the test. Productive use of the Software before Final Acceptance, or any payment, does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide remote and on-site support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 136,400 per year, and shall not increase during the first three support years. Support renews only by the Customer's written order; there is no automatic renewal.
P:6.3 During the Warranty Period and any support year, the Vendor shall respond to a Severity 1 incident (production stopped at a site or the optimiser unavailable) within one hour and shall provide a workaround or fix within eight hours; a Severity 2 incident within two hours; and other incidents on the next working day.
P:6.4 For each hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall pay CNY 1,000, which the Customer may deduct from any amount due to the Vendor.
H:Article 7 Customer Data and Data Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:7.2 The Software is installed on the Customer's premises. The Vendor shall access the Customer's systems only through the Customer's VPN, using personal accounts with multi-factor authentication, and only with the Customer's approval for each session. The Vendor shall not transfer Customer Data outside the People's Republic of China and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:7.3 The Vendor shall notify the Customer within six hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, shall take all necessary remedial measures, and shall be liable for all losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.2 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including the Customer's production volumes, yield figures and prices, and shall use it only for the purposes of this Agreement. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Software is not ready for acceptance testing by the Readiness Date, or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights, or breach of Article 7 or Article 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after receiving notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination the Vendor shall deliver all completed Custom Deliverables and return or destroy Customer Data, and shall refund amounts paid for work not performed.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event continues for more than 60 days, either party may terminate the affected part of this Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Latvia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration at the Riga International Commercial Arbitration Court in Riga, Latvia, by three arbitrators, in the English language.
H:Article 15 General
P:15.1 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties. Annex 1 (Functional Specification), Annex 2 (Interface List) and Annex 3 (Project Plan) form part of it.
P:15.2 Notices shall be given in writing to the addresses above or to the e-mail addresses the parties designate.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H848E02 = """# FLEETLEDGER ORDER FORM

Order Form No. FL-CN-2027-014

**Provider:** FleetLedger UAB, a company registered in the Republic of Lithuania, Vytauto g., Marijampolė, Lithuania ("Provider")

**Customer:** Chengdu Tianfu Car Rental Co., Ltd., a company incorporated in the People's Republic of China, Chengdu, Sichuan Province ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B if they conflict.

## PART A - ORDER DETAILS

### A1. Service

FleetLedger, the Provider's web-based fleet maintenance and inspection platform, with the following modules: vehicle register, preventive maintenance planning, mobile inspection checklists with photo capture, tyre and parts inventory, workshop job cards, damage claims and cost reporting. The Service covers up to 1,200 vehicles and 150 named users across the Customer's nine rental branches and two workshops. Mobile applications for Android and iOS are included.

### A2. Subscription Term

The Subscription Term begins on the Service Start Date, which is the date on which Provider notifies Customer that the production tenant is available and Onboarding Acceptance under A4 has been confirmed, and consists of two consecutive Subscription Years. The target Service Start Date is 1 April 2027.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 1,200 vehicles, 150 users | 268,000 |
| Subscription Fee, Subscription Year 2 | 1,200 vehicles, 150 users | 268,000 |
| Onboarding (configuration, data import from the Customer's spreadsheets and ERP, two integrations, training) | one-time | 34,000 |
| **Total Order Value** | | **570,000** |

All fees are stated in CNY and include value-added tax. Additional vehicles may be added at CNY 230 per vehicle per Subscription Year, pro rata; such additions are ordered separately and are not part of the Total Order Value.

### A4. Onboarding and Acceptance

A4.1 Provider shall complete onboarding within 45 days after signature of this Order Form. Onboarding includes: configuration of branches, vehicle classes and maintenance intervals; import of the vehicle register and maintenance history for the last three years; integration with the Customer's rental management system and its finance system; and two training sessions for branch staff and workshop supervisors.

A4.2 Onboarding Acceptance criteria: all 1,200 vehicles and their maintenance history are imported and reconciled against the Customer's register without discrepancies; both integrations transfer data correctly for seven consecutive days; every inspection checklist works on the mobile applications, including offline capture; and the cost reports match the Customer's finance data for one sample month. Customer shall confirm Onboarding Acceptance in writing within five working days after the criteria are met. Access to the production tenant alone is not acceptance.

A4.3 If Onboarding Acceptance is not achieved within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 30,000 in total.

### A5. Invoicing and Payment

A5.1 The Onboarding fee is invoiced after Onboarding Acceptance.

A5.2 Subscription Fees are invoiced quarterly in arrears, at CNY 67,000 per quarter, at the end of each quarter of each Subscription Year.

A5.3 Customer shall pay each undisputed invoice within 30 days after receipt. Provider shall issue valid Chinese VAT invoices through its authorised local billing agent.

### A6. Contacts and Signature

Customer contact: Fleet Operations Manager. Provider contact: Account Manager, APAC. This Order Form takes effect on signature by both parties.

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer during the Subscription Term in accordance with the documentation and this Order Form.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to respond promptly to support requests submitted through its help desk by e-mail or the in-app chat. Provider does not commit to any particular availability level, response time or resolution time, and no service credits apply.

1.3 Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in A1.

### 2. Customer Data

2.1 "Customer Data" means all data that Customer or its users enter into the Service, including vehicle records, driver and customer names, inspection photos, workshop records and cost data. Customer Data belongs to Customer.

2.2 Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, analyse for its own purposes or disclose Customer Data.

### 3. Data Security

3.1 The Service for Customer is hosted in a data centre in mainland China operated by Alibaba Cloud on Provider's behalf; Customer Data shall not be stored or accessed outside mainland China, except with Customer's prior written consent and in compliance with PRC law on cross-border data transfer.

3.2 Provider shall maintain technical and organisational security measures appropriate to the risk, including encryption of data in transit and at rest, role-based access control, multi-factor authentication for administrative access, daily back-ups kept for 35 days, annual penetration testing and protection consistent with MLPS level 3.

3.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate remedial measures and shall cooperate with Customer's notifications to regulators and data subjects. Provider is liable for losses caused by its failure to comply with this section 3.

3.4 On expiry or termination, Provider shall make Customer Data available for export in CSV format for 60 days and then delete it, and shall confirm the deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the Service and all its underlying software. Customer receives a non-exclusive right to use the Service during the Subscription Term.

4.2 Integration scripts, report templates and configuration files developed specifically for Customer during onboarding belong to Customer, which may use, modify and let third parties use them without restriction.

### 5. Confidentiality

Each party shall keep confidential the non-public information it receives from the other party under this Order Form, including pricing, fleet data and business plans, and shall disclose it only to its employees and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the Subscription Term.

### 6. Subcontracting

6.1 The hosting provider named in 3.1 is approved by Customer on signature. Provider shall not engage any other subcontractor to perform any part of the Service without Customer's prior written consent.

6.2 Provider remains responsible for the performance of its subcontractors.

### 7. Term, Renewal and Termination

7.1 This Order Form ends at the end of the Subscription Term. There is no automatic renewal; any renewal requires a new order form agreed in writing by both parties.

7.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

7.3 If Customer terminates under 7.2, Provider shall refund any fees paid for the period after termination.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, including loss of profit.

8.2 Provider's total liability arising out of or in connection with this Order Form in any calendar year is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in 8.1 and 8.2 do not apply to breach of section 3 or section 5, to personal injury or to wilful misconduct.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Disputes shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 10. Customer Responsibilities

10.1 Customer is responsible for the accuracy of the data it enters, for the conduct of its users and for keeping user credentials secure. Customer shall notify Provider without delay of any unauthorised use of an account that comes to its attention.

10.2 Customer shall provide the mobile devices used by its inspectors and shall keep them on a supported operating-system version listed in the documentation.

10.3 Customer shall not resell the Service, use it to provide services to third parties other than its affiliates, or attempt to reverse-engineer the Service.

### 11. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics, government action or a general failure of public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. A failure of Provider's hosting provider is not force majeure unless it is itself caused by such an event. If the event lasts more than 45 days, Customer may terminate this Order Form and receive a refund of fees paid for the period after termination.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent.

12.2 Notices shall be in writing and sent to the contacts named in A6.

12.3 This Order Form, including Part B, is the entire agreement between the parties on its subject matter and replaces any earlier proposals. Terms printed on purchase orders, invoices or click-through screens do not apply. Amendments must be in writing and signed by both parties.

For Customer: ____________________    For Provider: ____________________
"""

H848E03 = """T:PURCHASE CONTRACT FOR CONDITION-MONITORING SENSORS AND SOFTWARE
P:Contract No. JH-EQ-2027-052
P:Buyer: Jiangsu Huaxin Fertiliser Co., Ltd., a company incorporated in the People's Republic of China, Nanjing, Jiangsu Province (the "Buyer").
P:Supplier: Nevėžis Sensorics UAB, a company registered in the Republic of Lithuania, Kėdainiai, Lithuania (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer wishes to monitor the vibration and bearing temperature of the pumps, fans, compressors and granulators in its ammonia and compound-fertiliser plants, and the Supplier has agreed to supply, install and commission wireless sensors, gateways and a perpetual licence of its monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 3.
P:1.2 "Software" means the Supplier's VibraSense monitoring software, version 5, including its analytics, alarm, trend and reporting functions and all updates supplied under this Contract.
P:1.3 "Buyer Data" means all measurements, alarms, asset records, reports and other data generated or stored by the Equipment or the Software at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under clause 6.3.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment and the Software, install the sensors on 146 rotating machines identified in Annex 1, install and configure the gateways and the Software on the Buyer's servers, integrate the Software with the Buyer's distributed control system historian and maintenance management system, and train the Buyer's staff.
P:2.2 All Equipment installed in hazardous areas shall carry valid explosion-protection certification recognised in the People's Republic of China (CCC Ex or NEPSI) and shall be suitable for ambient temperatures from minus 30 to plus 70 degrees Celsius.
P:2.3 The Supplier shall deliver the Equipment to the Buyer's Nanjing plant within 75 days after signature, DDP (Incoterms 2020), and complete installation and commissioning within 45 days after delivery.
H:3. Price
P:3.1 The Contract Price is CNY 2,096,000, inclusive of VAT, customs duties, transport, insurance and all other costs, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, Ex-certified|360|3,100|1,116,000
TB:2|Wireless bearing temperature sensor|120|1,450|174,000
TB:3|Industrial gateway with redundant power supply|18|12,500|225,000
TB:4|VibraSense monitoring software, perpetual licence, unlimited assets at two plants|1|386,000|386,000
TB:|Equipment and Software Subtotal|||1,901,000
TB:5|Installation, commissioning and integration|1 lot|168,000|168,000
TB:6|Training of operators and reliability engineers|1 lot|27,000|27,000
TB:|Contract Price|||2,096,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes, taxes or any other reason.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 209,600) is payable within 15 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 1,152,800) is payable within 20 working days after the Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantity and installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 733,600) is payable within 20 working days after Final Acceptance.
P:4.4 Each payment is subject to a valid Chinese VAT invoice.
H:5. Delivery and Delay
P:5.1 Title and risk in the Equipment pass to the Buyer on delivery to the Buyer's plant.
P:5.2 If the Supplier fails to deliver the Equipment or to reach Final Acceptance by the dates in clause 2.3 and clause 6, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligations.
H:6. Acceptance
P:6.1 After commissioning, the Supplier shall carry out the acceptance tests in Annex 2 in the presence of the Buyer's engineers.
P:6.2 The acceptance criteria are: every sensor in Annex 1 reports to the Software at the configured interval; the measured vibration values deviate from a calibrated portable analyser by no more than 5% on a sample of 20 machines; alarms are raised in the Software and transferred to the control system historian within ten seconds; work orders are created automatically in the maintenance management system for every high-priority alarm; and the system runs for 30 consecutive days without a Severity 1 fault and with a data-packet loss of no more than 0.5%.
P:6.3 When all criteria are met, the Buyer shall sign the Final Acceptance certificate within ten working days. Installation, use of the system in production or payment does not constitute acceptance. If the tests fail, the Supplier shall remedy the defects and repeat the tests at its own cost.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge within ten days, including transport and customs costs, and supply Software updates and defect corrections free of charge. Batteries that fail before their rated life are covered by the warranty.
P:7.2 After the warranty period the Supplier shall, if the Buyer so requests, provide annual support for the Equipment and the Software at a fee of 8.5% of the Equipment and Software Subtotal per year, that is CNY 161,585. The fee is fixed for the first three support years. Support is ordered by the Buyer each year in writing and does not renew automatically.
H:8. Service Levels
P:8.1 During the warranty period and any support year the Supplier shall respond to faults as follows: Severity 1 (the Software unavailable, a gateway down, or a loss of data from more than ten machines) within 30 minutes, with remote restoration within six hours; Severity 2 (a single machine or function affected) within two hours; Severity 3 (questions and minor issues) within one working day.
P:8.2 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200, which the Buyer may set off against any amount due to the Supplier.
P:8.3 The Supplier shall provide a hotline with Mandarin-speaking engineers and shall keep a stock of spare sensors and gateways in China.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, retain or use it for any other purpose, including product development or benchmarking.
P:9.2 The Software and the gateways shall be installed in the Buyer's network and shall not send data to any system outside the Buyer's plants. Remote access by the Supplier is allowed only through the Buyer's jump server, with the Buyer's approval for each session, and all sessions are recorded.
P:9.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law and with the Buyer's industrial control system security rules. It shall report any security incident affecting Buyer Data or the Buyer's systems within two hours, take all remedial measures and bear the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's process information, plant layouts, production data and any other non-public information received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues after the end of the Contract.
H:11. Intellectual Property
P:11.1 The integration interfaces, configuration files, asset models and reports prepared specifically for the Buyer, including their source code, belong to the Buyer, which may use, modify and license them freely.
P:11.2 The Software remains the property of the Supplier and is licensed to the Buyer on a perpetual, irrevocable basis.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation work in hazardous areas shall be carried out only by personnel holding valid certificates.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under clause 5.2 reach their maximum. The Supplier shall then refund the amounts paid for Equipment or services not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing. The award is final.
H:16. General
P:16.1 This Contract is made in English and Chinese in four originals. Both versions have equal effect. Annex 1 (Machine List) and Annex 2 (Acceptance Test Plan) form part of this Contract.
P:16.2 The Buyer shall provide the Supplier's personnel with access to the machines, the necessary work permits and safety induction, and the network connections and server capacity described in Annex 2. The Supplier's personnel shall comply with the Buyer's safety, health and environmental rules at all times while on site.
P:16.3 Notices shall be given in writing to the addresses above. Any amendment to this Contract requires a written agreement signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H848E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. MSA-FS-2027-006

This Managed IT Services Agreement (the "Agreement") is entered into between **Foshan Shunyi Furniture Manufacturing Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong Province ("Customer"), and **Žemaitija IT Services UAB**, a company registered in the Republic of Lithuania with its registered office in Telšiai, Lithuania, acting through its branch office in Guangzhou ("Provider").

## Section 1. Background and Definitions

1.1 Customer operates three furniture factories and a design centre in Guangdong Province and wishes to outsource the operation of its local and wireless networks, its service desk and its end-user device support to Provider for a fixed term of 36 months.

1.2 In this Agreement: "Services" means the services described in Schedule 1; "Service Levels" means the levels in Schedule 2; "Charges" means the charges in Schedule 3; "Service Commencement Date" means the date on which Customer confirms Transition Acceptance under Section 3; "Term" means the period of 36 months starting on the Service Commencement Date; "Customer Data" means all data of Customer and its employees that Provider receives or has access to in performing the Services.

## Section 2. Services

2.1 Provider shall perform the Services from the Service Commencement Date until the end of the Term in accordance with this Agreement and good industry practice.

2.2 Provider shall assign a dedicated service delivery manager, a team of on-site engineers at each factory during Customer's production hours, and a bilingual service desk in Guangzhou.

2.3 Provider shall maintain the configuration management database, network diagrams and standard operating procedures for the Services and shall keep them up to date.

## Section 3. Transition

3.1 Provider shall take over the Services from Customer's internal IT team within 60 days after signature in accordance with the transition plan agreed by the parties. Transition includes inventory of all network equipment and end-user devices, knowledge transfer, set-up of the service desk tools and monitoring, and a two-week parallel run.

3.2 Transition Acceptance criteria: the inventory is complete and reconciled with Customer's asset register; every network device is under monitoring; the service desk handles all tickets of the parallel run within the Service Levels; runbooks for all standard requests are approved by Customer; and no Priority 1 incident is open. Customer shall confirm Transition Acceptance in writing when the criteria are met.

3.3 If Transition Acceptance is not achieved within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay until Transition Acceptance, up to CNY 90,000.

## Section 4. Charges and Payment

4.1 Customer shall pay the Charges set out in Schedule 3. The Total Contract Value over the Term is CNY 2,202,000, inclusive of VAT.

4.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Customer shall pay each undisputed invoice within 30 days after receipt of a valid VAT invoice.

4.3 Charges are fixed for the Term. Additional services requested by Customer are ordered through the change procedure at the day rates in Schedule 3.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2. Provider shall report its performance against the Service Levels monthly, with root-cause analysis for every Priority 1 incident.

5.2 If Provider fails to meet a Service Level, Provider shall grant the Service Credits set out in Schedule 2, which are deducted from the next invoice. Service Credits in any month are capped at 20% of the Monthly Service Charge.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term Provider shall hand over to Customer all Customer Data, configuration data and documentation in its possession.

## Section 7. Confidentiality

7.1 Each party shall treat as confidential all information of the other party that is marked as confidential or is by its nature confidential, including Customer's designs, product prices, supplier lists and network configuration, and shall not disclose it to third parties except to its employees and subcontractors who need to know it for the purposes of this Agreement.

7.2 The obligations in this Section 7 continue for three years after the end of the Term.

## Section 8. Intellectual Property

8.1 Provider retains ownership of its tools, methods and know-how existing before this Agreement.

8.2 Runbooks, network diagrams, configuration files, scripts and reports prepared by Provider specifically for Customer belong to Customer, which may use, modify and pass them to any successor provider without restriction.

## Section 9. Personnel and Subcontracting

9.1 Provider's personnel shall comply with Customer's site rules, including safety rules in the factories.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all approved subcontractors.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total aggregate liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to personal injury, wilful misconduct or breach of Section 7.

## Section 11. Term and Termination

11.1 This Agreement enters into force on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 This Agreement may not be terminated early by either party, except that Provider may terminate it by written notice if Customer fails to pay undisputed Charges for more than 90 days after a written reminder.

11.3 If Provider fails to perform the Services or meet the Service Levels, Customer's remedies are the Service Credits under Section 5 and damages under Section 10. Customer shall continue to perform this Agreement while such remedies are pursued.

11.4 At the end of the Term Provider shall provide exit assistance for up to 60 days, including knowledge transfer to Customer or a successor provider, at the day rates in Schedule 3.

## Section 12. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to mitigate the effects. The Term is not extended by a force majeure event.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou under its rules then in force. The arbitral award is final and binding.

## Section 14. General

14.1 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject matter. Amendments require a written document signed by both parties.

14.2 Notices shall be in writing, in English or Chinese, and delivered to the registered addresses of the parties.

## Schedule 1 - Services

| No. | Service | Scope |
|---|---|---|
| 1 | Network operations | Monitoring, configuration and maintenance of 212 switches, 6 firewalls and 388 wireless access points at three factories and the design centre; firmware updates in agreed maintenance windows |
| 2 | Service desk | Bilingual telephone, e-mail and portal support for 1,650 users, Monday to Saturday 07:00 to 22:00, with on-call cover outside these hours for Priority 1 incidents |
| 3 | End-user device support | Installation, moves, repairs and replacement of 1,420 desktops, laptops, tablets and label printers; imaging and asset tagging |
| 4 | On-site support | One engineer at each factory and at the design centre during production hours |
| 5 | Reporting and governance | Monthly service report, quarterly service review, annual improvement plan |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service Credit |
|---|---|---|
| Availability of the core network at each factory, per month | 99.95% | 3% of the Monthly Service Charge for each 0.02 percentage point (or part) below target |
| Priority 1 incident (a factory network or production scanning down): response | 30 minutes | CNY 1,000 for each hour or part of an hour late |
| Priority 1 incident: restoration | 6 hours | CNY 2,000 for each hour or part of an hour late |
| Priority 2 incident (one building or a group of users affected): response | 1 hour | CNY 300 for each hour late |
| Service desk calls answered within 60 seconds | 90% | 1% of the Monthly Service Charge if missed |
| Device repair or replacement at a factory | next working day | CNY 200 per device per day late |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | per month, 36 months, in arrears | 58,500 |
| Monthly Service Charges over the Term | 36 x 58,500 | 2,106,000 |
| Total Contract Value | | 2,202,000 |
| Additional services (change procedure) | per engineer day | 2,600 |
"""

H848E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TRK-API-2027-021

PARTIES

1.1 Baltic Freight Data UAB, a company registered in the Republic of Lithuania, with its registered office in Tauragė, Lithuania ("Provider").

1.2 Ningbo Haixin International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Ningbo, Zhejiang Province ("Customer").

1.3 Customer wishes to subscribe to Provider's shipment-tracking data and carbon-emission data, delivered through application programming interfaces ("APIs"), for use in its own freight-management system and customer portal. Provider agrees to provide the subscription on the terms below.

DEFINITIONS

2.1 "Data Services" means the Tracking API (container and vessel events, estimated times of arrival, port congestion indicators), the Emissions API (well-to-wake CO2e estimates per shipment leg) and the associated developer portal, documentation and sandbox.

2.2 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Service Start Date and the second starting on its first anniversary.

2.3 "Subscription Term" means the two Subscription Years and any renewal period under clause 12.

2.4 "Service Start Date" means the date on which Customer confirms Integration Acceptance under clause 5.

2.5 "Customer Data" means all data that Customer or its users submit to the Data Services, including booking references, container numbers, consignee names, shipment lists and API query logs.

2.6 "Call Quota" means 3,000,000 API calls per Subscription Year across both APIs.

SUBSCRIPTION AND LICENCE

3.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the Data Services up to the Call Quota, to store the data received in its own systems and to display it to its own customers through its portal and shipment notifications.

3.2 Customer may keep and continue to use data received during the Subscription Term for its internal records and for shipments that were tracked during the Subscription Term.

3.3 Customer shall not resell the data as a stand-alone data feed or use it to build a competing tracking database.

3.4 Customer is responsible for keeping its API keys secure, for the use of the Data Services by its own users and systems, and for informing Provider without delay if it suspects that an API key has been compromised. Provider shall then revoke the key and issue a new one free of charge.

FEES AND PAYMENT

4.1 The fees are: Subscription Fee for Subscription Year 1, CNY 348,000; Subscription Fee for Subscription Year 2, CNY 348,000; one-time Integration Set-up Fee, CNY 22,000. The total fees for the Subscription Term are CNY 718,000, including VAT.

4.2 Calls above the Call Quota are charged at CNY 18 per 1,000 calls and invoiced at the end of the Subscription Year in which they occur. Overage charges are not included in the total in clause 4.1.

4.3 The Integration Set-up Fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced in two equal half-yearly instalments of CNY 174,000, each at the end of the half-year to which it relates.

4.4 Customer shall pay each undisputed invoice within 30 days after receipt of a valid VAT invoice issued by Provider's billing agent in China.

INTEGRATION AND ACCEPTANCE

5.1 Provider shall make the production API credentials, the sandbox and a dedicated integration engineer available within 20 days after signature, and shall support Customer in connecting the Data Services to Customer's freight-management system and portal.

5.2 Integration Acceptance criteria: both APIs return valid responses for a test set of 500 live shipments agreed by the parties; at least 95% of the test shipments on Customer's main trade lanes return vessel events and estimated times of arrival; median API response time is below 800 milliseconds over five consecutive working days; and emission estimates are provided for every leg of the test set with the methodology documented. Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Use of the sandbox or of the production credentials alone does not constitute acceptance.

5.3 If Provider fails to make the production credentials and the integration engineer available by the date in clause 5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

SERVICE LEVELS

6.1 Provider shall make the Data Services available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Support requests are classified as follows. Severity 1: either API is unavailable or returns errors for most calls. Severity 2: a function, a data source or a trade lane is degraded. Severity 3: questions and minor issues. Provider shall respond to Severity 1 requests within six hours, to Severity 2 requests within one working day and to Severity 3 requests within three working days, and shall work continuously on Severity 1 requests until restored.

6.3 If monthly availability falls below the commitment in clause 6.1, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point (or part) below the commitment, up to 50% of that monthly amount. Service credits are deducted from the next invoice or, at the end of the Subscription Term, paid to Customer.

CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Data Services to Customer and shall not use it for any other purpose, including improving its data sets, training models or providing data to other customers.

7.2 The Data Services used by Customer are served from Provider's infrastructure in mainland China. Customer Data shall be stored in mainland China and shall not be transferred outside mainland China without Customer's prior written consent and compliance with PRC law.

7.3 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, API keys with IP allow-lists, role-based access for Provider's staff, audit logging and annual independent security testing.

7.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take remedial measures and shall be liable for losses caused by its breach of this clause 7.

CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including prices, customer names, shipment volumes and technical documentation, and shall use it only for the purposes of this Agreement. This obligation continues for three years after the end of the Subscription Term.

INTELLECTUAL PROPERTY

9.1 Provider owns the Data Services, its databases and its methodologies.

9.2 Connectors, mapping tables and scripts developed by Provider specifically for Customer during integration belong to Customer, which may use, modify and license them freely, also after the Subscription Term.

SUBCONTRACTORS AND DATA SUPPLIERS

10.1 Provider may engage subcontractors, hosting providers and data suppliers to perform any part of this Agreement by giving Customer written notice of the name of the subcontractor and the work concerned. Customer's consent is not required.

10.2 Provider remains responsible for the performance of its subcontractors and shall impose on them obligations on Customer Data no less protective than clause 7.

LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including loss of profit or business.

11.2 Provider's total liability under this Agreement is limited to 200% of the total fees in clause 4.1. The limit does not apply to breach of clause 7 or clause 8, personal injury or wilful misconduct.

TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and continues for the Subscription Term.

12.2 At the end of the second Subscription Year, this Agreement renews automatically for a further Subscription Year, and thereafter for successive Subscription Years, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year. For each renewal year, Provider may increase the Subscription Fee by up to 9% over the fee of the previous Subscription Year by notice given at least 90 days before the renewal.

12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund any fees paid for the period after termination.

12.4 On expiry or termination Provider shall delete Customer Data within 30 days, after returning it to Customer on request, and shall confirm the deletion in writing.

FORCE MAJEURE

13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly. Failures of Provider's own data suppliers or hosting providers are not force majeure.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding.

GENERAL

15.1 This Agreement is made in English and Chinese. Both versions are equally authentic.

15.2 Amendments must be in writing and signed by both parties. Notices shall be given in writing to the registered addresses of the parties.

For Customer: ____________________    For Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files
TARGETS = {
    "h848z01": ("h848z01_glacier_monitoring_platform_licence.pdf", "pdf", H848Z01),
    "h848z02": ("h848z02_pacifier_line_control_retrofit.docx", "docx", H848Z02),
    "h848z03": ("h848z03_choir_school_booking_saas.txt", "txt", H848Z03),
    "h848z04": ("h848z04_alpine_meadow_grazing_system_om.txt", "txt", H848Z04),
    "h848z05": ("h848z05_knot_button_studio_tracking_supplier_template.md", "md", H848Z05),
    "h848e01": ("h848e01_sawmill_optimiser_perpetual_licence_latvia.pdf", "pdf", H848E01),
    "h848e02": ("h848e02_fleet_maintenance_saas_order_form.md", "md", H848E02),
    "h848e03": ("h848e03_fertiliser_condition_monitoring_sensors.docx", "docx", H848E03),
    "h848e04": ("h848e04_furniture_maker_managed_it_services.md", "md", H848E04),
    "h848e05": ("h848e05_freight_tracking_data_api_subscription.txt", "txt", H848E05),
}

# ---------------------------------------------------------------------------------------------------------------
# labels: (language, category, terms in holdout19 order, extra, design rules, forum outside mainland China, TCO)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

# prices: items must sum to the contract value; fee_base = itemised licence / hardware subtotal
D = {}
D["h848z01"] = dict(lang="zh", category="software", items=[1180000, 640000, 176000, 84000], fee_base=1180000,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
               final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
    rules=[], forum_outside=False)
D["h848z02"] = dict(lang="zh", category="hardware", items=[486000, 312000, 268000, 186000, 108000, 154000, 28000, 26000],
    fee_base=486000 + 312000 + 268000 + 186000 + 108000,
    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=28, subcontract_without_consent=True,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
    rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], forum_outside=False)
D["h848z03"] = dict(lang="zh", category="cloud", items=[30 * 9800, 30 * 9800, 86000], fee_base=None,
    terms=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
               auto_renewal_price_increase=True),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], forum_outside=False)
D["h848z04"] = dict(lang="zh", category="services", items=[4 * 117000], fee_base=None,
    terms=dict(availability_pct=99.95, p1_response_hours=20 / 60, confidentiality=False),
    extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False),
    rules=["CR-CONFIDENTIALITY", "CR-LD-MISSING"], forum_outside=False)
D["h848z05"] = dict(lang="zh", category="software", items=[168000, 236000, 36000], fee_base=168000,
    terms=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
               liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, subcontract_without_consent=None, governing_law=None,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], forum_outside=False)
D["h848e01"] = dict(lang="en", category="software", items=[1240000, 386000, 214000, 42000], fee_base=1240000,
    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
               final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
               governing_law="Latvia", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
    rules=["CR-GOVERNING-LAW"], forum_outside=True)
D["h848e02"] = dict(lang="en", category="cloud", items=[268000, 268000, 34000], fee_base=None,
    terms=dict(sla_remedy=False, ld_rate_per_day_pct=600 / 570000 * 100, liability_cap_pct=6 / 24 * 100),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
    rules=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], forum_outside=False)
D["h848e03"] = dict(lang="en", category="hardware", items=[1116000, 174000, 225000, 386000, 168000, 27000],
    fee_base=1116000 + 174000 + 225000 + 386000,
    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8.5,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
    rules=[], forum_outside=False)
D["h848e04"] = dict(lang="en", category="services", items=[96000, 36 * 58500], fee_base=None,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
               ld_rate_per_day_pct=1800 / 2202000 * 100, liability_cap_pct=150, termination_for_breach=False),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
    rules=["CR-DATA-SECURITY", "CR-TERMINATION"], forum_outside=False)
D["h848e05"] = dict(lang="en", category="cloud", items=[348000, 348000, 22000], fee_base=None,
    terms=dict(availability_pct=99.95, p1_response_hours=6, ld_rate_per_day_pct=500 / 718000 * 100,
               liability_cap_pct=200, auto_renewal_price_increase=True, subcontract_without_consent=True),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
    rules=["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], forum_outside=False)

CONTRACT_VALUE = {"h848z01": 2080000, "h848z02": 1568000, "h848z03": 674000, "h848z04": 468000, "h848z05": 440000,
                  "h848e01": 1882000, "h848e02": 570000, "h848e03": 2096000, "h848e04": 2202000, "h848e05": 718000}

# policy thresholds (§3) and the TCO horizon (§4)
AVAIL, P1, LD, CAP, PREPAY, WARRANTY, PWF, TCO_SHARE, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(terms, extra, fee_base, value):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = itemised
    licence / hardware subtotal. None when not applicable or not computable."""
    if terms["contract_kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None:
        return None
    if not extra.get("post_warranty_fee_capped") or terms["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - terms["warranty_months"] / 12)
    fees = terms["post_warranty_fee_pct"] / 100 * fee_base * years
    return fees / (value + fees) * 100


def derive_rules(t, x, forum_outside, share):
    """My reading of policy §3 and of 'Where rules apply, and how clauses are read'."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WARRANTY):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > PWF):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.append("CR-GOVERNING-LAW")
    if goods and share is not None and share > TCO_SHARE:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold figures in the text
NUM_PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)" + NUM_PCT,
    r"(?<![\d.])0?\.05(?!\d)" + NUM_PCT, r"万分之五(?![十百千])", r"(?<![\d.])0\.5\s*‰", r"千分之零点五",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|个?小时)", r"(?<!twenty)(?<!twenty-)four\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.十])[四]\s*个?\s*小时",
    r"(?<![\d.])100(?:\.0+)?" + NUM_PCT, r"百分之(?:一)?百(?![零一二三四五六七八九十])", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30(?:\.0+)?" + NUM_PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:\(30\)\s*)?per\s*cent",
    r"(?<![十\d])三成",
    r"(?<![\d.])15(?:\.0+)?" + NUM_PCT, r"百分之十五", r"fifteen\s*(?:\(15\)\s*)?per\s*cent",
    r"(?<![\d.])40(?:\.0+)?" + NUM_PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:\(40\)\s*)?per\s*cent",
    r"(?<![十\d])四成",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"(?<![一二三四五六七八九])十二个月",
    r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![\d.])5\s*-?\s*(?:years?|年)", r"(?<![\d〇零一二三四五六七八九十])五\s*年", r"(?<!twenty)(?<!twenty-)five\s*-?\s*years?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30.0%", "百分之三十", "thirty per cent", "4小时", "4 个小时", "四小时", "4 hours", "4-hour",
            "four hours", "99.9%", "99.9 %", "0.05%", "万分之五", "12个月", "十二个月", "12 months", "12-month",
            "twelve months", "15%", "百分之十五", "40%", "百分之四十", "forty percent", "100%", "百分之百",
            "one hundred per cent", "5 years", "5年", "五年", "five years", "四成", "三成"]
MUST_MISS = ["130%", "0.30%", "99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "7×24小时", "14 hours",
             "twenty-four hours", "112 months", "2027年12月31日", "2025年", "二十五年", "万分之五十", "0.055%",
             "215%", "2.15%", "140%", "百分之四十五", "百分之三十五", "15日", "30日", "CNY 30,000", "0.02 percentage point",
             "150%", "1,240,000", "45 days", "十五日", "三十日", "4.5 years"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: %s (%s)" % (s, THRESHOLD_RE.search(s))


# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    markup = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(markup, {k: (TARGETS[k][0], TARGETS[k][1]) for k in markup}, OUT, wrap_words=True)
    for k, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, kind, src) in TARGETS.items():
        d = D[k]
        value = CONTRACT_VALUE[k]
        assert sum(d["items"]) == value, (k, sum(d["items"]), value)
        terms = dict(BASE)
        terms.update(d["terms"])
        extra = dict(d["extra"])
        extra["contract_value"] = value
        goods = terms["contract_kind"] == "goods_or_licence"
        assert ("post_warranty_fee_capped" in extra) == goods, k
        if not goods:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None, k
        share = tco_share(terms, extra, d["fee_base"], value)
        rules = derive_rules(terms, extra, d["forum_outside"], share)
        assert rules == sorted(d["rules"]), (k, rules, d["rules"])
        covered |= set(rules)
        # no label value on a threshold
        assert terms["availability_pct"] != AVAIL and terms["p1_response_hours"] != P1, k
        assert terms["ld_rate_per_day_pct"] is None or abs(terms["ld_rate_per_day_pct"] - LD) > 1e-9, k
        assert terms["liability_cap_pct"] is None or abs(terms["liability_cap_pct"] - CAP) > 1e-9, k
        assert terms["prepayment_pct"] is None or abs(terms["prepayment_pct"] - PREPAY) > 1e-9, k
        assert terms["warranty_months"] != WARRANTY and terms["post_warranty_fee_pct"] != PWF, k
        assert share is None or abs(share - TCO_SHARE) > 2, (k, share)
        # the text as read back
        text = read_back(OUT / name)
        if d["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 40):m.end() + 40])
        label = {"file": name, "language": d["lang"], "category": d["category"],
                 "expected_terms": {key: terms[key] for key in KEYS}, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                      encoding="utf-8")
        print("%s  %-6s %5d %s  risk %s  rules %s%s" % (k, kind, n, "chars" if d["lang"] == "zh" else "words",
              risk(rules), ", ".join(rules) or "(none)", "" if share is None else "  TCO share %.2f %%" % share))
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert covered == all_rules, all_rules - covered
    # the mix
    n_rules = {k: len(derive_rules(*_lab(k))) for k in TARGETS}
    assert [k for k in TARGETS if n_rules[k] == 0] == ["h848z01", "h848e03"]
    assert 8 <= n_rules["h848z05"] <= 10
    print("all checks passed; %d rules covered" % len(covered))


def _lab(k):
    d = D[k]
    terms = dict(BASE)
    terms.update(d["terms"])
    extra = dict(d["extra"])
    return terms, extra, d["forum_outside"], tco_share(terms, extra, d["fee_base"], CONTRACT_VALUE[k])


if __name__ == "__main__":
    main()
