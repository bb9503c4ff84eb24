"""holdout240: ten ordinary draft contracts, their labels, and checks. Run with /work/main/.venv/bin/python.

Sources are kept here in a small markup (T: title, H: heading, P: paragraph, TB: table row, cells split by |).
.docx / .pdf are built through ../word_pdf.py (wrap_words=True); .md / .txt are rendered here. Then every built
file is read back (python-docx paragraphs + tables, pypdf), lengths are counted, every labelled figure is looked
up, the contract rules of policy §3/§4 are re-applied to the labels and compared with the plan, and the read-back
text is scanned for values sitting on a policy threshold.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:省水利厅水库大坝安全监测预警平台建设项目采购合同
P:项目编号：SLT-ZFCG-2027-0318　　采购方式：公开招标
P:采购人（甲方）：某省水利厅　　地址：省会市滨江路水利大厦
P:供应商（乙方）：澜测信息技术股份有限公司　　地址：武汉市东湖新技术开发区光谷大道
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就省级水库大坝安全监测预警平台（以下简称“平台”）的软件许可、定制开发、数据治理与部署实施事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同正文为准。
H:第一条　项目内容
P:1.1 乙方向甲方提供大坝安全监测平台软件及三维GIS展示模块的永久使用许可，并完成渗压、变形、库水位、雨量等监测数据的接入，覆盖全省大中型水库共计一百二十六座。
P:1.2 乙方按甲方确认的需求规格说明书开发预警模型、综合研判驾驶舱以及与省防汛抗旱指挥系统、水利一张图的数据接口。
P:1.3 乙方完成历史监测数据的清洗、校核与迁移，并完成平台在甲方政务云上的部署、联调、试运行和人员培训。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰捌拾肆万陆仟元整（¥2,846,000），为含税固定总价，包含软件许可、开发、迁移、部署、培训及质保期内服务的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（含三维GIS模块）|1,180,000
TB:2|预警模型及接口定制开发|726,000
TB:3|历史数据治理与迁移|412,000
TB:4|部署实施与联调|388,000
TB:5|培训与技术文档|140,000
TB:合计||2,846,000
P:2.2 上表第1项为软件许可小计，是本合同第七条维护费的计算基数。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥569,200。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,280,700。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥996,100。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
H:第四条　交付与进度
P:4.1 乙方应在合同签订后一百五十日内完成全部部署并申请初步验收，初步验收后进入九十日试运行。
P:4.2 因甲方原因造成延误的，工期相应顺延，但乙方应在延误发生后三日内书面提出。
H:第五条　验收
P:5.1 初步验收由甲方组织，验收标准为：（一）需求规格说明书所列功能全部实现；（二）接入测点数据完整率不低于99.5%，数据入库延迟不超过60秒；（三）预警模型对历史险情样本的复核结果经甲方专家组确认；（四）第三方软件测评机构出具的功能、性能和安全测评报告无高风险问题。
P:5.2 试运行期满、平台连续运行无一级故障，且乙方移交源代码、数据字典和运维手册后，甲方组织最终验收，出具书面验收报告。
P:5.3 平台上线运行、甲方使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提交验收。
H:第六条　服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分级响应：一级故障（平台整体不可用或预警推送中断）乙方应在30分钟内响应、2小时内到达现场或远程介入、6小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个工作日内处理。
P:6.3 乙方未按时响应或恢复的，每超过一小时扣减人民币1,500元；月度可用率每低于承诺值0.01个百分点，扣减人民币3,000元，从下一期应付款或履约保证金中扣除。
H:第七条　质保与维护
P:7.1 质保期为自最终验收合格之日起三十六个月，质保期内乙方免费提供缺陷修复、版本升级、7×24小时电话支持及每季度一次巡检。
P:7.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可小计的9%，即每年不超过¥106,200；该标准在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第八条　知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的预警模型、接口程序、驾驶舱及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条　数据安全
P:9.1 平台采集、存储和产生的全部监测数据、业务数据和日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》和网络安全等级保护三级要求，运维人员须经甲方审批后通过堡垒机访问，所有操作留存审计日志。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第十条　保密
P:10.1 乙方对履约中知悉的水库安全信息、工程图纸、测点布置和甲方工作秘密负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条　分包
P:12.1 乙方不得转包本项目。确需将非主体工作分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条　合同解除
P:13.1 乙方逾期超过六十日、验收两次不合格或有其他严重违约行为，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条　法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条之一　项目管理与培训
P:14A.1 乙方应组建不少于八人的项目组，项目经理须具有同类水利信息化项目经验，未经甲方同意不得更换。乙方每两周提交一次进度报告，重大问题随时报告。
P:14A.2 乙方应对甲方及各市县水行政主管部门、水库管理单位的操作人员分级开展培训，培训不少于六期，并提供操作手册、视频教程和常见问题解答。培训效果以甲方组织的上机考核为准，考核未通过的人员由乙方免费补训。
P:14A.3 汛期（每年5月1日至9月30日）内，乙方不得安排影响平台运行的升级或迁移，确需实施的须提前十日报甲方批准，并在防汛值班期间安排专人值守，保障预警信息及时推送。
H:第十四条之二　不可抗力
P:因地震、特大洪水等不可抗力导致不能履行合同的，受影响一方应在三日内书面通知对方并提供证明，在影响范围内免除责任；不可抗力消除后应继续履行。
H:第十五条　其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。附件：需求规格说明书、投标报价明细表、验收方案。
P:甲方（盖章）：某省水利厅　　乙方（盖章）：澜测信息技术股份有限公司
P:法定代表人或授权代表：________　　法定代表人或授权代表：________
P:签订日期：2027年3月　日
"""

Z02 = """T:动力电池电芯X射线包覆检测系统采购及维保合同
P:合同编号：XN-SB-2027-0462
P:买方（甲方）：湖南某新能源电芯制造有限公司
P:卖方（乙方）：苏州锐影智能检测设备有限公司
P:鉴于甲方第三工厂叠片产线需要对电芯阴极包覆阳极（Overhang）尺寸进行在线全检，乙方具备相应的X射线检测设备、算法软件及安装调试能力，双方本着平等自愿、诚实信用的原则，就设备采购、安装调试及质保期满后的维保服务达成如下条款。
H:一、标的与数量
P:（一）乙方向甲方供应在线X射线包覆检测主机两台、自动上下料及分选模组两套、包覆检测算法软件许可两套，并负责安装调试、与甲方制造执行系统（MES）的对接及操作培训。
P:（二）设备应满足技术协议约定的检测节拍、分辨率和检出能力，技术协议与本合同具有同等效力。
H:二、价格
P:（一）合同总价为人民币肆佰叁拾捌万元整（¥4,380,000），含13%增值税、运输、保险、安装调试、培训及质保期内服务费用。
TB:项目|数量|单价（元）|金额（元）
TB:X射线包覆检测主机|2台|1,480,000|2,960,000
TB:自动上下料及分选模组|2套|365,000|730,000
TB:包覆检测算法软件许可|2套|140,000|280,000
TB:设备及软件小计|||3,970,000
TB:安装调试|1项|246,000|246,000
TB:MES对接开发|1项|118,000|118,000
TB:操作与维护培训|1项|46,000|46,000
TB:合同总价|||4,380,000
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%，计¥438,000。
P:（二）设备到达甲方工厂并经双方清点签收后，甲方支付合同总价的35%，计¥1,533,000。到货签收仅确认数量和外观，不构成质量验收。
P:（三）设备通过最终验收后，甲方支付合同总价的50%，计¥2,190,000。
P:（四）余款5%计¥219,000作为质量保证金，质保期满且无未决质量问题后一次付清，不计利息。
H:四、交货、安装与验收
P:（一）乙方应于合同生效后一百一十日内将设备运至甲方指定地点，到货后二十日内完成安装调试。
P:（二）验收标准：1. 检测节拍不低于每分钟36片；2. 对标准缺陷样件的检出率不低于99.8%，误判率不高于0.3%；3. 包覆尺寸测量重复性误差不超过±0.02mm；4. 辐射剂量经有资质的机构检测合格并取得报告；5. 连续满负荷运行二十一日无一级故障；6. 检测结果与MES数据逐片一致。
P:（三）全部标准满足后，双方签署最终验收证书。设备通电运行或甲方投入生产使用，均不视为验收通过。验收不合格的，乙方应在十五日内整改并承担费用。
H:五、质量保证
P:（一）质保期为自最终验收之日起十八个月。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换，射线管、探测器等核心部件同样适用。
P:（二）质保期内，乙方对一级故障（整机停机或检出功能失效）应在1小时内响应，8小时内到场，24小时内恢复；二级故障2小时内响应，48小时内解决。
P:（三）乙方超时响应或超时恢复的，每超过一小时向甲方支付人民币2,000元。
H:六、质保期满后的维保
P:（一）质保期满后，乙方按年度提供维保服务，内容包括季度预防性维护、射线源检测、软件升级、备件保障和远程支持。
P:（二）维保年费按设备及软件小计的22%计取，即每年人民币873,400元，在质保期满后的五年内固定不变，按季度支付。
P:（三）维保期内的服务响应标准与本合同第五条第（二）项相同。
H:七、知识产权
P:（一）算法软件的著作权归乙方所有，乙方授予甲方在本合同设备上永久使用的许可。
P:（二）MES对接程序、甲方专用的判定规则和配置文件归甲方所有，乙方应交付源代码，甲方可自行修改使用。
H:八、数据与信息安全
P:（一）设备采集的检测图像、工艺参数和质量数据属于甲方，乙方不得以任何形式复制、留存或用于本合同以外的目的。
P:（二）乙方远程支持须经甲方逐次授权，通过甲方提供的安全通道进行，并接受甲方审计；乙方人员离场时不得携带任何数据介质。
P:（三）因乙方原因造成数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施并承担相应的赔偿责任。
H:九、保密
P:乙方对甲方的电芯结构、工艺参数、产能规划等商业秘密承担保密义务，保密期限为合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但人身伤害、辐射安全事故及故意或重大过失造成的损失除外。
H:十一、分包
P:乙方不得将本合同项下的主要工作分包。辐射防护检测等辅助工作需委托第三方的，应事先取得甲方书面同意。
H:十二、合同解除
P:乙方交货延误超过四十五日、设备两次验收不合格或存在其他根本违约的，甲方可书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交长沙仲裁委员会仲裁。
H:十三之一、安装条件与双方配合
P:（一）甲方负责提供设备安装所需的场地、电源、压缩空气和网络接口，并在乙方进场前完成防护区域的划定。乙方应在合同生效后二十日内提交安装条件清单和辐射防护布置方案，经甲方确认后实施。
P:（二）乙方人员进入甲方工厂应遵守甲方的安全生产、洁净车间和消防管理制度，穿戴防静电服装，不得在非指定区域拍照。因乙方人员违章造成的人身或财产损害，由乙方承担。
P:（三）乙方应协助甲方办理射线装置的辐射安全许可变更和环评手续，提供设备的辐射安全技术资料、屏蔽检测报告及操作人员培训证明。
H:十三之二、备品备件与技术资料
P:（一）乙方应随设备免费提供一年用量的易损件，并提供备件清单及单价，该单价在设备交付后三年内不上调。
P:（二）乙方应交付中文操作手册、维护手册、电气图纸、软件安装包及配置说明，并对甲方设备工程师进行不少于五个工作日的维护培训，使其能独立完成日常点检、标定和一般故障处理。
P:（三）设备停产或主要部件更新换代时，乙方应提前六个月通知甲方，并提供替代方案，保证设备在交付后八年内的备件供应。
H:十三之三、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明。不可抗力持续超过六十日的，双方可协商解除合同。
H:十三之四、环保与职业健康
P:（一）设备应符合国家关于射线装置的辐射防护标准，屏蔽体外表面剂量率满足技术协议要求，并设有门机联锁、急停按钮和声光报警装置。
P:（二）乙方应在交付时提供设备的职业病危害因素说明及防护措施建议，配合甲方完成职业病危害预评价和控制效果评价所需的资料准备。
P:（三）设备报废时，乙方应协助甲方按规定办理射线管的回收或处置手续，费用另行商定。
H:十三之五、通知
P:双方往来的通知应以书面形式发送至本合同首部所列地址或双方确认的电子邮箱，以送达之日为生效日。一方变更联系方式的，应在变更后三日内书面通知对方。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、验收大纲。
P:甲方：湖南某新能源电芯制造有限公司（盖章）　　乙方：苏州锐影智能检测设备有限公司（盖章）
P:授权代表：________　　授权代表：________
"""

