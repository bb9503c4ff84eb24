"""Builds the .docx and .pdf contracts of holdout67 from the sources below (markup of ../word_pdf.py).

Run: /work/main/.venv/bin/python make_files.py  (writes the files next to this script).
PDFs are broken into lines at word boundaries (wrap_words=True), as holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H67Z01 = """
T:江临市不动产登记信息系统建设项目合同
P:合同编号：JLBDC-2025-ZC-017
P:采购项目编号：JLCG2025-0463（公开招标）
P:甲方（采购人）：江临市不动产登记中心
P:地址：江临市政务服务中心东区四楼
P:乙方（供应商）：南衡数智科技股份有限公司
P:地址：南衡市高新区云谷路88号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，就江临市不动产登记信息系统建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责江临市不动产登记信息系统的建设，包括：不动产登记业务系统软件许可、国产数据库及中间件许可、服务器与存储设备、登记窗口外设的供货；与税务、住建、公安、民政、自然资源、法院等部门共享接口的定制开发；历史登记数据（含原土地、房产登记数据）的整合迁移；系统集成部署、安全加固及培训。
P:1.2 系统应符合《不动产登记数据库标准》及招标文件技术需求，支持“一窗受理、集成服务”及全市三个区县登记大厅同时办理业务，并通过网络安全等级保护第三级测评和商用密码应用安全性评估。
H:第二条 合同价款
P:2.1 本合同为固定总价合同，合同总价为人民币贰佰玖拾万元整（¥2,900,000.00），含税，包括货物、运输、安装、开发、集成、迁移、培训及质保期服务等全部费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|不动产登记业务系统软件许可（市级，永久授权）|1套|860,000
TB:2|国产数据库及中间件许可|1套|236,000
TB:3|国产服务器|4台|392,000
TB:4|集中存储设备|1套|318,000
TB:5|窗口外设（高拍仪、身份证阅读器、电子签名板）|36套|234,000
TB:6|部门共享接口定制开发|9个|412,000
TB:7|历史登记数据整合迁移|1项|276,000
TB:8|系统集成与部署实施|1项|148,000
TB:9|培训|1项|24,000
TB:合计|||2,900,000
P:2.2 上表第1至5项合计为软硬件小计，计人民币贰佰零肆万元整（¥2,040,000.00），作为质保期满后维保费用的计算基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的百分之二十作为预付款，即¥580,000.00。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的百分之四十五，即¥1,305,000.00，同时退还预付款保函。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的百分之三十五，即¥1,015,000.00。
P:3.4 乙方每次请款前应开具等额增值税发票。甲方按财政国库集中支付程序付款，因财政审核造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后六十日内完成全部设备到货安装，在合同签订后一百五十日内完成接口开发、数据迁移并具备上线试运行条件。
P:4.2 乙方应派驻项目经理一名及不少于六名实施人员，项目经理更换须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收在系统上线试运行前进行，标准为：（1）历史登记数据全量迁移，宗地、房屋、权利人、抵押等关键字段经逐条比对差错为零；（2）九个共享接口连续十个工作日调用成功且数据一致；（3）在三百个并发用户下，业务查询响应时间不超过2秒、登簿操作不超过3秒；（4）设备品牌、型号、配置与投标文件一致。
P:5.2 系统上线试运行满九十日后进行最终验收，标准为：（1）试运行期间未发生一级故障，月可用率达到第六条约定；（2）取得第三方等保三级测评报告及密评报告，且无高风险问题；（3）技术文档、源代码及培训资料交付齐全。
P:5.3 验收由甲方组织，可邀请专家参加，以双方签署的验收报告为准。设备到货签收、系统上线试运行、甲方使用系统或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新验收。
H:第六条 质保与运维服务
P:6.1 质保期为三年（三十六个月），自最终验收合格之日起计算。质保期内乙方免费提供硬件维修更换、软件缺陷修复、版本升级、现场驻点支持及7×24小时技术服务。
P:6.2 质保期内系统月可用率不低于99.95%。计划内维护须提前三个工作日经甲方同意，并安排在非办公时间进行。
P:6.3 故障分级及时限要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|登记业务系统中断，或登簿、缴税、发证等主流程无法办理|30分钟|2小时|6小时
TB:二级|部分功能或单个共享接口不可用，可临时替代办理|1小时|8小时|24小时
TB:三级|一般操作问题或界面缺陷，不影响业务办理|8小时|按约定|5个工作日
P:6.4 乙方未达到上述时限的，每超时一小时，一级故障按人民币1,000元、二级故障按人民币300元向甲方支付违约金；月可用率每低于约定值0.01个百分点，乙方另行支付人民币2,000元。上述款项甲方可从应付款项中直接扣除。
P:6.5 质保期满后，甲方如需继续由乙方提供运维服务，双方另行签订维保合同。年度维保费不超过软硬件小计的百分之八，即每年不超过人民币163,200元，且自质保期满之日起三年内不上调。维保合同不自动续期。
H:第七条 数据安全
P:7.1 不动产登记数据（含权利人身份信息、登记簿、档案影像、业务日志）属甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:7.2 乙方人员须在甲方机房内或通过甲方堡垒机操作，禁止将数据拷出甲方网络；开发测试仅使用甲方提供的脱敏数据。乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及等级保护的要求。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的法律责任。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:8.2 保密义务不因本合同的终止而终止。
H:第九条 知识产权
P:9.1 为本项目定制开发的共享接口程序、数据迁移脚本、配置成果及相关文档、源代码，知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。
P:9.2 登记业务系统软件及国产数据库、中间件的知识产权归原权利人，乙方保证甲方获得永久使用许可，并保证所交付的货物和成果不侵犯任何第三方的合法权利。
H:第十条 违约责任
P:10.1 乙方逾期交货，或逾期完成上线试运行、验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同义务全部或部分转包、分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过六十日，或有其他严重违约行为，经甲方书面通知后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、乙方投标文件、中标通知书及双方确认的实施方案为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江临市不动产登记中心　　　　乙方（盖章）：南衡数智科技股份有限公司
P:签订日期：2025年　月　日
"""

H67Z02 = """
T:在线浊度仪及酒精度分析仪采购与维护合同
P:合同编号：LXPJ-SB-2025-038
P:甲方（买方）：临溪啤酒股份有限公司
P:地址：临溪市经济开发区酿造路1号
P:乙方（卖方）：启衡分析仪器（苏州）有限公司
P:地址：苏州市工业园区星湖街328号
P:为提升发酵、过滤及清酒灌装环节的质量在线监测能力，甲方向乙方采购在线浊度仪、在线酒精度及原麦汁浓度分析仪及配套数据采集系统，并由乙方提供安装调试和维护服务。双方经平等协商，订立本合同。
H:一、合同标的与价格
P:（一）设备清单及价格：1. 在线双角度浊度仪（90°/25°），用于过滤后清酒管线及灌装线，12台，单价58,000元，小计696,000元；2. 在线酒精度及原麦汁浓度分析仪（声速—密度法），用于清酒罐出口及灌装前，6台，单价186,000元，小计1,116,000元；3. 数据采集网关及监控软件，2套，单价45,000元，小计90,000元；4. 首年备品备件包（含取样阀密封件、光源及过滤组件），1批，48,000元。以上设备小计为1,950,000元。
P:（二）服务费用：安装调试及与甲方MES系统的接口开发132,000元；操作与维护培训18,000元。
P:（三）合同总价为人民币贰佰壹拾万元整（¥2,100,000），含增值税、包装、运输、保险、安装调试及质保期服务费用，合同履行期间不作调整。
H:二、交货与安装
P:（一）乙方应于合同生效后四十五日内将全部设备运抵甲方厂区指定地点，并提供装箱单、出厂检验报告、计量器具型式批准证书及中文操作手册。
P:（二）设备在运抵甲方指定地点并经签收前的毁损、灭失风险由乙方承担。安装应在甲方安排的停产检修窗口内完成，乙方人员应遵守甲方厂区安全、食品安全及动火作业管理规定。取样管路改造由乙方负责，须符合食品卫生及CIP清洗要求，并接受甲方工程部监督。
P:（三）乙方应于设备到货后二十日内完成安装调试，并完成与甲方MES系统的数据对接。
P:（四）设备的主要技术要求：浊度仪测量范围0—200 EBC，分辨率0.001 EBC；酒精度分析仪测量范围0—12%vol，原麦汁浓度测量范围0—25°P；接液部件材质为316L不锈钢，防护等级不低于IP65；支持Modbus TCP及OPC UA通讯。具体以双方签署的技术协议为准。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的百分之二十作为预付款，即420,000元。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的百分之五十，即1,050,000元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）最终验收合格后，甲方支付合同总价的百分之二十五，即525,000元。
P:（四）余款百分之五即105,000元作为质量保证金，质保期满且无未决质量问题的，甲方于十个工作日内无息支付。
H:四、验收
P:（一）安装调试完成后进入比对运行期，为期三十日。比对运行期内，乙方仪表读数与甲方化验室离线检测结果逐日比对，浊度偏差不超过±0.1 EBC，酒精度偏差不超过±0.1%vol，原麦汁浓度偏差不超过±0.1°P；设备连续七十二小时无故障运行；数据实时上传MES且与仪表显示一致。
P:（二）比对运行达到上述标准后，双方进行最终验收并签署验收报告。设备到货、安装、投入使用或甲方支付款项，均不视为验收合格。
P:（三）验收不合格的，乙方应在十五日内整改或更换设备后重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
H:五、质保与维护服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费提供维修及零部件更换（含易损件），每季度进行一次现场校准和预防性维护，并提交维护报告。
P:（二）故障响应：一级故障（分析仪停止输出或数据失准，影响清酒放行或灌装放行），乙方应在1小时内响应，24小时内到达现场，48小时内修复或提供备机；二级故障（单台仪表报警或通讯中断，可通过人工取样替代），乙方应在2小时内响应，48小时内到达现场并修复。
P:（三）乙方未按上述时限响应、到场或修复的，每超时一小时，向甲方支付违约金500元，甲方可从质量保证金或应付款项中扣除。
P:（四）乙方应对甲方质量部、酿造车间及仪表班组人员进行操作、日常清洗和简单故障处理培训，培训不少于两期，每期三天，并提供培训教材。
P:（五）质保期满后，甲方可与乙方续签年度维护合同，年度维护费按设备小计的百分之十七计取，即每年331,500元，维护内容与质保期服务相同，首三年费用固定不变。维护合同逐年签订，不自动续期。
H:六、数据与网络安全
P:（一）仪表及数据采集网关采集的工艺与质量数据属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）数据采集网关部署于甲方生产网。乙方远程诊断须逐次经甲方工单批准，并通过甲方提供的VPN账号进行，会话结束即关闭；乙方应对设备固件和软件进行安全加固，及时修补已知漏洞。
P:（三）设备返厂维修或报废更换前，乙方应在甲方监督下清除设备存储的全部生产数据，并出具清除记录。
P:（四）因乙方原因导致数据泄露、篡改或生产网安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并赔偿由此造成的全部损失。
H:七、保密
P:乙方对履行本合同知悉的甲方配方、工艺参数、产量及质量数据等商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后五年内继续有效。
H:八、知识产权
P:（一）仪表固件及监控软件的知识产权归乙方所有，甲方获得永久、免费的使用许可。
P:（二）为甲方开发的MES接口程序、报表模板及组态文件归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人维护。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的百分之十。
P:（二）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）设备存在质量问题的，乙方应负责免费更换；因设备数据失准造成甲方产品报废或召回的，乙方应赔偿甲方由此产生的直接损失。
P:（四）乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的百分之五十。
H:十、分包
P:乙方不得将本合同项下的安装、调试及维护工作分包给第三方。确需将取样管路焊接等辅助工作交由第三方完成的，应事先取得甲方书面同意，乙方对其工作承担全部责任。
H:十一、合同解除
P:（一）乙方逾期交货超过三十日，或设备经两次验收不合格，或有其他严重违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已付款项并承担违约责任。
P:（二）因不可抗力致使合同无法履行的，双方可协商解除合同。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方住所地有管辖权的人民法院诉讼解决。
H:十三、其他
P:（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:（二）技术协议、设备配置清单及比对运行方案为本合同附件，与本合同具有同等效力；合同正文与附件不一致的，以合同正文为准。
P:（三）本合同一式四份，双方各执两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：临溪啤酒股份有限公司　　　　乙方（盖章）：启衡分析仪器（苏州）有限公司
P:日期：2025年　月　日
"""

H67E01 = """
T:SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT
P:Agreement No. SMD/TEW/2025/014
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN
P:(1) SERI MENTARI DIGITAL SDN BHD (Company Registration No. RC/00019847), a company incorporated in Brunei Darussalam and having its registered office at Unit 12, Second Floor, Block C, Kiarong Commercial Centre, Bandar Seri Begawan BE1318, Brunei Darussalam (hereinafter referred to as "the Vendor"); and
P:(2) TARIM EASTWELL OILFIELD SERVICES CO., LTD., a company incorporated in the People's Republic of China and having its principal office at No. 16 Shiyou Avenue, Korla, Xinjiang Uygur Autonomous Region, People's Republic of China (hereinafter referred to as "the Customer").
P:WHEREAS the Vendor is the owner and developer of the GuardRail HSE incident management software, and the Customer, a provider of drilling and well services, wishes to licence the software and to have it implemented for its operations;
P:NOW IT IS HEREBY AGREED as follows:
H:1. Definitions and Interpretation
P:1.1 In this Agreement: "Software" means the GuardRail HSE suite version 8 (incident reporting, investigation, CAPA and mobile field modules) and its updates; "Deliverables" means all configurations, workflows, report templates, integration code and documentation produced by the Vendor specifically for the Customer; "Customer Data" means all data entered into or generated by the Software, including incident records, injury information, witness statements and employee data; "Go-Live" means first use of the Software in production at all Customer sites; "Business Day" means a working day in Korla.
H:2. Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in its Korla data centre, for up to one hundred and fifty (150) named desktop users and three hundred (300) mobile field users, for the internal business of the Customer and its subsidiaries in the People's Republic of China.
P:2.2 The Vendor shall configure the Software, build interfaces to the Customer's HR system and SAP ERP, migrate the legacy incident records and train the Customer's administrators, as described in Schedule 1.
H:3. Contract Price
P:3.1 The total Contract Price is CNY 1,650,000 (Chinese Yuan One Million Six Hundred and Fifty Thousand only), broken down in Schedule 1. It is a fixed price, inclusive of all taxes and duties, the travel and living expenses of the Vendor's personnel, and support during the Warranty Period.
H:4. Payment Terms
P:4.1 The Contract Price shall be paid as follows: (a) ten per cent (10%), CNY 165,000, within thirty (30) days after signature of this Agreement, against the Vendor's invoice and an advance payment bank guarantee for the same amount; (b) fifty-five per cent (55%), CNY 907,500, within thirty (30) days after UAT sign-off under Section 6.2; and (c) thirty-five per cent (35%), CNY 577,500, within thirty (30) days after Final Acceptance under Section 6.3.
H:5. Implementation and Delay
P:5.1 The Vendor shall achieve Go-Live within one hundred and twenty (120) days after signature of this Agreement, in accordance with the project plan agreed at the kick-off meeting.
P:5.2 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of zero point one per cent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. The Customer may deduct such damages from any payment due to the Vendor.
H:6. Testing and Acceptance
P:6.1 The Vendor shall deliver user acceptance test (UAT) scripts covering every requirement in Schedule 1 before testing starts.
P:6.2 UAT sign-off shall be given when: (a) all UAT scripts have been executed and passed; (b) no Severity 1 or Severity 2 defect remains open; (c) the migrated incident records have been reconciled against the legacy database by record count and by a sample check of fifty (50) records for each year of data; and (d) the HR and SAP interfaces have run without error for five (5) consecutive Business Days.
P:6.3 Final Acceptance shall take place after thirty (30) consecutive days of production use following Go-Live without any Severity 1 defect and after delivery of the source code of the interfaces and the as-built documents, when the Customer shall issue the Final Acceptance Certificate.
P:6.4 Go-Live, use of the Software in production or any payment shall not be deemed to be acceptance.
H:7. Warranty
P:7.1 The Vendor warrants that the Software and the Deliverables will perform materially in accordance with Schedule 1 and the documentation for twenty-four (24) months from the date of Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases and provide the Support Services under Section 8, all free of charge.
H:8. Support Services and Service Levels
P:8.1 The Vendor shall provide a help desk by telephone and through its support portal, staffed around the clock for Severity 1 incidents and from 08:00 to 20:00 China Standard Time on Business Days for other incidents.
P:8.2 Incidents shall be classified and handled in accordance with the severity table in Schedule 2.
P:8.3 If the Vendor fails to respond to or to restore a Severity 1 or Severity 2 incident within the times in Schedule 2, the Vendor shall pay the Customer a service credit of CNY 1,000 for each hour of delay on a Severity 1 incident and CNY 400 for each hour of delay on a Severity 2 incident. Service credits may be set off against any sum payable to the Vendor.
H:9. Annual Support after the Warranty Period
P:9.1 After the Warranty Period, the Customer may purchase Annual Support (updates, new releases and the Support Services under Section 8) at an annual fee of nineteen per cent (19%) of the Licence Fees shown in Schedule 1, namely CNY 188,100 per year, payable annually in arrears.
P:9.2 The Vendor shall not increase the Annual Support fee during the first three (3) years following the end of the Warranty Period. Annual Support is ordered year by year by the Customer's purchase order and does not renew automatically.
H:10. Intellectual Property
P:10.1 The Vendor retains all intellectual property rights in the Software.
P:10.2 All intellectual property rights in the Deliverables shall vest in the Customer upon creation. The Vendor shall deliver the source code of the integration interfaces and custom reports, and the Customer may use, modify and have any third party maintain the Deliverables without restriction.
H:11. Customer Data and Data Security
P:11.1 Customer Data is and shall remain the property of the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:11.2 The Software and all Customer Data shall be hosted in the Customer's data centre in Korla. The Vendor's personnel may access the production environment only through the Customer's VPN, using named accounts, after approval by the Customer for each session, and all sessions shall be logged. The Vendor shall not copy Customer Data outside the Customer's environment and shall use only anonymised test data supplied by the Customer.
P:11.3 The Vendor shall comply with the data protection laws of the People's Republic of China, notify the Customer within twenty-four (24) hours of any actual or suspected unauthorised access to or loss of Customer Data, take all necessary remedial measures, and indemnify the Customer against all losses, fines and claims resulting from a breach of this Section 11 by the Vendor or its subcontractors.
H:12. Confidentiality
P:12.1 Each party shall keep confidential all non-public information of the other party disclosed in connection with this Agreement, including the Customer's HSE statistics and incident investigations, and shall not disclose it to any third party without prior written consent, except as required by law. This obligation shall survive for five (5) years after termination.
H:13. Subcontracting
P:13.1 The Vendor may subcontract any part of the services under this Agreement, including to its affiliate Seri Mentari Digital (M) Sdn Bhd in Miri, Sarawak, and to implementation partners in the People's Republic of China, provided that the Vendor gives the Customer written notice of the identity of each subcontractor before that subcontractor starts work. The Vendor remains responsible for the acts and omissions of its subcontractors as if they were its own.
H:14. Limitation of Liability
P:14.1 The total aggregate liability of the Vendor under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price. This limit shall not apply to liability for death or personal injury, fraud, wilful misconduct, or breach of Section 11 or Section 12.
H:15. Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach which is not remedied within thirty (30) days after written notice requiring it to be remedied, or if liquidated damages under Section 5.2 reach their maximum.
P:15.2 Upon such termination the Vendor shall refund all amounts paid for Deliverables not yet accepted.
H:16. Force Majeure
P:16.1 Neither party shall be liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly.
H:17. Governing Law and Dispute Resolution
P:17.1 This Agreement shall be governed by and construed in accordance with the laws of Brunei Darussalam.
P:17.2 Any dispute arising out of or in connection with this Agreement which cannot be settled amicably within thirty (30) days shall be referred to and finally resolved by arbitration administered by the Brunei Darussalam Arbitration Centre (BDAC) in accordance with its arbitration rules. The seat of arbitration shall be Bandar Seri Begawan, the tribunal shall consist of a sole arbitrator and the language of the arbitration shall be English.
H:18. General
P:18.1 This Agreement, including its Schedules, constitutes the entire agreement between the parties. No amendment shall be effective unless made in writing and signed by both parties.
P:IN WITNESS WHEREOF the parties have caused this Agreement to be executed by their duly authorised representatives on the date first written above.
P:Signed for and on behalf of the Vendor: ____________________   Signed for and on behalf of the Customer: ____________________
H:Schedule 1 - Contract Price
TB:Item|Description|Quantity|Amount (CNY)
TB:1|GuardRail HSE enterprise server licence (perpetual)|1|480,000
TB:2|Named desktop user licences|150|330,000
TB:3|Mobile field user licences|300|180,000
TB:|Licence Fees subtotal (items 1-3)||990,000
TB:4|Configuration of HSE workflows, forms and reports|lump sum|364,000
TB:5|Interfaces to the HR system and SAP ERP|lump sum|186,000
TB:6|Migration of legacy incident records|lump sum|74,000
TB:7|Training of administrators and trainers|3 sessions|36,000
TB:|Total Contract Price||1,650,000
H:Schedule 2 - Severity Levels
TB:Severity|Description|Response time|Restoration or workaround
TB:Severity 1|Software unavailable, or incidents cannot be reported from any site|1 hour|8 hours
TB:Severity 2|A module or interface fails and a workaround exists|2 hours|2 Business Days
TB:Severity 3|Minor defect, cosmetic issue or question|1 Business Day|Next release
"""

H67E03 = """
T:X-RAY DIAMOND SORTER SUPPLY AND MAINTENANCE AGREEMENT
P:Contract No. MPE/CN/2025/007
P:THIS AGREEMENT is entered into between:
P:MOKOLODI PROCESS ENGINEERING (PTY) LTD, a private company incorporated in the Republic of Botswana under company number BW00002291735, whose registered office is at Plot 64512, Fairgrounds Office Park, Gaborone, Botswana (the "Contractor"); and
P:SHANDONG JINGSHAN DIAMOND MINING CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at No. 8 Kuangqu Road, Mengyin County, Linyi, Shandong Province, People's Republic of China (the "Purchaser").
P:BACKGROUND
P:A. The Purchaser operates the Jingshan kimberlite mine and its recovery plant in Mengyin County and wishes to replace grease-table recovery with X-ray luminescence (XRL) sorting.
P:B. The Contractor designs, integrates and maintains XRL sorting circuits and was selected following the Purchaser's tender of March 2025.
P:NOW THEREFORE the Parties agree as follows.
H:1. INTERPRETATION
P:1.1 In this Agreement: "Equipment" means the sorters, feed systems, control system, server and spares listed in Schedule A; "Site" means the Purchaser's recovery plant at the Jingshan mine; "Delivery Certificate" means the certificate signed by the Purchaser on arrival of all Equipment at Site; "Performance Tests" means the tests described in clause 6; "Final Acceptance Certificate" means the certificate issued under clause 6.3; "Warranty Period" has the meaning given in clause 7.1; "Purchaser Data" means all sort data, images, production and recovery records and other data generated by the Equipment or supplied by the Purchaser.
H:2. SCOPE OF WORKS
P:2.1 The Contractor shall design, manufacture or procure, deliver DDP Site, install, commission and test the Equipment, train the Purchaser's operators and maintenance staff, and maintain the Equipment during the Warranty Period.
P:2.2 The Contractor shall prepare the shielding calculations and radiation safety documents required for the Purchaser's radiation safety licence and support the Purchaser during the inspection.
H:3. CONTRACT PRICE
P:3.1 The Contract Price is CNY 4,710,000 (four million seven hundred and ten thousand Chinese Yuan), as set out in Schedule A. It is fixed and includes import duties, value added tax, freight, insurance, installation, commissioning, training and all services during the Warranty Period.
H:4. PAYMENT
P:4.1 The Purchaser shall pay the Contract Price as follows: (a) an advance payment of twenty per cent (20%), being CNY 942,000, within fourteen (14) days after signature, against an advance payment guarantee issued by a bank acceptable to the Purchaser; (b) fifty per cent (50%), being CNY 2,355,000, upon delivery of all Equipment to Site and signature of the Delivery Certificate; (c) twenty-five per cent (25%), being CNY 1,177,500, upon issue of the Final Acceptance Certificate; and (d) a retention of five per cent (5%), being CNY 235,500, within thirty (30) days after the end of the Warranty Period, provided that no warranty claim is outstanding.
P:4.2 The Delivery Certificate records quantities and visible condition only and does not constitute acceptance of the Equipment.
H:5. PROGRAMME AND DELAY DAMAGES
P:5.1 The Contractor shall deliver all Equipment DDP Site within one hundred and fifty (150) days after signature, complete installation within forty-five (45) days after delivery, and start the Performance Tests within seventy-five (75) days after delivery.
P:5.2 If the Contractor fails to deliver the Equipment, or to achieve Final Acceptance, by the dates resulting from clause 5.1 for reasons not attributable to the Purchaser, the Contractor shall pay liquidated damages of nought point one five per cent (0.15%) of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. The Parties agree that these damages are a genuine pre-estimate of loss and not a penalty.
H:6. PERFORMANCE TESTS AND FINAL ACCEPTANCE
P:6.2 The Equipment passes the Performance Tests when: (a) each primary sorter processes not less than sixty (60) tonnes per hour of -32+8 mm feed, and the fine-fraction sorter not less than eighteen (18) tonnes per hour of -8+2 mm feed; (b) in each of three consecutive tracer tests per sorter, at least 198 of 200 density tracers are recovered to the concentrate; (c) the concentrate mass does not exceed two (2) kilograms per 1,000 kilograms of feed; (d) the dose rate at every accessible surface of each sorter housing is below 1.0 microsievert per hour, as confirmed by an accredited radiation monitoring body; and (e) the complete circuit runs for seventy-two (72) hours without a Critical fault.
P:6.3 The Purchaser shall issue the Final Acceptance Certificate within five (5) business days after all the criteria in clause 6.2 are met. Delivery, installation, commissioning, use of the Equipment for production or any payment shall not constitute acceptance.
P:6.4 If any Performance Test is failed, the Contractor shall remedy the cause at its own cost and repeat the test. If a test is failed a second time, the Purchaser may reject the Equipment concerned and recover all sums paid for it.
H:7. WARRANTY
P:7.1 The Contractor warrants the Equipment against defects in design, materials and workmanship for twenty-four (24) months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Contractor shall repair or replace defective parts, including X-ray sources, detectors and ejector valves, free of charge, carry out quarterly preventive maintenance visits and recalibrate every sorter annually.
H:8. SERVICE LEVELS
P:8.1 Faults shall be reported to the Contractor's service desk and handled within the times set out in Schedule B.
P:8.3 If the Contractor's response to a Critical fault exceeds the time in Schedule B, the Contractor shall pay a service credit of CNY 1,500 for each hour of delay, and, if restoration exceeds the time in Schedule B, CNY 3,000 for each day of delay. The Purchaser may deduct service credits from any amount due to the Contractor.
H:9. MAINTENANCE AFTER THE WARRANTY PERIOD
P:9.1 After the Warranty Period the Purchaser may order annual maintenance of the same scope as in clause 7.2 for an annual fee of seven and a half per cent (7.5%) of the Equipment subtotal in Schedule A, namely CNY 316,500 per year. This fee is fixed for the first three (3) years after the Warranty Period.
P:9.2 Annual maintenance is ordered by the Purchaser's purchase order for one year at a time and does not renew automatically.
H:10. INTELLECTUAL PROPERTY
P:10.1 The Contractor and its licensors retain the intellectual property in the sorter firmware and control software, which is licensed to the Purchaser perpetually for use with the Equipment.
P:10.2 The plant-specific configuration, calibration parameter sets, sort recipes, drawings and reports developed under this Agreement for the Purchaser shall belong to the Purchaser, who may use and modify them freely and make them available to any other maintenance contractor.
H:11. PURCHASER DATA AND SECURITY
P:11.1 Purchaser Data belongs to the Purchaser. The Contractor shall use it only to perform this Agreement and shall not copy it or remove it from Site.
P:11.2 Remote access by the Contractor is permitted only through the Purchaser's VPN, for a session approved in advance by the Purchaser's plant manager, and shall be logged. The Contractor shall keep the control system hardened and patched against known vulnerabilities.
P:11.3 The Contractor shall notify the Purchaser within twenty-four (24) hours of any actual or suspected unauthorised access to or disclosure of Purchaser Data and shall be liable for all loss caused by its breach of this clause 11.
H:12. CONFIDENTIALITY
P:12.1 Each Party shall keep confidential all information received from the other Party, including recovery figures, production volumes, plant layout and security arrangements, and shall not disclose it without the other Party's prior written consent, save as required by law. This obligation survives termination for five (5) years.
H:13. SUBCONTRACTING
P:13.1 The service partner named in Schedule C is approved by signature of this Agreement. The Contractor shall not otherwise subcontract any part of the Works without the Purchaser's prior written consent, and remains liable for all subcontractors.
H:14. LIMITATION OF LIABILITY
P:14.1 The aggregate liability of the Contractor under this Agreement shall not exceed one hundred and twenty per cent (120%) of the Contract Price, except in the case of death, personal injury, fraud, gross negligence or breach of clause 11 or 12.
H:15. TERMINATION
P:15.1 The Purchaser may terminate this Agreement by written notice if the Contractor commits a material breach and fails to remedy it within thirty (30) days after written notice, or if the liquidated damages under clause 5.2 reach their maximum.
H:16. FORCE MAJEURE
P:16.1 Neither Party is liable for delay caused by force majeure, provided that it notifies the other Party within seven (7) days.
H:17. GOVERNING LAW AND DISPUTES
P:17.1 This Agreement is governed by the laws of the Republic of Botswana.
P:17.2 Disputes which the Parties cannot settle amicably within thirty (30) days shall be referred to arbitration in Gaborone under the Arbitration Act of Botswana, before a single arbitrator agreed by the Parties or, failing agreement, appointed by the Chairperson of the Law Society of Botswana. The arbitration shall be conducted in English.
H:18. GENERAL
P:18.1 This Agreement and its Schedules are the entire agreement of the Parties. Amendments must be in writing and signed by both Parties.
P:Signed at Gaborone for the Contractor: ____________________   Signed at Mengyin for the Purchaser: ____________________
H:SCHEDULE A - CONTRACT PRICE (CNY)
TB:Item|Quantity|Unit price|Amount
TB:XRL primary sorter, -32+8 mm|2|1,280,000|2,560,000
TB:XRL fine-fraction sorter, -8+2 mm|1|940,000|940,000
TB:Vibratory feeder and feed conveyor set|2|165,000|330,000
TB:Control system and sort-data server|1|210,000|210,000
TB:Critical spares kit|1|180,000|180,000
TB:Equipment subtotal|||4,220,000
TB:Installation and commissioning|||386,000
TB:Radiation safety documentation and licensing support|||64,000
TB:Operator and maintenance training|||40,000
TB:Contract Price|||4,710,000
H:SCHEDULE B - FAULT HANDLING
TB:Category|Definition|Response|Engineer on Site|Restoration
TB:Critical|A sorter stopped, or recovery of diamonds compromised|2 hours|48 hours|72 hours
TB:Major|Reduced throughput or a redundant component failed|8 hours|5 days|10 days
TB:Minor|No effect on throughput or recovery|1 business day|next scheduled visit|next scheduled visit
H:SCHEDULE C - APPROVED SERVICE PARTNER
P:Qingdao Haiyue Mineral Equipment Service Co., Ltd., Qingdao, Shandong Province, for first-line on-site support.
"""

SOURCES = {"h67z01": H67Z01, "h67z02": H67Z02, "h67e01": H67E01, "h67e03": H67E03}
TARGETS = {"h67z01": ("h67z01_land_registration_centre_system_integration.docx", "docx"),
           "h67z02": ("h67z02_brewery_online_turbidity_alcohol_analysers.pdf", "pdf"),
           "h67e01": ("h67e01_oilfield_hse_incident_licence_brunei_vendor.docx", "docx"),
           "h67e03": ("h67e03_diamond_plant_xray_sorters_botswana_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