Z03 = """T:口腔连锁门诊预约及电子病历云服务合同
P:合同编号：YK-SaaS-2027-017
P:甲方（客户）：成都某口腔医疗管理连锁有限公司（下辖三十家口腔门诊）
P:乙方（服务商）：杭州牙云科技有限公司
P:甲方拟在其下属三十家门诊统一使用线上预约、排班、电子病历、影像归档和回访管理系统。乙方以软件即服务（SaaS）方式提供该系统，并负责初始实施。双方经友好协商，签订本合同。
H:1. 定义
P:1.1 “云服务”指乙方在其云平台上向甲方提供的预约挂号、医生排班、电子病历、口腔影像归档、随访与会员管理功能。
P:1.2 “客户数据”指甲方及其门诊、患者在使用云服务过程中录入、上传或产生的全部数据，包括患者身份信息、病历、影像、预约和收费记录。
P:1.3 “上线”指三十家门诊全部完成切换并在生产环境中使用云服务。
H:2. 服务期限
P:2.1 服务期为三十六个月，自全部门诊上线验收之日起算。期满后如需续约，双方另行签订书面协议，本合同不自动续期。
H:3. 费用
P:3.1 订阅费按门诊计收，每家门诊每月人民币2,600元，三十家门诊每月合计人民币78,000元，服务期内订阅费合计人民币2,808,000元。
P:3.2 实施费（需求调研、系统配置、旧系统数据迁移、接口对接、门诊培训）一次性人民币196,000元。
TB:费用项目|计算方式|金额（元）
TB:订阅费|78,000元/月×36个月|2,808,000
TB:实施费|一次性|196,000
TB:合同总额||3,004,000
P:3.3 订阅费按季度后付，乙方于每季度结束后开具发票，甲方在收到发票后二十日内支付。实施费在上线验收通过后二十日内支付。甲方无需预付任何款项。
H:4. 实施与上线验收
P:4.1 乙方应在合同签订后七十五日内完成三十家门诊的配置、数据迁移与培训，并提交上线验收申请。
P:4.2 上线验收标准：（1）旧系统患者档案、病历和影像迁移后逐条核对一致；（2）预约、排班、病历、收费和回访流程在每家门诊实际走通；（3）与甲方医保结算系统和影像设备的接口联调通过；（4）并发500个用户时页面响应不超过2秒。甲方在标准全部满足后签署上线验收单。
P:4.3 乙方未按期提交上线验收申请的，每逾期一日向甲方支付人民币2,400元违约金。
H:5. 服务水平
P:5.1 云服务月度可用率不低于99.5%。
P:5.2 故障分级：一级故障（全部或多家门诊无法预约或调阅病历）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决；三级故障3个工作日内解决。
P:5.3 月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障超时恢复的，每次另行抵扣人民币1,000元。
H:6. 客户数据
P:6.1 客户数据的所有权归甲方。乙方仅为提供云服务而处理客户数据，不得出售。
P:6.2 甲方同意，乙方可对客户数据进行去标识化处理后，用于改进其产品、训练排班与流失预测模型以及编制口腔行业分析报告；该等去标识化数据及分析结果归乙方所有，在本合同终止后仍可继续使用。
P:6.3 服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式完整返还客户数据，并在返还确认后删除平台上的全部副本。
H:7. 数据安全
P:7.1 乙方应将客户数据存储于中国境内，平台通过网络安全等级保护三级测评，对患者身份信息和病历加密存储，实行最小权限访问并保留访问日志不少于六个月。
P:7.2 发生数据泄露、丢失或被非法访问的，乙方应在24小时内通知甲方，配合甲方履行向监管部门和患者的告知义务，并承担因其过错造成的损失。
H:8. 保密
P:8.1 双方对在合作中获悉的对方商业秘密和患者隐私信息承担保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后持续有效。
H:9. 知识产权
P:9.1 云服务平台及其标准功能的知识产权归乙方所有。
P:9.2 为甲方定制的病历模板、报表、排班规则和接口程序归甲方所有，甲方可自由使用、修改或交由第三方使用。
H:10. 责任限制
P:10.1 除故意、重大过失及违反第7条造成的损失外，乙方在本合同项下的累计赔偿责任不超过事件发生前六个月内甲方已支付的订阅费总额。
H:11. 分包
P:11.1 乙方将本合同项下任何工作交由第三方完成的，应事先取得甲方书面同意；乙方对其分包方的行为承担责任。
H:12. 合同解除
P:12.1 一方严重违约且在收到对方书面通知后三十日内未予纠正的，守约方有权解除本合同。
P:12.2 云服务连续三个月未达到第5.1条承诺的，甲方可解除本合同而不承担违约责任。
H:13. 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。
H:13A. 双方的其他义务
P:13A.1 甲方应指定项目负责人和各门诊联络人，及时提供旧系统数据、门诊排班规则、收费项目和医生信息，并组织门诊人员参加培训。
P:13A.2 乙方应为甲方配备专属客户成功经理，每月提交服务报告，内容包括可用率、故障处理、工单统计和功能使用情况；每季度与甲方召开一次服务回顾会议。
P:13A.3 乙方对云服务进行版本升级时，应提前七日通知甲方并说明变更内容；对病历书写、影像调阅等核心流程有影响的变更，应先在测试环境中经甲方确认。
P:13A.4 乙方应保证云服务持续符合《医疗机构病历管理规定》《电子病历应用管理规范》及国家关于互联网诊疗信息系统的要求，因法规变化需要调整功能的，乙方应在合理期限内免费完成。
H:13B. 培训与支持
P:13B.1 乙方负责对三十家门诊的前台、医生、护士和管理人员开展分角色培训，每家门诊现场培训不少于一日，并提供在线课程和操作手册。新开门诊接入时，乙方按本合同单价计收订阅费并免费提供上线培训。
P:13B.2 乙方提供每日8:00至22:00的电话及在线客服，夜间紧急事项可通过故障热线报告。
H:13C. 不可抗力
P:13C.1 因不可抗力或基础电信网络大面积中断导致服务中断的，受影响一方应及时通知对方并尽力减少损失，在影响范围内免除责任，但乙方应启动应急预案，保障门诊能够通过离线方式登记预约。
H:13D. 服务变更与新增门诊
P:13D.1 服务期内甲方新增门诊的，乙方应在收到甲方书面通知后十五个工作日内完成开通，订阅费自该门诊上线之日起按第3.1条单价计收。甲方关闭门诊的，自关闭次月起相应减少订阅费。
P:13D.2 甲方需要增加本合同功能清单以外的功能或接口的，双方另行签订补充协议，明确工作内容、费用和完成时间。
H:13E. 通知与联系人
P:13E.1 双方应指定项目联系人，通过书面或电子邮件方式发送通知。涉及违约、解除、数据安全事件的通知应以书面形式发出，并同时电话告知。
P:13E.2 一方变更联系人或联系方式的，应提前五个工作日通知对方。
H:13F. 反商业贿赂
P:13F.1 双方不得向对方工作人员提供或承诺提供任何形式的回扣、礼品或其他不正当利益。乙方违反本条的，甲方有权解除合同。
H:14. 其他
P:14.1 本合同自双方盖章之日起生效。附件一：功能清单；附件二：门诊清单；附件三：数据迁移方案。
P:甲方（盖章）：________　　乙方（盖章）：________
P:日期：2027年　月　日
"""

Z04 = """T:城市环卫车辆智能监管平台运行维护服务合同
P:政府采购项目编号：CGJ-CS-2026-1107（竞争性磋商）
P:甲方（采购人）：某市城市管理局
P:乙方（成交供应商）：江城环联数字科技有限公司
P:依据本项目磋商文件、乙方响应文件及成交通知书，甲方委托乙方对已建成的环卫车辆智能监管平台及车载终端提供运行维护服务。双方经协商一致，订立本合同，共同遵守。
H:第一条　服务范围
P:一、平台软件运维：包括车辆定位、作业轨迹、油耗分析、收运统计、违规告警各模块的日常巡检、故障处理、补丁升级和性能优化。
P:二、车载终端维护：对全市四百二十辆环卫作业车辆安装的定位终端、视频终端和称重传感器进行巡检、维修和更换，备件由乙方提供。
P:三、数据服务：每日数据质量核查，按月编制作业质量分析报表，配合甲方开展考核。
P:四、驻场与应急：乙方派驻三名运维人员在甲方指挥中心工作，工作日全天驻场，节假日和重大保障任务期间安排值守。
H:第二条　服务期限
P:服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期；甲方需要继续采购的，依法另行组织采购。
H:第三条　合同金额
P:本合同总金额为人民币壹佰贰拾陆万捌仟肆佰元整（¥1,268,400），为固定总价，包含人员、备件、差旅、工具和税费。分项如下：
TB:序号|服务内容|金额（元）
TB:1|平台运维驻场服务（三人）|648,000
TB:2|车载终端维护（420辆×560元）|235,200
TB:3|系统软件维护与升级|186,000
TB:4|数据治理与分析报表|118,000
TB:5|应急保障服务|81,200
TB:合计||1,268,400
H:第四条　付款方式
P:一、甲方不支付预付款。
P:二、服务费按季度结算，每季度末经甲方季度考核后，按考核结果支付当季服务费，即合同总金额的四分之一，扣除本合同约定的扣款。
P:三、乙方应在每次付款前提供发票及季度服务报告。
H:第五条　服务标准
P:一、平台月度可用率不低于99.95%。
P:二、故障分级与响应：一级故障（平台整体中断、定位数据全部中断）乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障（单模块不可用或超过五十辆车辆数据中断）30分钟内响应，8小时内恢复；三级故障在2个工作日内处理完毕。
P:三、车载终端故障应在接报后两个工作日内修复或更换。
P:四、每月数据完整率不低于98%，车辆上线率不低于97%。
H:第六条　考核与扣款
P:一、甲方按季度对乙方进行考核，考核内容包括响应时效、故障恢复、可用率、终端完好率、报表质量和驻场纪律，考核细则见附件。
P:二、一级故障每超时一小时扣款人民币1,200元；月度可用率每低于承诺值0.01个百分点扣款人民币800元；终端超期未修复的，每台每日扣款人民币100元。
P:三、季度考核得分低于80分的，甲方可要求乙方更换驻场人员并限期整改。
H:第七条　服务交接与年度验收
P:一、乙方应在服务期开始后十日内完成与原运维单位的交接，形成交接清单并经甲方确认。
P:二、乙方未按期完成交接的，每逾期一日，按合同总金额的千分之一支付违约金。
P:三、服务期满前，甲方组织年度验收，验收依据为四个季度的考核结果、运维记录完整性、终端完好率和文档移交情况，验收合格后出具书面意见。
H:第八条　数据安全
P:一、平台全部车辆轨迹、视频、作业记录及日志均属于甲方，乙方仅可为提供运维服务使用，不得复制、留存或向第三方提供。
P:二、乙方运维操作须在甲方审批后通过堡垒机进行，不得私自开设远程通道；平台应持续满足网络安全等级保护二级要求。
P:三、发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，全力配合处置，并对其原因造成的后果承担全部责任。
H:第九条　保密
P:乙方及其驻场人员对履约中接触的城市管理信息、车辆及人员信息负有保密义务，未经甲方书面同意不得对外披露。保密义务不因合同终止而解除。
H:第十条　知识产权
P:乙方在服务期内编写的脚本、报表模板、运维文档和优化代码归甲方所有，甲方可自由使用和修改。
H:第十一条　分包
P:乙方不得分包或转包本合同项下的任何服务。
H:第十二条　违约与解除
P:一、乙方连续两个季度考核不合格，或出现严重违约经书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。
P:二、甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十三条　法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十三条之一　驻场人员管理
P:一、乙方驻场人员应具备相应的专业能力，其中至少一人具有中级以上职称或同等资格证书，名单及资质材料在服务期开始前报甲方备案。乙方更换驻场人员须提前五个工作日书面报甲方同意，并做好工作交接。
P:二、驻场人员应遵守甲方的作息、保密和安全管理制度，按日填写运维日志，按周提交工作小结。甲方发现驻场人员不能胜任或违反管理制度的，可要求乙方在五个工作日内更换。
P:三、乙方应为驻场人员依法缴纳社会保险，并承担其工资、福利和因工伤亡的全部责任。
H:第十三条之二　运维文档与报告
P:一、乙方应建立完整的运维档案，包括资产台账、终端安装位置、故障记录、变更记录、巡检记录和备件使用记录，并在每季度考核时提交甲方。
P:二、乙方每月5日前提交上月作业质量分析报表，内容包括车辆出车率、作业覆盖率、违规行为统计和收运量分析，并按甲方要求参加月度调度会议。
P:三、服务期满时，乙方应将全部运维档案、账号口令和技术文档移交甲方或甲方指定的后续服务单位，并配合交接不少于十五日。
H:第十三条之三　重大活动保障
P:在城市重大活动、极端天气及节假日期间，乙方应按甲方通知增派人员值守，确保平台稳定运行和作业车辆监管不中断。重大保障任务结束后，乙方应提交保障总结。
H:第十三条之四　不可抗力
P:因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，在影响范围内免除责任。
H:第十三条之五　备品备件管理
P:一、乙方应在服务期开始时建立备件库，常用定位终端、视频终端和称重传感器的备件数量不少于在用数量的百分之五，并将备件库存清单报甲方备案。
P:二、更换下来的故障终端应登记造册，可维修的由乙方负责维修后入库备用，不可维修的按甲方固定资产管理规定办理报废手续，不得擅自处置。
P:三、终端中存储的轨迹和视频数据在报废前应由乙方在甲方监督下彻底清除。
H:第十三条之六　廉洁条款
P:乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得以任何方式干扰考核结果。乙方违反本条的，甲方有权解除合同并将有关情况报送政府采购监督管理部门。
H:第十三条之七　通知
P:双方的通知以书面形式送达本合同首部所列地址或双方指定的联系人。涉及考核结果、扣款和解除合同的通知须以书面形式作出。
H:第十三条之八　安全生产
P:一、乙方人员在停车场、中转站等场所检修车载终端时，应遵守作业现场安全规定，设置警示标识，车辆熄火并拉紧驻车制动后方可作业。
P:二、乙方应为作业人员配备必要的劳动防护用品，对其进行安全教育。因乙方违反安全规定造成的人身伤害或财产损失，由乙方承担责任。
H:第十四条　其他
P:本合同一式五份，甲方三份，乙方两份，经双方签章后生效。附件：考核细则、终端清单、交接清单。
P:甲方（盖章）：某市城市管理局　　乙方（盖章）：江城环联数字科技有限公司
P:代表：________　　代表：________
"""

Z05 = """T:食云ERP软件许可及定制开发合同（食云标准合同文本 V3.0）
P:合同编号：SY-ERP-2027-0529
P:甲方（用户）：武汉某卤味食品股份有限公司
P:乙方（供应商）：深圳食云软件有限公司
P:说明：本合同为乙方标准合同文本，甲乙双方已仔细阅读并理解全部条款。甲方因业务发展需要，向乙方采购食云ERP系统的软件许可及定制开发、实施服务，覆盖甲方中央工厂、冷链配送中心及四百余家门店。经双方协商，签订本合同。
H:第一章　合同标的
P:1.1 乙方向甲方提供食云ERP财务、供应链、生产、门店四个模块的永久使用许可，许可用户数为一百五十个并发用户。
P:1.2 乙方根据甲方需求开发卤制配方与损耗管理、冷链批次追溯、门店智能订货三个定制功能。
P:1.3 乙方负责系统安装部署、基础数据初始化、上线支持与培训。
H:第二章　合同价款
P:2.1 合同总价人民币壹佰叁拾捌万陆仟元整（¥1,386,000）。
TB:项目|内容|金额（元）
TB:软件许可|财务、供应链、生产、门店模块|648,000
TB:定制开发|配方损耗、批次追溯、智能订货|536,000
TB:实施服务|部署、初始化、上线支持|162,000
TB:培训|管理员及门店培训|40,000
TB:合计||1,386,000
H:第三章　付款方式
P:3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即¥693,000。乙方收到该款项后启动项目。
P:3.2 系统上线后五个工作日内，甲方支付剩余50%，即¥693,000。
P:3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。
H:第四章　实施与上线
P:4.1 乙方按双方确认的实施计划推进，计划工期为一百二十日。因需求变更、甲方配合不及时或其他非乙方原因导致延误的，工期相应顺延。
P:4.2 实施过程中如出现延误，乙方将积极调配资源，双方协商调整计划。
P:4.3 系统在甲方环境安装完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的需求调整，按变更处理另行收费。
H:第五章　免费维护期
P:5.1 系统上线之日起六个月为免费维护期，乙方提供远程技术支持和程序缺陷修复。
P:5.2 免费维护期内，对影响系统使用的紧急故障，乙方在接到甲方报修后24小时内响应；一般问题在三个工作日内响应。乙方不因响应或修复时间承担任何扣款、赔偿或违约责任。
P:5.3 甲方自行修改系统、使用非乙方认可的硬件或网络环境导致的问题，不属于免费维护范围。
H:第六章　后续服务
P:6.1 免费维护期满后，甲方如需继续获得技术支持与版本升级，应与乙方签订年度服务协议，服务费按乙方当年公布的价格标准执行。
P:6.2 未签订年度服务协议的，乙方按次收取现场服务费用。
H:第七章　知识产权
P:7.1 食云ERP软件及其所有定制开发成果（包括定制功能、源代码、数据库设计、文档）的知识产权均归乙方所有。
P:7.2 甲方在合同有效期内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或提供给第三方使用。
H:第八章　数据
P:8.1 甲方业务数据归甲方所有。乙方对甲方数据采取访问控制、加密备份和操作日志等安全措施；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。
P:8.2 为持续优化产品，甲方同意乙方可使用经脱敏处理的甲方经营数据（包括销量、损耗、门店订货数据）用于行业分析、算法训练及乙方其他产品和服务。
H:第九章　保密
P:9.1 双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面许可不得披露，保密期至合同终止后三年。
H:第十章　合作伙伴
P:10.1 乙方可根据项目需要，将部分实施、开发或培训工作交由乙方认证的合作伙伴完成，并以书面方式通知甲方。
H:第十一章　违约责任
P:11.1 任何一方违反本合同约定的，应承担相应的违约责任。
P:11.2 乙方不对间接损失、利润损失、商誉损失承担责任。
H:第十二章　合同解除
P:12.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。
H:第十三章　争议解决
P:13.1 因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。
H:第十三章之一　甲方义务
P:13A.1 甲方应指定项目负责人，负责需求确认、资源协调和阶段成果确认，并保证关键用户按计划参加需求调研、系统测试和培训。
P:13A.2 甲方应按乙方要求提供服务器、数据库、网络等运行环境以及物料、配方、门店、客户和供应商等基础数据，并对数据的准确性负责。
P:13A.3 甲方应在乙方提交需求规格说明书、设计方案等文档后五个工作日内予以确认；逾期未提出书面意见的，视为确认。
H:第十三章之二　需求变更
P:13B.1 需求规格说明书确认后，甲方提出的新增功能或修改，应以书面形式提交。乙方评估工作量后报价，双方签署变更单后实施，工期相应调整。
P:13B.2 变更费用按乙方人天单价计算，人天单价以乙方当年报价为准。
H:第十三章之三　培训
P:13C.1 乙方对甲方系统管理员进行系统配置与日常维护培训，对中央工厂、配送中心及门店关键用户进行业务操作培训。门店人员的二次培训由甲方关键用户负责。
P:13C.2 乙方提供电子版操作手册，不提供纸质资料。
H:第十三章之四　不可抗力
P:13D.1 因不可抗力、政策调整、第三方云服务或网络故障等乙方无法控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。
H:第十三章之五　通知
P:13E.1 双方指定的联系人、电话和邮箱为本合同的通知方式。任何一方变更联系方式的，应提前书面告知对方。
H:第十三章之六　系统运行环境
P:13F.1 系统运行所需的服务器、操作系统、数据库、网络及安全设备由甲方自行采购和维护。甲方采用乙方推荐配置以外的环境的，因此产生的性能或兼容性问题由甲方自行负责。
P:13F.2 甲方应定期备份系统数据。因甲方未备份或备份不当造成的数据丢失，乙方不承担责任。
H:第十三章之七　上线支持
P:13G.1 系统上线后，乙方安排实施顾问现场支持十个工作日，协助甲方处理上线初期的操作问题和数据问题。超过该期限的现场支持，按乙方人天单价另行收费。
P:13G.2 门店端上线采用分批方式，批次安排由乙方根据实施情况确定，甲方应配合完成门店人员的账号开通和设备准备。
H:第十三章之八　客户成功案例
P:13H.1 甲方同意乙方在其官网、宣传资料及行业活动中以甲方名称及标识作为客户案例进行展示。
H:第十三章之九　其他约定
P:13I.1 本合同条款如有未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。补充协议与本合同不一致的，以乙方最新版本的服务条款为准。
H:第十三章之十　验收文档
P:13J.1 系统上线时，乙方向甲方提交上线报告、系统配置说明和用户操作手册。甲方应在收到后签收，签收不影响第4.3条的约定。
P:13J.2 乙方有权根据产品发展对系统功能进行调整和优化，调整后的功能以乙方最新发布的产品说明为准。
H:第十四章　其他
P:14.1 本合同经双方盖章后生效，一式两份，双方各执一份。本合同未尽事宜以乙方官网公布的服务条款为准。
P:甲方（盖章）：武汉某卤味食品股份有限公司　　乙方（盖章）：深圳食云软件有限公司
P:签约代表：________　　签约代表：________
P:签约日期：____年__月__日
"""

E01 = """T:Software Licence and Implementation Agreement - Clay-Body Formulation Suite
P:Agreement No. AF-CN-2027-014
P:This Agreement is made between Yixing Mingyao Zisha Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dingshu Town, Yixing, Jiangsu Province (the "Customer"), and Argilla Formula S.r.l., a company incorporated in Italy with its registered seat on the Isola della Madonna del Monte, Venice lagoon, Italy (the "Vendor").
P:Background: the Customer designs and fires zisha teapots and other clay wares in its own studio and kilns. It wishes to record and test the formulation of its clay bodies (ores, grinding, ageing, blending ratios, shrinkage and firing behaviour) in one software system. The Vendor publishes the Argilla Formula Suite and has agreed to license it and to configure it for the Customer's studio on the terms below. At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Argilla Formula Suite, version 7, in object code, with its kiln-curve module and the related user documentation.
P:1.2 "Custom Deliverables" means the Customer-specific clay and glaze library, recipe import tools, report templates and any other material the Vendor creates for the Customer under Article 3.
P:1.3 "Customer Data" means all formulation records, test results, photographs, kiln logs and other data entered into or generated by the Software for the Customer.
P:1.4 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for eight named users and two kiln-curve module seats at its premises in Yixing, for its own business.
P:2.2 The Customer may make backup copies and may move the licences to replacement computers on notice to the Vendor. The licence fees are paid once and no further licence fee is due for continued use.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software to the Customer's studio, build the clay and glaze library from the Customer's historical recipe books (about 1,800 recipes), develop import tools for the Customer's spreadsheet records, connect the kiln-curve module to the controllers of the Customer's four electric kilns, and train the Customer's staff.
P:3.2 The Vendor shall complete the services within 100 days after the Effective Date, following the project plan in Annex 2.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 1,164,000, including all taxes, travel and expenses, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Formula Suite perpetual user licence|8|78,000|624,000
TB:Kiln-curve module perpetual licence|2|96,000|192,000
TB:Licence subtotal|||816,000
TB:Configuration, clay and glaze library, import tools|1|228,000|228,000
TB:On-site implementation and kiln connection|1|84,000|84,000
TB:Training (two sessions)|1|36,000|36,000
TB:Contract Price|||1,164,000
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 232,800) within 20 days after signature, against the Vendor's invoice and an advance-payment guarantee of the same amount.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 523,800) within 20 days after Provisional Acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 407,400) within 20 days after Final Acceptance.
P:5.4 All payments are made by bank transfer in CNY to the Vendor's account named in its invoice. The Vendor bears its own bank charges.
H:Article 6 Acceptance
P:6.1 Provisional Acceptance takes place when the Vendor has installed the Software and the Custom Deliverables and the following tests have been passed in the presence of the Customer: (a) all recipes of the historical recipe books have been imported and a sample of 120 recipes, chosen by the Customer, matches the source records in every component and ratio; (b) the shrinkage and water-absorption calculations of 30 test bodies agree with the Customer's laboratory measurements within the tolerance stated in Annex 3; (c) each of the four kilns has run a full firing with the curve recorded by the kiln-curve module and shown in the report; (d) the reports listed in Annex 3 are produced correctly.
P:6.2 Final Acceptance takes place after 60 days of productive use following Provisional Acceptance without any Severity 1 incident and after delivery of the documentation and the source code of the import tools. The Customer shall then sign a Final Acceptance Certificate.
P:6.3 Installation, use of the Software in production or any payment does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect within ten days and repeat the test.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex 3 for 24 months from Final Acceptance, and shall correct every defect reported during that period free of charge, including updates and new versions released in that period.
P:7.2 During the warranty period the Vendor shall respond to a Severity 1 incident (the Software cannot be started, recipes cannot be opened or saved, or kiln recording stops) within 2 hours, and provide a workaround or fix within 24 hours. Severity 2 incidents are answered within 8 business hours and fixed within five business days.
P:7.3 For each full hour by which the Vendor exceeds a response or fix time for a Severity 1 incident, the Vendor shall credit the Customer CNY 800, deducted from the next payment or paid on demand.
P:7.4 After the warranty period the Customer may order annual support, covering the same services and response times, for a fee of 11% of the Licence subtotal per year, that is CNY 89,760 per year. This fee is fixed for the first three years after the warranty period; any later change requires the written agreement of both parties. Support is ordered by a purchase order for each year and does not renew automatically.
H:Article 8 Delay
P:8.1 If Provisional Acceptance is delayed beyond the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 Liquidated damages do not relieve the Vendor of its obligation to complete the services.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Vendor and its licensors.
P:9.2 The Custom Deliverables, including the clay and glaze library and the source code of the import tools, belong to the Customer from creation. The Customer may use, modify, copy and license them freely, including to third parties who maintain its systems.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose, including after the end of this Agreement.
P:10.2 The Software is installed on the Customer's own servers. Remote access by the Vendor requires the Customer's approval for each session, uses the Customer's VPN with two-factor authentication, and is logged. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law where applicable.
P:10.3 The Vendor shall notify the Customer within 48 hours of any security incident affecting Customer Data, cooperate in containing it, and bear the loss caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, in particular the Customer's recipes, clay sources and firing schedules, and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement; for recipes it continues without time limit.
H:Article 12 Liability
P:12.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, gross negligence and breach of Articles 10 and 11, which is not limited.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it. The Customer may also terminate if the liquidated damages under Article 8 reach their maximum.
P:14.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted. The licences already paid for remain in force.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Milan Chamber of Arbitration under its rules, with the seat of arbitration in Milan, Italy. The language of the arbitration shall be English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Licence Schedule), Annex 2 (Project Plan) and Annex 3 (Acceptance Tests and Reports), is the entire agreement of the parties. Changes must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party, and enters into force on signature by both parties (the "Effective Date").
P:For the Customer: Yixing Mingyao Zisha Studio Co., Ltd.  Name: ____________  Title: ____________  Date: ____________
P:For the Vendor: Argilla Formula S.r.l.  Name: ____________  Title: ____________  Date: ____________
"""

E02 = """T:KASSENWERK ORDER FORM No. KW-2027-CN-0091 (Cloud Ticketing)
P:Provider: Kassenwerk Ticketing GmbH, registered seat on the Insel Großer Werder, Germany ("Kassenwerk").
P:Customer: Zhangye Danxia Scenic Area Operation Co., Ltd., Zhangye, Gansu Province, People's Republic of China ("Customer").
P:This Order Form is entered into under, and incorporates, the Kassenwerk General Terms for Cloud Services printed below (the "General Terms"). If the Order Form and the General Terms conflict, the Order Form prevails. At the Customer's request, all fees are quoted and invoiced in Chinese Yuan (CNY).
H:PART 1 - ORDER DETAILS
P:1. Services ordered: Kassenwerk Cloud Ticketing, Enterprise edition, for the Danxia National Geopark, covering online sales (official website, WeChat mini-program and two online travel agency channels), 14 ticket windows, 46 turnstiles at three entrances, shuttle-bus seat allocation and visitor-flow reporting.
P:2. Subscription Term: 24 months from the Go-Live Date (the "Initial Term").
P:3. Fees:
TB:Item|Basis|Amount (CNY)
TB:Subscription fee, Enterprise edition|CNY 46,500 per month x 24 months|1,116,000
TB:Onboarding (turnstile integration, channel set-up, data migration, training)|one-time|138,000
TB:Total for the Initial Term||1,254,000
P:4. Invoicing: the subscription fee is invoiced monthly in arrears. The onboarding fee is invoiced after Go-Live Acceptance. Payment is due 30 days after the invoice date. No fee is payable before the Go-Live Date.
P:5. Go-Live: Kassenwerk shall make the Services ready for Go-Live Acceptance within 70 days after signature. Go-Live Acceptance requires that (a) tickets can be sold and refunded through every channel listed in item 1, (b) every turnstile validates QR codes and identity cards within one second, (c) daily sales reconcile with the payment providers' settlement files without difference for seven consecutive days, and (d) the peak-load test with 8,000 tickets sold in one hour passes. Customer signs a Go-Live Acceptance certificate when all criteria are met. Use of the Services for live sales does not by itself mean acceptance.
P:6. Delay: if Go-Live Acceptance is late for reasons attributable to Kassenwerk, Kassenwerk shall pay CNY 900 for each day of delay.
P:7. Customer contacts: Operations Department, Ticketing Centre. Kassenwerk contacts: Customer Success Team, Asia-Pacific.
H:PART 2 - GENERAL TERMS FOR CLOUD SERVICES
H:1. Provision of the Services
P:1.1 Kassenwerk shall provide the Services in accordance with the documentation and the service levels in Section 2. The Services are hosted in a cloud region in mainland China operated by a licensed local provider.
P:1.2 Kassenwerk may improve the Services from time to time, provided that the functions ordered are not materially reduced.
H:2. Service Levels
P:2.1 Monthly availability of the ticket sales and validation functions shall be at least 99.95%, measured by Kassenwerk's monitoring and excluding maintenance windows announced at least five days in advance and scheduled between 00:00 and 05:00 Beijing time.
P:2.2 Priority 1 incidents (ticket sales or turnstile validation unavailable at any entrance) shall be responded to within 30 minutes, at any time of day, and restored within three hours. Priority 2 incidents shall be responded to within two hours and resolved within one business day.
P:2.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, or part thereof, up to 50% of that fee. For each Priority 1 incident not restored within the restoration time, Customer receives a further credit of CNY 2,000. Credits are deducted from the next invoice.
H:3. Customer Data
P:3.1 Customer Data means all data entered into the Services by or for Customer, including visitor identity data, orders, payments and flow statistics. Customer Data belongs to Customer. Kassenwerk processes Customer Data only to provide the Services under Customer's instructions and does not use it for any other purpose.
P:3.2 Kassenwerk keeps Customer Data within mainland China, encrypts it in transit and at rest, restricts access to named support staff with multi-factor authentication, keeps access logs for one year and maintains a security programme certified to ISO/IEC 27001 and assessed at level 3 of the Multi-Level Protection Scheme.
P:3.3 Kassenwerk shall notify Customer of any personal-data breach within 24 hours after becoming aware of it, shall support Customer's notifications to authorities and visitors, and is liable for the damage resulting from its breach of this Section 3.
P:3.4 At the end of the Subscription Term Kassenwerk shall return Customer Data in a standard format within 30 days and then delete it.
H:4. Customer Configurations
P:4.1 Ticket types, price rules, entrance layouts, report templates and interface mappings created for Customer are Customer's property. Customer may use, copy, modify and hand them over to any successor provider.
H:5. Subcontractors and Sub-processors
P:5.1 Kassenwerk may use affiliated companies and third-party subcontractors, including hosting, SMS and support providers, to perform any part of the Services. Kassenwerk will inform Customer of new subcontractors by e-mail; Customer's consent is not required. Kassenwerk remains responsible for its subcontractors.
H:6. Renewal
P:6.1 After the Initial Term the subscription renews automatically for successive renewal terms of one year each unless either party gives notice of non-renewal at least 60 days before the end of the current term.
P:6.2 Kassenwerk may increase the subscription fee for each renewal term by up to 6% by notice given at least 75 days before the renewal takes effect.
H:7. Confidentiality
P:7.1 Each party shall keep confidential the other party's non-public business and technical information and use it only for this agreement, during its term and for three years after it ends.
H:8. Warranties
P:8.1 Kassenwerk warrants that the Services will perform materially in accordance with the documentation. Customer's remedies for a failure to meet the service levels are the service credits in Section 2.3, without prejudice to Customer's right to terminate under Section 10.
H:9. Liability
P:9.1 Each party's total liability under this agreement is limited to 200% of the total fees for the Initial Term. This limit does not apply to breach of Sections 3 and 7, personal injury or wilful misconduct.
P:9.2 Neither party is liable for indirect or consequential loss, except in the cases excluded in Section 9.1.
H:10. Term and Termination
P:10.1 Either party may terminate this agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.
P:10.2 Customer may also terminate if monthly availability is below the commitment in Section 2.1 in any three months of a rolling period of six months.
P:10.3 On termination Kassenwerk shall provide reasonable transition assistance for up to 60 days at its then current daily rates.
H:11. Governing Law and Jurisdiction
P:11.1 This agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:11.2 The courts of Hamburg, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with this agreement.
H:11A. Customer Responsibilities
P:11A.1 Customer shall provide network connections at the three entrances and the ticket windows, power and mounting points for the turnstile controllers, and a named contact person for each entrance during onboarding.
P:11A.2 Customer is responsible for its pricing decisions, the content of its ticket terms and the accuracy of the visitor information it enters. Customer shall keep its user passwords secret and inform Kassenwerk without delay if it suspects misuse of an account.
P:11A.3 Customer shall use the Services only for its own scenic area and in compliance with applicable law, including the rules on real-name ticketing and the daily visitor capacity set by the authorities.
H:11B. Support and Account Management
P:11B.1 Kassenwerk provides a Chinese-speaking support hotline and ticket portal at all hours during the main season from April to October and from 07:00 to 22:00 in the other months. Priority 1 incidents can be reported by telephone at any time of the year.
P:11B.2 Kassenwerk assigns a customer success manager who holds a review meeting with Customer each quarter, reports on availability, incidents and channel performance, and agrees improvement actions where targets were missed.
P:11B.3 Before the national holidays in May and October Kassenwerk carries out a capacity check together with Customer and, where needed, adds resources at no extra charge so that peak sales can be handled.
H:11C. Changes to the Services
P:11C.1 Kassenwerk shall announce material changes to the user interface or the interfaces at least 30 days in advance and shall keep the previous interface version available for at least 90 days after a new version is released.
P:11C.2 Additional channels, entrances or functions ordered by Customer are documented in a supplementary order form signed by both parties.
H:11D. Force Majeure
P:11D.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or a general failure of public networks. The affected party shall inform the other without delay and use reasonable efforts to resume performance. Kassenwerk's obligations under its disaster recovery plan remain unaffected.
H:12. Miscellaneous
P:12.1 Notices must be in writing and sent to the addresses stated in this Order Form. E-mail is sufficient for operational notices.
P:12.2 Neither party may assign this agreement without the other's written consent, except to a successor of its whole business.
P:12.3 This Order Form, the General Terms and the documentation are the entire agreement of the parties on their subject.
P:Signed for Kassenwerk Ticketing GmbH: ____________________  Name / Title / Date
P:Signed for Zhangye Danxia Scenic Area Operation Co., Ltd.: ____________________  Name / Title / Date
"""

E03 = """T:PURCHASE CONTRACT FOR WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. BHZ-PUR-2027-033
P:Buyer: Beihai Nanzhu Pearl Aquaculture Co., Ltd., Tieshangang District, Beihai, Guangxi, People's Republic of China (the "Buyer").
P:Seller: Aquamesure SAS, a French simplified joint-stock company with its registered seat on the Île de Riou, Marseille, France (the "Seller").
P:Recitals. (A) The Buyer farms pearl oysters on long-lines and rafts in three sea areas near Beihai and needs continuous measurement of temperature, salinity, dissolved oxygen, pH, turbidity and chlorophyll to protect its oysters from heat, low oxygen and algal blooms. (B) The Seller supplies and installs marine sensor stations and monitoring software. (C) This Contract is on the Buyer's standard form. All prices are in Chinese Yuan (CNY) as requested by the Buyer.
H:1. Scope of Supply
P:1.1 The Seller shall supply 64 multi-parameter sondes, 16 solar-powered buoy stations, 4 LoRa gateways with 4G backhaul and a perpetual licence of its AquaView monitoring software for the Buyer's server, and shall install, moor, calibrate and commission them at the locations in Annex 1.
P:1.2 The Seller shall train the Buyer's technicians in calibration, cleaning of the probes and use of the software.
H:2. Price
P:2.1 The Contract Price is CNY 2,187,000, fixed, including taxes, duties, freight, insurance to site, installation and all services in this Contract.
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter sonde|64|14,500|928,000
TB:Buoy station, solar, with mooring|16|38,000|608,000
TB:LoRa gateway with 4G backhaul|4|26,500|106,000
TB:AquaView software, perpetual licence|1|185,000|185,000
TB:Equipment and Licence Subtotal|||1,827,000
TB:Installation and mooring|1|248,000|248,000
TB:Calibration and training|1|112,000|112,000
TB:Contract Price|||2,187,000
H:3. Payment
P:3.1 10% of the Contract Price (CNY 218,700) is paid within 15 days after signature against an advance-payment bank guarantee.
P:3.2 55% of the Contract Price (CNY 1,202,850) is paid within 30 days after the Installation Certificate. The Installation Certificate confirms only that the equipment is in place and is not acceptance.
P:3.3 35% of the Contract Price (CNY 765,450) is paid within 30 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Seller shall deliver all equipment to the Buyer's base in Tieshangang within 75 days after signature and complete installation within 30 days after delivery, weather permitting; days on which the Beihai Meteorological Bureau issues a wind warning of level 6 or above do not count.
P:4.2 If the Seller is late in delivery or installation, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
H:5. Acceptance
P:5.1 After installation the Seller shall run the system for 30 days. Final Acceptance requires that: (a) every sonde agrees with the Buyer's reference instrument within the tolerances of Annex 2 at two calibration checks; (b) data from every station arrives at the software at the set interval with at least 98% of readings received in the 30 days; (c) the alarm for low dissolved oxygen reaches the duty technicians' phones within two minutes in a test; (d) the documentation and spare parts in Annex 3 are handed over.
P:5.2 When all criteria are met the Buyer signs the Final Acceptance Certificate. Installation, use of the data or payment does not by itself constitute acceptance.
H:6. Warranty
P:6.1 The Seller warrants the equipment and the software for 36 months from Final Acceptance. During the warranty the Seller shall repair or replace defective equipment free of charge, including sondes and probes damaged by normal sea conditions, but not by ship strikes or typhoons.
P:6.2 During the warranty the Seller shall respond to a Severity 1 fault (more than a quarter of the stations or the alarm function not working) within 6 hours, and restore the function within three days. Other faults are responded to within one business day and fixed within seven days.
P:6.3 For each full hour of delay beyond a response or restoration time the Seller shall pay CNY 600.
H:7. Post-Warranty Support
P:7.1 After the warranty the Buyer may order support covering calibration visits, probe replacement at cost and software updates, at 7% of the Equipment and Licence Subtotal per year (CNY 127,890). The fee is fixed for three years after the warranty. Support is ordered year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The AquaView software remains the property of the Seller. The Buyer receives a perpetual licence to use it for its own business.
P:8.2 The station layout, alarm rules, dashboards and interface scripts made for the Buyer belong to the Buyer, which may use and modify them freely and give them to other suppliers.
H:9. Data
P:9.1 All measurements, alarms, logs and farm data belong to the Buyer. The Seller may use them only to perform this Contract and shall not keep copies after completing its work.
P:9.2 The software runs on the Buyer's server in Beihai. The Seller's remote access requires the Buyer's approval for each session and uses accounts issued by the Buyer; all sessions are logged. The Seller shall comply with the PRC Data Security Law.
P:9.3 The Seller shall notify the Buyer of any data breach or loss caused by it within 24 hours, take remedial measures and compensate the Buyer's losses.
H:10. Confidentiality
P:10.1 The Seller shall keep confidential the Buyer's farm locations, stocking data, production volumes and other non-public information, and shall not disclose them without the Buyer's written consent, during this Contract and for five years after it.
H:11. Liability
P:11.1 The Seller's total liability under this Contract, including liquidated damages, is limited to 50% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Seller shall not subcontract any part of the installation or services without the Buyer's prior written consent. The boat and diving work by a local contractor named in Annex 1 is approved by signature of this Contract.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Seller commits a material breach and does not cure it within 20 days after notice, or if liquidated damages reach their maximum.
P:13.2 On such termination the Seller shall refund the amounts paid for undelivered or unaccepted items and pay the Buyer's additional cost of replacement, subject to Clause 11.
H:14. Force Majeure
P:14.1 Typhoons, red tides and similar events are force majeure. The affected party shall notify the other within 48 hours and the time for performance is extended by the duration of the event.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:15A. Buyer's Obligations
P:15A.1 The Buyer shall provide boats and crew for the installation days at the Seller's request, a secure storage room at the Tieshangang base, a server with the operating system specified in Annex 2, and a mobile network subscription for each gateway.
P:15A.2 The Buyer shall inform the Seller in good time of changes to the layout of its long-lines and rafts that affect the station locations, and shall not move stations without consulting the Seller during the warranty period.
H:15B. Inspection, Packing and Transport
P:15B.1 The Seller shall pack the equipment for sea transport and for storage in a humid coastal climate. Each package shall be marked with the contract number, the item and the gross weight.
P:15B.2 The Buyer may inspect the equipment at the Seller's works before shipment. Inspection or a waiver of inspection does not relieve the Seller of its obligations under this Contract.
P:15B.3 The Seller bears the risk of loss or damage until the equipment has been delivered to the Buyer's base and signed for. Customs clearance, import duties and import VAT are included in the Contract Price and handled by the Seller's agent in Guangxi.
H:15C. Documentation and Training
P:15C.1 The Seller shall deliver operation and maintenance manuals in Chinese, calibration certificates for every sonde, wiring diagrams, the software installation package and a list of recommended spare parts with prices valid for three years.
P:15C.2 The Seller shall train up to eight of the Buyer's technicians for at least four days, including one day at sea, so that they can clean and calibrate the probes, replace batteries and handle ordinary faults without assistance. The Seller shall certify each trained technician.
H:15D. Insurance and Safety
P:15D.1 The Seller shall insure its personnel and equipment during installation and shall ensure that its divers and boat crews hold valid qualifications. The Seller shall comply with the Buyer's safety rules on the rafts and with local maritime regulations.
H:15E. Notices
P:15E.1 Notices under this Contract shall be in writing and sent by courier or e-mail to the addresses in Annex 1. Operational messages between the site teams may be exchanged through the project messaging group set up at the start of installation, but a notice of breach, delay or termination is valid only in writing.
H:16. Final Provisions
P:16.1 This Contract is made in Chinese and English; both texts have equal force. Annex 1 (Locations), Annex 2 (Tolerances) and Annex 3 (Documentation and Spares) form part of it.
P:For the Buyer: ____________________  For the Seller: ____________________
P:Date: ____________________
"""

E04 = """T:Managed IT and Desktop Support Services Agreement
P:Reference: SI-MSA-CN-2027-08
P:Between: Shishi Haixin Garment Trading Co., Ltd., Shishi, Fujian Province, People's Republic of China ("Client"); and Soporte Insular S.L., a Spanish limited company with its registered seat on the Isla del Pensamiento, Cuenca, Spain, acting through its support centre in Xiamen ("Provider").
P:Whereas the Client runs a wholesale garment business with a head office, a showroom, two warehouses and about 220 computer users, and wishes to outsource its day-to-day IT support; and whereas the Provider offers managed IT services; the parties agree as follows. At the Client's request all charges are in Chinese Yuan (CNY).
H:Section 1 - Definitions
P:1.1 "Services" means the services described in Section 2 and Schedule 1.
P:1.2 "Transition" means the takeover of the Client's IT environment from its current support arrangements, as described in Section 3.
P:1.3 "Incident" means an unplanned interruption or reduction in quality of an IT service. Incidents are classified as P1 to P4 under Schedule 2.
H:Section 2 - Services
P:2.1 The Provider shall provide: (a) a service desk reachable by phone, WeCom and e-mail from 08:00 to 21:00 seven days a week; (b) desktop support at all Client sites, with one engineer on site at the head office on business days; (c) management of the Client's servers, network, Wi-Fi and printers; (d) patching, antivirus and backup monitoring; (e) user account administration; (f) a monthly service report and review meeting.
P:2.2 The Services cover the hardware and software listed in Schedule 1. New sites or more than 260 users are subject to a change order.
H:Section 3 - Transition
P:3.1 The Provider shall complete Transition within 45 days after the Effective Date. Transition is complete when the Client signs a Transition Acceptance Certificate after (a) the asset inventory of all devices and licences is delivered and checked by the Client, (b) all administrator passwords are handed over into the Client's password vault, (c) the service desk has handled live calls for ten business days with P1 and P2 incidents resolved within their targets, and (d) the runbooks in Schedule 3 are delivered.
P:3.2 If Transition is not complete by the date in Section 3.1 for reasons attributable to the Provider, the Provider shall pay the Client CNY 400 for each day of delay.
H:Section 4 - Term
P:4.1 This Agreement starts on the Effective Date and continues for 24 months from the date of Transition Acceptance (the "Term").
P:4.2 The Agreement ends at the end of the Term. Any extension must be agreed in writing by both parties.
H:Section 5 - Charges and Payment
P:5.1 The charges are:
TB:Charge|Basis|Amount (CNY)
TB:Monthly service charge|CNY 58,000 x 24 months|1,392,000
TB:Transition charge|one-time|64,000
TB:Total Contract Value||1,456,000
P:5.2 The monthly service charge is invoiced at the end of each month for that month. The transition charge is invoiced after Transition Acceptance. Invoices are payable within 30 days. There is no advance payment.
H:Section 6 - Service Levels
P:6.1 Incidents are handled under the following targets:
TB:Priority|Example|Response|Resolution
TB:P1|head office network, ERP access or warehouse scanning down|30 minutes|6 hours
TB:P2|a site or a team of ten users affected|1 hour|1 business day
TB:P3|a single user cannot work|2 hours|2 business days
TB:P4|request or question|1 business day|5 business days
P:6.2 If in any month the Provider meets fewer than 95% of response targets, or misses the resolution target of any P1 incident, the Client receives a service credit of 6% of that month's service charge for the first failure and a further 4% for each further failed target, up to 25% of the monthly charge.
P:6.3 The monthly report shows all incidents and the performance against each target. The Client may audit the ticket records.
H:Section 7 - Client Data
P:7.1 All data of the Client, including business records, e-mail, designs and customer lists, remains the Client's property. The Provider shall use it only to provide the Services.
H:Section 8 - Confidentiality
P:8.1 Each party shall keep confidential the other party's non-public information, including the Client's designs, supplier prices and customer information, and shall not disclose it to third parties except to its staff who need it for this Agreement. This duty continues for three years after the Agreement ends.
H:Section 9 - Work Products
P:9.1 Runbooks, scripts, configuration records, network diagrams and reports prepared for the Client belong to the Client, which may use and modify them and pass them to any future provider.
H:Section 10 - Personnel and Subcontracting
P:10.1 The Provider shall assign qualified staff and replace any engineer on the Client's reasonable request.
P:10.2 The Provider shall not subcontract any part of the Services without the Client's prior written consent.
H:Section 11 - Liability
P:11.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury, wilful misconduct or gross negligence.
P:11.2 Neither party is liable for loss of profit or indirect loss.
H:Section 12 - Duration and Remedies
P:12.1 The parties agree that this Agreement is entered into for the full Term to allow the Provider to recover its Transition investment. Neither party may terminate this Agreement before the end of the Term, whether for breach or otherwise, except by mutual written agreement.
P:12.2 If the Provider breaches this Agreement, the Client's remedies are the service credits under Section 6, the delay payment under Section 3.2 and damages within Section 11. If the Client fails to pay an undisputed invoice within 30 days after a reminder, the Provider may suspend the Services until payment.
P:12.3 At the end of the Term the Provider shall hand over all passwords, documentation and work products and cooperate with the new provider for up to 30 days.
H:Section 13 - Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be referred to the Quanzhou Arbitration Commission for arbitration in Quanzhou.
H:Section 13A - Client Responsibilities
P:13A.1 The Client shall give the Provider's engineers access to its sites during business hours, provide a desk and network access for the on-site engineer at the head office, and name an IT coordinator who approves changes and priorities.
P:13A.2 The Client shall keep valid licences and manufacturer support for the software and hardware listed in Schedule 1. Where a device is out of support, the Provider will use reasonable efforts to repair it, and the service levels do not apply to that device.
P:13A.3 The Client shall inform its staff that the service desk is the single point of contact for IT requests and shall not direct the Provider's engineers to work outside the Services without a change order.
H:Section 13B - Change Management
P:13B.1 Changes to servers, network devices and security settings are made only under the change procedure in Schedule 3. Standard changes listed there may be carried out by the Provider on its own authority; all other changes require the approval of the Client's IT coordinator before they are made.
P:13B.2 Additional work outside the Services is quoted in advance at the day rates in Schedule 1 and performed only after the Client's written order.
H:Section 13C - Reporting and Governance
P:13C.1 The Provider shall deliver the monthly service report within five business days after the end of each month. It shall include the number of incidents and requests per priority and site, the performance against each target, the status of patches and backups, open risks and recommended improvements.
P:13C.2 The parties shall hold a monthly review meeting and a quarterly management review. Minutes are taken by the Provider and approved by the Client.
H:Section 13D - Asset and Licence Records
P:13D.1 The Provider shall keep the asset inventory produced during Transition up to date, record every installation, move and disposal of equipment, and report licences that are due for renewal at least 60 days in advance.
H:Section 13E - Force Majeure
P:13E.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, including typhoons, floods, epidemics and orders of public authorities, provided it informs the other party without delay and takes reasonable steps to limit the effects.
H:Section 13F - Assignment
P:13F.1 Neither party may assign or transfer this Agreement or any right under it without the prior written consent of the other party, except that the Provider may assign it to an affiliate that takes over its China support centre, on written notice to the Client.
H:Section 14 - General
P:14.1 Notices must be in writing to the addresses above. Changes to this Agreement must be in writing and signed by both parties.
P:14.2 Schedules: Schedule 1 (Supported Sites, Users and Equipment); Schedule 2 (Incident Priorities); Schedule 3 (Runbooks).
P:Signed for the Client: ____________________  Name and title: ____________________
P:Signed for the Provider: ____________________  Name and title: ____________________
"""

E05 = """T:CERTILUSA DATA SERVICES - SUBSCRIPTION AGREEMENT (QUALITY CERTIFICATE API)
P:Agreement number: CLD-2027-CN-112
P:CertiLusa Dados, Lda., a Portuguese private limited company with its registered seat on the Ilhéu das Rolas, São Tomé, ("CertiLusa"), and Hubei Jingshan Camellia Oil Export Co., Ltd., Jingshan, Hubei Province, People's Republic of China ("Subscriber"), agree as follows.
P:Purpose. The Subscriber exports cold-pressed camellia (tea-seed) oil to the European Union and the Middle East. Each lot needs a quality certificate with acid value, peroxide value, benzo[a]pyrene, fatty-acid profile and pesticide residues, issued by an accredited laboratory and verifiable by importers. CertiLusa runs an API platform that receives laboratory results, generates certificates in the formats required by importers and customs, and lets importers verify them online. The Subscriber wishes to connect its laboratory system and export documentation system to that platform. At the Subscriber's request the fees are expressed in Chinese Yuan (CNY).
H:A. Subscription
P:A.1 CertiLusa grants the Subscriber, for the Subscription Period, the right to use the Certificate API, the certificate designer and the verification portal for up to 3,600 certificates per year.
P:A.2 Subscription Period: 36 months from the Activation Date. The Activation Date is the date on which CertiLusa provides the production API keys.
P:A.3 The Agreement ends at the end of the Subscription Period unless the parties sign a renewal order.
H:B. Fees and Payment
P:B.1 The fees are:
TB:Item|Basis|Amount (CNY)
TB:Annual subscription fee|CNY 268,000 x 3 years|804,000
TB:Set-up (API connection, certificate templates, testing)|one-time|52,000
TB:Total||856,000
P:B.2 The first year's subscription fee and the set-up fee, together CNY 320,000, are invoiced on signature and must be paid within 15 days and before the Activation Date. CertiLusa issues the production API keys only after receiving that payment.
P:B.3 The subscription fees for the second and third years are invoiced 30 days before the start of each year and are payable in advance.
P:B.4 Certificates above the annual volume are charged at CNY 45 each, invoiced quarterly in arrears.
H:C. Set-up and Acceptance
P:C.1 CertiLusa shall complete the set-up within 40 days after receiving the payment under B.2. Set-up includes the API connection to the Subscriber's laboratory information system, six certificate templates (EU, GCC, Halal and three importer formats) and a test run.
P:C.2 The set-up is accepted when (a) 50 test lots pass from the laboratory system through the API and generate correct certificates in all six templates, (b) the values on the certificates match the laboratory records, (c) importers' verification by QR code works from outside China, and (d) the Subscriber's export staff have been trained. The Subscriber confirms acceptance in writing; production use alone is not acceptance.
P:C.3 If the set-up is late for reasons attributable to CertiLusa, CertiLusa shall pay CNY 500 for each day of delay, deducted from the next invoice.
H:D. Service
P:D.1 CertiLusa will use commercially reasonable efforts to keep the API and the verification portal available and to answer support requests promptly. Support is provided by e-mail and ticket in English and Chinese during business hours in Lisbon.
P:D.2 CertiLusa may carry out maintenance at any time and will try to announce it in advance.
H:E. Subscriber Data and Security
P:E.1 Laboratory results, lot data, certificates and importer lists uploaded by or for the Subscriber ("Subscriber Data") belong to the Subscriber. CertiLusa uses Subscriber Data only to provide the service to the Subscriber and to the importers the Subscriber designates.
P:E.2 CertiLusa stores Subscriber Data encrypted, restricts access to authorised staff, keeps access logs for two years and carries out an annual penetration test by an independent firm. Personal information of the Subscriber's staff is processed in accordance with the PRC Personal Information Protection Law; any transfer out of China takes place only under a standard contract filed by the Subscriber.
P:E.3 CertiLusa shall notify the Subscriber within 48 hours of any unauthorised access to or loss of Subscriber Data, take all measures to limit the consequences, and compensate the Subscriber for the losses it causes.
P:E.4 When the Agreement ends CertiLusa shall export all Subscriber Data and certificates to the Subscriber and delete its copies within 60 days, except that issued certificates remain verifiable on the portal for five years.
H:F. Templates and Intellectual Property
P:F.1 The platform and the API remain CertiLusa's property.
P:F.2 The six certificate templates and the field mappings made for the Subscriber belong to the Subscriber, which may use, change and give them to any other provider.
H:G. Subcontracting
P:G.1 CertiLusa may not subcontract the set-up or the operation of the service without the Subscriber's prior written consent, except for the hosting provider named in the Annex, which is approved by signature.
H:H. Liability
P:H.1 Each party's total liability under this Agreement is limited to 150% of the total fees under B.1. This limit does not apply to breach of Section E, personal injury or wilful misconduct.
P:H.2 CertiLusa is not liable for the content of laboratory results supplied by the Subscriber or its laboratory.
H:I. Termination
P:I.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
P:I.2 If the Subscriber terminates under I.1, CertiLusa shall refund the prepaid fees for the months after termination.
H:J. Governing Law and Disputes
P:J.1 This Agreement is governed by the laws of the People's Republic of China.
P:J.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:J1. Subscriber Responsibilities
P:J1.1 The Subscriber is responsible for the accuracy and completeness of the laboratory results and lot data it sends through the API, for the accreditation of the laboratories it uses, and for the decisions it takes on the basis of the certificates.
P:J1.2 The Subscriber shall keep its API keys secret, use them only from its own systems, and inform CertiLusa without delay if a key may have been disclosed, so that it can be revoked and replaced.
P:J1.3 The Subscriber shall name a technical contact and a business contact, and shall inform CertiLusa of the importers that are entitled to verify its certificates.
H:J2. Changes to the API and Templates
P:J2.1 CertiLusa may develop the platform further. It shall announce changes that require the Subscriber to modify its systems at least 90 days in advance and shall keep the previous API version running for at least 180 days after the new version is released.
P:J2.2 Where an importing country changes its certificate requirements, CertiLusa shall update the affected templates within 30 days after the new requirement is published. Further templates requested by the Subscriber are provided under a separate quotation.
H:J3. Records and Audit
P:J3.1 CertiLusa keeps a log of every certificate issued, changed, revoked or verified, with the date, time and user. The Subscriber may download the log at any time and may, once a year and with 30 days' notice, audit CertiLusa's compliance with Section E, either itself or through an independent auditor approved by both parties.
H:J4. Volume Review
P:J4.1 At the end of each subscription year CertiLusa informs the Subscriber of the number of certificates issued. If the Subscriber expects to exceed the annual volume in the following year, the parties may agree a higher volume tier in writing before that year starts.
H:J5. Force Majeure
P:J5.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or a general failure of the internet, if it informs the other party promptly and takes reasonable steps to resume performance.
H:J6. Anti-Corruption
P:J6.1 Neither party shall offer or give any payment, gift or other advantage to the employees of the other party, to importers' staff or to public officials in order to obtain or keep business or to influence the content or acceptance of a certificate.
H:J7. Assignment and Notices
P:J7.1 Neither party may assign this Agreement without the prior written consent of the other party, except that CertiLusa may assign it to a company that takes over its whole certificate business and assumes all its obligations, on written notice to the Subscriber.
P:J7.2 Operational messages may be exchanged by e-mail between the contacts named under J1.3. Notices of breach, termination or changes to this Agreement are valid only in writing and signed by an authorised representative.
H:J8. Language
P:J8.1 This Agreement is written in English. A Chinese translation may be prepared for the Subscriber's internal use; in case of difference the English text prevails. Certificates are issued in the languages required by the importing countries.
H:J9. Severability
P:J9.1 If any provision of this Agreement is held invalid, the other provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.
H:K. General
P:K.1 This Agreement, its Annex (Hosting Provider and Technical Interface) and any renewal orders are the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:K.2 Notices are given in writing to the addresses of the parties stated above.
P:For CertiLusa Dados, Lda.: ____________________  Name, title, date
P:For Hubei Jingshan Camellia Oil Export Co., Ltd.: ____________________  Name, title, date
"""

# ---------------------------------------------------------------- targets and renderers
FILES = {
    "h240z01": ("h240z01_reservoir_safety_monitoring_platform.docx", Z01, "zh"),
    "h240z02": ("h240z02_battery_xray_overhang_inspection.pdf", Z02, "zh"),
    "h240z03": ("h240z03_dental_chain_appointment_records_saas.md", Z03, "zh"),
    "h240z04": ("h240z04_sanitation_vehicle_platform_annual_om.txt", Z04, "zh"),
    "h240z05": ("h240z05_braised_snack_erp_supplier_template.md", Z05, "zh"),
    "h240e01": ("h240e01_teapot_studio_clay_formulation_licences.docx", E01, "en"),
    "h240e02": ("h240e02_danxia_park_ticketing_saas_order_form.txt", E02, "en"),
    "h240e03": ("h240e03_pearl_farm_water_sensors.pdf", E03, "en"),
    "h240e04": ("h240e04_garment_trader_managed_it_support.md", E04, "en"),
    "h240e05": ("h240e05_tea_oil_certificate_api_subscription.txt", E05, "en"),
}


def items(src):
    out = []
    for line in src.splitlines():
        if line.strip():
            tag, _, text = line.partition(":")
            out.append((tag, text))
    return out


def render_md(src):
    lines, prev = [], None
    for tag, text in items(src):
        if tag == "TB":
            cells = text.split("|")
            if prev != "TB":
                if lines and lines[-1] != "":
                    lines.append("")
                lines.append("| " + " | ".join(cells) + " |")
                lines.append("|" + "---|" * len(cells))
            else:
                lines.append("| " + " | ".join(cells) + " |")
        else:
            if prev == "TB":
                lines.append("")
            lines.append({"T": "# ", "H": "## "}.get(tag, "") + text)
            lines.append("")
        prev = tag
    return "\n".join(lines).rstrip() + "\n"


def render_txt(src):
    lines, prev = [], None
    for tag, text in items(src):
        if tag == "TB":
            lines.append(" | ".join(text.split("|")))
        else:
            if prev == "TB":
                lines.append("")
            lines.append(text)
            lines.append("")
        prev = tag
    return "\n".join(lines).rstrip() + "\n"


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len(text.split())

# ---------------------------------------------------------------- labels (decided before the text was written)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")
G = "goods_or_licence"
# plan: category, term overrides, extra overrides, value, TCO (fee base, years of fee) for goods, foreign forum,
# planned rules, labelled figures that must appear in the text
PLAN = {
 "h240z01": dict(cat="software", value=2846000, t=dict(availability_pct=99.95, p1_response_hours=0.5,
   ld_rate_per_day_pct=0.08, prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36,
   post_warranty_fee_pct=9, contract_kind=G), capped=True, fee_base=1180000, rules=[],
   figs=["2,846,000", "1,180,000", "99.95%", "30分钟内响应", "万分之八", "20%", "三十六个月", "9%", "106,200",
         "适用中华人民共和国法律", "书面同意"]),
 "h240z02": dict(cat="hardware", value=4380000, t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.02,
   liability_cap_pct=150, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18,
   post_warranty_fee_pct=22, contract_kind=G), capped=True, fee_base=3970000,
   rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
   figs=["4,380,000", "3,970,000", "1小时内响应", "万分之二", "150%", "10%", "十八个月", "22%", "873,400",
         "适用中华人民共和国法律", "书面同意"]),
 "h240z03": dict(cat="cloud", value=3004000, t=dict(availability_pct=99.5, p1_response_hours=0.5,
   buyer_owns_data=False, ld_rate_per_day_pct=2400 / 3004000 * 100, liability_cap_pct=6 / 36 * 100),
   rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
   figs=["3,004,000", "2,808,000", "196,000", "99.5%", "30分钟内响应", "2,400元", "六个月", "三十六个月", "去标识化",
         "不自动续期", "适用中华人民共和国法律", "书面同意"]),
 "h240z04": dict(cat="services", value=1268400, t=dict(availability_pct=99.95, p1_response_hours=0.25,
   ld_rate_per_day_pct=0.1), rules=[],
   figs=["1,268,400", "99.95%", "15分钟内响应", "千分之一", "不支付预付款", "不自动续期", "不得分包或转包",
         "适用中华人民共和国法律"]),
 "h240z05": dict(cat="software", value=1386000, ld_stated=False, deemed=True, t=dict(p1_response_hours=24,
   sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, prepayment_pct=50, acceptance_clause=False,
   final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=True, governing_law=None,
   contract_kind=G), capped=False, fee_base=648000,
   rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
   figs=["1,386,000", "648,000", "50%", "693,000", "即视为甲方验收合格", "六个月", "24小时内响应", "当年公布的价格标准",
         "均归乙方所有", "脱敏", "通知甲方", "千分之一"]),
 "h240e01": dict(cat="software", value=1164000, forum_outside=True, t=dict(p1_response_hours=2,
   ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20, final_payment_on_acceptance=True,
   warranty_months=24, post_warranty_fee_pct=11), capped=True, fee_base=816000, kind=G,
   rules=["CR-GOVERNING-LAW"],
   figs=["1,164,000", "816,000", "within 2 hours", "0.1% of the Contract Price", "150%", "20%", "24 months",
         "11%", "89,760", "Milan", "People's Republic of China", "prior written consent"]),
 "h240e02": dict(cat="cloud", value=1254000, t=dict(availability_pct=99.95, p1_response_hours=0.5,
   ld_rate_per_day_pct=900 / 1254000 * 100, liability_cap_pct=200, auto_renewal_price_increase=True,
   subcontract_without_consent=True, governing_law="Germany"),
   rules=["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SUBCONTRACT"],
   figs=["1,254,000", "1,116,000", "99.95%", "within 30 minutes", "CNY 900", "200%", "up to 6%",
         "consent is not required", "Federal Republic of Germany", "Hamburg"]),
 "h240e03": dict(cat="hardware", value=2187000, t=dict(p1_response_hours=6, ld_rate_per_day_pct=0.08,
   liability_cap_pct=50, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36,
   post_warranty_fee_pct=7), capped=True, fee_base=1827000, kind=G,
   rules=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
   figs=["2,187,000", "1,827,000", "within 6 hours", "0.08%", "50%", "10%", "36 months", "7%", "127,890",
         "People's Republic of China", "prior written consent"]),
 "h240e04": dict(cat="services", value=1456000, t=dict(p1_response_hours=0.5, data_security_clause=False,
   ld_rate_per_day_pct=400 / 1456000 * 100, liability_cap_pct=150, termination_for_breach=False),
   rules=["CR-DATA-SECURITY", "CR-LD-LOW", "CR-TERMINATION"],
   figs=["1,456,000", "1,392,000", "30 minutes", "CNY 400", "150%", "Neither party may terminate",
         "People's Republic of China", "prior written consent"]),
 "h240e05": dict(cat="cloud", value=856000, sla=False, t=dict(sla_remedy=False,
   ld_rate_per_day_pct=500 / 856000 * 100, liability_cap_pct=150, prepayment_pct=320000 / 856000 * 100,
   confidentiality=False),
   rules=["CR-CONFIDENTIALITY", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
   figs=["856,000", "804,000", "320,000", "commercially reasonable efforts", "CNY 500", "150%",
         "People's Republic of China", "prior written consent"]),
}
PRICE_SUMS = {  # parts == total, checked; payment shares == 100
 "h240z01": ([1180000, 726000, 412000, 388000, 140000], 2846000, [(20, 569200), (45, 1280700), (35, 996100)]),
 "h240z02": ([2960000, 730000, 280000, 246000, 118000, 46000], 4380000,
             [(10, 438000), (35, 1533000), (50, 2190000), (5, 219000)]),
 "h240z03": ([78000 * 36, 196000], 3004000, None),
 "h240z04": ([648000, 420 * 560, 186000, 118000, 81200], 1268400, None),
 "h240z05": ([648000, 536000, 162000, 40000], 1386000, [(50, 693000), (50, 693000)]),
 "h240e01": ([8 * 78000, 2 * 96000, 228000, 84000, 36000], 1164000, [(20, 232800), (45, 523800), (35, 407400)]),
 "h240e02": ([46500 * 24, 138000], 1254000, None),
 "h240e03": ([64 * 14500, 16 * 38000, 4 * 26500, 185000, 248000, 112000], 2187000,
             [(10, 218700), (55, 1202850), (35, 765450)]),
 "h240e04": ([58000 * 24, 64000], 1456000, None),
 "h240e05": ([268000 * 3, 52000], 856000, None),
}
SUBTOTALS = {"h240z01": (1180000, [860000 + 320000]), "h240z02": (3970000, [2960000, 730000, 280000]),
             "h240e01": (816000, [624000, 192000]), "h240e03": (1827000, [928000, 608000, 106000, 185000])}


def label(key):
    p = PLAN[key]
    name, _, lang = FILES[key]
    t = dict(BASE)
    t.update(p["t"])
    if p.get("kind"):
        t["contract_kind"] = p["kind"]
    terms = {k: t[k] for k in TERM_KEYS}
    extra = {"sla_clause": p.get("sla", True), "ld_stated": p.get("ld_stated", True)}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = p["capped"]
    extra["acceptance_deemed_on_delivery"] = p.get("deemed", False)
    extra["contract_value"] = p["value"]
    return {"file": name, "language": lang, "category": p["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(p["rules"])}


def tco_share(key, lab):
    """Policy §4: horizon 5 years from acceptance; fee years = 5 - warranty years; base = itemised subtotal."""
    t, p = lab["expected_terms"], PLAN[key]
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * p["fee_base"] * t["post_warranty_fee_pct"] / 100
    return fees / (p["value"] + fees) * 100


def apply_rules(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, lab)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or PLAN[key].get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
SEV_LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & SEV_HIGH:
        return "high"
    if set(rules) - SEV_LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan (policy §3 / §4 thresholds)
ZHN = "一二三四五六七八九十"
THRESHOLDS = [
    ("availability 99.9", r"(?<![\d.,])99\.9(?!\d)\s*%?"),
    ("4 hours", r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|hours?|hrs?|h\b)|(?<![十" + ZHN + r"])四\s*个?小时|\bfour\s*(?:\(4\)\s*)?hours?"),
    ("30 %", r"(?<![\d.,])30(?:\.0+)?\s*%|百分之三十(?![" + ZHN + r"])|\bthirty\s+per\s*cent"),
    ("0.05 %/day", r"(?<![\d.,])0?\.05\s*%|万分之五(?![" + ZHN + r"])|千分之零点五"),
    ("100 %", r"(?<![\d.,])100(?:\.0+)?\s*%|百分之(?:一)?百(?![" + ZHN + r"])|one\s+hundred\s+per\s*cent"),
    ("12 months", r"(?<![\d.,])12\s*(?:个\s*月|months?)|(?<![" + ZHN + r"])十二个月|\btwelve[\s-]+months?|\b12-month|质保期?为?一年|one[\s-]year\s+warranty|warranty\s+of\s+one\s+year"),
    ("15 %", r"(?<![\d.,])15(?:\.0+)?\s*%|百分之十五(?![" + ZHN + r"])|\bfifteen\s+per\s*cent"),
    ("40 %", r"(?<![\d.,])40(?:\.0+)?\s*%|百分之四十(?![" + ZHN + r"])|\bforty\s+per\s*cent"),
]


def scan(text):
    flat = re.sub(r"\s+", " ", text)
    return [(name, m.group(0)) for name, rx in THRESHOLDS for m in re.finditer(rx, flat, re.I)]


def self_test():
    hits = ["可用率99.9%", "4小时内响应", "四小时", "within 4 hours", "four hours", "预付30%", "百分之三十",
            "0.05%", "万分之五", "100%", "12个月", "十二个月", "12 months", "twelve months", "15%", "百分之十五",
            "40%", "百分之四十", "thirty per cent"]
    misses = ["99.95%", "99.5%", "24小时", "二十四小时", "14 hours", "130%", "0.055%", "万分之五十", "1,100%",
              "112个月", "3.15%", "45%", "百分之三十五", "400%", "24 hours", "0.08%", "8 hours"]
    for s in hits:
        assert scan(s), ("regex misses", s)
    for s in misses:
        assert not scan(s), ("regex false hit", s, scan(s))


def check_sums():
    for key, (parts, total, pays) in PRICE_SUMS.items():
        assert sum(parts) == total == PLAN[key]["value"], key
        if pays:
            assert sum(s for s, _ in pays) == 100, key
            for share, amt in pays:
                assert total * share == amt * 100, (key, share, amt)
    for key, (sub, parts) in SUBTOTALS.items():
        assert sum(parts) == sub == PLAN[key]["fee_base"], key


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    built = {}
    for key, (name, src, lang) in FILES.items():
        suffix = name.rsplit(".", 1)[1]
        if suffix == "md":
            (OUT / name).write_text(render_md(src), encoding="utf-8")
            print("wrote", name)
        elif suffix == "txt":
            (OUT / name).write_text(render_txt(src), encoding="utf-8")
            print("wrote", name)
        else:
            built[key] = (name, suffix)
    write({k: FILES[k][1] for k in built}, built, OUT, wrap_words=True)
    problems = []
    seen = set()
    for key, (name, src, lang) in FILES.items():
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)
        n = length(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        print(f"{name}: {n} {'characters' if lang == 'zh' else 'words'}")
        if not lo <= n <= hi:
            problems.append(f"{name}: length {n} outside {lo}-{hi}")
        for fig in PLAN[key]["figs"]:
            f = re.sub(r"\s+", "", fig) if lang == "zh" else fig
            if f not in flat:
                problems.append(f"{name}: figure {fig!r} not found")
        for hit in scan(text):
            problems.append(f"{name}: threshold value {hit}")
        lab = label(key)
        got = apply_rules(key, lab)
        if got != sorted(PLAN[key]["rules"]):
            problems.append(f"{name}: rules {got} != plan {sorted(PLAN[key]['rules'])}")
        seen.update(got)
        share = tco_share(key, lab)
        if share is not None:
            assert abs(share - 40) > 0.01, name
        for k in ("ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "availability_pct",
                  "p1_response_hours", "warranty_months", "post_warranty_fee_pct"):
            v = lab["expected_terms"][k]
            assert v not in (0.05, 100, 30, 99.9, 4, 12, 15), (name, k, v)
        print("   rules:", got, "risk:", risk(got), "" if share is None else f"TCO share {share:.2f} %")
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    print("rules fired across the set:", len(seen), sorted(seen))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")
